package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mails in which the payer itself says it paid (payouts, remittance advices, avis de paiement), and what is no credit. */
class PayerAdviceTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String sender, String subject, String body) {
        return reader.read("m", subject, body, SENT, Optional.of("noreply@payer.test"), Optional.of(sender));
    }

    @Test
    void aMarketplacePayoutIsTheNetPaidAfterItsFeesAndTheMarketplaceIsThePayer() {
        List<BankCredit> credits = read("Artisans Market", "Reversement de vos ventes d'octobre",
                "Ventes du mois ................ 2 480,00 €\nCommission ................... - 310,00 €\n"
                        + "Montant reversé .............. 2 170,00 €\nLe reversement a été effectué par virement le 18/11/2026.\n"
                        + "Référence : AM-REV-2026-10-88\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2170.00"));
            assertThat(c.payerName()).isEqualTo("Artisans Market");
            assertThat(c.reference()).isEqualTo("AM-REV-2026-10-88");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }

    @Test
    void aCustomersRemittanceAdviceNamesTheCompanyNotItsDepartment() {
        List<BankCredit> credits = read("Accounts Payable - Harbor Logistics", "Remittance advice 55120",
                "REMITTANCE ADVICE\n\nPayment No.: 55120\nPayment Date: 11/19/2026\nPayment Amount: $4,200.00\n\n"
                        + "Invoice        Amount\nINV-301        2,100.00\nINV-305        2,100.00\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("4200.00"));
            assertThat(c.amount().currency().getCurrencyCode()).isEqualTo("USD");
            assertThat(c.payerName()).isEqualTo("Harbor Logistics");
            assertThat(c.reference()).isEqualTo("55120");
        });
    }

    @Test
    void aSentenceInThePayersVoiceGivesItsAmount() {
        List<BankCredit> credits = read("Mutuelle des Artisans", "Règlement de votre dossier 88-12",
                "Madame,\nNous avons procédé au règlement de l'indemnité de 1 240,50 € par virement le 17/11/2026.\n"
                        + "Libellé : MDA INDEMN 88-12\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1240.50"));
            assertThat(c.payerName()).isEqualTo("Mutuelle des Artisans");
            assertThat(c.reference()).isEqualTo("MDA INDEMN 88-12");
        });
    }

    @Test
    void aBankTellingOfACreditInTheFirstPersonIsNotThePayer() {
        List<BankCredit> credits = read("Banque du Littoral", "Avis d'opération",
                "Nous avons le plaisir de vous informer du virement reçu de 640,00 € sur votre compte le 19/11/2026.\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.payerName()).isNull());
    }

    @Test
    void moneyThatWillOnlyBeAvailableLaterIsNoCredit() {
        assertThat(read("Gigs Platform", "You've been paid for \"Logo pack\"",
                "Amount released: $900.00\nService fee: -$90.00\nYou earned: $810.00\n\n"
                        + "The funds will be available in your balance on Friday once the security period ends.\n")).isEmpty();
    }

    @Test
    void anAmountToPayALoansInstalmentsAndReceivablesHandedToAFactorAreNoCredit() {
        assertThat(read("impots.gouv.fr", "Échéance",
                "Votre déclaration fait apparaître un montant à payer de 1 180 €, même si un remboursement reste possible.\n"))
                .isEmpty();
        assertThat(read("Prêteur Pro", "Votre prêt", "Remboursement : 10 mensualités de 412,00 €.\n")).isEmpty();
        assertThat(read("Factor Plus", "Relevé", "Date      Opération                         Débit      Crédit\n"
                + "12/11     Remise de créances n° 41                         6 200,00\n")).isEmpty();
    }

    @Test
    void operationsStrungOnOneLineByPipesGiveTheirCreditsAndNoDebit() {
        List<BankCredit> credits = read("Banque Coopérative", "Vos opérations du 18/11/2026",
                "Vos opérations du 18/11/2026 : 18/11 | PRLV SEPA ASSURANCE PRO | -96,00 | 18/11 | VIR SEPA RECU DE "
                        + "MENUISERIE ROUX REF F-2026-77 | +1 450,00 | 18/11 | CB STATION 4512 | -62,10\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1450.00"));
            assertThat(c.payerName()).isEqualTo("MENUISERIE ROUX");
        });
    }

    @Test
    void anAmountWrittenInWordsIsNoOnesName() {
        List<BankCredit> credits = read("Caisse Régionale", "Votre remboursement a été effectué",
                "Nous avons procédé au remboursement de la somme de deux cents euros et dix centimes\n(200,10 €) par virement le 12/11/2026.\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Caisse Régionale"));
    }

    @Test
    void theCompanyOfASenderDropsDepartmentsAndIsNeverADomain() {
        assertThat(PayerAdvice.company("Accounts Payable - Corvid Health")).contains("Corvid Health");
        assertThat(PayerAdvice.company("Factor Plus - Espace client")).contains("Factor Plus");
        assertThat(PayerAdvice.company("impots.gouv.fr")).isEmpty();
    }

    @Test
    void aPaymentDescriptionIsThePayersReference() {
        List<BankCredit> credits = read("Global Pay", "You've been paid by Kestrel Labs",
                "Kestrel Labs has sent you a payment.\n\nPayment amount: 2,300.00 USD\n"
                        + "Payment description: Brand audit - November\nDate received: 2026-11-19\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("Brand audit - November"));
    }

    @Test
    void aSettlementPaidOutIsDatedByItsTransferNotByItsPeriod() {
        List<BankCredit> credits = read("PayBridge", "Your settlement is paid out",
                "PayBridge Ltd has paid out your settlement for 9 Nov - 15 Nov 2026.\n"
                        + "Sales                 EUR 1,910.00\nFees                  EUR  -38.20\n"
                        + "Payout                EUR 1,871.80\nTransfer date:        17 November 2026\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1871.80"));
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(c.payerName()).isEqualTo("PayBridge Ltd"); // as its own sentence names it
        });
    }

    @Test
    void aListOfPaymentsUnderThePayersSentenceIsOnePaymentPerRow() {
        List<BankCredit> credits = read("Mairie de Saint-Clair", "Avis de paiement",
                "Nous vous informons des paiements suivants :\n"
                        + "Mandat n° 2026/00871 - Facture F-2026-301 - 1.240,00 EUR - virement émis le 12/11/2026\n"
                        + "Mandat n° 2026/00902 - Facture F-2026-309 - 380,50 EUR - virement émis le 16/11/2026\n\n"
                        + "Pour toute question, rappelez le numéro de mandat.\n");
        assertThat(credits).extracting(c -> c.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1240.00"), new BigDecimal("380.50"));
        assertThat(credits).extracting(BankCredit::reference).containsExactly("2026/00871", "2026/00902");
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 16));
        assertThat(credits).extracting(BankCredit::payerName).containsOnly("Mairie de Saint-Clair");
    }

    @Test
    void aBanksAdviceOfTheUsersOwnTransferOutIsNoCredit() {
        List<BankCredit> executed = read("Banque Atlas", "Avis de virement émis",
                "Votre virement a bien été exécuté.\n\nDonneur d'ordre : SARL RIAD DECOR\n"
                        + "Bénéficiaire : STE MATERIAUX DU SUD\nMontant : 9 200,00 MAD\nMotif : Reglement BL 771\n"
                        + "Date d'exécution : 18/11/2026\n");
        List<BankCredit> debited = read("Banque Atlas", "Avis de virement",
                "Compte débité : 0071 2345 - SARL RIAD DECOR\nMontant : 9 200,00 MAD\nMotif : Reglement BL 771\n");

        assertThat(executed).isEmpty();
        assertThat(debited).isEmpty();
    }
}
