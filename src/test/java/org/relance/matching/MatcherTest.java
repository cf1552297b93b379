package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.ledger.Money;

class MatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final Matcher matcher = new Matcher();

    private static Receivable invoice(String number, String customer, String amount) {
        return invoice(number, customer, amount, DAY.minusDays(10));
    }

    private static Receivable invoice(String number, String customer, String amount, LocalDate due) {
        return new Receivable(number, customer, null, due.minusDays(30), due, Money.of(amount, "EUR"), false);
    }

    private static Credit credit(String id, String amount, String payer, String reference) {
        return credit(id, DAY, amount, payer, reference);
    }

    private static Credit credit(String id, LocalDate date, String amount, String payer, String reference) {
        return new Credit(id, date, Money.of(amount, "EUR"), payer, reference);
    }

    private List<Allocation> match(List<Receivable> invoices, Credit... credits) {
        return matcher.match(invoices, List.of(credits));
    }

    private static Allocation only(List<Allocation> allocations) {
        assertThat(allocations).hasSize(1);
        return allocations.get(0);
    }

    private static final List<Receivable> BOOK = List.of(
            invoice("F-2026-0042", "Client SARL", "1234.56"),
            invoice("F-2026-0043", "Boulangerie Dupont", "300.00"),
            invoice("F-2026-0044", "Garage Lefèvre et Fils", "99.90"));

    @Nested
    class References {

        @ParameterizedTest(name = "label \"{0}\" names F-2026-0042")
        @ValueSource(strings = {
            "F-2026-0042", "f-2026-0042", "F 2026 0042", "F20260042", "F-2026-42", "F2026-42",
            "FACT F-2026-0042", "Facture 2026-0042", "facture n° F-2026-0042", "FA 2026 0042", "Invoice 2026-0042",
            "INV-2026-0042", "Rechnung 2026/0042", "F-2026-OO42", "VIR SEPA CLIENT REF F-2026-0O42 MERCI"})
        void invoiceNumberIsFoundInTheLabelDespiteCaseSpacesDashesZerosPrefixesAndOTypos(String label) {
            Allocation a = only(match(BOOK, credit("P1", "1234.56", "Someone Unknown", label)));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.method()).isEqualTo(Method.REFERENCE);
            assertThat(a.auto()).isTrue();
            assertThat(a.confidence()).isGreaterThanOrEqualTo(new BigDecimal("0.95"));
        }

        @Test
        void validRfCreditorReferenceCarryingTheInvoiceNumberMatches() {
            String payload = "F20260042";
            String rf = "RF" + CreditorReference.checkDigits(payload) + payload;
            assertThat(CreditorReference.isValid(payload, rf.substring(2, 4))).isTrue();
            Allocation a = only(match(BOOK, credit("P1", "1234.56", "X", rf)));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.auto()).isTrue();
            assertThat(a.note()).contains("RF");
        }

        @Test
        void rfReferenceIsReadInItsPrintedGroupsOfFour() {
            String payload = "000020260042";
            String check = CreditorReference.checkDigits(payload);
            String printed = "RF" + check + " 0000 2026 0042 MERCI";
            Allocation a = only(match(BOOK, credit("P1", "1234.56", "X", printed)));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.note()).contains("RF");
        }

        @Test
        void rfReferenceWithWrongCheckDigitsIsNotTrusted() {
            String payload = "F20260042";
            int good = Integer.parseInt(CreditorReference.checkDigits(payload));
            String bad = "RF" + String.format("%02d", (good + 1) % 100) + payload;
            Allocation a = only(match(BOOK, credit("P1", "1234.56", "Unknown Payer", bad)));
            assertThat(a.matched()).isFalse();
            assertThat(a.note()).contains("check digits");
        }

        @Test
        void severalInvoiceNumbersInOneLabelSettleSeveralInvoicesOfOneCustomer() {
            List<Receivable> book = List.of(
                    invoice("F-2026-0050", "Client SARL", "100.00"),
                    invoice("F-2026-0051", "Client SARL", "250.50"),
                    invoice("F-2026-0052", "Client SARL", "999.00"));
            List<Allocation> out = match(book, credit("P1", "350.50", "CLIENT SARL", "FACT F-2026-0050 ET F-2026-0051"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-0050", "F-2026-0051");
            assertThat(out).extracting(a -> a.amount().amount()).containsExactly(new BigDecimal("100.00"), new BigDecimal("250.50"));
            assertThat(out).allMatch(Allocation::auto).allMatch(a -> a.method() == Method.REFERENCE);
        }

        @Test
        void shortSerialNumbersCountOnlyForTheRecognisedCustomerAndAFittingAmount() {
            List<Receivable> book = List.of(
                    invoice("F-2026-00043", "Garage Dubois SARL", "980.50"),
                    invoice("F-2026-00044", "Garage Dubois SARL", "1000.00"),
                    invoice("F-2026-00045", "Autre Client", "1980.50"));
            List<Allocation> out = match(book, credit("P1", "1980.50", "GARAGE DUBOIS SARL", "FACTURES 43 ET 44"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-00043", "F-2026-00044");
        }

        @Test
        void referenceWithAHugeOverpaymentIsNotAppliedAutomatically() {
            Allocation a = only(match(BOOK, credit("P1", "12345.60", "CLIENT SARL", "F-2026-0042")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.auto()).isFalse();
            assertThat(a.amount()).isEqualTo(Money.of("1234.56", "EUR"));
            assertThat(a.note()).contains("overpayment");
        }

        @Test
        void referenceToAnInvoiceOfAnotherCustomerThanTheRecognisedPayerIsNotAuto() {
            Allocation a = only(match(BOOK, credit("P1", "100.00", "BOULANGERIE DUPONT", "F-2026-0042")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.auto()).isFalse();
        }

        @Test
        void referenceToAnAlreadySettledInvoiceFallsBackToTheCustomerAndAmount() {
            List<Allocation> out = match(BOOK,
                    credit("P1", DAY, "300.00", "BOULANGERIE DUPONT", "F-2026-0043"),
                    credit("P2", DAY.plusDays(1), "300.00", "Jean Inconnu", "F-2026-0043"));
            assertThat(out.get(1).matched()).isFalse();
            assertThat(out.get(1).note()).contains("already settled");
        }
    }

    @Nested
    class CustomerAndAmount {

        @Test
        void exactAmountOfAClearlyRecognisedCustomerIsAuto() {
            Allocation a = only(match(BOOK, credit("P1", "300.00", "BOULANGERIE DUPONT", "virement novembre")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0043");
            assertThat(a.method()).isEqualTo(Method.AMOUNT);
            assertThat(a.auto()).isTrue();
        }

        @ParameterizedTest(name = "payer \"{0}\" is Garage Lefèvre et Fils")
        @ValueSource(strings = {
            "GARAGE LEFEVRE ET FILS", "garage lefèvre & fils", "Garage Lefevre et Fils S.A.R.L.",
            "SARL GARAGE LEFEVRE ET FILS", "GARAGE LEFEVRE FILS SAS", "LEFEVRE GARAGE FILS", "Garage Lefèvre-et-Fils EURL"})
        void payerNameIsRecognisedDespiteAccentsCaseLegalFormsPunctuationAndWordOrder(String payer) {
            Allocation a = only(match(BOOK, credit("P1", "99.90", payer, "")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0044");
            assertThat(a.auto()).isTrue();
        }

        @ParameterizedTest(name = "legal form {0}")
        @ValueSource(strings = {"SARL", "S.A.R.L.", "SAS", "SA", "EURL", "GmbH", "AG", "Ltd", "Inc", "Ltd."})
        void legalFormsDoNotMatterOnEitherSide(String form) {
            List<Receivable> book = List.of(invoice("F-1001", "Meyer " + form, "410.00"));
            Allocation a = only(match(book, credit("P1", "410.00", "MEYER", "")));
            assertThat(a.invoiceNumber()).isEqualTo("F-1001");
            assertThat(a.auto()).isTrue();
        }

        @Test
        void payerNameTruncatedByTheBankAt35CharactersIsRecognised() {
            List<Receivable> book = List.of(
                    invoice("F-2001", "Établissements Martin et Fils Construction du Sud-Ouest", "5000.00"),
                    invoice("F-2002", "Boulangerie Dupont", "5000.00"));
            String label = "ETABLISSEMENTS MARTIN ET FILS CONSTRUCTION DU SUD-OUEST".substring(0, 35);
            Allocation a = only(match(book, credit("P1", "5000.00", label, "")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2001");
            assertThat(a.auto()).isTrue();
        }

        @Test
        void twoSameAmountInvoicesOfOneCustomerAreNeverAutoMatched() {
            List<Receivable> book = List.of(
                    invoice("F-3001", "Client SARL", "500.00", DAY.minusDays(20)),
                    invoice("F-3002", "Client SARL", "500.00", DAY.minusDays(5)));
            List<Allocation> out = match(book, credit("P1", "500.00", "CLIENT SARL", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-3001", "F-3002");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void paymentEqualToTheSumOfSeveralInvoicesOfOneCustomerIsMatchedAsACombination() {
            List<Receivable> book = List.of(
                    invoice("F-4001", "Client SARL", "120.00"),
                    invoice("F-4002", "Client SARL", "75.30"),
                    invoice("F-4003", "Client SARL", "1000.00"),
                    invoice("F-4004", "Client SARL", "33.33"));
            List<Allocation> out = match(book, credit("P1", "153.33", "CLIENT SARL", "paiement"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactlyInAnyOrder("F-4001", "F-4004");
            assertThat(out).allMatch(a -> a.method() == Method.COMBINATION);
        }

        @Test
        void combinationThatIsNotUniqueIsOnlyProposed() {
            List<Receivable> book = List.of(
                    invoice("F-4101", "Client SARL", "100.00"),
                    invoice("F-4102", "Client SARL", "50.00"),
                    invoice("F-4103", "Client SARL", "60.00"),
                    invoice("F-4104", "Client SARL", "90.00"));
            List<Allocation> out = match(book, credit("P1", "150.00", "CLIENT SARL", ""));
            assertThat(out).isNotEmpty().noneMatch(Allocation::auto);
        }

        @Test
        void shortfallWithinTheFeeToleranceSettlesTheInvoiceAndSaysSo() {
            Allocation a = only(match(BOOK, credit("P1", "1229.56", "X", "F-2026-0042")));
            assertThat(a.invoiceNumber()).isEqualTo("F-2026-0042");
            assertThat(a.auto()).isTrue();
            assertThat(a.note()).contains("bank fees").contains("5.00 EUR");
            assertThat(a.amount()).isEqualTo(Money.of("1229.56", "EUR"));
        }

        @Test
        void shortfallAboveOnePercentIsAPartialPaymentNotFees() {
            List<Receivable> book = List.of(invoice("F-5001", "Client", "200.00"));
            Allocation a = only(match(book, credit("P1", "195.00", "X", "F-5001")));
            assertThat(a.note()).contains("partial").doesNotContain("fees");
        }

        @Test
        void feeToleranceIsConfigurable() {
            Matcher strict = new Matcher(FeeTolerance.NONE);
            Allocation a = only(strict.match(BOOK, List.of(credit("P1", "1229.56", "X", "F-2026-0042"))));
            assertThat(a.note()).contains("partial");
        }
    }

    @Nested
    class PartialPayments {

        @Test
        void partialPaymentsReduceTheAmountDueInDateOrder() {
            List<Receivable> book = List.of(invoice("F-6001", "Client SARL", "1000.00"));
            List<Allocation> out = match(book,
                    credit("P3", DAY.plusDays(20), "300.00", "CLIENT SARL", ""),
                    credit("P1", DAY, "400.00", "CLIENT SARL", "F-6001"),
                    credit("P2", DAY.plusDays(10), "300.00", "CLIENT", "facture F 6001"));
            assertThat(out).extracting(Allocation::creditId).containsExactly("P1", "P2", "P3");
            assertThat(out.get(0).note()).contains("600.00 EUR still due");
            assertThat(out.get(1).note()).contains("300.00 EUR still due");
            // The last 300 equals what remains: an exact amount for a recognised customer.
            assertThat(out.get(2).invoiceNumber()).isEqualTo("F-6001");
            assertThat(out.get(2).method()).isEqualTo(Method.AMOUNT);
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void referencedPartialPaymentIsAuto() {
            Allocation a = only(match(BOOK, credit("P1", "200.00", "Unknown", "F-2026-0042")));
            assertThat(a.auto()).isTrue();
            assertThat(a.amount()).isEqualTo(Money.of("200.00", "EUR"));
        }
    }

    @Nested
    class NotCustomerPayments {

        @ParameterizedTest(name = "{0} / {1}")
        @org.junit.jupiter.params.provider.CsvSource({
            "DGFIP, REMBOURSEMENT CREDIT TVA",
            "DIRECTION GENERALE DES FINANCES PUBLIQUES, REMBT IMPOTS",
            "BANQUE EXEMPLE, INTERETS CREDITEURS",
            "CARREFOUR, AVOIR CB 12/11",
            "Jean Inconnu, cadeau"})
        void creditsThatAreNotCustomerPaymentsStayUnmatched(String payer, String label) {
            Allocation a = only(match(BOOK, credit("P1", "300.00", payer, label)));
            assertThat(a.matched()).isFalse();
            assertThat(a.method()).isEqualTo(Method.NONE);
            assertThat(a.auto()).isFalse();
        }

        @Test
        void taxRefundOfTheExactAmountOfAnInvoiceIsStillUnmatched() {
            Allocation a = only(match(BOOK, credit("P1", "1234.56", "DGFIP", "REMBOURSEMENT TVA")));
            assertThat(a.matched()).isFalse();
            assertThat(a.note()).contains("not a customer payment");
        }

        @Test
        void creditNotesAreIgnoredForMatching() {
            List<Receivable> book = List.of(new Receivable("AV-2026-0001", "Client SARL", null, DAY, DAY,
                    Money.of("80.00", "EUR"), true));
            assertThat(only(match(book, credit("P1", "80.00", "CLIENT SARL", "AV-2026-0001"))).matched()).isFalse();
        }
    }

    @Nested
    class Determinism {

        private List<Receivable> book() {
            List<Receivable> book = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                book.add(invoice(String.format("F-2026-%04d", i), "Client " + (char) ('A' + i % 7) + " SARL",
                        (100 + (i % 5) * 50) + ".00", DAY.minusDays(i)));
            }
            return book;
        }

        private List<Credit> credits() {
            List<Credit> credits = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String ref = i % 3 == 0 ? String.format("F-2026-%04d", i) : "";
                credits.add(credit("P" + i, DAY.plusDays(i % 4), (100 + (i % 5) * 50) + ".00",
                        "CLIENT " + (char) ('A' + i % 7), ref));
            }
            return credits;
        }

        @Test
        void sameInputTwiceGivesTheSameOutput() {
            assertThat(matcher.match(book(), credits())).isEqualTo(matcher.match(book(), credits()));
        }

        @Test
        void orderOfInvoicesAndPaymentsInTheInputDoesNotChangeTheResult() {
            List<Allocation> expected = matcher.match(book(), credits());
            Random random = new Random(42);
            for (int round = 0; round < 5; round++) {
                List<Receivable> b = new ArrayList<>(book());
                List<Credit> c = new ArrayList<>(credits());
                Collections.shuffle(b, random);
                Collections.shuffle(c, random);
                assertThat(matcher.match(b, c)).isEqualTo(expected);
            }
        }

        @Test
        void matchingOneCreditAtATimeGivesTheSameAsABatch() {
            List<Credit> credits = new ArrayList<>(credits());
            List<Allocation> batch = matcher.match(book(), credits);
            credits.sort(java.util.Comparator.comparing(Credit::date).thenComparing(Credit::id));
            MatchingRun run = matcher.start(book());
            List<Allocation> oneByOne = new ArrayList<>();
            credits.forEach(c -> oneByOne.addAll(run.match(c)));
            assertThat(oneByOne).isEqualTo(batch);
        }

        @Test
        void everyAllocationHasAMethodAndAConfidenceBetweenZeroAndOne() {
            assertThat(matcher.match(book(), credits())).allSatisfy(a -> {
                assertThat(a.method()).isNotNull();
                assertThat(a.confidence()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            });
        }
    }
}
