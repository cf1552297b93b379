package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.dunning.Actor;
import org.relance.invoice.InvoiceKind;
import org.relance.mail.OutgoingMail;

/** {@code relance send} as users run it: a real config file, SQLite store and GreenMail SMTP/IMAP. */
class SendCommandTest {

    private static final Clock TUESDAY_10H = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(TUESDAY_10H, args);
    }

    private int run(Clock clock, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of(), clock, new PrintWriter(out), new PrintWriter(err),
                config -> Main.wire(config, clock));
        return Cli.run(context, args);
    }

    private Path config(boolean withMail) throws IOException {
        Path file = dir.resolve("relance.yml");
        String mail = !withMail ? "" : """
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                """.formatted(greenMail.getImap().getPort(), greenMail.getSmtp().getPort());
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")) + mail);
        return file;
    }

    private void queueApprovedReminder(Path configFile) throws IOException {
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        try (App app = Main.wire(ConfigLoader.load(configFile, Map.of()), TUESDAY_10H)) {
            app.invoiceImport().importCsv(csv, "test", "cli");
            app.desk().approve("LATE", Actor.cli("alice"));
            app.ledger().inTransaction(h -> {
                long invoiceId = app.invoices().find(h, "LATE", InvoiceKind.INVOICE).orElseThrow().id();
                long reminderId = app.reminders().forInvoice(h, invoiceId).get(0).id();
                return app.outbox().queue(h, OutgoingMail.plain("compta@acme.test", List.of("compta@retard.test"),
                        "Facture LATE", "Bonjour", OutgoingMail.REMINDER), reminderId);
            });
        }
    }

    @Test
    void sendPrintsOneLinePerMessageAndDryRunSendsNothing() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        Path file = config(true);
        queueApprovedReminder(file);

        assertThat(run("send", "--config", file.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).startsWith("dry-run #1 <").contains("to compta@retard.test \"Facture LATE\"");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        assertThat(run("send", "--config", file.toString())).isZero();
        assertThat(out.toString()).startsWith("sent #1 <");
        assertThat(greenMail.getReceivedMessagesForDomain("retard.test")).isNotEmpty();

        assertThat(run("send", "--config", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("nothing to send" + System.lineSeparator());
    }

    @Test
    void aDryRunShowsTheTextBeforeTheMailSectionIsWrittenAndARealSendStillNeedsIt() throws IOException {
        Path file = config(false);
        queueApprovedReminder(file);

        assertThat(run("send", "--config", file.toString(), "--dry-run")).as(() -> err.toString()).isZero();
        assertThat(out.toString()).startsWith("dry-run #1 <").contains("To: compta@retard.test")
                .contains("Subject: Facture LATE").contains("Bonjour");

        assertThat(run("send", "--config", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("mail");
    }

    @Test
    void aRefusedSmtpLoginExitsOneNamingUserAndServerAndLeavesTheMessageQueued() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "another password");
        Path file = config(true);
        queueApprovedReminder(file);

        assertThat(run("send", "--config", file.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("relance: SMTP authentication failed for user compta at 127.0.0.1:"
                + greenMail.getSmtp().getPort(), "the messages stay queued");
        assertThat(out.toString()).startsWith("auth-failed #1 <");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), TUESDAY_10H)) {
            String row = app.ledger().read(h -> h.createQuery("SELECT state || ' ' || attempts FROM outbox")
                    .mapTo(String.class).one());
            assertThat(row).isEqualTo("queued 0");
        }
    }

    @Test
    void aDryRunPrintsRecipientsSubjectAndTextEvenOutsideTheSendWindowAndChangesNothing() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        Path file = config(true);
        Clock tuesday20h = Clock.fixed(Instant.parse("2026-12-01T19:00:00Z"), ZoneId.of("Europe/Paris"));
        Files.writeString(dir.resolve("invoices.csv"), """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), tuesday20h)) {
            app.invoiceImport().importCsv(dir.resolve("invoices.csv"), "test", "cli");
            app.desk().approve("LATE", Actor.cli("alice"));
        }

        assertThat(run(tuesday20h, "send", "--config", file.toString(), "--dry-run")).isZero();

        assertThat(out.toString())
                .contains("dry-run #1 <", "would wait (outside the send window); nothing sent")
                .contains("  To: compta@retard.test", "  Reply-To: compta@acme.test")
                .contains("  Subject: Facture LATE")
                .contains("LATE", "500,00");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(run(tuesday20h, "send", "--config", file.toString())).isZero();
        assertThat(out.toString()).contains("deferred-window #1");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), tuesday20h)) {
            String row = app.ledger().read(h -> h.createQuery("SELECT state || ' ' || attempts FROM outbox")
                    .mapTo(String.class).one());
            assertThat(row).isEqualTo("queued 0");
        }
    }

    @Test
    void mailDryRunInTheConfigSendsNothingThroughTheCommandLine() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        Path file = config(true);
        Files.writeString(file, Files.readString(file) + "  dryRun: true\n");
        queueApprovedReminder(file);

        assertThat(run("send", "--config", file.toString())).isZero();

        assertThat(out.toString()).startsWith("dry-run #1 <");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        try (App app = Main.wire(ConfigLoader.load(file, Map.of()), TUESDAY_10H)) {
            String row = app.ledger().read(h -> h.createQuery("SELECT state FROM outbox").mapTo(String.class).one());
            assertThat(row).isEqualTo("queued");
        }
    }

    @Test
    void sendWithoutAMailSectionIsABadConfigurationNamingTheKey() throws IOException {
        assertThat(run("send", "--config", config(false).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("mail: not configured");
    }
}
