package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.bank.UnreadNotifications;
import org.relance.config.ConfigLoader;

/** {@code relance bank unread|learn}: a notification the reader cannot read is kept, learnt from, and re-read. */
class BankLearnCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path config;
    private final TestCli cli = new TestCli(CLOCK);

    @BeforeEach
    void store() throws Exception {
        config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                bank: {senders: [alerts@bank.test]}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                RE-2026-17,Müller GmbH,,2026-10-01,2026-10-31,EUR,1234.56,0
                RE-2026-18,Schmidt KG,,2026-10-01,2026-10-31,EUR,99.00,0
                """);
        assertThat(cli.run("import", "--config", config.toString(), invoices.toString())).as(cli.err()).isZero();
    }

    private static byte[] summary(String lines) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("alerts@bank.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("relance@acme.test"));
        message.setSubject("Gutschriften", "UTF-8");
        message.setHeader("Date", "Mon, 23 Nov 2026 07:00:00 +0100");
        message.setText("Gutschriften und Lastschriften heute:\n" + lines, "UTF-8", "plain");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private String keep(byte[] raw) {
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            return app.ledger().inTransaction(h -> app.bankMailbox().record(h, "INBOX/7", raw, "alerts@bank.test",
                    "alerts@bank.test", "email", null)).summary();
        }
    }

    @Test
    void aKeptNotificationIsListedLearntFromAndReReadIntoPaymentsThatSettleItsInvoices() throws Exception {
        String summary = keep(summary("21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n22.11.2026 SCHMIDT KG RE-2026-18 99,00\n"));
        assertThat(summary).startsWith("I could not read this notification from alerts@bank.test: kept as #1");

        assertThat(cli.run("bank", "unread", "--config", config.toString())).isZero();
        assertThat(cli.out()).contains("#1").contains("alerts@bank.test").contains("Gutschriften");

        int exit = cli.run("bank", "learn", "--config", config.toString(), "--unread", "1", "--amount", "1234.56",
                "--payer", "MÜLLER GMBH", "--reference", "RE-2026-17", "--date", "2026-11-21");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("rule learnt-").contains("reads 1234.56 EUR from MÜLLER GMBH, reference RE-2026-17")
                .contains("stored in " + dir.resolve("bank-rules.yml"))
                .contains("re-read #1 from alerts@bank.test: 2 payment(s) stored");
        assertThat(Files.readString(dir.resolve("bank-rules.yml"))).contains("rules:").contains("(?<amount>");
        assertThat(cli.run("bank", "unread", "--config", config.toString())).isZero();
        assertThat(cli.out()).contains("no notification waiting");
        assertThat(cli.run("invoices", "--config", config.toString())).isZero();
        assertThat(cli.out().lines().filter(l -> l.startsWith("RE-2026-1")))
                .hasSize(2).allSatisfy(line -> assertThat(line).containsPattern("0\\.00\\s+EUR\\s+paid"));
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            java.util.List<String> kinds = app.ledger().inTransaction(h -> h.createQuery(
                    "SELECT kind FROM events WHERE kind LIKE 'bank.%' ORDER BY id").mapTo(String.class).list());
            assertThat(kinds).containsExactly(UnreadNotifications.KEPT, UnreadNotifications.REREAD);
        }
    }

    @Test
    void theLearntRuleIsLoadedFromTheRulesFileBesideTheConfigByLaterCommands() throws Exception {
        Path example = dir.resolve("example.eml");
        Files.write(example, summary("21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n"));
        Path other = dir.resolve("other.eml");
        Files.write(other, summary("24.11.2026 WEBER LOGISTIK KG F-88 310,00\n"));
        assertThat(cli.run("parse-bank", "--config", config.toString(), other.toString())).isZero();
        assertThat(cli.out()).as("before learning").isBlank();

        assertThat(cli.run("bank", "learn", example.toString(), "--config", config.toString(), "--amount", "1234.56",
                "--payer", "MÜLLER GMBH", "--reference", "RE-2026-17")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("no kept notification is read by the new rule");

        assertThat(cli.run("parse-bank", "--config", config.toString(), other.toString())).isZero();
        assertThat(cli.out()).contains("\"amount\":310.00").contains("\"payerName\":\"WEBER LOGISTIK KG\"")
                .contains("\"reference\":\"F-88\"").contains("\"date\":\"2026-11-24\"");
    }

    @Test
    void learningRefusesAValueThatIsNotInTheMailAndStoresNothing() throws Exception {
        Path example = dir.resolve("example.eml");
        Files.write(example, summary("21.11.2026 MÜLLER GMBH RE-2026-17 1.234,56\n"));

        int exit = cli.run("bank", "learn", example.toString(), "--config", config.toString(), "--amount", "999.00",
                "--payer", "MÜLLER GMBH");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("no rule learnt: the amount 999.00 is not in the text of the mail");
        assertThat(dir.resolve("bank-rules.yml")).doesNotExist();
    }
}
