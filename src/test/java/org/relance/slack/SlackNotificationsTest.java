package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.bank.BankCredit;
import org.relance.config.RelanceConfig;
import org.relance.digest.SlackThread;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Decision;
import org.relance.feed.CursorStore;
import org.relance.feed.Notifier;
import org.relance.invoice.InvoiceKind;
import org.relance.ledger.Event;
import org.relance.ledger.Money;
import org.relance.ledger.StoredFiles;
import org.relance.testing.DeskFixture;

/** What the team reads in Slack for each fed event, on a real ledger, through the real notifier. */
class SlackNotificationsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor ALICE = new Actor("alice", Channel.CLI);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private App app;
    private final FakeSlackApi fake = new FakeSlackApi();
    private final SlackWeb web = new SlackWeb(fake.url(), "xoxb-test", d -> { });
    private final Recorded slack = new Recorded(fake);
    private final AtomicReference<SlackThread> thread = new AtomicReference<>();
    private Notifier notifier;

    @BeforeEach
    void open() throws IOException {
        app = appWithLocale("fr");
    }

    private App appWithLocale(String locale) throws IOException {
        DeskFixture desk = DeskFixture.write(dir, "relance-" + locale + ".yml", "locale: " + locale,
                "dunning: {ecbRatePercent: 2.15}\n");
        RelanceConfig config = desk.config();
        App opened = desk.openOn(TODAY);
        desk.importInvoices(opened, """
                F-2026-0042,Pharmacie Moreau,compta@moreau.test,2026-09-15,2026-10-15,EUR,1234.56,0
                G-1,Garage Dubois SARL,compta@garage-dubois.test,2026-10-01,2026-10-31,EUR,500.00,0
                G-2,Garage Dubois SARL,compta@garage-dubois.test,2026-10-05,2026-11-04,EUR,500.00,0
                """);
        SlackNotifications sink = new SlackNotifications(opened.ledger(), opened.invoices(), web, "C-CHANNEL",
                day -> day.equals(TODAY) ? Optional.ofNullable(thread.get()) : Optional.empty(),
                config.company(), opened.clock());
        notifier = new Notifier(opened.ledger(), opened.events(), new CursorStore(opened.clock()), List.of(sink),
                opened.clock(), Duration.ofSeconds(2), Duration.ofMinutes(5));
        notifier.runOnce(); // the cursor starts here: the import above is history
        return opened;
    }

    @AfterEach
    void close() {
        app.close();
        fake.close();
    }

    private void pay(String amount, String payer, String reference) {
        app.ledger().inTransaction(h -> app.payments().record(h, List.of(new BankCredit("test", TODAY.minusDays(1),
                Money.of(amount, "EUR"), payer, reference, null, BankCredit.Source.EMAIL)), "relance", "system"));
    }

    private long invoiceId(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id());
    }

    private static String texts(String blocksJson) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : JSON.readTree(blocksJson)) {
            block.findValues("text").forEach(t -> out.append(t.isTextual() ? t.asText() : t.path("text").asText())
                    .append('\n'));
        }
        return out.toString();
    }

    @Test
    void aPaymentThatSettlesTheInvoiceSaysWhoPaidWhatAndThatTheReminderWasCancelled() throws IOException {
        assertThat(app.desk().approve("F-2026-0042", ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);
        pay("1234.56", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(slack.calls).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("C-CHANNEL");
            assertThat(c.threadTs()).as("no digest today: top level").isEmpty();
            assertThat(c.message().text()).isEqualTo("💶 Pharmacie Moreau a payé F-2026-0042, 1\u202F234,56\u00A0€ — "
                    + "relance annulée");
        });
    }

    @Test
    void aPaymentWithNoReminderToCancelDoesNotSaySoAndGoesInTheDaysDigestThread() {
        thread.set(new SlackThread("C-DIGEST", "1764576000.000100"));
        pay("1234.56", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(slack.calls).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("C-DIGEST");
            assertThat(c.threadTs()).contains("1764576000.000100");
            assertThat(c.message().text()).isEqualTo("💶 Pharmacie Moreau a payé F-2026-0042, 1\u202F234,56\u00A0€");
        });
    }

    @Test
    void aPartialPaymentSaysWhatIsStillDue() {
        pay("234.56", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(slack.calls).singleElement().satisfies(c -> assertThat(c.message().text())
                .isEqualTo("💶 Pharmacie Moreau a payé 234,56\u00A0€ sur F-2026-0042 — reste dû 1\u202F000,00\u00A0€"));
    }

    @Test
    void aMatchToConfirmShowsThePaymentTheProposedInvoiceAndConfirmRejectButtonsCarryingTheAllocationId()
            throws IOException {
        pay("500.00", "GARAGE DUBOIS", "VIREMENT NOVEMBRE");
        notifier.runOnce();
        List<Long> allocations = app.ledger().read(h -> h.createQuery(
                "SELECT id FROM allocations WHERE state = 'suggested' ORDER BY id").mapTo(Long.class).list());
        assertThat(allocations).hasSize(2);
        assertThat(slack.calls).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode blocks = JSON.readTree(slack.calls.get(i).message().blocksJson());
            String text = texts(slack.calls.get(i).message().blocksJson());
            assertThat(text).contains("GARAGE DUBOIS a versé 500,00\u00A0€ le 30/11/2026 (réf. « VIREMENT NOVEMBRE »)",
                    "Proposé : 500,00\u00A0€ sur *G-");
            JsonNode buttons = blocks.get(1).path("elements");
            assertThat(buttons.get(0).path("action_id").asText()).isEqualTo(ActionIds.MATCH_CONFIRM);
            assertThat(buttons.get(1).path("action_id").asText()).isEqualTo(ActionIds.MATCH_REJECT);
            assertThat(buttons.get(0).path("value").asText()).isEqualTo(allocations.get(i).toString());
            assertThat(buttons.get(1).path("value").asText()).isEqualTo(allocations.get(i).toString());
        }
    }

    /** An invoice read from a plain PDF with a doubt, while the bot runs. */
    private void readWithDoubts(String number) {
        app.ledger().inTransaction(h -> app.invoices().upsert(h, new org.relance.invoice.InvoiceDraft(number,
                InvoiceKind.INVOICE, "Client Lu SARL", null, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 12),
                Money.of("968.00", "EUR"), Money.of("0.00", "EUR"), "text", null, List.of("total: doubtful")),
                "relance", "email"));
    }

    @Test
    void anInvoiceImportedToConfirmIsPostedWithTheSentenceAndTheConfirmAndCorrectButtons() throws IOException {
        readWithDoubts("F-2026-0099");
        notifier.runOnce();

        assertThat(slack.calls).hasSize(1);
        String text = texts(slack.calls.get(0).message().blocksJson());
        assertThat(text).contains("J'ai lu F-2026-0099, 968,00\u00A0€, échéance 12/12/2026 (Client Lu SARL) — confirmez ou corrigez")
                .contains("Doutes : total : doubtful");
        JsonNode buttons = JSON.readTree(slack.calls.get(0).message().blocksJson()).get(1).path("elements");
        assertThat(buttons.get(0).path("action_id").asText()).isEqualTo(ActionIds.INVOICE_CONFIRM);
        assertThat(buttons.get(1).path("action_id").asText()).isEqualTo(ActionIds.INVOICE_EDIT);
        assertThat(buttons.get(0).path("value").asText()).isEqualTo("F-2026-0099|96800|EUR|2026-12-12");
    }

    @Test
    void anInvoiceConfirmedBeforeTheFeedReachesItIsNotAskedAgain() {
        readWithDoubts("F-2026-0099");
        app.decisions().take(new org.relance.decision.DecisionRequest.ConfirmInvoice("F-2026-0099", null, null),
                ALICE);
        notifier.runOnce();

        assertThat(slack.calls).isEmpty();
    }

    @Test
    void aMatchAlreadyDecidedWhenTheFeedReachesItIsNotAskedAgain() {
        pay("500.00", "GARAGE DUBOIS", "VIREMENT NOVEMBRE");
        long first = app.ledger().read(h -> h.createQuery(
                "SELECT MIN(id) FROM allocations WHERE state = 'suggested'").mapTo(Long.class).one());
        app.payments().rejectSuggestion(first, "alice", "cli");
        notifier.runOnce();
        assertThat(slack.calls).hasSize(1);
    }

    @Test
    void aCustomerReplyShowsSenderSubjectAndTextWithoutQuoteWithResumeSnoozeAndDisputeOnTheHeldReminder()
            throws IOException {
        assertThat(app.desk().approve("F-2026-0042", ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);
        reply("F-2026-0042", """
                Bonjour,

                Nous avons réglé cette facture le 28/11, voir pièce jointe.

                Cordialement,
                Jean Moreau
                --\u0020
                Pharmacie Moreau — 12 rue des Lilas
                Le 25 nov. 2026 à 10:00, Acme SAS <compta@acme.test> a écrit :
                > Madame, Monsieur, la facture F-2026-0042 reste impayée.
                """);
        notifier.runOnce();
        long held = app.ledger().read(h -> h.createQuery("SELECT id FROM reminders WHERE state = 'on_hold'")
                .mapTo(Long.class).one());
        assertThat(slack.calls).singleElement().satisfies(c -> {
            String text = texts(c.message().blocksJson());
            assertThat(text).contains("Réponse de compta@moreau.test* sur F-2026-0042 (Pharmacie Moreau) — « Re: Relance "
                    + "F-2026-0042 »", ">Nous avons réglé cette facture le 28/11, voir pièce jointe.", ">Jean Moreau");
            assertThat(text).doesNotContain("reste impayée", "12 rue des Lilas");
            JsonNode actions = JSON.readTree(c.message().blocksJson()).findParents("elements").stream()
                    .filter(b -> "actions".equals(b.path("type").asText())).findFirst().orElseThrow().path("elements");
            assertThat(actions.get(0).path("action_id").asText()).isEqualTo(ActionIds.APPROVE);
            assertThat(actions.get(0).path("value").asText()).isEqualTo(Long.toString(held));
            assertThat(actions.get(0).path("text").path("text").asText()).isEqualTo("Reprendre");
            assertThat(actions.get(1).path("action_id").asText()).isEqualTo(ActionIds.SNOOZE);
            assertThat(actions.get(1).path("options").findValuesAsText("value"))
                    .containsExactly(held + "|3", held + "|7", held + "|14");
            assertThat(actions.get(2).path("action_id").asText()).isEqualTo(ActionIds.DISPUTE);
            assertThat(actions.get(2).path("value").asText()).isEqualTo(Long.toString(held));
        });
    }

    /** A person's reply as the mailbox records it: the kept .eml, its customer_replies row, the desk's hold. */
    private void reply(String number, String text) throws IOException {
        String eml = """
                From: compta@moreau.test
                To: compta@acme.test
                Subject: Re: Relance F-2026-0042
                Message-ID: <r1@moreau.test>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                """.replace("\n", "\r\n") + text;
        byte[] raw = eml.getBytes(StandardCharsets.UTF_8);
        Path kept = StoredFiles.keep(dir.resolve("files"), raw, ".eml");
        long invoice = invoiceId(number);
        app.ledger().inTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO customer_replies (invoice_id, message_id, in_reply_to, from_address, subject,
                        received_at, automatic, file_hash, file_path)
                    VALUES (:invoice, '<r1@moreau.test>', '<m1@acme.test>', 'compta@moreau.test',
                        'Re: Relance F-2026-0042', :at, :automatic, 'h1', :path)""")
                    .bind("invoice", invoice).bind("at", app.clock().instant().toString()).bind("automatic", false)
                    .bind("path", kept.toString()).execute();
            return app.desk().customerReplied(h, invoice, "compta@moreau.test", "Re: Relance F-2026-0042",
                    new Actor("compta@moreau.test", Channel.EMAIL));
        });
    }

    @Test
    void aFormalNoticeForTwoInvoicesIsUploadedOnceWithBothNumbersForTheTeamToPrint() {
        byte[] pdf = "%PDF-1.7 notice".getBytes(StandardCharsets.US_ASCII);
        Path kept = StoredFiles.keep(dir.resolve("files"), pdf, ".pdf");
        app.ledger().inTransaction(h -> {
            for (String number : List.of("G-1", "G-2")) {
                app.events().append(h, new Event(app.clock().instant(), "relance", "system", "notice.written",
                        invoiceId(number), null, null, "mise-en-demeure.pdf kept as " + kept));
            }
            return null;
        });
        notifier.runOnce();
        assertThat(slack.calls).singleElement().satisfies(c -> {
            assertThat(c.filename()).isEqualTo("mise-en-demeure.pdf");
            assertThat(c.file()).isEqualTo(pdf);
            assertThat(c.title()).isEqualTo("Mise en demeure — G-1, G-2 (Garage Dubois SARL) : à imprimer et envoyer "
                    + "en recommandé avec accusé de réception");
            assertThat(c.channel()).isEqualTo("C-CHANNEL");
        });
    }

    @Test
    void aMessageInReviewAndAQuarantinedMailSayWhatAndWhy() {
        long invoice = invoiceId("F-2026-0042");
        app.ledger().inTransaction(h -> {
            app.events().append(h, new Event(app.clock().instant(), "relance", "system", "outbox.needs_review",
                    invoice, null, null, "outbox #7: connection lost after DATA; it may have left"));
            app.events().append(h, new Event(app.clock().instant(), "relance", "email", "mail.quarantined", null,
                    null, null, "an invoice from an untrusted sender [uid 12, <x@evil.test>, from x@evil.test]"));
            return null;
        });
        notifier.runOnce();
        assertThat(slack.calls).extracting(c -> c.message().text()).containsExactly(
                "⚠️ Message à vérifier (F-2026-0042) : outbox #7: connection lost after DATA; it may have left",
                "🚫 Mail mis en quarantaine : an invoice from an untrusted sender [uid 12, <x@evil.test>, from "
                        + "x@evil.test]");
    }

    @Test
    void aBankNotificationThatCouldNotBeReadIsReportedWithHowToTeachTheBot() {
        app.ledger().inTransaction(h -> {
            app.events().append(h, new Event(app.clock().instant(), "relance", "email", "bank.notification_unread",
                    null, null, null, "I could not read this notification from alerts@newbank.test (Money in); "
                            + "waiting as #3 for relance bank learn"));
            return null;
        });
        notifier.runOnce();
        assertThat(slack.calls).extracting(c -> c.message().text()).containsExactly(
                "🏦 Notification bancaire illisible : I could not read this notification from alerts@newbank.test "
                        + "(Money in); waiting as #3 for relance bank learn");
    }

    @Test
    void aRefusedDigestReplySaysWhoAndWhyAndThatNothingChanged() {
        app.ledger().inTransaction(h -> {
            app.events().append(h, new Event(app.clock().instant(), "evil@evil.test", "email", "digest.reply_refused",
                    null, null, null, "reply to the digest from evil@evil.test refused (untrusted_sender): "
                            + "evil@evil.test is not in mail.trustedSenders [<r@evil.test>, subject Re: ok (#K7QX2P)]"));
            return null;
        });
        notifier.runOnce();
        assertThat(slack.calls).extracting(c -> c.message().text()).containsExactly(
                "⛔ Réponse au digest refusée (rien n'a changé) : reply to the digest from evil@evil.test refused "
                        + "(untrusted_sender): evil@evil.test is not in mail.trustedSenders [<r@evil.test>, subject "
                        + "Re: ok (#K7QX2P)]");
    }

    @Test
    void inEnglishThePaymentLineIsEnglish() throws IOException {
        app.close();
        Files.delete(dir.resolve("relance.db"));
        app = appWithLocale("en");
        pay("1234.56", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(slack.calls).singleElement().satisfies(c -> assertThat(c.message().text())
                .isEqualTo("💶 Pharmacie Moreau paid F-2026-0042, €1,234.56"));
    }

    @Test
    void slackDownThenBackDeliversEveryNotificationOnceInOrder() {
        fake.fail("chat.postMessage", "service_unavailable");
        pay("234.56", "PHARMACIE MOREAU", "F-2026-0042");
        pay("1000.00", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(fake.calls("chat.postMessage")).as("tried once, refused").hasSize(1);
        fake.clear();
        fake.succeed("chat.postMessage");
        Notifier later = notifierAfter(Duration.ofSeconds(3));
        later.runOnce();
        assertThat(slack.calls).extracting(c -> c.message().text()).containsExactly(
                "💶 Pharmacie Moreau a payé 234,56\u00A0€ sur F-2026-0042 — reste dû 1\u202F000,00\u00A0€",
                "💶 Pharmacie Moreau a payé F-2026-0042, 1\u202F000,00\u00A0€");
    }

    @Test
    void anEventThatCannotBeWordedIsSkippedAndTheNextOnesStillArrive() {
        long invoice = invoiceId("F-2026-0042");
        pay("234.56", "PHARMACIE MOREAU", "F-2026-0042");
        app.ledger().inTransaction(h -> {
            app.events().append(h, new Event(app.clock().instant(), "relance", "system", "payment.applied", invoice,
                    null, 1L, "garbled; amount due 1.00 EUR → 1.00 ZZZ, partially_paid"));
            return null;
        });
        pay("100.00", "PHARMACIE MOREAU", "F-2026-0042");
        notifier.runOnce();
        assertThat(slack.calls).extracting(c -> c.message().text()).containsExactly(
                "💶 Pharmacie Moreau a payé 234,56\u00A0€ sur F-2026-0042 — reste dû 1\u202F000,00\u00A0€",
                "💶 Pharmacie Moreau a payé 100,00\u00A0€ sur F-2026-0042 — reste dû 900,00\u00A0€");
    }

    /** A fresh notifier (a restart) on the same ledger and sink. */
    private Notifier notifierAfter(Duration wait) {
        Clock later = Clock.fixed(app.clock().instant().plus(wait), PARIS);
        SlackNotifications sink = new SlackNotifications(app.ledger(), app.invoices(), web, "C-CHANNEL", day -> Optional.empty(),
                app.config().company(), later);
        return new Notifier(app.ledger(), app.events(), new CursorStore(later), List.of(sink), later,
                Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    record Call(String channel, Optional<String> threadTs, SlackMessage message, String filename, String title,
                byte[] file) {
    }

    /** The fake's recorded Web API calls read back as posts and uploads, in order. */
    static final class Recorded {
        final List<Call> calls = new ForwardingList();
        private final FakeSlackApi fake;

        Recorded(FakeSlackApi fake) {
            this.fake = fake;
        }

        /** A live view: each read parses the fake's calls afresh. */
        final class ForwardingList extends java.util.AbstractList<Call> {
            @Override
            public Call get(int index) {
                return parse().get(index);
            }

            @Override
            public int size() {
                return parse().size();
            }
        }

        List<Call> parse() {
            List<Call> out = new ArrayList<>();
            String filename = null;
            byte[] bytes = null;
            for (FakeSlackApi.Call c : fake.calls()) {
                switch (c.method()) {
                    case "chat.postMessage" -> out.add(new Call(c.param("channel"),
                            Optional.ofNullable(c.param("thread_ts")),
                            new SlackMessage(c.param("text"), c.param("blocks")), null, null, null));
                    case "files.getUploadURLExternal" -> filename = c.param("filename");
                    case "upload" -> bytes = c.bytes();
                    case "files.completeUploadExternal" -> {
                        String title;
                        try {
                            title = JSON.readTree(c.param("files")).get(0).path("title").asText();
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                        out.add(new Call(c.param("channel_id"), Optional.ofNullable(c.param("thread_ts")), null,
                                filename, title, bytes));
                    }
                    default -> { }
                }
            }
            return out;
        }
    }
}
