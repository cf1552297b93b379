package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.dunning.Actor;
import org.relance.dunning.Decision;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.TestPdfs;
import org.relance.ledger.Money;
import org.relance.testing.NeedsCorpus;

/** Mail-borne changes cannot do silent damage: forged bank alerts and forged founder forwards. */
class ForgedMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "bot-secret";
    private static final String BANK = "notifications@neobanque.test";
    private static final String STRICT = "requireAuthenticationResults: true\n  authservId: mx.acme.test";

    @TempDir
    Path dir;

    private GreenMail greenMail;
    private GreenMailUser bot;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        bot = greenMail.setUser(TestMails.BOT, TestMails.BOT, PASSWORD);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private App app(String extraMail) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: %s, password: %s}
                  trustedSenders: [%s]
                  %s
                bank:
                  senders: [%s]
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(),
                TestMails.BOT, PASSWORD, TestMails.FOUNDER, extraMail, BANK));
        return Main.wire(ConfigLoader.load(file, Map.of()), CLOCK);
    }

    private static byte[] invoicePdf(String number, String total, String email) throws IOException {
        return TestPdfs.withLines("Acme SAS", "Facture n° " + number, "Date : 01/11/2026", "Échéance : 20/11/2026",
                "Client : Boulangerie Xavier", email, "Total TTC : " + total + " €");
    }

    private static Invoice invoice(App app, String number) {
        return app.ledger().read(h -> app.invoices().findByNumber(h, number)).get(0);
    }

    private static List<String> column(App app, String sql) {
        return app.ledger().read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private int count(String folder) throws jakarta.mail.MessagingException {
        return TestImap.count(greenMail.getImap().getPort(), TestMails.BOT, PASSWORD, folder);
    }

    @NeedsCorpus
    @Test
    void aForgedBankAlertWithTheDefaultConfigIsRecordedButItsMatchIsOnlySuggested() throws Exception {
        try (App app = app(""); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.corpus("forwarded/gmail-style-fr.eml"));
            w.runOnce();
            assertThat(app.desk().approve("FA-2017-0010", Actor.cli("claire")).outcome())
                    .isEqualTo(Decision.Outcome.DONE);

            bot.deliver(TestMails.corpus("bank/neobank-transfer-fr.eml"));
            w.runOnce();

            assertThat(invoice(app, "FA-2017-0010").amountDue()).isEqualTo(Money.of("470.15", "EUR"));
            assertThat(column(app, "SELECT state FROM reminders")).containsExactly("approved");
            assertThat(column(app, "SELECT state FROM allocations")).containsExactly("suggested");
            assertThat(column(app, "SELECT note FROM allocations").get(0))
                    .contains("unauthenticated email", "relance match-confirm");
            assertThat(column(app, "SELECT details FROM events WHERE kind = 'payment.unverified'"))
                    .singleElement().asString().contains("mail is not authenticated");
        }
    }

    @NeedsCorpus
    @Test
    void aForgedBankAlertArrivingBeforeItsInvoiceIsStillOnlySuggestedOnceTheInvoiceIsKnown() throws Exception {
        try (App app = app(""); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.corpus("bank/neobank-transfer-fr.eml"));
            w.runOnce();
            bot.deliver(TestMails.corpus("forwarded/gmail-style-fr.eml"));
            w.runOnce();

            assertThat(invoice(app, "FA-2017-0010").amountDue()).isEqualTo(Money.of("470.15", "EUR"));
            assertThat(column(app, "SELECT state FROM allocations")).containsExactly("suggested");
        }
    }

    @NeedsCorpus
    @Test
    void withAuthenticationOnAnAlertOurServerVouchesForIsAppliedAndOneItDoesNotIsOnlySuggested() throws Exception {
        try (App app = app(STRICT); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.authenticated(TestMails.corpus("forwarded/gmail-style-fr.eml"), "acme.test"));
            bot.deliver(TestMails.withCorpusPdf(TestMails.FOUNDER, "<unsigned@acme.test>", "pdf-fr/classique.pdf"));
            w.runOnce();
            List<Invoice> imported = app.ledger().read(h -> app.invoices().all(h));
            assertThat(imported).extracting(Invoice::number).containsExactly("FA-2017-0010");

            // A forgery: our server's header says fail, the attacker's own pass sits below our Received.
            bot.deliver(TestMails.withHeadersOnTop(TestMails.corpus("bank/neobank-transfer-fr.eml"),
                    "Authentication-Results: mx.acme.test; dmarc=fail header.from=neobanque.test",
                    "Received: from evil.test by mx.acme.test; Tue, 1 Dec 2026 08:00:00 +0000",
                    "Authentication-Results: mx.acme.test; dmarc=pass header.from=neobanque.test"));
            w.runOnce();
            assertThat(invoice(app, "FA-2017-0010").amountDue()).isEqualTo(Money.of("470.15", "EUR"));
            assertThat(column(app, "SELECT state FROM allocations")).containsExactly("suggested");

            app.ledger().inTransaction(h -> h.execute("DELETE FROM allocations"));
            app.ledger().inTransaction(h -> h.execute("DELETE FROM events WHERE payment_id IS NOT NULL"));
            app.ledger().inTransaction(h -> h.execute("DELETE FROM payments"));
            bot.deliver(TestMails.authenticated(TestMails.corpusAgain("bank/neobank-transfer-fr.eml",
                    "<again@bank.test>"), "neobanque.test"));
            w.runOnce();

            assertThat(invoice(app, "FA-2017-0010").status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(column(app, "SELECT state FROM allocations")).containsExactly("applied");
        }
    }

    @Test
    void aForwardForAKnownNumberWithOtherFiguresIsHeldQuarantinedAndRecordedOnceNeverApplied() throws Exception {
        try (App app = app(""); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<f1@acme.test>", "compta@boulangerie.test",
                    invoicePdf("F-1", "300,00", "compta@boulangerie.test")));
            w.runOnce();
            assertThat(invoice(app, "F-1").total()).isEqualTo(Money.of("300.00", "EUR"));

            byte[] forged = invoicePdf("F-1", "0,01", "pirate@evil.test");
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<f2@evil.test>", "pirate@evil.test", forged));
            w.runOnce();
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<f3@evil.test>", "pirate@evil.test", forged));
            w.runOnce();

            Invoice kept = invoice(app, "F-1");
            assertThat(kept.total()).isEqualTo(Money.of("300.00", "EUR"));
            assertThat(kept.amountDue()).isEqualTo(Money.of("300.00", "EUR"));
            assertThat(column(app, "SELECT email FROM customers")).containsExactly("compta@boulangerie.test");
            assertThat(column(app, "SELECT details FROM events WHERE kind = 'invoice.change_held'"))
                    .singleElement().asString()
                    .startsWith("would change invoice F-1: total 300.00")
                    .contains("→ 0.01", "import the file with `relance import` to apply it");
            assertThat(column(app, "SELECT reason FROM processed_messages WHERE message_id = '<f2@evil.test>'"))
                    .singleElement().asString().startsWith("would change invoice F-1: total 300.00");
            assertThat(column(app, "SELECT COUNT(*) FROM events WHERE kind = 'invoice.updated'")).containsExactly("0");
            assertThat(count("Relance/Quarantine")).isEqualTo(2);
        }
    }

    @Test
    void aLaterMailedInvoiceNeverReplacesTheCustomersStoredEmailAndSaysSo() throws Exception {
        try (App app = app(""); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<g1@acme.test>", "compta@boulangerie.test",
                    invoicePdf("F-1", "300,00", "compta@boulangerie.test")));
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<g2@evil.test>", "pirate@evil.test",
                    invoicePdf("F-2", "10,00", "pirate@evil.test")));
            w.runOnce();

            assertThat(invoice(app, "F-2").customerId()).isEqualTo(invoice(app, "F-1").customerId());
            assertThat(column(app, "SELECT email FROM customers")).containsExactly("compta@boulangerie.test");
            assertThat(column(app, "SELECT details FROM events WHERE kind = 'invoice.imported'"))
                    .singleElement().asString()
                    .contains("keeps its email compta@boulangerie.test", "this mail gives pirate@evil.test");
            assertThat(column(app, "SELECT reason FROM processed_messages WHERE message_id = '<g2@evil.test>'"))
                    .singleElement().asString().contains("keeps its email compta@boulangerie.test");
        }
    }

    @Test
    void theForwardedRecipientWinsOverThePdfsAddressAndTheImportSaysSo() throws Exception {
        try (App app = app(""); MailboxWatcher w = app.mailboxWatcher()) {
            bot.deliver(TestMails.forwarded(TestMails.FOUNDER, "<h1@acme.test>", "a@boulangerie.test",
                    invoicePdf("F-1", "300,00", "b@boulangerie.test")));
            w.runOnce();

            assertThat(column(app, "SELECT email FROM customers")).containsExactly("a@boulangerie.test");
            assertThat(column(app, "SELECT details FROM events WHERE kind = 'invoice.imported'"))
                    .singleElement().asString().contains(
                            "customer email from the forwarded mail (a@boulangerie.test); the PDF says b@boulangerie.test");
        }
    }

    /** F-2026-0042, 1 200,00 €, owed by Boulangerie Xavier: a trusted invoice (not waiting for confirmation). */
    private static void owed(App app) {
        app.ledger().inTransaction(h -> app.invoices().upsert(h, new org.relance.invoice.InvoiceDraft("F-2026-0042",
                org.relance.invoice.InvoiceKind.INVOICE, "Boulangerie Xavier", "compta@xavier.test",
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 20), Money.of("1200.00", "EUR"),
                Money.of("0.00", "EUR"), "csv", null, List.of()), "relance", "cli"));
    }

    /** What Gmail sends when the founder forwards an alert of {@code bank} to the bot, her note on top. */
    private static jakarta.mail.internet.MimeMessage forwardedAlert(String bank, String messageId)
            throws Exception {
        return TestMails.authenticated(TestMails.plain(TestMails.FOUNDER, messageId, "Fwd: Virement reçu", """
                Boulangerie Xavier a payé, tu peux rapprocher ?

                Claire
                06 12 34 56 78

                ---------- Forwarded message ---------
                De : Ma Banque <%s>
                Date: mar. 1 déc. 2026 à 07:40
                Subject: Virement reçu
                To: <%s>

                Vous avez reçu un virement de 1 200,00 EUR le 30/11/2026.
                Émetteur : BOULANGERIE XAVIER
                Référence : F-2026-0042
                """.formatted(bank, TestMails.FOUNDER)), "acme.test");
    }

    @Test
    void aBankAlertTheFounderForwardsFromAConfiguredBankPaysTheInvoice() throws Exception {
        try (App app = app(STRICT); MailboxWatcher w = app.mailboxWatcher()) {
            owed(app);
            bot.deliver(forwardedAlert(BANK, "<fwd-bank@acme.test>"));
            w.runOnce();

            assertThat(invoice(app, "F-2026-0042").status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(column(app, "SELECT outcome FROM processed_messages")).containsExactly("bank.recorded");
            assertThat(column(app, "SELECT payer FROM payments")).containsExactly("BOULANGERIE XAVIER");
        }
        assertThat(count("Relance/Processed")).isEqualTo(1);
    }

    @Test
    void aBankAlertForwardedFromAnAddressThatIsNoConfiguredBankIsRecordedButOnlySuggested() throws Exception {
        try (App app = app(STRICT); MailboxWatcher w = app.mailboxWatcher()) {
            owed(app);
            bot.deliver(forwardedAlert("alertes@autre-banque.test", "<fwd-other@acme.test>"));
            w.runOnce();

            assertThat(invoice(app, "F-2026-0042").amountDue()).isEqualTo(Money.of("1200.00", "EUR"));
            assertThat(column(app, "SELECT state FROM allocations")).containsExactly("suggested");
            assertThat(column(app, "SELECT details FROM events WHERE kind = 'payment.unverified'"))
                    .singleElement().asString().contains("forwarded by " + TestMails.FOUNDER,
                            "alertes@autre-banque.test", "not in bank.senders");
        }
    }

    @Test
    void aForwardedMailThatIsNoCreditAndAPlainNoteStayWithThePersonAsBefore() throws Exception {
        try (App app = app(STRICT); MailboxWatcher w = app.mailboxWatcher()) {
            owed(app);
            bot.deliver(TestMails.authenticated(TestMails.plain(TestMails.FOUNDER, "<note@acme.test>",
                    "Dupont", "Tu peux relancer Dupont pour la facture de 1 200,00 € ?"), "acme.test"));
            bot.deliver(TestMails.authenticated(TestMails.plain(TestMails.FOUNDER, "<fwd-question@acme.test>",
                    "Fwd: Facture", """
                    Il demande un délai.

                    ---------- Forwarded message ---------
                    De : Boulangerie Xavier <compta@xavier.test>
                    Date: lun. 30 nov. 2026 à 18:02
                    Subject: Facture F-2026-0042
                    To: <%s>

                    Bonjour, pouvons-nous régler les 1 200,00 € en deux fois ?
                    """.formatted(TestMails.FOUNDER)), "acme.test"));
            w.runOnce();

            assertThat(column(app, "SELECT outcome FROM processed_messages"))
                    .containsExactly("not_handled.trusted-without-document", "not_handled.trusted-without-document");
            assertThat(column(app, "SELECT COUNT(*) FROM payments")).containsExactly("0");
        }
    }
}
