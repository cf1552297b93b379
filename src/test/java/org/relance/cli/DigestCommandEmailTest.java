package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.slack.FakeSlackApi;

/** {@code relance digest} with {@code digest.emailTo}: the digest is emailed, with or without Slack, and says so. */
class DigestCommandEmailTest {

    /** Wednesday 2 December 2026, 10:00 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String FOUNDER = "founder@acme.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);

    @BeforeEach
    void invoices() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        Files.writeString(dir.resolve("invoices.csv"), """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                """);
    }

    private Path config(String extra) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris, locale: fr}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                  botAddress: relance@acme.test
                digest: {emailTo: [%s]}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getSmtp().getPort(), FOUNDER)
                + extra);
        assertThat(cli.run("import", "--config", file.toString(), dir.resolve("invoices.csv").toString())).isZero();
        return file;
    }

    @Test
    void withoutSlackTheDigestIsEmailedInsteadAndTheSendLoopDeliversItToTheFounder() throws Exception {
        Path config = config("");

        assertThat(cli.run("digest", "--config", config.toString())).isZero();
        String printed = cli.out();
        String token = printed.substring(printed.indexOf("(#") + 2, printed.indexOf(")"));
        assertThat(cli.err()).contains("posted to email").doesNotContain("slack");

        assertThat(cli.run("send", "--config", config.toString())).isZero();
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain("acme.test");
        assertThat(Arrays.stream(received).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(FOUNDER);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).singleElement().satisfies(m -> assertThat(m.getSubject())
                .isEqualTo("[Relance] À relancer — 02/12/2026 (#" + token + ")"));
    }

    @Test
    void withSlackTheDigestIsPostedAndEmailed() throws IOException {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Path config = config("slack: {botToken: xoxb-test, signingSecret: s3cret, channel: C0DIGEST, apiUrl: \""
                    + slack.url() + "\"}\n");

            assertThat(cli.run("digest", "--config", config.toString())).isZero();

            assertThat(cli.err()).contains("posted to slack, email");
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
        }
    }
}
