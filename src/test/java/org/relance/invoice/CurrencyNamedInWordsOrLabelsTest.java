package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A currency no sign shows is read where the invoice names it: a Gulf code in the total's label, a line saying what the amounts are in. */
class CurrencyNamedInWordsOrLabelsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void aGulfCurrencyCodeInTheTotalsLabelIsTheCurrency() {
        ExtractedInvoice i = read("""
                TAX INVOICE                                     Invoice No.        TI-2026-27099
                                                                Invoice Date       13-Sep-2026
                                                   Total (Excl. VAT) AED                          1,000.00
                                                   VAT 0% (zero-rated export of services)             0.00
                                                   Total Amount Payable (AED)                     1,000.00
                """);

        assertThat(i.currency()).as(i.warnings().toString()).isEqualTo("AED");
    }

    @Test
    void aLineSayingWhatTheAmountsAreExpressedInGivesTheCurrency() {
        ExtractedInvoice i = read("""
                FACTURE N° FA26-0065                                    Tunis, le 28/08/2026
                                                                   Total HT                   1 000,00
                                                                   TVA 19 %                     190,00
                                                                   Total TTC                  1 190,00
                Montants exprimés en dinars tunisiens (TND).
                """);

        assertThat(i.currency()).as(i.warnings().toString()).isEqualTo("TND");
    }
}
