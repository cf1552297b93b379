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
}
