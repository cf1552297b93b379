package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.invoice.TestPdfs;
import org.relance.testing.DeskFixture;
import org.relance.testing.Threads;

/**
 * {@code relance run} as a supervisor runs it: a JVM of its own, stopped with SIGTERM ({@link Process#destroy()}),
 * must exit within 10 seconds; started again, it takes in what arrived while it was down, once.
 */
class RunCommandProcessTest {

    private static final String BOT = "relance@acme.test";
    private static final String FOUNDER = "founder@acme.test";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private Path config() throws IOException {
        return DeskFixture.write(dir, "", """
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret}
                  trustedSenders: [%s]
                """.formatted(greenMail.getImap().getPort(), BOT, greenMail.getSmtp().getPort(), BOT, FOUNDER)).file();
    }

    private Process start(Path config, String name) throws IOException {
        process = RelanceProcess.run(config, dir, name);
        return process;
    }

    private String read(String file) throws IOException {
        Path p = dir.resolve(file);
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private void waitFor(String file, String text, Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!read(file).contains(text)) {
            assertThat(process.isAlive()).as("relance run still alive; stderr: %s", read(file.replace(".out", ".err")))
                    .isTrue();
            assertThat(System.nanoTime()).as("'%s' in %s; it has: %s", text, file, read(file)).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** SIGTERM, then the time the process took to exit (failing past 10 s). */
    private Duration terminate() throws InterruptedException {
        long begun = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(20, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - begun);
        assertThat(exited).as("exited within 20 s of SIGTERM").isTrue();
        return took;
    }

    private static MimeMessage invoiceMail() throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(FOUNDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Facture F-2026-0007");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Ci-joint la facture.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(TestPdfs.withLines("Facture n° F-2026-0007",
                "Client : Boulangerie Xavier", "Date : 01/10/2026", "Échéance : 31/10/2026", "Total TTC : 120,00 €"),
                "application/pdf")));
        pdf.setFileName("F-2026-0007.pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    @Test
    void sigtermStopsRelanceRunWithinTenSecondsAndTheNextStartTakesInWhatArrivedMeanwhileOnce() throws Exception {
        GreenMailUser bot = greenMail.setUser(BOT, BOT, "bot-secret");
        Path config = config();

        start(config, "first");
        waitFor("first.out", "relance: running; Ctrl-C to stop", STARTUP);
        // The first pass (an empty mailbox) is over: the watcher waits in IDLE (GreenMail, in this JVM, holds it).
        long idle = System.nanoTime() + STARTUP.toNanos();
        while (!Threads.someInside(null, "com.icegreen.greenmail.imap.commands.IdleCommand", null)) {
            assertThat(System.nanoTime()).as("the mail server holding the watcher's IDLE").isLessThan(idle);
            Thread.sleep(50);
        }
        Duration firstStop = terminate();

        assertThat(firstStop).isLessThan(Duration.ofSeconds(10));
        assertThat(read("first.out")).contains("relance: watching INBOX of " + BOT + " on 127.0.0.1:"
                        + greenMail.getImap().getPort() + " (IDLE, polling fallback every 30 s)")
                .contains("relance: sending approved reminders every 60 s within the send window");

        bot.deliver(invoiceMail());
        start(config, "second");
        waitFor("second.err", "mailbox INBOX: 1 handled, 1 moved", STARTUP);
        Duration secondStop = terminate();

        assertThat(secondStop).isLessThan(Duration.ofSeconds(10));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        try (App app = Main.wire(ConfigLoader.load(config, java.util.Map.of()), clock)) {
            List<String> numbers = app.ledger().read(h -> h.createQuery("SELECT number FROM invoices")
                    .mapTo(String.class).list());
            assertThat(numbers).containsExactly("F-2026-0007");
        }
        TestCli cli = new TestCli(clock);
        assertThat(cli.run("run", "--once", "--config", config.toString())).isZero();
        assertThat(cli.out()).contains("mailbox: 0 handled, 0 moved");
        System.out.println("relance run stopped by SIGTERM in " + firstStop.toMillis() + " ms, then "
                + secondStop.toMillis() + " ms");
    }
}
