package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.mail.SendReport;
import org.relance.mail.TestMailConfig;
import org.relance.slack.FakeSlackApi;

/** The email digest against a real SQLite store, the real outbox and sender, and GreenMail. */
class EmailDigestPublisherTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Wednesday 2 December 2026; digest at 09:00 on working days. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final String FOUNDER = "founder@acme.test";
    private static final String BOT = "relance@acme.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private Path csv;

    @BeforeEach
    void invoices() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client <b>Retard</b>,compta@retard.test,2026-10-01,2026-11-20,EUR,1234.56,0
                """);
    }

    private RelanceConfig config(String digest, String extraMail) throws IOException {
        return config(digest, extraMail, "");
    }

    /** @param extra more top-level sections (e.g. slack) */
    private RelanceConfig config(String digest, String extraMail, String extra) throws IOException {
        Path file = TestMailConfig.write(dir, greenMail, "", extraMail);
        Files.writeString(file, Files.readString(file) + "digest: " + digest + "\n" + extra);
        return ConfigLoader.load(file, Map.of());
    }

    /** The mailbox's pass the scheduled digest waits for after a start. */
    private static void caughtUp(App app) {
        try (var watcher = app.mailboxWatcher()) {
            watcher.runOnce();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RelanceConfig config() throws IOException {
        return config("{time: \"09:00\", emailTo: [" + FOUNDER + "]}", "botAddress: " + BOT);
    }

    private static Clock at(LocalDateTime paris) {
        return Clock.fixed(paris.atZone(PARIS).toInstant(), PARIS);
    }

    private App open(RelanceConfig config, Clock clock) throws IOException {
        App app = Main.wire(config, clock);
        app.invoiceImport().importCsv(csv, "test", "cli");
        return app;
    }

    private static EmailDigestPublisher email(App app) {
        return (EmailDigestPublisher) app.digestPublishers().stream().filter(p -> p.name().equals("email"))
                .findFirst().orElseThrow();
    }

    private static int outboxRows(App app) {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE purpose = 'digest'")
                .mapTo(Integer.class).one());
    }

    private List<MimeMessage> founderInbox() throws MessagingException {
        if (greenMail.getUserManager().getUserByEmail(FOUNDER) == null) {
            return List.of();
        }
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), FOUNDER, FOUNDER);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) m));
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    @Test
    void publishingTheSameDigestTwiceQueuesOneMessage() throws IOException {
        try (App app = open(config(), at(WEDNESDAY.atTime(9, 0)))) {
            Digest digest = app.digests().build(WEDNESDAY, false);
            EmailDigestPublisher email = email(app);

            email.publish(digest);
            email.publish(digest);
            email(app).publish(digest);

            assertThat(outboxRows(app)).isEqualTo(1);
        }
    }

    @Test
    void theMessageIdTheOutboxAssignedIsRecordedAndFindsTheDigest() throws IOException {
        try (App app = open(config(), at(WEDNESDAY.atTime(9, 0)))) {
            Digest digest = app.digests().build(WEDNESDAY, false);
            email(app).publish(digest);

            String messageId = app.ledger().read(h -> h.createQuery(
                    "SELECT message_id FROM outbox WHERE purpose = 'digest'").mapTo(String.class).one());
            Optional<String> recorded = app.ledger().read(h -> app.digestStore().emailMessageId(h, digest.id()));
            Optional<Digest> found = app.ledger().read(h -> app.digestStore().byMessageId(h, messageId));
            String row = app.ledger().read(h -> h.createQuery(
                    "SELECT sender || ' ' || recipients || ' ' || subject FROM outbox WHERE purpose = 'digest'")
                    .mapTo(String.class).one());
            assertThat(recorded).contains(messageId);
            assertThat(found).hasValueSatisfying(d -> assertThat(d.token()).isEqualTo(digest.token()));
            assertThat(row).isEqualTo(BOT + " " + FOUNDER + " [Relance] À relancer — 02/12/2026 (#" + digest.token() + ")");
        }
    }

    @Test
    void theDigestQueuedAtNightIsSentByTheOutboxSenderAndArrivesAsTextAndHtmlWithItsToken() throws Exception {
        // 22:00: outside the default send window, which binds reminders to customers only.
        try (App app = open(config(), at(WEDNESDAY.atTime(22, 0)))) {
            Digest digest = app.digestScheduler(app.digestPublishers()).publishNow(WEDNESDAY).digest();
            SendReport report = app.outboxSender(false).runOnce();

            assertThat(report.handled()).singleElement()
                    .satisfies(h -> assertThat(h.outcome()).isEqualTo(SendReport.Outcome.SENT));
            List<MimeMessage> inbox = founderInbox();
            assertThat(inbox).hasSize(1);
            MimeMessage received = inbox.get(0);
            assertThat(received.getSubject()).isEqualTo("[Relance] À relancer — 02/12/2026 (#" + digest.token() + ")");
            assertThat(received.getFrom()[0].toString()).isEqualTo(BOT);
            assertThat(received.getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) received.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
            assertThat(text).contains("1. Client <b>Retard</b> — LATE", "1\u202F234,56\u00A0€", "valider 1 3");
            assertThat(html).contains("1. Client &lt;b&gt;Retard&lt;/b&gt; — LATE").doesNotContain("<b>Retard");
            String messageId = received.getMessageID();
            Optional<Digest> found = app.ledger().read(h -> app.digestStore().byMessageId(h, messageId));
            assertThat(found).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(digest.id()));
        }
    }

    @Test
    void slackDownDoesNotStopTheEmailAndTheRetryDoesNotEmailTwice() throws IOException {
        DigestSchedulerTest.Recording slack = new DigestSchedulerTest.Recording();
        slack.down = true;
        try (App app = open(config(), at(WEDNESDAY.atTime(9, 5)))) {
            caughtUp(app);
            DigestScheduler scheduler = app.digestScheduler(List.of(slack, email(app)));

            assertThat(scheduler.runOnce()).isEmpty();
            assertThat(outboxRows(app)).isEqualTo(1);

            slack.down = false;
            assertThat(scheduler.runOnce()).isPresent();
            assertThat(slack.published).hasSize(1);
            assertThat(outboxRows(app)).isEqualTo(1);
        }
    }

    @Test
    void withSlackConfiguredButRefusingTheScheduledDigestIsStillEmailedAndSentOnce() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            slack.fail("chat.postMessage", "channel_not_found");
            RelanceConfig config = config("{time: \"09:00\", emailTo: [" + FOUNDER + "]}",
                    "botAddress: " + BOT, "slack: {botToken: xoxb-test, signingSecret: s3cret, channel: C0DIGEST, "
                            + "apiUrl: \"" + slack.url() + "\"}\n");
            try (App app = open(config, at(WEDNESDAY.atTime(9, 5)))) {
                caughtUp(app);
            DigestScheduler scheduler = app.digestScheduler(app.digestPublishers());
                assertThat(scheduler.publisherNames()).containsExactly("slack", "email");

                assertThat(scheduler.runOnce()).isEmpty();
                assertThat(scheduler.runOnce()).isEmpty();
                app.outboxSender(false).runOnce();

                assertThat(founderInbox()).singleElement()
                        .satisfies(m -> assertThat(m.getSubject()).startsWith("[Relance] À relancer — 02/12/2026 (#"));
                assertThat(outboxRows(app)).isEqualTo(1);
            }
        }
    }

    @Test
    void emailIsAPublisherOnlyWithRecipientsAndAWayForMailToLeave() throws IOException {
        try (App app = open(config(), at(WEDNESDAY.atTime(9, 0)))) {
            assertThat(app.digestPublishers()).extracting(DigestPublisher::name).containsExactly("email");
        }
        try (App app = Main.wire(config("{time: \"09:00\"}", ""), at(WEDNESDAY.atTime(9, 0)))) {
            assertThat(app.digestPublishers()).isEmpty();
        }
        Path file = dir.resolve("nosmtp.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                digest: {emailTo: [%s]}
                """.formatted(dir.resolve("other.db"), dir.resolve("files"), FOUNDER));
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), at(WEDNESDAY.atTime(9, 0)))) {
            assertThat(app.digestPublishers()).isEmpty();
        }
        String readOnly = Files.readString(file) + "mail:\n  imap: {host: 127.0.0.1, port: "
                + greenMail.getImap().getPort() + ", security: none, username: compta, password: secret}\n";
        Files.writeString(file, readOnly);
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), at(WEDNESDAY.atTime(9, 0)))) {
            assertThat(app.digestPublishers()).isEmpty();
        }
        Files.writeString(file, readOnly + "  dryRun: true\n");
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), at(WEDNESDAY.atTime(9, 0)))) {
            assertThat(app.digestPublishers()).extracting(DigestPublisher::name).containsExactly("email");
        }
    }

    @Test
    void anEmptyDigestWithWhenEmptyOffSendsNoEmail() throws IOException {
        try (App app = Main.wire(config("{emailTo: [" + FOUNDER + "], whenEmpty: \"off\"}", ""),
                at(WEDNESDAY.atTime(9, 0)))) {
            Digest digest = app.digests().build(WEDNESDAY, false);
            assertThat(digest.isEmpty()).isTrue();
            email(app).publish(digest);
            assertThat(outboxRows(app)).isZero();
        }
    }
}
