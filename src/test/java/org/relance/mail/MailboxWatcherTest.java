package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.testing.NeedsCorpus;

/** The mailbox watcher against a real in-process IMAP server, a real SQLite ledger and the corpus files. */
class MailboxWatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "bot-secret";
    private static InvoiceReader reader;

    @TempDir
    Path dir;

    private GreenMail greenMail;
    private GreenMailUser bot;
    private Ledger ledger;
    private EventLog events;
    private InvoiceStore invoices;
    private DocumentImport documents;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void startReader() {
        reader = new InvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    @BeforeEach
    void start() {
        startGreenMail(0);
    }

    private void startGreenMail(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        bot = greenMail.setUser(TestMails.BOT, TestMails.BOT, PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        greenMail.stop();
        if (ledger != null) {
            ledger.close();
        }
    }

    private int imapPort() {
        return greenMail.getImap().getPort();
    }

    private RelanceConfig config(int port, String extraMail) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: %s, pollSeconds: 1}
                  trustedSenders: [%s]
                %s
                bank:
                  senders: [alertes@banque-exemple.test, notifications@neobanque.test]
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), port, TestMails.BOT, PASSWORD,
                TestMails.FOUNDER, extraMail));
        return ConfigLoader.load(file, Map.of());
    }

    private MailboxWatcher watcher(RelanceConfig config, MailboxWatcher.Hooks hooks) {
        if (ledger == null) {
            ledger = Ledger.open(config.store());
            events = new EventLog();
            invoices = new InvoiceStore(events, CLOCK);
            documents = new DocumentImport(ledger, invoices, reader, config.store().files());
        }
        MailboxWatcher.Settings fast = new MailboxWatcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMillis(200));
        MailboxWatcher w = new MailboxWatcher(config.mail().orElseThrow(), config.bank(), ledger, events,
                () -> documents, Optional.empty(), CLOCK, fast, hooks);
        toClose.add(w);
        return w;
    }

    private MailboxWatcher watcher() throws IOException {
        return watcher(config(imapPort(), ""), MailboxWatcher.Hooks.NONE);
    }

    private List<Invoice> storedInvoices() {
        return ledger.read(h -> invoices.all(h));
    }

    private long events(String kind) {
        return ledger.read(h -> h.createQuery("SELECT COUNT(*) FROM events WHERE kind = :k").bind("k", kind)
                .mapTo(Long.class).one());
    }

    private String text(String sql) {
        return texts(sql).get(0);
    }

    private List<String> texts(String sql) {
        return ledger.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private long number(String sql) {
        return ledger.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** How many messages a folder of the bot's mailbox holds, read with a separate IMAP client. */
    private int count(String folder) throws MessagingException {
        return TestImap.count(imapPort(), TestMails.BOT, PASSWORD, folder);
    }

    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 20 s: " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void mailArrivingDuringAPassIsReadRightAfterItNotAtTheNextIdleRound() throws Exception {
        bot.deliver(TestMails.plain(TestMails.FOUNDER, "<first@acme.test>", "Bonjour", "Premier message"));
        java.util.concurrent.atomic.AtomicBoolean delivered = new java.util.concurrent.atomic.AtomicBoolean();
        MailboxWatcher.Hooks deliverDuringThePass = new MailboxWatcher.Hooks() {
            @Override
            public void afterCommit(long uid) {
                if (delivered.compareAndSet(false, true)) {
                    try {
                        bot.deliver(TestMails.plain(TestMails.FOUNDER, "<second@acme.test>", "Re", "Second"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        RelanceConfig config = config(imapPort(), "");
        watcher(config, MailboxWatcher.Hooks.NONE);
        // An IDLE round of a minute: the second message would wait that long if the watcher went idle over it.
        MailboxWatcher w = new MailboxWatcher(config.mail().orElseThrow(), config.bank(), ledger, events,
                () -> documents, Optional.empty(), CLOCK, new MailboxWatcher.Settings(Duration.ofMinutes(1),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMillis(200)),
                deliverDuringThePass);
        toClose.add(w);

        w.start();

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (number("SELECT COUNT(*) FROM processed_messages") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(number("SELECT COUNT(*) FROM processed_messages")).as("both messages read within 15 s")
                .isEqualTo(2);
    }

    @NeedsCorpus
    @Test
    void forwardedInvoiceFromATrustedSenderIsImportedWithTheCustomerEmailAndMovedToProcessed() throws Exception {
        bot.deliver(TestMails.corpus("forwarded/gmail-style-fr.eml"));
        bot.deliver(TestMails.corpus("forwarded/outlook-style-fr.eml"));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.handled()).isEqualTo(2);
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactlyInAnyOrder("FA-2017-0010", "2022089083");
        assertThat(ledger.read(h -> invoices.customers(h)).values())
                .anySatisfy(c -> assertThat(c.email()).isEqualTo("compta@majolieboutique.test"))
                .anySatisfy(c -> assertThat(c.email()).isEqualTo("abonnements@client-presse.test"));
        assertThat(count("INBOX")).isZero();
        assertThat(count("Relance/Processed")).isEqualTo(2);
    }

    @NeedsCorpus
    @Test
    void aSecondPassAndARestartHandleNothingAgain() throws Exception {
        bot.deliver(TestMails.corpus("forwarded/gmail-style-fr.eml"));
        bot.deliver(TestMails.plain("someone@else.test", "<chat-1@else.test>", "Bonjour", "Une question."));
        RelanceConfig config = config(imapPort(), "");
        watcher(config, MailboxWatcher.Hooks.NONE).runOnce();

        assertThat(watcher(config, MailboxWatcher.Hooks.NONE).runOnce().handled()).isZero();
        assertThat(storedInvoices()).hasSize(1);
        assertThat(events("invoice.created")).isEqualTo(1);
        // The message that is not for the bot stays in the inbox, untouched.
        assertThat(count("INBOX")).isEqualTo(1);
    }

    @NeedsCorpus
    @Test
    void theSameInvoiceForwardedTwiceIsOneInvoice() throws Exception {
        bot.deliver(TestMails.corpus("forwarded/gmail-style-fr.eml"));
        bot.deliver(TestMails.corpusAgain("forwarded/gmail-style-fr.eml", "<again-1@acme.test>"));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.handled()).isEqualTo(2);
        assertThat(storedInvoices()).hasSize(1);
        assertThat(events("invoice.created")).isEqualTo(1);
        assertThat(count("Relance/Processed")).isEqualTo(2);
    }

    @NeedsCorpus
    @Test
    void anInvoiceFromAnUntrustedSenderIsNeverImportedAndGoesToQuarantine() throws Exception {
        bot.deliver(TestMails.withCorpusPdf("stranger@evil.test", "<evil-1@evil.test>", "pdf-fr/classique.pdf"));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.quarantined()).isEqualTo(1);
        assertThat(storedInvoices()).isEmpty();
        assertThat(count("Relance/Quarantine")).isEqualTo(1);
        assertThat(text("SELECT details FROM events WHERE kind = 'mail.quarantined'"))
                .contains("stranger@evil.test", "not in mail.trustedSenders");
    }

    @NeedsCorpus
    @Test
    void aMessageOverTheSizeLimitIsQuarantinedWithoutBeingRead() throws Exception {
        byte[] big = new byte[1_300_000];
        new java.util.Random(7).nextBytes(big);
        bot.deliver(TestMails.withAttachment(TestMails.FOUNDER, "<big-1@acme.test>", "facture.pdf", "application/pdf",
                big));
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<ok-1@acme.test>", "pdf-fr/classique.pdf"));
        MailboxWatcher w = watcher(config(imapPort(), "  limits: {maxMessageMb: 1}"), MailboxWatcher.Hooks.NONE);

        MailboxWatcher.Pass pass = w.runOnce();

        assertThat(pass.quarantined()).isEqualTo(1);
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactly("FA-2026-0142");
        assertThat(text("SELECT reason FROM processed_messages WHERE message_id = '<big-1@acme.test>'"))
                .contains("over the limit of 1 MB", "not downloaded");
    }

    @NeedsCorpus
    @Test
    void deeplyNestedMimeIsQuarantinedAndTheNextMessageIsStillImported() throws Exception {
        byte[] pdf = Files.readAllBytes(TestMails.CORPUS.resolve("pdf-fr/classique.pdf"));
        bot.deliver(TestMails.nested(TestMails.FOUNDER, "<deep-1@acme.test>", 40, pdf));
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<ok-2@acme.test>", "pdf-fr/acompte.pdf"));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.quarantined()).isEqualTo(1);
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactly("2026-0098");
        assertThat(text("SELECT reason FROM processed_messages WHERE message_id = '<deep-1@acme.test>'"))
                .contains("deeper than 20");
    }

    @Test
    void aMessageWithThousandsOfPartsIsRefusedBeforeItsTreeIsWalked() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            body.append("--b\r\nContent-Type: text/plain\r\n\r\npart ").append(i).append("\r\n");
        }
        body.append("--b--\r\n");
        String raw = "From: " + TestMails.FOUNDER + "\r\nTo: " + TestMails.BOT + "\r\nMessage-ID: <many@acme.test>\r\n"
                + "Subject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" + body;
        bot.deliver(TestMails.parse(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        watcher().runOnce();

        assertThat(count("Relance/Quarantine")).isEqualTo(1);
        assertThat(text("SELECT reason FROM processed_messages"))
                .contains("more than 500 MIME parts");
    }

    @Test
    void barePartsWithoutAnyHeaderCountAgainstThePartLimit() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            body.append("--b\r\n\r\npart ").append(i).append("\r\n");
        }
        body.append("--b--\r\n");
        String raw = "From: " + TestMails.FOUNDER + "\r\nTo: " + TestMails.BOT + "\r\nMessage-ID: <bare@acme.test>\r\n"
                + "Subject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" + body;
        bot.deliver(TestMails.parse(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        watcher().runOnce();

        assertThat(count("Relance/Quarantine")).isEqualTo(1);
        assertThat(text("SELECT reason FROM processed_messages")).contains("more than 500 MIME parts");
    }

    @NeedsCorpus
    @Test
    void aTextPartInAnUnknownCharsetDoesNotLoseThePdfBesideIt() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TestMails.withCorpusPdf(TestMails.FOUNDER, "<utf7@acme.test>", "pdf-fr/classique.pdf").writeTo(out);
        String raw = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).containsIgnoringCase("charset=UTF-8");
        raw = raw.replaceFirst("(?i)charset=UTF-8", "charset=utf-7");
        bot.deliver(TestMails.parse(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.quarantined()).isZero();
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactly("FA-2026-0142");
    }

    @Test
    void aCorruptPdfAndAnEncryptedPdfAreQuarantinedWithTheirReason() throws Exception {
        bot.deliver(TestMails.withAttachment(TestMails.FOUNDER, "<corrupt@acme.test>", "facture.pdf",
                "application/pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes()));
        bot.deliver(TestMails.withAttachment(TestMails.FOUNDER, "<encrypted@acme.test>", "facture.pdf",
                "application/pdf", TestMails.encryptedPdf()));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.quarantined()).isEqualTo(2);
        assertThat(storedInvoices()).isEmpty();
        List<String> reasons = texts("SELECT reason FROM processed_messages ORDER BY uid");
        assertThat(reasons.get(0)).contains("PDF");
        assertThat(reasons.get(1)).contains("encrypted PDF");
        assertThat(events("mail.quarantined")).isEqualTo(2);
    }

    @NeedsCorpus
    @Test
    void aStopBetweenCommitAndMoveMidBatchLosesNothingAndDoublesNothing() throws Exception {
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<b-1@acme.test>", "pdf-fr/classique.pdf"));
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<b-2@acme.test>", "pdf-fr/acompte.pdf"));
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<b-3@acme.test>", "pdf-fr/deux_colonnes.pdf"));
        RelanceConfig config = config(imapPort(), "");
        MailboxWatcher.Hooks crashAfterSecond = new MailboxWatcher.Hooks() {
            private int committed;

            @Override
            public void afterCommit(long uid) {
                if (++committed == 2) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };
        MailboxWatcher first = watcher(config, crashAfterSecond);
        assertThatThrownBy(first::runOnce).hasMessage("simulated crash");
        first.close();
        assertThat(storedInvoices()).hasSize(2);

        MailboxWatcher.Pass resumed = watcher(config, MailboxWatcher.Hooks.NONE).runOnce();

        assertThat(resumed.handled()).isEqualTo(1);
        assertThat(storedInvoices()).extracting(Invoice::number)
                .containsExactlyInAnyOrder("FA-2026-0142", "2026-0098", "F20261105-03");
        assertThat(events("invoice.created")).isEqualTo(3);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Relance/Processed")).isEqualTo(3);
    }

    /** A crash the watcher cannot catch as a failure of one message (as a killed process). */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    @NeedsCorpus
    @Test
    void aCrashBetweenTheEffectAndItsProcessedRowRollsBothBackAndTheNextPassHandlesTheMessageOnce()
            throws Exception {
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<t-1@acme.test>", "pdf-fr/classique.pdf"));
        RelanceConfig config = config(imapPort(), "");
        MailboxWatcher crashing = watcher(config, new MailboxWatcher.Hooks() {
            @Override
            public void beforeRecord(long uid) {
                throw new SimulatedCrash();
            }
        });
        assertThatThrownBy(crashing::runOnce).isInstanceOf(SimulatedCrash.class);
        crashing.close();

        assertThat(storedInvoices()).isEmpty();
        assertThat(number("SELECT COUNT(*) FROM processed_messages")).isZero();
        assertThat(events("invoice.created")).isZero();

        MailboxWatcher.Pass next = watcher(config, MailboxWatcher.Hooks.NONE).runOnce();

        assertThat(next.handled()).isEqualTo(1);
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactly("FA-2026-0142");
        assertThat(events("invoice.created")).isEqualTo(1);
        assertThat(count("Relance/Processed")).isEqualTo(1);
    }

    @NeedsCorpus
    @Test
    void aUidValidityChangeRescansTheFolderWithoutDoublingAnything() throws Exception {
        MimeMessage notForTheBot = TestMails.plain("someone@else.test", "<chat-2@else.test>", "Bonjour", "Pas pour nous.");
        bot.deliver(notForTheBot);
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<u-1@acme.test>", "pdf-fr/classique.pdf"));
        int port = imapPort();
        RelanceConfig config = config(port, "");
        watcher(config, MailboxWatcher.Hooks.NONE).runOnce();
        assertThat(storedInvoices()).hasSize(1);

        // The server is rebuilt (new UIDVALIDITY): the untouched message is there again, plus a new one.
        greenMail.stop();
        // GreenMail derives UIDVALIDITY from the clock's second: a rebuild within the same second would keep it.
        long second = Instant.now().getEpochSecond();
        while (Instant.now().getEpochSecond() == second) {
            Thread.onSpinWait();
        }
        startGreenMail(port);
        bot.deliver(notForTheBot);
        bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<u-2@acme.test>", "pdf-fr/acompte.pdf"));
        MailboxWatcher.Pass pass = watcher(config, MailboxWatcher.Hooks.NONE).runOnce();

        assertThat(pass.handled()).isEqualTo(2);
        assertThat(storedInvoices()).extracting(Invoice::number).containsExactlyInAnyOrder("FA-2026-0142", "2026-0098");
        assertThat(events("mailbox.uidvalidity_changed")).isEqualTo(1);
        assertThat(events("mail.not_handled")).isZero();
        assertThat(texts("SELECT outcome FROM processed_messages WHERE message_id = '<chat-2@else.test>' ORDER BY id")).containsExactly("ignored", "duplicate");
        assertThat(count("INBOX")).isEqualTo(1);
    }

    @NeedsCorpus
    @Test
    void newMailIsSeenWhileIdlingAndAfterTheConnectionIsDropped() throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(imapPort())) {
            MailboxWatcher w = watcher(config(proxy.port(), ""), MailboxWatcher.Hooks.NONE);
            w.start();
            bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<i-1@acme.test>", "pdf-fr/classique.pdf"));
            eventually(() -> storedInvoices().size() == 1, "the first invoice imported while idling");

            proxy.dropAll();
            bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<i-2@acme.test>", "pdf-fr/acompte.pdf"));
            eventually(() -> storedInvoices().size() == 2, "the second invoice imported after reconnecting");
            w.close();
        }
        assertThat(events("invoice.created")).isEqualTo(2);
        assertThat(count("Relance/Processed")).isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM processed_messages"))
                .isEqualTo(2);
    }

    @NeedsCorpus
    @Test
    void anAuthenticatedBankAlertForAForwardedInvoicePaysItAndCancelsItsApprovedReminder() throws Exception {
        RelanceConfig config = config(imapPort(), "  requireAuthenticationResults: true\n  authservId: mx.acme.test");
        try (org.relance.App app = org.relance.Main.wire(config, CLOCK);
             MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.authenticated(TestMails.corpus("forwarded/gmail-style-fr.eml"), "acme.test"));
            w.runOnce();
            assertThat(app.desk().approve("FA-2017-0010", org.relance.dunning.Actor.cli("claire")).outcome())
                    .isEqualTo(org.relance.dunning.Decision.Outcome.DONE);

            bot.deliver(TestMails.authenticated(TestMails.corpus("bank/neobank-transfer-fr.eml"), "neobanque.test"));
            bot.deliver(TestMails.authenticated(TestMails.corpus("bank/bank-alert-debit-fr.eml"),
                    "banque-exemple.test"));
            MailboxWatcher.Pass pass = w.runOnce();

            assertThat(pass.handled()).isEqualTo(2);
            Invoice paid = app.ledger().read(h -> app.invoices().findByNumber(h, "FA-2017-0010")).get(0);
            assertThat(paid.status()).isEqualTo(org.relance.invoice.InvoiceStatus.PAID);
            List<String> reminderStates = app.ledger().read(h -> h.createQuery("SELECT state FROM reminders")
                    .mapTo(String.class).list());
            assertThat(reminderStates).containsExactly("cancelled");
            List<String> outcomes = app.ledger().read(h -> h.createQuery(
                    "SELECT outcome || ': ' || reason FROM processed_messages ORDER BY uid").mapTo(String.class).list());
            assertThat(outcomes).contains("bank.recorded: no credit in it (a debit, a balance or a newsletter)");
        }
        assertThat(count("INBOX")).isZero();
        assertThat(count("Relance/Processed")).isEqualTo(3);
    }

    @NeedsCorpus
    @Test
    void aBankNotificationIsLeftInPlaceWhenNoPaymentIntakeIsWired() throws Exception {
        bot.deliver(TestMails.corpus("bank/bank-alert-credit-fr.eml"));

        MailboxWatcher.Pass pass = watcher().runOnce();

        assertThat(pass.left()).isEqualTo(1);
        assertThat(count("INBOX")).isEqualTo(1);
        assertThat(text("SELECT outcome FROM processed_messages"))
                .isEqualTo("not_handled.bank");
    }
}
