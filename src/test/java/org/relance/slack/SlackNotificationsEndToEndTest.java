package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.config.RelanceConfig;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.feed.CursorStore;
import org.relance.feed.Notifier;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.Outbox;
import org.relance.mail.OutgoingMail;
import org.relance.mail.TestMailConfig;
import org.relance.testing.DeskFixture;

/**
 * A customer's answer to a sent reminder, from the IMAP inbox to Slack: the watcher only writes to the ledger, and the
 * running notifier posts the reply (without its quoted history, with the buttons on the held reminder) after the
 * commit. Tuesday 2026-12-01, 10:00 in Paris.
 */
class SlackNotificationsEndToEndTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), PARIS);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CUSTOMER = "compta@retard.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final FakeSlackApi slack = new FakeSlackApi();
    private GreenMailUser bot;
    private App app;
    private Notifier notifier;

    @BeforeEach
    void open() throws Exception {
        bot = greenMail.setUser("compta@acme.test", "compta", "secret");
        DeskFixture desk = DeskFixture.of(dir, TestMailConfig.write(dir, greenMail, "", ""));
        RelanceConfig config = desk.config();
        app = desk.open(CLOCK);
        desk.importInvoices(app, """
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        SlackNotifications sink = new SlackNotifications(app.ledger(), app.invoices(), new SlackWeb(slack.url(), "xoxb-test"),
                "C0CHAN", day -> Optional.empty(), config.company(), CLOCK);
        notifier = new Notifier(app.ledger(), app.events(), new CursorStore(CLOCK), List.of(sink), CLOCK,
                Duration.ofMillis(50), Duration.ofSeconds(1));
        notifier.start();
    }

    @AfterEach
    void close() {
        notifier.close();
        app.close();
        slack.close();
    }

    @Test
    void aReplyReadFromTheMailboxIsPostedToSlackByTheNotifierWithItsTextAndTheHeldReminderButtons() throws Exception {
        assertThat(app.desk().approve("LATE", new Actor("alice", Channel.CLI)).refused()).isFalse();
        long reminder = app.ledger().read(h -> h.createQuery("SELECT id FROM reminders WHERE state = 'approved'")
                .mapTo(Long.class).one());
        Outbox.Queued sent = app.ledger().inTransaction(h -> app.outbox().queue(h, OutgoingMail.plain(
                "Acme SAS <compta@acme.test>", List.of(CUSTOMER), "Facture LATE : rappel", "Bonjour, sauf erreur…",
                OutgoingMail.REMINDER), reminder));
        assertThat(app.outboxSender(false).runOnce().handled()).hasSize(1);

        MimeMessage answer = new MimeMessage(Session.getInstance(new Properties()));
        answer.setFrom(new InternetAddress(CUSTOMER));
        answer.setRecipients(Message.RecipientType.TO, "compta@acme.test");
        answer.setSubject("Re: Facture LATE : rappel", "UTF-8");
        answer.setText("Bonjour,\n\nLe virement est parti ce matin.\n\nLe 1 déc. 2026 à 10:00, Acme SAS a écrit :\n"
                + "> Bonjour, sauf erreur…\n", "UTF-8");
        answer.setHeader("In-Reply-To", sent.messageId());
        answer.saveChanges();
        answer.setHeader("Message-ID", "<answer-1@retard.test>");
        bot.deliver(answer);
        try (MailboxWatcher watcher = app.mailboxWatcher()) {
            watcher.runOnce();
        }

        long held = app.ledger().read(h -> h.createQuery("SELECT id FROM reminders WHERE state = 'on_hold'")
                .mapTo(Long.class).one());
        FakeSlackApi.Call post = slack.awaitOne("chat.postMessage", WAIT);
        assertThat(post.param("channel")).isEqualTo("C0CHAN");
        assertThat(post.param("text")).isEqualTo("Réponse de compta@retard.test — LATE");
        assertThat(post.param("blocks")).contains("Réponse de compta@retard.test", "Re: Facture LATE : rappel",
                ">Le virement est parti ce matin.", "\"value\":\"" + held + "\"", "\"value\":\"" + held + "|7\"",
                ActionIds.APPROVE, ActionIds.SNOOZE, ActionIds.DISPUTE).doesNotContain("sauf erreur");
    }
}
