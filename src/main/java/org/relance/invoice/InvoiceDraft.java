package org.relance.invoice;

import java.time.LocalDate;
import org.relance.ledger.Money;

/**
 * An invoice as read from an import or a forwarded document, before the ledger gives it an id.
 *
 * @param customerEmail null when the source does not say
 * @param dueDate       null when the document states none
 * @param prepaid       already paid when the document was issued or imported (deposit, "paid" column)
 * @param customerLanguage the language reminders to this customer are written in (fr, en); null: the company's
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
        String customerLanguage) {

    public InvoiceDraft(String number, InvoiceKind kind, String customerName, String customerEmail,
                        LocalDate issueDate, LocalDate dueDate, Money total, Money prepaid, String source) {
        this(number, kind, customerName, customerEmail, issueDate, dueDate, total, prepaid, source, null);
    }
}
