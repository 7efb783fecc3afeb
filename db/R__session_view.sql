-- Repeatable (R__): redefining the function is an edit here. It runs after R__item_functions_* (name order), whose
-- item_listing it calls.

-- The items of a body (all bodies when body_code is NULL) as of world date as_of, as known at known_at: only what the
-- session view's carried-over and closed lists need, which are about the session's own date (issue #17). Reading
-- item_listing for the whole register at that date cost a pass over every item's history per list and page.
--
-- Here the current-state table (rm_item_current, V170) gives each candidate: an item opened on or before as_of and
-- unchanged since known_at. Its row is the answer when every dated fact of the item is on or before as_of
-- (settled_on); otherwise only its status at as_of is looked up (the highest version known at known_at and dated on or
-- before as_of, as item_state takes it), one index probe. Items changed after known_at, few for a recent instant,
-- are computed by item_listing itself, so the answer equals item_listing's at any axes. While rm_item_current is stale
-- (V220: a rebuild has not recomputed it yet) every item is computed by item_listing.
--
-- Not item_row_unsettled's rule: an item whose facts run past as_of still gives its opening from the stored row here,
-- and only its status is looked up at as_of.
CREATE OR REPLACE FUNCTION session_body_items(body_code VARCHAR, as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, session_id VARCHAR, opened_on DATE, open BOOLEAN, status_since DATE)
    LANGUAGE sql STABLE AS $$
SELECT c.item_id, c.session_id, c.opened_on,
       CASE WHEN c.settled_on <= as_of THEN c.open ELSE h.open END,
       CASE WHEN c.settled_on <= as_of THEN c.status_since ELSE h.world_date END
FROM rm_item_current c
LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = c.session_id
LEFT JOIN rm_body b ON b.code = c.actor
LEFT JOIN LATERAL (
    SELECT s.open, s.world_date FROM rm_item_status s
    WHERE s.item_id = c.item_id AND c.settled_on > as_of
      AND s.known_from <= known_at AND (s.known_until IS NULL OR s.known_until > known_at)
      AND s.world_date <= as_of
    ORDER BY s.version DESC
    LIMIT 1) h ON true
WHERE c.opened_on <= as_of AND c.last_changed_at <= known_at
  AND (body_code IS NULL OR coalesce(os.body, b.code) = body_code)
  AND NOT (SELECT s.stale FROM rm_item_current_state s)
UNION ALL
SELECT x.item_id, x.session_id, x.opened_on, x.open, x.status_since
FROM item_listing(as_of, known_at) x
WHERE (body_code IS NULL OR x.body = body_code)
  AND x.item_id = ANY(ARRAY(SELECT p.item_id FROM rm_item_current p WHERE p.last_changed_at > known_at
                             UNION ALL
                             SELECT i.item_id FROM rm_item i WHERE (SELECT s.stale FROM rm_item_current_state s)))
$$;
