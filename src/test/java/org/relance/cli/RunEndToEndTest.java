package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.invoice.TestPdfs;
import org.relance.slack.ActionIds;
import org.relance.slack.FakeSlackApi;
import org.relance.slack.Payloads;
import org.relance.slack.SlackSigner;

/**
 * Issue 11's end-to-end check of {@code relance run} in a child JVM against GreenMail (the company's mail server) and
 * the local fake Slack: an invoice forwarded by the founder, a bank notification paying another, the digest posted
 * and emailed, one approval by a Slack click and one by an email reply, both reminders in the customers' mailboxes,
 * the paid invoice never mentioned, then SIGKILL and a restart that sends nothing twice.
 */
class RunEndToEndTest {

    private static final String BOT = "relance@acme.test";
    private static final String FOUNDER = "founder@acme.test";
    private static final String ALPHA = "compta@alpha.test";
    private static final String BETA = "compta@beta.test";
    private static final String GAMMA = "compta@gamma.test";
    private static final String SECRET = "e2e-signing-secret";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private final FakeSlackApi slack = new FakeSlackApi();
    private final SlackSigner signer = new SlackSigner(SECRET);
    private final LocalDate today = LocalDate.now(PARIS);
    private Process process;
    private int slackPort;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        slack.close();
    }

    @Test
    void aForwardedInvoiceAndABankPaymentBecomeADigestWhoseTwoApprovalsAreSentOnceEvenAfterSigkill() throws Exception {
        GreenMailUser bot = greenMail.setUser(BOT, BOT, "bot-secret");
        GreenMailUser founder = greenMail.setUser(FOUNDER, FOUNDER, "founder-secret");
        for (String customer : List.of(ALPHA, BETA, GAMMA)) {
            greenMail.setUser(customer, customer, "customer");
        }
        Path config = config();
        importInvoices(config);
        bot.deliver(forwardedInvoice());
        bot.deliver(bankNotification());

        start(config, "first");
        waitFor("first.out", "relance: running", WAIT);

        // The digest, posted and emailed once the mailbox caught up: the paid invoice is not in it.
        String posted = awaitPost(blocks -> blocks.contains("F-2026-0300"));
        MimeMessage digestMail = awaitMail(FOUNDER, m -> subject(m).startsWith("[Relance]"));
        String emailed = text(digestMail);
        for (String shown : List.of(posted, emailed)) {
            assertThat(shown).contains("FA-2026-0201", "F-2026-0300").doesNotContain("FA-2026-0202");
        }
        assertThat(subject(digestMail)).matches("\\[Relance] À relancer — .* \\(#[A-Za-z0-9]+\\)");
        assertThat(paidInvoices()).containsExactly("FA-2026-0202");

        // Alpha approved by a Slack click.
        long[] alpha = item("FA-2026-0201");
        SlackSigner.Response click = signer.postInteractive(
                URI.create("http://127.0.0.1:" + slackPort + "/slack/events"),
                Payloads.button(FakeSlackApi.TEAM_ID, "UCLAIRE", ActionIds.APPROVE, (int) alpha[0], alpha[1],
                        Payloads.itemBlocks((int) alpha[0], alpha[1])));
        assertThat(click.status()).isEqualTo(200);
        MimeMessage toAlpha = awaitMail(ALPHA, m -> true);
        assertThat(subject(toAlpha)).contains("FA-2026-0201");

        // Gamma approved by the founder's email reply to the digest.
        long[] gamma = item("F-2026-0300");
        bot.deliver(reply(digestMail, "ok " + gamma[0] + "\n\nMerci\n"));
        MimeMessage toGamma = awaitMail(GAMMA, m -> true);
        assertThat(subject(toGamma)).contains("F-2026-0300");
        MimeMessage confirmation = awaitMail(FOUNDER, m -> m != digestMail && subject(m).startsWith("Re:"));
        assertThat(confirmation.getHeader("In-Reply-To", null)).isNotNull();

        assertThat(mails(BETA)).as("the customer who paid is never chased").isEmpty();

        // Killed hard, then restarted: nothing is sent or posted twice.
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        int posts = slack.calls("chat.postMessage").size();
        start(config, "second");
        waitFor("second.out", "relance: running", WAIT);
        // The restarted bot's first send round runs at once, its mailbox pass next: a message read after the restart
        // shows both had their chance to do anything they would wrongly do.
        long before = count("SELECT COUNT(*) FROM processed_messages");
        bot.deliver(authenticated(marker(), "acme.test"));
        waitUntil(() -> count("SELECT COUNT(*) FROM processed_messages") > before, WAIT);
        // A message the kill caught in 'sending' stays there until its claim is stale, then recovery finds it in the
        // archive (the Sent folder) and marks it sent: it is never sent again.
        waitUntil(() -> count("SELECT COUNT(*) FROM outbox WHERE state = 'queued'") == 0, WAIT,
                () -> rows("SELECT id || ' ' || purpose || ' ' || state || ' ' || recipients || ' ' || subject || ' '"
                        + " || COALESCE(next_attempt_at, '') || ' ' || attempts FROM outbox"));
        assertThat(mails(ALPHA)).hasSize(1);
        assertThat(mails(GAMMA)).hasSize(1);
        assertThat(mails(BETA)).isEmpty();
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null
                && c.param("blocks").contains("F-2026-0300") && c.param("thread_ts") == null).count())
                .as("the day's digest is posted once").isEqualTo(1);
        assertThat(slack.calls("chat.postMessage").size()).isGreaterThanOrEqualTo(posts);
    }

    private Path config() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            slackPort = s.getLocalPort();
        }
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, locale: fr, timezone: Europe/Paris,
                          iban: FR7630006000011234567890189, bic: AGRIFRPP, address: "1 rue de la Paix, 75002 Paris"}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: %s, password: bot-secret}
                  sendWindow: {from: "00:00", to: "23:59", days: [MON, TUE, WED, THU, FRI, SAT, SUN], skipHolidays: false}
                  requireAuthenticationResults: true
                  authservId: mx.acme.test
                  botAddress: %s
                  trustedSenders: [%s]
                bank: {senders: [alerts@bank.test]}
                digest: {time: "00:00", days: [MON, TUE, WED, THU, FRI, SAT, SUN], emailTo: [%s]}
                slack:
                  botToken: xoxb-e2e
                  signingSecret: %s
                  channel: %s
                  apiUrl: %s
                  http: {port: %d, path: /slack/events}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(), BOT,
                greenMail.getSmtp().getPort(), BOT, BOT, FOUNDER, FOUNDER, SECRET, Payloads.CHANNEL, slack.url(),
                slackPort));
        return file;
    }

    private void importInvoices(Path config) throws IOException {
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0201,Alpha SARL,%s,%s,%s,EUR,500.00,0
                FA-2026-0202,Beta SAS,%s,%s,%s,EUR,750.00,0
                """.formatted(ALPHA, today.minusDays(33), today.minusDays(3), BETA, today.minusDays(35),
                today.minusDays(5)));
        StringWriter out = new StringWriter();
        Clock clock = Clock.system(PARIS);
        int code = Cli.run(new CliContext(Map.of("USER", "claire"), clock, new PrintWriter(out), new PrintWriter(out),
                c -> Main.wire(c, clock)), "import", "--config", config.toString(), csv.toString());
        assertThat(code).as(out.toString()).isZero();
    }

    private Process start(Path config, String name) throws IOException {
        process = RelanceProcess.run(config, dir, name);
        return process;
    }

    /** The blocks of the first message posted to Slack that passes {@code test}. */
    private String awaitPost(java.util.function.Predicate<String> test) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (FakeSlackApi.Call call : slack.calls("chat.postMessage")) {
                String blocks = String.valueOf(call.param("blocks"));
                if (test.test(blocks)) {
                    return blocks;
                }
            }
            assertThat(process.isAlive()).as("relance run still alive; stderr: %s", lastErr()).isTrue();
            assertThat(System.nanoTime()).as("a Slack post; stderr: %s", lastErr()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private String read(String file) {
        try {
            Path p = dir.resolve(file);
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void waitFor(String file, String text, Duration max) throws InterruptedException {
        waitUntil(() -> read(file).contains(text), max);
    }

    private void waitUntil(BooleanSupplier condition, Duration max) throws InterruptedException {
        waitUntil(condition, max, () -> "");
    }

    private void waitUntil(BooleanSupplier condition, Duration max, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("relance run still alive; stderr: %s", lastErr()).isTrue();
            assertThat(System.nanoTime()).as("waited %s; %s; stderr: %s", max, state.get(), lastErr())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String lastErr() {
        String err = read("second.err").isEmpty() ? read("first.err") : read("second.err");
        return err.length() > 6000 ? err.substring(err.length() - 6000) : err;
    }

    private interface MailTest {
        boolean test(MimeMessage m) throws Exception;
    }

    private List<MimeMessage> mails(String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        List<MimeMessage> out = new ArrayList<>();
        for (StoredMessage m : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
            out.add(m.getMimeMessage());
        }
        return out;
    }

    private MimeMessage awaitMail(String address, MailTest test) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (MimeMessage m : mails(address)) {
                if (test.test(m)) {
                    return m;
                }
            }
            assertThat(process.isAlive()).as("relance run still alive; stderr: %s", lastErr()).isTrue();
            assertThat(System.nanoTime()).as("a mail for %s; stderr: %s", address, lastErr()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String subject(MimeMessage m) throws MessagingException {
        return m.getSubject() == null ? "" : m.getSubject();
    }

    /** The text of a message: its text/plain parts, in order. */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multi) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < multi.getCount(); i++) {
                b.append(text(multi.getBodyPart(i)));
            }
            return b.toString();
        }
        return "";
    }

    /** The position and reminder id of the latest digest's item showing this invoice. */
    private long[] item(String invoice) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("relance.db"));
             PreparedStatement q = c.prepareStatement("""
                     SELECT i.position, m.reminder_id FROM digest_items i
                     JOIN digest_item_members m ON m.item_id = i.id
                     WHERE m.invoice = ? AND i.digest_id = (SELECT MAX(id) FROM digests)""")) {
            q.setString(1, invoice);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as("an item for " + invoice).isTrue();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    private String rows(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("relance.db"));
             PreparedStatement q = c.prepareStatement(sql);
             ResultSet r = q.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return String.join("\n", out);
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("relance.db"));
             PreparedStatement q = c.prepareStatement(sql);
             ResultSet r = q.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            // The bot may hold the write lock a moment: asked again at the next poll.
            return -1;
        }
    }

    /** A note from the founder with nothing to import: read and recorded, nothing else. */
    private static MimeMessage marker() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(FOUNDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Une note");
        m.setText("Rien à importer.", "UTF-8");
        m.saveChanges();
        return m;
    }

    private List<String> paidInvoices() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("relance.db"));
             PreparedStatement q = c.prepareStatement("SELECT number FROM invoices WHERE status = 'paid'");
             ResultSet r = q.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    /** What the company's server (mx.acme.test) writes on top of a message whose DMARC check passed. */
    private static MimeMessage authenticated(MimeMessage m, String domain) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        String top = "Authentication-Results: mx.acme.test; dmarc=pass header.from=" + domain + "\r\n";
        byte[] bytes = (top + raw.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private MimeMessage forwardedInvoice() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(FOUNDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Fwd: Facture F-2026-0300");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("---------- Forwarded message ---------\nFrom: Acme SAS <" + FOUNDER + ">\n"
                + "Subject: Facture F-2026-0300\nTo: <" + GAMMA + ">\n\nBonjour,\n", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(TestPdfs.withLines("Acme SAS",
                "Facture n° F-2026-0300", "Client : Gamma SAS", "Date : " + FR.format(today.minusDays(40)),
                "Échéance : " + FR.format(today.minusDays(10)), "Total HT : 266,67 €", "TVA 20 % : 53,33 €",
                "Total TTC : 320,00 €"), "application/pdf")));
        pdf.setFileName("F-2026-0300.pdf");
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return authenticated(m, "acme.test");
    }

    private MimeMessage bankNotification() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("alerts@bank.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Virement reçu", "UTF-8");
        m.setText("Bonjour,\n\nVous avez reçu un virement de BETA SAS d'un montant de 750,00 €.\n"
                + "Motif : FA-2026-0202\nDate : " + FR.format(today) + "\n", "UTF-8");
        m.saveChanges();
        return authenticated(m, "bank.test");
    }

    private MimeMessage reply(MimeMessage digest, String body) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(FOUNDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BOT));
        m.setSubject("Re: " + subject(digest), "UTF-8");
        m.setHeader("In-Reply-To", digest.getMessageID());
        m.setHeader("References", digest.getMessageID());
        m.setText(body + "\nLe " + FR.format(today) + " à 09:00, Relance <" + BOT + "> a écrit :\n> "
                + text(digest).replace("\n", "\n> "), "UTF-8");
        m.saveChanges();
        return authenticated(m, "acme.test");
    }
}
