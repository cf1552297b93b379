package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
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
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;

/**
 * Replies applied to a stored digest through the seam, on a real SQLite ledger on Wednesday 2 December 2026 at 09:00
 * in Paris. Items: 1 Client Gros (BIG), 2 Client Vieux (OLD), 3 Client Groupe (G1 + G2), 4 Client Petit (no address).
 */
class DigestRepliesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Actor CLAIRE = new Actor("claire", Channel.TERMINAL);

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
                G1,Client Groupe,compta@groupe.test,2026-10-12,2026-11-12,EUR,300.00,0
                G2,Client Groupe,compta@groupe.test,2026-10-17,2026-11-17,EUR,200.00,0
                SMALL,Client Petit,,2026-10-30,2026-11-30,EUR,50.00,0
                """);
        RelanceConfig config = ConfigLoader.load(file, Map.of());
        app = Main.wire(config, Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
        app.invoiceImport().importCsv(csv, "test", "cli");
        digest = app.digests().build(TODAY, false);
        assertThat(digest.items()).extracting(DigestItem::customer)
                .containsExactly("Client Gros", "Client Vieux", "Client Groupe", "Client Petit");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ReplyResult reply(String text) {
        return app.digestReplies().apply(digest.id(), text, CLAIRE);
    }

    private int outboxRows() {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Integer.class).one());
    }

    @Test
    void anApprovalByReplyIsTakenThroughTheSeamAndQueuedAfterItsCommit() {
        ReplyResult result = reply("ok 1");

        assertThat(result.allOk()).isTrue();
        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.DONE);
            assertThat(o.reason()).isEqualTo(Reason.APPROVED);
            assertThat(o.invoice()).isEqualTo("BIG");
        });
        assertThat(outboxRows()).isEqualTo(1);
        java.util.List<org.relance.ledger.LoggedEvent> approved =
                app.ledger().read(h -> app.events().since(h, 0, java.util.Set.of("reminder.approved"), 10));
        assertThat(approved).anySatisfy(e -> {
                    assertThat(e.event().actor()).isEqualTo("claire");
                    assertThat(e.event().channel()).isEqualTo("terminal");
                });
    }

    @Test
    void aGroupedItemTakesOneDecisionPerMember() {
        ReplyResult result = reply("reporter 3 14");

        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.items()).singleElement().satisfies(item -> assertThat(item.item().position()).isEqualTo(3));
            assertThat(line.outcomes()).extracting(DecisionOutcome::invoice).containsExactly("G1", "G2");
            assertThat(line.outcomes()).allSatisfy(o -> {
                assertThat(o.reason()).isEqualTo(Reason.SNOOZED);
                assertThat(o.until()).isEqualTo(TODAY.plusDays(14));
            });
        });
    }

    @Test
    void anUnknownItemIsRefusedAndSaidSoWhileTheOthersAreActedOn() {
        ReplyResult result = reply("ok 1 9");

        assertThat(result.allOk()).isFalse();
        assertThat(result.lines().get(0).missing()).containsExactly(9);
        assertThat(result.outcomes()).extracting(DecisionOutcome::invoice).containsExactly("BIG");
        assertThat(result.confirmation(Locale.FRENCH)).contains("pas d'élément 9 dans ce digest")
                .contains("✔ 1 Client Gros BIG : relance approuvée");
        assertThat(result.confirmation(Locale.ENGLISH)).contains("no item 9 in this digest");
    }

    @Test
    void aStaleItemIsRefusedAndSaidSoNeverAppliedToWhatIsProposedNow() {
        app.decisions().take(new DecisionRequest.MarkPaid(DecisionRequest.Target.invoice("OLD")), Actor.cli("bob"));

        ReplyResult result = reply("ok 2");

        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.STALE);
            assertThat(o.reason()).isEqualTo(Reason.INVOICE_PAID);
        });
        assertThat(outboxRows()).isZero();
        assertThat(result.confirmation(Locale.FRENCH)).contains("✘ 2 Client Vieux OLD : refusé, périmé")
                .contains("la facture est payée");
    }

    @Test
    void theSameReplyTwiceIsAlreadyDoneTheSecondTime() {
        reply("ok 1");
        ReplyResult again = reply("ok 1");

        assertThat(again.outcomes()).extracting(DecisionOutcome::status).containsExactly(Status.ALREADY_DONE);
        assertThat(outboxRows()).isEqualTo(1);
    }

    @Test
    void approveAllActsOnEveryItemAndReportsTheOneWithoutAnAddress() {
        ReplyResult result = reply("tout valider");

        assertThat(result.outcomes()).extracting(DecisionOutcome::invoice)
                .containsExactly("BIG", "OLD", "G1", "G2", "SMALL");
        assertThat(result.confirmation(Locale.FRENCH)).contains("✔ 3 Client Groupe G1").contains("✔ 3 Client Groupe G2");
    }

    @Test
    void theConfirmationListsWhatWasDoneRefusedAndNotUnderstoodAndHowToGetHelp() {
        ReplyResult result = reply("""
                Bonjour,
                ok 1
                promesse 2 15/12/2026
                escalader 3
                bla bla 7
                """);

        String fr = result.confirmation(Locale.FRENCH);
        assertThat(fr).contains("✔ 1 Client Gros BIG : relance approuvée")
                .contains("✔ 2 Client Vieux OLD : promesse de paiement notée pour le 15/12/2026")
                .contains("✔ 3 Client Groupe G1 : escaladée")
                .contains("? « bla bla 7 » : pas compris")
                .contains("Répondez « aide »")
                .doesNotContain("Bonjour");
        String en = result.confirmation(Locale.ENGLISH);
        assertThat(en).contains("✔ 1 Client Gros BIG : reminder approved").contains("promise to pay by 2026-12-15")
                .contains("Reply \"help\"");
    }

    @Test
    void aReplyOverTheCapSaysHowManyLinesWereNotRead() {
        ReplyResult result = reply("ok 1\n" + "bof 2\n".repeat(ReplyGrammar.MAX_COMMANDS + 49));

        assertThat(result.skipped()).isEqualTo(50);
        assertThat(result.outcomes()).hasSize(1);
        assertThat(result.confirmation(Locale.FRENCH)).contains("50 lignes de plus non lues (au plus 200 par réponse)");
    }

    @Test
    void helpAnswersWithTheGrammar() {
        ReplyResult result = reply("aide");

        assertThat(result.allOk()).isTrue();
        assertThat(result.confirmation(Locale.FRENCH)).contains(ReplyGrammar.help(Locale.FRENCH));
    }

    @Test
    void inTheCallersTransactionDecisionsRollBackWithIt() {
        try {
            app.ledger().inTransaction(h -> {
                app.digestReplies().apply(h, digest.id(), "payé 1", new Actor("claire@acme.test", Channel.EMAIL));
                throw new IllegalStateException("the mail record failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(reply("payé 1").outcomes()).extracting(DecisionOutcome::status).containsExactly(Status.DONE);
    }
}
