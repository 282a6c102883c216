-- The department's four series (DESIGN.md "What is counted"): official arrivals, walking-street
-- nights and portal visits here; bookings are in 0006. They are never added together.

-- Monthly official figures, entered or imported by the department.
CREATE TABLE arrival (
	month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	-- 'city': the four wards of the former city (Tam Thanh, Lương Văn Tri, Kỳ Lừa, Đông Kinh);
	-- 'province': all of Lạng Sơn.
	area TEXT NOT NULL CHECK (area IN ('city', 'province')),
	total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 100000000),
	international INTEGER CHECK (international IS NULL OR international BETWEEN 0 AND total),
	overnight INTEGER CHECK (overnight IS NULL OR overnight BETWEEN 0 AND total),
	method TEXT NOT NULL
		CHECK (method IN ('accommodation_reports', 'site_counts', 'survey', 'estimate', 'other')),
	source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
	-- 1 for the demonstration figures loaded into a new database; shown as such everywhere.
	demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
	updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (month, area)
) STRICT;

-- Optional nightly headcounts on the Kỳ Lừa walking street.
CREATE TABLE street_night (
	date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	headcount INTEGER NOT NULL CHECK (headcount BETWEEN 0 AND 1000000),
	note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 300),
	updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
	updated_at INTEGER NOT NULL
) STRICT;

-- Cookieless portal visits: daily counts only. `dimension` is 'total' (value ''), 'page' (a path
-- without its language prefix), 'locale' or 'referrer' (a domain). `uniques` is kept for 'total':
-- visitors are told apart by a keyed hash whose key lives only in memory for one day.
CREATE TABLE visit_day (
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	dimension TEXT NOT NULL CHECK (dimension IN ('total', 'page', 'locale', 'referrer')),
	value TEXT NOT NULL CHECK (length(value) <= 200),
	views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
	uniques INTEGER NOT NULL DEFAULT 0 CHECK (uniques >= 0),
	PRIMARY KEY (date, dimension, value)
) STRICT, WITHOUT ROWID;
