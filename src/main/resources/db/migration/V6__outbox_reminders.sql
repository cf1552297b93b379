-- Every reminder one outgoing message carries: a customer's several overdue invoices go out in one email.
-- outbox.reminder_id stays the first of them; this table lists all of them, that one included.
-- Such a message may leave only while every reminder it carries is approved and every invoice still open.
CREATE TABLE outbox_reminders (
    outbox_id    BIGINT NOT NULL REFERENCES outbox (id),
    reminder_id  BIGINT NOT NULL REFERENCES reminders (id),
    PRIMARY KEY (outbox_id, reminder_id)
);
CREATE INDEX outbox_reminders_reminder ON outbox_reminders (reminder_id);
