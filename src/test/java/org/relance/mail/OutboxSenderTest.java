package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;
import org.relance.mail.SendReport.Outcome;

/**
 * The sender against GreenMail (SMTP + IMAP) and a real SQLite ledger. Day one is Tuesday 2026-12-01, 10:00 in
 * Paris; invoice LATE (due 2026-11-30) has an approved friendly reminder to compta@retard.test.
 */
class OutboxSenderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T09:00:00Z");
    private static final Actor ALICE = new Actor("alice", Channel.CLI);
    private static final String CUSTOMER = "compta@retard.test";
    private static final String FOUNDER = "founder@acme.test";

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
        config = config("", 20);
        app = Main.wire(config, clock);
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        app.invoiceImport().importCsv(csv, "test", "cli");
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The configuration against this test's GreenMail, with {@code extraMail} lines added to the mail section. */
    private RelanceConfig config(String extraMail, int maxPerMinute) throws IOException {
        return ConfigLoader.load(TestMailConfig.write(dir, greenMail, ", maxPerMinute: " + maxPerMinute, extraMail),
                Map.of());
    }

    private RelanceConfig config(String extraMail) throws IOException {
        return config(extraMail, 20);
    }

    private OutboxSender sender(CrashPoints crash) {
        return new OutboxSender(app.ledger(), app.desk(), app.events(), config.mail().orElseThrow(), PARIS, clock,
                false, crash);
    }

    private OutboxSender sender() {
        return sender(CrashPoints.NONE);
    }

    /** Approves LATE's reminder and queues its email, as the approve → compose → queue glue will. */
    private Outbox.Queued approveAndQueue(String subject) {
        assertThat(app.desk().approve("LATE", ALICE).refused()).isFalse();
        long reminderId = reminder().id();
        OutgoingMail mail = new OutgoingMail("Acme SAS <compta@acme.test>", List.of(CUSTOMER), List.of(),
                List.of(), subject, "Bonjour,\nsauf erreur de notre part, la facture LATE reste due.",
                Optional.of("<p>Bonjour,</p><p>sauf erreur de notre part…</p>"),
                List.of(new OutgoingMail.Attachment("LATE.pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))),
                Optional.of("<invoice-LATE@acme.test>"), List.of("<thread-start@acme.test>"), OutgoingMail.REMINDER);
        return app.ledger().inTransaction(h -> app.outbox().queue(h, mail, reminderId));
    }

    private Outbox.Queued queueTeamMail(String subject) {
        OutgoingMail mail = OutgoingMail.plain("compta@acme.test", List.of(FOUNDER), subject, "digest",
                OutgoingMail.DIGEST);
        return app.ledger().inTransaction(h -> app.outbox().queue(h, mail, (Long) null));
    }

    private Reminder reminder() {
        return app.ledger().read(h -> app.reminders().forInvoice(h, invoice().id())).get(0);
    }

    private Invoice invoice() {
        return app.ledger().read(h -> app.invoices().find(h, "LATE", InvoiceKind.INVOICE)).orElseThrow();
    }

    private String outboxState(long id) {
        return app.ledger().read(h -> h.createQuery("SELECT state FROM outbox WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private <T> T scalar(String sql, Class<T> type) {
        return app.ledger().read(h -> h.createQuery(sql).mapTo(type).one());
    }

    private List<Event> events() {
        return app.ledger().read(h -> app.events().forInvoice(h, invoice().id()));
    }

    /** The messages in one mailbox folder, read over IMAP like a mail client. */
    private List<MimeMessage> folder(String login, String password, String name) throws MessagingException {
        Properties p = new Properties();
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), login, password);
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return List.of();
            }
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

    /** What the customer received: GreenMail created the mailbox on delivery (login and password = address). */
    private List<MimeMessage> customerInbox() throws MessagingException {
        if (greenMail.getUserManager().getUserByEmail(CUSTOMER) == null) {
            return List.of();
        }
        return folder(CUSTOMER, CUSTOMER, "INBOX");
    }

    private static String raw(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anApprovedReminderIsDeliveredOnceWithItsMessageIdThreadingAndPartsAndArchivedInSent() throws Exception {
        Outbox.Queued queued = approveAndQueue("Facture LATE : rappel");

        SendReport first = sender().runOnce();
        SendReport second = sender().runOnce();

        assertThat(first.handled()).singleElement().satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.SENT));
        assertThat(second.handled()).isEmpty();
        MimeMessage received = customerInbox().stream().collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        assertThat(received.getMessageID()).isEqualTo(queued.messageId()).matches("<[0-9a-f-]{36}@acme\\.test>");
        assertThat(received.getHeader("In-Reply-To")).containsExactly("<invoice-LATE@acme.test>");
        assertThat(received.getHeader("References")[0].replaceAll("\\s+", " "))
                .isEqualTo("<thread-start@acme.test> <invoice-LATE@acme.test>");
        assertThat(received.getFrom()[0].toString()).isEqualTo("Acme SAS <compta@acme.test>");
        assertThat(received.getSubject()).isEqualTo("Facture LATE : rappel");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("LATE.pdf");

        assertThat(folder("compta", "secret", "Sent")).singleElement()
                .satisfies(copy -> assertThat(copy.getMessageID()).isEqualTo(queued.messageId()));
        assertThat(outboxState(queued.outboxId())).isEqualTo("sent");
        Reminder sent = reminder();
        assertThat(sent.state()).isEqualTo(ReminderState.SENT);
        assertThat(sent.sentAt()).isEqualTo(TUESDAY_10H);
        assertThat(scalar("SELECT message_id FROM reminders WHERE id = " + sent.id(), String.class))
                .isEqualTo(queued.messageId());
        assertThat(events()).extracting(Event::kind)
                .contains("outbox.queued", "reminder.sending", "outbox.sent", "reminder.sent");
    }

    @Test
    void queueingTheSameReminderTwiceKeepsOneRowAndOneMessageId() {
        Outbox.Queued first = approveAndQueue("Rappel");
        OutgoingMail again = OutgoingMail.plain("compta@acme.test", List.of(CUSTOMER), "Rappel", "x",
                OutgoingMail.REMINDER);
        Outbox.Queued second = app.ledger().inTransaction(h -> app.outbox().queue(h, again, reminder().id()));

        assertThat(second.alreadyQueued()).isTrue();
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(scalar("SELECT COUNT(*) FROM outbox", Integer.class)).isEqualTo(1);
    }

    @Test
    void reminderIsNotSentWhenInvoiceWasPaidBetweenQueueingAndSending() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        // A payment lands: the invoice closes while the reminder is still approved.
        app.ledger().inTransaction(h -> app.invoices().setStatus(h, invoice(), InvoiceStatus.PAID, "bank", "email"));

        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.SKIPPED_PAID);
            assertThat(h.detail()).isEqualTo("invoice is paid");
        });
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(queued.outboxId())).isEqualTo("cancelled");
        assertThat(reminder().state()).isEqualTo(ReminderState.CANCELLED);
        assertThat(events()).extracting(Event::kind).contains("outbox.cancelled", "reminder.cancelled");
    }

    @Test
    void reminderMarkedPaidThroughTheDeskIsNotSent() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        app.desk().markPaid("LATE", ALICE);

        SendReport report = sender().runOnce();

        assertThat(report.count(Outcome.SKIPPED_PAID)).isEqualTo(1);
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(queued.outboxId())).isEqualTo("cancelled");
    }

    @Test
    void aReminderOfAnInvoiceDisputedAfterApprovalIsNotSentAndStaysOnHold() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        app.desk().dispute("LATE", ALICE);

        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(h.detail()).isEqualTo("invoice is disputed");
        });
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(queued.outboxId())).isEqualTo("cancelled");
        assertThat(reminder().state()).isEqualTo(ReminderState.ON_HOLD);
    }

    @Test
    void aCrashAfterTheMessageIdCommitBeforeSmtpIsRetriedOnceWhenRecoveryIsRetry() throws Exception {
        config = config("archive: {sentFolder: Sent}\nrecovery: retry");
        Outbox.Queued queued = approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("beforeSmtp")).runOnce()).hasMessageContaining("simulated crash");
        assertThat(outboxState(queued.outboxId())).isEqualTo("sending");
        assertThat(customerInbox()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();

        assertThat(restart.handled()).extracting(SendReport.Handled::outcome)
                .containsExactly(Outcome.RECOVERED_RETRY, Outcome.SENT);
        assertThat(customerInbox()).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(queued.messageId()));
        assertThat(sender().runOnce().handled()).isEmpty();
        assertThat(customerInbox()).hasSize(1);
        assertThat(reminder().state()).isEqualTo(ReminderState.SENT);
    }

    @Test
    void withRecoveryRetryASecondCrashIsLeftForReviewInsteadOfRetryingForever() throws Exception {
        config = config("archive: {sentFolder: Sent}\nrecovery: retry");
        Outbox.Queued queued = approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("beforeSmtp")).runOnce()).hasMessageContaining("simulated crash");
        clock.advance(Duration.ofMinutes(5));
        // The restart retries it once… and crashes again at the same place.
        assertThatThrownBy(() -> sender(crashAt("beforeSmtp")).runOnce()).hasMessageContaining("simulated crash");
        assertThat(outboxState(queued.outboxId())).isEqualTo("sending");

        clock.advance(Duration.ofMinutes(5));
        SendReport second = sender().runOnce();

        assertThat(second.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(h.detail()).contains("not in the archive");
        });
        assertThat(outboxState(queued.outboxId())).isEqualTo("needs_review");
        assertThat(reminder().state()).isEqualTo(ReminderState.NEEDS_REVIEW);
        assertThat(scalar("SELECT recoveries FROM outbox", Integer.class)).isEqualTo(1);
        assertThat(customerInbox()).isEmpty();
        assertThat(sender().runOnce().handled()).isEmpty();
    }

    @Test
    void aPartialPaymentAfterQueueingStopsTheSenderAloneFromSendingTheOldAmount() throws Exception {
        Path csv = dir.resolve("numbered.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0101,Client Numero,compta@numero.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        app.invoiceImport().importCsv(csv, "test", "cli");
        assertThat(app.desk().approve("FA-2026-0101", ALICE).refused()).isFalse();
        assertThat(app.reminderMailer().queueApproved().queued()).hasSize(1);
        assertThat(scalar("SELECT body_text FROM outbox", String.class)).contains("500,00");
        app.ledger().inTransaction(h -> app.payments().record(h, List.of(new org.relance.bank.BankCredit("test",
                java.time.LocalDate.of(2026, 12, 1), org.relance.ledger.Money.of("200.00", "EUR"), "Client Numero",
                "Facture FA-2026-0101", "TX-1", org.relance.bank.BankCredit.Source.CSV)), "test", "cli"));
        Invoice partly = app.ledger().read(h -> app.invoices().find(h, "FA-2026-0101", InvoiceKind.INVOICE))
                .orElseThrow();
        assertThat(partly.amountDue().amount()).isEqualByComparingTo("300.00");

        // The sender alone, without the sweep that would have cancelled the stale message first.
        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(h.detail()).isEqualTo(Outbox.STALE);
        });
        assertThat(greenMail.getReceivedMessagesForDomain("numero.test")).isEmpty();
        assertThat(scalar("SELECT state FROM outbox", String.class)).isEqualTo("cancelled");
    }

    @Test
    void aCrashBeforeSmtpIsLeftForReviewByDefaultAndNeverResentBlindly() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("beforeSmtp")).runOnce()).hasMessageContaining("simulated crash");

        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();

        assertThat(restart.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.NEEDS_REVIEW));
        assertThat(restart.needsAttention()).isTrue();
        assertThat(customerInbox()).isEmpty();
        assertThat(outboxState(queued.outboxId())).isEqualTo("needs_review");
        assertThat(reminder().state()).isEqualTo(ReminderState.NEEDS_REVIEW);
    }

    @Test
    void aCrashAfterSmtpBeforeTheCommitIsFoundInTheArchiveAndDeliveredExactlyOnce() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("beforeCommit")).runOnce()).hasMessageContaining("simulated crash");
        assertThat(outboxState(queued.outboxId())).isEqualTo("sending");

        // Restarted at once: the claim is too fresh to be a leftover, so nothing is touched.
        assertThat(sender().runOnce().handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.IN_FLIGHT));
        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();

        assertThat(restart.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.RECOVERED_SENT));
        assertThat(customerInbox()).hasSize(1);
        assertThat(outboxState(queued.outboxId())).isEqualTo("sent");
        assertThat(reminder().state()).isEqualTo(ReminderState.SENT);
        assertThat(sender().runOnce().handled()).isEmpty();
        assertThat(customerInbox()).hasSize(1);
    }

    @Test
    void aCrashAfterSmtpBeforeTheArchiveCopyIsLeftForReviewAndNotResent() throws Exception {
        approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("afterSmtp")).runOnce()).hasMessageContaining("simulated crash");

        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();
        SendReport again = sender().runOnce();

        // Not in Sent, yet it left: only a person can tell, so by default it is not retried.
        assertThat(restart.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.NEEDS_REVIEW));
        assertThat(again.handled()).isEmpty();
        assertThat(customerInbox()).hasSize(1);
        assertThat(reminder().state()).isEqualTo(ReminderState.NEEDS_REVIEW);
    }

    @Test
    void withABccArchiveACrashAfterSmtpIsFoundInTheMailboxAndNotResentEvenWithRetry() throws Exception {
        config = config("archive: {bcc: compta@acme.test}\nrecovery: retry");
        approveAndQueue("Rappel");
        assertThatThrownBy(() -> sender(crashAt("afterSmtp")).runOnce()).hasMessageContaining("simulated crash");

        clock.advance(Duration.ofMinutes(5));
        SendReport restart = sender().runOnce();

        assertThat(restart.handled()).singleElement()
                .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.RECOVERED_SENT));
        assertThat(customerInbox()).hasSize(1);
        assertThat(reminder().state()).isEqualTo(ReminderState.SENT);
    }

    @Test
    void whenTheSmtpServerIsDownTheMessageWaitsWithGrowingBackoffAndIsDeliveredOnceItIsBack() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        greenMail.stop();

        SendReport down = sender().runOnce();
        assertThat(down.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.DEFERRED_BACKOFF);
            assertThat(h.detail()).contains("unavailable").contains("next attempt at 2026-12-01T09:01:00Z");
        });
        assertThat(reminder().state()).isEqualTo(ReminderState.APPROVED);
        assertThat(outboxState(queued.outboxId())).isEqualTo("queued");

        clock.advance(Duration.ofSeconds(30));
        assertThat(sender().runOnce().handled()).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("next attempt at 2026-12-01T09:01:00Z"));
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender().runOnce().handled()).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("next attempt at 2026-12-01T09:03:00Z"));
        assertThat(scalar("SELECT attempts FROM outbox", Integer.class)).isEqualTo(2);

        greenMail.start();
        greenMail.setUser("compta@acme.test", "compta", "secret");
        config = config("");
        clock.advance(Duration.ofMinutes(2));
        SendReport back = sender().runOnce();

        assertThat(back.handled()).singleElement().satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.SENT));
        assertThat(customerInbox()).hasSize(1);
        assertThat(sender().runOnce().handled()).isEmpty();
    }

    @Test
    void aPermanentRefusalMarksTheMessageFailedAndReportsIt() throws Exception {
        try (ScriptedSmtpServer refusing = new ScriptedSmtpServer("550 5.1.1 mailbox unknown")) {
            config = smtpPort(refusing.port());
            Outbox.Queued queued = approveAndQueue("Rappel");

            SendReport report = sender().runOnce();

            assertThat(report.handled()).singleElement().satisfies(h -> {
                assertThat(h.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(h.detail()).contains("550");
            });
            assertThat(report.needsAttention()).isTrue();
            assertThat(refusing.accepted()).isZero();
            assertThat(outboxState(queued.outboxId())).isEqualTo("failed");
            assertThat(reminder().state()).isEqualTo(ReminderState.FAILED);
            assertThat(scalar("SELECT last_error FROM outbox", String.class)).contains("550");
            assertThat(sender().runOnce().handled()).isEmpty();
        }
    }

    @Test
    void aTemporaryRefusalIsRetriedLater() throws Exception {
        try (ScriptedSmtpServer busy = new ScriptedSmtpServer("451 4.3.0 try again later")) {
            config = smtpPort(busy.port());
            Outbox.Queued queued = approveAndQueue("Rappel");

            SendReport report = sender().runOnce();

            assertThat(report.handled()).singleElement().satisfies(h -> {
                assertThat(h.outcome()).isEqualTo(Outcome.DEFERRED_BACKOFF);
                assertThat(h.detail()).contains("451");
            });
            assertThat(outboxState(queued.outboxId())).isEqualTo("queued");
            assertThat(reminder().state()).isEqualTo(ReminderState.APPROVED);
        }
    }

    @Test
    void aRefusedSmtpLoginIsAConfigurationErrorThatLeavesEveryMessageQueuedAndIsRetriedWithBackoff()
            throws Exception {
        try (ScriptedSmtpServer refusing =
                     ScriptedSmtpServer.answeringLogins("535 5.7.8 Authentication credentials invalid")) {
            config = smtpPort(refusing.port());
            Outbox.Queued reminder = approveAndQueue("Rappel");
            Outbox.Queued team = queueTeamMail("digest");
            OutboxSender sender = sender();

            SendReport report = sender.runOnce();

            assertThat(report.configurationError()).hasValueSatisfying(e -> assertThat(e)
                    .startsWith("SMTP authentication failed for user compta at 127.0.0.1:" + refusing.port())
                    .contains("535"));
            assertThat(report.needsAttention()).isTrue();
            assertThat(report.handled()).extracting(SendReport.Handled::outcome)
                    .containsExactly(Outcome.AUTH_FAILED, Outcome.AUTH_FAILED);
            assertThat(refusing.logins()).as("one login, not one per message").isEqualTo(1);
            for (long id : List.of(reminder.outboxId(), team.outboxId())) {
                assertThat(outboxState(id)).isEqualTo("queued");
            }
            assertThat(scalar("SELECT SUM(attempts) FROM outbox", Integer.class)).isZero();
            assertThat(scalar("SELECT COUNT(*) FROM outbox WHERE next_attempt_at IS NOT NULL", Integer.class)).isZero();
            assertThat(reminder().state()).isEqualTo(ReminderState.APPROVED);
            assertThat(events()).extracting(Event::kind)
                    .doesNotContain("outbox.sending", "outbox.failed", "outbox.deferred", "reminder.send_failed");

            // The running bot does not hammer the server: 1 minute, then 2, then 4…
            assertThat(sender.runOnce().configurationError()).isPresent();
            assertThat(refusing.logins()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(1));
            assertThat(sender.runOnce().count(Outcome.AUTH_FAILED)).isEqualTo(2);
            assertThat(refusing.logins()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(1));
            sender.runOnce();
            assertThat(refusing.logins()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(1));
            sender.runOnce();
            assertThat(refusing.logins()).isEqualTo(3);
            assertThat(outboxState(reminder.outboxId())).isEqualTo("queued");
        }
    }

    @Test
    void aConnectionLostAfterTheMessageWasTransmittedIsLeftForReviewNotResent() throws Exception {
        try (ScriptedSmtpServer hangsUp = new ScriptedSmtpServer("250 OK", true)) {
            config = smtpPort(hangsUp.port());
            Outbox.Queued queued = approveAndQueue("Rappel");

            SendReport report = sender().runOnce();
            clock.advance(Duration.ofHours(2));
            SendReport later = sender().runOnce();

            assertThat(report.handled()).singleElement()
                    .satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.NEEDS_REVIEW));
            assertThat(later.handled()).isEmpty();
            assertThat(hangsUp.accepted()).isEqualTo(1);
            assertThat(outboxState(queued.outboxId())).isEqualTo("needs_review");
            assertThat(reminder().state()).isEqualTo(ReminderState.NEEDS_REVIEW);
        }
    }

    @Test
    void aServerThatStaysDownMakesTheMessageFailAfterTheLastAttempt() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        greenMail.stop();

        List<Outcome> outcomes = new ArrayList<>();
        for (int run = 0; run < OutboxSender.MAX_ATTEMPTS; run++) {
            outcomes.add(sender().runOnce().handled().get(0).outcome());
            clock.advance(OutboxSender.MAX_BACKOFF);              // 10:00 to 17:00: always within the window
        }

        assertThat(outcomes.subList(0, OutboxSender.MAX_ATTEMPTS - 1)).containsOnly(Outcome.DEFERRED_BACKOFF);
        assertThat(outcomes.get(OutboxSender.MAX_ATTEMPTS - 1)).isEqualTo(Outcome.FAILED);
        assertThat(scalar("SELECT last_error FROM outbox", String.class)).startsWith("gave up after 8 attempts");
        assertThat(outboxState(queued.outboxId())).isEqualTo("failed");
        assertThat(reminder().state()).isEqualTo(ReminderState.FAILED);
    }

    private RelanceConfig smtpPort(int port) throws IOException {
        config("");
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, Files.readString(file).replace("port: " + greenMail.getSmtp().getPort(),
                "port: " + port));
        return ConfigLoader.load(file, Map.of());
    }

    @Test
    void theRateLimitHoldsAcrossRuns() throws Exception {
        config = config("", 2);
        queueTeamMail("one");
        queueTeamMail("two");
        queueTeamMail("three");

        SendReport first = sender().runOnce();
        clock.advance(Duration.ofSeconds(30));
        SendReport second = sender().runOnce();
        clock.advance(Duration.ofSeconds(31));
        SendReport third = sender().runOnce();

        assertThat(first.handled()).extracting(SendReport.Handled::outcome)
                .containsExactly(Outcome.SENT, Outcome.SENT, Outcome.DEFERRED_RATE);
        assertThat(second.handled()).extracting(SendReport.Handled::outcome).containsExactly(Outcome.DEFERRED_RATE);
        assertThat(third.handled()).extracting(SendReport.Handled::outcome).containsExactly(Outcome.SENT);
        assertThat(folder(FOUNDER, FOUNDER, "INBOX")).hasSize(3);
    }

    @Test
    void afterTheSendLoopIsClosedItsRoundClaimsNoOtherMessageAndTheNextStartSendsThem() throws Exception {
        List<Outbox.Queued> queued = List.of(queueTeamMail("one"), queueTeamMail("two"), queueTeamMail("three"));
        java.util.concurrent.atomic.AtomicReference<SendLoop> loop = new java.util.concurrent.atomic.AtomicReference<>();
        List<String> claimed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch closeAsked = new java.util.concurrent.CountDownLatch(1);
        // The shutdown comes while the first message is on the wire (the sender's own thread asks, as a signal would).
        CrashPoints closeDuringTheFirst = new CrashPoints() {
            @Override
            public void beforeSmtp(String messageId) {
                claimed.add(messageId);
                if (claimed.size() == 1) {
                    loop.get().close(Duration.ZERO);
                    closeAsked.countDown();
                }
            }
        };
        loop.set(new SendLoop(app.reminderMailer(), sender(closeDuringTheFirst), Duration.ofHours(1),
                new Supervisor(code -> { }, Duration.ofHours(1), Duration.ofHours(1)), () -> { }));
        loop.get().start();
        assertThat(closeAsked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(loop.get().close(Duration.ofSeconds(30))).as("the round ended").isTrue();

        assertThat(claimed).containsExactly(queued.get(0).messageId());
        assertThat(outboxState(queued.get(0).outboxId())).isEqualTo("sent");
        assertThat(outboxState(queued.get(1).outboxId())).isEqualTo("queued");
        assertThat(outboxState(queued.get(2).outboxId())).isEqualTo("queued");
        assertThat(folder(FOUNDER, FOUNDER, "INBOX")).extracting(MimeMessage::getSubject).containsExactly("one");

        SendLoop next = new SendLoop(app.reminderMailer(), sender(), Duration.ofHours(1),
                new Supervisor(code -> { }, Duration.ofHours(1), Duration.ofHours(1)), () -> { });
        try (next) {
            next.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!queued.stream().allMatch(q -> outboxState(q.outboxId()).equals("sent"))) {
                assertThat(System.nanoTime()).as("the next start sends the rest").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        assertThat(folder(FOUNDER, FOUNDER, "INBOX")).extracting(MimeMessage::getSubject)
                .containsExactly("one", "two", "three");
    }

    @Test
    void remindersWaitForTheSendWindowAndHolidaysWhileTeamMailGoesOut() throws Exception {
        Outbox.Queued reminder = approveAndQueue("Rappel");
        queueTeamMail("digest");

        clock.set(Instant.parse("2026-12-05T09:00:00Z"));                  // Saturday
        SendReport saturday = sender().runOnce();
        clock.set(Instant.parse("2026-12-25T09:00:00Z"));                  // Christmas, a Friday
        SendReport christmas = sender().runOnce();
        clock.set(Instant.parse("2026-12-28T07:29:00Z"));                  // Monday 08:29 in Paris
        SendReport early = sender().runOnce();
        clock.set(Instant.parse("2026-12-28T07:30:00Z"));                  // Monday 08:30
        SendReport open = sender().runOnce();

        assertThat(saturday.handled()).extracting(SendReport.Handled::outcome)
                .containsExactly(Outcome.DEFERRED_WINDOW, Outcome.SENT);
        assertThat(christmas.handled()).extracting(SendReport.Handled::outcome)
                .containsExactly(Outcome.DEFERRED_WINDOW);
        assertThat(early.handled()).extracting(SendReport.Handled::outcome).containsExactly(Outcome.DEFERRED_WINDOW);
        assertThat(open.handled()).singleElement().satisfies(h -> {
            assertThat(h.outboxId()).isEqualTo(reminder.outboxId());
            assertThat(h.outcome()).isEqualTo(Outcome.SENT);
        });
        assertThat(customerInbox()).hasSize(1);
    }

    @Test
    void aHeaderInjectionAttemptInTheSubjectStaysInTheSubject() throws Exception {
        approveAndQueue("Facture LATE\r\nBcc: evil@evil.test\r\nX-Injected: yes");

        sender().runOnce();

        MimeMessage received = customerInbox().get(0);
        assertThat(received.getHeader("X-Injected")).isNull();
        assertThat(received.getSubject()).isEqualTo("Facture LATE Bcc: evil@evil.test X-Injected: yes");
        assertThat(raw(received)).doesNotContain("\nX-Injected").doesNotContain("\nBcc:");
        assertThat(greenMail.getUserManager().getUserByEmail("evil@evil.test")).isNull();
    }

    @Test
    void anInjectionAttemptInAnAddressIsRefusedBeforeQueueing() {
        assertThatThrownBy(() -> OutgoingMail.plain("compta@acme.test",
                List.of("compta@retard.test\r\nBcc: evil@evil.test"), "s", "t", OutgoingMail.REMINDER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDryRunSendsNothingRecordsItOnceAndLeavesTheRowQueued() throws Exception {
        Outbox.Queued queued = approveAndQueue("Rappel");
        OutboxSender dry = new OutboxSender(app.ledger(), app.desk(), app.events(), config.mail().orElseThrow(),
                PARIS, clock, true, CrashPoints.NONE);

        SendReport first = dry.runOnce();
        SendReport second = dry.runOnce();

        assertThat(first.handled()).singleElement().satisfies(h -> assertThat(h.outcome()).isEqualTo(Outcome.DRY_RUN));
        assertThat(second.count(Outcome.DRY_RUN)).isEqualTo(1);
        assertThat(customerInbox()).isEmpty();
        assertThat(folder("compta", "secret", "Sent")).isEmpty();
        assertThat(outboxState(queued.outboxId())).isEqualTo("queued");
        assertThat(reminder().state()).isEqualTo(ReminderState.APPROVED);
        assertThat(events()).filteredOn(e -> e.kind().equals("outbox.dry_run")).hasSize(1);

        assertThat(sender().runOnce().count(Outcome.SENT)).isEqualTo(1);
        assertThat(customerInbox()).hasSize(1);
    }

    private static CrashPoints crashAt(String point) {
        return new CrashPoints() {
            @Override
            public void beforeSmtp(String messageId) {
                crash("beforeSmtp");
            }

            @Override
            public void afterSmtp(String messageId) {
                crash("afterSmtp");
            }

            @Override
            public void beforeCommit(String messageId) {
                crash("beforeCommit");
            }

            private void crash(String here) {
                if (here.equals(point)) {
                    throw new IllegalStateException("simulated crash at " + here);
                }
            }
        };
    }
}
