-- A waiting list per occurrence (issue 23). Seats offered to a waiting party are held: they count
-- as taken until the offer is confirmed (then they are), declined or lapsed (then they are free).
ALTER TABLE occurrence_seats ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0);

CREATE TABLE waitlist (
	id INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	starts_at INTEGER NOT NULL,
	ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
	party INTEGER NOT NULL CHECK (party BETWEEN 1 AND 100),
	-- Contact data: NULL once erased, with bookings' (BOOKING_RETENTION_DAYS after the date).
	name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
	phone TEXT CHECK (phone IS NULL OR length(phone) <= 24),
	email TEXT CHECK (email IS NULL OR length(email) <= 254),
	locale TEXT NOT NULL CHECK (locale IN ('vi', 'en', 'zh')),
	privacy_version TEXT NOT NULL,
	-- The page link is `<manage_id>.<secret>`; an offer comes with a second secret of its own.
	manage_id TEXT NOT NULL UNIQUE,
	manage_hash BLOB NOT NULL,
	offer_hash BLOB,
	idempotency_hash BLOB NOT NULL UNIQUE,
	status TEXT NOT NULL DEFAULT 'waiting'
		CHECK (status IN ('waiting', 'offered', 'booked', 'lapsed', 'left')),
	offer_expires_at INTEGER,
	booking_id INTEGER REFERENCES booking (id),
	created_at INTEGER NOT NULL,
	erased_at INTEGER,
	CHECK ((status = 'offered') = (offer_expires_at IS NOT NULL))
) STRICT;

CREATE INDEX waitlist_line ON waitlist (event_id, date, status, id);
CREATE INDEX waitlist_offers ON waitlist (offer_expires_at) WHERE status = 'offered';

ALTER TABLE outbox ADD COLUMN waitlist_id INTEGER REFERENCES waitlist (id) ON DELETE SET NULL;
