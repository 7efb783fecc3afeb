-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. It sorts before R__item_functions_*, so item functions may call it.

-- The members of body b taking part in it on world date as_of, as the register stood at instant known_at: each
-- party's latest change known at known_at and dated on or before as_of (same-day changes in recording order) is
-- JOINED or RESUMED. A suspended member is left out for the period of its suspension, a member that left from the
-- day it left. This is the one place that resolves membership: "binds all members" (a decision whose binds name
-- the adopting body), the scorecard and the dashboard all ask it.
CREATE OR REPLACE FUNCTION body_members_at(b TEXT, as_of DATE, known_at TIMESTAMPTZ)
    RETURNS SETOF TEXT
    LANGUAGE sql STABLE AS $$
SELECT latest.party::text FROM (
    SELECT DISTINCT ON (m.party) m.party, m.change
    FROM rm_body_membership m
    WHERE m.body = b AND m.recorded_at <= known_at AND (m.world_date IS NULL OR m.world_date <= as_of)
    ORDER BY m.party, m.world_date DESC NULLS LAST, m.sequence DESC) latest
WHERE latest.change IN ('JOINED', 'RESUMED')
$$;

-- Whether party is among the members of body b on as_of as known at known_at (body_members_at): the test of
-- "binds all members" in the item queries (Binding.asMember). A function call rather than an IN (sub-select) in the
-- queries themselves: PostgreSQL pushes no condition that holds a sub-plan into a sub-query, so the party filter of
-- today's item list (an OR over actor, binds and this) stayed above item_current's joins and was applied to every
-- open pledge after its session and body were joined (issue #17). The EXISTS keeps the function from being inlined,
-- so the condition stays a plain call and goes down to the scan of rm_item_current.
CREATE OR REPLACE FUNCTION body_binds_member(b TEXT, party TEXT, as_of DATE, known_at TIMESTAMPTZ)
    RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
SELECT EXISTS (SELECT 1 FROM body_members_at(b, as_of, known_at) AS m(member) WHERE m.member = party)
$$;
