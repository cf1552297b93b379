package org.relance.invoice;

import java.util.Locale;

/**
 * Where an invoice stands; only open and partially paid invoices are chased or matched. {@code TO_CONFIRM}: read from a
 * plain document with doubts, waiting for a person to confirm or correct what was read.
 */
public enum InvoiceStatus {
    TO_CONFIRM, OPEN, PARTIALLY_PAID, PAID, DISPUTED, CANCELLED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvoiceStatus fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** True while money is still expected on the invoice. */
    public boolean isOpen() {
        return this == OPEN || this == PARTIALLY_PAID;
    }
}
