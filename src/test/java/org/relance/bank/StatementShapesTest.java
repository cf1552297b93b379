package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Daily overviews in the shapes banks write them (an amount under its operation, columns aligned with spaces, a
 * numbered "Money in" list), and what is never a credit in them or around them: totals, estimates, advertising.
 */
class StatementShapesTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String subject, String body) {
        return reader.read("m", subject, body, SENT);
    }

    private static BigDecimal amount(BankCredit credit) {
        return credit.amount().amount();
    }

    @Test
    void anAmountAloneUnderItsDatedOperationIsThatOperationsWithItsCounterpartyAndCommunication() {
        List<BankCredit> credits = read("Aperçu de vos opérations du 19/11/2026",
                "Aperçu quotidien\n\n"
                        + "19/11/2026  Virement européen reçu\n"
                        + "            SPRL DUVIVIER - BE68 5390 0754 7034\n"
                        + "            +++090/9337/55493+++\n"
                        + "              + 2.420,00 EUR\n\n"
                        + "19/11/2026  Domiciliation européenne\n"
                        + "            ENGIE ELECTRABEL - BE12 0000 1111 2222\n"
                        + "            Facture 77812 - Mandat EL881\n"
                        + "                 - 210,14 EUR\n\n"
                        + "19/11/2026  Virement instantané reçu\n"
                        + "            Marc Dufour - BE47 0635 5667 7880\n"
                        + "            Solde atelier octobre\n"
                        + "                + 180,00 EUR\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2420.00"), new BigDecimal("180.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("SPRL DUVIVIER");
        assertThat(credits.get(0).reference()).isEqualTo("+++090/9337/55493+++");
        assertThat(credits.get(1).payerName()).isEqualTo("Marc Dufour");
        assertThat(credits.get(1).reference()).isEqualTo("Solde atelier octobre");
    }

    @Test
    void underAnOperationsTypeTheFirstLineIsWhoPaidAndTheSecondWhatTheyWrote() {
        List<BankCredit> credits = read("Ihre Tagesübersicht vom 19.11.2026",
                "Buchung Valuta Vorgang / Buchungsinformation                 Soll EUR     Haben EUR\n"
                        + "19.11.  19.11. Gutschrift Überweisung                                       4.100,00\n"
                        + "               Keller Maschinenbau AG\n"
                        + "               RE 2026-331 Wartung Linie 2\n"
                        + "19.11.  19.11. Basislastschrift                                 88,20\n"
                        + "               Vodafone GmbH\n"
                        + "               Kd-Nr. 7712 Rg. 11/2026\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(amount(c)).isEqualByComparingTo("4100.00");
            assertThat(c.payerName()).isEqualTo("Keller Maschinenbau AG");
            assertThat(c.reference()).isEqualTo("RE 2026-331 Wartung Linie 2");
        });
    }

    @Test
    void columnsAlignedWithSpacesSayTheSideByWhereTheAmountStands() {
        List<BankCredit> credits = read("Your daily account summary – 19 Nov 2026",
                "Daily account summary\nThursday 19 November 2026\n\n"
                        + "Type            Paid in by / Paid to       Reference           Money in  Money out\n"
                        + "BACS credit     ASHFORD TRADING LTD        INV 0912             £980.00\n"
                        + "Direct Debit    BRITISH GAS                BG 7781 0091                   £120.40\n"
                        + "Faster Payment  K OKAFOR                   DESIGN FEE           £250.00\n\n"
                        + "Total money in:  £1,230.00\nTotal money out: £120.40\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("980.00"), new BigDecimal("250.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("ASHFORD TRADING LTD");
        assertThat(credits.get(0).reference()).isEqualTo("INV 0912");
        assertThat(credits.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void aNumberedMoneyInListGivesEachPayerAndTheReferenceIndentedUnderIt() {
        List<BankCredit> credits = read("Your day in payments: 2 in, 1 out",
                "Here's everything that moved today.\n\nMONEY IN\n\n1. £310.00 — Birch & Co\n   Reference: BC-88\n\n"
                        + "2. £75.00 — A SINGH\n   Reference: lesson pack\n\nTotal in: £385.00\n\nMONEY OUT\n\n"
                        + "1. £40.00 — Office Supplies Ltd\n   Reference: ORDER 12\n");
        assertThat(credits).hasSize(2);
        assertThat(credits.get(0).payerName()).isEqualTo("Birch & Co");
        assertThat(credits.get(0).reference()).isEqualTo("BC-88");
        assertThat(credits.get(1).payerName()).isEqualTo("A SINGH");
        assertThat(credits.get(1).reference()).isEqualTo("lesson pack");
    }

    @Test
    void aSectionsRowWithItsDayInAColumnIsDatedByItAndNamesItsPayerWithoutTheOperationsType() {
        List<BankCredit> credits = read("Your weekly summary: 9 – 15 Nov",
                "Your weekly summary\nMoney in +€1,260.00\t\tMoney out −€40.00\nMoney in\n"
                        + "Harbour Labs Ltd Transfer · Reference: INV-0917\t10 Nov\t+€1,200.00\n"
                        + "Papeterie Moderne Card refund · Visa ••1180\t12 Nov\t+€60.00\n"
                        + "Money out\nPrint Shop Card payment · Visa ••1180\t13 Nov\t−€40.00\n");
        assertThat(credits).hasSize(2);
        assertThat(credits.get(0).payerName()).isEqualTo("Harbour Labs Ltd");
        assertThat(credits.get(0).reference()).isEqualTo("INV-0917");
        assertThat(credits.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(credits.get(1).payerName()).isEqualTo("Papeterie Moderne");
        assertThat(credits.get(1).date()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void aRejectedDirectDebitsInitialCreditIsNoCredit() {
        assertThat(read("Rejet d'un prélèvement SEPA – remise du 12/11/2026",
                "Un prélèvement SEPA que vous avez émis a été rejeté par la banque de votre débiteur.\n"
                        + "Remise de prélèvements n° 2026-1112-01 du 12/11/2026\nDébiteur : GARAGE DU PONT\n"
                        + "Montant initial (crédité le 13/11/2026) : 320,00 €\n"
                        + "Montant débité de votre compte le 19/11/2026 : - 320,00 €\n")).isEmpty();
    }

    @Test
    void theThresholdAnAlertIsSetAtIsNotTheCredit() {
        List<BankCredit> credits = read("Alerte : opération créditrice sur votre compte",
                "Vous avez demandé à être alerté des opérations créditrices supérieures à 300,00 € sur votre compte.\n"
                        + "Le 19/11/2026, un virement de 840,00 € a été porté au crédit de votre compte.\n"
                        + "Émetteur : CLUB NAUTIQUE\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(amount(c)).isEqualByComparingTo("840.00"));
    }

    @Test
    void aStatementsTotalOfCreditsBesideItsTotalOfDebitsIsNoCredit() {
        assertThat(read("Votre relevé de compte est disponible",
                "Banque Pro\n\nMadame, Monsieur,\n\nVotre relevé de compte n° 10/2026 du compte courant professionnel n° 0****1290B, "
                        + "arrêté au 31/10/2026, est disponible dans votre Espace Client, rubrique « Mes documents > Relevés de compte ».\n\n"
                        + "Pour mémoire :\n"
                        + "   Solde au 30/09/2026 ..................... 12 800,00 EUR\n"
                        + "   Total des opérations au crédit ......... 38 410,00 EUR\n"
                        + "   Total des opérations au débit .......... 30 002,50 EUR\n"
                        + "   Nouveau solde au 31/10/2026 ............. 21 207,50 EUR (créditeur)\n")).isEmpty();
    }

    @Test
    void anEstimatedFigureBesideListedOperationsIsNoCredit() {
        List<BankCredit> credits = read("2 nouvelles transactions",
                "2 nouvelles transactions ont été synchronisées depuis votre compte.\n"
                        + "+ 1 200,00 €   Virement de ATELIER NORD   ·   12 nov. 2026\n"
                        + "    Libellé bancaire : VIR SEPA RECU /DE ATELIER NORD /MOTIF F-88 ENTRETIEN\n"
                        + "+ 300,00 €   Virement de CLUB ALPIN   ·   13 nov. 2026\n"
                        + "    Libellé bancaire : VIR INST RECU /DE CLUB ALPIN /MOTIF F-89\n"
                        + "Solde synchronisé du compte : 8 410,00 €\n"
                        + "TVA collectée estimée ce mois-ci : 2 140,00 €\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1200.00"), new BigDecimal("300.00"));
        assertThat(credits.get(1).date()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(credits.get(1).payerName()).isEqualTo("CLUB ALPIN");
        assertThat(credits.get(0).reference()).isEqualTo("F-88 ENTRETIEN");
    }

    @Test
    void aBanksAdvertisingWithAWorkedExampleIsNoCredit() {
        assertThat(read("Votre épargne mérite mieux",
                "Business Newsletter\n\nExemple : pour 20.000,00 EUR placés 12 mois au taux de 2,10 % sur base annuelle, "
                        + "vous percevriez 420,00 EUR d'intérêts, crédités le 1er janvier.\n")).isEmpty();
        assertThat(read("Ihr Zinsangebot",
                "Mindestanlage: € 5.000,00\nRechenbeispiel: Bei einer Anlage von € 10.000,00 erhalten Sie 2,5 % p.a. "
                        + "Die Zinsen werden Ihrem Konto gutgeschrieben.\nDies ist eine Werbemitteilung.\n")).isEmpty();
    }

    @Test
    void howAPaymentWasMadeIsNotWhoMadeIt() {
        List<BankCredit> credits = read("You received 1,495.00 USD",
                "Harbor Lane Inc sent you money.\nHarbor Lane Inc sent     1,500.00 USD\nFee for receiving     - 5.00 USD\n"
                        + "You received     1,495.00 USD\nReference: INV 311\nPaid by: Wire transfer (Fedwire)\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(amount(c)).isEqualByComparingTo("1495.00");
            assertThat(c.payerName()).isEqualTo("Harbor Lane Inc");
            assertThat(c.reference()).isEqualTo("INV 311");
        });
    }

    @Test
    void aCreditBookedYesterdayIsDatedTheDayBeforeTheMail() {
        List<BankCredit> credits = read("Zahlungseingang auf Ihrem Konto",
                "Gestern ist auf Ihrem Konto ein Zahlungseingang gebucht worden:\nBetrag: € 900,00\n"
                        + "Auftraggeber: Moser KG\nBuchungsdatum: gestern, 10:12\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 19)));
    }

    @Test
    void aSwissFrancAmountWrittenFrIsInFrancs() {
        List<BankCredit> credits = read("Ihre Auszahlung",
                "Wir haben den Auszahlungsbetrag auf Ihr Konto überwiesen.\nUmsatz  Fr. 900.00\nGebühren  − Fr. 11.70\n"
                        + "Auszahlungsbetrag  Fr. 888.30\nValuta: 20.11.2026\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(amount(c)).isEqualByComparingTo("888.30");
            assertThat(c.amount().currency().getCurrencyCode()).isEqualTo("CHF");
        });
    }

    @Test
    void aDutchPaymentRequestPaidNamesWhoPaidIt() {
        List<BankCredit> credits = read("S. de Wit heeft je Tikkie betaald",
                "Goed nieuws!\nS. de Wit heeft je Tikkie betaald.\nBedrag: € 42,50\nOmschrijving: Lunch workshop\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(amount(c)).isEqualByComparingTo("42.50");
            assertThat(c.payerName()).isEqualTo("S. de Wit");
            assertThat(c.reference()).isEqualTo("Lunch workshop");
        });
    }

    @Test
    void aTotalThatSumsTheRowsAboveItIsTheirsAndEachRowUnderAPaidOutHeadingIsACredit() {
        List<BankCredit> credits = read("Your weekly summary",
                "Payouts paid to your bank account\n"
                        + "  Mon, Nov 16      €300.00      Paid\n"
                        + "  Wed, Nov 18      €1,250.50    Paid\n"
                        + "  Total paid out   €1,550.50\n\n"
                        + "Upcoming\n"
                        + "  Next payout      €80.00       Expected Mon, Nov 23\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("300.00"), new BigDecimal("1250.50"));
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));
    }

    @Test
    void thePlatformWhosePayoutsArePaidToYourBankAccountIsTheirPayer() {
        List<BankCredit> credits = reader.read("m", "Your weekly summary",
                "Payouts paid to your bank account\n"
                        + "  Mon, Nov 16      €300.00      Paid\n"
                        + "  Wed, Nov 18      €1,250.50    Paid\n"
                        + "  Total paid out   €1,550.50\n", SENT, Optional.empty(), Optional.of("Stripe"));
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("Stripe", "Stripe");
    }

    @Test
    void aMarketplacesDepositSentToYourBankAccountIsACreditOfTheDepositAmountFromTheMarketplace() {
        List<BankCredit> credits = reader.read("m", "Your Etsy deposit",
                "Your deposit of €410.00 was sent to your bank account ending in 4417 on Friday, November 20, 2026.\n\n"
                        + "Sales\n  Order #31  Vase   € 450.00\n  Total sales   €450.00\n\nFees\n  Transaction fees  -€40.00\n\n"
                        + "Deposit amount          €410.00\n\nYour next deposit is scheduled for Friday, November 27, 2026.\n",
                SENT, Optional.empty(), Optional.of("Etsy"));
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo("410.00");
            assertThat(c.payerName()).isEqualTo("Etsy");
        });
    }

    @Test
    void aPayersNameOnItsOwnLineUnderTheAmountLosesItsPreposition() {
        List<BankCredit> credits = read("Virement reçu",
                "Vous avez reçu un virement sur votre compte.\n\n+ 2 316,00 €\nde CONCIERGERIE EMERAUDE SAS\n\n"
                        + "Référence : F2026-124\nReçu le : 19/11/2026\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("CONCIERGERIE EMERAUDE SAS"));
    }

    @Test
    void salesRowsTotalledAboveThePlatformsFeesAndNetAreNoCreditsOfTheirOwn() {
        List<BankCredit> credits = read("Versement payé : 587,40 €",
                "Le versement ci-dessous a été payé le 18 novembre 2026 sur votre compte bancaire.\n\n"
                        + "Paiements encaissés\n"
                        + "  Cabinet Morel      18/11/2026   300,00 €\n"
                        + "  Pharmacie du Drac  18/11/2026   300,00 €\n"
                        + "  Total des paiements (2)         600,00 €\n"
                        + "  Frais (TVA incluse)             −12,60 €\n"
                        + "  Montant versé                   587,40 €\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("587.40"));
    }

    @Test
    void aCardBatchsGrossCommissionAndNetAreOneCreditOfTheNet() {
        List<BankCredit> credits = read("Remise carte bancaire créditée sur votre compte",
                "Vos encaissements par carte bancaire du 18/11/2026 ont été crédités sur votre compte.\n\n"
                        + "Nombre de transactions : 12\n"
                        + "Montant brut des transactions : 845,00 EUR\n"
                        + "Commissions commerçant : - 8,45 EUR\n"
                        + "Montant net crédité : 836,55 EUR\n");
        assertThat(credits).extracting(StatementShapesTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("836.55"));
    }

    @Test
    void anAccountantsTableOfTheWeeksTakingsIsCreditsWithTheirClientsEvenBesideWhatHasNotArrived() {
        String table = "Date        Client                 Facture(s)     Libellé bancaire          Montant\n"
                + "16/11/2026  Optique Morel SARL     F-2026-0138    VIR OPTIQUE MOREL F0138   2 160,00 €\n"
                + "18/11/2026  Cabinet Rivière        F-2026-0126    NORDLOGIC F-2026-0126     1 320,00 €\n"
                + "                                                  Total encaissé            3 480,00 €\n\n"
                + "Pas encore arrivé : le solde de Transports Henri (4 000,00 €) est attendu en janvier.\n"
                + "La TVA de novembre sera à déclarer avant le 24/12.\n";
        List<BankCredit> credits = read("Point de la semaine",
                "Bonjour,\n\nVoici le point sur les encaissements de la semaine, relevés sur votre compte :\n\n" + table);
        List<BankCredit> unsaid = read("Point de la semaine", "Bonjour,\n\nVoici le point de la semaine :\n\n" + table);
        // takings still expected are not in
        List<BankCredit> expected = read("Point de la semaine", "Bonjour,\n\nLes encaissements attendus cette semaine :\n\n" + table);

        assertThat(credits).extracting(StatementShapesTest::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2160.00"), new BigDecimal("1320.00"));
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("Optique Morel SARL", "Cabinet Rivière");
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));
        assertThat(unsaid).isEmpty();
        assertThat(expected).isEmpty();
    }
}
