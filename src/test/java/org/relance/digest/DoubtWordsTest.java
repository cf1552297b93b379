package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.demo.DemoPdfs;
import org.relance.invoice.ExtractedInvoice;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.ReadOutcome;

/** A French digest says why an invoice waits in French, whatever the reader wrote in the ledger. */
class DoubtWordsTest {

    @Test
    void theReadersDoubtsReadInFrench() {
        assertThat(DoubtWords.french("dueDate: computed from the issue date 2026-11-02 and the terms \"payable à 30 jours\""))
                .isEqualTo("échéance : calculée depuis la date de facture 2026-11-02 et les conditions « payable à 30 jours »");
        assertThat(DoubtWords.french("total: 1000.00 is not net 800.00 + tax 160.00"))
                .isEqualTo("total : 1000.00 n'est pas HT 800.00 + TVA 160.00");
        assertThat(DoubtWords.french("total: not checked, no tax amount written next to it"))
                .isEqualTo("total : non vérifié, pas de montant de TVA écrit à côté");
        assertThat(DoubtWords.french("issueDate: not found")).isEqualTo("date de facture : introuvable");
        assertThat(DoubtWords.french("confidence 0.72 is under invoices.confirmBelow 0.9"))
                .isEqualTo("confiance 0.72 sous le seuil invoices.confirmBelow 0.9");
        assertThat(DoubtWords.french("total: the email states 986.00 EUR; the document reads 968.00 EUR"))
                .isEqualTo("total : le courriel indique 986.00 EUR, le document 968.00 EUR");
    }

    @Test
    void aDoubtItDoesNotKnowKeepsItsWordingWithTheFieldInFrench() {
        assertThat(DoubtWords.french("dueDate: something new")).isEqualTo("échéance : something new");
        assertThat(DoubtWords.french("no field here")).isEqualTo("no field here");
    }

    @Test
    void aRealReadingWithTermsOnlyIsExplainedInFrench() throws Exception {
        byte[] pdf = DemoPdfs.textPdf(List.of("Atelier Dupont", "FACTURE N° FA-2026-0100", "Client : Client SARL",
                "Date : 02/11/2026", "Conditions : payable à 30 jours", "Total TTC : 968,00 €"));
        try (InvoiceReader reader = new InvoiceReader()) {
            ExtractedInvoice read = ((ReadOutcome.Read) reader.read("plain.pdf", pdf)).invoice();
            assertThat(read.warnings()).isNotEmpty();
            assertThat(read.warnings().stream().map(DoubtWords::french))
                    .anySatisfy(w -> assertThat(w).startsWith("échéance : calculée depuis la date de facture"));
        }
    }
}
