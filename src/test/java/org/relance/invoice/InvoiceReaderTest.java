package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.testing.NeedsCorpus;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceReaderTest {

    private final InvoiceReader reader = new InvoiceReader();

    @TempDir
    Path dir;

    @AfterAll
    void close() {
        reader.close();
    }

    @Test
    void garbageBytesNamedPdfGiveAnErrorValue() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.pdf"), garbage);

        ReadOutcome outcome = reader.read(file);

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Failed.class, f -> {
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.error()).containsIgnoringCase("pdf");
        });
    }

    @Test
    void aPdfHeaderFollowedByGarbageGivesAnErrorValue() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] content = new byte[garbage.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        System.arraycopy(garbage, 0, content, 9, garbage.length);

        assertThat(reader.read("broken.pdf", content)).isInstanceOf(ReadOutcome.Failed.class);
    }

    @Test
    void aPasswordProtectedPdfGivesAnEncryptedErrorValue() throws IOException {
        byte[] pdf = TestPdfs.encrypted("user-secret", "Facture n° F-2026-0001", "Date : 01/11/2026",
                "Total TTC : 120,00 €");

        ReadOutcome outcome = reader.read("locked.pdf", pdf);

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                f -> assertThat(f.error()).contains("encrypted"));
    }

    @Test
    void aPlainPdfIsReadFromItsText() throws IOException {
        byte[] pdf = TestPdfs.withLines("Atelier Mercier SARL", "Facture n° F-2026-0001", "Date : 01/11/2026",
                "Échéance : 01/12/2026", "Client : Boulangerie Xavier", "Total HT : 100,00 €", "TVA 20 % : 20,00 €",
                "Total TTC : 120,00 €");

        ExtractedInvoice invoice = read("f.pdf", pdf);

        assertThat(invoice.source()).isEqualTo("text");
        assertThat(invoice.number()).isEqualTo("F-2026-0001");
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(invoice.total()).isEqualByComparingTo("120.00");
        assertThat(invoice.amountDue()).isEqualByComparingTo("120.00");
        assertThat(invoice.customerName()).isEqualTo("Boulangerie Xavier");
        assertThat(invoice.sellerName()).isEqualTo("Atelier Mercier SARL");
        assertThat(invoice.warnings()).isEmpty();
    }

    @Test
    void aCreditNotePdfIsReadAsACreditNote() throws IOException {
        byte[] pdf = TestPdfs.withLines("Credit note", "Credit Note No. CN-0007", "Invoice Date: 12/11/2026",
                "Total: 50.00 EUR");

        ExtractedInvoice invoice = read("cn.pdf", pdf);

        assertThat(invoice.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(invoice.number()).isEqualTo("CN-0007");
    }

    @NeedsCorpus
    @Test
    void aStructuredCreditNoteIsACreditNoteByItsTypeCode() {
        ExtractedInvoice invoice = read(CorpusExtractionTest.corpus().resolve("einvoices/Avoir_FR_type381_BASIC.pdf"));

        assertThat(invoice.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(invoice.source()).isEqualTo("facturx");
    }

    @Test
    void xmlThatIsNoInvoiceGivesAnErrorValue() {
        ReadOutcome outcome = reader.read("order.xml", "<?xml version=\"1.0\"?><Order><ID>1</ID></Order>"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                f -> assertThat(f.error()).contains("neither a CII nor a UBL"));
    }

    @Test
    void xmlWithADoctypeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>&e;</ID></Invoice>";

        assertThat(reader.read("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReadOutcome.Failed.class);
    }

    @Test
    void aParseThatOutlivesItsTimeLimitGivesAnErrorValue() throws IOException {
        byte[] pdf = TestPdfs.withLines("Facture n° F-1", "Total TTC : 1,00 €");
        try (InvoiceReader impatient = new InvoiceReader(Duration.ofNanos(1), 1000, 1_000_000)) {
            assertThat(impatient.read("slow.pdf", pdf)).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                    f -> assertThat(f.error()).contains("longer than"));
        }
    }

    @Test
    void textBeyondTheCapIsIgnoredWithAWarning() throws IOException {
        String[] lines = new String[40];
        lines[0] = "Facture n° F-2026-0003";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "Ligne de détail numéro " + i;
        }
        try (InvoiceReader capped = new InvoiceReader(Duration.ofSeconds(30), 200, 1_000_000)) {
            ReadOutcome outcome = capped.read("long.pdf", TestPdfs.withLines(lines));

            assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Read.class, read -> {
                assertThat(read.invoice().number()).isEqualTo("F-2026-0003");
                assertThat(read.invoice().warnings()).contains("text cut after 200 characters");
            });
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        try (InvoiceReader small = new InvoiceReader(Duration.ofSeconds(5), 1000, 10)) {
            assertThat(small.read("big.pdf", new byte[11])).isInstanceOf(ReadOutcome.Failed.class);
        }
    }

    @Test
    void aMissingFileGivesAnErrorValue() {
        assertThat(reader.read(dir.resolve("nope.pdf"))).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                f -> assertThat(f.error()).isEqualTo("no such file"));
    }

    @Test
    void anOutlookEnglishForwardGivesTheOriginalRecipientAsCustomerEmail() throws IOException {
        byte[] pdf = TestPdfs.withLines("Acme Ltd", "Invoice Number: INV-2026-311", "Invoice Date: November 3, 2026",
                "Bill to: Client Corp", "Total due: $1,234.56");
        String body = """
                Please chase this one.

                ________________________________
                From: Claire Martin <founder@acme.test>
                Sent: Tuesday, November 3, 2026 10:12 AM
                To: Accounts Payable <ap@client-corp.test>; boss@client-corp.test
                Subject: Invoice INV-2026-311

                Hello, please find our invoice attached.
                """;
        byte[] eml = email(body, "invoice.pdf", "application/pdf", pdf);

        ReadOutcome outcome = reader.read("fwd.eml", eml);

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Read.class, read -> {
            assertThat(read.invoice().file()).isEqualTo("fwd.eml");
            assertThat(read.invoice().customerEmail()).isEqualTo("ap@client-corp.test");
            assertThat(read.invoice().number()).isEqualTo("INV-2026-311");
            assertThat(read.invoice().total()).isEqualByComparingTo(new BigDecimal("1234.56"));
            assertThat(read.invoice().currency()).isEqualTo("USD");
            assertThat(read.forwarded()).hasValueSatisfying(h -> {
                assertThat(h.subject()).isEqualTo("Invoice INV-2026-311");
                assertThat(h.date()).isEqualTo(LocalDate.of(2026, 11, 3));
                assertThat(h.from()).isEqualTo("founder@acme.test");
            });
        });
    }

    @Test
    void aForwardAsAttachedMessageTakesTheCustomerFromTheAttachedMessage() throws IOException {
        byte[] pdf = TestPdfs.withLines("Facture n° F-2026-0002", "Date : 02/11/2026", "Total TTC : 60,00 €");
        String inner = "From: Claire <founder@acme.test>\r\nTo: Compta Client <compta@client.test>\r\n"
                + "Subject: Facture F-2026-0002\r\nDate: Mon, 2 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + multipart("inner", "Bonjour", "F-2026-0002.pdf", "application/pdf", pdf);
        String outer = "From: Claire <founder@acme.test>\r\nTo: relance@acme.test\r\nSubject: Fwd: Facture\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoir pièce jointe\r\n"
                + "--outer\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--outer--\r\n";

        ReadOutcome outcome = reader.read("attached.eml", outer.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Read.class, read -> {
            assertThat(read.invoice().customerEmail()).isEqualTo("compta@client.test");
            assertThat(read.invoice().number()).isEqualTo("F-2026-0002");
        });
    }

    @Test
    void anEmailWithoutAnInvoiceAttachmentGivesAnErrorValue() {
        String eml = "From: a@b.test\r\nTo: relance@acme.test\r\nSubject: hello\r\n\r\nNo invoice here.\r\n";

        assertThat(reader.read("empty.eml", eml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ReadOutcome.Failed.class,
                        f -> assertThat(f.error()).contains("without a PDF or XML attachment"));
    }

    private ExtractedInvoice read(String name, byte[] content) {
        ReadOutcome outcome = reader.read(name, content);
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).invoice();
    }

    private ExtractedInvoice read(Path file) {
        ReadOutcome outcome = reader.read(file);
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).invoice();
    }

    private static byte[] email(String body, String fileName, String type, byte[] attachment) {
        String eml = "From: Claire Martin <founder@acme.test>\r\nTo: relance@acme.test\r\nSubject: FW: Invoice\r\n"
                + "Date: Tue, 3 Nov 2026 10:20:00 +0100\r\nMIME-Version: 1.0\r\n"
                + multipart("b1", body, fileName, type, attachment);
        return eml.getBytes(StandardCharsets.UTF_8);
    }

    private static String multipart(String boundary, String body, String fileName, String type, byte[] attachment) {
        return "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n"
                + "--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    @Test
    void anEInvoiceAmountWithAHugeExponentIsAnErrorValueNamingTheFieldAndCostsNothing() {
        for (String amount : new String[] {"1E100000000", "1e20", "99999999999999999999999999.99"}) {
            String ubl = "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                    + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""
                    + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">"
                    + "<cbc:ID>F-1</cbc:ID><cbc:IssueDate>2026-11-01</cbc:IssueDate>"
                    + "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cac:LegalMonetaryTotal>"
                    + "<cbc:TaxInclusiveAmount currencyID=\"EUR\">" + amount + "</cbc:TaxInclusiveAmount>"
                    + "</cac:LegalMonetaryTotal></Invoice>";

            ReadOutcome outcome = reader.read("hostile.xml", ubl.getBytes(StandardCharsets.UTF_8));

            assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                    f -> assertThat(f.error()).startsWith("TaxInclusiveAmount: "));
        }
    }

    @Test
    void aCiiAmountWithAHugeExponentIsAnErrorValueNamingTheField() {
        String cii = "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice"
                + " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
                + " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\">"
                + "<rsm:ExchangedDocument><ram:ID>F-2</ram:ID></rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>"
                + "<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
                + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
                + "<ram:GrandTotalAmount>1E100000000</ram:GrandTotalAmount>"
                + "</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>"
                + "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";

        ReadOutcome outcome = reader.read("hostile.cii.xml", cii.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                f -> assertThat(f.error()).isEqualTo("GrandTotalAmount: exponent out of range: \"1E100000000\""));
    }
}
