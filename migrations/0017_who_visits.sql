-- Who visits (issue 25): the browser's preferred language ('browser', a language subtag such as
-- 'zh'), the device class ('device': phone, tablet, desktop) and robots' views ('bot', value '').
-- Values seen fewer than a few times a day are folded into 'other' by the daily maintenance.
CREATE TABLE visit_day_new (
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	dimension TEXT NOT NULL CHECK (
		dimension IN ('total', 'page', 'locale', 'referrer', 'browser', 'device', 'bot')
	),
	value TEXT NOT NULL CHECK (length(value) <= 200),
	views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
	uniques INTEGER NOT NULL DEFAULT 0 CHECK (uniques >= 0),
	PRIMARY KEY (date, dimension, value)
) STRICT, WITHOUT ROWID;
INSERT INTO visit_day_new SELECT date, dimension, value, views, uniques FROM visit_day;
DROP TABLE visit_day;
ALTER TABLE visit_day_new RENAME TO visit_day;
