-- Payments as the intake stores them (bank.PaymentIntake).
-- content_key: date, amount, currency, payer and reference folded, so that an email alert without the bank's
-- id and the statement line with it are recognised as one credit; bank_tx_id is looked up directly.
ALTER TABLE payments ADD COLUMN content_key TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN source_file TEXT;
CREATE INDEX payments_content_key ON payments (content_key);
CREATE INDEX payments_bank_tx_id ON payments (bank_tx_id);

-- fees_minor: a shortfall accepted as bank fees when the payment settled the invoice (counts as paid);
-- note: why the matcher proposed it, shown to whoever confirms a suggestion; decided_via: the channel.
ALTER TABLE allocations ADD COLUMN fees_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE allocations ADD COLUMN note TEXT;
ALTER TABLE allocations ADD COLUMN decided_via TEXT;
