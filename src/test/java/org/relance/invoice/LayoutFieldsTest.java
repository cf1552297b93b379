package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relance.invoice.eval.BlindLayouts;

/**
 * Plain PDFs whose meaning is in their layout — columns side by side, header rows, address blocks without a
 * label, letters — read through the real reader (Tika, then the layout text).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutFieldsTest {

    private final InvoiceReader reader = new InvoiceReader();

    @AfterAll
    void close() {
        reader.close();
    }

    private ExtractedInvoice read(BlindLayouts.Doc doc) throws IOException {
        ReadOutcome outcome = reader.read("layout.pdf", doc.render());
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).invoice();
    }

    /** Net 100.00 + VAT 20.00 = 120.00, right-aligned as totals are. */
    private static void totals(BlindLayouts.Doc doc, float y, String currency) {
        doc.text(330, y, "Total HT", 10);
        doc.right(545, y, "100,00 " + currency, 10);
        doc.text(330, y - 14, "TVA 20 %", 10);
        doc.right(545, y - 14, "20,00 " + currency, 10);
        doc.text(330, y - 28, "Total TTC", 10);
        doc.right(545, y - 28, "120,00 " + currency, 10);
    }

    @Test
    void aCustomerLabelInTheRightColumnNamesTheTextUnderItNotTheSellersAddress() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Menuiserie Roche SARL", 12);
        doc.text(320, 780, "Client", 9);
        doc.text(50, 766, "9 rue Pasteur", 9);
        doc.text(320, 766, "Crèche Les Petits Pas", 11);
        doc.text(50, 754, "38000 Grenoble", 9);
        doc.text(320, 754, "38100 Grenoble", 9);
        doc.text(50, 720, "Facture n° : MR-2026-31", 10);
        doc.text(50, 706, "Date de facture : 05/11/2026", 10);
        doc.text(50, 692, "Échéance : 05/12/2026", 10);
        totals(doc, 640, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.customerName()).isEqualTo("Crèche Les Petits Pas");
        assertThat(i.total()).isEqualByComparingTo("120.00");
        assertThat(i.warnings()).isEmpty();
        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void billToBesideShipToIsTheBilledCustomer() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Granite Peak Outfitters", 12);
        doc.text(50, 750, "Invoice # 5521", 10);
        doc.text(50, 736, "Invoice Date: 11/20/2026", 10);
        doc.text(50, 722, "Due Date: 12/20/2026", 10);
        doc.bold(50, 690, "Bill To", 9);
        doc.bold(300, 690, "Ship To", 9);
        doc.text(50, 677, "Aspen Ridge Lodge", 10);
        doc.text(300, 677, "Loading Dock B", 10);
        doc.text(50, 665, "Vail, CO 81657", 9);
        doc.text(300, 665, "Avon, CO 81620", 9);
        doc.text(330, 620, "Subtotal", 10);
        doc.right(545, 620, "$100.00", 10);
        doc.text(330, 606, "Sales Tax", 10);
        doc.right(545, 606, "$20.00", 10);
        doc.text(330, 592, "Total", 10);
        doc.right(545, 592, "$120.00", 10);

        ExtractedInvoice i = read(doc);

        assertThat(i.customerName()).isEqualTo("Aspen Ridge Lodge");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aHeaderRowWithHeadingsWeDoNotKeepStillGivesTheValueUnderEachLabel() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Bayside Signs Ltd", 12);
        String[] heads = {"Invoice No.", "Date", "Due", "Account", "Payment"};
        String[] values = {"BS-7781", "03/11/2026", "03/12/2026", "AC-19", "BACS"};
        float[] xs = {50, 150, 240, 330, 420};
        for (int k = 0; k < heads.length; k++) {
            doc.bold(xs[k], 740, heads[k], 9);
            doc.text(xs[k], 727, values[k], 9);
        }
        doc.text(50, 700, "Customer: Harbour View Dental", 10);
        totals(doc, 660, "£");

        ExtractedInvoice i = read(doc);

        assertThat(i.number()).isEqualTo("BS-7781");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(i.dueDate()).as("'Date' and 'Due' are two headings, not the label 'date due'")
                .isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void anAddressBlockWithoutALabelAfterTheSellersIsTheCustomerAndSaysSo() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Studio Lenoir", 13);
        doc.text(50, 766, "14 rue Vauban", 9);
        doc.text(50, 754, "21000 Dijon", 9);
        doc.text(340, 700, "Domaine des Combes", 11);
        doc.text(340, 686, "Route de Beaune", 9);
        doc.text(340, 673, "21200 Meursault", 9);
        doc.text(50, 620, "FACTURE N° SL-0042", 14);
        doc.text(50, 600, "Date de facture : 05/11/2026", 10);
        doc.text(50, 586, "Échéance : 05/12/2026", 10);
        totals(doc, 540, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.customerName()).isEqualTo("Domaine des Combes");
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("customerName: no label"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void theBaseOfATaxInBracketsIsNotTheTax() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Invoice number INV-88", 10);
        doc.text(50, 766, "Date of issue: 5 November 2026", 10);
        doc.text(50, 752, "Date due: 19 November 2026", 10);
        doc.text(50, 738, "Bill to: Kestrel Studio Ltd", 10);
        doc.text(330, 700, "Subtotal", 10);
        doc.right(545, 700, "€100.00", 10);
        doc.text(330, 686, "VAT (20% on €100.00)", 10);
        doc.right(545, 686, "€20.00", 10);
        doc.text(330, 672, "Total", 10);
        doc.right(545, 672, "€120.00", 10);

        ExtractedInvoice i = read(doc);

        assertThat(i.tax()).isEqualByComparingTo("20.00");
        assertThat(i.total()).isEqualByComparingTo("120.00");
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:"));
    }

    private BlindLayouts.Doc dollarInvoice(String issue, String due, String terms) {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Customer: Pine Street Deli", 10);
        doc.text(50, 766, "Invoice No: A-512", 10);
        doc.text(50, 752, "Invoice Date: " + issue, 10);
        doc.text(50, 738, terms, 10);
        doc.text(50, 724, "Payment Due: " + due, 10);
        doc.text(300, 690, "Subtotal $100.00", 10);
        doc.text(300, 676, "Sales tax $20.00", 10);
        doc.text(300, 662, "Amount due $120.00", 10);
        return doc;
    }

    @Test
    void dollarDatesThatReadBothWaysAreSettledByTheWrittenTerm() throws IOException {
        ExtractedInvoice i = read(dollarInvoice("05/09/2026", "06/08/2026", "Payment terms: 30 days"));

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(i.warnings()).noneMatch(w -> w.contains("may be swapped"));
    }

    @Test
    void dollarDatesThatReadBothWaysStayDoubtedWhenNoTermSettlesThem() throws IOException {
        ExtractedInvoice i = read(dollarInvoice("05/09/2026", "06/08/2026", "Thank you for your order"));

        assertThat(i.warnings()).anyMatch(w -> w.contains("may be swapped"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void theInvoiceACreditNoteCorrectsIsNotItsNumber() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "AVOIR N° AV-2026-014", 14);
        doc.text(50, 760, "Date : 12/11/2026", 10);
        doc.text(50, 746, "Sur facture n° F2026-0310 du 02/10/2026", 10);
        doc.text(50, 732, "Client : Atelier Moreau", 10);
        totals(doc, 690, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(i.number()).isEqualTo("AV-2026-014");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("number:"));
    }

    @Test
    void aLetterWhoseSentenceWrapsAfterTheNumberIsDatedByTheInvoiceNotTheLetter() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "CABINET ARNAUD", 13);
        doc.text(330, 700, "Boulangerie Martin", 10);
        doc.text(330, 687, "12 rue des Lilas", 10);
        doc.text(330, 674, "69003 Lyon", 10);
        doc.text(330, 640, "Lyon, le 9 novembre 2026", 10);
        doc.text(50, 600, "Veuillez trouver ci-joint notre facture n° 2026-118", 10);
        doc.text(50, 586, "du 3 novembre 2026 d'un montant de 2 340,00 € TTC,", 10);
        doc.text(50, 572, "à régler avant le 3 décembre 2026.", 10);

        ExtractedInvoice i = read(doc);

        assertThat(i.number()).isEqualTo("2026-118");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(i.total()).isEqualByComparingTo(new BigDecimal("2340.00"));
        assertThat(i.customerName()).isEqualTo("Boulangerie Martin");
        assertThat(i.confidence()).as("no net or tax to check the total against").isLessThan(0.9);
    }

    @Test
    void theSellersFooterAfterTheTotalsIsNeverTakenForTheCustomer() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(60, 780, "Acme Hosting AG - Uferweg 4 - D-63571 Gelnhausen", 7);
        doc.text(60, 760, "Kowloon Traders Ltd.", 10);
        doc.text(60, 747, "12 Nathan Road", 10);
        doc.text(60, 734, "Hong Kong", 10);
        doc.text(50, 700, "Rechnungsnr. 30064443", 10);
        doc.text(50, 686, "Rechnungsdatum 7. Mai 2026", 10);
        doc.text(50, 672, "Zahlungsziel 21.05.2026", 10);
        doc.text(330, 640, "Total EUR", 10);
        doc.right(545, 640, "34,73", 10);
        doc.text(50, 90, "Bankverbindung Sparkasse Hanau", 7);
        doc.text(50, 81, "Uferweg 4", 7);
        doc.text(50, 72, "D-63571 Gelnhausen", 7);

        ExtractedInvoice i = read(doc);

        // The block at the top ends in a street line ("12 Nathan Road"): it is the customer's, guessed and said so;
        // the footer's "Uferweg 4 / D-63571 Gelnhausen" never is.
        assertThat(i.customerName()).isEqualTo("Kowloon Traders Ltd.");
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("customerName: no label; taken from the address block"));
    }

    @Test
    void aDateColumnOfTheLinesTableDatesAnItemNotTheInvoice() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Invoice No: TS-204", 10);
        doc.text(50, 766, "Date: 05/11/2026", 10);
        doc.text(50, 752, "Due date: 05/12/2026", 10);
        doc.text(50, 738, "Bill to: Fernhill Architects Ltd", 10);
        String[] heads = {"Date", "Description", "Hours", "Amount"};
        String[] values = {"02/11/2026", "Site survey", "3", "£100.00"};
        float[] xs = {50, 140, 330, 450};
        for (int k = 0; k < heads.length; k++) {
            doc.bold(xs[k], 700, heads[k], 9);
            doc.text(xs[k], 687, values[k], 9);
        }
        doc.text(330, 640, "Subtotal £100.00", 10);
        doc.text(330, 626, "VAT £20.00", 10);
        doc.text(330, 612, "Total £120.00", 10);

        ExtractedInvoice i = read(doc);

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("issueDate:"));
    }

    @Test
    void theSwissQrBillsPayerIsTheCustomerAndABareDueColonIsTheDueDate() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 780, "Rechnung Nr. 4411", 12);
        doc.text(50, 760, "Datum: 03.11.2026", 10);
        doc.text(50, 746, "Due: 03.12.2026", 10);
        doc.text(330, 700, "Total exkl. MWST CHF 100.00", 10);
        doc.text(330, 686, "MWST 8.1 % CHF 8.10", 10);
        doc.text(330, 672, "Rechnungsbetrag CHF 108.10", 10);
        doc.text(50, 200, "Empfangsschein", 11);
        doc.text(50, 185, "Konto / Zahlbar an", 8);
        doc.text(50, 175, "CH44 3199 9123 0008 8901 2", 8);
        doc.text(50, 165, "Atelier Sommer GmbH", 8);
        doc.text(50, 140, "Zahlbar durch", 8);
        doc.text(50, 130, "Weinbau Keller AG", 8);
        doc.text(50, 120, "Dorfstrasse 2", 8);
        doc.text(50, 110, "8400 Winterthur", 8);

        ExtractedInvoice i = read(doc);

        assertThat(i.customerName()).isEqualTo("Weinbau Keller AG");
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(i.total()).isEqualByComparingTo("108.10");
        assertThat(i.currency()).isEqualTo("CHF");
    }

    @Test
    void aNumberUnderItsTitleIsFoundPastTheDatesBesideIt() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Atelier Brun", 12);
        doc.bold(50, 700, "Invoice", 16);
        doc.text(330, 700, "Invoice date", 8);
        doc.text(450, 700, "Due date", 8);
        doc.text(330, 686, "04/03/2026", 10);
        doc.text(450, 686, "03/04/2026", 10);
        doc.text(50, 672, "AB-2026-017", 11);
        doc.text(50, 640, "Bill to:", 8);
        doc.text(50, 628, "Quarry Lane Bakery", 10);
        totals(doc, 580, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.number()).isEqualTo("AB-2026-017");
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aBareNumeroCellInADetailsPanelNamesTheInvoiceNumber() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Serrurerie Vidal", 12);
        doc.bold(340, 790, "FACTURE", 14);
        doc.text(340, 772, "Numéro", 9);
        doc.right(545, 772, "SV0412", 9);
        doc.text(340, 759, "Date", 9);
        doc.right(545, 759, "12/05/2026", 9);
        doc.text(340, 746, "Échéance", 9);
        doc.right(545, 746, "11/06/2026", 9);
        doc.text(50, 700, "Client :", 8);
        doc.text(50, 688, "Syndic Horizon", 10);
        totals(doc, 600, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.number()).isEqualTo("SV0412");
    }

    @Test
    void aLineOfAnotherColumnUnderARightHandTitleIsNotTheNumber() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Harbor Tutors", 12);
        doc.rightBold(545, 790, "INVOICE", 20);
        doc.text(50, 776, "2300 Elm Avenue, Austin", 8);
        doc.right(545, 762, "# INV-000349", 10);
        doc.text(340, 720, "Invoice Date :", 9);
        doc.right(545, 720, "18 Oct 2026", 9);
        doc.text(50, 720, "Bill To", 8);
        doc.text(50, 708, "Brightwater Analytics Ltd", 10);
        totals(doc, 640, "$");

        ExtractedInvoice i = read(doc);

        assertThat(i.number()).isEqualTo("INV-000349");
    }

    @Test
    void aDollarSignIsTheDollarNamedInTheTotalsLabel() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Maple Works Inc.", 12);
        doc.text(50, 760, "Invoice No: 5512", 10);
        doc.text(50, 746, "Invoice Date: 12 March 2026", 10);
        doc.text(330, 700, "Subtotal", 10);
        doc.right(545, 700, "$100.00", 10);
        doc.text(330, 686, "HST 13%", 10);
        doc.right(545, 686, "$13.00", 10);
        doc.text(330, 672, "Amount Due (CAD)", 10);
        doc.right(545, 672, "$113.00", 10);

        ExtractedInvoice i = read(doc);

        assertThat(i.total()).isEqualByComparingTo("113.00");
        assertThat(i.currency()).isEqualTo("CAD");
    }

    @Test
    void aCurrencyLineGivesTheCurrencyOfAmountsWrittenWithoutOne() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Optique Marine SARL", 12);
        doc.text(50, 760, "Facture n° EXP-26-114", 10);
        doc.text(50, 746, "Date : 12/03/2026", 10);
        doc.text(50, 732, "Devise : USD", 10);
        totals(doc, 680, "");

        ExtractedInvoice i = read(doc);

        assertThat(i.currency()).isEqualTo("USD");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("currency:"));
    }

    @Test
    void aCurrencyInALabelThatDisagreesWithTheTotalsIsDoubted() throws IOException {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Optique Marine SARL", 12);
        doc.text(50, 760, "Facture n° EXP-26-115", 10);
        doc.text(50, 746, "Date : 12/03/2026", 10);
        doc.text(50, 732, "Devise : GBP", 10);
        totals(doc, 680, "€");

        ExtractedInvoice i = read(doc);

        assertThat(i.warnings()).anyMatch(w -> w.startsWith("currency:"));
    }

    private static BlindLayouts.Doc headed(String number) {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 790, "Cuisines Aubert", 12);
        doc.text(50, 760, "Facture n° " + number, 10);
        doc.text(50, 746, "Date de facture : 12/03/2026", 10);
        doc.text(50, 732, "Date d'échéance : 11/04/2026", 10);
        doc.text(330, 760, "Client :", 8);
        doc.text(330, 748, "Hôtel Bellevue", 10);
        return doc;
    }

    @Test
    void theNetAfterADiscountIsTheOneThatAddsUpAndTheTotalIsTrustedWithoutWarning() throws IOException {
        BlindLayouts.Doc doc = headed("F260042");
        String[][] rows = {{"Total HT", "1 000,00"}, {"Remise 10 %", "-100,00"}, {"Total HT net", "900,00"},
            {"TVA 20 %", "180,00"}, {"Total TTC", "1 080,00"}, {"Acompte", "-300,00"}, {"Net à payer", "780,00 €"}};
        for (int k = 0; k < rows.length; k++) {
            doc.text(330, 680 - 14 * k, rows[k][0], 10);
            doc.right(545, 680 - 14 * k, rows[k][1], 10);
        }

        ExtractedInvoice i = read(doc);

        assertThat(i.total()).isEqualByComparingTo("1080.00");
        assertThat(i.amountDue()).isEqualByComparingTo("780.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:") || w.startsWith("net:"));
        assertThat(i.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aVatBreakdownTableThenItsTotalChecksTheTotal() throws IOException {
        BlindLayouts.Doc doc = headed("F260043");
        doc.text(50, 680, "Base HT      Taux      Montant TVA", 8);
        doc.text(50, 668, "600,00      20 %      120,00", 8);
        doc.text(50, 656, "400,00      5,5 %      22,00", 8);
        String[][] rows = {{"Total HT", "1 000,00"}, {"Total TVA", "142,00"}, {"Total TTC", "1 142,00"}};
        for (int k = 0; k < rows.length; k++) {
            doc.text(330, 620 - 14 * k, rows[k][0], 10);
            doc.right(545, 620 - 14 * k, rows[k][1], 10);
        }

        ExtractedInvoice i = read(doc);

        assertThat(i.total()).isEqualByComparingTo("1142.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:") || w.startsWith("tax:"));
    }

    @Test
    void canadianAndDottedTaxLabelsAndMontantHorsTaxesCheckTheTotal() throws IOException {
        String[][][] variants = {
            {{"Subtotal", "100.00"}, {"HST 13%", "13.00"}, {"Total", "113.00"}},
            {{"TOTAL H.T.", "100,00"}, {"T.V.A. 10 %", "10,00"}, {"TOTAL T.T.C.", "110,00"}},
            {{"Montant hors taxes", "100,00 €"}, {"TVA 20% sur 100,00 €", "20,00 €"}, {"Total", "120,00 €"}}};
        for (String[][] rows : variants) {
            BlindLayouts.Doc doc = headed("F260044");
            for (int k = 0; k < rows.length; k++) {
                doc.text(330, 680 - 14 * k, rows[k][0], 10);
                doc.right(545, 680 - 14 * k, rows[k][1], 10);
            }

            ExtractedInvoice i = read(doc);

            assertThat(i.total()).as(rows[1][0]).isEqualByComparingTo(rows[2][1].replaceAll("[^\\d,.]", "")
                    .replace(',', '.'));
            assertThat(i.warnings()).as(rows[1][0]).noneMatch(w -> w.startsWith("total:"));
        }
    }
}
