-- A description of an event's picture for people who cannot see it, in each language (vi required
-- when there is a picture; en and zh fall back to it).
ALTER TABLE event ADD COLUMN image_alt_vi TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN image_alt_en TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN image_alt_zh TEXT NOT NULL DEFAULT '';
