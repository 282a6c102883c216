-- Practical facts for each place: where it is, when it is open, what it costs, how to get there.
-- Ward: one of the wards that replaced the city on 1 July 2025, or NULL outside them / not confirmed.
ALTER TABLE place ADD COLUMN ward TEXT
	CHECK (ward IN ('Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh'));
-- The pre-2025 ward name people still use in addresses, if any.
ALTER TABLE place ADD COLUMN former_ward TEXT;
-- JSON: {"always":true} for streets and open-air sites, {"rules":[{"days":[5,6],"open":1080,"close":1440}]}
-- for weekly hours (minutes after local midnight; close may pass 1440), NULL when not known.
ALTER TABLE place ADD COLUMN opening_hours TEXT CHECK (opening_hours IS NULL OR json_valid(opening_hours));
-- Adult entry fee in VND: 0 free, NULL not known.
ALTER TABLE place ADD COLUMN fee_vnd INTEGER CHECK (fee_vnd IS NULL OR fee_vnd >= 0);
-- The year the fee was checked.
ALTER TABLE place ADD COLUMN fee_year INTEGER;

ALTER TABLE place_text ADD COLUMN description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 5000);
ALTER TABLE place_text ADD COLUMN address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 300);
ALTER TABLE place_text ADD COLUMN getting_there TEXT NOT NULL DEFAULT '' CHECK (length(getting_there) <= 1000);
-- What a visitor should know about the hours or the fee that the structured fields cannot say.
ALTER TABLE place_text ADD COLUMN hours_note TEXT NOT NULL DEFAULT '' CHECK (length(hours_note) <= 300);
