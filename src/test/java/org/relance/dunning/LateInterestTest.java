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
        return new LateInterest(EcbRates.single(new BigDecimal(ecbPercent)), null);
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

        assertThatThrownBy(() -> none.interest(Money.of("100.00", "EUR"), LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-10")))
                .isInstanceOf(MissingEcbRate.class)
                .hasMessageContaining("no ECB rate configured: set dunning.ecbRatePercent");
    }

    @Test
    void perHalfYearEntriesWinOverTheSingleRateSoAGapIsNotHidden() {
        LateInterest both = new LateInterest(new EcbRates(Optional.of(new BigDecimal("2.15")),
                List.of(rate("2026-01-01", "2.15"))), null);

        assertThatThrownBy(() -> both.interest(Money.of("100.00", "EUR"), LocalDate.parse("2026-06-30"),
                LocalDate.parse("2026-07-02")))
                .isInstanceOf(MissingEcbRate.class);
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
