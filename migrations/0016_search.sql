-- Site search (issue 24): one FTS5 index of places, coming events, festivals, dishes and guide
-- sections, rebuilt from the content tables when they change. `words` holds the searchable text
-- folded (no diacritics, đ as d, Chinese characters spaced so each is a word); the rest is shown.
CREATE VIRTUAL TABLE search_index USING fts5(
	words,
	kind UNINDEXED,
	locale UNINDEXED,
	url UNINDEXED,
	title UNINDEXED,
	text UNINDEXED,
	text_locale UNINDEXED,
	tokenize = 'unicode61'
);

-- Any change to what is searched marks the index stale; the next search rebuilds it. (An UPDATE:
-- a trigger's own conflict clause would give way to that of the statement that fired it.)
INSERT INTO meta (key, value) VALUES ('search_stale', '1');
CREATE TRIGGER search_stale_place AFTER UPDATE ON place BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_place_text_i AFTER INSERT ON place_text BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_place_text_u AFTER UPDATE ON place_text BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_place_text_d AFTER DELETE ON place_text BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_event_i AFTER INSERT ON event BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_event_u AFTER UPDATE ON event BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_event_d AFTER DELETE ON event BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_dish_i AFTER INSERT ON dish BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_dish_u AFTER UPDATE ON dish BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_dish_d AFTER DELETE ON dish BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_festival_i AFTER INSERT ON festival BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_festival_u AFTER UPDATE ON festival BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_festival_d AFTER DELETE ON festival BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_page_i AFTER INSERT ON page_text BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_page_u AFTER UPDATE ON page_text BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_occurrence AFTER INSERT ON event_exception BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
CREATE TRIGGER search_stale_occurrence_d AFTER DELETE ON event_exception BEGIN
	UPDATE meta SET value = '1' WHERE key = 'search_stale';
END;
