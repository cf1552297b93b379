package org.relance.config;

import java.math.BigDecimal;

/**
 * How far the bot trusts what it reads on invoices: a plain-document reading under {@code confirmBelow} confidence, or
 * with any warning, waits for a person's confirmation before anything is planned or sent.
 */
public record Invoices(BigDecimal confirmBelow) {

    public static final BigDecimal DEFAULT_CONFIRM_BELOW = new BigDecimal("0.9");

    public static Invoices defaults() {
        return new Invoices(DEFAULT_CONFIRM_BELOW);
    }
}
