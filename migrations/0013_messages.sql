-- Messages that reach people (issue 23): each in its recipient's language, with an HTML part made
-- from its text when sent, a calendar file for bookings, and the guest's private link.
ALTER TABLE outbox ADD COLUMN locale TEXT NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en', 'zh'));
-- The guest's manage link, put into the text only when it is sent, then forgotten: the outbox page
-- never shows it, and a sent message keeps no copy of it.
ALTER TABLE outbox ADD COLUMN secret_link TEXT NOT NULL DEFAULT '';
-- An RFC 5545 calendar attached as invite.ics ('' for none).
ALTER TABLE outbox ADD COLUMN calendar TEXT NOT NULL DEFAULT '';
-- The reminder the day before is queued once.
ALTER TABLE booking ADD COLUMN reminded_at INTEGER;
-- A business's messages go in the language it registered in (changed from its profile).
ALTER TABLE user ADD COLUMN locale TEXT NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en', 'zh'));
-- Whether the business is told of each new booking by e-mail.
ALTER TABLE business ADD COLUMN mail_new_bookings INTEGER NOT NULL DEFAULT 1
	CHECK (mail_new_bookings IN (0, 1));
CREATE INDEX booking_reminder ON booking (starts_at) WHERE reminded_at IS NULL;
