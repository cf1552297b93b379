package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Plain PDF invoices rendered by code (one text line per string), in layouts the label heuristics
 * must read without knowing the file: totals including tax over totals before it, dates and due
 * dates in words, due dates from payment terms, number labels in four languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainPdfFieldsTest {

    private final InvoiceReader reader = new InvoiceReader();

    @AfterAll
    void close() {
        reader.close();
    }

    private ExtractedInvoice read(String... lines) throws IOException {
        ReadOutcome outcome = reader.read("plain.pdf", TestPdfs.withLines(lines));
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).invoice();
    }

    // --- totals

    @Test
    void aBelgianTotalTvacIsTheTotalNotTheHtvaAmount() throws IOException {
        ExtractedInvoice i = read(
                "Atelier Dupont SPRL",
                "Facture n° 2026/0412",
                "Date : 03/11/2026",
                "Total HTVA 1 000,00 €",
                "TVA 21 % 210,00 €",
                "Total TVAC 1 210,00 €");

        assertThat(i.total()).isEqualByComparingTo("1210.00");
        assertThat(i.net()).isEqualByComparingTo("1000.00");
        assertThat(i.tax()).isEqualByComparingTo("210.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:"));
    }

    @Test
    void aTotalTvacWrittenBeforeTheHtvaAmountIsStillTheTotal() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° BE-77",
                "Date : 03/11/2026",
                "Montant TVAC : 605,00 EUR",
                "dont Montant HTVA : 500,00 EUR",
                "dont TVA 21 % : 105,00 EUR");

        assertThat(i.total()).isEqualByComparingTo("605.00");
        assertThat(i.net()).isEqualByComparingTo("500.00");
    }

    @Test
    void aDutchTotaalIsTheTotalAndSubtotaalTheNet() throws IOException {
        ExtractedInvoice i = read(
                "Bakkerij Jansen B.V.",
                "Factuurnummer: NL-2026-031",
                "Factuurdatum: 05-11-2026",
                "Vervaldatum: 05-12-2026",
                "Klant: Café De Hoek",
                "Subtotaal € 800,00",
                "BTW 21% € 168,00",
                "Totaal € 968,00");

        assertThat(i.number()).isEqualTo("NL-2026-031");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(i.total()).isEqualByComparingTo("968.00");
        assertThat(i.net()).isEqualByComparingTo("800.00");
        assertThat(i.tax()).isEqualByComparingTo("168.00");
        assertThat(i.customerName()).isEqualTo("Café De Hoek");
        assertThat(i.warnings()).isEmpty();
    }

    @Test
    void anEnglishAmountPayableIsTheTotal() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: UK-5521",
                "Invoice Date: 7 November 2026",
                "Subtotal £500.00",
                "VAT at 20% £100.00",
                "Amount payable £600.00");

        assertThat(i.number()).isEqualTo("UK-5521");
        assertThat(i.total()).isEqualByComparingTo("600.00");
        assertThat(i.currency()).isEqualTo("GBP");
    }

    @Test
    void anAmountInclVatBeatsABareTotalOfTheLines() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: 8812",
                "Date: 7 November 2026",
                "Total 1,000.00 EUR",
                "VAT 20% 200.00 EUR",
                "Amount incl. VAT 1,200.00 EUR");

        assertThat(i.total()).isEqualByComparingTo("1200.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:"));
    }

    @Test
    void aTotalThatIsNotNetPlusTaxLowersConfidenceWithAWarning() throws IOException {
        ExtractedInvoice agreeing = read(
                "Facture n° BE-90",
                "Date : 03/11/2026",
                "Échéance : 03/12/2026",
                "Client : Boulangerie Martin",
                "Total HTVA 1 000,00 €",
                "TVA 21 % 210,00 €",
                "Total TVAC 1 210,00 €");
        ExtractedInvoice disagreeing = read(
                "Facture n° BE-91",
                "Date : 03/11/2026",
                "Échéance : 03/12/2026",
                "Client : Boulangerie Martin",
                "Total HTVA 1 000,00 €",
                "TVA 21 % 210,00 €",
                "Total TVAC 1 201,00 €");

        assertThat(disagreeing.total()).isEqualByComparingTo("1201.00");
        assertThat(disagreeing.warnings()).anyMatch(w -> w.startsWith("total: 1201.00 is not net 1000.00 + tax 210.00"));
        assertThat(disagreeing.confidence()).isLessThan(agreeing.confidence());
        assertThat(agreeing.warnings()).isEmpty();
    }

    // --- issue dates in words

    @Test
    void anIssueDateAfterLeAtTheStartOfALine() throws IOException {
        ExtractedInvoice i = read(
                "Menuiserie Roux SARL",
                "Le 7 novembre 2026",
                "Facture n° F-2026-88",
                "Date de livraison : 02/11/2026",
                "Total TTC : 480,00 €");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    void anIssueDateAfterFaitALeAtTheFootUnderADistractorDate() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° F-2026-89",
                "Prestation réalisée le 2 novembre 2026",
                "Total TTC : 480,00 €",
                "Fait à Lyon, le 1er novembre 2026");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void anEnglishIssueDateAfterDatedOrIssued() throws IOException {
        assertThat(read("Invoice No: 7781", "Dated 7 November 2026", "Amount due $90.00").issueDate())
                .isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(read("Invoice No: 7782", "Issued on November 7, 2026", "Amount due $90.00").issueDate())
                .isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    void aPlaceAndDateLineGivesTheIssueDateAsAWeakClue() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: 7783",
                "London, 7 November 2026",
                "Amount due £90.00");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("issueDate:"));
    }

    // --- due dates in words and from terms

    @Test
    void dueDatesWrittenInWords() throws IOException {
        assertThat(read("Facture n° F-1", "Date : 03/11/2026", "Échéance : 13 novembre 2026",
                "Total TTC : 10,00 €").dueDate()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(read("Facture n° F-2", "Date : 03/10/2026", "Total TTC : 10,00 €",
                "Montant à régler avant le 1er novembre 2026 par virement").dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(read("Invoice No: E-3", "Invoice date: 3 November 2026", "Payment due by 3 December 2026",
                "Amount due $10.00").dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aDueDateFromDaysAfterTheIssueDateSaysSo() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° F-2026-100",
                "Date de facture : 07/11/2026",
                "Conditions : payable à 30 jours",
                "Total TTC : 120,00 €");

        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("dueDate: computed") && w.contains("30"));
    }

    @Test
    void aDueDateFromDaysEndOfMonth() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° F-2026-101",
                "Date : 07/11/2026",
                "Règlement : 30 jours fin de mois",
                "Total TTC : 120,00 €");

        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("dueDate: computed"));
    }

    @Test
    void aDueDateOnReceiptIsTheIssueDate() throws IOException {
        assertThat(read("Facture n° F-2026-102", "Date : 07/11/2026", "Paiement à réception de facture",
                "Total TTC : 120,00 €").dueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        ExtractedInvoice en = read("Invoice No: 9001", "Invoice date: 7 November 2026", "Terms: Due on receipt",
                "Amount due $120.00");
        assertThat(en.dueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(en.warnings()).anyMatch(w -> w.startsWith("dueDate: computed"));
    }

    @Test
    void anEnglishNet30Term() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: 9002",
                "Invoice date: November 7, 2026",
                "Payment terms: Net 30",
                "Amount due $120.00");

        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("dueDate: computed"));
    }

    @Test
    void anEarlyPaymentDiscountIsNotATerm() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° F-2026-103",
                "Date : 07/11/2026",
                "Escompte de 2 % pour paiement sous 8 jours",
                "Total TTC : 120,00 €");

        assertThat(i.dueDate()).isNull();
    }

    @Test
    void aWrittenDueDateBeatsTheTerms() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° F-2026-104",
                "Date : 07/11/2026",
                "Payable à 30 jours",
                "Échéance : 15/12/2026",
                "Total TTC : 120,00 €");

        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("dueDate:"));
    }

    // --- number labels

    @Test
    void numberLabelsInFourLanguages() throws IOException {
        assertThat(read("Bill No: B-3321", "Date: 07/11/2026", "Grand Total $10.00").number()).isEqualTo("B-3321");
        assertThat(read("Bill Number 4410", "Date: 07/11/2026", "Grand Total $10.00").number()).isEqualTo("4410");
        assertThat(read("Factuur nr. 2026-17", "Datum: 07-11-2026", "Totaal € 10,00").number()).isEqualTo("2026-17");
        assertThat(read("Factuurnummer", "FN-8", "Totaal € 10,00").number()).isEqualTo("FN-8");
        assertThat(read("Rechnungsnummer RE-99", "Datum: 07.11.2026", "Gesamtbetrag 10,00 EUR").number())
                .isEqualTo("RE-99");
        assertThat(read("Invoice No. INV-5", "Date: 07/11/2026", "Total due $10.00").number()).isEqualTo("INV-5");
        assertThat(read("Facture n° FA-5", "Date : 07/11/2026", "Total TTC 10,00 €").number()).isEqualTo("FA-5");
    }

    @Test
    void aBalancePayableIsTheAmountDueNotTheTotal() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: 9100",
                "Invoice date: 7 November 2026",
                "Total £1,200.00",
                "Deposit paid £200.00",
                "Balance payable £1,000.00");

        assertThat(i.total()).isEqualByComparingTo("1200.00");
        assertThat(i.amountDue()).isEqualByComparingTo("1000.00");
    }

    @Test
    void anOrderDatedIsNotTheIssueDate() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: 9101",
                "Your order dated 2 November 2026",
                "Date: 7 November 2026",
                "Amount due $50.00");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    void aDutchNogTeBetalenIsTheAmountDue() throws IOException {
        ExtractedInvoice i = read(
                "Factuurnummer: NL-40",
                "Factuurdatum: 05-11-2026",
                "Totaal incl. BTW € 1.210,00",
                "Aanbetaling € 210,00",
                "Nog te betalen € 1.000,00");

        assertThat(i.total()).isEqualByComparingTo("1210.00");
        assertThat(i.amountDue()).isEqualByComparingTo("1000.00");
    }

    // --- Indian and German vendors

    @Test
    void anIndianInvoiceInRupeesWithLakhGrouping() throws IOException {
        ExtractedInvoice i = read(
                "Sharma Textiles Pvt Ltd",
                "Invoice No: ST/2026/118",
                "Invoice Date: 07/11/2026",
                "Due Date: 07/12/2026",
                "Bill To: Maison Leroy",
                "Taxable Value Rs. 1,00,000.00",
                "IGST 18% Rs. 18,000.00",
                "Grand Total Rs. 1,18,000.00");

        assertThat(i.currency()).isEqualTo("INR");
        assertThat(i.total()).isEqualByComparingTo("118000.00");
    }

    @Test
    void theRupeeSignIsInr() {
        // Helvetica cannot draw ₹, so this one is read from text as Tika would give it.
        ExtractedInvoice i = InvoiceTextFields.read("in.pdf", """
                Invoice No: GST-551
                Invoice Date: 7 November 2026
                Amount payable ₹ 4,500.00
                """);

        assertThat(i.currency()).isEqualTo("INR");
        assertThat(i.total()).isEqualByComparingTo("4500.00");
    }

    @Test
    void hoursAreNotRupees() {
        ExtractedInvoice i = InvoiceTextFields.read("h.pdf", """
                Invoice No: 77
                Hours 12.00
                Amount due 600.00 EUR
                """);

        assertThat(i.currency()).isEqualTo("EUR");
    }

    @Test
    void germanLabelsForNumberDatesAndTotal() throws IOException {
        ExtractedInvoice i = read(
                "Schreinerei Vogel GmbH",
                "Rechnungsnummer: 2026-0315",
                "Rechnungsdatum: 7. November 2026",
                "Lieferdatum: 02.11.2026",
                "Kunde: Café Müller",
                "Nettobetrag 500,00 EUR",
                "MwSt. 19 % 95,00 EUR",
                "Gesamtbetrag 595,00 EUR",
                "Zahlbar bis 21.11.2026");

        assertThat(i.number()).isEqualTo("2026-0315");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(i.total()).isEqualByComparingTo("595.00");
        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(i.warnings()).isEmpty();
    }

    // --- honest confidence: >= 0.9 with no warning only when every field has a strong clue

    @Test
    void aCleanLabelledInvoiceWhoseTotalChecksOutNeedsNoConfirmation() throws IOException {
        ExtractedInvoice i = read(
                "Plomberie Girard SARL",
                "Facture n° FA-2026-301",
                "Date de facture : 04/11/2026",
                "Date d'échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total HT 1 500,00 €",
                "TVA 20 % 300,00 €",
                "Total TTC 1 800,00 €");

        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(i.warnings()).isEmpty();
    }

    @Test
    void aTotalWithNothingToCheckItAgainstIsDoubted() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° FA-2026-302",
                "Date de facture : 04/11/2026",
                "Échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total TTC 1 800,00 €");

        assertThat(i.total()).isEqualByComparingTo("1800.00");
        assertThat(i.confidence()).isLessThan(0.9);
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("total: not checked"));
    }

    @Test
    void aVatExemptTotalEqualToTheNetChecksOut() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° 2026-014",
                "Date : 04/11/2026",
                "Échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total HT 450,00 €",
                "TVA non applicable, art. 293 B du CGI",
                "Net à payer 450,00 €");

        assertThat(i.total()).isEqualByComparingTo("450.00");
        assertThat(i.tax()).isEqualByComparingTo("0");
        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(i.warnings()).isEmpty();
    }

    @Test
    void aNumberFoundWithoutANumberLabelSaysSo() throws IOException {
        ExtractedInvoice i = read(
                "FACTURE 2026-0777",
                "Date de facture : 04/11/2026",
                "Échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total HT 100,00 €",
                "TVA 20 % 20,00 €",
                "Total TTC 120,00 €");

        assertThat(i.number()).isEqualTo("2026-0777");
        assertThat(i.confidence()).isLessThan(0.9);
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("number:"));
    }

    @Test
    void aComputedDueDateIsNeverConfident() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° FA-2026-303",
                "Date de facture : 04/11/2026",
                "Client : Hôtel du Parc",
                "Conditions de paiement : 30 jours",
                "Total HT 100,00 €",
                "TVA 20 % 20,00 €",
                "Total TTC 120,00 €");

        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void aMissingIssueDateIsAWarning() throws IOException {
        ExtractedInvoice i = read(
                "Facture de solde n° FA-2026-304",
                "Client : Hôtel du Parc",
                "Échéance : 04/12/2026",
                "Total HT 100,00 €",
                "TVA 20 % 20,00 €",
                "Total TTC 120,00 €",
                "Acompte versé 60,00 €");

        assertThat(i.issueDate()).isNull();
        assertThat(i.warnings()).contains("issueDate: not found");
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void anIssueDateReadOnlyAfterLeIsAWeakClue() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° FA-2026-305",
                "Fait à Lyon, le 4 novembre 2026",
                "Échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total HT 100,00 €",
                "TVA 20 % 20,00 €",
                "Total TTC 120,00 €");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("issueDate:"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void twoVatRatesAddUpToTheTaxThatChecksTheTotal() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° FA-2026-306",
                "Date de facture : 04/11/2026",
                "Échéance : 04/12/2026",
                "Client : Hôtel du Parc",
                "Total HT 300,00 €",
                "TVA 20 % 40,00 €",
                "TVA 10 % 10,00 €",
                "Total TTC 350,00 €");

        assertThat(i.tax()).isEqualByComparingTo("50.00");
        assertThat(i.total()).isEqualByComparingTo("350.00");
        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(i.warnings()).isEmpty();
    }

    @Test
    void aLabelRowOverAValueRowGivesEachLabelItsValue() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No. Invoice Date: Due Date:",
                "INV/2026-27/018 7 November 2026 07/12/2026",
                "Bill To: Maison Leroy",
                "Taxable Value Rs. 1,000.00",
                "IGST 18% Rs. 180.00",
                "Grand Total Rs. 1,180.00");

        assertThat(i.number()).isEqualTo("INV/2026-27/018");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(i.warnings()).isEmpty();
    }

    @Test
    void aBareNumberSignUnderTheTitleIsTheInvoiceNumberButAloneItIsDoubted() throws IOException {
        String[] rest = {"Date : 04/11/2026", "Échéance : 04/12/2026", "Client : Hôtel du Parc",
            "Total HT 100,00 €", "TVA 20 % 20,00 €", "Total TTC 120,00 €"};
        ExtractedInvoice titled = read(concat(new String[] {"69002 Lyon FACTURE", "N° FA-2026-0142"}, rest));
        ExtractedInvoice alone = read(concat(new String[] {"69002 Lyon", "N° FA-2026-0142"}, rest));

        assertThat(titled.number()).isEqualTo("FA-2026-0142");
        assertThat(titled.warnings()).isEmpty();
        assertThat(alone.number()).isEqualTo("FA-2026-0142");
        assertThat(alone.warnings()).anyMatch(w -> w.startsWith("number:"));
        assertThat(alone.confidence()).isLessThan(0.9);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // --- US month-first dates

    @Test
    void aDollarInvoiceWithAMonthFirstDateIsReadMonthFirst() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: US-77",
                "Invoice date: 11/07/2026",
                "Due date: 12/07/2026",
                "Order date: 10/28/2026",
                "Bill to: Contoso Inc.",
                "Subtotal $100.00",
                "Sales tax $8.00",
                "Total due $108.00");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDollarInvoiceWhoseDatesCouldBeEitherWayIsDoubted() throws IOException {
        ExtractedInvoice i = read(
                "Invoice No: US-78",
                "Invoice date: 11/07/2026",
                "Due date: 12/07/2026",
                "Bill to: Contoso Inc.",
                "Subtotal $100.00",
                "Sales tax $8.00",
                "Total due $108.00");

        assertThat(i.warnings()).anyMatch(w -> w.contains("day and month may be swapped"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void aEuroInvoiceKeepsDayFirstDates() throws IOException {
        ExtractedInvoice i = read(
                "Facture n° FA-9", "Date : 11/07/2026", "Échéance : 12/08/2026", "Client : Hôtel du Parc",
                "Total HT 100,00 €", "TVA 20 % 20,00 €", "Total TTC 120,00 €");

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(i.warnings()).isEmpty();
    }
}
