package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Notifications as a mailbox holds them: several forwarded in one mail, forwarded above a quoted reply, paid net of
 * a platform's fees, under a card's "Money in" title; and words that only look like a reference.
 */
class ThreadsAndFeesTest {

    private final BankReader reader = new BankReader(List.of());
    private final NotificationReader notifications = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private static String forwarded(String day, String payer, String amount, String label) {
        return "Début du message réexpédié :\n\n> De: Shine <bonjour@shine.test>\n> Date: " + day + " novembre 2026 à 14:02\n"
                + "> Objet: Tu viens de recevoir un virement\n>\n> Tu viens de recevoir " + amount + " € de " + payer + ".\n>\n"
                + "> Montant : +" + amount + " €\n> Émetteur : " + payer + "\n> Libellé : " + label + "\n\n";
    }

    @Test
    void twoAlertsForwardedOneAfterTheOtherAreTwoCreditsEachOnItsOwnDay() throws Exception {
        String body = "Les deux virements de la semaine, pour le rapprochement.\n\nEnvoyé de mon iPhone\n\n"
                + forwarded("12", "LES ECRANS DU SUD", "950,00", "AFFICHE 2027") + forwarded("13", "MAIRIE DE CLISSON", "1 640,00", "MANDAT 1184");
        List<BankCredit> credits = reader.read("f.eml", Mails.text("Fwd: Tu viens de recevoir un virement", body)).credits();
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("LES ECRANS DU SUD", "MAIRIE DE CLISSON");
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13));
    }

    @Test
    void aNotificationForwardedAboveAQuotedQuestionIsRead() throws Exception {
        String body = "Le voilà.\n\n---------- Forwarded message ---------\nFrom: N26 <no-reply@n26.test>\n"
                + "Date: Mon, Nov 23, 2026 at 4:37 PM\nSubject: You've received money\n\n"
                + "You've received €1,150.00 from STUDIO OURSE SARL.\n\nReference: Facture F-2026-036\n\n"
                + "On Mon, Nov 23, 2026 at 6:20 PM Hervé <herve@cabinet.test> wrote:\n"
                + "> Je vois un virement de 1 150 € sans libellé. Tu peux me transférer la notification ?\n";
        List<BankCredit> credits = reader.read("r.eml", Mails.text("Re: Virement N26 ?", body)).credits();
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1150.00"));
            assertThat(c.payerName()).isEqualTo("STUDIO OURSE SARL");
        });
    }

    @Test
    void aPaymentReceivedNetOfTheAppsFeesIsTheNetAmount() {
        List<BankCredit> credits = notifications.read("m", "Vous avez reçu un paiement",
                "Julie Marc vous a envoyé 300,00 € EUR.\n\nDate de la transaction : 12 novembre 2026\n"
                        + "Montant reçu : 300,00 € EUR\nFrais : -9,00 € EUR\nMontant net : 291,00 € EUR\n", Optional.of(LocalDate.of(2026, 11, 12)));
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("291.00")));
    }

    @Test
    void aFreelancePlatformSayingThePaymentWasSentToYourAccountIsTheirCredit() {
        List<BankCredit> credits = notifications.read("m", "Votre paiement a été envoyé",
                "Bonne nouvelle : votre paiement a été envoyé !\n\nMontant de votre facture : 2 000,00 € TTC\n"
                        + "Frais de service (10 %) : - 200,00 € TTC\nMontant envoyé sur votre compte : 1 800,00 €\n"
                        + "Libellé du virement : PLATEFORME PAIEMENT 0457\nDate d'envoi : 26 novembre 2026\n",
                Optional.of(LocalDate.of(2026, 11, 26)), Optional.of("paiements@plateforme.test"), Optional.of("Plateforme Freelance"));
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1800.00"));
            assertThat(c.payerName()).isEqualTo("Plateforme Freelance");
        });
    }

    @Test
    void preferencesAreNoReferenceAndAMoneyInCardTitleIsNoSummary() {
        List<BankCredit> payout = notifications.read("m", "Votre versement a été effectué",
                "Nous avons versé 1 284,37 € sur votre compte bancaire.\n\nMontant    1 284,37 €\n"
                        + "Gérer vos préférences de notification : https://example.test/settings\n", Optional.of(LocalDate.of(2026, 11, 17)));
        assertThat(payout).singleElement().satisfies(c -> assertThat(c.reference()).isNull());
        List<BankCredit> card = notifications.read("m", "You've received £400.00",
                "Money in\nHarbour Ltd has sent you £400.00\nFrom\tHarbour Ltd\nAmount\t+£400.00\nReference\tINV F-40\n"
                        + "Date\t10 Nov 2026, 18:40\n", Optional.of(LocalDate.of(2026, 11, 10)));
        assertThat(card).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("INV F-40"));
    }

    @Test
    void aTransferConvertedOnArrivalIsTheAmountItAddedToTheAccount() {
        List<BankCredit> credits = notifications.read("m", "You received 500.00 GBP",
                "Harlow Ltd sent you 500.00 GBP. Because auto-conversion is on, we converted it and added\n"
                        + "576.10 EUR to your EUR balance.\n\nAmount received        500.00 GBP\nOur fee                  1.95 GBP\n"
                        + "Exchange rate          1 GBP = 1.1567 EUR\nYou got                576.10 EUR\nReference              Invoice F-26\n",
                Optional.of(LocalDate.of(2026, 11, 20)));
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("576.10"));
            assertThat(c.amount().currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(c.reference()).isEqualTo("Invoice F-26");
        });
    }

    @Test
    void aMiniStatementsPaidInColumnBeforeTheBalanceIsACreditFromItsFromLine() {
        List<BankCredit> credits = notifications.read("m", "Your mini statement",
                "Date        Description                                  Paid in    Paid out     Balance\n"
                        + "19/11/2026  FASTER PAYMENTS RECEIPT REF.INV F-0433          £3,250.00              £10,732.15\n"
                        + "            FROM HARROWGATE RETAIL LTD\n"
                        + "19/11/2026  DIRECT DEBIT PAYMENT TO XERO UK                             £42.00    £7,482.15\n",
                Optional.of(LocalDate.of(2026, 11, 19)));
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("3250.00"));
            assertThat(c.payerName()).isEqualTo("HARROWGATE RETAIL LTD");
            assertThat(c.reference()).isEqualTo("INV F-0433");
        });
    }

    @Test
    void aCustomersPaymentNotificationNamesItAsItsSentenceDoesAndWeIsNoPayer() {
        List<BankCredit> advice = notifications.read("m", "Payment notification 2000184422",
                "Please be informed that Verhoeven Retail B.V. has made the following payment to your account.\n"
                        + "Payment reference\t:\tVRG-PAY-22\nPayment date\t:\t25.11.2026\nPayment amount\t:\tEUR 1,000.00\n",
                Optional.of(LocalDate.of(2026, 11, 25)), Optional.of("ap@verhoeven.test"), Optional.of("Verhoeven - Accounts Payable"));
        assertThat(advice).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Verhoeven Retail B.V."));
        List<BankCredit> payout = notifications.read("m", "Your payout has been paid",
                "We've paid €1,200.00 into your bank account on 23 November 2026.\nPayout amount   €1,200.00\n",
                Optional.of(LocalDate.of(2026, 11, 23)), Optional.of("help@collect.test"), Optional.of("CollectCo"));
        assertThat(payout).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("CollectCo"));
    }

    @Test
    void aChargebackNoticesDisputedPaymentIsNoCredit() {
        assertThat(notifications.read("m", "Vous avez reçu une rétrofacturation",
                "L'acheteur a contesté un paiement qu'il vous a envoyé.\n\nDétails de la transaction d'origine\n"
                        + "Paiement reçu de : Paul Roy\nMontant de la transaction : 120,00 EUR\nMontant retenu : -120,00 EUR\n"
                        + "Frais de rétrofacturation : -18,00 EUR\n", Optional.of(LocalDate.of(2026, 11, 24)))).isEmpty();
    }

    @Test
    void aHeadlineAndItsSentenceSayingTheSameAmountAreOneCredit() {
        List<BankCredit> credits = notifications.read("m", "Vous avez reçu 900,00 € de Weinkontor GmbH",
                "Vous avez reçu 900,00 €\n\nWeinkontor GmbH vous a envoyé 900,00 € sur votre compte.\n\n"
                        + "Montant : 900,00 €\nDe : Weinkontor GmbH\nRéférence : INV 226\n", Optional.of(LocalDate.of(2026, 11, 24)));
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("INV 226"));
    }

    @Test
    void aMarketplacesTransferOfYourSalesIsTheAmountPaidOutNotABreakdownLine() {
        List<BankCredit> credits = notifications.read("m", "Votre virement Marketplace du 26/11/2026",
                "Le paiement de vos ventes a été viré sur votre compte bancaire le 26/11/2026.\n\n"
                        + "  Ventes TTC (12 commandes)                    1 000,00 €\n  Frais de port facturés aux clients          +   40,00 €\n"
                        + "  Commission TTC                              -  150,00 €\n  Montant viré                                   890,00 €\n"
                        + "Votre facture de commission est disponible dans votre espace.\n",
                Optional.of(LocalDate.of(2026, 11, 26)), Optional.of("no-reply@market.test"), Optional.of("Marketplace"));
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("890.00")));
    }

    @Test
    void aStatementRowsSlashFieldsGoOnOnTheLineUnderIt() {
        List<BankCredit> credits = notifications.read("m", "Votre synthèse quotidienne du 16/11/2026",
                "Date        Libellé                                            Montant\n"
                        + "16/11/2026  VIR SEPA RECU /DE SAS CHATEAU EVENTS              +3 600,00 €\n"
                        + "            /MOTIF ACOMPTE SEMINAIRE DEVIS D-118\n"
                        + "16/11/2026  CARTE X4821 14/11 METRO                            -238,62 €\n", Optional.of(LocalDate.of(2026, 11, 17)));
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("ACOMPTE SEMINAIRE DEVIS D-118"));
    }

    @Test
    void aChargebacksFiguresUnderAnyWordingAreNoCredit() {
        assertThat(notifications.read("m", "Nouvelle rétrofacturation sur votre compte",
                "Un paiement reçu de Paul Roy a été contesté.\n\nPaiement d'origine reçu      120,00 EUR\n"
                        + "Retenu sur votre solde       -120,00 EUR\nFrais de dossier              -18,00 EUR\n",
                Optional.of(LocalDate.of(2026, 11, 24)))).isEmpty();
    }
}
