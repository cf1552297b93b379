package org.relance.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.relance.config.Dunning;
import org.relance.config.EcbRates;
import org.relance.ledger.Money;

/** French B2B late-payment charges (Code de commerce L441-10): interest at ECB + 10 points and the recovery indemnity. */
public final class LateInterest {

    /** L441-10: the ECB rate "majoré de 10 points de pourcentage". */
    static final BigDecimal POINTS_ABOVE_ECB = BigDecimal.TEN;
    /** D441-5: €40, used when the configuration does not say. */
    static final BigDecimal DEFAULT_RECOVERY_INDEMNITY = new BigDecimal("40.00");
    /** Percent and a 365-day year in one divisor, so the quotient is taken once. */
    private static final BigDecimal PERCENT_YEAR = BigDecimal.valueOf(100L * 365);

    private final BigDecimal singlePercent;
    private final Map<LocalDate, BigDecimal> percentByHalfYear;
    private final BigDecimal recoveryIndemnity;

    /**
     * With the published ECB rates shipped in the jar ({@link EcbRates#published()}), overridden by the configured ones.
     *
     * @param recoveryIndemnity null means the legal €40
     * @throws IllegalArgumentException when an entry does not start on 1 January or 1 July, or a half-year is given twice
     */
    public LateInterest(EcbRates rates, BigDecimal recoveryIndemnity) {
        this(rates, EcbRates.published(), recoveryIndemnity);
    }

    LateInterest(EcbRates rates, List<EcbRates.Entry> published, BigDecimal recoveryIndemnity) {
        Objects.requireNonNull(rates, "rates");
        this.singlePercent = rates.single() == null ? null : rates.single().orElse(null);
        Map<LocalDate, BigDecimal> byHalfYear = new HashMap<>();
        for (EcbRates.Entry entry : published) {
            byHalfYear.put(entry.from(), entry.percent());
        }
        Map<LocalDate, BigDecimal> configured = new HashMap<>();
        for (EcbRates.Entry entry : rates.perHalfYear()) {
            if (!entry.from().equals(halfYearStart(entry.from()))) {
                throw new IllegalArgumentException("dunning.ecbRates: " + entry.from()
                        + " is not the start of a half-year (1 January or 1 July)");
            }
            BigDecimal previous = configured.put(entry.from(), entry.percent());
            if (previous != null && previous.compareTo(entry.percent()) != 0) {
                throw new IllegalArgumentException("dunning.ecbRates: two rates for the half-year starting " + entry.from());
            }
        }
        byHalfYear.putAll(configured);
        this.percentByHalfYear = Map.copyOf(byHalfYear);
        this.recoveryIndemnity = recoveryIndemnity == null ? DEFAULT_RECOVERY_INDEMNITY : recoveryIndemnity;
    }

    public static LateInterest of(Dunning dunning) {
        return new LateInterest(dunning.ecbRates(), dunning.recoveryIndemnity());
    }

    /**
     * Simple interest on {@code amountDue} for each day from the day after {@code dueDate} through {@code today}
     * inclusive, at the rate of the half-year each day falls in, actual days / 365; zero when not overdue.
     *
     * @throws MissingEcbRate when a half-year of the period has no configured rate
     */
    public Money interest(Money amountDue, LocalDate dueDate, LocalDate today) {
        Currency currency = amountDue.currency();
        // Sum amount × percent × days exactly, divide by 100 × 365 once: one rounding, half-up, at the end.
        BigDecimal numerator = BigDecimal.ZERO;
        LocalDate start = dueDate.plusDays(1);
        while (!start.isAfter(today)) {
            LocalDate halfYear = halfYearStart(start);
            LocalDate lastOfHalfYear = halfYear.plusMonths(6).minusDays(1);
            LocalDate end = lastOfHalfYear.isBefore(today) ? lastOfHalfYear : today;
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            BigDecimal percent = ecbPercent(halfYear).add(POINTS_ABOVE_ECB);
            numerator = numerator.add(amountDue.amount().multiply(percent).multiply(BigDecimal.valueOf(days)));
            start = end.plusDays(1);
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return Money.rounded(numerator.divide(PERCENT_YEAR, scale, RoundingMode.HALF_UP), currency);
    }

    /** The fixed indemnity, once per invoice, in the invoice's currency. */
    public Money recoveryIndemnity(Currency currency) {
        return Money.rounded(recoveryIndemnity, currency);
    }

    /**
     * The half-years from the day after {@code dueDate} through {@code today} for which neither a published nor a
     * configured rate is known, so that {@code dunning.ecbRatePercent} is used: the plan says so.
     */
    public List<LocalDate> halfYearsOnSingleRate(LocalDate dueDate, LocalDate today) {
        List<LocalDate> halves = new ArrayList<>();
        if (singlePercent == null) {
            return halves;
        }
        for (LocalDate half = halfYearStart(dueDate.plusDays(1)); !half.isAfter(today); half = half.plusMonths(6)) {
            if (!percentByHalfYear.containsKey(half)) {
                halves.add(half);
            }
        }
        return halves;
    }

    /**
     * The ECB rate (percent) in force for the half-year starting on {@code halfYearStart}: configured, else
     * published, else the single rate the user gave for half-years without one.
     */
    BigDecimal ecbPercent(LocalDate halfYearStart) {
        BigDecimal percent = percentByHalfYear.get(halfYearStart);
        if (percent != null) {
            return percent;
        }
        if (singlePercent != null) {
            return singlePercent;
        }
        throw new MissingEcbRate(halfYearStart);
    }

    /** "2026-H2" for the half-year starting on 1 July 2026. */
    public static String halfYearName(LocalDate halfYearStart) {
        return halfYearStart.getYear() + (halfYearStart.getMonthValue() <= 6 ? "-H1" : "-H2");
    }

    static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }
}
