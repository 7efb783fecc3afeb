-- A body's membership over time, fed by the "directory" processor: one row per change (MembershipChanged), and
-- one JOINED row per initial member of BodyRegistered (world_date = the registration date, NULL when the body was
-- registered without one: a member since before any date asked). Rows are never updated: the world axis is
-- world_date, the recording axis recorded_at, and "members of B as of D known at T" is answered by
-- body_members_at (db/R__body_membership.sql) from them.
CREATE TABLE rm_body_membership (
    body            VARCHAR(64)  NOT NULL,
    party           VARCHAR(64)  NOT NULL,
    change          VARCHAR(16)  NOT NULL,
    world_date      DATE,
    world_precision VARCHAR(16),
    note            TEXT,
    source          JSONB,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    recorded_by     VARCHAR(200),
    -- The body's event sequence number: the order of recording, which orders one party's changes of the same day.
    sequence        BIGINT       NOT NULL,
    PRIMARY KEY (body, sequence, party)
);
CREATE INDEX rm_body_membership_body_idx ON rm_body_membership (body, party, world_date);

-- Bodies projected before this table existed: their initial members, as the projection would have written them
-- (BodyRegistered is a body's event 0; those events carry no registration date). A replay finds the rows present.
INSERT INTO rm_body_membership (body, party, change, recorded_at, sequence)
SELECT b.code, m.party, 'JOINED', b.recorded_at, 0
FROM rm_body b CROSS JOIN LATERAL unnest(b.members) AS m(party)
ON CONFLICT DO NOTHING;
