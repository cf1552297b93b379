package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations written as blocks or as an undated table: each is read on its own, its side by its own words. */
class OperationBlocksTest {

    private final BankReader reader = new BankReader(List.of());

    @Test
    void eachBlockOfADailyMailIsItsOwnOperationAndACardPurchaseAmongThemIsNoCredit() throws Exception {
        String body = "Account transactions 2026-11-16\n\n"
                + "Incoming payment\n  From:    HAGA KONSULT AB\n  OCR:     77120034\n  Amount:  SEK 9 000,00\n\n"
                + "Card purchase\n  AIRLINE AB\n  Amount:  SEK -1 200,00\n\n"
                + "Incoming payment\n  From:    Lena Berg\n  Message: Kurs november\n  Amount:  SEK 1 500,00\n\n"
                + "Balance: SEK 30 000,00\n";

        assertThat(reader.read("b.eml", Mails.text("Account transactions", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(tuple("9000.00 SEK", "HAGA KONSULT AB", "77120034"),
                        tuple("1500.00 SEK", "Lena Berg", "Kurs november"));
    }

    @Test
    void numberedTransfersUnderAnIncomingSubjectAreEachReadWithTheirSenderAndTitle() throws Exception {
        String body = "The following transfers were booked:\n\n"
                + "1) 16.11.2026   +2 000,00 PLN\n   Sender: ZAKLAD NOWAK SP. Z O.O.\n   Title:  FV/2026/11/04\n\n"
                + "2) 16.11.2026   +350,00 PLN\n   Sender: Anna Wisniewska\n   Title:  lekcje listopad\n\n"
                + "Balance after operations: 9 000,00 PLN\n";

        assertThat(reader.read("n.eml", Mails.text("Incoming transfers", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(tuple("2000.00 PLN", "ZAKLAD NOWAK SP. Z O.O.", "FV/2026/11/04", LocalDate.of(2026, 11, 16)),
                        tuple("350.00 PLN", "Anna Wisniewska", "lekcje listopad", LocalDate.of(2026, 11, 16)));
    }

    @Test
    void anAlignedTableOfTodaysCreditsWithoutADateColumnIsReadByItsTitles() throws Exception {
        String body = "The following credits were lodged to your account today:\n\n"
                + "Amount        From                      Reference\n"
                + "€1,200.00     FLYNN BAKERY LTD          F-2026-051\n"
                + "€640.00       RYAN & CO                 F-2026-049\n\n"
                + "Available balance: €9,000.00\n";

        assertThat(reader.read("t.eml", Mails.text("Business alert", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(tuple("1200.00 EUR", "FLYNN BAKERY LTD", "F-2026-051", LocalDate.of(2026, 11, 18)),
                        tuple("640.00 EUR", "RYAN & CO", "F-2026-049", LocalDate.of(2026, 11, 18)));
    }

    @Test
    void anAmountWithoutACurrencyTakesTheOneTheMailWritesElsewhere() throws Exception {
        String body = "Notification of account movement\n\nAmount:               +8 000,00\nCurrency:             CZK\n"
                + "Counter-account name: Dvorak s.r.o.\nVS:                   2026114\nType:                 Incoming payment\n";

        assertThat(reader.read("c.eml", Mails.text("Account movement", body)).credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("8000.00 CZK");
            assertThat(c.payerName()).isEqualTo("Dvorak s.r.o.");
            assertThat(c.reference()).isEqualTo("2026114");
        });
    }

    @Test
    void aTablesDetailsColumnNamesThePayerAndACellsFromAndMessageAreReadInside() throws Exception {
        String html = "<table><tr><th>Date</th><th>Details</th><th>Reference</th><th>Debit €</th><th>Credit €</th></tr>"
                + "<tr><td>16 Nov 2026</td><td>MURPHY &amp; SONS</td><td>MS-2231</td><td></td><td>900.00</td></tr></table>"
                + "<table><tr><th>Date</th><th>Text</th><th>Amount</th></tr>"
                + "<tr><td>16.11.2026</td><td>Incoming transfer<br>From: Holm ApS<br>Message: Faktura 77</td><td>DKK 4.000,00</td></tr>"
                + "<tr><td>16.11.2026</td><td>Betalingsservice TELCO</td><td>DKK -299,00</td></tr></table>";

        assertThat(reader.read("t.eml", Mails.html("New entries", html, "UTF-8", "8bit")).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .contains(tuple("900.00 EUR", "MURPHY & SONS", "MS-2231"))
                .doesNotContain(tuple("299.00 DKK", null, null));
        assertThat(reader.read("d.eml", Mails.html("New entries", html.substring(html.indexOf("</table>") + 8), "UTF-8", "8bit"))
                .credits()).extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(tuple("4000.00 DKK", "Holm ApS", "Faktura 77"));
    }

    @Test
    void aDollarNotificationsMonthFirstDateIsNotReadAsADayWeeksAfterTheMail() throws Exception {
        String body = "Harbor Dental paid invoice 1043.\n\nPayment amount:   $650.00\nPayment date:     11/12/2026\n";

        assertThat(reader.read("u.eml", Mails.text("Payment received: Invoice 1043", body.replace("\\n", "\n"))).credits())
                .singleElement().satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 12)));
    }

    @Test
    void aProcessorThatDepositedThePayoutIsItsPayerAndTheStatementReferenceIsItsReference() throws Exception {
        String body = "Shopify Payments has deposited €1.318,06 EUR into your bank account ending in 4417.\n\n"
                + "Deposited on: 12 November 2026\nReference on your bank statement:    88412.1611\n\nRefunds    -€95,00\n";

        assertThat(reader.read("p.eml", Mails.text("Your payout has been deposited", body.replace("\\n", "\n"))).credits())
                .singleElement().satisfies(c -> {
                    assertThat(c.amount().toString()).isEqualTo("1318.06 EUR");
                    assertThat(c.payerName()).isEqualTo("Shopify Payments");
                    assertThat(c.reference()).isEqualTo("88412.1611");
                    assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 12));
                });
    }
}
