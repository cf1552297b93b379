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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;

/**
 * {@code relance bank misread} and {@code bank learn --payment}: a person says a payment was read wrong; it is
 * withdrawn, what it paid is owed again, and its kept mail is read anew by the rule learnt from it.
 */
class BankMisreadCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path config;
    private final TestCli cli = new TestCli(CLOCK);

    /** A hand-written rule that takes the balance for the amount: the kind of wrong reading a person notices. */
    private static final String BALANCE_RULE = "'(?s)Virement de (?<payer>[^\\n]+).*Solde : (?<amount>[0-9 ]+,[0-9]{2}) EUR'";

    private void store(String rules) throws Exception {
        config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                bank: {senders: [alerts@bank.test], rules: [%s]}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), rules));
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                RE-2026-17,Müller GmbH,,2026-10-01,2026-10-31,EUR,1234.56,0
                RE-2026-19,Müller GmbH,,2026-10-05,2026-11-05,EUR,99.00,0
                """);
        assertThat(cli.run("import", "--config", config.toString(), invoices.toString())).as(cli.err()).isZero();
    }

    private static byte[] mail(String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("alerts@bank.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("relance@acme.test"));
        message.setSubject(subject, "UTF-8");
        message.setHeader("Date", "Mon, 23 Nov 2026 07:00:00 +0100");
        message.setText(body, "UTF-8", "plain");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private String receive(byte[] raw) {
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            return app.ledger().inTransaction(h -> app.bankMailbox().record(h, "INBOX/7", raw, "alerts@bank.test",
                    "alerts@bank.test", "email", null)).summary();
        }
    }

    private String invoiceLine(String number) {
        assertThat(cli.run("invoices", "--config", config.toString())).as(cli.err()).isZero();
        return cli.out().lines().filter(l -> l.startsWith(number)).findFirst().orElseThrow();
    }

    private List<String> query(String sql) {
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            return app.ledger().inTransaction(h -> h.createQuery(sql).mapTo(String.class).list());
        }
    }

    @Test
    void aPaymentReadWrongIsWithdrawnItsInvoiceIsOwedAgainAndItsMailWaitsForARule() throws Exception {
        store(BALANCE_RULE);
        receive(mail("Virement reçu", "Virement de MÜLLER GMBH\nMontant : 99,00 EUR\nRéférence : RE-2026-19\n"
                + "Solde : 1 234,56 EUR\n"));
        assertThat(invoiceLine("RE-2026-17")).as("the wrong reading paid the wrong invoice")
                .containsPattern("0\\.00\\s+EUR\\s+paid");

        int exit = cli.run("bank", "misread", "1", "--config", config.toString(), "--why", "the balance was read");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("payment #1 (1234.56 EUR from MÜLLER GMBH) withdrawn")
                .contains("owed again: RE-2026-17").contains("waits as #1");
        assertThat(invoiceLine("RE-2026-17")).containsPattern("1234\\.56\\s+EUR\\s+open");
        assertThat(query("SELECT state FROM payments WHERE id = 1")).containsExactly("withdrawn");
        assertThat(query("SELECT kind FROM events WHERE id > (SELECT MAX(id) FROM events"
                + " WHERE kind = 'payment.applied') ORDER BY id"))
                .containsExactly("allocation.reversed", "invoice.reopened", "payment.withdrawn",
                        "bank.notification_misread");
        assertThat(query("SELECT details FROM events WHERE kind = 'payment.withdrawn'")).singleElement()
                .asString().contains("read wrong, says ").contains("the balance was read");
        assertThat(cli.run("bank", "unread", "--config", config.toString())).isZero();
        assertThat(cli.out()).contains("#1").contains("alerts@bank.test").contains("Virement reçu");

        assertThat(cli.run("bank", "misread", "1", "--config", config.toString())).as("repeating is harmless").isZero();
        assertThat(cli.out()).contains("payment #1 is already withdrawn");
        assertThat(query("SELECT COUNT(*) FROM unread_notifications")).containsExactly("1");
        assertThat(cli.run("bank", "misread", "99", "--config", config.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("payment #99: not done: unknown payment #99");

        exit = cli.run("bank", "learn", "--config", config.toString(), "--unread", "1", "--amount", "99.00",
                "--payer", "MÜLLER GMBH", "--reference", "RE-2026-19");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("re-read #1 from alerts@bank.test: 1 payment(s) stored");
        assertThat(invoiceLine("RE-2026-19")).containsPattern("0\\.00\\s+EUR\\s+paid");
        assertThat(invoiceLine("RE-2026-17")).containsPattern("1234\\.56\\s+EUR\\s+open");
        assertThat(query("SELECT payer || ' ' || amount_minor || ' ' || state FROM payments ORDER BY id"))
                .containsExactly("MÜLLER GMBH 123456 withdrawn", "MÜLLER GMBH 9900 received");

        receive(mail("Virement reçu", "Virement de MÜLLER GMBH\nMontant : 1 234,56 EUR\nRéférence : RE-2026-17\n"
                + "Solde : 5 000,00 EUR\n"));
        assertThat(query("SELECT amount_minor FROM payments WHERE id = 3")).as("a later mail: the learnt rule wins")
                .containsExactly("123456");
        assertThat(invoiceLine("RE-2026-17")).containsPattern("0\\.00\\s+EUR\\s+paid");
    }

    @Test
    void learningFromAPaymentWithdrawsItAndRecordsWhatItsMailReallySays() throws Exception {
        store("");
        receive(mail("Avis de crédit", "Virement reçu\nACME SAS a reçu 1 234,56 EUR\nOrdonné par : MÜLLER GMBH\n"
                + "Votre référence RE-2026-17\n"));
        assertThat(query("SELECT amount_minor FROM payments")).containsExactly("123456");

        int exit = cli.run("bank", "learn", "--config", config.toString(), "--payment", "1", "--amount", "1234.56",
                "--payer", "MÜLLER GMBH", "--reference", "RE-2026-17");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("payment #1 (1234.56 EUR from").contains("withdrawn")
                .contains("re-read #1 from alerts@bank.test: 1 payment(s) stored");
        assertThat(query("SELECT state || ' ' || COALESCE(payer, '-') || ' ' || COALESCE(reference, '-')"
                + " FROM payments ORDER BY id")).last().isEqualTo("received MÜLLER GMBH RE-2026-17");
        assertThat(query("SELECT state FROM payments WHERE id = 1")).containsExactly("withdrawn");
        assertThat(invoiceLine("RE-2026-17")).containsPattern("0\\.00\\s+EUR\\s+paid");
        assertThat(query("SELECT COUNT(*) FROM allocations a JOIN payments p ON p.id = a.payment_id"
                + " WHERE a.state = 'applied' AND p.state = 'withdrawn'")).containsExactly("0");
    }

    @Test
    void aWithdrawnPaymentIsNeverMatchedAgainNorListedAsWaiting() throws Exception {
        store(BALANCE_RULE);
        receive(mail("Virement reçu", "Virement de WEBER KG\nMontant : 99,00 EUR\nSolde : 310,00 EUR\n"));
        assertThat(cli.run("bank", "misread", "1", "--config", config.toString())).as(cli.err()).isZero();
        Path later = dir.resolve("later.csv");
        Files.writeString(later, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                RE-2026-30,Weber KG,,2026-11-01,2026-12-01,EUR,310.00,0
                """);

        assertThat(cli.run("import", "--config", config.toString(), later.toString())).as(cli.err()).isZero();

        assertThat(invoiceLine("RE-2026-30")).containsPattern("310\\.00\\s+EUR\\s+open");
        assertThat(query("SELECT COUNT(*) FROM allocations")).containsExactly("0");
        assertThat(cli.run("payments", "--config", config.toString())).isZero();
        assertThat(cli.out()).doesNotContain("WEBER");
    }

    @Test
    void aPaymentFromAStatementHasNoMailToLearnFromAndNothingIsWithdrawn() throws Exception {
        store("");
        Path csv = dir.resolve("releve.csv");
        Files.writeString(csv, """
                Date;Libellé;Montant
                21/11/2026;VIR MÜLLER GMBH RE-2026-17;1234,56
                """);
        assertThat(cli.run("import", "--config", config.toString(), csv.toString())).as(cli.err()).isZero();

        int exit = cli.run("bank", "learn", "--config", config.toString(), "--payment", "1", "--amount", "1234.56",
                "--payer", "MÜLLER GMBH");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--payment 1: no kept notification for this payment");
        assertThat(query("SELECT state FROM payments")).containsExactly("received");
    }
}
