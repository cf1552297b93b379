package org.relance.bank;

import java.math.BigDecimal;
import java.util.List;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;
import org.relance.matching.Method;

/**
 * What recording one batch of credits (a statement, an email) did.
 *
 * @param stored     payments new to the ledger
 * @param duplicates credits the ledger already had (the same transfer seen in an alert and a statement, or twice)
 * @param applied    allocations applied to invoices without asking anyone
 * @param suggested  allocations waiting for a person to confirm or reject
 * @param unmatched  new payments with nothing matched, and why
 * @param unreadable files or messages that could not be read at all, and why
 * @param rejected   entries of a readable file left out because a value cannot be stored, each with where and why
 */
public record IntakeResult(List<Payment> stored, List<BankCredit> duplicates, List<Applied> applied,
        List<Suggested> suggested, List<Unmatched> unmatched, List<Unreadable> unreadable, List<String> rejected) {

    public IntakeResult(List<Payment> stored, List<BankCredit> duplicates, List<Applied> applied,
            List<Suggested> suggested, List<Unmatched> unmatched, List<Unreadable> unreadable) {
        this(stored, duplicates, applied, suggested, unmatched, unreadable, List.of());
    }

    public IntakeResult {
        rejected = List.copyOf(rejected);
        stored = List.copyOf(stored);
        duplicates = List.copyOf(duplicates);
        applied = List.copyOf(applied);
        suggested = List.copyOf(suggested);
        unmatched = List.copyOf(unmatched);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * Part of a payment applied to an invoice.
     *
     * @param fees               a shortfall accepted as bank fees (zero unless the payment settled the invoice)
     * @param status             the invoice's status afterwards: partially_paid or paid
     * @param cancelledReminders reminders cancelled because the invoice is now paid
     */
    public record Applied(long allocationId, long paymentId, String invoice, Money amount, Money fees, Method method,
            InvoiceStatus status, Money amountDue, List<Long> cancelledReminders) {

        public Applied {
            cancelledReminders = List.copyOf(cancelledReminders);
        }
    }

    /** A proposal the matcher was not sure enough of; {@code note} says why, for the person deciding. */
    public record Suggested(long allocationId, long paymentId, String invoice, Money amount, Method method,
            BigDecimal confidence, String note) {
    }

    /** A new payment the matcher could not place. */
    public record Unmatched(long paymentId, Money amount, String payerName, String reason) {
    }

    /** A file or message that gave no credits because it could not be read. */
    public record Unreadable(String file, String reason) {
    }

    static IntakeResult empty() {
        return new IntakeResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static IntakeResult unreadable(String file, String reason) {
        return new IntakeResult(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Unreadable(file, reason)));
    }

    /** The same result with the entries the reader left out. */
    IntakeResult withRejected(List<String> entries) {
        return new IntakeResult(stored, duplicates, applied, suggested, unmatched, unreadable, entries);
    }

    /** One line for logs and the mailbox record: what the batch did. */
    public String summary() {
        if (!unreadable.isEmpty()) {
            return unreadable.get(0).file() + ": " + unreadable.get(0).reason();
        }
        if (noCredit()) {
            return "no credit in it (a debit, a balance or a newsletter)";
        }
        return stored.size() + " payment(s) stored, " + duplicates.size() + " already known, " + applied.size()
                + " applied, " + suggested.size() + " suggested, " + unmatched.size() + " unmatched";
    }

    /** True when the input held no credit at all (a debit alert, a bank newsletter) and was readable. */
    public boolean noCredit() {
        return stored.isEmpty() && duplicates.isEmpty() && unreadable.isEmpty();
    }
}
