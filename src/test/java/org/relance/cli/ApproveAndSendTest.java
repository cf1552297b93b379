package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.testing.NeedsCorpus;

/**
 * The whole path a reminder takes, as users drive it: import, approve, send — through the command line, a real
 * config file, SQLite and GreenMail as the company's SMTP/IMAP server; what the customer receives is checked.
 */
class ApproveAndSendTest {

    private static final Clock TUESDAY_10H = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"),
            ZoneId.of("Europe/Paris"));

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void users() {
        greenMail.setUser("compta@acme.test", "compta", "secret");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("USER", "claire"), TUESDAY_10H, new PrintWriter(out),
                new PrintWriter(err), config -> Main.wire(config, TUESDAY_10H));
        return Cli.run(context, args);
    }

    private String config(String locale) throws IOException {
        return config(locale, "");
    }

    private String config(String locale, String moreMail) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris, locale: %s,
                          iban: FR7630006000011234567890189, bic: AGRIFRPP, address: "1 rue de la Paix, 75002 Paris"}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                %s
                """.formatted(locale, dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(),
                greenMail.getSmtp().getPort(), moreMail));
        return file.toString();
    }

    private String invoices() throws IOException {
        Path file = dir.resolve("invoices.csv");
        Files.writeString(file, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0101,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-10-01,2026-10-31,EUR,1234.56,0
                FA-2026-0102,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-10-05,2026-11-04,EUR,200.00,0
                FA-2026-0103,Garage Yvon SAS,compta@garage-yvon.test,2026-10-10,2026-11-09,EUR,980.00,0
                """);
        return file.toString();
    }

    /** What is in the customer's inbox (the company's Sent copy is elsewhere). */
    private List<MimeMessage> receivedBy(String address) throws Exception {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage)
                .toList();
    }

    @Test
    void anApprovedReminderReachesTheCustomerOnceInFrenchWithEveryInvoiceOfThatCustomerInOneEmail() throws Exception {
        String config = config("fr");
        assertThat(run("import", "--config", config, invoices())).isZero();

        assertThat(run("approve", "--config", config, "FA-2026-0101", "FA-2026-0102")).isZero();
        assertThat(out.toString()).contains("queued reminder").contains("FA-2026-0101, FA-2026-0102");
        assertThat(run("approve", "--config", config, "FA-2026-0101")).isZero();
        assertThat(run("send", "--config", config)).isZero();
        assertThat(run("send", "--config", config)).isZero();
        assertThat(out.toString()).contains("nothing to send");

        List<MimeMessage> toXavier = receivedBy("compta@boulangerie-xavier.test");
        assertThat(toXavier).hasSize(1);
        String body = GreenMailUtil.getBody(toXavier.get(0));
        String text = jakarta.mail.internet.MimeUtility.decodeText(toXavier.get(0).getSubject());
        assertThat(text).contains("FA-2026-0101");
        String decoded = new String(toXavier.get(0).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body + decoded).contains("FA-2026-0102").contains("FR76");
        assertThat(receivedBy("compta@garage-yvon.test")).isEmpty();
    }

    @Test
    void aReminderApprovedInEnglishIsWrittenInEnglish() throws Exception {
        String config = config("en");
        run("import", "--config", config, invoices());

        assertThat(run("approve", "--config", config, "FA-2026-0103")).isZero();
        assertThat(run("send", "--config", config)).isZero();

        List<MimeMessage> toYvon = receivedBy("compta@garage-yvon.test");
        assertThat(toYvon).hasSize(1);
        assertThat(toYvon.get(0).getSubject()).containsIgnoringCase("FA-2026-0103");
        assertThat(GreenMailUtil.getBody(toYvon.get(0))).containsIgnoringCase("unless we are mistaken");
    }

    @NeedsCorpus
    @Test
    void withAttachInvoicesTheReminderCarriesTheKeptPdfOfTheInvoice() throws Exception {
        String config = config("fr", "  attachInvoices: true");
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0142,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-11-03,2026-11-20,EUR,1234.56,0
                """);
        // The PDF is kept first; the receivables export then gives the customer's email and the agreed due date.
        assertThat(run("import", "--config", config,
                Path.of(System.getProperty("relance.corpus", "../shared/corpus"), "pdf-fr/classique.pdf").toString(),
                csv.toString())).as(err.toString()).isZero();

        assertThat(run("approve", "--config", config, "FA-2026-0142")).as(out + " " + err).isZero();
        assertThat(run("send", "--config", config)).isZero();

        MimeMessage received = receivedBy("compta@boulangerie-xavier.test").get(0);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            names.add(parts.getBodyPart(i).getFileName());
        }
        assertThat(names).contains("FA-2026-0142.pdf");
    }

    @Test
    void theFormalNoticeGoesToTheCustomerAsAPdfIsKeptWithTheInvoiceAndACopyGoesToTheCompany() throws Exception {
        String config = config("fr");
        run("import", "--config", config, invoices());
        // The first three steps went out earlier; one escalation (a repeated one the same day is a double click)
        // brings the notice forward.
        try (org.relance.App app = Main.wire(org.relance.config.ConfigLoader.load(Path.of(config), Map.of()),
                TUESDAY_10H)) {
            app.ledger().inTransaction(h -> {
                long id = app.invoices().find(h, "FA-2026-0103", org.relance.invoice.InvoiceKind.INVOICE)
                        .orElseThrow().id();
                app.reminders().recordSent(h, id, "friendly", "email", Instant.parse("2026-11-10T09:00:00Z"), "test", "cli");
                app.reminders().recordSent(h, id, "firm", "email", Instant.parse("2026-11-17T09:00:00Z"), "test", "cli");
                return app.reminders().recordSent(h, id, "call", "task", Instant.parse("2026-11-24T09:00:00Z"), "test",
                        "cli");
            });
        }
        assertThat(run("escalate", "--config", config, "FA-2026-0103")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("escalated to the notice step");
        assertThat(run("approve", "--config", config, "FA-2026-0103")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("queued reminder").contains("queued notice-copy");
        assertThat(run("send", "--config", config)).isZero();

        MimeMessage toYvon = receivedBy("compta@garage-yvon.test").get(0);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) toYvon.getContent();
        boolean hasPdf = false;
        for (int i = 0; i < parts.getCount(); i++) {
            hasPdf |= parts.getBodyPart(i).isMimeType("application/pdf");
        }
        assertThat(hasPdf).isTrue();
        assertThat(receivedBy("compta@acme.test")).isNotEmpty();
        try (java.util.stream.Stream<Path> kept = Files.list(dir.resolve("files"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".pdf"));
        }
    }

    @Test
    void aCustomerWhoseLanguageIsEnglishGetsItInEnglishFromAFrenchCompany() throws Exception {
        String config = config("fr");
        Path csv = dir.resolve("en.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid,language
                INV-77,Kunden AG,ap@kunden.test,2026-10-01,2026-10-31,EUR,529.87,0,EN
                FA-2026-0103,Garage Yvon SAS,compta@garage-yvon.test,2026-10-10,2026-11-09,EUR,980.00,0,
                """);
        run("import", "--config", config, csv.toString());

        assertThat(run("approve", "--config", config, "INV-77", "FA-2026-0103")).isZero();
        assertThat(run("send", "--config", config)).isZero();

        assertThat(GreenMailUtil.getBody(receivedBy("ap@kunden.test").get(0))).containsIgnoringCase("unless we are mistaken");
        assertThat(GreenMailUtil.getBody(receivedBy("compta@garage-yvon.test").get(0)))
                .containsIgnoringCase("sauf erreur");
    }

    @Test
    void aLaterReminderAnswersTheEarlierOneSoTheCustomerSeesOneThread() throws Exception {
        String config = config("fr");
        run("import", "--config", config, invoices());
        run("approve", "--config", config, "FA-2026-0103");
        run("send", "--config", config);
        assertThat(run("escalate", "--config", config, "FA-2026-0103")).as(err.toString()).isZero();
        assertThat(run("approve", "--config", config, "FA-2026-0103")).as(err.toString()).isZero();
        run("send", "--config", config);

        List<MimeMessage> toYvon = receivedBy("compta@garage-yvon.test");
        assertThat(toYvon).hasSize(2);
        String first = toYvon.get(0).getMessageID();
        assertThat(toYvon.get(1).getHeader("In-Reply-To", null)).isEqualTo(first);
        assertThat(toYvon.get(1).getHeader("References", null)).contains(first);
    }

    /** The founder forwards the invoice email she sent, as an attachment: the original keeps its Message-ID. */
    private Path forwardWithOriginalAttached(String originalId) throws Exception {
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
        MimeMessage original = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", originalId);
            }
        };
        original.setFrom("compta@acme.test");
        original.setRecipients(jakarta.mail.Message.RecipientType.TO, "compta@boulangerie-xavier.test");
        original.setSubject("Facture FA-2026-0142");
        jakarta.mail.internet.MimeMultipart mixed = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Bonjour, veuillez trouver notre facture.", "UTF-8");
        mixed.addBodyPart(text);
        jakarta.mail.internet.MimeBodyPart pdf = new jakarta.mail.internet.MimeBodyPart();
        pdf.attachFile(Path.of(System.getProperty("relance.corpus", "../shared/corpus"), "pdf-fr/classique.pdf")
                .toFile(), "application/pdf", null);
        mixed.addBodyPart(pdf);
        original.setContent(mixed);
        original.saveChanges();

        MimeMessage forward = new MimeMessage(session);
        forward.setFrom("founder@acme.test");
        forward.setRecipients(jakarta.mail.Message.RecipientType.TO, "relance@acme.test");
        forward.setSubject("Fwd: Facture FA-2026-0142");
        jakarta.mail.internet.MimeMultipart outer = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart attached = new jakarta.mail.internet.MimeBodyPart();
        attached.setContent(original, "message/rfc822");
        outer.addBodyPart(attached);
        forward.setContent(outer);
        forward.saveChanges();
        Path file = dir.resolve("forward.eml");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            forward.writeTo(out);
        }
        return file;
    }

    @NeedsCorpus
    @Test
    void theFirstReminderAnswersTheOriginalInvoiceEmailWhenTheForwardCarriedIt() throws Exception {
        String config = config("fr");
        Path csv = dir.resolve("due.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0142,Boulangerie Xavier,compta@boulangerie-xavier.test,2026-11-03,2026-11-20,EUR,1234.56,0
                """);
        assertThat(run("import", "--config", config, forwardWithOriginalAttached("<invoice-142@acme.test>").toString(),
                csv.toString())).as(err.toString()).isZero();

        run("approve", "--config", config, "FA-2026-0142");
        run("send", "--config", config);

        MimeMessage reminder = receivedBy("compta@boulangerie-xavier.test").get(0);
        assertThat(reminder.getHeader("In-Reply-To", null)).isEqualTo("<invoice-142@acme.test>");
    }

    @Test
    void aPartialPaymentAfterApprovalIsReflectedInTheReminderThatLeavesNeverTheOldAmount() throws Exception {
        String config = config("fr");
        run("import", "--config", config, invoices());
        assertThat(run("approve", "--config", config, "FA-2026-0103")).isZero();
        Path partlyPaid = dir.resolve("partly-paid.csv");
        Files.writeString(partlyPaid, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2026-0103,Garage Yvon SAS,compta@garage-yvon.test,2026-10-10,2026-11-09,EUR,980.00,500.00
                """);
        run("import", "--config", config, partlyPaid.toString());

        assertThat(run("send", "--config", config)).isZero();

        List<MimeMessage> toYvon = receivedBy("compta@garage-yvon.test");
        assertThat(toYvon).hasSize(1);
        String body = GreenMailUtil.getBody(toYvon.get(0));
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(body.replace("=\r\n", ""))).contains("480,00")
                .doesNotContain("980,00");
    }

    @Test
    void reminderIsNotSentWhenTheInvoiceWasPaidAfterApproval() throws Exception {
        String config = config("fr");
        run("import", "--config", config, invoices());
        assertThat(run("approve", "--config", config, "FA-2026-0103")).isZero();

        assertThat(run("paid", "--config", config, "FA-2026-0103")).isZero();
        run("send", "--config", config);

        assertThat(receivedBy("compta@garage-yvon.test")).isEmpty();
    }
}
