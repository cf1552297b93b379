package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A corrective invoice is numbered under its own title, not by the invoice it replaces; an event's invoice (a hotel
 * seminar) is billed to the organiser its block heading names.
 */
class CorrectiveAndEventInvoicesTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void aBareNumberUnderAQualifiedTitleIsTheCorrectiveInvoicesNotTheReplacedOnes() {
        ExtractedInvoice i = read("""
                Serrurerie Dupuis                                                               FACTURE RECTIFICATIVE
                Serrurerie - Métallerie                                                                                        N° F2026-0296
                15 rue Gambetta                                                                                            Date : 10/06/2026
                80000 Amiens

                  Annule et remplace la facture n° F2026-0281 du 28/05/2026 d'un montant de 7 930,08 € TTC
                  La facture F2026-0281 ne doit pas être réglée ; seule la présente facture est due.

                                                                                           Total HT                                  100,00 €
                                                                                           TVA 20 %                                   20,00 €
                                                                                           Total TTC                                 120,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("F2026-0296");
    }

    @Test
    void theOrganiserHeadingAnEventsInvoiceNamesTheCustomer() {
        ExtractedInvoice i = read("""
                                         Château de la Brède Hôtel & Séminaires
                               Hôtellerie Atlantique Groupe - 12 allée du Parc - 33650 La Brède

                  Organisateur                                                           FACTURE N° 2026-SEM-0198
                  Ergon Logistique SAS                                                   Date : 11 janvier 2026
                  À l'attention de M. Julien Perret                                      Dossier groupe : GRP64151
                  120 avenue du Général Leclerc
                  94000 Créteil

                                                                                 Total HT                  100,00 €
                                                                                 TVA 10 %                   10,00 €
                                                                                 Total TTC                 110,00 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Ergon Logistique SAS");
    }
}
