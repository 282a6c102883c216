-- Business accounts, the department's admins, sessions, one-time password resets and the audit log.

CREATE TABLE business (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
	kind TEXT NOT NULL CHECK (kind IN ('eatery', 'night_market_stall', 'accommodation',
		'tour_operator', 'venue', 'shop', 'other')),
	phone TEXT NOT NULL CHECK (length(phone) BETWEEN 6 AND 24),
	address TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
	-- One of the wards that replaced the city in 2025; NULL for a business outside them.
	ward TEXT CHECK (ward IN ('Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh')),
	lat REAL CHECK (lat BETWEEN -90 AND 90),
	lon REAL CHECK (lon BETWEEN -180 AND 180),
	status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'suspended')),
	-- Why the department last changed the status; shown to the business.
	status_reason TEXT NOT NULL DEFAULT '' CHECK (length(status_reason) <= 500),
	status_changed_at INTEGER,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	CHECK ((lat IS NULL) = (lon IS NULL))
) STRICT;

CREATE INDEX business_status ON business (status, created_at);

CREATE TABLE user (
	id INTEGER PRIMARY KEY,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254),
	password_hash TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('business', 'admin')),
	business_id INTEGER UNIQUE REFERENCES business (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	password_changed_at INTEGER NOT NULL,
	CHECK ((role = 'business') = (business_id IS NOT NULL))
) STRICT;

CREATE TABLE session (
	id TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
	-- SHA-256 of the token's secret half; the token itself is never stored.
	secret_hash BLOB NOT NULL,
	created_at INTEGER NOT NULL,
	last_verified_at INTEGER NOT NULL
) STRICT;

CREATE INDEX session_user ON session (user_id);

CREATE TABLE password_reset (
	id TEXT PRIMARY KEY,
	secret_hash BLOB NOT NULL,
	user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
	created_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	used_at INTEGER
) STRICT;

CREATE INDEX password_reset_user ON password_reset (user_id);

CREATE TABLE audit (
	id INTEGER PRIMARY KEY,
	at INTEGER NOT NULL,
	actor_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
	action TEXT NOT NULL,
	-- What it was done to, e.g. 'business:12' or 'user:3'.
	subject TEXT,
	detail TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 1000),
	-- The one place an IP address is kept; erased after 90 days by the maintenance task.
	ip TEXT
) STRICT;

CREATE INDEX audit_at ON audit (at);
