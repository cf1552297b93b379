package org.relance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.digest.Digest;
import org.relance.digest.DigestItem;
import org.relance.slack.FakeSlackApi;

/**
 * The demo's running parts, driven directly: what a terminal approval sends is shown as it arrived in the customer's
 * mailbox (read back over IMAP), and the digest goes to the founder's mailbox once the email digest is wired.
 */
class DemoTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aReminderApprovedOnTheTerminalIsShownExactlyAsItArrivedInTheCustomersMailbox() throws Exception {
        try (Demo demo = Demo.start(dir.resolve("demo-data"), Optional.of(LocalDate.of(2026, 12, 2)), CLOCK,
                Map.of(), Main::wire)) {
            demo.publishDigest();
            Digest digest = demo.digest().orElseThrow();
            DigestItem cafe = digest.items().stream().filter(i -> i.customer().equals("Café du Port")).findFirst()
                    .orElseThrow();
            Terminal terminal = new Terminal(demo, demo.mailServer(), () -> { });
            terminal.snapshot();

            // What "ok N" does for this item once the reply grammar maps it: the seam, on what the digest showed.
            DecisionOutcome outcome = demo.app().decisions().take(new DecisionRequest.Approve(
                    DecisionRequest.Target.shown("F-2026-0104", cafe.members().get(0).reminderId(), cafe.step())),
                    demo.terminalActor());
            assertThat(outcome.ok()).as(outcome.toString()).isTrue();
            StringWriter shown = new StringWriter();
            terminal.sendAndShow(new PrintWriter(shown, true));

            List<MimeMessage> inbox = demo.mailServer().inbox("contact@cafe-du-port.test");
            assertThat(inbox).hasSize(1);
            assertThat(shown.toString())
                    .contains("── Arrivé dans la boîte de contact@cafe-du-port.test (IMAP) ──")
                    .contains("To: contact@cafe-du-port.test")
                    .contains("Subject: " + inbox.get(0).getSubject())
                    .contains("Date: " + inbox.get(0).getHeader("Date", null))
                    .contains("F-2026-0104")
                    // Only the customer's mailbox that received something is shown.
                    .doesNotContain("boulangerie-martin");
            // Shown once: the next command shows only what is new.
            StringWriter again = new StringWriter();
            terminal.sendAndShow(new PrintWriter(again, true));
            assertThat(again.toString()).doesNotContain("── Arrivé");
        }
    }

    /** Runs once the email digest part of issue 11 adds its publisher to App.digestPublishers(). */
    @Test
    void theDigestIsEmailedToTheFoundersMailbox() throws Exception {
        try (Demo demo = Demo.start(dir.resolve("demo-data"), Optional.of(LocalDate.of(2026, 12, 2)), CLOCK,
                Map.of(), Main::wire)) {
            assumeTrue(demo.app().digestPublishers().stream().anyMatch(p -> !p.name().contains("slack")),
                    "needs the email digest publisher of issue 11");
            long begun = System.nanoTime();
            demo.publishDigest();
            String token = demo.digest().orElseThrow().token();

            List<MimeMessage> founder = List.of();
            while (founder.isEmpty() && System.nanoTime() - begun < Duration.ofSeconds(10).toNanos()) {
                founder = demo.mailServer().inbox("founder@acme.test").stream()
                        .filter(m -> subject(m).contains(token)).toList();
                Thread.sleep(100);
            }
            assertThat(founder).hasSize(1);
        }
    }

    @Test
    void withSlackSettingsInTheEnvironmentTheDigestIsPostedToTheSlackChannelToo() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi();
             Demo demo = Demo.start(dir.resolve("demo-data"), Optional.of(LocalDate.of(2026, 12, 2)), CLOCK,
                     Map.of("SLACK_BOT_TOKEN", "xoxb-demo", "SLACK_CHANNEL", "C0DEMO", "SLACK_SIGNING_SECRET",
                             "s3cret", "SLACK_API_URL", slack.url()), Main::wire)) {
            String text = demo.publishDigest();

            assertThat(text).contains("(sent to: slack");
            // The day's notifications (payments applied during intake) may be posted too; the digest is posted once.
            assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("blocks").contains("summary-title"))
                    .singleElement().satisfies(c -> assertThat(c.param("channel")).isEqualTo("C0DEMO"));
            assertThat(java.nio.file.Files.readString(demo.configFile())).contains("botToken: ${SLACK_BOT_TOKEN}")
                    .doesNotContain("xoxb-demo");
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
