-- The department keeps the public site itself: places, photos, guide pages, dishes, seasons, its
-- own identity and the resolution's targets are rows it edits, not code.

-- A place can be drafted before it is shown; unpublished places are only seen by the department.
ALTER TABLE place ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));
-- Outside the four wards (ward NULL): the commune or town it is in.
ALTER TABLE place ADD COLUMN commune TEXT NOT NULL DEFAULT '' CHECK (length(commune) <= 100);
ALTER TABLE place ADD COLUMN phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 24);
ALTER TABLE place ADD COLUMN website TEXT NOT NULL DEFAULT ''
	CHECK (website = '' OR (length(website) <= 300 AND (website GLOB 'https://*' OR website GLOB 'http://*')));
-- The day an officer last checked the place's facts (YYYY-MM-DD), shown to visitors.
ALTER TABLE place ADD COLUMN checked_on TEXT
	CHECK (checked_on IS NULL OR checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE place_text ADD COLUMN accessibility TEXT NOT NULL DEFAULT '' CHECK (length(accessibility) <= 1000);

-- Photos of places and guide pages, each stored by sharp as variants of one random name.
CREATE TABLE photo (
	id INTEGER PRIMARY KEY,
	place_id INTEGER REFERENCES place (id) ON DELETE CASCADE,
	page TEXT,
	-- The largest JPEG variant, `<random>-<width>.jpg`.
	file TEXT NOT NULL UNIQUE,
	width INTEGER NOT NULL CHECK (width > 0),
	height INTEGER NOT NULL CHECK (height > 0),
	-- The first photo of a place is its cover.
	position INTEGER NOT NULL DEFAULT 0,
	alt_vi TEXT NOT NULL CHECK (length(alt_vi) BETWEEN 1 AND 300),
	alt_en TEXT NOT NULL DEFAULT '' CHECK (length(alt_en) <= 300),
	alt_zh TEXT NOT NULL DEFAULT '' CHECK (length(alt_zh) <= 300),
	credit TEXT NOT NULL CHECK (length(credit) BETWEEN 1 AND 200),
	licence TEXT NOT NULL DEFAULT '' CHECK (length(licence) <= 100),
	created_at INTEGER NOT NULL,
	CHECK ((place_id IS NULL) <> (page IS NULL))
) STRICT;
CREATE INDEX photo_place ON photo (place_id, position);
CREATE INDEX photo_page ON photo (page, position);

-- Who took an event's picture and under which licence, shown under it.
ALTER TABLE event ADD COLUMN image_credit TEXT NOT NULL DEFAULT '';

-- Guide pages in Markdown, one text per page and language; the versions they replaced are kept.
CREATE TABLE page_text (
	page TEXT NOT NULL,
	locale TEXT NOT NULL CHECK (locale IN ('vi', 'en', 'zh')),
	body TEXT NOT NULL CHECK (length(body) <= 30000),
	updated_at INTEGER NOT NULL,
	updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
	PRIMARY KEY (page, locale)
) STRICT;

CREATE TABLE page_text_version (
	id INTEGER PRIMARY KEY,
	page TEXT NOT NULL,
	locale TEXT NOT NULL,
	body TEXT NOT NULL,
	-- When and by whom the version was written (not when it was replaced).
	updated_at INTEGER NOT NULL,
	updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX page_text_version_page ON page_text_version (page, locale, id);

-- The dishes of the food guide and where to eat them (place slugs, space-separated).
CREATE TABLE dish (
	id INTEGER PRIMARY KEY,
	slug TEXT NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
	local_name TEXT NOT NULL CHECK (length(local_name) BETWEEN 1 AND 100),
	places TEXT NOT NULL DEFAULT '',
	position INTEGER NOT NULL DEFAULT 0,
	name_vi TEXT NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 100),
	name_en TEXT NOT NULL DEFAULT '',
	name_zh TEXT NOT NULL DEFAULT '',
	what_vi TEXT NOT NULL CHECK (length(what_vi) BETWEEN 1 AND 1000),
	what_en TEXT NOT NULL DEFAULT '',
	what_zh TEXT NOT NULL DEFAULT '',
	where_vi TEXT NOT NULL DEFAULT '',
	where_en TEXT NOT NULL DEFAULT '',
	where_zh TEXT NOT NULL DEFAULT '',
	season_vi TEXT NOT NULL DEFAULT '',
	season_en TEXT NOT NULL DEFAULT '',
	season_zh TEXT NOT NULL DEFAULT ''
) STRICT;

-- Festivals the department adds: a solar-dated festival may come back every year on its dates.
ALTER TABLE festival ADD COLUMN yearly INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1));

-- What the city is known for at each time of year, shown on the home page ("in season now").
-- Dates are month-day (MM-DD); a season may run over the new year (12-01 to 01-14).
CREATE TABLE season (
	id INTEGER PRIMARY KEY,
	starts TEXT NOT NULL CHECK (starts GLOB '[0-1][0-9]-[0-3][0-9]'),
	ends TEXT NOT NULL CHECK (ends GLOB '[0-1][0-9]-[0-3][0-9]'),
	title_vi TEXT NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 120),
	title_en TEXT NOT NULL DEFAULT '',
	title_zh TEXT NOT NULL DEFAULT '',
	text_vi TEXT NOT NULL DEFAULT '' CHECK (length(text_vi) <= 600),
	text_en TEXT NOT NULL DEFAULT '',
	text_zh TEXT NOT NULL DEFAULT ''
) STRICT;

-- The department's identity (name, address, phones, e-mail, data-protection contact) and the
-- resolution's name, number and date: one row per field, empty until the department fills it.
CREATE TABLE setting (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL CHECK (length(value) <= 500),
	updated_at INTEGER NOT NULL,
	updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL
) STRICT;

-- The resolution's targets: at least `value` of `metric` in `area` in `year`.
CREATE TABLE target (
	id INTEGER PRIMARY KEY,
	metric TEXT NOT NULL CHECK (metric IN ('arrivals')),
	area TEXT NOT NULL CHECK (area IN ('city', 'province')),
	year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
	value INTEGER NOT NULL CHECK (value > 0),
	UNIQUE (metric, area, year)
) STRICT;
-- Resolution facts every deployment shares (shared/data/langson-facts.md).
INSERT INTO target (metric, area, year, value) VALUES ('arrivals', 'city', 2025, 3000000),
	('arrivals', 'city', 2030, 4500000);
