package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.DocumentReader;
import org.relance.invoice.HostilePdfs;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.InvoiceStore;
import org.relance.invoice.ParseWorker;
import org.relance.invoice.TestPdfs;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;

/**
 * PDF bombs mailed to the bot, next to good invoices, through a real IMAP server: each bomb is quarantined with the
 * bound it hit, the good invoices are imported and the pass goes on, and the parse never costs this JVM's heap.
 */
class HostileMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "bot-secret";

    @TempDir
    Path dir;

    private GreenMail greenMail;
    private GreenMailUser bot;
    private Ledger ledger;
    private InvoiceStore invoices;
    private ParseWorker worker;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        bot = greenMail.setUser(TestMails.BOT, TestMails.BOT, PASSWORD);
    }

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.close();
        }
        greenMail.stop();
        if (ledger != null) {
            ledger.close();
        }
    }

    private RelanceConfig config(int port) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: %s}
                  trustedSenders: [%s]
                  limits: {parseTimeoutSeconds: 8, maxParseMemoryMb: 64}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), port, TestMails.BOT, PASSWORD,
                TestMails.FOUNDER));
        return ConfigLoader.load(file, Map.of());
    }

    /** A watcher reading documents through {@code reader} (given the worker, so tests can wrap it). */
    private MailboxWatcher watcher(RelanceConfig config, java.util.function.Function<DocumentReader, DocumentReader> wrap) {
        ledger = Ledger.open(config.store());
        EventLog events = new EventLog();
        invoices = new InvoiceStore(events, CLOCK);
        org.relance.config.Mail.Limits l = config.mail().orElseThrow().limits();
        worker = ParseWorker.sameJava(new InvoiceReader.Limits(Duration.ofSeconds(l.parseTimeoutSeconds()),
                l.maxTextChars(), l.maxMessageMb() * 1024L * 1024L, l.maxMimeDepth(), l.maxMimeParts(),
                l.maxParseMemoryMb() * 1024L * 1024L));
        DocumentImport documents = new DocumentImport(ledger, invoices, wrap.apply(worker), config.store().files());
        MailboxWatcher.Settings fast = new MailboxWatcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMillis(200));
        return new MailboxWatcher(config.mail().orElseThrow(), config.bank(), ledger, events, () -> documents,
                Optional.empty(), CLOCK, fast, MailboxWatcher.Hooks.NONE);
    }

    private static byte[] invoice(String number) throws IOException {
        return TestPdfs.withLines("Atelier Mercier SARL", "Facture n° " + number, "Date : 01/11/2026",
                "Échéance : 01/12/2026", "Client : Boulangerie Xavier", "Total HT : 100,00 €", "TVA 20 % : 20,00 €",
                "Total TTC : 120,00 €");
    }

    private void deliver(String id, byte[] pdf) throws MessagingException, IOException {
        bot.deliver(TestMails.withAttachment(TestMails.FOUNDER, "<" + id + "@acme.test>", id + ".pdf",
                "application/pdf", pdf));
    }

    private List<Invoice> storedInvoices() {
        return ledger.read(h -> invoices.all(h));
    }

    private List<String> reasons() {
        return ledger.read(h -> h.createQuery("SELECT reason FROM processed_messages ORDER BY uid")
                .mapTo(String.class).list());
    }

    private int count(String folder) throws MessagingException {
        return TestImap.count(greenMail.getImap().getPort(), TestMails.BOT, PASSWORD, folder);
    }

    /** The old generation: where a parse's big buffers and long-lived objects would land in this JVM. */
    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
    }

    @Test
    void pdfBombsAreQuarantinedWithTheBoundTheyHitAndTheGoodInvoicesAroundThemAreImported() throws Exception {
        deliver("good-1", invoice("F-2026-0001"));
        deliver("flate-bomb", HostilePdfs.flateBomb(256));
        deliver("object-bomb", HostilePdfs.objectBomb(10));
        deliver("text-bomb", HostilePdfs.textBomb(20));
        deliver("good-2", invoice("F-2026-0002"));
        MailboxWatcher watcher = watcher(config(greenMail.getImap().getPort()), r -> r);
        List<MemoryPoolMXBean> old = oldGeneration();
        long usedBefore = old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        old.forEach(MemoryPoolMXBean::resetPeakUsage);

        MailboxWatcher.Pass pass;
        try (watcher) {
            pass = watcher.runOnce();
        }

        long peakGrowth = old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - usedBefore;
        assertThat(pass).isEqualTo(new MailboxWatcher.Pass(5, 5, 3, 0));
        assertThat(storedInvoices()).extracting(Invoice::number)
                .containsExactlyInAnyOrder("F-2026-0001", "F-2026-0002");
        // Which bound a bomb reaches first depends on the machine's load (ParseWorkerTest pins the heap bound down);
        // either one ends the parse, in the worker.
        assertThat(reasons().subList(1, 4)).allSatisfy(reason -> assertThat(reason)
                .matches("invoice not imported: parse (exceeded 128 MB of memory|timed out after 8 s)"));
        assertThat(count("Relance/Quarantine")).isEqualTo(3);
        assertThat(count("Relance/Processed")).isEqualTo(2);
        // One worker for the good invoice, a fresh one after each bomb.
        assertThat(worker.started()).isEqualTo(4);
        // Each bomb inflates to far more than this; read in-process, it would have shown here.
        assertThat(peakGrowth).isLessThan(100L * 1024 * 1024);
    }

    @Test
    void aConnectionDroppedDuringALongParseIsReopenedAndThePassGoesOn() throws Exception {
        deliver("first", invoice("F-2026-0001"));
        deliver("second", invoice("F-2026-0002"));
        try (DroppingProxy proxy = new DroppingProxy(greenMail.getImap().getPort())) {
            AtomicBoolean dropped = new AtomicBoolean();
            // The server gives up on the bot while the first document is being read.
            MailboxWatcher watcher = watcher(config(proxy.port()), reader -> (name, content) -> {
                if (dropped.compareAndSet(false, true)) {
                    proxy.dropAll();
                }
                return reader.read(name, content);
            });

            MailboxWatcher.Pass pass;
            try (watcher) {
                pass = watcher.runOnce();
            }

            assertThat(dropped).isTrue();
            assertThat(pass).isEqualTo(new MailboxWatcher.Pass(2, 2, 0, 0));
        }
        assertThat(storedInvoices()).extracting(Invoice::number)
                .containsExactlyInAnyOrder("F-2026-0001", "F-2026-0002");
        assertThat(count("Relance/Processed")).isEqualTo(2);
        assertThat(count("INBOX")).isZero();
    }
}
