package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

/**
 * Issue 12 item 5: an automatic allocation only where the evidence is unique. Each "never auto" case here was
 * applied automatically (to a possibly wrong invoice) before the rules below.
 */
class UniqueEvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final Matcher matcher = new Matcher();

    private static Receivable invoice(String number, String customer, String amount) {
        LocalDate due = DAY.minusDays(10);
        return new Receivable(number, customer, null, due.minusDays(30), due, Money.of(amount, "EUR"), false);
    }

    private static Credit credit(String id, LocalDate date, String amount, String payer, String reference) {
        return new Credit(id, date, Money.of(amount, "EUR"), payer, reference);
    }

    private static Credit credit(String id, String amount, String payer, String reference) {
        return credit(id, DAY, amount, payer, reference);
    }

    private List<Allocation> match(List<Receivable> book, Credit... credits) {
        return matcher.match(book, List.of(credits));
    }

    @Nested
    class CutNames {

        private final List<Receivable> book = List.of(
                invoice("F-7001", "Pharmacie Durand & Co SA", "640.00"),
                invoice("F-7002", "Pharmacie Durand & Co SA 146", "975.20"),
                invoice("F-7003", "Pharmacie Durand & Co SA 146", "640.00"));

        @Test
        void aCutPayerNameThatFitsSeveralCustomersIsNotRecognised() {
            List<Allocation> out = match(book, credit("P1", "640.00", "PHARMACIE DURAND", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("F-7001", "F-7003");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void evenWhenOnlyOneOfThoseCustomersOwesTheAmount() {
            List<Allocation> out = match(book, credit("P1", "975.20", "PHARMACIE DURAND", "virement"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-7002");
            assertThat(out).noneMatch(Allocation::auto);
            assertThat(out.get(0).note()).contains("several customers");
        }

        @Test
        void theWholeNameOfTheLongerCustomerIsStillRecognised() {
            List<Allocation> out = match(book, credit("P1", "975.20", "PHARMACIE DURAND ET CO SA 146", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-7002");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void aNameCutShortOfThirtyCharactersInsideAWordIsStillRecognisedWhenItFitsOneCustomer() {
            List<Receivable> cut = List.of(
                    invoice("F-7101", "Plomberie Marie Colin SARL", "2342.63"),
                    invoice("F-7102", "Plomberie Marie", "2342.63"));
            // Banks cut at 18 to 35 characters: "COLI" can only be the start of Colin.
            List<Allocation> out = match(cut, credit("P1", "2342.63", "PLOMBERIE MARIE COLI", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-7101");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void aNumberedEntityIsRecognisedByItsNumberAndNotConfusedWithALongerNumber() {
            List<Receivable> numbered = List.of(
                    invoice("F-7301", "Cabinet Cordier 37", "8185.14"),
                    invoice("F-7302", "Cabinet Cordier", "8185.14"));
            assertThat(match(numbered, credit("P1", "8185.14", "CABINET CORDIER 37", "")))
                    .singleElement().satisfies(a -> {
                        assertThat(a.invoiceNumber()).isEqualTo("F-7301");
                        assertThat(a.auto()).isTrue();
                    });
            // The same 18 characters may be "Cabinet Cordier 371" cut: with that customer too, both fit.
            List<Receivable> more = new java.util.ArrayList<>(numbered);
            more.add(invoice("F-7303", "Cabinet Cordier 371", "120.00"));
            assertThat(match(more, credit("P1", "8185.14", "CABINET CORDIER 37", ""))).noneMatch(Allocation::auto);
        }

        @Test
        void aShortNameCutAtAWordThatFitsSeveralCustomersStillRecognisesNobody() {
            List<Receivable> cut = List.of(
                    invoice("F-7201", "Boulangerie Roux Lyon", "150.00"),
                    invoice("F-7202", "Boulangerie Roux Paris", "150.00"),
                    invoice("F-7203", "Boulangerie Roux Paris", "90.00"));
            List<Allocation> out = match(cut, credit("P1", "90.00", "BOULANGERIE ROUX", ""));
            assertThat(out).noneMatch(Allocation::auto);
        }
    }

    @Nested
    class ReferenceOutranksAmountAndName {

        private final List<Receivable> book = List.of(
                invoice("F-2026-4649", "Optique Bernard", "800.00"),
                invoice("F-2026-5120", "Optique Bertrand Lyon", "800.00"),
                invoice("F-2026-5121", "Cabinet Moreau", "310.00"));

        @Test
        void digitsOnlyReferenceAgainstAmountAndNameOfAnotherCustomerIsASuggestion() {
            List<Allocation> out = match(book, credit("P1", "800.00", "OPTIQUE BERTRAND LYON", "facture 4649"));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("F-2026-4649");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void bareDigitsNamingOneOpenInvoiceAlsoCount() {
            List<Allocation> out = match(book, credit("P1", "800.00", "OPTIQUE BERTRAND LYON", "4649"));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("F-2026-4649");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void fullReferenceAgainstAmountAndASimilarNameIsASuggestion() {
            // The payer name is close to Optique Bertrand Lyon (one word short), whose invoice has the amount.
            List<Allocation> out = match(book, credit("P1", "800.00", "OPTIQUE BERTRAND", "F-2026-4649"));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("F-2026-4649", "F-2026-5120");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void digitsOnlyReferenceThatAgreesWithAmountAndPayerIsAuto() {
            List<Allocation> out = match(book, credit("P1", "800.00", "OPTIQUE BERNARD", "facture 4649"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-4649");
            assertThat(out).allMatch(Allocation::auto);
            assertThat(out.get(0).method()).isEqualTo(Method.REFERENCE);
        }

        @Test
        void digitsOnlyReferenceWithTheAmountAndNoKnownPayerIsAuto() {
            List<Allocation> out = match(book, credit("P1", "310.00", "J DOE", "REGLEMENT FACT 5121"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-5121");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void digitsThatEndSeveralOpenInvoiceNumbersAreNoReference() {
            List<Receivable> twoEndings = List.of(
                    invoice("F-2025-4649", "Optique Bernard", "800.00"),
                    invoice("F-2026-4649", "Cabinet Moreau", "120.00"));
            List<Allocation> out = match(twoEndings, credit("P1", "120.00", "J DOE", "facture 4649"));
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void aDateOrTheAmountInTheLabelIsNoReference() {
            List<Allocation> out = match(book, credit("P1", "310.00", "J DOE", "VIR 12/11/2026 800.00"));
            assertThat(out).noneMatch(Allocation::auto);
        }
    }

    @Nested
    class TypoInTheReference {

        private final List<Receivable> book = List.of(
                invoice("F-2026-0042", "Client SARL", "500.00"),
                invoice("F-2026-0043", "Garage Dubois", "500.00"),
                invoice("F-2026-0044", "Cabinet Moreau", "990.00"));

        @Test
        void aReferenceOneKeystrokeFromAnotherOpenInvoiceOfTheSameAmountIsNotAutoForAnUnknownPayer() {
            List<Allocation> out = match(book, credit("P1", "500.00", "G. DUBOIS", "FACT F-2026-0042"));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("F-2026-0042", "F-2026-0043");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void itIsAutoWhenThePayerFitsTheReferencedInvoicesCustomer() {
            List<Allocation> out = match(book, credit("P1", "500.00", "CLIENT SARL", "FACT F-2026-0042"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-0042");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void itIsAutoWhenThePayerNameFitsTheReferencedCustomerAndNotTheNeighbours() {
            List<Receivable> cut = List.of(
                    invoice("F-2026-0042", "Client SARL", "500.00"),
                    invoice("F-2026-0045", "Client SARL Lyon", "120.00"),
                    invoice("F-2026-0043", "Garage Dubois", "500.00"));
            // "CLIENT" fits two customers (a cut name), both unlike Garage Dubois, the neighbour's customer.
            List<Allocation> out = match(cut, credit("P1", "500.00", "CLIENT", "F-2026-0042"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-0042");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void aPartialPaymentReferencingAnInvoiceOfACustomerThePayerNameDoesNotFitIsASuggestion() {
            List<Receivable> other = List.of(
                    invoice("F-2026-0042", "Client SARL", "1000.00"),
                    invoice("F-2026-0047", "Garage Dubois Lyon", "600.00"));
            // "GARAGE DUBOIS" is close to Garage Dubois Lyon (not certain enough to be recognised), never to Client.
            List<Allocation> out = match(other, credit("P1", "400.00", "GARAGE DUBOIS", "F-2026-0042"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-0042");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void twoCustomerRecordsWhoseNamesDifferOnlyByLegalFormAreNotToldApartByThePayerName() {
            List<Receivable> forms = List.of(
                    invoice("2026-1431", "Bâtiment François Masson SA", "1500.00"),
                    invoice("2026-1432", "SARL Bâtiment François Masson", "1500.00"));
            // Masson SA meant 2026-1431 and typed 1432: the name fits both records, so a person decides.
            List<Allocation> out = match(forms, credit("P1", "1500.00", "BATIMENT FRANCOIS MASSON SA", "2026-1432"));
            assertThat(out).extracting(Allocation::invoiceNumber).contains("2026-1431", "2026-1432");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void aPartialPaymentOneKeystrokeFromAnInvoiceOfACustomerThePayerMayBeIsASuggestion() {
            List<Receivable> near = List.of(
                    invoice("2026-13593", "EURL Électricité Dumas", "1550.52"),
                    invoice("2026-13993", "Électricité Durand", "3600.00"));
            // "ELECTRICITE DU" (cut) fits both customers; 13993 settles nothing, 13593 is one digit away.
            List<Allocation> out = match(near, credit("P1", "1550.52", "EURL Électricité Du", "2026-13993"));
            assertThat(out).noneMatch(Allocation::auto);
            // The payer recognised as the referenced invoice's customer: a partial payment of it.
            assertThat(match(near, credit("P2", "1000.00", "ELECTRICITE DURAND", "2026-13993")))
                    .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }

        @Test
        void aNeighbourOnlyProposedForAnotherPaymentStillCounts() {
            List<Receivable> near = List.of(
                    invoice("2026-16673", "Clinique Vétérinaire Dupuis & Fils SA", "20.00"),
                    invoice("2026-16674", "SA Clinique Vétérinaire Dupuis", "20.00"),
                    invoice("2026-00001", "Garage Martin", "75.00"));
            List<Allocation> out = match(near,
                    // An earlier payment proposed for 16673 (its payer is another customer): 16673 is still owed.
                    credit("P1", DAY.minusDays(2), "20.00", "GARAGE MARTIN", "2026-16673"),
                    credit("P2", "20.00", "Clinique Vétérinair", "Invoice 2026-16674"));
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).noneMatch(Allocation::auto);
        }

        @Test
        void anotherAmountNearbyDoesNotMatter() {
            List<Allocation> out = match(book, credit("P1", "990.00", "X Y", "F-2026-0044"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-0044");
            assertThat(out).allMatch(Allocation::auto);
        }
    }

    @Nested
    class TwinAmounts {

        private final List<Receivable> book = List.of(
                invoice("F-3001", "Client SARL", "500.00"),
                invoice("F-3002", "Client SARL", "500.00"),
                invoice("F-3100", "Boulangerie Dupont", "80.00"));

        @Test
        void aTwinOnlyProposedForAnotherPaymentDoesNotMakeTheOtherTwinUnique() {
            List<Allocation> out = match(book,
                    // Another customer's payment naming F-3001: proposed, not settled.
                    credit("P1", DAY, "500.00", "BOULANGERIE DUPONT", "F-3001"),
                    credit("P2", DAY.plusDays(1), "500.00", "CLIENT SARL", ""));
            assertThat(out.get(0).auto()).isFalse();
            List<Allocation> second = out.stream().filter(a -> a.creditId().equals("P2")).toList();
            assertThat(second).extracting(Allocation::invoiceNumber).contains("F-3001", "F-3002");
            assertThat(second).noneMatch(Allocation::auto);
        }

        @Test
        void aTwinSettledByAnotherCreditLeavesTheOtherOneUnique() {
            List<Allocation> out = match(book,
                    credit("P1", DAY, "500.00", "CLIENT SARL", "F-3001"),
                    credit("P2", DAY.plusDays(1), "500.00", "CLIENT SARL", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-3001", "F-3002");
            assertThat(out).allMatch(Allocation::auto);
        }

        @Test
        void twinsWithoutReferenceStaySuggestions() {
            List<Allocation> out = match(book, credit("P1", "500.00", "CLIENT SARL", "virement novembre 2026"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-3001", "F-3002");
            assertThat(out).noneMatch(Allocation::auto);
        }
    }

    @Nested
    class ReferenceToAnInvoiceNotInTheLedger {

        // Twins: F-2026-000067 is known; F-2026-000054, same customer and amount, is not imported yet.
        private final List<Receivable> book = List.of(
                invoice("F-2026-000067", "Transports David et Fils", "9398.20"),
                invoice("F-2026-000070", "Cabinet Duval", "500.00"),
                invoice("F-2026-000071", "Cabinet Duval", "700.00"));

        @Test
        void anUnknownInvoiceNumberInTheLabelOnlyProposesTheAmountAndPayersInvoice() {
            for (String label : List.of("VIR SEPA F-2026-000054 MERCI", "Fact. 2026-000054", "RF" + CreditorReference.checkDigits("F2026000054") + "F2026000054",
                    "Rechnung Nr. 2026-000054", "Facture 4649")) {
                List<Allocation> out = match(book, credit("P1", "9398.20", "TRANSPORTS DAVID ET FILS", label));
                assertThat(out).as(label).extracting(Allocation::invoiceNumber).containsExactly("F-2026-000067");
                assertThat(out).as(label).noneMatch(Allocation::auto);
            }
        }

        @Test
        void withoutAnyNumberTheAmountAndRecognisedPayerStillApplyAlone() {
            List<Allocation> out = match(book, credit("P1", "9398.20", "TRANSPORTS DAVID ET FILS", "VIREMENT 28"));
            assertThat(out).singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }

        @Test
        void aCombinationIsNotAppliedAloneEither() {
            List<Allocation> out = match(book, credit("P1", "1200.00", "CABINET DUVAL", "F-2026-000099"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-2026-000070", "F-2026-000071");
            assertThat(out).noneMatch(Allocation::auto);
        }
    }

    @Nested
    class TwinsSettledByAnotherCredit {

        private final List<Receivable> book = List.of(
                invoice("G-2026-0001", "Garage Dubois SARL", "500.00"),
                invoice("G-2026-0002", "Garage Dubois SARL", "500.00"));

        @Test
        void theEarlierTwinPaymentIsAppliedOnceALaterOnePaysTheOtherTwinByReference() {
            List<Allocation> out = match(book, credit("P1", DAY.minusDays(3), "500.00", "GARAGE DUBOIS SARL", ""),
                    credit("P2", "500.00", "GARAGE DUBOIS SARL", "G-2026-0002"));
            assertThat(out).filteredOn(Allocation::auto).extracting(a -> a.creditId() + ">" + a.invoiceNumber())
                    .containsExactlyInAnyOrder("P1>G-2026-0001", "P2>G-2026-0002");
        }

        @Test
        void withoutAReferenceNeitherTwinPaymentIsApplied() {
            List<Allocation> out = match(book, credit("P1", DAY.minusDays(3), "500.00", "GARAGE DUBOIS SARL", ""),
                    credit("P2", "500.00", "GARAGE DUBOIS SARL", "virement"));
            assertThat(out).noneMatch(Allocation::auto);
        }
    }

    @Nested
    class CreditNotesNetted {

        private final List<Receivable> book = List.of(
                invoice("2026-023", "Cabinet Dumas Frères", "1600.00"),
                invoice("2026-002", "Garage Lefèvre", "450.00"),
                invoice("2026-1004", "Maçonnerie Dumont", "300.00"),
                invoice("2026-041", "Fleurs Roux", "90.00"),
                new Receivable("AV-2026-0002", "Cabinet Dumas Frères", null, DAY, DAY, Money.of("162.41", "EUR"), true));

        @Test
        void aCreditNoteNumberInTheLabelNamesNoInvoice() {
            // "AV-2026-0002" holds the digits of invoice 2026-002: it is the credit note netted, not that invoice.
            List<Allocation> out = match(book,
                    credit("P1", "1437.59", "CABINET DUMAS FRERES", "Invoice 2026 023 - avoir AV-2026-0002"));
            assertThat(out).singleElement().satisfies(a -> {
                assertThat(a.invoiceNumber()).isEqualTo("2026-023");
                assertThat(a.auto()).isTrue();
            });
        }

        @Test
        void anAmountNettingACreditNoteIsNeverAnInvoiceOrASumOfInvoicesByCoincidence() {
            List<Receivable> more = new java.util.ArrayList<>(book);
            more.add(invoice("2026-068", "Cabinet Dumas Frères", "1437.59"));
            List<Allocation> out = match(more, credit("P1", "1437.59", "CABINET DUMAS FRERES", " - avoir AV-2026-0002"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("2026-068");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void aNumberAfterTheWordAvoirIsACreditNoteEvenOneTheLedgerDoesNotKnow() {
            List<Allocation> out = match(book,
                    credit("P1", "210.00", "MACONNERIE DUMONT", "VIR SEPA REF 2026-1004 MOINS AVOIR AV-2026-0041"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("2026-1004");
            assertThat(out).allMatch(Allocation::auto);
        }
    }

    @Nested
    class NumbersThatAreNoInvoiceReference {

        private final List<Receivable> book = List.of(
                invoice("2026-4074", "Optique Poirier", "5000.00"),
                invoice("FAC-001952", "Pharmacie Marie Leroux", "240.00"));

        @Test
        void anOrderOrFileNumberShapedLikeAnInvoiceNumberIsNoReference() {
            for (String label : List.of("PO-2026-4074", "N/REF CDE 2026-4074", "BON DE COMMANDE 2026 4074",
                    "DOSSIER 2026-4074", "REF CLIENT 2026-4074")) {
                assertThat(match(book, credit("P1", "2000.00", "GROUPE POIRIER", label))).as(label)
                        .noneMatch(Allocation::auto);
            }
        }

        @Test
        void bareDigitsWithoutTheNumbersLeadingZerosOnlyCountForAnAmountThatSettlesTheInvoice() {
            assertThat(match(book, credit("P1", "150.00", "PHARMACIE MARIE LEROUX", "VIR 1952")))
                    .noneMatch(Allocation::auto);
            assertThat(match(book, credit("P1", "240.00", "PHARMACIE MARIE LEROUX", "VIR 1952")))
                    .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }

        @Test
        void digitsNoInvoiceWordAnnouncesNameAnInvoiceOnlyForItsRecognisedCustomer() {
            // A private person's transfer "VIR 1952" of an amount we also invoiced: a coincidence, not a reference.
            assertThat(match(book, credit("P1", "240.00", "M. MARIE PHARMACIE", "VIR 1952"))).noneMatch(Allocation::auto);
            assertThat(match(book, credit("P1", "5000.00", "M. ANNE POIRIER", "VIR 4074"))).noneMatch(Allocation::auto);
            // Announced by an invoice word, the digits name it for anyone.
            assertThat(match(book, credit("P1", "240.00", "M. MARIE PHARMACIE", "FACTURE 1952")))
                    .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }
    }

    @Nested
    class SumsOfInvoices {

        @Test
        void oneInvoiceOfTheAmountIsASuggestionWhenTheLabelSpeaksOfSeveralInvoices() {
            List<Receivable> book = List.of(
                    invoice("2026-19786", "Garage Jean Lemaître 33", "300.00"),
                    invoice("2026-19787", "Garage Jean Lemaître 33", "450.00"),
                    invoice("2026-22530", "Garage Jean Lemaître 33", "750.00"));
            for (String label : List.of("REGLEMENT FACTURES", "Paiement de vos factures", "invoices october")) {
                assertThat(match(book, credit("P1", "750.00", "GARAGE JEAN LEMAITRE 33", label))).as(label)
                        .noneMatch(Allocation::auto);
            }
            assertThat(match(book, credit("P1", "750.00", "GARAGE JEAN LEMAITRE 33", "REGLEMENT FACTURE")))
                    .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }

        @Test
        void oneInvoiceOfTheAmountIsASuggestionWhenTheLabelsDigitsNameOtherInvoicesOfTheCustomer() {
            List<Receivable> book = List.of(
                    invoice("FA202600707", "Gillet Électricité Lille", "400.00"),
                    invoice("FA202600809", "Gillet Électricité Lille", "500.00"),
                    invoice("FA202601468", "Gillet Électricité Lille", "900.00"));
            assertThat(match(book, credit("P1", "900.00", "GILLET ELECTRICITE LILLE", "707 / 809")))
                    .noneMatch(Allocation::auto);
            assertThat(match(book, credit("P1", "900.00", "GILLET ELECTRICITE LILLE", "VIREMENT 1468")))
                    .filteredOn(Allocation::matched).allMatch(Allocation::auto);
        }

        @Test
        void oneInvoiceOfTheAmountIsASuggestionWhenTheLabelSpeaksOfAPartPayment() {
            List<Receivable> book = List.of(
                    invoice("FA202608883", "Transports Paul Perrot SARL", "2500.00"),
                    invoice("FA202613149", "Transports Paul Perrot SARL", "750.00"));
            for (String label : List.of("VIREMENT TRANSPORTS PAUL PERROT ACOMPTE", "paiement partiel", "Anzahlung")) {
                assertThat(match(book, credit("P1", "750.00", "TRANSPORTS PAUL PERROT SARL", label))).as(label)
                        .noneMatch(Allocation::auto);
            }
        }

        @Test
        void aPersonsNameFitsACompanyOnlyAsAWhole() {
            List<Receivable> book = List.of(invoice("F-2026-2067", "Atelier Pierre Roux", "1200.00"));
            assertThat(match(book, credit("P1", "1200.00", "M. PIERRE ATELIER", "VIR 7395"))).noneMatch(Allocation::auto);
            assertThat(match(book, credit("P1", "1200.00", "ATELIER PIERRE ROU", ""))).allMatch(Allocation::auto);
        }

        @Test
        void aNumberInThePayersNameIsNoReferenceUnlessItIsAWholeInvoiceNumber() {
            List<Receivable> book = List.of(
                    invoice("FAC-000008", "Optique Bernard", "3000.00"),
                    invoice("FAC-001664", "Taxis Giraud", "90.00"));
            assertThat(match(book, credit("P1", "3000.00", "CABINET GIRAUD 8", ""))).noneMatch(Allocation::auto);
        }

        @Test
        void aSumOfTwoInvoicesIsASuggestionWhenALargerOpenInvoiceMayBePaidInPart() {
            List<Receivable> book = List.of(
                    invoice("F-8001", "Cabinet Bénard", "400.00"),
                    invoice("F-8002", "Cabinet Bénard", "260.00"),
                    invoice("F-8003", "Cabinet Bénard", "2000.00"));
            List<Allocation> out = match(book, credit("P1", "660.00", "SA CABINET BENARD", "VIREMENT CABINET BENARD"));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-8001", "F-8002");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void aSumAmongManyOpenInvoicesIsASuggestion() {
            List<Receivable> book = new java.util.ArrayList<>();
            for (int k = 0; k < 8; k++) {
                book.add(invoice("F-810" + k, "Librairie Guérin", (100 + 37 * k) + ".08"));
            }
            // 100.08 + 174.08 = 274.16, one of 28 pairs and 56 triples a payment could meet by chance.
            List<Allocation> out = match(book, credit("P1", "274.16", "LIBRAIRIE GUERIN", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-8100", "F-8102");
            assertThat(out).noneMatch(Allocation::auto);
        }

        @Test
        void aSumAmongFewOpenInvoicesAndNoLargerOneIsStillApplied() {
            List<Receivable> book = List.of(
                    invoice("F-8201", "Cabinet Bénard", "400.00"),
                    invoice("F-8202", "Cabinet Bénard", "260.00"),
                    invoice("F-8203", "Cabinet Bénard", "90.00"));
            List<Allocation> out = match(book, credit("P1", "660.00", "SA CABINET BENARD", ""));
            assertThat(out).extracting(Allocation::invoiceNumber).containsExactly("F-8201", "F-8202");
            assertThat(out).allMatch(Allocation::auto);
        }
    }

    @Nested
    class PayingForSomeoneElse {

        private final List<Receivable> book = List.of(
                invoice("2026-1707", "SELARL Cabinet Dentaire Moreau", "250.00"),
                invoice("2026-1708", "Cabinet Laurent", "990.00"),
                invoice("2026-1709", "Boulangerie Dupont", "480.00"));

        @Test
        void anAccountantPayingForACustomerIsNotTakenForTheAccountantsOwnCompany() {
            // Cabinet Laurent is a customer too, but here it pays for another: the reference decides.
            List<Allocation> out = match(book,
                    credit("P1", "250.00", "CABINET LAURENT POUR SELARL CABI", "N/REF 2026 1707"));
            assertThat(out).singleElement().satisfies(a -> {
                assertThat(a.invoiceNumber()).isEqualTo("2026-1707");
                assertThat(a.auto()).isTrue();
            });
        }

        @Test
        void theCustomerPaidForIsRecognisedFromTheNameAfterPour() {
            List<Allocation> out = match(book, credit("P1", "480.00", "CABINET LAURENT POUR BOULANGERIE DUPONT", ""));
            assertThat(out).singleElement().satisfies(a -> {
                assertThat(a.invoiceNumber()).isEqualTo("2026-1709");
                assertThat(a.auto()).isTrue();
            });
            // Nothing paid for Cabinet Laurent itself on its own amount.
            assertThat(match(book, credit("P2", "990.00", "CABINET LAURENT POUR BOULANGERIE DUPONT", "")))
                    .noneMatch(Allocation::auto);
        }
    }

    @Nested
    class SuggestionsAreOnlyGuesses {

        private final List<Receivable> book = List.of(
                invoice("F-9001", "Client SARL", "500.00"),
                invoice("F-9002", "Client SARL", "300.00"),
                invoice("F-9100", "Garage Martin", "75.00"));

        @Test
        void aReferenceWithTheAmountStillOwedForGoodIsAppliedThoughASuggestionTookTheInvoice() {
            List<Allocation> out = match(book,
                    // Another customer naming F-9001: only proposed, F-9001 is still owed.
                    credit("P1", DAY.minusDays(2), "500.00", "GARAGE MARTIN", "F-9001"),
                    credit("P2", "500.00", "CLIENT SARL", "FACTURE F-9001"));
            assertThat(out.get(0).auto()).isFalse();
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).singleElement().satisfies(a -> {
                assertThat(a.invoiceNumber()).isEqualTo("F-9001");
                assertThat(a.auto()).isTrue();
            });
        }

        @Test
        void severalReferencesToo() {
            List<Allocation> out = match(book,
                    credit("P1", DAY.minusDays(2), "300.00", "GARAGE MARTIN", "F-9002"),
                    credit("P2", "800.00", "CLIENT SARL", "FACT F-9001 ET F-9002"));
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).extracting(Allocation::invoiceNumber)
                    .containsExactly("F-9001", "F-9002");
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).allMatch(Allocation::auto);
        }
    }

    @Nested
    class ConflictingEvidence {

        private final List<Receivable> book = List.of(
                invoice("F-2026-016531", "Conseil Fontaine Pau SARL", "1200.00"),
                invoice("F-2026-016532", "Conseil Fontaine Pau SARL", "450.00"));

        @Test
        void aLabelNamingAnInvoiceSettledForGoodLeavesAmountAndPayerOnlyProposing() {
            List<Allocation> out = match(book,
                    credit("P1", DAY.minusDays(3), "1200.00", "CONSEIL FONTAINE PAU SARL", "F-2026-016531"),
                    credit("P2", "450.00", "CONSEIL FONTAINE PAU SARL", "F-2026-016531"));
            assertThat(out.get(0).auto()).isTrue();
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).extracting(Allocation::invoiceNumber)
                    .containsExactly("F-2026-016532");
            assertThat(out).filteredOn(a -> a.creditId().equals("P2")).noneMatch(Allocation::auto);
        }

        @Test
        void digitsOnlyAndAnAmountShortByFeesNeedTheRecognisedPayer() {
            assertThat(match(book, credit("P1", "1198.29", "SOCIETE XYZ HOLDING", "VIR 16531")))
                    .noneMatch(Allocation::auto);
            assertThat(match(book, credit("P1", "1198.29", "CONSEIL FONTAINE PAU SARL", "VIR 16531")))
                    .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        }
    }
}
