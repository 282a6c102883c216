-- Key/value facts about this database itself (first start, demo content).
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

CREATE TABLE place (
	id INTEGER PRIMARY KEY,
	slug TEXT NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
	category TEXT NOT NULL
		CHECK (category IN ('night', 'market', 'heritage', 'nature', 'mountain', 'border', 'park')),
	lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
	lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
	-- How far the pin may be off, in metres: ~50 when taken from a source, ~1000 when estimated.
	precision_m INTEGER NOT NULL DEFAULT 1000 CHECK (precision_m > 0),
	sort_order INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL DEFAULT (unixepoch()),
	updated_at INTEGER NOT NULL DEFAULT (unixepoch())
) STRICT;

CREATE INDEX place_category ON place (category, sort_order);

CREATE TABLE place_text (
	place_id INTEGER NOT NULL REFERENCES place (id) ON DELETE CASCADE,
	locale TEXT NOT NULL CHECK (locale IN ('vi', 'en', 'zh')),
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
	PRIMARY KEY (place_id, locale)
) STRICT;
