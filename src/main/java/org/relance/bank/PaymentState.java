package org.relance.bank;

import java.util.Locale;

/** The states of a stored payment; {@link PaymentIntake} owns the changes, each with its event. */
public enum PaymentState {
    /** As the bank reported it: matched, waiting or applied. */
    RECEIVED,
    /** A person said it was read wrong: its allocations are reversed and it never counts again. */
    WITHDRAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
