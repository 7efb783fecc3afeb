-- A short Russian summary beside the English title/text, and a passage quoted from the source (issue #16).
-- Both optional: events recorded before they existed carry neither. Set once, when the item or follow-up is recorded.
ALTER TABLE rm_item ADD COLUMN summary_ru TEXT, ADD COLUMN quote TEXT;
ALTER TABLE rm_item_follow_up ADD COLUMN summary_ru TEXT, ADD COLUMN quote TEXT;
