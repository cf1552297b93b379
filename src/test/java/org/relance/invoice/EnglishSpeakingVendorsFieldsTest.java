package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The headings, terms and amounts English-speaking vendors write (UK, IE, AU, NZ, IN, SG, ZA, US, HK) are read. */
class EnglishSpeakingVendorsFieldsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void aDueDatePrintedUnderItsHeadingBesideAnotherColumnIsRead() {
        ExtractedInvoice i = read("""
                Invoice
                Client                                  Invoice number          Project
                Boréale Communication SARL              INV-0306                Spring campaign
                                                        Invoice date            Purchase order
                                                        28 September 2026       PO 61843922

                                                        Payment due             Estimate
                                                        28 October 2026         EST-0121 of 3 Aug 2026
                                                        Total GBP               £1,200.00
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void anInvNoNumbersTheInvoiceAndATotalsEuroSignApartFromTheFigureIsItsCurrency() {
        ExtractedInvoice i = read("""
                INVOICE
                Kermarrec Industrie SAS                     Inv. No.           OKA26/0593
                                                            Date               13 Mar 2026
                                                            Total Net                          1,000.00
                                                            Total VAT                            230.00
                                                            INVOICE TOTAL €                    1,230.00
                """);

        assertThat(i.number()).isEqualTo("OKA26/0593");
        assertThat(i.currency()).as(i.warnings().toString()).isEqualTo("EUR");
        assertThat(i.total()).isEqualByComparingTo("1230.00");
    }

    @Test
    void aTotalIncludingGstAfterItsCurrencyCodeIsTheTotalAndTotalGstIsTheTax() {
        ExtractedInvoice au = read("""
                TAX INVOICE
                Invoice No.  INV-03264       Issue date  18/11/2026
                Studio hire – full day                  1      1,100.00     GST      1,100.00
                Usage licence                           1      4,000.00     FRE      4,000.00
                                                  Subtotal (ex GST)                  5,100.00
                                                  Total GST 10%                        110.00
                                                  TOTAL AUD (inc. GST)             $5,210.00
                """);
        ExtractedInvoice nz = read("""
                TAX INVOICE
                GST No. 910-761-775
                Invoice:         05874
                Date:            16 February 2026
                                                  Sub-total                          1,000.00
                                                  GST @ 15%                            150.00
                                                  TOTAL DUE NZD incl. GST           $1,150.00
                Payment due on the 20th of the month following invoice date.
                """);

        assertThat(au.total()).as(au.warnings().toString()).isEqualByComparingTo("5210.00");
        assertThat(au.tax()).isEqualByComparingTo("110.00");
        assertThat(au.currency()).isEqualTo("AUD");
        assertThat(nz.total()).as(nz.warnings().toString()).isEqualByComparingTo("1150.00");
        assertThat(nz.number()).isEqualTo("05874");
        assertThat(nz.dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void theReceiverBilledToIsTheCustomerNotTheConsignee() {
        ExtractedInvoice i = read("""
                Cubbon Digital Technologies Pvt. Ltd.
                No. 51, Whitefield Main Road, Bengaluru, Karnataka 560024
                Invoice No.         : CDT/26-27/1482
                Details of Receiver (Billed to)                                    Details of Consignee (Shipped to)
                Kermarrec Industrie SAS                                            Kermarrec Logistics SAS
                (India Branch Office)                                              (India Branch Office)
                Bengaluru 560103, Karnataka                                        Bengaluru 560103, Karnataka
                Total Invoice Value              ₹ 1,180.00
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Kermarrec Industrie SAS");
    }

    @Test
    void termsUnderATermsHeadingAndABalanceWithinDaysCountFromTheIssueDate() {
        ExtractedInvoice row = read("""
                Sold To                        Invoice No.   Date          Terms       Job No.
                Nova Santé Conseil SAS         SI-260591     31 Jul 2026   30 Days     J87716
                Total Amount Payable (SGD)              31,496.71
                """);
        ExtractedInvoice balance = read("""
                INVOICE NO.          : WF26-8648
                DATE                 : Aug 27, 2026
                BALANCE DUE (HKD)                HK$811,954.15
                Payment terms:
                30% deposit by T/T with order (received), balance by T/T within 30 days after invoice date.
                """);

        assertThat(row.dueDate()).as(row.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(balance.dueDate()).as(balance.warnings().toString()).isEqualTo(LocalDate.of(2026, 9, 26));
    }

    @Test
    void yearFirstSlashedDatesAndRandsWrittenWithAnRAreRead() {
        ExtractedInvoice i = read("""
                TAX INVOICE                                     Invoice #  INV07344
                                                                Date  2026/04/17
                Fixer / location manager (days)     11     R 6 615,99     15%     R 72 775,89
                                            Total Excl. VAT                       R 72 775,89
                                            VAT @ 15%                             R 10 916,38
                                            Total Incl. VAT                       R 83 692,27
                Payment terms: strictly 14 days from invoice date.
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(i.currency()).isEqualTo("ZAR");
        assertThat(i.total()).isEqualByComparingTo("83692.27");
    }

    @Test
    void aStatementsTotalCurrentChargesIsTheTotalNotItsParts() {
        ExtractedInvoice i = read("""
                Invoice No.   49443         Invoice Date   December 7, 2026
                              Total professional services                    $23,290.00
                              Total disbursements                               $799.99
                              Total current charges                          $24,089.99
                              Retainer applied                               -$5,000.00
                              BALANCE DUE                                    $19,089.99
                Payment is due upon receipt.
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("24089.99");
        assertThat(i.amountDue()).isEqualByComparingTo("19089.99");
    }

    @Test
    void aTableOfDatedItemsUnderADateHeadingDatesNoInvoice() {
        ExtractedInvoice i = read("""
                NOTE D'HONORAIRES
                N° 2026/336 du 21/09/2026
                Date              Diligence                                   Temps
                29/07/2026        Correspondances avec le confrère adverse    1,5 h
                04/08/2026        Audience de plaidoirie                      3,75 h
                Total de la note TTC                                       4 050,00 €
                """);

        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("issueDate: several"));
    }
}
