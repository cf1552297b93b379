package org.relance.invoice;

import java.time.LocalDate;
import java.util.List;
import org.relance.ledger.Money;

/**
 * An invoice as read from an import or a forwarded document, before the ledger gives it an id.
 *
 * @param customerEmail null when the source does not say
 * @param dueDate       null when the document states none
 * @param prepaid       already paid when the document was issued or imported (deposit, "paid" column)
 * @param customerLanguage the language reminders to this customer are written in (fr, en); null: the company's
 * @param doubts        why the reading needs a person's confirmation before anything is planned; empty: trusted
 */
public record InvoiceDraft(
        String number,
        InvoiceKind kind,
        String customerName,
        String customerEmail,
        LocalDate issueDate,
        LocalDate dueDate,
        Money total,
        Money prepaid,
        String source,
        String customerLanguage,
        List<String> doubts) {

    public InvoiceDraft {
        doubts = List.copyOf(doubts);
    }

    public InvoiceDraft(String number, InvoiceKind kind, String customerName, String customerEmail,
                        LocalDate issueDate, LocalDate dueDate, Money total, Money prepaid, String source,
                        String customerLanguage) {
        this(number, kind, customerName, customerEmail, issueDate, dueDate, total, prepaid, source, customerLanguage,
                List.of());
    }

    public InvoiceDraft(String number, InvoiceKind kind, String customerName, String customerEmail,
                        LocalDate issueDate, LocalDate dueDate, Money total, Money prepaid, String source) {
        this(number, kind, customerName, customerEmail, issueDate, dueDate, total, prepaid, source, null);
    }

    /** The same reading, waiting for a person for these reasons (added to any it had). */
    public InvoiceDraft doubted(List<String> reasons) {
        List<String> all = new java.util.ArrayList<>(doubts);
        reasons.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new InvoiceDraft(number, kind, customerName, customerEmail, issueDate, dueDate, total, prepaid, source,
                customerLanguage, all);
    }
}
