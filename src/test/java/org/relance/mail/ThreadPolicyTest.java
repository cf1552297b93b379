package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.InvoiceStore;
import org.relance.invoice.TestPdfs;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;

/**
 * A long-running thread never dies leaving a live process doing nothing: an exception restarts its work, an Error
 * ends the process non-zero (here through a recorded exit, so this JVM lives on).
 */
class ThreadPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "bot-secret";

    @TempDir
    Path dir;

    private GreenMail greenMail;
    private GreenMailUser bot;
    private Ledger ledger;
    private InvoiceReader reader;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Supervisor supervisor = new Supervisor(exit::complete, Duration.ofMillis(10), Duration.ofMillis(100));

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        bot = greenMail.setUser(TestMails.BOT, TestMails.BOT, PASSWORD);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
        if (ledger != null) {
            ledger.close();
        }
        if (reader != null) {
            reader.close();
        }
    }

    private RelanceConfig config() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: %s, pollSeconds: 1}
                  trustedSenders: [%s]
                  dryRun: true
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(),
                TestMails.BOT, PASSWORD, TestMails.FOUNDER));
        return ConfigLoader.load(file, Map.of());
    }

    private MailboxWatcher watcher(MailboxWatcher.Hooks hooks) throws IOException {
        RelanceConfig config = config();
        ledger = Ledger.open(config.store());
        EventLog events = new EventLog();
        reader = new InvoiceReader();
        DocumentImport documents = new DocumentImport(ledger, new InvoiceStore(events, CLOCK), reader,
                config.store().files());
        MailboxWatcher.Settings fast = new MailboxWatcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(100));
        return new MailboxWatcher(config.mail().orElseThrow(), config.bank(), ledger, events, () -> documents,
                Optional.empty(), CLOCK, fast, hooks);
    }

    private long invoices() {
        return ledger.read(h -> h.createQuery("SELECT COUNT(*) FROM invoices").mapTo(Long.class).one());
    }

    @Test
    void theMailboxWatcherIsRestartedAfterAnExceptionAndStillImportsTheMail() throws Exception {
        bot.deliver(TestMails.withAttachment(TestMails.FOUNDER, "<i-1@acme.test>", "f.pdf", "application/pdf",
                TestPdfs.withLines("Facture n° F-2026-0001", "Client : Boulangerie Xavier", "Total TTC : 120,00 €")));
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch pastTheFailures = new CountDownLatch(1);
        MailboxWatcher watcher = watcher(new MailboxWatcher.Hooks() {
            @Override
            public void beforePass() {
                if (passes.incrementAndGet() <= 2) {
                    throw new IllegalArgumentException("injected failure " + passes.get());
                }
                pastTheFailures.countDown();
            }
        });

        try (watcher) {
            watcher.start(supervisor);
            assertThat(pastTheFailures.await(30, TimeUnit.SECONDS)).as("a pass after two failed ones").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (invoices() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }

        assertThat(invoices()).isEqualTo(1);
        assertThat(passes.get()).isGreaterThanOrEqualTo(3);
        assertThat(exit).isNotDone();
    }

    @Test
    void anErrorInTheMailboxWatcherEndsTheProcessNonZero() throws Exception {
        MailboxWatcher watcher = watcher(new MailboxWatcher.Hooks() {
            @Override
            public void beforePass() {
                throw new OutOfMemoryError("injected");
            }
        });

        try (watcher) {
            watcher.start(supervisor);
            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Supervisor.EXIT_ON_ERROR);
        }
    }

    @Test
    void theSenderRunsAgainAfterAFailedRoundAndAnErrorInItEndsTheProcessNonZero() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch secondRound = new CountDownLatch(1);
        try (App app = Main.wire(config(), CLOCK)) {
            SendLoop loop = new SendLoop(app.reminderMailer(), app.outboxSender(true), Duration.ofMillis(10),
                    supervisor, () -> {
                        int round = rounds.incrementAndGet();
                        if (round == 1) {
                            throw new IllegalStateException("injected failure");
                        }
                        secondRound.countDown();
                        if (round == 3) {
                            throw new OutOfMemoryError("injected");
                        }
                    });
            try (loop) {
                loop.start();
                assertThat(secondRound.await(30, TimeUnit.SECONDS)).as("a round after the failed one").isTrue();
                assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Supervisor.EXIT_ON_ERROR);
            }
        }
        assertThat(rounds.get()).isEqualTo(3);
    }

    @Test
    void closingTheSenderWaitsAtMostItsBudgetForTheRoundInHandAndStartsNoOtherRound() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (App app = Main.wire(config(), CLOCK)) {
            SendLoop loop = new SendLoop(app.reminderMailer(), app.outboxSender(true), Duration.ofMillis(10),
                    supervisor, () -> {
                        if (rounds.incrementAndGet() == 1) {
                            // A round stuck on a slow SMTP server, deaf to interrupts.
                            inRound.countDown();
                            while (release.getCount() > 0) {
                                try {
                                    release.await();
                                } catch (InterruptedException ignored) {
                                    // keeps waiting
                                }
                            }
                        }
                    });
            loop.start();
            assertThat(inRound.await(30, TimeUnit.SECONDS)).isTrue();

            long begun = System.nanoTime();
            boolean stopped = loop.close(Duration.ofSeconds(2));
            Duration took = Duration.ofNanos(System.nanoTime() - begun);

            assertThat(stopped).isFalse();
            assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            release.countDown();
            Thread.sleep(300);
            assertThat(rounds.get()).as("no round after close").isEqualTo(1);
            assertThat(exit).isNotDone();
        }
    }
}
