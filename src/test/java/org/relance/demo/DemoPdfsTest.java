package org.relance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relance.invoice.ExtractedInvoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.ReadOutcome;

/** The demo's generated documents are read by the real reader as what they claim to be. */
class DemoPdfsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private final SampleInvoice invoice = new SampleInvoice("F-2026-0104", false, "Café du Port",
            "contact@cafe-du-port.test", DAY.minusDays(35), DAY.minusDays(5), new BigDecimal("960.00"),
            "Création du menu", true);

    private static ExtractedInvoice read(String name, byte[] pdf) {
        try (InvoiceReader reader = new InvoiceReader(java.time.Duration.ofSeconds(30), 1_000_000, 25_000_000)) {
            ReadOutcome outcome = reader.read(name, pdf);
            assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
            return ((ReadOutcome.Read) outcome).invoice();
        }
    }

    @Test
    void aFacturXSampleIsReadFromItsEmbeddedXmlWithItsDatesAmountAndCustomerEmail() {
        ExtractedInvoice read = read("f.pdf", DemoPdfs.facturX(invoice));

        assertThat(read.source()).isEqualTo("facturx");
        assertThat(read.number()).isEqualTo("F-2026-0104");
        assertThat(read.dueDate()).isEqualTo(DAY.minusDays(5));
        assertThat(read.amountDue()).isEqualByComparingTo("960.00");
        assertThat(read.customerEmail()).isEqualTo("contact@cafe-du-port.test");
    }

    @Test
    void aPlainSampleIsReadFromItsTextAndACreditNoteAsACreditNote() {
        SampleInvoice credit = new SampleInvoice("AV-2026-0007", true, "Garage Dupont", "atelier@garage-dupont.test",
                DAY.minusDays(9), DAY.minusDays(9), new BigDecimal("150.00"), "Remise", false);

        ExtractedInvoice plain = read("p.pdf", DemoPdfs.plain(new SampleInvoice("F-2026-0101", false,
                "Boulangerie Martin", "compta@boulangerie-martin.test", DAY.minusDays(70), DAY.minusDays(40),
                new BigDecimal("1440.00"), "Fournitures", false)));
        ExtractedInvoice note = read("c.pdf", DemoPdfs.plain(credit));

        assertThat(plain.source()).isEqualTo("text");
        assertThat(plain.dueDate()).isEqualTo(DAY.minusDays(40));
        assertThat(plain.total()).isEqualByComparingTo("1440.00");
        assertThat(plain.customerEmail()).isEqualTo("compta@boulangerie-martin.test");
        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    }
}
