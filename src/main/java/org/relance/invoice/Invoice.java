package org.relance.invoice;

import java.time.LocalDate;
import org.relance.ledger.Money;

/**
 * An invoice or credit note as the ledger keeps it; amounts are positive for both kinds.
 *
 * @param dueDate   null when the document states none (the planner then assumes payment terms)
 * @param prepaid   paid before Relance knew of it (deposit, "paid" column of an import)
 * @param amountDue what remains payable: total − prepaid − allocated payments
 * @param source    where the data came from: csv, facturx, cii, ubl, text
 */
public record Invoice(
        long id,
        String number,
        InvoiceKind kind,
        long customerId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money total,
        Money prepaid,
        Money amountDue,
        InvoiceStatus status,
        String source) {
}
