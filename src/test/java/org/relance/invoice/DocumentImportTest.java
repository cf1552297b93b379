package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.relance.demo.DemoPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Store;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;
import org.relance.testing.NeedsCorpus;

class DocumentImportTest {

    private static final Path CORPUS = Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    private static InvoiceReader reader;

    @TempDir
    Path dir;

    private Ledger ledger;
    private InvoiceStore store;
    private DocumentImport importer;

    @BeforeAll
    static void startReader() {
        reader = new InvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    @BeforeEach
    void open() {
        ledger = Ledger.open(new Store("jdbc:sqlite:" + dir.resolve("relance.db"), null, null, dir.resolve("files")));
        store = new InvoiceStore(new EventLog(), Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        importer = new DocumentImport(ledger, store, reader, dir.resolve("files"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private List<Path> keptFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            return files.toList();
        }
    }

    @NeedsCorpus
    @Test
    void aForwardedInvoiceIsStoredWithTheCustomerEmailAndWhatRemainsDueAfterTheDeposit() throws IOException {
        DocumentImport.Outcome outcome = importer.importFile(CORPUS.resolve("forwarded/gmail-style-fr.eml"), "test", "cli");

        assertThat(outcome).isEqualTo(new DocumentImport.Outcome.Imported("gmail-style-fr.eml", "FA-2017-0010",
                InvoiceStore.Change.CREATED));
        Invoice invoice = ledger.read(h -> store.find(h, "FA-2017-0010", InvoiceKind.INVOICE)).orElseThrow();
        assertThat(invoice.total()).isEqualTo(Money.of("671.15", "EUR"));
        assertThat(invoice.amountDue()).isEqualTo(Money.of("470.15", "EUR"));
        assertThat(invoice.source()).isEqualTo("facturx");
        assertThat(ledger.read(store::customers).get(invoice.customerId()).email())
                .isEqualTo("compta@majolieboutique.test");
        assertThat(keptFiles()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{64}\\.eml"));
    }

    @NeedsCorpus
    @Test
    void theSameInvoiceForwardedTwiceIsOneInvoiceAndOneKeptFile() throws IOException {
        Path eml = CORPUS.resolve("forwarded/outlook-style-fr.eml");
        importer.importFile(eml, "test", "cli");

        DocumentImport.Outcome again = importer.importFile(eml, "test", "cli");

        assertThat(again).isInstanceOfSatisfying(DocumentImport.Outcome.Imported.class,
                i -> assertThat(i.change()).isEqualTo(InvoiceStore.Change.UNCHANGED));
        assertThat(ledger.read(store::all)).hasSize(1);
        assertThat(keptFiles()).hasSize(1);
    }

    @NeedsCorpus
    @Test
    void aCreditNoteIsImportedAsACreditNote() throws IOException {
        importer.importFile(CORPUS.resolve("einvoices/Avoir_FR_type381_BASIC.pdf"), "test", "cli");

        assertThat(ledger.read(store::all)).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE));
    }

    @Test
    void anUnreadableFileIsRejectedWithAReasonAndNothingIsStored() throws IOException {
        Path corrupt = dir.resolve("broken.pdf");
        Files.write(corrupt, "%PDF-1.7 this is not really a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        DocumentImport.Outcome outcome = importer.importFile(corrupt, "test", "cli");

        assertThat(outcome).isInstanceOfSatisfying(DocumentImport.Outcome.Rejected.class,
                r -> assertThat(r.reason()).isNotBlank());
        assertThat(ledger.read(store::all)).isEmpty();
        assertThat(Files.exists(dir.resolve("files"))).isFalse();
    }

    // When the forwarding email states an amount the document does not, one of them is wrong: the invoice waits for a
    // person, even a structured e-invoice; when they agree, a clean reading is trusted.

    private static byte[] cleanPlainPdf() {
        return DemoPdfs.textPdf(List.of("Atelier Martin", "12 rue de la Paix, 75002 Paris", "", "FACTURE",
                "Facture n° F-2026-0101", "Date : 23/09/2026", "Échéance : 23/10/2026", "",
                "Client : Boulangerie Dupont", "Email : compta@dupont.test", "", "Fournitures de bureau",
                "Total HT : 1 200,00 €", "TVA 20 % : 240,00 €", "Total TTC : 1 440,00 €"));
    }

    private Path forwarded(String note, String fileName, byte[] content, String type) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("claire@acme.test"));
        m.setRecipients(MimeMessage.RecipientType.TO, "relance@acme.test");
        m.setSubject("Fwd: facture");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(note, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(fileName);
        m.setContent(new MimeMultipart(text, file));
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return Files.write(dir.resolve("forwarded.eml"), out.toByteArray());
    }

    private InvoiceStatus statusOf(String number, InvoiceKind kind) {
        return ledger.read(h -> store.find(h, number, kind)).orElseThrow().status();
    }

    private List<String> doubtsOf(String number) {
        long id = ledger.read(h -> store.find(h, number, InvoiceKind.INVOICE)).orElseThrow().id();
        return ledger.read(h -> store.doubts(h, id));
    }

    @Test
    void aCleanReadingWhoseEmailStatesTheSameAmountIsTrusted() throws Exception {
        importer.importFile(forwarded("Bonjour, voici la facture F-2026-0101 (1 440,00 €). Claire",
                "F-2026-0101.pdf", cleanPlainPdf(), "application/pdf"), "test", "cli");

        assertThat(statusOf("F-2026-0101", InvoiceKind.INVOICE)).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void aCleanReadingWhoseEmailStatesAnotherAmountWaitsForAPerson() throws Exception {
        importer.importFile(forwarded("Bonjour, voici la facture F-2026-0101 de 1 540,00 € pour Dupont. Claire",
                "F-2026-0101.pdf", cleanPlainPdf(), "application/pdf"), "test", "cli");

        assertThat(statusOf("F-2026-0101", InvoiceKind.INVOICE)).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(doubtsOf("F-2026-0101")).singleElement().asString()
                .contains("the email states 1540.00 EUR").contains("the document reads 1440.00");
    }

    @NeedsCorpus
    @Test
    void evenAStructuredInvoiceWaitsWhenItsEmailStatesAnotherAmount() throws Exception {
        byte[] cii = Files.readAllBytes(CORPUS.resolve("einvoices/EN16931_Einfach.cii.xml"));

        importer.importFile(forwarded("Voici la facture 471102 de Kunden AG : 592,87 EUR.", "471102.xml", cii,
                "application/xml"), "test", "cli");

        assertThat(statusOf("471102", InvoiceKind.INVOICE)).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(doubtsOf("471102")).singleElement().asString().contains("592.87 EUR");
    }

    @NeedsCorpus
    @Test
    void aStructuredInvoiceIsTrustedAsReadEvenWithReaderWarnings() throws Exception {
        byte[] cii = Files.readAllBytes(CORPUS.resolve("einvoices/EN16931_Einfach.cii.xml"));

        importer.importFile(forwarded("Voici la facture 471102 de Kunden AG : 529,87 EUR.", "471102.xml", cii,
                "application/xml"), "test", "cli");

        assertThat(statusOf("471102", InvoiceKind.INVOICE)).isEqualTo(InvoiceStatus.OPEN);
    }
}
