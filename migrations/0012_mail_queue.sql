-- The outbox becomes a queue: each message is sent once by the background sender, retried with
-- backoff while the mail server refuses it for a while, and kept as failed (with the server's
-- answer) when it cannot be delivered.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'queued'
	CHECK (status IN ('queued', 'sending', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
-- Unix seconds before which the sender leaves it alone (the backoff after a temporary failure).
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
-- The mail server's last answer: the accepting "250 …" line, or why it was refused.
ALTER TABLE outbox ADD COLUMN last_response TEXT NOT NULL DEFAULT '';
UPDATE outbox SET status = 'sent' WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
