package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences the credit words must not misread: held, refunded or merchant-captured money, counts, a nameless customer. */
class NotificationVetoTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2027, 2, 9));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    @Test
    void aHeldCreditIsNoCreditEvenWhenTheSubjectAlsoNamesACredit() {
        // the subject's credit word comes first: the body's amount must still be judged by its own sentence
        assertThat(reader.read("m", "Information zu einer Gutschrift",
                "Eine Gutschrift über 700,00 EUR von Weber Metallbau GmbH wurde vorläufig zurückgehalten.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Incoming payment",
                "An incoming payment of £2,000.00 from J PATEL is on hold for security checks.\n", SENT)).isEmpty();
    }

    @Test
    void moneyRefundedOutOfTheUsersAccountIsNoCredit() {
        assertThat(reader.read("m", "Remboursement effectué",
                "Le remboursement de 150,00 EUR en faveur de Pauline Bernard a bien été effectué depuis votre wallet.\n",
                SENT)).isEmpty();
    }

    @Test
    void theSameSentencesWithoutTheVetoAreCredits() {
        assertThat(reader.read("m", "Information zu einer Gutschrift",
                "Eine Gutschrift über 700,00 EUR von Weber Metallbau GmbH ist eingegangen.\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Weber Metallbau GmbH"));
    }

    @Test
    void aBillThatArrivedOrAPaymentPaidToSomeoneIsNoCredit() {
        assertThat(reader.read("m", "Nouveau document", "Votre facture de 45,00 € vient d'arriver.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Payment update", "A payment has been paid to British Gas: £50.00.\n", SENT)).isEmpty();
    }

    @Test
    void aCountOrPointsBesideTheCreditWordsAreNoPayment() {
        // "got"/"+" before a number that is no money: the mail's other amount (what is overdue) is no credit
        assertThat(reader.read("m", "Your week", "You've got 2 invoices overdue: £340.00 in total.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Fidélité", "+2 points sur votre compte fidélité. Votre facture : 45,00 €.\n", SENT))
                .isEmpty();
    }

    @Test
    void anAmountCapturedByAMerchantIsTheUsersPayment() {
        assertThat(reader.read("m", "Card activity", "Payment of €30.00 captured by Uber BV on your card.\n", SENT)).isEmpty();
    }

    @Test
    void aCustomerPaymentWithoutANameHasNoPayer() {
        assertThat(reader.read("m", "New sale", "Your customer has just paid €40.00 for order 881.\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.payerName()).isNull());
    }

    @Test
    void aShopsReceiptOrTheUsersOwnPaymentIsNoCreditInAnyLanguage() {
        assertThat(reader.read("m", "Payment received", "Thank you! We have received your payment of £45.00 for order #5531.\n",
                SENT)).isEmpty();
        assertThat(reader.read("m", "Reçu de paiement", "Reçu de votre paiement de 59,99 EUR à NETFLIX INTERNATIONAL B.V.\n",
                SENT)).isEmpty();
        assertThat(reader.read("m", "Commande reçue", "Votre commande n° 8812 d'un montant de 89,00 € a bien été reçue.\n",
                SENT)).isEmpty();
        assertThat(reader.read("m", "Ricevuta", "Hai pagato 30,00 € a Bar Centrale.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Bizum enviado", "Has enviado un Bizum de 20,00 € a LUIS PEREZ.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Afschrijving", "Er is € 75,00 afgeschreven van uw rekening naar Vattenfall.\n", SENT))
                .isEmpty();
    }

    @Test
    void aRefundToBeClaimedIsNoCreditAndAnArrivalDateIsNoPayer() {
        assertThat(reader.read("m", "Tax refund", "You are due a tax refund of £320.00. Click here to claim.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Payout sent", "A payout of €1,250.00 has been sent to your bank account ending 4421. "
                + "It should arrive by Mar 5.\n", SENT)).singleElement().satisfies(c -> assertThat(c.payerName()).isNull());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Garance, 100 € vous attendent|Ouvrez votre compte avant le 30 novembre et recevez 100 € de prime de bienvenue,\\n"
                + "crédités sur votre compte dès votre premier versement de 2 000 € (ou plus).",
        "Je hebt een betaalverzoek ontvangen|Klei & Co heeft je een betaalverzoek gestuurd van € 312,50 EUR.\\nBetaal nu.",
        "You received kr 450,00|Ingrid sent you kr 450,00 with the app.\\nThe money is in your account.",
    })
    void aConditionalOfferARequestInAnyLanguageAndCrownsOfUnknownCountryAreNoEuroCredit(String subject, String body)
            throws Exception {
        assertThat(new BankReader(java.util.List.of()).read("v.eml", Mails.text(subject, body.replace("\\n", "\n"))).credits())
                .isEmpty();
    }
}
