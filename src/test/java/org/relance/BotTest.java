package org.relance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.RelanceConfig;
import org.relance.invoice.TestPdfs;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.Supervisor;
import org.relance.testing.DeskFixture;
import org.relance.testing.Threads;
import org.slf4j.LoggerFactory;

/**
 * The bot's one runtime: its services start in order, one failing does not stop the others, and closing it returns
 * within the 10 s budget whatever they are doing — the mailbox in IDLE, the sender running, a service that hangs.
 */
class BotTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String FOUNDER = "founder@acme.test";
    private static final String BOT = "relance@acme.test";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger botLog = (Logger) LoggerFactory.getLogger(Bot.class);

    @AfterEach
    void detach() {
        botLog.detachAppender(logged);
    }

    private void captureLog() {
        logged.start();
        botLog.addAppender(logged);
    }

    private RelanceConfig config() throws IOException {
        return DeskFixture.write(dir, "", """
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret, idle: true}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret}
                  trustedSenders: [%s]
                  limits: {isolateParsing: false}
                """.formatted(greenMail.getImap().getPort(), BOT, greenMail.getSmtp().getPort(), BOT, FOUNDER)).config();
    }

    static MimeMessage invoiceMail(String messageId, String number) throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(FOUNDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Facture " + number);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Ci-joint la facture.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(TestPdfs.withLines(
                "Facture n° " + number, "Client : Boulangerie Xavier", "Date : 01/10/2026", "Échéance : 31/10/2026",
                "Total TTC : 120,00 €"), "application/pdf")));
        pdf.setFileName(number + ".pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    private static long invoices(App app) {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM invoices").mapTo(Long.class).one());
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A service that records its start and close, optionally failing at start or ignoring interrupts in close. */
    private Bot.Service service(String name, boolean failsToStart, Duration closeTakes) {
        return Bot.Service.of(name, name + " running", () -> {
            calls.add("start " + name);
            if (failsToStart) {
                throw new IllegalStateException("port 3000 in use");
            }
        }, () -> {
            long until = System.nanoTime() + closeTakes.toNanos();
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                } catch (InterruptedException ignored) {
                    // A service that will not be told: it keeps sleeping.
                }
            }
            calls.add("close " + name);
        });
    }

    @Test
    void aBotWithTheMailboxInIdleAndTheSenderRunningStopsWithinTenSeconds() throws Exception {
        GreenMailUser bot = greenMail.setUser(BOT, BOT, "bot-secret");
        bot.deliver(invoiceMail("<i-1@acme.test>", "F-2026-0001"));
        try (App app = Main.wire(config(), CLOCK)) {
            Bot running = Bot.of(app, List.of());
            assertThat(running.names()).containsExactly("mailbox", "sender");
            Bot.Startup startup = running.start();
            assertThat(startup.running()).hasSize(2).first().asString()
                    .startsWith("watching INBOX of relance@acme.test on 127.0.0.1:" + greenMail.getImap().getPort()
                            + " (IDLE");
            waitFor("the invoice imported", () -> invoices(app) == 1);
            // The pass is over: the watcher waits in IDLE and the sender waits for its next round.
            waitFor("the watcher waiting for mail",
                    () -> Threads.someInside("mailbox-watcher", MailboxWatcher.class.getName(), "waitForMail"));
            waitFor("the sender between rounds",
                    () -> !Threads.someInside("outbox-sender", "org.relance.mail.SendLoop", "round"));

            long begun = System.nanoTime();
            running.close();
            Duration took = Duration.ofNanos(System.nanoTime() - begun);

            assertThat(took).isLessThan(Duration.ofSeconds(10));
            // Nothing hangs here: the IDLE ends at once, the budget is for what does hang.
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aServiceThatIgnoresInterruptsForAMinuteIsAbandonedWithinTheBudgetAndTheOthersStillStop() throws Exception {
        captureLog();
        Bot bot = new Bot(List.of(service("first", false, Duration.ZERO), service("stubborn", false,
                Duration.ofSeconds(60)), service("last", false, Duration.ZERO)), Bot.SHUTDOWN_BUDGET);
        bot.start();

        long begun = System.nanoTime();
        bot.close();
        Duration took = Duration.ofNanos(System.nanoTime() - begun);

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(calls).containsExactly("start first", "start stubborn", "start last", "close last", "close first");
        assertThat(logged.list).anySatisfy(e -> {
            assertThat(e.getLevel().toString()).isEqualTo("WARN");
            assertThat(e.getFormattedMessage()).startsWith("stubborn did not stop within").endsWith("abandoned");
        });
    }

    @Test
    void aServiceFailingAtStartIsLoggedAndTheOthersRun() {
        Bot bot = new Bot(List.of(service("slack", true, Duration.ZERO), service("digest", false, Duration.ZERO)),
                Bot.SHUTDOWN_BUDGET);

        Bot.Startup startup = bot.start();
        bot.close();

        assertThat(startup.running()).containsExactly("digest running");
        assertThat(startup.failed()).containsExactly("slack could not start: port 3000 in use");
        assertThat(calls).containsExactly("start slack", "start digest", "close digest", "close slack");
    }

    @Test
    void aBotWhoseEveryServiceFailsRefusesToRunAndClosesThem() {
        Bot bot = new Bot(List.of(service("slack", true, Duration.ZERO)), Bot.SHUTDOWN_BUDGET);

        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("nothing could start: slack could not start: port 3000 in use");
        assertThat(calls).containsExactly("start slack", "close slack");
    }

    @Test
    void aMessageInHandLongerThanTheBudgetIsLeftAndTheNextStartFinishesItOnce() throws Exception {
        GreenMailUser bot = greenMail.setUser(BOT, BOT, "bot-secret");
        bot.deliver(invoiceMail("<i-1@acme.test>", "F-2026-0001"));
        bot.deliver(invoiceMail("<i-2@acme.test>", "F-2026-0002"));
        CountDownLatch inHand = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        try (App app = Main.wire(config(), CLOCK)) {
            RelanceConfig config = app.config();
            MailboxWatcher slow = new MailboxWatcher(config.mail().orElseThrow(), config.bank(), app.ledger(),
                    app.events(), app::mailDocumentImport, Optional.empty(), CLOCK, MailboxWatcher.Settings.defaults(),
                    new MailboxWatcher.Hooks() {
                        @Override
                        public void beforeRecord(long uid) {
                            // A parse that takes longer than the shutdown allows; not to be interrupted.
                            worker.set(Thread.currentThread());
                            inHand.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                throw new AssertionError("the message in hand was interrupted");
                            }
                        }
                    });
            slow.start(new Supervisor(exit::complete, Duration.ofMillis(10), Duration.ofMillis(100)));
            assertThat(inHand.await(30, TimeUnit.SECONDS)).isTrue();

            long begun = System.nanoTime();
            boolean stopped = slow.close(Duration.ofSeconds(2));
            Duration took = Duration.ofNanos(System.nanoTime() - begun);

            assertThat(stopped).isFalse();
            assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            // The work in hand ends later (or dies with the process): it commits, and no other message is started.
            release.countDown();
            waitFor("the first invoice committed", () -> invoices(app) == 1);
            worker.get().join(TimeUnit.SECONDS.toMillis(30));
            assertThat(worker.get().isAlive()).as("the watcher's thread ended after the message in hand").isFalse();
            assertThat(invoices(app)).isEqualTo(1);

            try (MailboxWatcher next = app.mailboxWatcher()) {
                MailboxWatcher.Pass pass = next.runOnce();
                assertThat(pass.handled()).as("only the message never started").isEqualTo(1);
                assertThat(pass.moved()).as("its move and the one left undone").isEqualTo(2);
            }
            assertThat(invoices(app)).isEqualTo(2);
            assertThat(exit).isNotDone();
        }
    }
}
