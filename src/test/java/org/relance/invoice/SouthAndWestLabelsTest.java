package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Invoices from Italy, Spain, the Low Countries, Ireland and Canada, and a subscription's credit balance: bare date
 * labels, terms in their words, which dollar, and what beside a customer label is no name.
 */
class SouthAndWestLabelsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void anItalianInvoicesBareDataAndAtSightTermsGiveItsDatesAndCommittenteItsCustomer() {
        ExtractedInvoice i = read("""
                Arch. Paola Rinaldi
                Committente
                Studio Verde S.r.l.
                Via Roma 4
                Fattura n. 12/2026
                Data: 05/03/2026
                Imponibile € 1.000,00
                IVA 22 % € 220,00
                Totale € 1.220,00
                Scadenza: a vista
                """);
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(i.customerName()).isEqualTo("Studio Verde S.r.l.");
    }

    @Test
    void aSpanishFechaAndAFlemishPayableWithinDaysGiveTheDueDate() {
        ExtractedInvoice es = read("""
                FACTURA Nº 2026-31
                FECHA: 10/11/2026
                BASE IMPONIBLE 500,00 €
                IVA 21 % 105,00 €
                TOTAL 605,00 €
                """);
        assertThat(es.issueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        ExtractedInvoice nl = read("""
                FACTUUR
                Factuurnummer 26/0400   Factuurdatum 02/11/2026
                Totaal excl. BTW € 100,00
                BTW 21 % € 21,00
                Totaal incl. BTW € 121,00
                Betaalbaar binnen 30 dagen na factuurdatum.
                """);
        assertThat(nl.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void paymentByTheEndOfTheFollowingMonthFallsOnThatMonthsLastDay() {
        ExtractedInvoice i = read("""
                INVOICE
                Invoice No: 2400
                Date: 31/01/2026
                Net €100.00   VAT 23% €23.00
                Invoice Total €123.00
                Terms: payment due by the end of the month following the date of invoice.
                """);
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void dollarsOnAnInvoiceChargingTpsAndTvqAreCanadian() {
        ExtractedInvoice i = read("""
                Facture 2026-88
                Date : 02/11/2026
                Sous-total 1 000,00 $
                TPS 5 % 50,00 $
                TVQ 9,975 % 99,75 $
                Total 1 149,75 $
                """);
        assertThat(i.currency()).isEqualTo("CAD");
    }

    @Test
    void aVatNumberBesideTheCustomerLabelIsNoName() {
        ExtractedInvoice i = read("""
                RECHNUNG
                Kunde: ATU68646550
                Atelier Nord SAS
                12 rue du Port
                75002 Paris
                Rechnungsnummer: R-2026-7
                Rechnungsdatum: 03.11.2026
                Gesamtbetrag: 1.200,00 EUR
                """);
        assertThat(i.customerName()).isNotEqualTo("ATU68646550");
    }

    @Test
    void aCreditBalanceAppliedIsDeductedAndNeverTheAmountDue() {
        ExtractedInvoice i = read("""
                Facture STOC-0006
                Date d'émission 17/04/2026
                Total hors taxes 309,83 €
                TVA 20 % 61,97 €
                Total 371,80 €
                Solde créditeur appliqué -190,07 €
                Montant dû 181,73 €
                """);
        assertThat(i.total()).isEqualByComparingTo("371.80");
        assertThat(i.amountDue()).isEqualByComparingTo("181.73");
    }

    @Test
    void anItalianProfessionalsNetToPayAfterTheWithholdingIsWhatTheCustomerOwes() {
        ExtractedInvoice i = read("""
                Fattura n. 74/2026
                Data: 03/05/2026
                Imponibile IVA € 1.000,00
                IVA 22 % € 220,00
                Totale documento € 1.220,00
                Ritenuta d'acconto 20 % su € 1.000,00 - € 200,00
                Netto a pagare € 1.020,00
                """);
        assertThat(i.total()).isEqualByComparingTo("1020.00");
        assertThat(i.tax()).isEqualByComparingTo("220.00");
    }

    @Test
    void aSpanishFreelancersClientBoxNamesTheCustomerAndIrpfExplainsTheTotal() {
        ExtractedInvoice i = read("""
                FACTURA Nº 2026-40
                FECHA: 26/11/2026
                DATOS DEL EMISOR
                Lucía Ortega Ruiz
                DATOS DEL CLIENTE
                Boréale Ibérica S.L.
                BASE IMPONIBLE 1.000,00 €
                IVA 21 % 210,00 €
                IRPF -15 % -150,00 €
                TOTAL A PAGAR 1.060,00 €
                """);
        assertThat(i.customerName()).isEqualTo("Boréale Ibérica S.L.");
        assertThat(i.total()).isEqualByComparingTo("1060.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total:"));
    }

    @Test
    void aRowOfTotalsHeadingsOverTheirFiguresGivesEachItsOwnColumnsAmount() {
        ExtractedInvoice i = read("""
             FACTURE N° FC-0929
             Date : 23/01/2026
             Désignation                     Qté      PU HT     Total HT
             Ruban adhésif                     2       4,13         8,26
             TOTAL HT                 ESCOMPTE 3%              NET FINANCIER HT         TOTAL TVA               NET À PAYER EUR
                           4 002,01                  -120,06                3 881,95                   664,63                4 546,58
            """);
        assertThat(i.total()).isEqualByComparingTo("4546.58");
        assertThat(i.tax()).isEqualByComparingTo("664.63");
    }

    @Test
    void aCreditNoteKeepsItsOwnNumberAndDateNotThoseOfTheInvoiceItCancels() {
        ExtractedInvoice i = read("""
             FACTURE D'AVOIR                                     N° A26-0079
                                                                 du 07/09/2026
             Facture d'origine           : FA-2026-0520 du 12/08/2026
             Échéance initiale           : 11/09/2026
             Le présent avoir annule intégralement la facture n° FA-2026-0520 d'un montant de 895,94 € TTC.
             Total HT 746,62 €
             TVA 20 % 149,32 €
             Total TTC de l'avoir 895,94 €
            """);
        assertThat(i.number()).isEqualTo("A26-0079");
        assertThat(i.dueDate()).isNull();
    }

    @Test
    void anEarlierInvoiceSaidToBePaidIsNotThisOnesNumber() {
        ExtractedInvoice i = read("""
             Relevé mensuel
             N°             : FM2606-099
             Date           : 04/07/2026
             Facture FM2605-068 (10 986,38 €) réglée le 24/06/2026, merci.
             Total TTC 11 097,35 €
            """);
        assertThat(i.number()).isEqualTo("FM2606-099");
    }

    @Test
    void aGridOfHeadingsBesideTheSellersAddressGivesTheDateInItsColumn() {
        ExtractedInvoice i = read("""
             HYGIÈNE SERVICES                                                                FACTURE
             63100 Clermont-Ferrand                                                        Numéro         Date       Code client     Page
             Tél. : 04 87 22 70 14   Fax : 04 53 60 91 07                                 FA002242     11/10/2026    411AGENC         1/1
             Total TTC 1 200,00 €
            """);
        assertThat(i.number()).isEqualTo("FA002242");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 10, 11));
    }

    @Test
    void theCustomersEmailIsTheOneInItsOwnColumnNotTheSellersBesideIt() {
        ExtractedInvoice i = read("""
             Facture STOC-0006
             Date d'émission 17/04/2026
             Stockly Cloud SAS                              Facturer à
             58 rue de la Victoire                          Association Les Petits Loups
             75009 Paris                                    53000 Laval
             facturation@stockly.test                       compta@petits-loups.test
             Total 371,80 €
            """);
        assertThat(i.customerName()).isEqualTo("Association Les Petits Loups");
        assertThat(i.customerEmail()).isEqualTo("compta@petits-loups.test");
    }

    @Test
    void theAmountDueAfterAPaymentWrittenOnTheInvoiceIsWhatIsLeftAndAnUnexplainedOneIsDoubted() {
        ExtractedInvoice paid = read("""
             INVOICE
             Invoice Number: 170
             Invoice Date: August 19, 2026
             Subtotal: $1,000.00
             HST 13%: $130.00
             Total: $1,130.00
             Payment on August 21, 2026 using e-Transfer: $500.00
             Amount Due (CAD): $630.00
            """);
        assertThat(paid.total()).isEqualByComparingTo("1130.00");
        assertThat(paid.amountDue()).isEqualByComparingTo("630.00");
        ExtractedInvoice unexplained = read("""
             INVOICE
             Invoice Number: 171
             Invoice Date: August 19, 2026
             Subtotal: $1,000.00
             HST 13%: $130.00
             Total: $1,130.00
             Amount Due (CAD): $630.00
            """);
        assertThat(unexplained.warnings()).anyMatch(w -> w.startsWith("amountDue: the document also states 630.00"));
    }

    @Test
    void aHallsTenantIsItsCustomerAndDaysBeforeTheEventAreNoTermsFromTheInvoice() {
        ExtractedInvoice i = read("""
             Domaine de la Grange
             Locataire                                                         FACTURE
             Association Danse & Rythmes                                  Numéro : LOC-2026-110
             115 route de Lyon                                            Établie le : 11 juillet 2026
             Total HT 1 000.00 EUR
             TVA 20 % 200.00 EUR
             Total TTC 1 200.00 EUR
             Le solde est payable 15 jours avant la date de l'événement.
            """);
        assertThat(i.customerName()).isEqualTo("Association Danse & Rythmes");
        assertThat(i.number()).isEqualTo("LOC-2026-110");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(i.dueDate()).isNull();
    }
}
