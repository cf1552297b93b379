package org.relance.dunning;

import java.time.LocalDate;

/** No ECB rate is configured for a half-year that late interest must cover. */
public final class MissingEcbRate extends RuntimeException {

    private final LocalDate halfYearStart;

    public MissingEcbRate(LocalDate halfYearStart) {
        this(halfYearStart, "no ECB rate for the half-year starting " + halfYearStart + ": add it to dunning.ecbRates");
    }

    MissingEcbRate(LocalDate halfYearStart, String message) {
        super(message);
        this.halfYearStart = halfYearStart;
    }

    /** The 1 January or 1 July that starts the half-year without a rate. */
    public LocalDate halfYearStart() {
        return halfYearStart;
    }
}
