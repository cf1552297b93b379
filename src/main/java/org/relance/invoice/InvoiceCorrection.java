package org.relance.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person changes when confirming an invoice the reader was unsure of; a null field keeps what was read.
 *
 * @param total         the invoice's total, in its currency
 * @param due           the due date
 * @param customerEmail where reminders to the customer go
 */
public record InvoiceCorrection(BigDecimal total, LocalDate due, String customerEmail) {

    public static final InvoiceCorrection NONE = new InvoiceCorrection(null, null, null);

    public boolean isNone() {
        return total == null && due == null && customerEmail == null;
    }
}
