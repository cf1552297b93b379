-- What each invoice owed when its message was written: a message whose invoice's amount due has changed since
-- (a partial payment, a corrected import) is written again rather than sent with a wrong amount.
ALTER TABLE outbox_reminders ADD COLUMN amount_due_minor BIGINT;
