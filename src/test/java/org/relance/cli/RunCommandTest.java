package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.testing.NeedsCorpus;

/** {@code relance run --once} as a user runs it: a real config file, an in-process IMAP server, the corpus. */
class RunCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Path CORPUS = Path.of(System.getProperty("relance.corpus", "../shared/corpus"));

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("BOT_PASSWORD", "bot-secret"), CLOCK, new PrintWriter(out),
                new PrintWriter(err), config -> Main.wire(config, CLOCK));
        return Cli.run(context, args);
    }

    private Path config(boolean withImap) throws IOException {
        Path file = dir.resolve("relance.yml");
        String mail = withImap ? """
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: relance@acme.test, password: "${BOT_PASSWORD}"}
                  trustedSenders: [founder@acme.test]
                """.formatted(greenMail.getImap().getPort()) : "";
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                %s""".formatted(dir.resolve("relance.db"), dir.resolve("files"), mail));
        return file;
    }

    @NeedsCorpus
    @Test
    void runOnceTakesInTheForwardedInvoicesAndPlanProposesThemOnceAPersonConfirmedWhatWasReadWithDoubts()
            throws Exception {
        GreenMailUser bot = greenMail.setUser("relance@acme.test", "relance@acme.test", "bot-secret");
        try (InputStream in = Files.newInputStream(CORPUS.resolve("forwarded/outlook-style-fr.eml"))) {
            bot.deliver(new MimeMessage(Session.getInstance(new Properties()), in));
        }
        Path config = config(true);

        assertThat(run("run", "--once", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("mailbox: 1 handled, 1 moved, 0 quarantined");
        assertThat(run("run", "--once", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("mailbox: 0 handled");

        // A plain PDF with no customer name printed: read with doubts, so nothing is planned before a person confirms.
        assertThat(run("invoices", "--json", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("\"status\":\"to_confirm\"").contains("customerName: not found");
        assertThat(run("plan", "--today", "2026-12-01", "--config", config.toString())).isZero();
        assertThat(out.toString()).doesNotContain("2022089083");

        assertThat(run("confirm", "2022089083", "--due", "2022-12-28", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("2022089083 confirmed: 56.02 EUR, due 2022-12-28, open");
        assertThat(run("plan", "--today", "2026-12-01", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("\"invoice\":\"2022089083\"");
    }

    @NeedsCorpus
    @Test
    void runOnceAlsoSendsWhatWasApprovedWhenSmtpIsConfigured() throws Exception {
        GreenMailUser bot = greenMail.setUser("relance@acme.test", "relance@acme.test", "bot-secret");
        try (InputStream in = Files.newInputStream(CORPUS.resolve("forwarded/gmail-style-fr.eml"))) {
            bot.deliver(new MimeMessage(Session.getInstance(new Properties()), in));
        }
        Path config = config(true);
        Files.writeString(config, Files.readString(config).replace("company: {name: Acme SAS, email: compta@acme.test}",
                "company: {name: Acme SAS, email: compta@acme.test, iban: FR7630006000011234567890189}")
                + "  smtp: {host: 127.0.0.1, port: " + greenMail.getSmtp().getPort()
                + ", security: none, username: relance@acme.test, password: \"${BOT_PASSWORD}\"}\n");
        assertThat(run("run", "--once", "--config", config.toString())).isZero();
        assertThat(run("approve", "--config", config.toString(), "FA-2017-0010")).isZero();

        assertThat(run("run", "--once", "--config", config.toString())).isZero();

        assertThat(out.toString()).contains("sent #1").contains("compta@majolieboutique.test");
        assertThat(greenMail.getUserManager().getUserByEmail("compta@majolieboutique.test")).isNotNull();
    }

    @Test
    void runWithoutAMailboxSaysWhatIsMissingAndExitsWith2() throws IOException {
        assertThat(run("run", "--config", config(false).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("mail.imap is not configured");
    }

    @Test
    void runOnceWithTheImapServerDownNamesImapItsHostAndPortAndExitsWith1() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path config = config(true);
        Files.writeString(config, Files.readString(config).replace("port: " + greenMail.getImap().getPort(),
                "port: " + closedPort));

        assertThat(run("run", "--once", "--config", config.toString())).isEqualTo(1);

        assertThat(err.toString().strip())
                .isEqualTo("relance: error: IMAP 127.0.0.1:" + closedPort + ": connection refused");
    }
}
