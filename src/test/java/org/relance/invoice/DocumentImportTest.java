package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

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
}
