-- Bookings for bookable event occurrences, the seats each occurrence has sold, and the outbox of
-- messages that would be e-mailed to guests.

-- The most people one booking may bring.
ALTER TABLE event ADD COLUMN max_party INTEGER NOT NULL DEFAULT 10 CHECK (max_party BETWEEN 1 AND 100);

-- Seats taken per occurrence (an event's local date). The capacity check is one conditional update
-- of this row, so two bookings can never both take the last seat.
CREATE TABLE occurrence_seats (
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0),
	PRIMARY KEY (event_id, date)
) STRICT;

CREATE TABLE booking (
	id INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
	date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	-- The occurrence's times when booked (unix seconds), for the guest's page and for retention.
	starts_at INTEGER NOT NULL,
	ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
	-- Shown to the guest and typed at the door: 10 characters, unique.
	code TEXT NOT NULL UNIQUE CHECK (length(code) = 10),
	-- The manage link is `<manage_id>.<secret>`; only the secret's SHA-256 is kept.
	manage_id TEXT NOT NULL UNIQUE,
	manage_hash BLOB NOT NULL,
	-- SHA-256 of the booking form's one-time key: a second POST of the same form finds this row.
	idempotency_hash BLOB NOT NULL UNIQUE,
	party INTEGER NOT NULL CHECK (party BETWEEN 1 AND 100),
	-- Contact data: NULL once erased (see erased_at).
	name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
	phone TEXT CHECK (phone IS NULL OR length(phone) <= 24),
	email TEXT CHECK (email IS NULL OR length(email) <= 254),
	locale TEXT NOT NULL CHECK (locale IN ('vi', 'en', 'zh')),
	privacy_version TEXT NOT NULL,
	marketing INTEGER NOT NULL DEFAULT 0 CHECK (marketing IN (0, 1)),
	status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
	cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('guest', 'organiser')),
	cancelled_at INTEGER,
	checked_in_at INTEGER,
	created_at INTEGER NOT NULL,
	erased_at INTEGER,
	CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
	CHECK (erased_at IS NOT NULL OR name IS NOT NULL),
	CHECK (erased_at IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL)
) STRICT;

CREATE INDEX booking_occurrence ON booking (event_id, date, status);
CREATE INDEX booking_retention ON booking (erased_at, ends_at);

-- Messages for guests (and later others) that would be e-mailed; the department sees them.
CREATE TABLE outbox (
	id INTEGER PRIMARY KEY,
	booking_id INTEGER REFERENCES booking (id) ON DELETE SET NULL,
	kind TEXT NOT NULL,
	-- An e-mail address or phone number; '' once the booking's contact data is erased.
	recipient TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	sent_at INTEGER
) STRICT;

CREATE INDEX outbox_created ON outbox (created_at);
CREATE INDEX outbox_booking ON outbox (booking_id);
