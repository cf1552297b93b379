package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relance.config.EcbRates;
import org.relance.ledger.Money;

class LateInterestTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static LateInterest single(String ecbPercent) {
        // One rate for every half-year: no published rates, so the arithmetic tests stay independent of them.
        return new LateInterest(EcbRates.single(new BigDecimal(ecbPercent)), List.of(), null);
    }

    private static EcbRates.Entry rate(String from, String percent) {
        return new EcbRates.Entry(LocalDate.parse(from), new BigDecimal(percent));
    }

    @Test
    void tenThousandEurosThirtyDaysLateAtEcbTwoPointFifteenCostsNinetyNineEightySix() {
        Money interest = single("2.15").interest(Money.of("10000.00", "EUR"),
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

        assertThat(interest).isEqualTo(Money.of("99.86", "EUR"));
    }

    @Test
    void roundsOnceHalfUpToTheCent() {
        LateInterest tenPercent = single("0.00");
        LocalDate due = LocalDate.parse("2026-01-31");
        LocalDate today = due.plusDays(73);

        // 1000.25 × 10 % × 73 / 365 = 20.005 exactly: half-up gives 20.01 (half-even would give 20.00).
        assertThat(tenPercent.interest(Money.of("1000.25", "EUR"), due, today)).isEqualTo(Money.of("20.01", "EUR"));
        // 1000.20 × 10 % × 73 / 365 = 20.004.
        assertThat(tenPercent.interest(Money.of("1000.20", "EUR"), due, today)).isEqualTo(Money.of("20.00", "EUR"));
        // 1000.35 × 10 % × 73 / 365 = 20.007.
        assertThat(tenPercent.interest(Money.of("1000.35", "EUR"), due, today)).isEqualTo(Money.of("20.01", "EUR"));
    }

    @Test
    void segmentsAreSummedExactlyBeforeTheSingleRounding() {
        // Each half-year is worth 1.0025 (1.00 if rounded on its own); together 2.005, which rounds to 2.01.
        LateInterest rates = new LateInterest(EcbRates.perHalfYear(List.of(
                rate("2026-01-01", "2.50"), rate("2026-07-01", "2.50"))), null);
        // 2927.30 × 12.5 % / 365 = 1.0025 a day; 30 June and 1 July.
        Money interest = rates.interest(Money.of("2927.30", "EUR"), LocalDate.parse("2026-06-29"),
                LocalDate.parse("2026-07-01"));

        assertThat(interest).isEqualTo(Money.of("2.01", "EUR"));
    }

    @Test
    void aPeriodContaining29February2028CountsThatDayOverA365DayYear() {
        // All of 2028: 366 days at 12.15 % on 10,000 = 1215 × 366 / 365 = 1218.3287…
        Money interest = single("2.15").interest(Money.of("10000.00", "EUR"),
                LocalDate.parse("2027-12-31"), LocalDate.parse("2028-12-31"));

        assertThat(interest).isEqualTo(Money.of("1218.33", "EUR"));
    }

    @Test
    void februaryOf2028HasTwentyNineDaysOfInterest() {
        Money interest = single("2.15").interest(Money.of("36500.00", "EUR"),
                LocalDate.parse("2028-01-31"), LocalDate.parse("2028-02-29"));

        // 36,500 × 12.15 % / 365 = 12.15 a day, 29 days.
        assertThat(interest).isEqualTo(Money.of("352.35", "EUR"));
    }

    @Test
    void aPeriodSpanningFirstJulyUsesEachHalfYearsRate() {
        LateInterest rates = new LateInterest(EcbRates.perHalfYear(List.of(
                rate("2026-01-01", "2.40"), rate("2026-07-01", "2.15"))), null);

        // 16–30 June: 15 days at 12.40 %; 1–20 July: 20 days at 12.15 %.
        // 10,000 × (12.40 × 15 + 12.15 × 20) / 36,500 = 117.5342…
        Money interest = rates.interest(Money.of("10000.00", "EUR"), LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-07-20"));

        assertThat(interest).isEqualTo(Money.of("117.53", "EUR"));
    }

    @Test
    void aHalfYearWithoutARateIsAnErrorNamingIt() {
        LateInterest rates = new LateInterest(EcbRates.perHalfYear(List.of(rate("2026-01-01", "2.15"))), null);

        assertThatThrownBy(() -> rates.interest(Money.of("10000.00", "EUR"), LocalDate.parse("2026-06-20"),
                LocalDate.parse("2026-07-05")))
                .isInstanceOf(MissingEcbRate.class)
                .hasMessage("no ECB rate for the half-year starting 2026-07-01: add it to dunning.ecbRates")
                .satisfies(e -> assertThat(((MissingEcbRate) e).halfYearStart()).isEqualTo(LocalDate.parse("2026-07-01")));
    }

    @Test
    void noRateAtAllIsAnErrorRatherThanZeroInterest() {
        LateInterest none = new LateInterest(EcbRates.perHalfYear(List.of()), null);

        assertThatThrownBy(() -> none.interest(Money.of("100.00", "EUR"), LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-08-10")))
                .isInstanceOf(MissingEcbRate.class)
                .hasMessageContaining("2026-07-01");
    }

    @Test
    void anInvoiceDueIn2017IsChargedThePublishedRateOfEachHalfYearNotTheSingleCurrentRate() {
        // 470.15 due 2017-03-31, on 2026-12-01: 0.00 % ECB until 2022-H2, then the published 2023–2026 rates,
        // the single 2.15 % only for 2026-H2, which no published rate covers yet.
        LateInterest rates = new LateInterest(EcbRates.single(new BigDecimal("2.15")), null);
        Money interest = rates.interest(Money.of("470.15", "EUR"), LocalDate.parse("2017-03-31"),
                LocalDate.parse("2026-12-01"));

        BigDecimal expected = BigDecimal.ZERO;
        LocalDate start = LocalDate.parse("2017-04-01");
        String[][] halves = {
            {"2017-07-01", "0.00"}, {"2023-01-01", "0.00"}, {"2023-07-01", "2.50"}, {"2024-01-01", "4.00"},
            {"2024-07-01", "4.50"}, {"2025-01-01", "4.25"}, {"2025-07-01", "3.15"}, {"2026-01-01", "2.15"},
            {"2026-07-01", "2.15"}, {"2026-12-02", "2.15"}};
        // Each pair: the end (exclusive) of a stretch and the ECB rate in force during it.
        for (String[] h : halves) {
            LocalDate end = LocalDate.parse(h[0]);
            long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
            expected = expected.add(new BigDecimal("470.15").multiply(new BigDecimal(h[1]).add(BigDecimal.TEN))
                    .multiply(BigDecimal.valueOf(days)));
            start = end;
        }
        assertThat(interest.amount()).isEqualByComparingTo(
                expected.divide(BigDecimal.valueOf(36500), 2, java.math.RoundingMode.HALF_UP));
        assertThat(interest).isLessThan(single("2.15").interest(Money.of("470.15", "EUR"), LocalDate.parse("2017-03-31"),
                LocalDate.parse("2026-12-01")));
        assertThat(rates.halfYearsOnSingleRate(LocalDate.parse("2017-03-31"), LocalDate.parse("2026-12-01")))
                .containsExactly(LocalDate.parse("2026-07-01"));
    }

    @Test
    void theShippedRatesAreTheEcbMainRefinancingRatesInForceOnEachFirstOfJanuaryAndJuly() {
        LateInterest shipped = new LateInterest(EcbRates.perHalfYear(List.of()), null);

        assertThat(shipped.ecbPercent(LocalDate.parse("2014-07-01"))).isEqualByComparingTo("0.15");
        assertThat(shipped.ecbPercent(LocalDate.parse("2015-01-01"))).isEqualByComparingTo("0.05");
        assertThat(shipped.ecbPercent(LocalDate.parse("2016-01-01"))).isEqualByComparingTo("0.05");
        assertThat(shipped.ecbPercent(LocalDate.parse("2016-07-01"))).isEqualByComparingTo("0.00");
        assertThat(shipped.ecbPercent(LocalDate.parse("2022-07-01"))).isEqualByComparingTo("0.00");
        assertThat(shipped.ecbPercent(LocalDate.parse("2023-01-01"))).isEqualByComparingTo("2.50");
        assertThat(shipped.ecbPercent(LocalDate.parse("2023-07-01"))).isEqualByComparingTo("4.00");
        assertThat(shipped.ecbPercent(LocalDate.parse("2024-01-01"))).isEqualByComparingTo("4.50");
        assertThat(shipped.ecbPercent(LocalDate.parse("2024-07-01"))).isEqualByComparingTo("4.25");
        assertThat(shipped.ecbPercent(LocalDate.parse("2025-01-01"))).isEqualByComparingTo("3.15");
        assertThat(shipped.ecbPercent(LocalDate.parse("2025-07-01"))).isEqualByComparingTo("2.15");
        assertThat(shipped.ecbPercent(LocalDate.parse("2026-01-01"))).isEqualByComparingTo("2.15");
        assertThat(EcbRates.published()).hasSize(24);
        assertThatThrownBy(() -> shipped.ecbPercent(LocalDate.parse("2026-07-01"))).isInstanceOf(MissingEcbRate.class);
        assertThatThrownBy(() -> shipped.ecbPercent(LocalDate.parse("2014-01-01"))).isInstanceOf(MissingEcbRate.class);
    }

    @Test
    void aConfiguredHalfYearOverridesThePublishedRateAndTheSingleRateFillsOnlyUnknownHalfYears() {
        LateInterest both = new LateInterest(new EcbRates(Optional.of(new BigDecimal("3.00")),
                List.of(rate("2025-07-01", "9.00"))), null);

        assertThat(both.ecbPercent(LocalDate.parse("2025-07-01"))).isEqualByComparingTo("9.00");
        assertThat(both.ecbPercent(LocalDate.parse("2026-01-01"))).isEqualByComparingTo("2.15");
        assertThat(both.ecbPercent(LocalDate.parse("2026-07-01"))).isEqualByComparingTo("3.00");
        assertThat(both.halfYearsOnSingleRate(LocalDate.parse("2025-06-30"), LocalDate.parse("2027-01-05")))
                .containsExactly(LocalDate.parse("2026-07-01"), LocalDate.parse("2027-01-01"));
    }

    @Test
    void withoutASingleRateAHalfYearNoRateCoversIsStillAnError() {
        LateInterest perHalfYear = new LateInterest(EcbRates.perHalfYear(List.of(rate("2025-07-01", "2.15"))), null);

        assertThatThrownBy(() -> perHalfYear.interest(Money.of("100.00", "EUR"), LocalDate.parse("2026-06-30"),
                LocalDate.parse("2026-07-02")))
                .isInstanceOf(MissingEcbRate.class);
        assertThat(perHalfYear.halfYearsOnSingleRate(LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-02")))
                .isEmpty();
    }

    @Test
    void zeroDaysOverdueIsZeroInterest() {
        LocalDate due = LocalDate.parse("2026-10-01");

        assertThat(single("2.15").interest(Money.of("10000.00", "EUR"), due, due)).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(single("2.15").interest(Money.of("10000.00", "EUR"), due, due.minusDays(5)))
                .isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void aMissingRateOutsideThePeriodDoesNotMatter() {
        LateInterest rates = new LateInterest(EcbRates.perHalfYear(List.of(rate("2026-07-01", "2.15"))), null);

        assertThat(rates.interest(Money.of("10000.00", "EUR"), LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"))).isEqualTo(Money.of("99.86", "EUR"));
    }

    @Test
    void interestIsOnTheAmountPassedNotTheInvoiceTotal() {
        // A partially paid 10,000 invoice with 6,000 still due: 6,000 × 12.15 % × 30 / 365 = 59.917…
        Money interest = single("2.15").interest(Money.of("6000.00", "EUR"),
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

        assertThat(interest).isEqualTo(Money.of("59.92", "EUR"));
    }

    @Test
    void recoveryIndemnityIsFortyEurosByDefaultInTheInvoicesCurrency() {
        assertThat(single("2.15").recoveryIndemnity(EUR)).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(new LateInterest(EcbRates.single(new BigDecimal("2.15")), new BigDecimal("40"))
                .recoveryIndemnity(Currency.getInstance("CHF"))).isEqualTo(Money.of("40.00", "CHF"));
    }

    @Test
    void recoveryIndemnityFollowsTheConfiguration() {
        LateInterest configured = new LateInterest(EcbRates.single(new BigDecimal("2.15")), new BigDecimal("50.00"));

        assertThat(configured.recoveryIndemnity(EUR)).isEqualTo(Money.of("50.00", "EUR"));
    }

    @Test
    void aRateEntryThatDoesNotStartAHalfYearIsRejected() {
        assertThatThrownBy(() -> new LateInterest(EcbRates.perHalfYear(List.of(rate("2026-03-01", "2.15"))), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-01");
    }
}
