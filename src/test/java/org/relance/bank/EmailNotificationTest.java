package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.config.Bank;

class EmailNotificationTest {

    private final BankReader reader = new BankReader(List.of());

    @Test
    void htmlOnlyAlertInLatin1QuotedPrintableIsReadWithAccentsAndEntities() throws Exception {
        String html = "<html><head><style>p{color:red}</style></head><body>"
                + "<p>Bonjour,</p><p>Vous avez re&ccedil;u un virement de <b>SARL DUPRÉ &amp; FILS</b> "
                + "d'un montant de <b>1&nbsp;234,56&nbsp;&euro;</b>.</p>"
                + "<table><tr><td>Motif</td><td>Facture F-2026-0101</td></tr>"
                + "<tr><td>Date de réception</td><td>20/11/2026</td></tr></table>"
                + "<p>Votre solde est de 9&#160;870,00 &#8364;.</p></body></html>";
        byte[] eml = Mails.html("Virement reçu", html, "ISO-8859-1", "quoted-printable");
        assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("charset=ISO-8859-1").contains("DUPR=C9");

        BankReadResult result = reader.read("latin1.eml", eml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("1234.56 EUR");
            assertThat(c.payerName()).isEqualTo("SARL DUPRÉ & FILS");
            assertThat(c.reference()).isEqualTo("Facture F-2026-0101");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(c.source()).isEqualTo(BankCredit.Source.EMAIL);
        });
    }

    @Test
    void englishYouReceivedPoundsFromAPayerIsACreditInGbp() throws Exception {
        byte[] eml = Mails.text("Payment received",
                "Hi Acme,\n\nYou received £1,200.00 from ACME TRADING LTD on 17 November 2026.\n"
                        + "Reference: INV-2026-311\nTransaction ID: TX-99812\n\nYour balance is now £8,410.22.\n");

        BankReadResult result = reader.read("gbp.eml", eml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("1200.00 GBP");
            assertThat(c.payerName()).isEqualTo("ACME TRADING LTD");
            assertThat(c.reference()).isEqualTo("INV-2026-311");
            assertThat(c.bankTxId()).isEqualTo("TX-99812");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        });
    }

    @Test
    void rfCreditorReferenceIsTheReferenceWhenNoLabelGivesOne() throws Exception {
        byte[] eml = Mails.text("Virement reçu",
                "Vous avez reçu un virement de 350,00 € de la part de CLIENT SAS le 02/12/2026 "
                        + "(RF18539007547034).\n");

        BankReadResult result = reader.read("rf.eml", eml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("350.00 EUR");
            assertThat(c.payerName()).isEqualTo("CLIENT SAS");
            assertThat(c.reference()).isEqualTo("RF18539007547034");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
    }

    @Test
    void htmlPartIsReadWhenTheTextPartOnlySaysToOpenTheHtml() throws Exception {
        byte[] eml = Mails.alternative("Nouveau virement",
                "Votre messagerie n'affiche pas le HTML. Consultez votre espace client.",
                "<div>Vous avez reçu un virement</div><div>Montant</div><div>89,90 EUR</div>"
                        + "<div>Émetteur</div><div>PETIT CAFÉ</div><div>Référence</div><div>F-2026-0077</div>"
                        + "<div>Date</div><div>3 décembre 2026</div>");

        BankReadResult result = reader.read("alt.eml", eml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("89.90 EUR");
            assertThat(c.payerName()).isEqualTo("PETIT CAFÉ");
            assertThat(c.reference()).isEqualTo("F-2026-0077");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vous avez reçu un virement de 470,15 € de MA JOLIE BOUTIQUE le 20/11/2026.|470.15 EUR|MA JOLIE BOUTIQUE|2026-11-20",
        "MA JOLIE BOUTIQUE vous a envoyé 470,15 € le 20/11/2026.|470.15 EUR|MA JOLIE BOUTIQUE|2026-11-20",
        "Virement SEPA reçu : 1 000,00 EUR de la part de ATELIER NORD, le 21 novembre 2026.|1000.00 EUR|ATELIER NORD|2026-11-21",
        "Your account has been credited with €250.00 from JOHN SMITH LTD on 19/11/2026.|250.00 EUR|JOHN SMITH LTD|2026-11-19",
        "Le 22/11/2026, vous avez reçu un virement de CAFE DE LA GARE de 64,00 €.|64.00 EUR|CAFE DE LA GARE|2026-11-22",
    })
    void singleCreditPhrasesInFrenchAndEnglishGiveAmountPayerAndDate(String body, String amount, String payer,
            String date) throws Exception {
        BankReadResult result = reader.read("phrase.eml", Mails.text("Notification", body));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo(amount);
            assertThat(c.payerName()).isEqualTo(payer);
            assertThat(c.date()).isEqualTo(LocalDate.parse(date));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // marketing from the bank
        "Découvrez notre carte Premium : jusqu'à 80 € offerts et 3 mois gratuits ! Profitez-en avant le 31/12/2026.",
        // card payments out
        "Paiement par carte de 45,90 € chez AMAZON EU le 20/11/2026.",
        "Card payment of €45.90 at AMAZON EU on 20/11/2026.",
        // balance notices
        "Votre solde au 20/11/2026 est de 12 480,33 €.",
        "Your balance on 20 November 2026 is £8,410.22.",
        // debit
        "Un prélèvement SEPA de 120,00 € émis par EDF a été débité le 19/11/2026.",
        "You sent £300.00 to JOHN SMITH on 18/11/2026.",
    })
    void bankMailThatIsNotAPaymentGivesNoCreditAndNoError(String body) throws Exception {
        BankReadResult result = reader.read("not-a-payment.eml", Mails.text("Information de votre banque", body));

        assertThat(result.failed()).isFalse();
        assertThat(result.credits()).isEmpty();
    }

    @Test
    void userRuleWithNamedGroupsReadsABankFormatTheBuiltInsMiss() throws Exception {
        byte[] eml = Mails.text("Kontoinformation",
                "Posten: 1.234,56 EUR von MÜLLER GMBH, Verwendungszweck RE-2026-17, Buchungstag 21.11.2026\n"
                        + "Posten: 99,00 EUR von SCHMIDT KG, Verwendungszweck RE-2026-18, Buchungstag 22.11.2026\n");
        assertThat(reader.read("de.eml", eml).credits()).as("the built-in rules alone").isEmpty();
        Bank.Rule rule = new Bank.Rule("sparkasse", Pattern.compile(
                "Posten: (?<amount>[\\d.,]+) (?<currency>[A-Z]{3}) von (?<payer>[^,]+), "
                        + "Verwendungszweck (?<reference>\\S+), Buchungstag (?<date>[\\d.]+)"));

        BankReadResult result = new BankReader(List.of(rule)).read("de.eml", eml);

        assertThat(result.credits()).hasSize(2);
        assertThat(result.credits().get(0)).satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("1234.56 EUR");
            assertThat(c.payerName()).isEqualTo("MÜLLER GMBH");
            assertThat(c.reference()).isEqualTo("RE-2026-17");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        });
        assertThat(result.credits().get(1).amount().toString()).isEqualTo("99.00 EUR");
    }

    @Test
    void userRuleWithoutDateOrCurrencyTakesTheMailsDateAndEuros() throws Exception {
        byte[] eml = Mails.text("Avis", "CREDIT 250,00 PAR BOUTIQUE X\n");
        Bank.Rule rule = new Bank.Rule("terse", Pattern.compile("CREDIT (?<amount>[\\d,]+) PAR (?<payer>.+)"));

        BankReadResult result = new BankReader(List.of(rule)).read("terse.eml", eml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("250.00 EUR");
            assertThat(c.payerName()).isEqualTo("BOUTIQUE X");
            assertThat(c.reference()).isNull();
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }

    @Test
    void base64Utf8DailySummaryGivesOneCreditPerCreditLine() throws Exception {
        String body = "Opérations du 24/11/2026\n"
                + "24/11/2026 VIR SEPA RECU /DE ATELIER NORD /MOTIF F-2026-0120 /REF 88001 +1 000,00 EUR\n"
                + "24/11/2026 PRLV SEPA ORANGE -39,99 EUR\n"
                + "24/11/2026 VIREMENT RECU /DE JARDINS DU SUD /MOTIF FACT 2026-0121 +75,50 EUR\n"
                + "Solde au 24/11/2026 : 3 210,00 EUR\n";
        MimeMessageBytes eml = new MimeMessageBytes(body);

        BankReadResult result = reader.read("summary.eml", eml.base64());

        assertThat(result.credits()).extracting(BankCredit::payerName, BankCredit::reference, BankCredit::bankTxId)
                .containsExactly(
                        tuple("ATELIER NORD", "F-2026-0120", "88001"),
                        tuple("JARDINS DU SUD", "2026-0121", null));
    }

    @Test
    void garbageWithoutMailHeadersIsAnErrorNotAnEmptyEmail() {
        BankReadResult result = reader.read("garbage.eml", new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff});

        assertThat(result.failed()).isTrue();
        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("not an email"));
    }

    /** A text/plain UTF-8 message sent base64-encoded. */
    private record MimeMessageBytes(String body) {
        byte[] base64() throws Exception {
            var message = Mails.message("Vos opérations");
            message.setText(body, "UTF-8", "plain");
            message.setHeader("Content-Transfer-Encoding", "base64");
            byte[] bytes = Mails.bytes(message);
            assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("Content-Transfer-Encoding: base64");
            return bytes;
        }
    }
}
