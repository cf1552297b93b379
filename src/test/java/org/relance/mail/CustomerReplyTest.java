package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.relance.ledger.StoredFiles;
import org.relance.mail.SendReport.Outcome;

/**
 * Customers answering our reminders, end to end: the sender delivers a reminder over GreenMail SMTP, the customer's
 * answer lands in the bot's IMAP inbox, the watcher reads it. Day one is Tuesday 2026-12-01, 10:00 in Paris; LATE
 * (due 2026-11-30) gets its friendly reminder that day, and without an answer the firm step is due on 2026-12-08.
 */
class CustomerReplyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate FIRM_DAY = LocalDate.of(2026, 12, 8);
    private static final Actor ALICE = new Actor("alice", Channel.CLI);
    private static final String CUSTOMER = "compta@retard.test";
    private static final String BOT = "compta@acme.test";
    private static final Session SESSION = Session.getInstance(new Properties());

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TUESDAY_10H, PARIS);
    private GreenMailUser bot;
    private RelanceConfig config;
    private App app;

    @BeforeEach
    void open() throws IOException {
        bot = greenMail.setUser(BOT, "compta", "secret");
        config = ConfigLoader.load(TestMailConfig.write(dir, greenMail, "", ""), Map.of());
        app = Main.wire(config, clock);
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                ALSO,Client Retard,compta@retard.test,2026-10-05,2026-11-30,EUR,120.00,0
                """);
        app.invoiceImport().importCsv(csv, "test", "cli");
    }

    @AfterEach
    void close() {
        app.close();
    }

    // ---- the bot's side

    private OutboxSender sender() {
        return new OutboxSender(app.ledger(), app.desk(), app.events(), config.mail().orElseThrow(), PARIS, clock,
                false, CrashPoints.NONE);
    }

    /** Approves today's step of each invoice and queues one email carrying all of them, as the glue will. */
    private Outbox.Queued approveAndQueue(String... numbers) {
        for (String number : numbers) {
            assertThat(app.desk().approve(number, ALICE).refused()).isFalse();
        }
        List<Long> reminderIds = java.util.Arrays.stream(numbers).map(n -> latest(n).id()).toList();
        OutgoingMail mail = OutgoingMail.plain("Acme SAS <compta@acme.test>", List.of(CUSTOMER),
                "Facture " + String.join(", ", numbers) + " : rappel", "Bonjour,\nsauf erreur de notre part…",
                OutgoingMail.REMINDER);
        return app.ledger().inTransaction(h -> {
            Outbox.Queued queued = app.outbox().queue(h, mail, reminderIds.get(0));
            for (long id : reminderIds) {
                h.execute("INSERT INTO outbox_reminders (outbox_id, reminder_id) VALUES (?, ?)", queued.outboxId(), id);
            }
            return queued;
        });
    }

    /** Sends what is queued and checks the lead reminder left. */
    private void send() {
        assertThat(sender().runOnce().handled()).extracting(SendReport.Handled::outcome).containsOnly(Outcome.SENT);
    }

    /** One pass of the watcher over the bot's inbox. */
    private void readMailbox() throws MessagingException {
        try (MailboxWatcher watcher = app.mailboxWatcher()) {
            watcher.runOnce();
        }
    }

    // ---- the customer's side

    private MimeMessage answer(String messageId, String subject, String inReplyTo, String text)
            throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(CUSTOMER));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.setHeader("In-Reply-To", inReplyTo);
        m.setHeader("References", "<invoice-thread@acme.test> " + inReplyTo);
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        return m;
    }

    // ---- reading the ledger

    private long invoiceId(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow().id();
    }

    private List<Reminder> reminders(String number) {
        return app.ledger().read(h -> app.reminders().forInvoice(h, invoiceId(number)));
    }

    private Reminder latest(String number) {
        List<Reminder> all = reminders(number);
        return all.get(all.size() - 1);
    }

    private List<Event> events(String number) {
        return app.ledger().read(h -> app.events().forInvoice(h, invoiceId(number)));
    }

    private List<Map<String, Object>> replies(String number) {
        return app.ledger().read(h -> h.createQuery("SELECT * FROM customer_replies WHERE invoice_id = :id ORDER BY id")
                .bind("id", invoiceId(number)).mapToMap().list());
    }

    private boolean proposed(String number, LocalDate day) {
        return app.plans().planFor(day).forInvoice(number).isPresent();
    }

    private int count(String login, String folder) throws MessagingException {
        return TestImap.count(greenMail.getImap().getPort(), login, login.equals("compta") ? "secret" : login, folder);
    }

    @Test
    void aCustomerReplyToASentReminderPausesTheChaseIsStoredWithItsFileAndTellsTheTeam() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        assertThat(proposed("LATE", FIRM_DAY)).as("without an answer the firm step is due").isTrue();

        bot.deliver(answer("<answer-1@retard.test>", "Re: Facture LATE : rappel", friendly.messageId(),
                "Bonjour, nous contestons une ligne de cette facture, pouvez-vous nous rappeler ?"));
        readMailbox();

        assertThat(proposed("LATE", FIRM_DAY)).isFalse();
        assertThat(proposed("LATE", FIRM_DAY.plusDays(60))).as("paused until a person decides").isFalse();
        assertThat(reminders("LATE")).extracting(Reminder::step, Reminder::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("friendly", ReminderState.SENT),
                org.assertj.core.groups.Tuple.tuple("firm", ReminderState.ON_HOLD));
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("customer.replied")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(CUSTOMER);
                    assertThat(e.details()).isEqualTo("from compta@retard.test: Re: Facture LATE : rappel");
                });
        assertThat(events("LATE")).extracting(Event::kind).contains("reminder.on_hold");

        Map<String, Object> reply = replies("LATE").get(0);
        assertThat(replies("LATE")).hasSize(1);
        assertThat(reply.get("from_address")).isEqualTo(CUSTOMER);
        assertThat(reply.get("subject")).isEqualTo("Re: Facture LATE : rappel");
        assertThat(reply.get("message_id")).isEqualTo("<answer-1@retard.test>");
        assertThat(reply.get("in_reply_to")).isEqualTo(friendly.messageId());
        assertThat(reply.get("automatic")).isIn(0, false);
        Path kept = Path.of((String) reply.get("file_path"));
        byte[] raw = Files.readAllBytes(kept);
        assertThat(kept.getParent()).isEqualTo(dir.resolve("files"));
        assertThat(kept.getFileName().toString()).isEqualTo(StoredFiles.sha256(raw) + ".eml");
        assertThat(reply.get("file_hash")).isEqualTo(StoredFiles.sha256(raw));
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("nous contestons une ligne");

        assertThat(count("compta", "INBOX")).isZero();
        assertThat(count("compta", "Relance/Processed")).isEqualTo(1);
    }

    @Test
    void outOfOfficeRepliesAreStoredButDoNotPauseTheChase() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        MimeMessage autoSubmitted = answer("<auto-1@retard.test>", "Re: Facture LATE : rappel", friendly.messageId(),
                "Je suis absent jusqu'au 15 décembre.");
        autoSubmitted.setHeader("Auto-Submitted", "auto-replied");
        bot.deliver(autoSubmitted);
        bot.deliver(answer("<auto-2@retard.test>", "Absence du bureau", friendly.messageId(),
                "Bonjour, je suis en congés, je lirai votre message à mon retour."));

        readMailbox();

        assertThat(proposed("LATE", FIRM_DAY)).isTrue();
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.SENT);
        assertThat(replies("LATE")).extracting(r -> r.get("message_id"))
                .containsExactly("<auto-1@retard.test>", "<auto-2@retard.test>");
        assertThat(replies("LATE")).allSatisfy(r -> assertThat(r.get("automatic")).isIn(1, true));
        assertThat(events("LATE")).extracting(Event::kind)
                .contains("customer.auto_reply")
                .doesNotContain("customer.replied", "reminder.on_hold");
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("customer.auto_reply")).hasSize(2);
        assertThat(count("compta", "Relance/Processed")).isEqualTo(2);
    }

    @Test
    void aReplyToOneEmailCarryingTwoInvoicesPausesBoth() throws Exception {
        Outbox.Queued both = approveAndQueue("LATE", "ALSO");
        send();
        assertThat(latest("ALSO").state()).isEqualTo(ReminderState.SENT);
        assertThat(proposed("LATE", FIRM_DAY)).isTrue();
        assertThat(proposed("ALSO", FIRM_DAY)).isTrue();

        bot.deliver(answer("<answer-2@retard.test>", "Re: Facture LATE, ALSO : rappel", both.messageId(),
                "Le paiement des deux factures est bloqué en attente d'un bon de commande."));
        readMailbox();

        for (String number : List.of("LATE", "ALSO")) {
            assertThat(proposed(number, FIRM_DAY)).as(number).isFalse();
            assertThat(latest(number).state()).as(number).isEqualTo(ReminderState.ON_HOLD);
            assertThat(replies(number)).as(number).singleElement()
                    .satisfies(r -> assertThat(r.get("message_id")).isEqualTo("<answer-2@retard.test>"));
            assertThat(events(number)).as(number).extracting(Event::kind).contains("customer.replied");
        }
    }

    @Test
    void anApprovedReminderNotYetSentIsNotSentOnceTheCustomerReplied() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        clock.set(FIRM_DAY.atTime(10, 0).atZone(PARIS).toInstant());
        Outbox.Queued firm = approveAndQueue("LATE");
        assertThat(latest("LATE").step()).isEqualTo("firm");

        bot.deliver(answer("<answer-3@retard.test>", "Re: Facture LATE : rappel", friendly.messageId(),
                "Nous avons réglé hier par chèque."));
        readMailbox();
        SendReport report = sender().runOnce();

        assertThat(report.handled()).singleElement().satisfies(h -> {
            assertThat(h.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(h.detail()).isEqualTo("reminder is on_hold");
        });
        assertThat(count(CUSTOMER, "INBOX")).as("only the friendly reminder reached the customer").isEqualTo(1);
        String firmRow = app.ledger().read(h -> h.createQuery("SELECT state FROM outbox WHERE id = :id")
                .bind("id", firm.outboxId()).mapTo(String.class).one());
        assertThat(firmRow).isEqualTo("cancelled");
        assertThat(latest("LATE").state()).isEqualTo(ReminderState.ON_HOLD);
    }

    @Test
    void aPersonsApprovalTheDayTheReminderLeftLiftsTheHoldButTheFirmStepStillWaitsForItsGap() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        bot.deliver(answer("<answer-4@retard.test>", "Re: rappel", friendly.messageId(), "Question sur la facture."));
        readMailbox();

        Decision approved = app.desk().approve("LATE", ALICE);
        Decision again = app.desk().approve("LATE", ALICE);

        assertThat(approved.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(approved.message()).startsWith("hold lifted").contains("it is proposed on 2026-12-08");
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).extracting(Reminder::state)
                .containsExactly(ReminderState.SENT, ReminderState.SNOOZED);
        assertThat(proposed("LATE", LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(app.plans().planFor(LocalDate.of(2026, 12, 8)).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("firm"));
    }

    @Test
    void aPromiseAfterAReplyWaitsUntilItsDateThenTheChaseResumes() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        bot.deliver(answer("<answer-5@retard.test>", "Re: rappel", friendly.messageId(),
                "Nous payons le 20 décembre."));
        readMailbox();

        Decision promised = app.desk().promise("LATE", LocalDate.of(2026, 12, 20), ALICE);

        assertThat(promised.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(proposed("LATE", LocalDate.of(2026, 12, 20))).isFalse();
        assertThat(app.plans().planFor(LocalDate.of(2026, 12, 21)).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("firm"));
    }

    @Test
    void aSecondReplyWhileOnHoldIsStoredWithoutAnotherHold() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        bot.deliver(answer("<answer-6@retard.test>", "Re: rappel", friendly.messageId(), "Premier message."));
        bot.deliver(answer("<answer-7@retard.test>", "Re: rappel", friendly.messageId(), "J'oubliais : merci."));
        readMailbox();

        assertThat(replies("LATE")).hasSize(2);
        assertThat(reminders("LATE")).filteredOn(r -> r.state() == ReminderState.ON_HOLD).hasSize(1);
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("customer.replied")).hasSize(2);
    }

    @Test
    void aReplyToAMessageWeDoNotKnowIsLeftInTheInboxAndPausesNothing() throws Exception {
        approveAndQueue("LATE");
        send();
        bot.deliver(answer("<answer-8@retard.test>", "Re: notre commande", "<their-order@retard.test>",
                "Où en est notre commande ?"));
        readMailbox();

        assertThat(proposed("LATE", FIRM_DAY)).isTrue();
        assertThat(replies("LATE")).isEmpty();
        assertThat(count("compta", "INBOX")).isEqualTo(1);
    }

    @Test
    void theSameReplyReadTwiceIsStoredOnce() throws Exception {
        Outbox.Queued friendly = approveAndQueue("LATE");
        send();
        MimeMessage question = answer("<answer-9@retard.test>", "Re: rappel", friendly.messageId(), "Question.");
        bot.deliver(question);
        readMailbox();
        // The same message delivered again (a second copy in the inbox).
        bot.deliver(question);
        readMailbox();

        assertThat(replies("LATE")).hasSize(1);
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("customer.replied")).hasSize(1);
    }
}
