-- What visitors are shown, as one number: every insert, change or removal in a table that any page
-- reads moves it on. Cached pages and reused query results (page-cache.ts, memo.ts) are kept while
-- it stays the same, so a write no page shows (the visit counts written every few seconds, a
-- login's session, the audit log, the outbox, a password reset) no longer throws them away.
-- A table added later gets the same three triggers in its own migration, or goes on memo.spec.ts's
-- list of tables no page shows.
CREATE TABLE content_version (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	n INTEGER NOT NULL
) STRICT;
INSERT INTO content_version (id, n) VALUES (1, 0);

CREATE TRIGGER meta_content_insert AFTER INSERT ON meta
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER meta_content_update AFTER UPDATE ON meta
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER meta_content_delete AFTER DELETE ON meta
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_content_insert AFTER INSERT ON place
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_content_update AFTER UPDATE ON place
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_content_delete AFTER DELETE ON place
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_text_content_insert AFTER INSERT ON place_text
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_text_content_update AFTER UPDATE ON place_text
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER place_text_content_delete AFTER DELETE ON place_text
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER business_content_insert AFTER INSERT ON business
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER business_content_update AFTER UPDATE ON business
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER business_content_delete AFTER DELETE ON business
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER user_content_insert AFTER INSERT ON user
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER user_content_update AFTER UPDATE ON user
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER user_content_delete AFTER DELETE ON user
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_content_insert AFTER INSERT ON event
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_content_update AFTER UPDATE ON event
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_content_delete AFTER DELETE ON event
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_exception_content_insert AFTER INSERT ON event_exception
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_exception_content_update AFTER UPDATE ON event_exception
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_exception_content_delete AFTER DELETE ON event_exception
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_report_content_insert AFTER INSERT ON event_report
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_report_content_update AFTER UPDATE ON event_report
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER event_report_content_delete AFTER DELETE ON event_report
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER festival_content_insert AFTER INSERT ON festival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER festival_content_update AFTER UPDATE ON festival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER festival_content_delete AFTER DELETE ON festival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER notice_content_insert AFTER INSERT ON notice
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER notice_content_update AFTER UPDATE ON notice
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER notice_content_delete AFTER DELETE ON notice
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER occurrence_seats_content_insert AFTER INSERT ON occurrence_seats
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER occurrence_seats_content_update AFTER UPDATE ON occurrence_seats
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER occurrence_seats_content_delete AFTER DELETE ON occurrence_seats
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER booking_content_insert AFTER INSERT ON booking
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER booking_content_update AFTER UPDATE ON booking
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER booking_content_delete AFTER DELETE ON booking
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER arrival_content_insert AFTER INSERT ON arrival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER arrival_content_update AFTER UPDATE ON arrival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER arrival_content_delete AFTER DELETE ON arrival
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER street_night_content_insert AFTER INSERT ON street_night
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER street_night_content_update AFTER UPDATE ON street_night
BEGIN UPDATE content_version SET n = n + 1; END;
CREATE TRIGGER street_night_content_delete AFTER DELETE ON street_night
BEGIN UPDATE content_version SET n = n + 1; END;
