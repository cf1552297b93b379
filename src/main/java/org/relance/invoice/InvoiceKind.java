package org.relance.invoice;

import java.util.Locale;

/** Whether a document asks the customer to pay (invoice) or gives money back (credit note). */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE;

    /** The contract's spelling: {@code invoice} or {@code credit_note}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvoiceKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
