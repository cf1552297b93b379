-- The ledger. Written to run unchanged on SQLite and PostgreSQL:
-- ${id} is the auto-increment primary key of the database at hand,
-- money is BIGINT minor units (cents) next to its ISO currency code,
-- dates are TEXT 'YYYY-MM-DD' and instants TEXT ISO-8601 UTC, so both sort as text.

CREATE TABLE customers (
    id              ${id},
    name            TEXT    NOT NULL,
    name_key        TEXT    NOT NULL UNIQUE,
    email           TEXT,
    language        TEXT,
    b2b             BOOLEAN,
    do_not_chase    BOOLEAN NOT NULL DEFAULT FALSE,
    avg_days_late   INTEGER,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE invoices (
    id                ${id},
    number            TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    customer_id       BIGINT  NOT NULL REFERENCES customers (id),
    issue_date        TEXT,
    due_date          TEXT,
    currency          TEXT    NOT NULL,
    total_minor       BIGINT  NOT NULL CHECK (total_minor >= 0),
    prepaid_minor     BIGINT  NOT NULL DEFAULT 0,
    amount_due_minor  BIGINT  NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'partially_paid', 'paid', 'disputed', 'cancelled')),
    source            TEXT    NOT NULL,
    file_hash         TEXT,
    file_path         TEXT,
    source_message_id TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (number, kind)
);
CREATE INDEX invoices_customer ON invoices (customer_id);
CREATE INDEX invoices_status ON invoices (status);

CREATE TABLE payments (
    id             ${id},
    payment_date   TEXT    NOT NULL,
    amount_minor   BIGINT  NOT NULL,
    currency       TEXT    NOT NULL,
    payer          TEXT,
    reference      TEXT,
    bank_tx_id     TEXT,
    source         TEXT    NOT NULL,
    -- the same credit seen twice (alert and statement) is one payment
    dedupe_key     TEXT    NOT NULL UNIQUE,
    created_at     TEXT    NOT NULL
);

CREATE TABLE allocations (
    id            ${id},
    payment_id    BIGINT  NOT NULL REFERENCES payments (id),
    invoice_id    BIGINT  NOT NULL REFERENCES invoices (id),
    amount_minor  BIGINT  NOT NULL,
    method        TEXT    NOT NULL,
    confidence    TEXT    NOT NULL,
    state         TEXT    NOT NULL CHECK (state IN ('suggested', 'applied', 'rejected')),
    decided_by    TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX allocations_invoice ON allocations (invoice_id);
CREATE INDEX allocations_payment ON allocations (payment_id);

CREATE TABLE reminders (
    id             ${id},
    invoice_id     BIGINT  NOT NULL REFERENCES invoices (id),
    step           TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    escalated      BOOLEAN NOT NULL DEFAULT FALSE,
    snoozed_until  TEXT,
    waiting_until  TEXT,
    decided_by     TEXT,
    decided_via    TEXT,
    subject        TEXT,
    body           TEXT,
    message_id     TEXT    UNIQUE,
    sent_at        TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX reminders_invoice ON reminders (invoice_id);
CREATE INDEX reminders_state ON reminders (state);

CREATE TABLE outbox (
    id               ${id},
    reminder_id      BIGINT  REFERENCES reminders (id),
    purpose          TEXT    NOT NULL,
    recipients       TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    body_text        TEXT    NOT NULL,
    body_html        TEXT,
    message_id       TEXT    NOT NULL UNIQUE,
    in_reply_to      TEXT,
    state            TEXT    NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'needs_review', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX outbox_state ON outbox (state);

-- Append-only: the code only ever inserts here.
CREATE TABLE events (
    id           ${id},
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    invoice_id   BIGINT  REFERENCES invoices (id),
    reminder_id  BIGINT  REFERENCES reminders (id),
    payment_id   BIGINT  REFERENCES payments (id),
    details      TEXT
);
CREATE INDEX events_invoice ON events (invoice_id);

CREATE TABLE mailbox_state (
    folder        TEXT    PRIMARY KEY,
    uidvalidity   BIGINT  NOT NULL,
    last_uid      BIGINT  NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE TABLE processed_messages (
    id            ${id},
    folder        TEXT    NOT NULL,
    uidvalidity   BIGINT  NOT NULL,
    uid           BIGINT  NOT NULL,
    message_id    TEXT,
    body_hash     TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    processed_at  TEXT    NOT NULL,
    UNIQUE (folder, uidvalidity, uid)
);
CREATE INDEX processed_messages_message_id ON processed_messages (message_id);
