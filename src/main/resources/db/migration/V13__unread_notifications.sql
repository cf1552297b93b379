-- Bank notifications that read like a credit but gave none (a format the reader does not know): kept whole, so that
-- `relance bank learn` can derive a rule from one of them and re-read them all; resolved once re-read into payments.
CREATE TABLE unread_notifications (
    id           ${id},
    name         TEXT    NOT NULL,
    sender       TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    raw_base64   TEXT    NOT NULL,
    unverified   TEXT,
    kept_at      TEXT    NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT,
    payments     INTEGER
);
CREATE INDEX unread_notifications_waiting ON unread_notifications (resolved_at);
