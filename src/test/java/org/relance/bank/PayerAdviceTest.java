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

    private List<BankCredit> readFrom(String address, String sender, String subject, String body) {
        return reader.read("m", subject, body, SENT, Optional.of(address), Optional.of(sender));
    }

    @Test
    void anErpAdvicesTableTotalIsTheOneTransferAndItsPayingCompanyThePayer() {
        List<BankCredit> credits = read("ERP Comptabilité Fournisseurs", "Avis de paiement 7781 - Fournisseur 55",
                "AVIS DE PAIEMENT\n\nSociété payeuse     : 2100  HOLVEC INDUSTRIES SA\nRéférence du paiement : 7781002\n"
                        + "Date d'exécution : 18.11.2026\n\nNous vous informons que nous avons procédé au règlement des pièces ci-dessous.\n\n"
                        + "Votre réf.   Date pièce   Montant brut  Escompte  Montant payé\n"
                        + "F-77         01.10.2026      5.000,00    100,00      4.900,00\n"
                        + "AV-3         12.10.2026       -400,00      0,00       -400,00\n"
                        + "Total                        4.600,00    100,00      4.500,00 EUR\n");

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("4500.00"));
            assertThat(c.payerName()).isEqualTo("HOLVEC INDUSTRIES SA");
            assertThat(c.reference()).isEqualTo("7781002");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }

    @Test
    void aSupplierDepartmentInTheSenderGivesWayToTheCompanyAndChorusProsPublicBuyerPays() {
        List<BankCredit> department = read("Comptes fournisseurs", "Avis de règlement",
                "Nous avons procédé au règlement suivant.\nMontant réglé : 1 200,00 €\nDate du virement : 17/11/2026\n");
        List<BankCredit> chorus = read("Chorus Pro", "[Chorus Pro] Facture F-9 : paiement effectué",
                "Le paiement de votre facture a été effectué le 17/11/2026.\n  Fournisseur : MA SOCIETE SAS\n"
                        + "  Structure destinataire : COMMUNE DE BELLEVUE (SIRET 210 000 000 00019)\n  Montant payé : 2 400,00 €\n");

        assertThat(department).singleElement().extracting(BankCredit::payerName).isNull();
        assertThat(chorus).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2400.00"));
            assertThat(c.payerName()).isEqualTo("COMMUNE DE BELLEVUE");
        });
    }

    @Test
    void inAListOfInvoicesWithTheirStatusesOnlyTheOneSaidPaidIsACredit() {
        List<BankCredit> credits = read("Chorus Pro", "[Chorus Pro] Récapitulatif quotidien",
                "Les factures suivantes ont changé de statut :\n\n"
                        + "1) Facture F-31 - COMMUNE DE BELLEVUE\n   Montant TTC : 1 800,00 EUR\n   Nouveau statut : REJETÉE\n\n"
                        + "2) Facture F-32 - DEPARTEMENT DU NORD\n   Montant TTC : 6 000,00 EUR\n   Nouveau statut : MISE EN PAIEMENT\n"
                        + "   Les fonds n'ont pas encore été versés.\n\n"
                        + "3) Facture F-29 - SYNDICAT DES EAUX\n   Montant TTC : 960,00 EUR\n   Nouveau statut : PAYÉE\n"
                        + "   Le paiement de votre facture a été effectué le 18/11/2026\n   (référence du virement : MDT 2026-118).\n\n"
                        + "4) Facture F-33 - VILLE DE LENS\n   Montant TTC : 500,00 EUR\n   Nouveau statut : VALIDÉE\n");

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("960.00"));
            assertThat(c.payerName()).isEqualTo("SYNDICAT DES EAUX");
            assertThat(c.reference()).isEqualTo("MDT 2026-118");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }

    @Test
    void aPaymentSplitIntoTwoTransfersIsTwoCreditsOnTheirDaysSignedByThePersonsCompany() {
        String advice = "Le règlement de votre facture F-2026-0114 a été effectué en deux virements :\n\n"
                + "Virement 1    émis le 09/11/2026     3 000,00 EUR\n              Libellé : DURAND F-114 1/2\n"
                + "Virement 2    émis le 13/11/2026     1 500,00 EUR\n              Libellé : DURAND F-114 2/2\n"
                + "Total réglé                          %s EUR\n\nCordialement,\nMarie Lefort\nComptabilité\nDURAND BATIMENT\n";
        List<BankCredit> credits = readFrom("m.lefort@durand-batiment.fr", "Marie Lefort", "Avis de règlement n° 12",
                advice.formatted("4 500,00"));
        // the advice's own reading: rows that do not add up to the total it states are not the payment's parts
        List<BankCredit> notAddingUp = PayerAdvice.read("m", "Avis de règlement n° 12", advice.formatted("5 500,00"), SENT,
                Currency.getInstance("EUR"), Optional.of("DURAND BATIMENT"));

        assertThat(credits).extracting(c -> c.amount().amount())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("3000.00"), new BigDecimal("1500.00"));
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13));
        assertThat(credits).extracting(BankCredit::reference).containsExactly("DURAND F-114 1/2", "DURAND F-114 2/2");
        assertThat(credits).extracting(BankCredit::payerName).containsOnly("DURAND BATIMENT");
        assertThat(notAddingUp).as(notAddingUp.toString()).extracting(c -> c.amount().amount()).noneMatch(a -> a.compareTo(new BigDecimal("3000.00")) == 0);
    }

    @Test
    void aCompanyWhoseNameSpellsItsDomainStaysThePayer() {
        List<BankCredit> credits = readFrom("payouts@lemonlane.test", "Lemon Lane", "Your payout has been sent",
                "Your payout of €820.00 has been sent to your bank account on 18 November 2026.\n\nThe Lemon Lane team\n");

        assertThat(credits).singleElement().extracting(BankCredit::payerName).isEqualTo("Lemon Lane");
    }

    @Test
    void anInvoicingToolsPartPaymentIsTheDepositReceivedNotTheInvoiceOrWhatIsLeft() {
        List<BankCredit> credits = read("Facturio", "Acompte reçu – facture F-51",
                "Un paiement a été reçu par virement sur votre compte le 12 novembre 2026.\n"
                        + "Montant de la facture\t10 000,00 €\nAcompte reçu (30 %)\t3 000,00 €\n"
                        + "Référence du virement\tACOMPTE F-51\nReste à payer\t7 000,00 €\n");

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("3000.00"));
            assertThat(c.reference()).isEqualTo("ACOMPTE F-51");
        });
    }

    @Test
    void anAdviceOfAPaymentStillToBeIssuedIsNoCredit() {
        String table = "\n\nFacture      Date          Montant\nF-12         22-OCT-2026   3 000,00 EUR\n"
                + "F-14         30-OCT-2026   1 000,00 EUR\nTotal                      4 000,00 EUR\n";
        List<BankCredit> willBe = read("BOREAL SA", "Avis de paiement / Remittance advice",
                "BOREAL SA - AVIS DE PAIEMENT\nLe paiement ci-dessous sera émis le 30/11/2026." + table);
        List<BankCredit> notYet = read("BOREAL SA", "Avis de paiement / Remittance advice",
                "BOREAL SA - AVIS DE PAIEMENT\nDate de paiement : 30/11/2026\nAucun virement n'a encore eu lieu." + table);
        List<BankCredit> made = read("BOREAL SA", "Avis de paiement / Remittance advice",
                "BOREAL SA - AVIS DE PAIEMENT\nDate de paiement : 17/11/2026" + table);

        assertThat(willBe).isEmpty();
        assertThat(notYet).isEmpty();
        assertThat(made).singleElement().extracting(c -> c.amount().amount()).isEqualTo(new BigDecimal("4000.00"));
    }

    @Test
    void aPlatformsPayoutInItsOwnWordsIsACreditWithThePlatformAsPayer() {
        List<BankCredit> versed = read("Stripe", "Votre virement de 980,00 € a été versé",
                "Votre virement de 980,00 € a été versé\nStripe a versé 980,00 € sur votre compte bancaire le 4 novembre 2026.\n"
                        + "Paiements (3)\t1 010,00 €\nFrais Stripe\t-30,00 €\nMontant du virement\t980,00 €\n");
        List<BankCredit> wired = read("Malt", "Votre paiement a été viré",
                "Le paiement de votre facture pour la mission « Logo » vient d'être viré sur votre compte bancaire ce 18 novembre 2026.\n"
                        + "Montant de la facture\t1 000,00 €\nFrais de service\t- 60,00 €\nMontant versé\t940,00 €\n"
                        + "Vous recevez cet e-mail en tant que membre. Se désabonner\n");
        List<BankCredit> disbursed = read("AWS Marketplace", "Disbursement notification",
                "AWS Marketplace has disbursed USD 2,100.00 to your bank account ending in 4417 on November 16, 2026.\n"
                        + "Gross revenue\t2,300.00\nListing fees\t-200.00\nNet amount disbursed\t2,100.00\n");

        assertThat(versed).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("980.00"));
            assertThat(c.payerName()).isEqualTo("Stripe");
        });
        assertThat(wired).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("940.00"));
            assertThat(c.payerName()).isEqualTo("Malt");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
        assertThat(disbursed).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2100.00"));
            assertThat(c.payerName()).isEqualTo("AWS Marketplace");
        });
    }

    @Test
    void aBanksAchCreditPostedToTheAccountIsACredit() {
        List<BankCredit> credits = read("Chase", "ACH credit posted",
                "We posted an ACH credit to your account ending in (...8812).\nPosted date\t11/18/2026\nAmount\t$3,480.00\n"
                        + "From\tORBITAL SYSTEMS INC\nYour current alert threshold for ACH credits is $0.00 or more.\n");

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("3480.00"));
            assertThat(c.payerName()).isEqualTo("ORBITAL SYSTEMS INC");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }

    @Test
    void aFooterSayingWhyTheMailCameIsNoOfferAndTheStatementLabelStaysTheReference() {
        List<BankCredit> credits = read("Stripe", "Versement effectué",
                "Versement effectué : 640,00 €\n\nLes fonds de ce versement ont été déposés sur votre compte bancaire le 25 nov. 2026.\n\n"
                        + "Montant           640,00 €\nLibellé sur votre relevé bancaire : STRIPE ATELIER NORD\nID du versement   po_1Qz\n\n"
                        + "Récapitulatif\n  Paiements (2)     660,00 €\n  Frais Stripe      -20,00 €\n  Total versé       640,00 €\n\n"
                        + "Vous recevez cet e-mail car vous avez activé les notifications de versement.\n");

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("640.00"));
            assertThat(c.reference()).isEqualTo("STRIPE ATELIER NORD");
        });
    }

    @Test
    void anAdvicesPayerIsTheCompanyAsItSignsInFullNotItsDepartmentNorAPlatformsLegalFooter() {
        String advice = "Nous vous informons que nous avons procédé au règlement suivant.\nMontant réglé : 1 200,00 €\n"
                + "Date du virement : 17/11/2026\n\nCordialement,\n\nService Comptabilité Fournisseurs\n%s\nZI de la Lande - 44400 Rezé\n";
        List<BankCredit> signed = readFrom("compta@marees-distribution.test", "Comptabilité Fournisseurs Marées Distribution",
                "Avis de règlement", advice.formatted("Marées Distribution SAS"));
        List<BankCredit> footer = readFrom("compta@marees-distribution.test", "Comptabilité Fournisseurs Marées Distribution",
                "Avis de règlement", advice.formatted("Marées Distribution SAS – établissement agréé, 176 avenue de France"));

        List<BankCredit> ampersand = readFrom("ap@harrowfinch.test", "Harrow & Finch", "Remittance advice",
                "REMITTANCE ADVICE\nPayment Date: 19/11/2026\nPayment Amount: £4,800.00\n\nKind regards,\nHarrow & Finch Ltd\n");

        assertThat(signed).singleElement().extracting(BankCredit::payerName).isEqualTo("Marées Distribution SAS");
        assertThat(ampersand).singleElement().extracting(BankCredit::payerName).isEqualTo("Harrow & Finch Ltd");
        assertThat(footer).singleElement().extracting(BankCredit::payerName).isEqualTo("Marées Distribution");
    }
}
