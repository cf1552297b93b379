-- A customer's answer to one of our reminders, one row per invoice the answered email carried.
-- The raw message is kept under store.files named by its SHA-256 (file_hash); automatic = out-of-office and the
-- like, which never pause the chase. received_at is when Relance read it.
CREATE TABLE customer_replies (
    id            ${id},
    invoice_id    BIGINT  NOT NULL REFERENCES invoices (id),
    message_id    TEXT,
    in_reply_to   TEXT    NOT NULL,
    from_address  TEXT    NOT NULL,
    subject       TEXT,
    received_at   TEXT    NOT NULL,
    automatic     BOOLEAN NOT NULL,
    file_hash     TEXT    NOT NULL,
    file_path     TEXT    NOT NULL,
    UNIQUE (invoice_id, file_hash)
);
CREATE INDEX customer_replies_invoice ON customer_replies (invoice_id);
