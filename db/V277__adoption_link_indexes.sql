-- The session view's adoptions (SessionAdoptions) look up the ADOPTED_AS links of each of a session's items, as draft
-- and as decision: about 1,000 probes of indexes that hold every link, each reading the item's other links from the
-- table to test the relation (8-17 ms of a view at full size, issue #17). Adoptions are few among the links; indexes
-- of them alone, with what the lookup tests, answer each probe from the index.
CREATE INDEX rm_item_link_adopted_idx ON rm_item_link (item_id)
    INCLUDE (version, target, world_date, recorded_at) WHERE relation = 'ADOPTED_AS';
CREATE INDEX rm_item_link_adopted_target_idx ON rm_item_link (target)
    INCLUDE (item_id, version, world_date, recorded_at) WHERE relation = 'ADOPTED_AS';
