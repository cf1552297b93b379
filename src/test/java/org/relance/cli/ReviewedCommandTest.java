package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.dunning.Actor;
import org.relance.invoice.InvoiceKind;
import org.relance.mail.CrashPoints;
import org.relance.mail.OutboxSender;
import org.relance.mail.OutgoingMail;

/**
 * {@code relance reviewed} as users run it: a message left in review by a crash before SMTP (10:00), then the
 * commands at 10:05 against a real config file, SQLite store and GreenMail.
 */
class ReviewedCommandTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock AT_10H = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), PARIS);
    private static final Clock AT_10H05 = Clock.fixed(Instant.parse("2026-12-01T09:05:00Z"), PARIS);

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private Path file;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("USER", "alice"), AT_10H05, new PrintWriter(out),
                new PrintWriter(err), config -> Main.wire(config, AT_10H05));
        return Cli.run(context, args);
    }

    @BeforeEach
    void leaveAReminderInReview() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        file = org.relance.mail.TestMailConfig.write(dir, greenMail, "", "archive: {sentFolder: Sent}");
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        var config = ConfigLoader.load(file, Map.of());
        try (App app = Main.wire(config, AT_10H)) {
            app.invoiceImport().importCsv(csv, "test", "cli");
            app.desk().approve("LATE", Actor.cli("alice"));
            app.ledger().inTransaction(h -> {
                long invoiceId = app.invoices().find(h, "LATE", InvoiceKind.INVOICE).orElseThrow().id();
                long reminderId = app.reminders().forInvoice(h, invoiceId).get(0).id();
                return app.outbox().queue(h, OutgoingMail.plain("compta@acme.test", List.of("compta@retard.test"),
                        "Facture LATE", "Bonjour", OutgoingMail.REMINDER), reminderId);
            });
            OutboxSender crashing = new OutboxSender(app.ledger(), app.desk(), app.events(),
                    config.mail().orElseThrow(), PARIS, AT_10H, false, new CrashPoints() {
                        @Override
                        public void beforeSmtp(String messageId) {
                            throw new IllegalStateException("simulated crash before SMTP");
                        }
                    });
            assertThatThrownBy(crashing::runOnce).hasMessageContaining("simulated crash");
        }
        assertThat(run("send", "--config", file.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("needs-review #1");
    }

    @Test
    void reviewedResendQueuesTheMessageAndTheNextSendDeliversIt() {
        assertThat(run("reviewed", "LATE", "--resend", "--config", file.toString())).isZero();
        assertThat(out.toString()).startsWith("LATE: queued to be sent again");

        assertThat(run("send", "--config", file.toString())).isZero();
        assertThat(out.toString()).startsWith("sent #1 <");
        assertThat(run("reviewed", "LATE", "--delivered", "--config", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("LATE: not done: nothing is in review for LATE");
    }

    @Test
    void reviewedDeliveredMarksItSentAndRepeatingIsHarmless() {
        assertThat(run("reviewed", "LATE", "--delivered", "--config", file.toString())).isZero();
        assertThat(out.toString()).startsWith("LATE: confirmed delivered: marked sent");
        assertThat(run("reviewed", "LATE", "--delivered", "--config", file.toString())).isZero();
        assertThat(out.toString()).startsWith("LATE: already confirmed delivered");

        assertThat(run("send", "--config", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("nothing to send" + System.lineSeparator());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void reviewedNeedsExactlyOneOfDeliveredAndResend() {
        assertThat(run("reviewed", "LATE", "--config", file.toString())).isEqualTo(2);
        assertThat(run("reviewed", "LATE", "--delivered", "--resend", "--config", file.toString())).isEqualTo(2);
        assertThat(run("reviewed", "LATE", "--resend", "--config", file.toString())).isZero();
    }
}
