package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.slack.FakeSlackApi;
import org.relance.testing.DeskFixture;

/** {@code relance digest} as a user runs it: prints the day's digest, stores it, posts it to Slack when configured. */
class DigestCommandTest {

    /** Wednesday 2 December 2026, 10:00 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);
    private FakeSlackApi slack;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    /** The desk's configuration with {@code extra} sections, its invoices imported by {@code relance import}. */
    private Path config(String extra) throws IOException {
        DeskFixture desk = DeskFixture.write(dir, "locale: fr", "dunning: {ecbRatePercent: 2.15}\n" + extra);
        Path invoices = desk.invoices("""
                BIG,Client Gros,compta@gros.test,2026-10-22,2026-11-22,EUR,1234.56,0
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                FUTURE,Client Futur,compta@futur.test,2026-11-20,2026-12-20,EUR,99.00,0
                """);
        assertThat(cli.run("import", "--config", desk.file().toString(), invoices.toString())).isZero();
        return desk.file();
    }

    private String slackSection() {
        return """
                slack: {botToken: xoxb-test, signingSecret: s3cret, channel: C0DIGEST, apiUrl: "%s"}
                """.formatted(slack.url());
    }

    @Test
    void printsTheDaysDigestNumberedBiggestFirstInTheCompanysLanguage() throws IOException {
        Path config = config("");

        assertThat(cli.run("digest", "--config", config.toString())).isZero();

        assertThat(cli.out())
                .containsPattern("À relancer — 02/12/2026 \\(#[A-Z2-7]{8}\\)")
                .contains("En retard : 1" + NNBSP + "734,56" + NBSP + "€ sur 2 factures")
                .contains("1. Client Vieux — OLD", "500,00" + NBSP + "€ · 60 jours de retard · friendly, par email")
                .contains("2. Client Gros — BIG", "1" + NNBSP + "234,56" + NBSP + "€ · 10 jours de retard")
                .contains("indemnité forfaitaire 40,00" + NBSP + "€")
                .doesNotContain("FUTURE");
        assertThat(cli.err()).doesNotContain("posted");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void postsToSlackWhenConfiguredAndRunningItAgainPostsANewDigestOfTheSameReminders() throws IOException {
        Path config = config(slackSection());

        assertThat(cli.run("digest", "--config", config.toString())).isZero();
        String first = cli.out();
        assertThat(cli.err()).contains("posted to slack");
        assertThat(slack.calls("chat.postMessage")).singleElement()
                .satisfies(c -> assertThat(c.param("channel")).isEqualTo("C0DIGEST"));

        assertThat(cli.run("digest", "--config", config.toString())).isZero();
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        String token = first.substring(first.indexOf("(#") + 2, first.indexOf(")"));
        assertThat(cli.out()).doesNotContain(token);
        assertThat(cli.run("invoices", "--config", config.toString(), "--json")).isZero();
        assertThat(cli.out().lines().filter(l -> l.contains("\"state\":\"proposed\"")).count()).isEqualTo(2);
    }

    @Test
    void slackDownStillPrintsAndStoresTheDigestAndExitsOneSayingWhy() throws IOException {
        Path config = config(slackSection());
        slack.fail("chat.postMessage", "channel_not_found");

        assertThat(cli.run("digest", "--config", config.toString())).isEqualTo(1);

        assertThat(cli.out()).contains("1. Client Vieux — OLD");
        assertThat(cli.err()).contains("not posted: slack:").contains("channel_not_found");
    }

    @Test
    void todayBuildsTheDigestOfAnotherDay() throws IOException {
        Path config = config("");

        assertThat(cli.run("digest", "--config", config.toString(), "--today", "2026-12-25")).isZero();

        assertThat(cli.out()).contains("À relancer — 25/12/2026", "3. Client Futur — FUTURE");
    }

    @Test
    void withEmailToTheDigestIsEmailedNowWhileApprovedRemindersWaitForTheSender() throws Exception {
        var greenMail = new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetup.dynamicPort(new com.icegreen.greenmail.util.ServerSetup[] {
                        com.icegreen.greenmail.util.ServerSetupTest.SMTP}));
        greenMail.start();
        try {
            greenMail.setUser("relance@acme.test", "relance", "secret");
            Path config = config("""
                    mail:
                      smtp: {host: 127.0.0.1, port: %d, security: none, username: relance, password: secret}
                      botAddress: relance@acme.test
                      sendWindow: {from: "00:00", to: "23:59", days: [MON, TUE, WED, THU, FRI, SAT, SUN]}
                    digest: {emailTo: [founder@acme.test]}
                    """.formatted(greenMail.getSmtp().getPort()));
            assertThat(cli.run("approve", "--config", config.toString(), "BIG")).isZero();

            assertThat(cli.run("digest", "--config", config.toString())).isZero();

            assertThat(cli.err()).contains("posted to email");
            var received = greenMail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).startsWith("[Relance] À relancer — 02/12/2026 (#");
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("founder@acme.test");
        } finally {
            greenMail.stop();
        }
    }
}
