package org.relance.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ECB main refinancing rates the user configured: either one rate for every period
 * ({@code dunning.ecbRatePercent}) or one entry per half-year ({@code dunning.ecbRates}).
 */
public record EcbRates(Optional<BigDecimal> single, List<Entry> perHalfYear) {

    public EcbRates {
        perHalfYear = List.copyOf(perHalfYear);
    }

    public static EcbRates single(BigDecimal percent) {
        return new EcbRates(Optional.of(percent), List.of());
    }

    public static EcbRates perHalfYear(List<Entry> entries) {
        return new EcbRates(Optional.empty(), entries);
    }

    /** The rate in force for the half-year starting on {@code from} (a 1 January or 1 July). */
    public record Entry(LocalDate from, BigDecimal percent) {
    }
}
