package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.bank.RuleLearner.Example;
import org.relance.bank.RuleLearner.Learnt;

class RuleLearnerTest {

    private final RuleLearner learner = new RuleLearner(Currency.getInstance("EUR"));

    private static byte[] advice(String amount, String payer, String reference, String date) throws Exception {
        return Mails.text("Account activity", "ADVICE NOTE\n\nWe hereby advise that the sum of " + amount
                + " remitted by " + payer + " under ref. " + reference + " was placed on account 4411 value " + date
                + ".\n\nTreasury operations\n");
    }

    @Test
    void aRuleLearntFromOneExampleReadsAnotherMailOfTheSameFormatTheBuiltInReaderMisses() throws Exception {
        byte[] example = advice("GBP 2,500.00", "NORTHWIND TRADING", "INV-4711", "03/12/2026");
        byte[] other = advice("GBP 410.35", "O'NEILL CONSULTING LTD", "INV-4790", "05/12/2026");
        assertThat(new BankReader(List.of()).read("other.eml", other).credits()).as("built-in reader").isEmpty();

        Learnt learnt = learner.learn("learnt-1", example, new Example(new BigDecimal("2500.00"), "NORTHWIND TRADING",
                "INV-4711", LocalDate.of(2026, 12, 3)));

        assertThat(learnt).isInstanceOf(Learnt.Learned.class);
        Learnt.Learned learned = (Learnt.Learned) learnt;
        assertThat(learned.credit().amount().toString()).isEqualTo("2500.00 GBP");
        assertThat(new BankReader(List.of(learned.rule())).read("other.eml", other).credits()).singleElement()
                .satisfies(c -> {
                    assertThat(c.amount().toString()).isEqualTo("410.35 GBP");
                    assertThat(c.payerName()).isEqualTo("O'NEILL CONSULTING LTD");
                    assertThat(c.reference()).isEqualTo("INV-4790");
                    assertThat(c.date()).isEqualTo(LocalDate.of(2026, 12, 5));
                });
    }

    @Test
    void aRuleLearntFromACurrencyBeyondEuroPoundDollarAndFrancReadsThatCurrencyNotTheDefault() throws Exception {
        for (String[] c : new String[][] {{"DKK 4.500,00", "DKK 310,00", "4500.00", "310.00 DKK"},
                {"CA$1,275.00", "CA$98.10", "1275.00", "98.10 CAD"}, {"250 000 XOF", "12 500 XOF", "250000", "12500 XOF"}}) {
            byte[] example = advice(c[0], "NORTHWIND TRADING", "INV-4711", "03/12/2026");
            byte[] other = advice(c[1], "O'NEILL CONSULTING LTD", "INV-4790", "05/12/2026");

            Learnt learnt = learner.learn("learnt-c", example, new Example(new BigDecimal(c[2]), "NORTHWIND TRADING",
                    "INV-4711", LocalDate.of(2026, 12, 3)));

            assertThat(learnt).as(c[0]).isInstanceOf(Learnt.Learned.class);
            assertThat(new BankReader(List.of(((Learnt.Learned) learnt).rule())).read("other.eml", other).credits())
                    .as(c[1]).singleElement().satisfies(r -> assertThat(r.amount().toString()).isEqualTo(c[3]));
        }
    }

    @Test
    void everyLineOfASummaryIsReadByARuleLearntFromItsFirstLine() throws Exception {
        byte[] summary = Mails.text("Gutschriften", "Gutschriften und Lastschriften heute:\n"
                + "21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n"
                + "22.11.2026 SCHMIDT & SOHN KG RE-2026-18 99,00\n");
        assertThat(new BankReader(List.of()).read("s.eml", summary).credits()).as("built-in reader").isEmpty();

        Learnt learnt = learner.learn("learnt-2", summary, new Example(new BigDecimal("1234.56"), "MÜLLER GMBH",
                "RE-2026-17", LocalDate.of(2026, 11, 21)));

        Learnt.Learned learned = (Learnt.Learned) learnt;
        assertThat(new BankReader(List.of(learned.rule())).read("s.eml", summary).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1234.56 EUR", "MÜLLER GMBH", "RE-2026-17", LocalDate.of(2026, 11, 21)),
                        org.assertj.core.groups.Tuple.tuple("99.00 EUR", "SCHMIDT & SOHN KG", "RE-2026-18",
                                LocalDate.of(2026, 11, 22)));
    }

    @Test
    void aValueThatIsNotInTheMailIsNamedInsteadOfARule() throws Exception {
        byte[] example = advice("GBP 2,500.00", "NORTHWIND TRADING", "INV-4711", "03/12/2026");

        Learnt learnt = learner.learn("learnt-3", example, new Example(new BigDecimal("2500.00"), "SOUTHWIND LTD",
                null, null));

        assertThat(learnt).isInstanceOfSatisfying(Learnt.NotLearned.class,
                n -> assertThat(n.reason()).contains("the payer \"SOUTHWIND LTD\" is not in the text"));
    }

    @Test
    void aCreditShapedMailTheReaderCannotReadIsRecognisedButAnOfferIsNot() throws Exception {
        BankReader reader = new BankReader(List.of());
        byte[] summary = Mails.text("Gutschriften", "Gutschriften und Lastschriften heute:\n21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n"
                + "22.11.2026 SCHMIDT KG RE-2026-18 99,00\n");
        byte[] offer = Mails.text("80 € offerts", "Vous avez reçu une offre : 80 € offerts pour l'ouverture d'un livret.");

        assertThat(reader.looksLikeCredit(summary)).isTrue();
        assertThat(reader.looksLikeCredit(offer)).isFalse();
    }

    @Test
    void aRuleLearntFromACreditLineNeverReadsTheDebitLinesOfAnotherSummary() throws Exception {
        byte[] summary = Mails.text("Gutschriften", "Gutschriften und Lastschriften heute:\n21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n");
        Learnt.Learned learned = (Learnt.Learned) learner.learn("learnt-4", summary, new Example(
                new BigDecimal("1234.56"), "MÜLLER GMBH", "RE-2026-17", LocalDate.of(2026, 11, 21)));
        byte[] mixed = Mails.text("Umsätze", "Umsätze heute:\n22.11.2026 LASTSCHRIFT TELEKOM 49,90\n"
                + "22.11.2026 WEBER KG F-88 310,00\n23.11.2026 ABC GMBH MIETE -1.200,00\n");

        assertThat(new BankReader(List.of(learned.rule())).read("m.eml", mixed).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("310.00 EUR", "WEBER KG"));
    }
}
