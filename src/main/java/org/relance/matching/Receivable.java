package org.relance.matching;

import java.time.LocalDate;
import java.util.Objects;
import org.relance.ledger.Money;

/** An invoice (or credit note) as the matcher sees it: what is still owed, by whom, and under which number. */
public record Receivable(String number, String customerName, String customerEmail, LocalDate issueDate,
        LocalDate dueDate, Money amountDue, boolean creditNote) {

    public Receivable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amountDue, "amountDue");
        customerName = customerName == null ? "" : customerName;
    }

    /** An ordinary invoice (not a credit note). */
    public static Receivable invoice(String number, String customerName, LocalDate dueDate, Money amountDue) {
        return new Receivable(number, customerName, null, null, dueDate, amountDue, false);
    }
}
