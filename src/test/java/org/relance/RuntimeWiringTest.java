package org.relance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.cli.Cli;
import org.relance.cli.CliContext;
import org.relance.config.ConfigLoader;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;
import org.relance.slack.FakeSlackApi;

/**
 * {@code relance run}'s wiring ({@link App#runtimeServices()} through {@link Bot}): the digest scheduler, the Slack app
 * and the notifier run with a slack section alone, and a Slack that is down holds up neither the sender nor the rest.
 */
class RuntimeWiringTest {

    /** Tuesday 1 December 2026, 10:00 in Paris: the 09:00 digest is due, the send window is open. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final FakeSlackApi fake = new FakeSlackApi();
    private App app;
    private Bot bot;

    @AfterEach
    void tearDown() {
        if (bot != null) {
            bot.close();
        }
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    private Path config(String mail, int slackPort) throws Exception {
        Path config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris, locale: fr,
                          iban: FR7630006000011234567890189, bic: AGRIFRPP, address: "1 rue de la Paix, 75002 Paris"}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                %s
                slack:
                  botToken: xoxb-test
                  signingSecret: s3cr3t
                  channel: C0DIGEST
                  apiUrl: %s
                  http: {port: %d, path: /slack/events}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), mail, fake.url(), slackPort));
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0103,Garage Yvon SAS,compta@garage-yvon.test,2026-10-10,2026-11-09,EUR,980.00,0
                FA-2026-0104,Hôtel Zénith,compta@zenith.test,2026-10-12,2026-11-11,EUR,410.00,0
                """);
        StringWriter out = new StringWriter();
        int code = Cli.run(new CliContext(Map.of("USER", "claire"), CLOCK, new PrintWriter(out), new PrintWriter(out),
                c -> Main.wire(c, CLOCK)), "import", "--config", config.toString(), invoices.toString());
        assertThat(code).as(out.toString()).isZero();
        return config;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aSlackSectionAloneRunsTheDigestTheSlackAppAndTheNotifier() throws Exception {
        int port = freePort();
        app = Main.wire(ConfigLoader.load(config("", port), Map.of()), CLOCK);
        bot = Bot.of(app);

        Bot.Startup startup = bot.start();

        assertThat(startup.failed()).isEmpty();
        assertThat(String.join("\n", startup.running())).contains("posting the digest at 09:00", "Slack app on port " + port, "posting payments");
        // The 09:00 digest was due: posted once in the channel.
        var post = fake.awaitOne("chat.postMessage", WAIT);
        assertThat(post.param("channel")).isEqualTo("C0DIGEST");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        // A decision taken elsewhere (the CLI) reaches the digest's thread through the feed.
        fake.clear();
        DecisionOutcome paid = app.decisions().take(new DecisionRequest.MarkPaid(
                DecisionRequest.Target.invoice("FA-2026-0103")), Actor.cli("claire"));
        assertThat(paid.status()).isEqualTo(DecisionOutcome.Status.DONE);
        var notice = fake.awaitOne("chat.postMessage", WAIT);
        assertThat(notice.param("text") + notice.param("blocks")).contains("FA-2026-0103");
        assertThat(notice.param("thread_ts")).isNotBlank();
    }

    @Test
    void aSlackThatIsDownHoldsUpNeitherTheSenderNorTheOtherServices() throws Exception {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        String mail = """
                mail:
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                """.formatted(greenMail.getSmtp().getPort());
        int port = freePort();
        Path config = config(mail, port);
        fake.stop();
        app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK);
        DecisionOutcome approved = app.decisions().take(new DecisionRequest.Approve(
                DecisionRequest.Target.invoice("FA-2026-0103")), Actor.cli("claire"));
        assertThat(approved.status()).as(approved.message()).isEqualTo(DecisionOutcome.Status.DONE);
        bot = Bot.of(app);

        Bot.Startup startup = bot.start();

        assertThat(startup.running()).isNotEmpty();
        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).contains("FA-2026-0103");
    }

    @Test
    void anApprovalWhileTheBotRunsLeavesAtOnceNotAtTheNextTimedRound() throws Exception {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        String mail = """
                mail:
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                """.formatted(greenMail.getSmtp().getPort());
        app = Main.wire(ConfigLoader.load(config(mail, freePort()), Map.of()), CLOCK);
        app.decisions().take(new DecisionRequest.Approve(DecisionRequest.Target.invoice("FA-2026-0103")),
                Actor.cli("claire"));
        bot = Bot.of(app);
        bot.start();
        // The first round (at start) sent the first approval: what follows can only leave by a wake-up.
        assertThat(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();

        DecisionOutcome second = app.decisions().take(new DecisionRequest.Approve(
                DecisionRequest.Target.invoice("FA-2026-0104")), Actor.cli("claire"));

        assertThat(second.status()).isEqualTo(DecisionOutcome.Status.DONE);
        assertThat(Bot.SEND_PERIOD).isGreaterThan(Duration.ofSeconds(30));
        assertThat(greenMail.waitForIncomingEmail(10_000, 2)).as("sent within 10 s of the approval").isTrue();
    }
}
