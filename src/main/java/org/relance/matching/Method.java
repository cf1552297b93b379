package org.relance.matching;

import java.util.Locale;

/** How an allocation was found; {@link #NONE} marks a credit left unmatched. */
public enum Method {
    REFERENCE, AMOUNT, NAME, COMBINATION, MANUAL, NONE;

    /** The lowercase word used in JSON output and the contract ({@code reference}, {@code amount}, …). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
