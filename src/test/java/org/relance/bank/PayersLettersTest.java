package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Letters from those who pay (insurers, public bodies, funders) and notifications whose day, payer or reference is
 * written around the credit rather than labelled: the day it was paid, never one to come; the reference the
 * statement will show; the payer without its account number or its sellers' offer.
 */
class PayersLettersTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String subject, String body, String sender) {
        return reader.read("m", subject, body, SENT, Optional.empty(), Optional.of(sender));
    }

    @Test
    void anInsurersTransferMadeThisDayWithTheStatementReferenceIsACreditOfTheAmountPaidNow() {
        List<BankCredit> credits = read("Votre sinistre n° 77 0012 - règlement de l'indemnité",
                "Madame, Monsieur,\nSuite au rapport de notre expert, nous avons procédé ce jour au virement de l'indemnité "
                        + "qui vous revient.\nDécompte :\n  Dommages évalués ............ 4 000,00 euros\n"
                        + "  Franchise .................... - 500,00 euros\n"
                        + "  Indemnité immédiate versée ce jour ..... 3 500,00 euros\n"
                        + "Indemnité différée : 900,00 euros. Elle vous sera versée sur présentation de la facture.\n"
                        + "Le virement apparaîtra sur votre relevé sous la référence : SIN 770012 IND\n",
                "Mutuelle Assurances Val de Seine");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("3500.00"));
            assertThat(c.reference()).isEqualTo("SIN 770012 IND");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
    }

    @Test
    void aFundersPaymentIsDatedByItsOwnSentenceNotByTheContractNorTheBalanceToCome() {
        List<BankCredit> credits = read("Versement de votre aide",
                "Dans le cadre de l'aide accordée (contrat n° DOS77/00 du 02/09/2026, montant total : 50 000,00 €), nous avons "
                        + "procédé, le 18 novembre 2026, au versement de :\n30 000,00 €\ncorrespondant au premier versement.\n"
                        + "Ce virement apparaîtra sur votre relevé bancaire sous la référence : AR DOS77 VERS 1\n"
                        + "Le solde de 20 000,00 € vous sera versé au plus tard le 30/06/2028.\n",
                "Agence Innovation");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("30000.00"));
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(c.reference()).isEqualTo("AR DOS77 VERS 1");
        });
    }

    @Test
    void aDayOnWhichTheRestWillBePaidIsNotTheDayOfThePayment() {
        List<BankCredit> credits = read("Règlement de votre dossier 4471",
                "Madame, Monsieur,\nNous avons procédé au versement de l'acompte de 1 500,00 € sur votre compte.\n"
                        + "Le solde de 2 000,00 € vous sera versé le 30/06/2027.\n",
                "Caisse Régionale d'Aides");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1500.00"));
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
    }

    @Test
    void aBodyThatSaysItMadeTheTransferOnADayIsTheCreditsPayerAndDay() {
        List<BankCredit> credits = read("Paiement des indemnités journalières",
                "La caisse vous informe qu'elle a effectué le 19/11/2026 un virement de 1 210,40 € sur le compte bancaire "
                        + "de votre établissement.\nRéférence du virement : IJ 2026111900417\n",
                "Caisse primaire - Employeurs");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1210.40"));
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 19));
            assertThat(c.reference()).isEqualTo("IJ 2026111900417");
        });
    }

    @Test
    void aDollarDateMonthsBeforeTheMailIsReadMonthFirst() {
        List<BankCredit> early = reader.read("m", "You received an ACH credit",
                "You received $2,400.00 USD from Pinecrest Labs.\nDescription: INV 2207\nDate: 11/09/2026\n", SENT);
        assertThat(early).singleElement().satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 9)));
    }

    @Test
    void aSwissCreditTransferNamesItsPayerAndItsQrReferenceWithoutTheirWords() {
        List<BankCredit> credits = reader.read("m", "Récapitulatif hebdomadaire",
                "Date        Texte                                          Débit      Crédit\n"
                        + "17.11.2026  Bonification Garage du Lac SA                        1'280.00\n"
                        + "            Réf. QR 00 00000 00003 11261 04700 09911\n"
                        + "18.11.2026  Paiement eBill Romande Energie SA         212.40\n", SENT);
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("Garage du Lac SA");
            assertThat(c.reference()).isEqualTo("00 00000 00003 11261 04700 09911");
        });
    }

    @Test
    void aPayersAccountInBracketsIsNotPartOfItsName() {
        List<BankCredit> credits = reader.read("m", "Je hebt € 320,00 ontvangen van Visser Advies",
                "Je hebt € 320,00 ontvangen van Visser Advies\n\nVan:           Visser Advies (NL48 INGB 0009 1111 22)\n"
                        + "Beschrijving:  \"Advies dakgoot Kerkstraat 4\"\n", SENT);
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("Visser Advies");
            assertThat(c.reference()).isEqualTo("Advies dakgoot Kerkstraat 4");
        });
    }

    @Test
    void aPlatformsOfferForSellersAfterItsNameIsNotPartOfIt() {
        assertThat(PayerAdvice.company("Kolibri Business")).contains("Kolibri");
        assertThat(PayerAdvice.company("ShopLine Partenaires")).contains("ShopLine");
        assertThat(PayerAdvice.company("Atelier Pro Bois")).contains("Atelier Pro Bois");
    }
}
