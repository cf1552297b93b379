package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.cli.Cli;
import org.relance.cli.CliContext;
import org.relance.config.Secret;
import org.relance.config.Slack;
import org.relance.decision.DecisionRequest;
import org.relance.digest.Digest;
import org.relance.digest.DigestItem;
import org.relance.digest.DigestService;
import org.relance.digest.DigestStore;
import org.relance.dunning.Actor;
import org.relance.dunning.Proposal;
import org.relance.dunning.ReminderState;
import org.relance.testing.DeskFixture;

/**
 * The acceptance of issue 10 §3 on the real stack: a SQLite store with imported invoices, the decision seam, the
 * outbox and GreenMail as the company's mail server, the Slack app in HTTP mode and the fake Web API. A signed click
 * on approve queues the reminder, which the sender then delivers; a forged click changes nothing; a stale one
 * changes nothing and says why.
 */
class SlackApproveAcceptanceTest {

    /** Tuesday 1 December 2026, 10:00 in Paris: inside the default send window. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SECRET = SlackAppHarness.SECRET;

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final FakeSlackApi fake = new FakeSlackApi();
    private final SlackSigner signer = new SlackSigner(SECRET);
    private App app;
    private final DigestStore digests = new DigestStore();
    private SlackRuntime slack;

    @BeforeEach
    void setUp() throws Exception {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        DeskFixture desk = DeskFixture.write(dir, "locale: fr, " + DeskFixture.BANK_DETAILS, """
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                """.formatted(greenMail.getImap().getPort(), greenMail.getSmtp().getPort()));
        Path config = desk.file();
        Path invoices = desk.invoices("""
                FA-2026-0101,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-10-01,2026-10-31,EUR,1234.56,0
                FA-2026-0102,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-10-05,2026-11-04,EUR,200.00,0
                FA-2026-0103,Garage Yvon SAS,compta@garage-yvon.test,2026-10-10,2026-11-09,EUR,980.00,0
                """);
        StringWriter out = new StringWriter();
        int code = Cli.run(new CliContext(Map.of("USER", "claire"), CLOCK, new PrintWriter(out), new PrintWriter(out),
                c -> Main.wire(c, CLOCK)), "import", "--config", config.toString(), invoices.toString());
        assertThat(code).as(out.toString()).isZero();
        app = desk.open(CLOCK);
        Slack slackConfig = new Slack(new Secret("xoxb-test"), Optional.empty(), Optional.of(new Secret(SECRET)),
                Payloads.CHANNEL, List.of(), fake.url(), new Slack.Http(0, "/slack/events"));
        slack = new SlackRuntime(slackConfig, new SlackWeb(fake.url(), "xoxb-test"),
                SlackRuntime.handlers(app, SlackRuntime.digestMembers(app.ledger(), digests), () -> { }), Locale.FRENCH,
                ZoneId.of("Europe/Paris"), CLOCK);
        slack.start();
    }

    @AfterEach
    void tearDown() {
        if (slack != null) {
            slack.close();
        }
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    /** What a digest showed: today's proposal for the invoice, with its reminder (as the digest builder stores it). */
    private long shown(String invoice) {
        Proposal p = app.plans().planFor(TODAY).forInvoice(invoice).orElseThrow();
        return app.ledger().inTransaction(h -> app.desk().propose(h, p, Actor.system("relance")));
    }

    private ReminderState state(long reminderId) {
        return app.ledger().read(h -> app.reminders().find(h, reminderId).orElseThrow().state());
    }

    private int queued() {
        return app.ledger().read(h -> h.createQuery("select count(*) from outbox where state = 'queued'")
                .mapTo(Integer.class).one());
    }

