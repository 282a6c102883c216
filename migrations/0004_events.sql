-- Events listed by businesses, moderated by the department; festivals; walking-street notices;
-- reports from visitors.

CREATE TABLE event (
	id INTEGER PRIMARY KEY,
	business_id INTEGER NOT NULL REFERENCES business (id) ON DELETE CASCADE,
	status TEXT NOT NULL DEFAULT 'draft'
		CHECK (status IN ('draft', 'pending', 'published', 'rejected', 'cancelled')),
	category TEXT NOT NULL CHECK (category IN ('night_market', 'food', 'music', 'festival', 'sport',
		'tour', 'exhibition', 'workshop')),
	title_vi TEXT NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 120),
	title_en TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 120),
	title_zh TEXT NOT NULL DEFAULT '' CHECK (length(title_zh) <= 120),
	description_vi TEXT NOT NULL CHECK (length(description_vi) BETWEEN 1 AND 5000),
	description_en TEXT NOT NULL DEFAULT '' CHECK (length(description_en) <= 5000),
	description_zh TEXT NOT NULL DEFAULT '' CHECK (length(description_zh) <= 5000),
	-- The first occurrence, unix seconds; later ones repeat it weekly at the same local time.
	starts_at INTEGER NOT NULL,
	ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
	-- Weekly repetition: bit 0 Sunday … bit 6 Saturday; 0 for a one-off event.
	weekdays INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
	-- Last local date (YYYY-MM-DD) of a weekly event.
	until_date TEXT CHECK (until_date IS NULL OR until_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	place_id INTEGER REFERENCES place (id) ON DELETE SET NULL,
	venue_address TEXT NOT NULL DEFAULT '' CHECK (length(venue_address) <= 300),
	lat REAL CHECK (lat BETWEEN -90 AND 90),
	lon REAL CHECK (lon BETWEEN -180 AND 180),
	price_vnd INTEGER NOT NULL DEFAULT 0 CHECK (price_vnd >= 0),
	capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
	bookable INTEGER NOT NULL DEFAULT 0 CHECK (bookable IN (0, 1)),
	contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
	image TEXT CHECK (image IS NULL OR image GLOB '[a-z0-9]*.[a-z]*'),
	image_width INTEGER,
	image_height INTEGER,
	reject_reason TEXT NOT NULL DEFAULT '' CHECK (length(reject_reason) <= 1000),
	-- Changes to a published event waiting for review (JSON); the published version stays live.
	pending_changes TEXT CHECK (pending_changes IS NULL OR json_valid(pending_changes)),
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	published_at INTEGER,
	CHECK ((lat IS NULL) = (lon IS NULL)),
	CHECK ((weekdays = 0) = (until_date IS NULL))
) STRICT;

CREATE INDEX event_status ON event (status, starts_at);
CREATE INDEX event_business ON event (business_id);

-- Dates (local, YYYY-MM-DD) of a weekly event that are skipped (no event) or cancelled (shown as such).
CREATE TABLE event_exception (
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	date TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('skipped', 'cancelled')),
	PRIMARY KEY (event_id, date)
) STRICT;

CREATE TABLE event_report (
	id INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	message TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
	created_at INTEGER NOT NULL,
	resolved_at INTEGER,
	resolved_by INTEGER REFERENCES user (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX event_report_open ON event_report (resolved_at, created_at);

-- Traditional festivals by lunar date (every year), or a dated edition (e.g. the peach festival).
CREATE TABLE festival (
	id INTEGER PRIMARY KEY,
	slug TEXT NOT NULL UNIQUE,
	calendar TEXT NOT NULL CHECK (calendar IN ('lunar', 'solar')),
	lunar_month INTEGER CHECK (lunar_month BETWEEN 1 AND 12),
	lunar_day_start INTEGER CHECK (lunar_day_start BETWEEN 1 AND 30),
	lunar_day_end INTEGER CHECK (lunar_day_end BETWEEN 1 AND 30),
	start_date TEXT,
	end_date TEXT,
	-- A place's slug rather than its id: festivals are known before (or without) any place rows.
	place_slug TEXT,
	name_vi TEXT NOT NULL,
	name_en TEXT NOT NULL,
	name_zh TEXT NOT NULL,
	summary_vi TEXT NOT NULL DEFAULT '',
	summary_en TEXT NOT NULL DEFAULT '',
	summary_zh TEXT NOT NULL DEFAULT '',
	CHECK (calendar = 'solar' OR (lunar_month IS NOT NULL AND lunar_day_start IS NOT NULL AND lunar_day_end >= lunar_day_start)),
	CHECK (calendar = 'lunar' OR (start_date IS NOT NULL AND end_date >= start_date))
) STRICT;

-- The department's word on a walking-street night: open, cancelled (rain), or changed hours.
CREATE TABLE notice (
	id INTEGER PRIMARY KEY,
	date TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('open', 'cancelled', 'changed')),
	opens INTEGER CHECK (opens BETWEEN 0 AND 1439),
	closes INTEGER CHECK (closes BETWEEN 1 AND 2880),
	message_vi TEXT NOT NULL DEFAULT '' CHECK (length(message_vi) <= 500),
	message_en TEXT NOT NULL DEFAULT '' CHECK (length(message_en) <= 500),
	message_zh TEXT NOT NULL DEFAULT '' CHECK (length(message_zh) <= 500),
	created_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	CHECK (kind != 'changed' OR (opens IS NOT NULL AND closes > opens))
) STRICT;
