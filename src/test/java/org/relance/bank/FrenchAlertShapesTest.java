package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shapes of French banks' and accounting tools' alerts: where each writes the payer, the reference and the day. */
class FrenchAlertShapesTest {

    private final BankReader reader = new BankReader(List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // subject | body | amount | payer | reference | date (the mail is dated 2026-11-18)
        // a cheque remittance: the day the sentence says it was credited, not its value date; its own number
        "Remise de chèques|Votre remise de chèques n° 4471203, déposée le 06/11/2026, a été portée au crédit de votre compte le 09/11/2026."
                + "\\n\\n  Référence de remise  : 4471203\\n  Montant de la remise : 1 412,50 €\\n  Date de valeur       : 11/11/2026\\n"
                + "|1412.50 EUR||4471203|2026-11-09",
        // an app's row: the amount first, the other party after a column gap
        "Vous avez reçu un virement|Vous avez reçu un virement aujourd'hui.\\n\\n+ 2 400,00 €   BRASSERIE DU PORT\\n  Motif : Acompte menus\\n"
                + "\\nSolde de votre compte : 6 318,55 €|2400.00 EUR|BRASSERIE DU PORT|Acompte menus|2026-11-18",
        // a tool's cheer before the sentence is no part of the payer's name
        "Invoice INV-0042 has been paid|Good news – Kilbride Software Ltd paid invoice INV-0042 online.\\nAmount paid\\t€3,900.00\\n"
                + "|3900.00 EUR|Kilbride Software Ltd|INV-0042|2026-11-18",
        // a founder's note: the day after the name is no part of it, "hier" dates it, "pour la F-…" is the invoice
        "Reçu|reçu 850€ de Martin SARL hier pour la F-2026-031\\n\\nenvoyé de mon iPhone|850.00 EUR|Martin SARL|F-2026-031|2026-11-17",
        "Avis de crédit|Montant : + 410,00 EUR\\nLibellé de l'opération :\\nVIR SEPA RECU /DE ATELIER BLEU /MOTIF F-88 /REF 99X1"
                + "|410.00 EUR|ATELIER BLEU|F-88|2026-11-18",
        "Alerte|Banque X: Credit de 780,00EUR le 16/11 sur cpte ****12 VIR DE MME DURAND ALICE. Solde 900,00EUR."
                + "|780.00 EUR|MME DURAND ALICE||2026-11-16",
        "Mouvement|Un mouvement de +1.320,00 € a été enregistré sur votre compte le 17/11/2026.\\nLibellé : VIREMENT DE M. PETIT LUC"
                + "\\nLibellé complémentaire : LOYER NOV|1320.00 EUR|M. PETIT LUC|LOYER NOV|2026-11-17",
        "Avis|Votre compte a été crédité le lundi 16 novembre 2026\\nd'un virement de 99,00 euros émis par COMMUNE DE VIENNE."
                + "|99.00 EUR|COMMUNE DE VIENNE||2026-11-16",
        "Remboursement|Un remboursement a été effectué sur votre carte :\\n\\n+ 45,00 € de FNAC PARIS\\n"
                + "Opération du 15/11/2026, portée au crédit de votre compte le 16/11/2026.|45.00 EUR|FNAC PARIS||2026-11-16",
        "Alerte Mouvement|Type d'opération ....... Virement reçu\\nMontant ................ 70,00 EUR\\n"
                + "Donneur d'ordre ........ CLUB DE TENNIS\\nLibellé ................ COTISATION 2027|70.00 EUR|CLUB DE TENNIS|COTISATION 2027|2026-11-18",
        "+250,00 € sur ton compte|Tu viens de recevoir un virement.\\n\\n  +250,00 €\\n  MARTIN CONSEIL\\n  17/11/2026"
                + "|250.00 EUR|MARTIN CONSEIL||2026-11-17",
        "Nouvel encaissement|Date : 17 nov. 2026\\nMontant : 310,00 EUR\\nLibellé bancaire : VIR SEPA RECU DE GARAGE NORD REF FA-12\\n"
                + "Indicateurs : CA encaissé du mois : 9 940,00 EUR|310.00 EUR|GARAGE NORD|FA-12|2026-11-17",
        "Transaction|01/11/2026   VIR INST RE 559120 DE: STUDIO KAPPA   +540,00 €|540.00 EUR|STUDIO KAPPA||2026-11-01",
        "Opération au crédit|Opération au crédit : EUR 1480,00\\nDate : 16-11-2026\\nNature : REMISE CHEQUE(S) N°0004 - 2 CHEQUE(S)\\n"
                + "Les chèques remis sont crédités sous réserve d'encaissement.|1480.00 EUR|||2026-11-16",
        "Dépôt|Tu as déposé 200,00 € en espèces sur ton compte le 17/11/2026.|200.00 EUR|||2026-11-17",
        "Avis d'opération|AVIS D'OPERATION (VIREMENT INTERNATIONAL RECU)\\nMontant : USD 2 000,00\\nDonneur d'ordre : ACME INC\\n"
                + "Frais à votre charge : 0,00 USD|2000.00 USD|ACME INC||2026-11-18",
        "La facture F-12 est payée|La facture F-12 émise à Studio Alpha a été rapprochée d'une transaction.\\n"
                + "Montant de la facture\\t600,00 € TTC\\nTransaction\\t+600,00 € le 16/11/2026 – VIR SEPA STUDIO ALPHA"
                + "|600.00 EUR|STUDIO ALPHA|F-12|2026-11-16",
        "Paiement de votre facture|Votre facture MKT-71 (mission Delta)\\na été payée.\\n\\nMontant TTC : 2 400,00 EUR\\n"
                + "Date du virement : 16 novembre 2026|2400.00 EUR||MKT-71|2026-11-16",
        "Mouvement|Date opération : 16 novembre 2026\\nSens           : C\\nMontant        : 2 312,00\\nDevise         : EUR\\n"
                + "Libellé        : VIR SEPA DGFIP REF REMBT TVA\\n\\nLégende : C = crédit, D = débit.|2312.00 EUR|DGFIP|REMBT TVA|2026-11-16",
        "Règlement de votre sinistre|Suite au sinistre survenu le 21/09/2026 dans vos locaux, nous vous avons versé\\n"
                + "ce jour, 16/11/2026, une indemnité de 964,20 € par virement sur votre compte.\\n\\n"
                + "   Dommages retenus : 1 114,20 €\\n   Franchise        :  -150,00 €\\n   Indemnité versée : 964,20 €\\n"
                + "Référence du virement : SIN 2026-448|964.20 EUR||SIN 2026-448|2026-11-16",
    })
    void anAlertIsReadWithItsPayerReferenceAndDay(String subject, String body, String amount, String payer,
            String reference, String date) throws Exception {
        BankReadResult result = reader.read("a.eml", Mails.text(subject, body.replace("\\n", "\n").replace("\\t", "\t")));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo(amount);
            assertThat(c.payerName()).isEqualTo(payer);
            assertThat(c.reference()).isEqualTo(reference);
            assertThat(c.date()).isEqualTo(LocalDate.parse(date));
        });
    }

    @Test
    void aCardRefundInAStatementNamesItsMerchantAndACashDepositNoOne() throws Exception {
        String body = "Opérations du 16/11/2026 :\n"
                + "16/11/2026  REMBT CARTE 4974XXXXXXXX0385 14/11 AIR FRANCE WEB  + 612,80 €\n"
                + "16/11/2026  VERSEMENT ESPECES AGENCE LYON  + 300,00 €\n"
                + "16/11/2026  PRLV SEPA EDF  - 80,00 €\n";

        assertThat(reader.read("s.eml", Mails.text("Vos opérations", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("612.80 EUR", "AIR FRANCE WEB"),
                        org.assertj.core.groups.Tuple.tuple("300.00 EUR", null));
    }

    @Test
    void aLineBreakInsideATableCellKeepsTheRowOnOneLine() throws Exception {
        String html = "<table><tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>"
                + "<tr><td>16/11/2026</td><td>VIR INST RE 4829 DE: ELECTRO SUD<br>MOTIF: FA-77</td><td></td><td>964,00</td></tr>"
                + "<tr><td>16/11/2026</td><td>PRLV SEPA URSSAF<br>ECH/161126</td><td>118,00</td><td></td></tr></table>";

        assertThat(reader.read("t.eml", Mails.html("Relevé du jour", html, "UTF-8", "8bit")).credits()).singleElement()
                .satisfies(c -> {
                    assertThat(c.amount().toString()).isEqualTo("964.00 EUR");
                    assertThat(c.payerName()).isEqualTo("ELECTRO SUD");
                    assertThat(c.reference()).isEqualTo("FA-77");
                });
    }

    @Test
    void aListOfTheDaysPaymentsWithoutADateColumnIsReadUnderItsHeaderAndDatedByItsSentence() throws Exception {
        String html = "<p>Les paiements suivants ont été enregistrés aujourd'hui, lundi 16 novembre 2026 :</p><table>"
                + "<tr><th>Client</th><th>Facture</th><th>Mode</th><th>Montant</th></tr>"
                + "<tr><td>Fromagerie Bel</td><td>FAC-12</td><td>Virement</td><td>300,00 €</td></tr>"
                + "<tr><td>Garage Sud</td><td>FAC-09</td><td>Chèque</td><td>1 050,50 €</td></tr></table>"
                + "<p>Total encaissé : 1 350,50 €. Factures en retard : 3 (2 100,00 €).</p>";

        assertThat(reader.read("l.eml", Mails.html("2 paiements reçus aujourd'hui", html, "UTF-8", "8bit")).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("300.00 EUR", "Fromagerie Bel", "FAC-12", LocalDate.of(2026, 11, 16)),
                        org.assertj.core.groups.Tuple.tuple("1050.50 EUR", "Garage Sud", "FAC-09", LocalDate.of(2026, 11, 16)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Remboursement effectué|Le remboursement de 120,00 € pour la commande C-12 a bien été effectué.\\nMontant remboursé au client : 120,00 €",
        "Refund issued|The refund of €80.00 for order 5512 has been processed.\\nThis amount will be deducted from your next payout.",
    })
    void aRefundTheUserGaveToACustomerIsNoCredit(String subject, String body) throws Exception {
        assertThat(reader.read("r.eml", Mails.text(subject, body.replace("\\n", "\n"))).credits()).isEmpty();
    }

    @Test
    void datedLinesUnderASentenceSayingTheyWereCreditedAreCreditsWhenNothingInTheMailSaysDebit() throws Exception {
        String body = "Les opérations suivantes ont été enregistrées au crédit de votre compte :\n\n"
                + "Date      Libellé                                         Montant\n"
                + "16/11/26  VIR SEPA MAISON NOIRE SAS REF FA-2026-0412      1.250,00 EUR\n"
                + "16/11/26  VIR SEPA TRANSPORTS ROY REF ACPT T4             3.000,00 EUR\n\n"
                + "Solde comptable au 16/11/2026 : 18.746,21 EUR\n";

        assertThat(reader.read("c.eml", Mails.text("Alerte : opérations au crédit", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1250.00 EUR", "MAISON NOIRE SAS", "FA-2026-0412"),
                        org.assertj.core.groups.Tuple.tuple("3000.00 EUR", "TRANSPORTS ROY", "ACPT T4"));
    }

    @Test
    void aShopsRecapOfCollectionsReadsEachPaymentAndNotTheSignedRefund() throws Exception {
        String html = "<p>Voici le récapitulatif de vos encaissements du 16/11/2026.</p><table>"
                + "<tr><th>Heure</th><th>Type</th><th>Client</th><th>Référence commande</th><th>Montant</th></tr>"
                + "<tr><td>09:14</td><td>Paiement</td><td>Anne Roche</td><td>WS-11</td><td>90,00 €</td></tr>"
                + "<tr><td>15:40</td><td>Remboursement</td><td>Sonia Petit</td><td>WS-09</td><td>-90,00 €</td></tr>"
                + "<tr><td>18:22</td><td>Paiement</td><td>Inès Garnier</td><td>WS-12</td><td>45,00 €</td></tr></table>"
                + "<p>Total encaissé : 135,00 € – Frais : 2,43 €</p>";

        assertThat(reader.read("r.eml", Mails.html("Récapitulatif de vos encaissements", html, "UTF-8", "8bit")).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("90.00 EUR", "Anne Roche", "WS-11"),
                        org.assertj.core.groups.Tuple.tuple("45.00 EUR", "Inès Garnier", "WS-12"));
    }

    @Test
    void amountsLeadingLabelledSegmentsAreEachACreditWithTheirPayerAndReference() throws Exception {
        String body = "Les virements suivants ont été portés au crédit de votre compte le vendredi 13 novembre 2026 :\n"
                + "EUR 2 900,00 – Donneur d'ordre : OFFICE DU TOURISME – Réf. : BC 26-1442\n"
                + "EUR 88,00 – Donneur d'ordre : NATHALIE ROUX – Réf. : ATELIER 31/10\n"
                + "Frais de tenue de compte prélevés ce mois-ci : EUR 24,00.\n";

        assertThat(reader.read("v.eml", Mails.text("Avis de virements reçus", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2900.00 EUR", "OFFICE DU TOURISME", "BC 26-1442", LocalDate.of(2026, 11, 13)),
                        org.assertj.core.groups.Tuple.tuple("88.00 EUR", "NATHALIE ROUX", "ATELIER 31/10", LocalDate.of(2026, 11, 13)));
    }
}