    /** The customer's inbox (the company's archive copy is elsewhere). */
    private List<MimeMessage> inbox(String address) throws Exception {
        var user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage)
                .toList();
    }

    private java.net.URI events() {
        return java.net.URI.create("http://127.0.0.1:" + slack.port() + "/slack/events");
    }

    @Test
    void aSignedApproveClickQueuesTheReminderTheSenderDeliversItAndTheMessageSaysWhoApproved() throws Exception {
        long reminder = shown("FA-2026-0103");

        SlackSigner.Response r = signer.postInteractive(events(),
                Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE, 1, reminder,
                        Payloads.itemBlocks(1, reminder)));

        assertThat(r.status()).isEqualTo(200);
        String blocks = fake.awaitOne("chat.update", WAIT).param("blocks");
        assertThat(blocks).contains("✅ approuvé par <@UCLAIRE> à 10:00 — part à 10:01");
        assertThat(state(reminder)).isEqualTo(ReminderState.APPROVED);
        assertThat(queued()).isEqualTo(1);
        String decidedVia = app.ledger().read(h -> h.createQuery(
                "select actor || '/' || channel from events where kind = 'reminder.approved' order by id desc limit 1")
                .mapTo(String.class).one());
        assertThat(decidedVia).isEqualTo("UCLAIRE/slack");

        assertThat(app.outboxSender(false).runOnce().toString()).isNotEmpty();
        List<MimeMessage> received = inbox("compta@garage-yvon.test");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("FA-2026-0103");
        assertThat(state(reminder)).isEqualTo(ReminderState.SENT);
    }

    @Test
    void approveOnAGroupedDigestItemApprovesEveryInvoiceItShowedInOneMessage() throws Exception {
        DigestService service = new DigestService(app.ledger(), app.plans(), app.composer(), app.payments(), app.invoices(), digests,
                (h, p, actor) -> app.desk().propose(h, p, actor), app.config().company(), app.config().dunning(),
                app.config().digest(), CLOCK);
        Digest digest = service.build(TODAY, false);
        DigestItem xavier = digest.items().stream().filter(i -> i.invoices().contains("FA-2026-0101"))
                .findFirst().orElseThrow();
        assertThat(xavier.invoices()).containsExactlyInAnyOrder("FA-2026-0101", "FA-2026-0102");

        signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE,
                xavier.position(), xavier.reminderId(), Payloads.itemBlocks(xavier.position(), xavier.reminderId())));

        fake.awaitOne("chat.update", WAIT);
        for (DigestItem.Member m : xavier.members()) {
            assertThat(state(m.reminderId())).as(m.invoice()).isEqualTo(ReminderState.APPROVED);
        }
        assertThat(queued()).isEqualTo(1);
        assertThat(fake.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void statusPostsTheSummaryAndUploadsTheAgingChartInItsThread() {
        signer.postCommand(events(), SlackSigner.command(FakeSlackApi.TEAM_ID, Payloads.CHANNEL, "UCLAIRE",
                "status", "trig-status"));

        var post = fake.awaitOne("chat.postMessage", WAIT);
        assertThat(post.param("channel")).isEqualTo(Payloads.CHANNEL);
        assertThat(post.param("blocks")).isNotBlank();
        var complete = fake.awaitOne("files.completeUploadExternal", WAIT);
        assertThat(fake.calls("upload").get(0).bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(complete.param("thread_ts")).isNotBlank();
    }

    @Test
    void invoicePostsTheInvoicesHistory() {
        signer.postCommand(events(), SlackSigner.command(FakeSlackApi.TEAM_ID, Payloads.CHANNEL, "UCLAIRE",
                "invoice FA-2026-0103", "trig-invoice"));

        var post = fake.awaitOne("chat.postMessage", WAIT);
        assertThat(post.param("text") + post.param("blocks")).contains("FA-2026-0103");
    }

    @Test
    void withSlackDownAfterTheAckTheApprovalStillCommitsAndQueues() throws Exception {
        long reminder = shown("FA-2026-0103");
        // Slack delivers the click, then its Web API goes down: chat.update cannot reach it.
        fake.stop();

        SlackSigner.Response r = signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE",
                ActionIds.APPROVE, 1, reminder, Payloads.itemBlocks(1, reminder)));

        assertThat(r.status()).isEqualTo(200);
        long end = System.nanoTime() + WAIT.toNanos();
        while (state(reminder) != ReminderState.APPROVED && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(state(reminder)).isEqualTo(ReminderState.APPROVED);
        while (queued() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void aForgedClickIs401AndChangesNothing() throws Exception {
        long reminder = shown("FA-2026-0103");
        String body = SlackSigner.interactiveBody(Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE,
                1, reminder, Payloads.itemBlocks(1, reminder)));
        long now = SlackSigner.now();

        var r = signer.postSigned(events(), body, now, SlackSigner.signature("guessed", now, body), Map.of());

        assertThat(r.status()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(state(reminder)).isEqualTo(ReminderState.PROPOSED);
        assertThat(queued()).isZero();
        assertThat(fake.calls("chat.update")).isEmpty();
    }

    @Test
    void aStaleApproveOnAnItemSinceEscalatedChangesNothingAndSaysWhy() throws Exception {
        long reminder = shown("FA-2026-0101");
        var escalated = app.decisions().take(new DecisionRequest.Escalate(DecisionRequest.Target.invoice("FA-2026-0101")),
                Actor.cli("claire"));
        assertThat(escalated.ok()).as(escalated.message()).isTrue();
        int queuedBefore = queued();

        signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE, 1,
                reminder, Payloads.itemBlocks(1, reminder)));

        String text = fake.awaitOne("chat.postEphemeral", WAIT).param("text");
        assertThat(text).contains("n'est plus à jour").contains("Rien n'a changé");
        assertThat(fake.calls("chat.update")).isEmpty();
        assertThat(queued()).isEqualTo(queuedBefore);
        assertThat(state(reminder)).isNotEqualTo(ReminderState.APPROVED);
    }

    @Test
    void aSecondApproveIsAlreadyDoneEphemerally() throws Exception {
        long reminder = shown("FA-2026-0103");
        signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE, 1,
                reminder, Payloads.itemBlocks(1, reminder)));
        fake.awaitOne("chat.update", WAIT);

        signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UMARC", ActionIds.APPROVE, 1,
                reminder, Payloads.itemBlocks(1, reminder)));

        String text = fake.awaitOne("chat.postEphemeral", WAIT).param("text");
        assertThat(text).satisfiesAnyOf(t -> assertThat(t).contains("Déjà fait"),
                t -> assertThat(t).contains("n'est plus à jour"));
        assertThat(fake.calls("chat.update")).hasSize(1);
        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void previewShowsTheFullTextOfTheReminderToTheClicker() {
        long reminder = shown("FA-2026-0103");

        signer.postInteractive(events(), Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.PREVIEW, 1,
                reminder, Payloads.itemBlocks(1, reminder)));

        String text = fake.awaitOne("chat.postEphemeral", WAIT).param("text");
        assertThat(text).contains("FA-2026-0103").contains("980,00");
        assertThat(state(reminder)).isEqualTo(ReminderState.PROPOSED);
    }
}
