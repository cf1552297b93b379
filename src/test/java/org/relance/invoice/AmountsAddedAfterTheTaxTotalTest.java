package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is added after net + tax (disbursements, a tourist tax) or taken off it (deposits) is read, never guessed. */
class AmountsAddedAfterTheTaxTotalTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void disbursementsAddedUnderTheGrossMakeTheTotalToPay() {
        ExtractedInvoice i = read("""
                Facture n° F-2026-0001                         Date   02.03.2026
                Échéance 02.04.2026
                                                 Total honoraires HTVA               1.000,00
                                                               TVA 17 %                170,00
                                                   Total honoraires TTC              1.170,00
                 Débours (hors champ d'application de la TVA)
                   Frais de greffe                                                      25,00
                   Frais de port                                                         4,50
                                                      Total à payer EUR              1.199,50
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("1199.50");
        assertThat(i.net()).isEqualByComparingTo("1000.00");
        assertThat(i.tax()).isEqualByComparingTo("170.00");
    }

    @Test
    void aLargerTotalFurtherDownThatTheLinesBetweenDoNotExplainLeavesTheTotalDoubted() {
        ExtractedInvoice i = read("""
                Facture n° F-2026-0002                         Date   02.03.2026
                Échéance 02.04.2026
                                                 Total honoraires HTVA               1.000,00
                                                               TVA 17 %                170,00
                                                   Total honoraires TTC              1.170,00
                   Frais divers                                                         25,00
                                                      Total à payer EUR              1.230,00
                """);

        assertThat(i.total()).isEqualByComparingTo("1170.00");
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("total: 1230.00 written further down"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void everyDepositWrittenComesOffAndTheBalanceToPayIsWhatIsDue() {
        String head = """
                FACTUUR nr. 2026-0001
                Factuurdatum        10-05-2026
                                          Totaal excl. BTW                  € 1.000,00
                                          BTW 21 %                            € 210,00
                                          Totaal incl. BTW                  € 1.210,00
                                          Voorschot VS-2026-1 (betaald 15-03-2026)   - € 300,00
                                          Reeds betaald (overschrijving 04-05-2026)  - € 200,00
                """;
        ExtractedInvoice withBalance = read(head + "                                          Saldo te betalen   € 710,00\n");
        ExtractedInvoice withoutBalance = read(head);

        assertThat(withBalance.total()).as(withBalance.warnings().toString()).isEqualByComparingTo("1210.00");
        assertThat(withBalance.amountDue()).as(withBalance.warnings().toString()).isEqualByComparingTo("710.00");
        assertThat(withoutBalance.total()).isEqualByComparingTo("1210.00");
        assertThat(withoutBalance.amountDue()).as(withoutBalance.warnings().toString()).isEqualByComparingTo("710.00");
    }

    @Test
    void aTouristTaxOutsideTheVatAddedUnderTheGrossMakesTheTotal() {
        ExtractedInvoice i = read("""
                Rechnung Nr. 2026-0412          Rechnungsdatum 25.02.2026
                Zahlbar bis 10.03.2026
                                              Summe netto                    728,59 €
                                              USt                             78,90 €
                                              Summe brutto                   807,49 €
                Nächtigungsabgabe (nicht steuerbar)                           18,00 €
                                              Gesamtbetrag                   825,49 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("825.49");
    }
}
