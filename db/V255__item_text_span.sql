-- Full-text search at any time axes without a lookup per match (issue #17). A common word matches about 10,000 to
-- 25,000 items at 100,000, and relevance order ranks every match; at past axes each match's rectangle of rm_item_span
-- (db/V230) and statement revision were looked up one by one, 0.2 to 0.6 s for one page.
--
-- One row per item, statement revision and opening date: the recording instants (`known`) at which the item is listed
-- with that revision's texts and opens on `opened_on`. The rectangles of one recording interval cover every world date
-- from the opening on (item_span_rows), so the item is listed at (as_of, known_at) exactly when a row has
-- `known @> known_at AND opened_on <= as_of`. `search` is that revision's search vector (db/R__item_search.sql), so the
-- match and its rank come from this row alone: one bitmap scan over the GIN index finds the matches at the axes with
-- what ranks them. Kept from rm_item_span by item_text_span_refresh (R__item_functions_4c_text_span.sql) in the same
-- statement as the other derived tables, emptied and marked stale with them (item_derived_reset).
CREATE TABLE rm_item_text_span (
    item_id   VARCHAR(64)    NOT NULL,
    revision  BIGINT         NOT NULL,
    opened_on DATE           NOT NULL,
    known     TSTZMULTIRANGE NOT NULL,
    search    TSVECTOR       NOT NULL
);
-- By item: the refresh, and the matches by a note or a summary, found by item.
CREATE INDEX rm_item_text_span_item_idx ON rm_item_text_span (item_id, revision);
CREATE INDEX rm_item_text_span_search_idx ON rm_item_text_span USING GIN (search);
