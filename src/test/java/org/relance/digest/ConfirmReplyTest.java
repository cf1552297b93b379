package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.digest.ParsedReply.Command;
import org.relance.digest.ParsedReply.Kind;
import org.relance.digest.ParsedReply.NotUnderstood;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.LoggedEvent;
import org.relance.ledger.Money;

/**
 * Invoices read with doubts, confirmed or corrected by a reply to the digest (the email's and the terminal's
 * grammar), on a real SQLite ledger on Wednesday 2 December 2026 in Paris. Digest: items 1 Client Gros (BIG),
 * 2 Client Vieux (OLD); to confirm: 3 F-2026-0042 (Client Lu, 968,00 €, due 12/12/2026).
 */
class ConfirmReplyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Actor CLAIRE = new Actor("claire", Channel.EMAIL);
    private static final String READ = "F-2026-0042";

    @TempDir
    Path dir;

    private App app;
    private Digest digest;

    @BeforeEach
    void open() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris, locale: fr}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15, groupByCustomer: true}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                BIG,Client Gros,compta@gros.test,2026-10-22,2026-11-22,EUR,10000.00,0
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                """);
        RelanceConfig config = ConfigLoader.load(file, Map.of());
        app = Main.wire(config, Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
        app.invoiceImport().importCsv(csv, "test", "cli");
        read("968.00", LocalDate.of(2026, 12, 12));
        digest = app.digests().build(TODAY, false);
        assertThat(digest.items()).extracting(DigestItem::customer).containsExactly("Client Gros", "Client Vieux");
        assertThat(digest.details().toConfirm()).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo(3);
            assertThat(t.invoice()).isEqualTo(READ);
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** F-2026-0042 read (again) from a plain PDF, with a doubt: it waits for a person. */
    private void read(String total, LocalDate due) {
        app.ledger().inTransaction(h -> app.invoices().upsert(h, new InvoiceDraft(READ, InvoiceKind.INVOICE,
                "Client Lu", null, LocalDate.of(2026, 11, 12), due, Money.of(total, "EUR"),
                Money.of("0.00", "EUR"), "text", null, List.of("total: doubtful")), "relance", "email"));
    }

    private Invoice invoice() {
        return app.ledger().read(h -> app.invoices().findByNumber(h, READ)).get(0);
    }

    private ReplyResult reply(String text) {
        return app.digestReplies().apply(digest.id(), text, CLAIRE);
    }

    private List<LoggedEvent> events(String kind) {
        return app.ledger().read(h -> app.events().since(h, 0, Set.of(kind), 100));
    }

    @Test
    void theGrammarReadsConfirmAndCorrectInFrenchAndEnglish() {
        Command c = (Command) ReplyGrammar.line("confirmer 3", TODAY);
        assertThat(c.kind()).isEqualTo(Kind.CONFIRM);
        assertThat(c.items()).containsExactly(3);
        assertThat(c.correction().isNone()).isTrue();
        assertThat(((Command) ReplyGrammar.line("confirm 3 and 4", TODAY)).items()).containsExactly(3, 4);

        for (String line : List.of("correct 3 total 968,00 due 12/12/2026",
                "corriger 3 montant 968,00 € échéance 2026-12-12", "Corrigez 3 montant : 968.00 echeance 12/12",
                "correct 3 total 968,00 eur and due 12/12/2026.")) {
            Command fix = (Command) ReplyGrammar.line(line, TODAY);
            assertThat(fix.kind()).as(line).isEqualTo(Kind.CONFIRM);
            assertThat(fix.items()).as(line).containsExactly(3);
            assertThat(fix.correction().total()).as(line).isEqualByComparingTo("968.00");
            assertThat(fix.correction().due()).as(line).isEqualTo(LocalDate.of(2026, 12, 12));
        }
        Command big = (Command) ReplyGrammar.line("corriger 5 montant 1 234,56 e-mail Compta@Client.FR", TODAY);
        assertThat(big.correction().total()).isEqualByComparingTo("1234.56");
        assertThat(big.correction().customerEmail()).isEqualTo("Compta@Client.FR");
        assertThat(((Command) ReplyGrammar.line("correct 5 courriel a@b.fr", TODAY)).correction().customerEmail())
                .isEqualTo("a@b.fr");
    }

    @Test
    void aConfirmationLineWithAnythingUnclearIsNotUnderstood() {
        assertThat(((NotUnderstood) ReplyGrammar.line("confirm 3 maybe", TODAY)).why()).isEqualTo("unknown_command");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 total lots", TODAY)).why()).isEqualTo("bad_amount");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 total -5,00", TODAY)).why()).isEqualTo("bad_amount");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 due 31/02/2026", TODAY)).why()).isEqualTo("bad_due");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 email nobody", TODAY)).why()).isEqualTo("bad_email");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3", TODAY)).why()).isEqualTo("no_correction");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 total", TODAY)).why()).isEqualTo("no_correction");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 4 total 5,00", TODAY)).why()).isEqualTo("one_item");
        assertThat(((NotUnderstood) ReplyGrammar.line("confirm", TODAY)).why()).isEqualTo("no_items");
        assertThat(((NotUnderstood) ReplyGrammar.line("correct 3 total 5 total 6", TODAY)).why())
                .isEqualTo("unknown_command");
    }

    @Test
    void theDigestTextListsWhatToConfirmAndHowToAnswer() {
        String fr = new DigestText(Locale.FRENCH).render(digest);
        assertThat(fr).contains("À confirmer (1)")
                .contains("3. J'ai lu F-2026-0042, 968,00\u00a0€, échéance 12/12/2026 (Client Lu) — confirmez ou corrigez")
                .contains("Doutes : total : doubtful");
        String en = new DigestText(Locale.ENGLISH).render(digest);
        assertThat(en).contains("To confirm (1)")
                .contains("3. I read F-2026-0042, €968.00, due 12 Dec 2026 (Client Lu) — confirm or correct");
        assertThat(ReplyGrammar.help(Locale.FRENCH)).contains("confirmer 8").contains("corriger 8 montant 968,00");
        assertThat(ReplyGrammar.help(Locale.ENGLISH)).contains("confirm 8").contains("correct 8 total 968.00");
    }

    @Test
    void theDigestEmailShowsThemInTextAndHtml() {
        DigestEmail email = new DigestEmail(app.config().company(), app.config().digest());
        DigestEmail.Rendered rendered = email.render(digest).orElseThrow();
        assertThat(rendered.text()).contains("À confirmer (1)").contains("3. J'ai lu F-2026-0042")
                .contains("corriger 8 montant");
        assertThat(rendered.html()).contains("<h3>À confirmer (1)</h3>").contains("3. J&#39;ai lu F-2026-0042")
                .contains("total : doubtful");
    }

    @Test
    void confirmByReplyConfirmsTheInvoiceAsShownThroughTheSeam() {
        ReplyResult result = reply("confirmer 3");

        assertThat(result.allOk()).isTrue();
        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.DONE);
            assertThat(o.reason()).isEqualTo(Reason.INVOICE_CONFIRMED);
        });
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(events("invoice.confirmed")).singleElement().satisfies(e -> {
            assertThat(e.event().actor()).isEqualTo("claire");
            assertThat(e.event().channel()).isEqualTo("email");
        });
        assertThat(result.confirmation(Locale.FRENCH))
                .contains("✔ 3 F-2026-0042 (Client Lu) : confirmée : 968,00\u00a0€, échéance 12/12/2026");
    }

    @Test
    void correctByReplyStoresTheCorrectionAndSaysWhatChanged() {
        ReplyResult result = reply("corriger 3 montant 986,00 échéance 15/12/2026 email compta@lu.test");

        assertThat(result.allOk()).isTrue();
        Invoice now = invoice();
        assertThat(now.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(now.total().amount()).isEqualByComparingTo(new BigDecimal("986.00"));
        assertThat(now.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        String email = app.ledger().read(h -> app.invoices().customers(h).get(now.customerId()).email());
        assertThat(email)
                .isEqualTo("compta@lu.test");
        assertThat(result.confirmation(Locale.FRENCH)).contains("corrigée et confirmée : 986,00\u00a0€ (lu 968,00\u00a0€)")
                .contains("échéance 15/12/2026 (lu 12/12/2026)").contains("email compta@lu.test");
    }

    @Test
    void aConfirmationOfAReadingThatChangedSinceTheDigestIsRefusedAsStale() {
        read("1968.00", LocalDate.of(2026, 12, 12)); // re-read between the digest and the reply

        ReplyResult result = reply("confirm 3");

        assertThat(result.allOk()).isFalse();
        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.STALE);
            assertThat(o.reason()).isEqualTo(Reason.PROPOSAL_CHANGED);
        });
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(events("invoice.confirmed")).isEmpty();
        assertThat(result.confirmation(Locale.FRENCH)).contains("✘ 3 F-2026-0042 (Client Lu) : refusé, périmé");
    }

    @Test
    void aRepeatedConfirmationIsHarmless() {
        assertThat(reply("confirm 3").allOk()).isTrue();

        ReplyResult again = reply("confirm 3");

        assertThat(again.outcomes()).extracting(DecisionOutcome::status).containsExactly(Status.ALREADY_DONE);
        assertThat(events("invoice.confirmed")).hasSize(1);
        assertThat(again.confirmation(Locale.FRENCH)).contains("déjà confirmée");
    }

    @Test
    void approvingAnInvoiceToConfirmOrConfirmingAProposalDoesNothingAndSaysWhichCommandFits() {
        ReplyResult approve = reply("ok 1 3");

        assertThat(approve.outcomes()).isEmpty();
        assertThat(approve.allOk()).isFalse();
        assertThat(approve.confirmation(Locale.ENGLISH)).contains("3 is an invoice to confirm: reply \"confirm 3\"");
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);

        ReplyResult confirm = reply("confirmer 1");
        assertThat(confirm.outcomes()).isEmpty();
        assertThat(confirm.confirmation(Locale.FRENCH)).contains("1 est une relance proposée")
                .contains("« valider 1 »");
        assertThat(reply("confirm 9").confirmation(Locale.ENGLISH)).contains("no item 9 in this digest");
    }

    @Test
    void approveAllNeverConfirmsAnInvoice() {
        ReplyResult result = reply("tout valider");

        assertThat(result.outcomes()).extracting(DecisionOutcome::invoice).containsExactly("BIG", "OLD");
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
    }

    @Test
    void theTerminalTakesTheSameCommandsThroughTheSameGrammar() {
        // relance reply and the demo's terminal hand their lines to DigestReplies, channel terminal
        ReplyResult result = app.digestReplies().apply(digest.id(), "correct 3 total 968,00 due 12/12/2026\n",
                new Actor("alice", Channel.TERMINAL));

        assertThat(result.allOk()).isTrue();
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(events("invoice.confirmed")).singleElement()
                .satisfies(e -> assertThat(e.event().channel()).isEqualTo("terminal"));
    }

    @Test
    void anEmailReplyToTheDigestCorrectsAndTheConfirmationMailSaysWhat() {
        EmailDigestReplies intake = new EmailDigestReplies(app.digestStore(), app.digestReplies(), app.outbox(),
                app.events(), app.config().company(), "compta@acme.test", app.clock());
        org.relance.mail.DigestReplyIntake.Reply mail = new org.relance.mail.DigestReplyIntake.Reply(
                "claire@acme.test", "<r1@acme.test>", "Re: [Relance] À relancer (#" + digest.token() + ")", List.of(),
                digest.token(), "Bonjour,\ncorriger 3 montant 986,00\nMerci\n", null, null);

        org.relance.mail.DigestReplyIntake.Result result = app.ledger().inTransaction(h -> intake.handle(h, mail));

        assertThat(result.applied()).isTrue();
        assertThat(invoice().total().amount()).isEqualByComparingTo(new BigDecimal("986.00"));
        assertThat(events("invoice.confirmed")).singleElement().satisfies(e -> {
            assertThat(e.event().actor()).isEqualTo("claire@acme.test");
            assertThat(e.event().channel()).isEqualTo("email");
        });
        String confirmation = app.ledger().read(h -> h.createQuery(
                "SELECT body_text FROM outbox WHERE purpose = 'digest-confirmation'").mapTo(String.class).one());
        assertThat(confirmation).contains("✔ 3 F-2026-0042 (Client Lu) : corrigée et confirmée : 986,00\u00a0€ (lu 968,00\u00a0€)");
    }

    @Test
    void aBadCorrectionChangesNothing() {
        ReplyResult result = reply("corriger 3 montant beaucoup");

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.confirmation(Locale.FRENCH)).contains("montant invalide");
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
    }
}
