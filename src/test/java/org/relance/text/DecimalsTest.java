package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1E100000000", "1e20", "-1E+999999999999", "99999999999999999999999999.99",
        "10000000000000", "1.5E13", "0.1E-100000000"})
    void aNumberNoAmountCanBeIsRefusedFromItsTextAsOutOfBounds(String text) {
        assertThat(Decimals.parse(text)).isInstanceOfSatisfying(Decimals.Refused.class,
                r -> assertThat(r.outOfBounds()).isTrue());
    }

    @Test
    void aHugeExponentCostsNothingBecauseNoBigDecimalIsBuilt() {
        // Built and scaled, this would take minutes and gigabytes; refused on its text it is instant.
        for (int i = 0; i < 10_000; i++) {
            assertThat(Decimals.parse("1E100000000")).isInstanceOf(Decimals.Refused.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999999.99", "1.5E3", "-0.10", "0E5", "+12", ".5"})
    void plausibleNumbersAreRead(String text) {
        assertThat(Decimals.parse(text)).isInstanceOf(Decimals.Value.class);
    }

    @Test
    void anExponentIsExpandedToAPlainValue() {
        assertThat(Decimals.parse("1.5E3").value()).contains(new BigDecimal("1500"));
        assertThat(Decimals.parse("1.5E3").value().orElseThrow().scale()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "1.2.3", "", "E5", "--1"})
    void textThatIsNoNumberIsRefusedAsSuch(String text) {
        assertThat(Decimals.parse(text)).isInstanceOfSatisfying(Decimals.Refused.class,
                r -> assertThat(r.outOfBounds()).isFalse());
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyHasIsAProblemNamingTheCurrency() {
        assertThat(Decimals.amountProblem(new BigDecimal("12.345"), Currency.getInstance("EUR")))
                .hasValueSatisfying(p -> assertThat(p).contains("EUR"));
        assertThat(Decimals.amountProblem(new BigDecimal("12.340"), Currency.getInstance("EUR"))).isEmpty();
        assertThat(Decimals.amountProblem(new BigDecimal("12.5"), Currency.getInstance("JPY"))).isPresent();
    }

    @Test
    void amountTextRefusesTooLargeAmountsWithAReasonAndFindsNoneInFreeText() {
        assertThat(AmountText.read("99999999999999999999999999.99"))
                .isInstanceOfSatisfying(Decimals.Refused.class, r -> assertThat(r.reason()).startsWith("too large"));
        assertThat(AmountText.read("1 234,56 €").value()).contains(new BigDecimal("1234.56"));
        assertThat(AmountText.findAll("total 99999999999999999999 €")).isEmpty();
        assertThat(AmountText.number("1".repeat(1_000_000))).isEmpty();
    }
}
