-- A business's message to every guest of one date (issue 23): kept as the log of what was sent,
-- and to limit how often a date's guests can be written to.
CREATE TABLE guest_message (
	id INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
	text_vi TEXT NOT NULL DEFAULT '' CHECK (length(text_vi) <= 1000),
	text_en TEXT NOT NULL DEFAULT '' CHECK (length(text_en) <= 1000),
	text_zh TEXT NOT NULL DEFAULT '' CHECK (length(text_zh) <= 1000),
	recipients INTEGER NOT NULL,
	created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX guest_message_occurrence ON guest_message (event_id, date, created_at);
