package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.relance.dunning.Actor;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.InvoiceKind;
import org.relance.mail.SendReport.Outcome;

/**
 * Issue 9, defect 1, end to end over GreenMail: the bot has its own mailbox (relance@acme.test), the team reads
 * compta@acme.test, and a customer answering a reminder with their mail client's "Reply" reaches both. Day one is
 * Tuesday 2026-12-01, 10:00 in Paris; LATE (due 2026-11-30) gets its friendly reminder, the firm one is due on the 8th.
 */
class ReplyReachesTheBotTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate FIRM_DAY = LocalDate.of(2026, 12, 8);
    private static final String TEAM = "compta@acme.test";
    private static final String BOT = "relance@acme.test";
    private static final String CUSTOMER = "compta@retard.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TUESDAY_10H, PARIS);
    private App app;

    @BeforeEach
    void open() throws IOException {
        greenMail.setUser(TEAM, "compta", "secret");
        greenMail.setUser(BOT, "relance", "secret");
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: relance, password: secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: relance, password: secret}
                  botAddress: relance@acme.test
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(),
                greenMail.getSmtp().getPort()));
        app = Main.wire(ConfigLoader.load(file, Map.of()), clock);
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

    @Test
    void aCustomerPressingReplyReachesTheBotWhichPausesTheChaseAndTheTeamGetsTheReplyToo() throws Exception {
        assertThat(app.desk().approve("LATE", Actor.cli("alice")).refused()).isFalse();
        app.reminderMailer().queueApproved();
        assertThat(app.outboxSender(false).runOnce().handled()).extracting(SendReport.Handled::outcome)
                .containsExactly(Outcome.SENT);

        MimeMessage reminder = inbox(CUSTOMER, CUSTOMER).get(0);
        assertThat(addresses(reminder.getFrom())).containsExactly(TEAM);
        assertThat(addresses(reminder.getReplyTo())).containsExactly(TEAM, BOT);

        MimeMessage answer = (MimeMessage) reminder.reply(false);
        answer.setFrom(new InternetAddress(CUSTOMER));
        answer.setText("Bonjour, nous contestons cette facture : la prestation n'a pas été livrée.", "UTF-8");
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(reminder.getMessageID());
        Transport.send(answer, answer.getAllRecipients());
        assertThat(addresses(answer.getAllRecipients())).containsExactly(TEAM, BOT);

        try (MailboxWatcher watcher = app.mailboxWatcher()) {
            watcher.runOnce();
        }

        assertThat(reminders()).extracting(Reminder::step, Reminder::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("friendly", ReminderState.SENT),
                org.assertj.core.groups.Tuple.tuple("firm", ReminderState.ON_HOLD));
        assertThat(app.plans().planFor(FIRM_DAY).forInvoice("LATE")).as("the chase is paused").isEmpty();
        assertThat(inbox("compta", "secret")).as("the team's mailbox got the answer")
                .singleElement().satisfies(m -> assertThat(m.getSubject()).startsWith("Re: "));
    }

    @Test
    void mailToTheTeamCarriesNoReplyTo() throws Exception {
        app.ledger().inTransaction(h -> app.outbox().queue(h, OutgoingMail.plain(TEAM, List.of(TEAM),
                "Relance : appeler Client Retard", "À appeler.", "task"), (Long) null));

        assertThat(app.outboxSender(false).runOnce().count(Outcome.SENT)).isEqualTo(1);

        assertThat(inbox("compta", "secret")).singleElement()
                .satisfies(m -> assertThat(m.getHeader("Reply-To")).isNull());
    }

    private List<Reminder> reminders() {
        return app.ledger().read(h -> app.reminders().forInvoice(h,
                app.invoices().find(h, "LATE", InvoiceKind.INVOICE).orElseThrow().id()));
    }

    private static List<String> addresses(Address[] list) {
        return Arrays.stream(list).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** The INBOX of one account, read over IMAP like a mail client (parsed in the customer's mail client). */
    private List<MimeMessage> inbox(String login, String password) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), login, password);
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                copies.add(new MimeMessage(customerSmtp(), new ByteArrayInputStream(raw.toByteArray())));
            }
            folder.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    /** The customer's mail client sends through the same test server. */
    private Session customerSmtp() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        return Session.getInstance(p);
    }
}
