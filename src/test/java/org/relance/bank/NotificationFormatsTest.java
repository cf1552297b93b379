package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The kinds of notification of issue 12, one example each, read from their meaning. */
class NotificationFormatsTest {

    private final BankReader reader = new BankReader(List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // subject | body | amount | payer | reference | date (the mail is dated 2026-11-18)
        "£1,200.00 from Brightwater Ltd has arrived|Reference: INV-4711|1200.00 GBP|Brightwater Ltd|INV-4711|2026-11-18",
        "Notification|You received €3,200.00 from Kunden AG.\\nReference: RE-88\\nDate: 16 Nov 2026|3200.00 EUR|Kunden AG|RE-88|2026-11-16",
        "Opération|Une opération au crédit de votre compte a été enregistrée le 17/11/2026.\\nMontant : 890,00 EUR\\n"
                + "Donneur d'ordre : ATELIER NORD\\nRéférence client : F-2026-12\\nRéférence de bout en bout : NOTPROVIDED"
                + "|890.00 EUR|ATELIER NORD|F-2026-12|2026-11-17",
        "Crédit|Un virement a été porté au crédit de votre compte.\\nLibellé : VIR SEPA GARAGE DUBOIS REF FA-77\\n"
                + "Montant : 1 980,50 €\\nDate de valeur : 15/11/2026|1980.50 EUR|GARAGE DUBOIS|FA-77|2026-11-15",
        "Zahlungseingang|Betrag: 1.234,56 EUR\\nAuftraggeber: Müller GmbH\\nVerwendungszweck: RE-2026-17\\n"
                + "Buchungsdatum: 14.11.2026|1234.56 EUR|Müller GmbH|RE-2026-17|2026-11-14",
        "Julie Martin vous a envoyé 150,00 EUR|Julie Martin vous a envoyé 150,00 EUR.\\nNote : « Facture 2031 »"
                + "|150.00 EUR|Julie Martin|Facture 2031|2026-11-18",
        "Remboursement|Un remboursement de 62,22 € de DECATHLON a été crédité sur votre carte le 16.11.2026."
                + "|62.22 EUR|DECATHLON||2026-11-16",
    })
    void oneCreditIsReadWithItsPayerReferenceAndDate(String subject, String body, String amount, String payer,
            String reference, String date) throws Exception {
        BankReadResult result = reader.read("n.eml", Mails.text(subject, body.replace("\\n", "\n")));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo(amount);
            assertThat(c.payerName()).isEqualTo(payer);
            assertThat(c.reference()).isEqualTo(reference);
            assertThat(c.date()).isEqualTo(LocalDate.parse(date));
        });
    }

    @Test
    void anHtmlOnlyMailWithEntitiesAndATableIsRead() throws Exception {
        String html = "<html><body><p>Vous avez re&ccedil;u un virement.</p><table>"
                + "<tr><td>Montant</td><td><strong>+&#160;2&#8239;400,00&nbsp;&euro;</strong></td></tr>"
                + "<tr><td>&Eacute;metteur</td><td><strong>CAF&Eacute; DE LA GARE</strong></td></tr>"
                + "<tr><td>Motif</td><td>FA-2026-0042</td></tr><tr><td>Date</td><td>12/11/2026</td></tr></table></body></html>";

        BankReadResult result = reader.read("h.eml", Mails.html("Virement", html, "UTF-8", "quoted-printable"));

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference,
                BankCredit::date).containsExactly(tuple("2400.00 EUR", "CAFÉ DE LA GARE", "FA-2026-0042",
                        LocalDate.of(2026, 11, 12)));
    }

    @Test
    void aDailySummaryGivesEveryCreditAndNoneOfItsDebits() throws Exception {
        String html = "<table><tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>"
                + "<tr><td>20/11/2026</td><td>VIR SEPA BOULANGERIE MARTIN REF F-42</td><td></td><td>240,00</td></tr>"
                + "<tr><td>20/11/2026</td><td>PRLV SEPA EDF</td><td>89,90</td><td></td></tr>"
                + "<tr><td>21/11/2026</td><td>VIR SEPA RECU /DE GARAGE DUBOIS /MOTIF F-43</td><td></td><td>1 980,50</td></tr>"
                + "<tr><td>21/11/2026</td><td>VIR SEPA GARAGE DUBOIS REF REMBOURSEMENT</td><td>500,00</td><td></td></tr>"
                + "</table>";

        BankReadResult result = reader.read("s.eml", Mails.html("Synthèse", html, "UTF-8", "quoted-printable"));

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(tuple("240.00 EUR", "BOULANGERIE MARTIN", "F-42"),
                        tuple("1980.50 EUR", "GARAGE DUBOIS", "F-43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Vous avez reçu 20 € offerts sur votre cagnotte pour votre anniversaire !",
        "Félicitations, vous avez reçu un bonus de 50,00 € : il sera crédité à l'ouverture de votre livret.",
        "You have received a £20.00 bonus: it will be paid out when you refer a friend.",
        "Prélèvement à venir : votre compte sera débité de 49,90 € le 05/12/2026 au profit de EDF.",
        "Sie haben eine Prämie von 25,00 € erhalten: jetzt Freunde werben!",
        "Your direct debit of £30.00 to NETFLIX will be collected on 5 December 2026.",
    })
    void anOfferOrAnAnnouncedDebitIsNeverACredit(String body) throws Exception {
        assertThat(reader.read("o.eml", Mails.text("Information", body)).credits()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Your daily digest — Nov 16|2026-11-16", "Relevé du 30 décembre|2025-12-30",
        "Money in on 14th November|2026-11-14"})
    void aSummaryUndatedInItsBodyIsDatedByTheDayItsSubjectNamesWithoutAYear(String subject, String date) throws Exception {
        String body = "Money in\n\n+ €1,200.00   ACME LTD   INV-1\n+ €300.00   BETA SARL   INV-2\n- €50.00   Card payment\n";

        BankReadResult result = reader.read("d.eml", Mails.text(subject, body));

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::date).containsExactly(
                tuple("1200.00 EUR", LocalDate.parse(date)), tuple("300.00 EUR", LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Your payout has been paid|We've paid US$1,932.40 to your bank account ending in 4417.\\nGross sales\\tUS$2,310.00\\n"
                + "Paddle fees\\t-US$153.60\\nRefunds\\t-US$224.00\\nNet payout\\tUS$1,932.40|1932.40 USD|",
        "Your settlement|Mollie has transferred your settlement of €1.234,56 to your bank account.\\nRefunds -€40,00|1234.56 EUR|Mollie",
        "Deposit sent|Etsy has sent a deposit of €318.40 to your bank account ending in 4417.|318.40 EUR|Etsy",
    })
    void aProcessorsPayoutIsACreditAndItsRefundsAndFeesAreNot(String subject, String body, String amount, String payer)
            throws Exception {
        BankReadResult result = reader.read("p.eml", Mails.text(subject, body.replace("\\n", "\n").replace("\\t", "\t")));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo(amount);
            assertThat(c.payerName()).isEqualTo(payer);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Votre versement de 642,30 € est arrivé|Zettle a viré 642,30 € sur votre compte bancaire.\\nFrais Zettle ..... -11,15 €\\n"
                + "Montant versé ..... 642,30 €\\nRéférence du versement : ZT-88F3|642.30 EUR|Zettle|ZT-88F3",
        "Atelier vous a versé 418,60 €|Nous venons d'effectuer un virement de 418,60 € sur votre compte bancaire.\\n"
                + "Commission (20 %)   - 104,65 €\\nTotal versé   418,60 €\\nRéférence du virement : AK-309|418.60 EUR|Atelier|AK-309",
        "Harbor Hotels paid Invoice 0044|Harbor Hotels just paid €2,380.00 toward Invoice 0044 by credit card.\\n"
                + "The net amount will be deposited to your bank account within 2 business days.|2380.00 EUR|Harbor Hotels|0044",
    })
    void aPlatformsPayoutOrAClientsCardPaymentIsReadInFrenchAndEnglish(String subject, String body, String amount,
            String payer, String reference) throws Exception {
        BankReadResult result = reader.read("p.eml", Mails.text(subject, body.replace("\\n", "\n")));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo(amount);
            assertThat(c.payerName()).isEqualTo(payer);
            assertThat(c.reference()).isEqualTo(reference);
        });
    }
}
