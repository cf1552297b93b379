-- What the outbox needs beyond V1 to rebuild a message exactly as queued:
-- sender and copies, the References chain, attachments, and the sender's own bookkeeping.
-- Address lists and the References chain are stored one value per line (CR/LF never occur inside a value).

ALTER TABLE outbox ADD COLUMN sender TEXT;
ALTER TABLE outbox ADD COLUMN cc TEXT;
ALTER TABLE outbox ADD COLUMN bcc TEXT;
ALTER TABLE outbox ADD COLUMN reference_ids TEXT;
-- when the message left (SMTP accepted it); also what the rate limit counts
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
-- when the sender claimed the row (sending); a crash leaves it set
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
-- how many times crash recovery put the row back in the queue (mail.recovery: retry does it once)
ALTER TABLE outbox ADD COLUMN recoveries INTEGER NOT NULL DEFAULT 0;
-- set the first time a dry run showed the row; the row itself stays queued
ALTER TABLE outbox ADD COLUMN dry_run_at TEXT;

CREATE INDEX outbox_sent_at ON outbox (sent_at);
CREATE INDEX outbox_reminder ON outbox (reminder_id);

CREATE TABLE outbox_attachments (
    id          ${id},
    outbox_id   BIGINT  NOT NULL REFERENCES outbox (id),
    position    INTEGER NOT NULL,
    filename    TEXT    NOT NULL,
    mime_type   TEXT    NOT NULL,
    -- base64: the same column type on SQLite and PostgreSQL
    content     TEXT    NOT NULL,
    UNIQUE (outbox_id, position)
);
