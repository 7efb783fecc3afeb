-- Today's item list in its default order (newest opening first, ties by id) walks this index and stops after the
-- page (EveryItemPage, issue #17): without it the first page of the unfiltered list sorted all 104,000 rows of the
-- full-size register (230 ms). It carries what decides whether a row is settled at the axes, so the walk reads the
-- index alone. The ascending index of V180 covers open items only and the opposite order.
CREATE INDEX rm_item_current_opened_desc_idx ON rm_item_current (opened_on DESC NULLS LAST, item_id)
    INCLUDE (settled_on, last_changed_at);
