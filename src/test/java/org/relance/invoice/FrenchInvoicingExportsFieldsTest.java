package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The headings French invoicing software prints (Sage 100 grid, Dolibarr panel) name the invoice's number and date. */
class FrenchInvoicingExportsFieldsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void aNumberAndDateUnderNoPieceAndDatePieceHeadingsAreTheInvoices() {
        ExtractedInvoice i = read("""
                ATELIERS DU NORD                                                  FACTURE
                       N° pièce            Date pièce           Code client          Échéance

                       F012345             14/05/2026          CDUPONT               30/06/2026

                Votre commande n° 257490 du 28/04/2026  -  Bon de livraison n° BL71204 du 12/05/2026

                                                                   Total HT                 100,00
                                                                   Total TVA                 20,00
                                                                   Total TTC                120,00
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("F012345");
        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 5, 14));
    }

    /**
     * A Sage 100 page as printed: the grey grid's headings on one line, their values on the next, other columns
     * around them, and an items table whose "Référence" column holds article codes. Without the "N° pièce" rule the
     * bare "N°" (a weak label) ties with that column's first code and the number is left out; without the "Date
     * pièce" rule no date is read at all.
     */
    @Test
    void theSageGridsPieceNumbersTheInvoiceOverTheItemsReferenceColumn() {
        ExtractedInvoice i = read("""
                ÉLECTRO-DISTRIBUTION LOIRE                                                                                  FACTURE
                Matériel électrique - Éclairage                                                                             Original
                21 rue de l'Industrie
                42000 Saint-Étienne

                Adresse de livraison                                                   Adresse de facturation
                Chantier / Dépôt                                                        OPTIQUE MARCHAND
                6 place de l'Hôtel de Ville                                             6 place de l'Hôtel de Ville
                76000 ROUEN                                                             76000 ROUEN

                       N° pièce            Date pièce           Code client          Représentant      Mode de règlement          Échéance

                       F067864             02/02/2026          CMARCHAND               DUBOIS               Virement             03/04/2026

                Votre commande n° 257490 du 28/01/2026  -  Bon de livraison n° BL71204 du 01/02/2026

                    Référence                          Désignation                          Qté       P.U. HT       Rem.        Montant HT

                 R61710            Boîte de dérivation étanche                               2,00           6,00   10,00 %                 10,80
                 R79678            Spot LED encastrable 7 W                                  3,00          11,48                           34,44

                                                                                           Total HT                                       45,24
                                                                                           Total TVA                                       9,05
                                                                                           Total TTC                                      54,29
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("F067864");
        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aBareRefColonNumbersTheInvoiceButACustomersRefDoesNot() {
        ExtractedInvoice i = read("""
                Plomberie Durand                                                  Facture
                                                                         Réf. : FA2601-0042
                                                               Date facturation : 12/01/2026
                                                                  Réf. client : Chantier 12
                                                                   Total TTC                120,00
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("FA2601-0042");
    }

    @Test
    void aCustomersReferenceIsNoCustomerName() {
        ExtractedInvoice i = read("""
                Plomberie Durand                                                  Facture
                                                                         Réf. : FA2601-0042
                                                                  Réf. client : Chantier 12

                Émetteur                                  Adresse de facturation
                Plomberie Durand                          Boulangerie Martin SARL
                3 rue Haute                               14 rue des Forges
                64100 Bayonne                             49000 Angers
                                                                   Total TTC                120,00
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Boulangerie Martin SARL");
    }
    @Test
    void aHashWrittenOntoTheNumberUnderItsHeadingIsNoLabelOfItsOwn() {
        ExtractedInvoice i = read("""
                Outillage Pro Direct                                                                  02/02/2026
                                                                                                       #FA005929
                      Numéro de facture                 Date de facture            Référence de commande               Date de commande

                          #FA005929                       02/02/2026                      WNYLRERMV                        01/02/2026

                 Référence        Produit                                               Taux de taxe    Prix unitaire (HT)   Qté      Total (HT)

                 REF480           Crémant de Loire brut (carton 6)                              20 %        70,98 €            2       141,96 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("FA005929");
    }

    @Test
    void anAmountBehindAnotherColumnsWordsIsThatColumnsNotTheHeadingsBeforeThem() {
        ExtractedInvoice i = read("""
                Détail des taxes     Taux     Total TTC                Frais de livraison                    8,25 €
                Produits             20 %     120,00
                                                                       Net à payer                         128,25 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("128.25");
    }

    @Test
    void prestaShopsTotalTaxesIsTheTaxBesideItsTotalInBracketsBeforeTax() {
        ExtractedInvoice i = read("""
                Facture n° FA005929 du 02/02/2026
                                                                          Total (HT)                            773,66 €
                                                                          Total taxes                             75,33 €
                                                                          Total                                 848,99 €
                """);

        assertThat(i.net()).as(i.warnings().toString()).isEqualByComparingTo("773.66");
        assertThat(i.tax()).as(i.warnings().toString()).isEqualByComparingTo("75.33");
    }

    @Test
    void aSentenceAskingToSettleWithinDaysGivesTheTerm() {
        ExtractedInvoice i = read("""
                Facture n° FA017365
                Date de facture : 25/08/2026
                Total TTC                 100,68 €
                Merci de régler cette facture sous 30 jours.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 9, 24));
    }
}
