package org.relance.invoice;

import java.util.Locale;

/** Where an invoice stands; only open and partially paid invoices are chased. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, DISPUTED, CANCELLED;

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
