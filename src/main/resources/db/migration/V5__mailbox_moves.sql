-- Where a handled message must go (NULL: it stays where it is) and when the move was done.
-- The business effect and this row commit together; the IMAP move comes after the commit and is
-- finished on the next pass when the bot stopped in between.
ALTER TABLE processed_messages ADD COLUMN target_folder TEXT;
ALTER TABLE processed_messages ADD COLUMN settled_at TEXT;
ALTER TABLE processed_messages ADD COLUMN reason TEXT;
