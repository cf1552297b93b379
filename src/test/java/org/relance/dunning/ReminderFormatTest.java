package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

class ReminderFormatTest {

    private final ReminderFormat fr = new ReminderFormat("fr");
    private final ReminderFormat en = new ReminderFormat("en");

    @Test
    void frenchAmountsGroupThousandsWithANarrowNoBreakSpaceAndEndWithTheSymbol() {
        assertThat(fr.money(Money.of("1234.56", "EUR"))).isEqualTo("1\u202F234,56\u00A0€");
        assertThat(fr.money(Money.of("1234567.80", "EUR"))).isEqualTo("1\u202F234\u202F567,80\u00A0€");
        assertThat(fr.money(Money.of("0.05", "EUR"))).isEqualTo("0,05\u00A0€");
        assertThat(fr.money(Money.of("40.00", "EUR"))).isEqualTo("40,00\u00A0€");
        assertThat(fr.money(Money.of("1500.00", "CHF"))).isEqualTo("1\u202F500,00\u00A0CHF");
    }

    @Test
    void englishAmountsStartWithTheSymbolAndUseCommasForThousands() {
        assertThat(en.money(Money.of("1234.56", "EUR"))).isEqualTo("€1,234.56");
        assertThat(en.money(Money.of("1234567.80", "GBP"))).isEqualTo("£1,234,567.80");
        assertThat(en.money(Money.of("1500", "JPY"))).isEqualTo("JPY\u00A01,500");
    }

    @Test
    void datesAreWrittenOutWithTheFrenchFirstOfTheMonth() {
        assertThat(fr.date(LocalDate.parse("2026-10-15"))).isEqualTo("15 octobre 2026");
        assertThat(fr.date(LocalDate.parse("2026-11-01"))).isEqualTo("1er novembre 2026");
        assertThat(fr.date(LocalDate.parse("2026-02-01"))).isEqualTo("1er février 2026");
        assertThat(en.date(LocalDate.parse("2026-10-15"))).isEqualTo("15 October 2026");
        assertThat(en.date(LocalDate.parse("2026-11-01"))).isEqualTo("1 November 2026");
    }

    @Test
    void placeIsTheTownOfTheLastAddressLine() {
        assertThat(ReminderModel.place("12 rue de la Paix\n75002 Paris")).isEqualTo("Paris");
        assertThat(ReminderModel.place("ZI des Landes\n44100 Nantes CEDEX 3")).isEqualTo("Nantes");
        assertThat(ReminderModel.place("1 rue de la Paix, 75002 Paris")).isEqualTo("Paris");
        assertThat(ReminderModel.place("Lieu-dit 42")).isEqualTo("");
        assertThat(ReminderModel.place(null)).isEqualTo("");
    }
}
