package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 234,56 €|1234.56|EUR",
        "1\u00A0234,56 €|1234.56|EUR",
        "1\u202F234,56\u00A0€|1234.56|EUR",
        "1.234,56|1234.56|",
        "1,234.56|1234.56|",
        "EUR 1234.56|1234.56|EUR",
        "+1 453,76 EUR|1453.76|EUR",
        "£1,200.00|1200.00|GBP",
        "$4.11|4.11|USD",
        "12,5|12.5|",
        "1 200|1200|",
        "-56,02 €|-56.02|EUR",
        "1.234.567,89|1234567.89|",
    })
    void readsAmountsAsWrittenInFrenchEnglishAndGerman(String text, String amount, String currency) {
        AmountText.Found found = AmountText.parse(text).orElseThrow();
        assertThat(found.amount()).isEqualByComparingTo(new BigDecimal(amount));
        if (currency == null) {
            assertThat(found.currency()).isEmpty();
        } else {
            assertThat(found.currency()).contains(Currency.getInstance(currency));
        }
    }

    @Test
    void findsEveryAmountInALine() {
        assertThat(AmountText.findAll("Total HT 1 028,80 € TVA 205,76 € Total TTC 1 234,56 €"))
                .extracting(AmountText.Found::amount)
                .map(BigDecimal::toPlainString)
                .containsExactly("1028.80", "205.76", "1234.56");
    }

    @Test
    void aCurrencyCodeIsAWordOfItsOwnNotTheEndOfOne() {
        assertThat(AmountText.findAll("Ampoule blanc chaud 2700 K")).allMatch(f -> f.currency().isEmpty());
        assertThat(AmountText.findAll("Remise fournisseur 12,00")).allMatch(f -> f.currency().isEmpty());
        assertThat(AmountText.findAll("AUD 2700.00")).singleElement()
                .satisfies(f -> assertThat(f.currency()).contains(Currency.getInstance("AUD")));
    }

    @Test
    void textThatIsNotAnAmountIsEmpty() {
        assertThat(AmountText.parse("Facture")).isEmpty();
        assertThat(AmountText.parse("12/11/2026")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Refunds\t-US$224.00|-224.00", "Fees -€26,64|-26.64", "Frais\t− £5.00|-5.00",
        "Net payout\t+€1.932,40|1932.40", "Incoming - €240.00 from X|240.00", "Solde - £12.00|12.00"})
    void aSignBeforeTheCurrencySignIsTheAmountsButADashBetweenWordsIsNot(String text, String amount) {
        assertThat(AmountText.findAll(text.replace("\\t", "\t"))).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo(amount));
    }

    @Test
    void anAmountNeverTakesItsCurrencyOrDigitsFromTheNextLine() {
        assertThat(AmountText.findAll("Réf. : BC 26-1442\nEUR 615,50"))
                .filteredOn(f -> f.amount().compareTo(new BigDecimal("1442")) == 0)
                .allSatisfy(f -> assertThat(f.currency()).isEmpty());
        assertThat(AmountText.findAll("total 12\n345,00 €")).extracting(AmountText.Found::amount)
                .noneMatch(a -> a.compareTo(new BigDecimal("12345.00")) == 0);
    }
}
