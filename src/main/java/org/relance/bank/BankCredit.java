package org.relance.bank;

import java.time.LocalDate;
import java.util.Objects;
import org.relance.ledger.Money;

/**
 * One incoming payment read from a bank notification or statement.
 *
 * @param file      the file (or message label) it was read from, as the caller named it
 * @param payerName who paid, as the bank wrote it; null when the bank did not say
 * @param reference what the payer wrote (motif, libellé, RF reference); null when absent
 * @param bankTxId  the bank's own id for the transaction; null when the bank gave none
 */
public record BankCredit(String file, LocalDate date, Money amount, String payerName, String reference,
        String bankTxId, Source source) {

    /** Where a credit was read from; {@link #label()} is the contract's value. */
    public enum Source {
        EMAIL("email"), CAMT053("camt053"), CSV("csv");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BankCredit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a credit is positive: " + amount);
        }
    }
}
