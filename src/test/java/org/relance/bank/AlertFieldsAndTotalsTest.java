package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What an alert repeats, what a summary totals and what a table continues: one credit per payment, never a period's
 * total, and the label's second line kept as the payer's words.
 */
class AlertFieldsAndTotalsTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String subject, String body) {
        return reader.read("m", subject, body, SENT);
    }

    @Test
    void anAmountSaidInTheHeadlineAndAgainInAnAmountFieldIsOneCredit() {
        List<BankCredit> credits = read("Money in",
                "Oakridge Joinery sent you £240.00 GBP\n\nNote: \"Shelves phase 2\"\n\nTransaction date:   19 November 2026\n"
                        + "Amount received:    £240.00 GBP\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("240.00"));
            assertThat(c.payerName()).isEqualTo("Oakridge Joinery");
        });
    }

    @Test
    void aStatementsMoneyInTotalBetweenItsBalancesIsNoCredit() {
        assertThat(read("Your statement is ready",
                "Summary for 20 October - 19 November\n  Opening balance   £1,020.00\n  Money in          £5,300.00\n"
                        + "  Money out         £4,100.50\n  Closing balance   £2,219.50\n")).isEmpty();
    }

    @Test
    void aMonthsCollectedTotalInAReminderNoticeIsNoCredit() {
        assertThat(read("Relance envoyée – facture F-88",
                "La relance n°1 a été envoyée à Voilerie Marin pour la facture F-88.\nReste à payer : 1 200,00 €\n\n"
                        + "En novembre, vous avez encaissé 18 450,00 € de factures clients.\n")).isEmpty();
    }

    @Test
    void numberedTransfersHeadedByTheirPayerAreOneCreditEach() {
        List<BankCredit> credits = read("Vos virements reçus",
                "2 virements ont été reçus aujourd'hui :\n\n1) Virement de OUEST IMPRESSION\n   Montant : 410,00 EUR\n"
                        + "   Information : F-2026-31\n   Date : 19/11/2026\n\n2) Virement de MME ANNE RIOU\n   Montant : 75,00 EUR\n"
                        + "   Information : ATELIER 12/11\n   Date : 19/11/2026\n\nMontant total des virements reçus : 485,00 EUR\n");
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("OUEST IMPRESSION", "MME ANNE RIOU");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("F-2026-31", "ATELIER 12/11");
    }

    @Test
    void aRemittanceAdviceNamesThePayerItsFromLineGivesAndItsTotalPaid() {
        List<BankCredit> credits = reader.read("m", "Remittance Advice - Payment Ref AP-7781",
                "REMITTANCE ADVICE\n\nFrom:           Brook Lane Estates Ltd\nPayment Date:   18/11/2026\n"
                        + "Payment Reference:  AP-7781\n\nWe have today made a payment to your account for the items below.\n\n"
                        + "Invoice    INV-88     01/10/2026      900.00\nInvoice    INV-91     15/10/2026      450.00\n"
                        + "Total Paid                           1,350.00 GBP\n",
                SENT, Optional.of("ap@brooklane.test"), Optional.of("Brook Lane Accounts Payable"));
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1350.00"));
            assertThat(c.payerName()).isEqualTo("Brook Lane Estates Ltd");
            assertThat(c.reference()).isEqualTo("AP-7781");
        });
    }

    @Test
    void aPayersPostalAddressWrittenAfterItsNameIsNotPartOfTheName() {
        List<BankCredit> credits = read("Gutschrift",
                "Gutschrift auf Ihrem Konto\nBetrag: CHF 2'400.00\nAuftraggeber: Brunner Elektro AG Bahnhofstrasse 8 8400 Winterthur\n"
                        + "Mitteilung: Rg. 2026-114\nBuchungsdatum: 19.11.2026\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Brunner Elektro AG"));
    }

    @Test
    void anIndentedLineUnderAStatementRowIsThePayersWords() {
        List<BankCredit> credits = read("Votre synthèse du 19/11/2026",
                "Date    Libellé                                Débit (€)   Crédit (€)\n"
                        + "19/11   VIR SEPA ATELIER KERLAN                                 620,00\n"
                        + "        SOLDE COMMANDE 44\n"
                        + "19/11   CB BRICO NANTES                             42,10\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("ATELIER KERLAN");
            assertThat(c.reference()).isEqualTo("SOLDE COMMANDE 44");
        });
    }

    @Test
    void aGermanPaymentsDescriptionIsItsReference() {
        List<BankCredit> credits = read("Zahlung erhalten",
                "Sie haben eine Zahlung in Höhe von 350,00 € von Hoffmann Druck GmbH erhalten.\n\nBetrag         350,00 €\n"
                        + "Beschreibung   Rechnung 2026-77\nDatum          19. Nov. 2026\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("Rechnung 2026-77"));
    }

    @Test
    void aEuropeanTransferReceivedWithAZeroFeeLineIsACreditFromItsCounterparty() {
        List<BankCredit> credits = read("Nouveau mouvement sur votre compte",
                "Type d'opération      : Virement européen reçu\nMontant               : + 2.400,00 EUR\n"
                        + "Date valeur           : 18/11/2026\nNom contrepartie      : ATELIER DU CANAL SRL\n"
                        + "Compte contrepartie   : BE91 0017 7654 3276\nCommunication         : +++090/9337/55493+++\n"
                        + "Frais                 : EUR 0,00\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2400.00"));
            assertThat(c.payerName()).isEqualTo("ATELIER DU CANAL SRL");
            assertThat(c.reference()).isEqualTo("+++090/9337/55493+++");
        });
    }

    @Test
    void labelledLinesUnderAStatementRowGiveItsPayerAndReference() {
        List<BankCredit> credits = read("Votre synthèse hebdomadaire",
                "Date   Libellé                                          Débit     Crédit\n"
                        + "09/11  VIR SEPA RECU                                              1 600,00\n"
                        + "       De : CLINIQUE DES PINS\n       Motif : FACTURE F26-0412\n"
                        + "10/11  CARTE X4021 08/11                                  86,40\n       LEROY MERLIN\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("CLINIQUE DES PINS");
            assertThat(c.reference()).isEqualTo("FACTURE F26-0412");
        });
    }

    @Test
    void aReferenceHeadingOnItsOwnLineIsReadFromTheLineUnderIt() {
        List<BankCredit> credits = read("Alerte : opération créditrice",
                "Nature de l’opération : Virement SEPA reçu\nMontant : 1 200,00 €\nDate de l’opération : 18/11/2026\n"
                        + "Donneur d’ordre\nASSOC LES AMIS DU PORT\nRéférence communiquée par le donneur d’ordre\nACOMPTE DEVIS D-31\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("ASSOC LES AMIS DU PORT");
            assertThat(c.reference()).isEqualTo("ACOMPTE DEVIS D-31");
        });
    }

    @Test
    void thePayersAccountNumberAfterItsNameIsNotPartOfTheName() {
        List<BankCredit> credits = read("Virement reçu",
                "Vous avez reçu un virement.\nMontant : +950,00 EUR\nDe la part de : ASBL LES JEUNES D'IXELLES BE71 0961 2345 6769\n"
                        + "Communication : cotisation 2026\nDate : 12/11/2026\n");
        assertThat(credits).singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("ASBL LES JEUNES D'IXELLES"));
    }
}
