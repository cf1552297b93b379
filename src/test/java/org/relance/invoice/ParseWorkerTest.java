package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents read in a child JVM: the same answer as in-process, and a bomb costs the child, never this JVM (the other
 * bombs go through the mailbox in {@code HostileMailTest}).
 */
class ParseWorkerTest {

    private static final InvoiceReader.Limits LIMITS = new InvoiceReader.Limits(
            // Generous, so that on a loaded machine the bomb still reaches the heap bound before the timeout.
            Duration.ofSeconds(30), 1_000_000,
            25L * 1024 * 1024, 20, 500, 64L * 1024 * 1024);
    private static ParseWorker worker;

    @BeforeAll
    static void start() {
        worker = ParseWorker.sameJava(LIMITS);
    }

    @AfterAll
    static void stop() {
        worker.close();
    }

    private static byte[] goodInvoice() throws IOException {
        return TestPdfs.withLines("Atelier Mercier SARL", "Facture n° F-2026-0001", "Date : 01/11/2026",
                "Échéance : 01/12/2026", "Client : Boulangerie Xavier", "Total HT : 100,00 €", "TVA 20 % : 20,00 €",
                "Total TTC : 120,00 €");
    }

    @Test
    void aDocumentReadInTheWorkerIsWhatTheInProcessReaderReads() throws IOException {
        byte[] pdf = goodInvoice();
        ReadOutcome inProcess;
        try (InvoiceReader reader = new InvoiceReader(LIMITS)) {
            inProcess = reader.read("f.pdf", pdf);
        }

        ReadOutcome isolated = worker.read("f.pdf", pdf);

        assertThat(isolated).isInstanceOf(ReadOutcome.Read.class);
        assertThat(ExtractJson.toJson(isolated)).isEqualTo(ExtractJson.toJson(inProcess));
    }

    @Test
    void theWorkersAnswerCarriesTheForwardedHeadersAndExactAmounts() {
        ExtractedInvoice invoice = new ExtractedInvoice("m.eml", InvoiceKind.INVOICE, "F-1", LocalDate.of(2026, 11, 1),
                null, "EUR", new BigDecimal("120.00"), new BigDecimal("120.00"), null, null, "Client", "c@client.test",
                null, null, "text", 0.8, List.of("dueDate: not found"));
        ReadOutcome read = new ReadOutcome.Read(invoice, Optional.of(new ForwardedHeaders("founder@acme.test",
                "c@client.test", LocalDate.of(2026, 11, 2), "Facture F-1", "<orig@acme.test>")));

        assertThat(ExtractJson.fromWorkerJson(ExtractJson.toWorkerJson(read))).isEqualTo(read);
    }

    @Test
    void aWorkerThatCannotStartIsAFailureWithItsReasonNotAnException() throws IOException {
        try (ParseWorker broken = new ParseWorker("/nonexistent/bin/java", System.getProperty("java.class.path"),
                LIMITS)) {
            assertThat(broken.read("f.pdf", goodInvoice())).isInstanceOfSatisfying(ReadOutcome.Failed.class,
                    f -> assertThat(f.error()).startsWith("parse worker could not start: "));
        }
    }

    @Test
    void aFlateBombIsStoppedByTheWorkersHeapAndTheNextDocumentGetsAFreshWorker() throws IOException {
        assertStoppedByTheHeap(HostilePdfs.flateBomb(256));
    }

    private static void assertStoppedByTheHeap(byte[] pdf) throws IOException {
        assertThat(pdf.length).isLessThan(512 * 1024);
        assertThat(worker.read("warm.pdf", goodInvoice())).isInstanceOf(ReadOutcome.Read.class);
        int before = worker.started();

        ReadOutcome bomb = worker.read("bomb.pdf", pdf);

        assertThat(bomb).isEqualTo(new ReadOutcome.Failed("bomb.pdf", "parse exceeded 128 MB of memory"));
        assertThat(worker.read("next.pdf", goodInvoice())).isInstanceOfSatisfying(ReadOutcome.Read.class,
                r -> assertThat(r.invoice().number()).isEqualTo("F-2026-0001"));
        assertThat(worker.started()).isEqualTo(before + 1);
    }
}
