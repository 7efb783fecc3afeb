-- The place of a session in Russian, for Russian session pages (optional: sessions recorded before have none).
ALTER TABLE rm_session ADD COLUMN place_ru TEXT;
