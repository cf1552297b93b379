-- Every bank notification mail that gave payments, kept whole: when a person says one was read wrong, its payment is
-- withdrawn and the mail waits in unread_notifications for `relance bank learn`, which re-reads it.
CREATE TABLE bank_mails (
    id           ${id},
    name         TEXT    NOT NULL,
    sender       TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    raw_base64   TEXT    NOT NULL,
    unverified   TEXT,
    received_at  TEXT    NOT NULL
);
-- mail_id: the bank_mails row the payment was read from (null for statements and for payments stored before V14).
-- state: received, or withdrawn once a person said it was read wrong (its allocations reversed; never matched again,
-- never taken for another report of the same credit).
ALTER TABLE payments ADD COLUMN mail_id BIGINT;
ALTER TABLE payments ADD COLUMN state TEXT NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'withdrawn'));
CREATE INDEX payments_mail ON payments (mail_id);
