package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Decision;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.InvoiceKind;
import org.relance.ledger.Event;
import org.relance.mail.SendReport.Outcome;

/**
 * One email carrying the reminders of two invoices of one customer (A-1 and A-2, both due 2026-11-30), against
 * GreenMail and a real SQLite ledger; day one is Tuesday 2026-12-01, 10:00 in Paris. Also a person resolving a
 * message left in review ({@code ReminderDesk.resolveReview}).
 */
class GroupedMessageTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T09:00:00Z");
    private static final Actor ALICE = new Actor("alice", Channel.CLI);
    private static final String CUSTOMER = "compta@retard.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TUESDAY_10H, PARIS);
    private RelanceConfig config;
    private App app;

    @BeforeEach
    void open() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        config = config("archive: {sentFolder: Sent}");
        app = Main.wire(config, clock);
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                A-1,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                A-2,Client Retard,compta@retard.test,2026-10-05,2026-11-30,EUR,120.00,0
                SOLO,Client Seul,compta@seul.test,2026-10-01,2026-11-30,EUR,80.00,0
                """);
        app.invoiceImport().importCsv(csv, "test", "cli");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private RelanceConfig config(String extraMail) throws IOException {
        return ConfigLoader.load(TestMailConfig.write(dir, greenMail, "", extraMail), Map.of());
    }

    private OutboxSender sender(CrashPoints crash) {
        return new OutboxSender(app.ledger(), app.desk(), app.events(), config.mail().orElseThrow(), PARIS, clock,
                false, crash);
    }

    private OutboxSender sender() {
        return sender(CrashPoints.NONE);
    }

    private long approve(String invoice) {
        assertThat(app.desk().approve(invoice, ALICE).refused()).isFalse();
        return reminder(invoice).id();
    }

    private static OutgoingMail mail(String subject) {
        return OutgoingMail.plain("Acme SAS <compta@acme.test>", List.of(CUSTOMER), subject,
                "Bonjour,\nsauf erreur de notre part, les factures suivantes restent dues.", OutgoingMail.REMINDER);
    }

    /** What the mailer does: queue with the lead, then one outbox_reminders row per carried reminder. */
    private Outbox.Queued queueLikeTheMailer(long lead, long other) {
        return app.ledger().inTransaction(h -> {
            Outbox.Queued queued = app.outbox().queue(h, mail("Factures A-1, A-2"), lead);
            for (long id : List.of(lead, other)) {
                h.createUpdate("INSERT INTO outbox_reminders (outbox_id, reminder_id) VALUES (:o, :r)")
                        .bind("o", queued.outboxId()).bind("r", id).execute();
            }
            return queued;
        });
    }

    private Outbox.Queued queueGroup(String subject, Long... ids) {
        return app.ledger().inTransaction(h -> app.outbox().queue(h, mail(subject), List.of(ids)));
    }

    private Reminder reminder(String invoice) {
        return app.ledger().read(h -> {
            long id = app.invoices().find(h, invoice, InvoiceKind.INVOICE).orElseThrow().id();
            List<Reminder> all = app.reminders().forInvoice(h, id);
            return all.get(all.size() - 1);
        });
    }

    private List<Event> events(String invoice) {
        return app.ledger().read(h -> app.events().forInvoice(h,
                app.invoices().find(h, invoice, InvoiceKind.INVOICE).orElseThrow().id()));
    }

    private String outboxState(long id) {
        return scalar("SELECT state FROM outbox WHERE id = " + id, String.class);
    }

    private <T> T scalar(String sql, Class<T> type) {
        return app.ledger().read(h -> h.createQuery(sql).mapTo(type).one());
    }

    private List<MimeMessage> customerInbox() throws MessagingException {
        return inbox(CUSTOMER);
    }

    /** What {@code address} received: GreenMail created the mailbox on delivery (login and password = address). */
    private List<MimeMessage> inbox(String address) throws MessagingException {
        if (greenMail.getUserManager().getUserByEmail(address) == null) {
            return List.of();
        }
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), address, address);
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) m));
            }
            folder.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    private static CrashPoints crashBefore(String point) {
        return new CrashPoints() {
            @Override
            public void beforeSmtp(String messageId) {
                if (point.equals("smtp")) {
                    throw new IllegalStateException("simulated crash before SMTP");
                }
            }

            @Override
            public void beforeCommit(String messageId) {
                if (point.equals("commit")) {
                    throw new IllegalStateException("simulated crash before the commit");
                }
            }
        };
    }

    // ---- grouped messages

    @Test
    void aGroupedMessageOfTwoInvoicesIsDeliveredOnceAndBothRemindersAreSent() throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued queued = queueLikeTheMailer(first, second);

        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.SENT));
        assertThat(customerInbox()).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(queued.messageId()));
        assertThat(sender().runOnce().handled()).isEmpty();
        assertThat(customerInbox()).hasSize(1);
        for (String invoice : List.of("A-1", "A-2")) {
            assertThat(reminder(invoice).state()).isEqualTo(ReminderState.SENT);
            assertThat(reminder(invoice).sentAt()).isEqualTo(TUESDAY_10H);
            assertThat(events(invoice)).extracting(Event::kind)
                    .contains("reminder.sending", "outbox.sent", "reminder.sent");
        }
        // reminders.message_id is unique: the lead holds it; a reply is traced to both through the outbox.
        assertThat(scalar("SELECT message_id FROM reminders WHERE id = " + first, String.class))
                .isEqualTo(queued.messageId());
        assertThat(scalar("SELECT COUNT(*) FROM reminders WHERE id = " + second + " AND message_id IS NULL",
                Integer.class)).isEqualTo(1);
        List<Long> replyTo = app.ledger().read(h -> app.outbox().remindersOf(h, queued.messageId()));
        assertThat(replyTo).containsExactly(first, second);
    }

    @Test
    void whenOneInvoiceOfAGroupedMessageIsPaidNothingIsSentAndTheOtherReminderStaysApprovedForAFreshMessage()
            throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);
        app.desk().markPaid("A-1", ALICE);

        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.SKIPPED_PAID);
            assertThat(h.detail()).isEqualTo("A-1: invoice is paid");
        });
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(grouped.outboxId())).isEqualTo("cancelled");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.CANCELLED);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.APPROVED);
        assertThat(events("A-2")).extracting(Event::kind).contains("outbox.cancelled");

        // The cancelled row does not count: A-2 goes out alone in a new message.
        Outbox.Queued alone = queueGroup("Facture A-2", second);
        assertThat(alone.alreadyQueued()).isFalse();
        assertThat(alone.messageId()).isNotEqualTo(grouped.messageId());
        assertThat(sender().runOnce().count(Outcome.SENT)).isEqualTo(1);
        assertThat(customerInbox()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Facture A-2"));
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.SENT);
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.CANCELLED);
    }

    @Test
    void aDisputedInvoiceInAGroupedMessageStopsItTheDisputedReminderStaysOnHoldAndTheOtherApproved()
            throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);
        app.desk().dispute("A-2", ALICE);

        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(h.detail()).isEqualTo("A-2: invoice is disputed");
        });
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(grouped.outboxId())).isEqualTo("cancelled");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.APPROVED);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.ON_HOLD);
    }

    @Test
    void queueingAGroupIsIdempotentWhateverReminderOfItIsAskedFor() {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);

        Outbox.Queued again = queueGroup("Factures A-1, A-2", first, second);
        Outbox.Queued secondOnly = queueGroup("Facture A-2", second);
        Outbox.Queued single = app.ledger().inTransaction(h -> app.outbox().queue(h, mail("A-2"), second));

        assertThat(List.of(again, secondOnly, single)).allSatisfy(q -> {
            assertThat(q.alreadyQueued()).isTrue();
            assertThat(q.outboxId()).isEqualTo(grouped.outboxId());
        });
        assertThat(scalar("SELECT COUNT(*) FROM outbox", Integer.class)).isEqualTo(1);
        assertThat(scalar("SELECT COUNT(*) FROM outbox_reminders", Integer.class)).isEqualTo(2);
    }

    @Test
    void aCrashAfterSmtpOfAGroupedMessageIsFoundInTheArchiveAndEveryReminderIsSentExactlyOnce() throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueLikeTheMailer(first, second);
        assertThatThrownBy(() -> sender(crashBefore("commit")).runOnce()).hasMessageContaining("simulated crash");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.SENDING);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.SENDING);

        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();

        assertThat(restart.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.RECOVERED_SENT));
        assertThat(outboxState(grouped.outboxId())).isEqualTo("sent");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.SENT);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.SENT);
        assertThat(sender().runOnce().handled()).isEmpty();
        assertThat(customerInbox()).hasSize(1);
    }

    @Test
    void whenTheServerIsDownEveryReminderOfAGroupedMessageWaitsApprovedWithTheRow() throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);
        greenMail.stop();

        SendReport down = sender().runOnce();

        assertThat(down.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.DEFERRED_BACKOFF));
        assertThat(outboxState(grouped.outboxId())).isEqualTo("queued");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.APPROVED);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.APPROVED);
        assertThat(events("A-2")).extracting(Event::kind).contains("reminder.send_deferred", "outbox.deferred");
    }

    // ---- a person resolves needs_review

    /** A crash before SMTP with the default recovery (review) leaves the message for a person. */
    private void leaveInReview() {
        assertThatThrownBy(() -> sender(crashBefore("smtp")).runOnce()).hasMessageContaining("simulated crash");
        clock.advance(Duration.ofMinutes(5));
        assertThat(sender().runOnce().count(Outcome.NEEDS_REVIEW)).isEqualTo(1);
    }

    @Test
    void aPersonConfirmingDeliveryOfAGroupedMessageMarksEveryReminderSentAndNothingIsResent() throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);
        leaveInReview();
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.NEEDS_REVIEW);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.NEEDS_REVIEW);

        Decision decision = app.desk().resolveReview("A-2", true, ALICE);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(decision.message()).contains("marked sent").contains("1 other reminder");
        assertThat(outboxState(grouped.outboxId())).isEqualTo("sent");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.SENT);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.SENT);
        // It left when it was claimed, before the crash: that is its sent time.
        assertThat(reminder("A-2").sentAt()).isEqualTo(TUESDAY_10H);
        assertThat(scalar("SELECT message_id FROM reminders WHERE id = " + first, String.class))
                .isEqualTo(grouped.messageId());
        assertThat(events("A-1")).extracting(Event::kind).contains("reminder.review_delivered");
        assertThat(sender().runOnce().handled()).isEmpty();
        assertThat(customerInbox()).isEmpty();

        assertThat(app.desk().resolveReview("A-2", true, ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(app.desk().resolveReview("A-1", true, ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(app.desk().resolveReview("A-2", false, ALICE).refused()).isTrue();
    }

    @Test
    void aResendDecisionQueuesTheMessageAgainWithAttemptsResetAndTheNextRunDeliversItOnce() throws Exception {
        long reminder = approve("SOLO");
        Outbox.Queued queued = app.ledger().inTransaction(h -> app.outbox().queue(h,
                OutgoingMail.plain("compta@acme.test", List.of("compta@seul.test"), "Facture SOLO", "Bonjour",
                        OutgoingMail.REMINDER), reminder));
        leaveInReview();

        Decision decision = app.desk().resolveReview("SOLO", false, ALICE);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(outboxState(queued.outboxId())).isEqualTo("queued");
        assertThat(scalar("SELECT attempts FROM outbox", Integer.class)).isZero();
        assertThat(reminder("SOLO").state()).isEqualTo(ReminderState.APPROVED);
        assertThat(app.desk().resolveReview("SOLO", false, ALICE).outcome())
                .isEqualTo(Decision.Outcome.ALREADY_DONE);

        SendReport next = sender().runOnce();

        assertThat(next.count(Outcome.SENT)).isEqualTo(1);
        assertThat(inbox("compta@seul.test")).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(queued.messageId()));
        assertThat(reminder("SOLO").state()).isEqualTo(ReminderState.SENT);
        assertThat(sender().runOnce().handled()).isEmpty();
    }

    @Test
    void aResendOfAReviewedReminderWhoseInvoiceWasPaidMeanwhileSendsNothing() throws Exception {
        long first = approve("A-1");
        long second = approve("A-2");
        Outbox.Queued grouped = queueGroup("Factures A-1, A-2", first, second);
        leaveInReview();
        app.desk().markPaid("A-1", ALICE);

        assertThat(app.desk().resolveReview("A-2", false, ALICE).refused()).isFalse();
        SendReport next = sender().runOnce();

        assertThat(next.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.SKIPPED_PAID));
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(grouped.outboxId())).isEqualTo("cancelled");
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.CANCELLED);
        assertThat(reminder("A-2").state()).isEqualTo(ReminderState.APPROVED);
    }

    @Test
    void resolvingAReviewWhenNothingIsInReviewIsRefusedWithAReason() {
        approve("A-1");

        Decision approved = app.desk().resolveReview("A-1", true, ALICE);
        Decision unknown = app.desk().resolveReview("NOPE", false, ALICE);

        assertThat(approved.refused()).isTrue();
        assertThat(approved.message()).isEqualTo("nothing is in review for A-1");
        assertThat(unknown.refused()).isTrue();
        assertThat(reminder("A-1").state()).isEqualTo(ReminderState.APPROVED);
    }
}
