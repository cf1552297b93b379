package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Labels of Polish, Czech, Swedish, Norwegian and Finnish invoices: number, dates, what is to pay, the buyer. */
class NorthAndEastLabelsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void aPolishInvoiceGivesItsNumberDatesTotalAndBuyer() {
        ExtractedInvoice i = read("""
                Faktura VAT nr FV/118/11/2026
                Data wystawienia: 12.11.2026
                Data sprzedaży: 10.11.2026
                Sprzedawca: Studio Wisła Sp. z o.o.
                Nabywca: Drukarnia Nowak Sp. z o.o.
                Razem netto 1 000,00 EUR
                VAT 23 % 230,00 EUR
                Do zapłaty: 1 230,00 EUR
                Termin płatności: 26.11.2026
                """);
        assertThat(i.number()).isEqualTo("FV/118/11/2026");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(i.total()).isEqualByComparingTo("1230.00");
        assertThat(i.customerName()).isEqualTo("Drukarnia Nowak Sp. z o.o.");
    }

    @Test
    void aCzechAndASwedishInvoiceGiveWhatIsToPayAndWhenItFallsDue() {
        ExtractedInvoice cz = read("""
                Faktura – daňový doklad č. 2026000412
                Datum vystavení: 03.11.2026
                Datum splatnosti: 17.11.2026
                Základ 2 000,00 EUR   DPH 21 % 420,00 EUR
                Celkem k úhradě: 2 420,00 EUR
                """);
        assertThat(cz.number()).isEqualTo("2026000412");
        assertThat(cz.dueDate()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(cz.total()).isEqualByComparingTo("2420.00");

        ExtractedInvoice se = read("""
                Fakturanummer 10442
                Fakturadatum 2026-11-05
                Förfallodatum 2026-12-05
                Netto 800,00 EUR
                Moms 25 % 200,00 EUR
                Att betala 1 000,00 EUR
                """);
        assertThat(se.number()).isEqualTo("10442");
        assertThat(se.issueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(se.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(se.total()).isEqualByComparingTo("1000.00");
    }
    @Test
    void aFinnishPanelsDateAndItsUntaxedSumAndVatRatesGiveTheDateAndTheTotalChecked() {
        ExtractedInvoice i = read("""
                Lahtinen Kuljetus Ky                                               LASKU
                                                                                   Päivämäärä               24.8.2026
                                                                                   Laskun numero            6287
                                                                                    Veroton yhteensä                             1 000,00
                                                                                    Alv 25,5 %                                     127,50
                                                                                    Alv 14 %                                        70,00
                                                                                    Yhteensä EUR                               1 197,50
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(i.net()).as(i.warnings().toString()).isEqualByComparingTo("1000.00");
        assertThat(i.tax()).as(i.warnings().toString()).isEqualByComparingTo("197.50");
        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("1197.50");
    }

    @Test
    void theFinnishGiroSlipsPayerIsTheCustomer() {
        ExtractedInvoice i = read("""
                Laskun numero 6287
                Saajan tilinumero     FI21 1234 5600 0007 85   NDEAFIHH
                Saaja                 Lahtinen Kuljetus Ky
                Maksajan nimi ja osoite  Ravintola Kaisla Oy
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Ravintola Kaisla Oy");
    }
    @Test
    void aSwedishAddressBlockEndsAtItsTwoGroupPostcodeAndNamesTheCustomer() {
        ExtractedInvoice i = read("""
                Ekholm Bygg & Snickeri AB                                                             FAKTURA
                                                                              Fakturadatum             2026-11-23
                Maison Vermeil Nordic AB                                      Fakturanummer            13290
                Drottninggatan 53                                             Kundnummer               4692
                111 21 Stockholm                                              Er referens              Lars Nilsson

                Att betala                                                                         SEK 1 250,00
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Maison Vermeil Nordic AB");
    }
}
