package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.digest.Digest;
import org.relance.digest.EmailDigestReplies;
import org.relance.ledger.LoggedEvent;

/**
 * Answers to the digest by email, end to end: the founder's (or someone else's) reply lands in the bot's IMAP inbox
 * on GreenMail, the real watcher reads it, the confirmation leaves over SMTP. Wednesday 2026-12-02, 10:00 in Paris;
 * the digest's items: 1 Client Vieux (OLD), 2 Client Gros (BIG).
 */
class DigestReplyByMailTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant WEDNESDAY_10H = Instant.parse("2026-12-02T09:00:00Z");
    private static final String BOT = "compta@acme.test";
    private static final String FOUNDER = "founder@acme.test";
    private static final String DIGEST_ID = "<digest-1@acme.test>";
    private static final Session SESSION = Session.getInstance(new Properties());

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(WEDNESDAY_10H, PARIS);
    private GreenMailUser bot;
    private App app;
    private Digest digest;

    @BeforeEach
    void open() throws IOException {
        bot = greenMail.setUser(BOT, "compta", "secret");
        greenMail.setUser(FOUNDER, "founder", "secret");
        app = appWith("trustedSenders: [founder@acme.test]");
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                BIG,Client Gros,compta@gros.test,2026-10-22,2026-11-22,EUR,1234.56,0
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                """);
        app.invoiceImport().importCsv(csv, "test", "cli");
        digest = app.digests().build(clock.instant().atZone(PARIS).toLocalDate(), false);
        app.ledger().inTransaction(h -> {
            app.digestStore().recordEmail(h, digest.id(), DIGEST_ID);
            return null;
        });
    }

    private App appWith(String extraMail) throws IOException {
        RelanceConfig config = ConfigLoader.load(TestMailConfig.write(dir, greenMail, "", extraMail), Map.of());
        return Main.wire(config, clock);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private MimeMessage reply(String from, String messageId, String subject, String inReplyTo, String text)
            throws MessagingException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        return m;
    }

    private void readMailbox() throws MessagingException {
        try (MailboxWatcher watcher = app.mailboxWatcher()) {
            watcher.runOnce();
        }
    }

    private void sendQueued() {
        app.reminderMailer().queueApproved();
        new OutboxSender(app.ledger(), app.desk(), app.events(), app.config().mail().orElseThrow(), PARIS, clock,
                false, CrashPoints.NONE).runOnce();
    }

    private List<LoggedEvent> events(String kind) {
        return app.ledger().read(h -> app.events().since(h, 0, Set.of(kind), 100));
    }

    private int outboxRows(String purpose) {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE purpose = :p")
                .bind("p", purpose).mapTo(Integer.class).one());
    }

    /** What reached a mailbox's INBOX (the bot's sent copies are elsewhere). */
    private List<MimeMessage> inbox(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            user = greenMail.setUser(address, address, "secret");
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFoundersReplyIsAppliedAndConfirmedInItsThreadAndTheReminderReachesTheCustomer() throws Exception {
        bot.deliver(reply(FOUNDER, "<r1@acme.test>", "Re: [Relance] À relancer (#" + digest.token() + ")", DIGEST_ID,
                """
                ok 1
                reporter 2 7

                Le mer. 2 déc. 2026 à 09:00, Relance <compta@acme.test> a écrit :
                > ok 2
                """));

        readMailbox();
        sendQueued();

        assertThat(events("reminder.approved")).singleElement().satisfies(e -> {
            assertThat(e.event().actor()).isEqualTo(FOUNDER);
            assertThat(e.event().channel()).isEqualTo("email");
        });
        assertThat(events("reminder.snoozed")).hasSize(1);
        assertThat(events(EmailDigestReplies.APPLIED)).hasSize(1);
        assertThat(inbox("compta@vieux.test")).hasSize(1);
        assertThat(inbox("compta@gros.test")).isEmpty();
        List<MimeMessage> confirmations = inbox(FOUNDER);
        assertThat(confirmations).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Re: [Relance] À relancer (#" + digest.token() + ")");
            assertThat(m.getHeader("In-Reply-To", null)).isEqualTo("<r1@acme.test>");
            assertThat(m.getHeader("References", null)).contains(DIGEST_ID).contains("<r1@acme.test>");
            assertThat(GreenMailUtil.getBody(m)).contains("1 Client Vieux OLD").contains("2 Client Gros BIG");
        });
    }

    @Test
    void theSameReplyDeliveredAgainEvenByAnotherPathActsOnceAndIsConfirmedOnce() throws Exception {
        MimeMessage once = reply(FOUNDER, "<r1@acme.test>", "Re: digest", DIGEST_ID, "ok 1\n");
        bot.deliver(once);
        readMailbox();
        bot.deliver(once);
        readMailbox();
        // the same reply by another path, re-encoded (another content hash), under the same Message-ID
        MimeMessage again = reply(FOUNDER, "<r1@acme.test>", "Re: digest", DIGEST_ID, "ok 1\n\n");
        again.addHeader("Received", "from backup-mx.acme.test by mx.acme.test; Wed, 2 Dec 2026 10:05:00 +0100");
        again.saveChanges();
        again.setHeader("Message-ID", "<r1@acme.test>");
        bot.deliver(again);
        readMailbox();
        sendQueued();

        assertThat(events("reminder.approved")).hasSize(1);
        assertThat(events(EmailDigestReplies.APPLIED)).hasSize(1);
        assertThat(events("mail.quarantined")).as("recognised as a duplicate, not failed").isEmpty();
        assertThat(outboxRows(EmailDigestReplies.CONFIRMATION)).isEqualTo(1);
        assertThat(inbox(FOUNDER)).hasSize(1);
    }

    @Test
    void aSpoofedSenderChangesNothingGetsNoMailIsNotACustomerReplyAndIsReported() throws Exception {
        bot.deliver(reply("compta@vieux.test", "<r2@vieux.test>", "Re: digest (#" + digest.token() + ")", DIGEST_ID,
                "tout valider\n"));
        bot.deliver(reply("founder@acme.test.evil.test", "<r3@evil.test>", "Re: (#" + digest.token() + ")", null,
                "payé 1\n"));

        readMailbox();
        sendQueued();

        assertThat(events("reminder.approved")).isEmpty();
        assertThat(events("invoice.paid")).isEmpty();
        assertThat(events("customer.replied")).isEmpty();
        assertThat(events(EmailDigestReplies.REFUSED)).hasSize(2).allSatisfy(e ->
                assertThat(e.event().details()).contains("untrusted_sender"));
        assertThat(events(EmailDigestReplies.REFUSED)).extracting(e -> e.event().actor())
                .containsExactly("compta@vieux.test", "founder@acme.test.evil.test");
        assertThat(inbox(FOUNDER)).isEmpty();
        assertThat(inbox("compta@vieux.test")).isEmpty();
        assertThat(outboxRows(EmailDigestReplies.CONFIRMATION)).isZero();
    }

    @Test
    void aWrongTokenOrAnExpiredDigestChangesNothingAndIsReported() throws Exception {
        bot.deliver(reply(FOUNDER, "<r4@acme.test>", "Re: digest (#ZZZZ99)", null, "ok 1\n"));
        readMailbox();
        clock.advance(Duration.ofDays(8));
        bot.deliver(reply(FOUNDER, "<r5@acme.test>", "Re: digest", DIGEST_ID, "ok 1\n"));
        readMailbox();
        sendQueued();

        assertThat(events("reminder.approved")).isEmpty();
        assertThat(events(EmailDigestReplies.REFUSED)).extracting(e -> e.event().details())
                .satisfiesExactly(d -> assertThat(d).contains("unknown_token"), d -> assertThat(d).contains("expired"));
        assertThat(outboxRows(EmailDigestReplies.CONFIRMATION)).isZero();
    }

    @Test
    void aReplyWithoutTokenOrReferenceIsNotADigestReply() throws Exception {
        bot.deliver(reply(FOUNDER, "<r6@acme.test>", "ok 1", null, "ok 1\n"));
        readMailbox();

        assertThat(events("reminder.approved")).isEmpty();
        assertThat(outboxRows(EmailDigestReplies.CONFIRMATION)).isZero();
    }

    @Test
    void anHtmlOnlyReplyIsReadAsText() throws Exception {
        MimeMessage html = reply(FOUNDER, "<r7@acme.test>", "Re: digest", DIGEST_ID, "");
        html.setContent("<html><body><div>ok&nbsp;1</div><div><br></div><blockquote>ok 2</blockquote>"
                + "<div>Le mer. 2 déc. 2026 à 09:00, Relance &lt;compta@acme.test&gt; a écrit :</div>"
                + "<div>&gt; ok 2</div></body></html>", "text/html; charset=UTF-8");
        html.saveChanges();
        html.setHeader("Message-ID", "<r7@acme.test>");
        bot.deliver(html);
        readMailbox();

        assertThat(events("reminder.approved")).singleElement()
                .satisfies(e -> assertThat(e.event().actor()).isEqualTo(FOUNDER));
    }

    @Test
    void withAuthenticationRequiredAForgedAuthenticationResultsIsRefused() throws Exception {
        app.close();
        app = appWith("trustedSenders: [founder@acme.test]\nrequireAuthenticationResults: true\n"
                + "authservId: mx.acme.test");
        MimeMessage forged = reply(FOUNDER, "<r8@acme.test>", "Re: digest", DIGEST_ID, "ok 1\n");
        forged.addHeader("Authentication-Results", "mx.evil.test; dmarc=pass header.from=acme.test");
        forged.saveChanges();
        forged.setHeader("Message-ID", "<r8@acme.test>");
        MimeMessage genuine = reply(FOUNDER, "<r9@acme.test>", "Re: digest", DIGEST_ID, "ok 2\n");
        genuine.addHeader("Authentication-Results", "mx.acme.test; dmarc=pass header.from=acme.test");
        genuine.saveChanges();
        genuine.setHeader("Message-ID", "<r9@acme.test>");
        bot.deliver(forged);
        bot.deliver(genuine);

        readMailbox();

        assertThat(events(EmailDigestReplies.REFUSED)).singleElement().satisfies(e ->
                assertThat(e.event().details()).contains("not_authenticated").contains("<r8@acme.test>"));
        assertThat(events("reminder.approved")).singleElement().satisfies(e ->
                assertThat(e.event().reminderId()).isEqualTo(digest.items().get(1).reminderId()));
        assertThat(outboxRows(EmailDigestReplies.CONFIRMATION)).isEqualTo(1);
    }
}
