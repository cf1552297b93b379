package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.dunning.Actor;
import org.relance.ledger.Money;
import org.relance.testing.DeskFixture;

/** The day's digest built from a real SQLite ledger on Wednesday 2 December 2026 at 09:00 in Paris. */
class DigestServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private DeskFixture desk;
    private App app;

    @BeforeEach
    void open() throws IOException {
        desk = DeskFixture.write(dir, "locale: fr", "dunning: {ecbRatePercent: 2.15, groupByCustomer: true}\n");
        app = desk.openOn(TODAY);
        desk.importInvoices(app, """
                BIG,Client Gros,compta@gros.test,2026-10-22,2026-11-22,EUR,10000.00,0
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                G1,Client Groupe,compta@groupe.test,2026-10-12,2026-11-12,EUR,300.00,0
                G2,Client Groupe,compta@groupe.test,2026-10-17,2026-11-17,EUR,200.00,0
                SMALL,Client Petit,,2026-10-30,2026-11-30,EUR,50.00,0
                FUTURE,Client Futur,compta@futur.test,2026-11-20,2026-12-20,EUR,99.00,0
                """);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static DigestService service(App app, int maxItems) {
        org.relance.config.Digest settings = new org.relance.config.Digest(LocalTime.of(9, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), Optional.empty(), maxItems);
        return DeskFixture.digestService(app, settings);
    }

    private int reminderCount() {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM reminders").mapTo(Integer.class).one());
    }

    @Test
    void itemsAreNumberedBiggestFirstByAmountDueTimesDaysOverdue() {
        Digest digest = service(app, 50).build(TODAY, false);

        assertThat(digest.items()).extracting(DigestItem::position).containsExactly(1, 2, 3, 4);
        assertThat(digest.items()).extracting(DigestItem::customer)
                .containsExactly("Client Gros", "Client Vieux", "Client Groupe", "Client Petit");
        DigestItem big = digest.items().get(0);
        assertThat(big.invoices()).containsExactly("BIG");
        assertThat(big.amountDue()).isEqualTo(Money.of("10000.00", "EUR"));
        assertThat(big.daysOverdue()).isEqualTo(10);
        assertThat(big.step()).isEqualTo("friendly");
        assertThat(big.channel()).isEqualTo("email");
    }

    @Test
    void aCustomersInvoicesAtOneStepAreOneItemWithAReminderForEachInvoice() {
        DigestItem group = service(app, 50).build(TODAY, false).items().get(2);

        assertThat(group.invoices()).containsExactly("G1", "G2");
        assertThat(group.members()).extracting(DigestItem.Member::reminderId).doesNotHaveDuplicates();
        assertThat(group.amountDue()).isEqualTo(Money.of("500.00", "EUR"));
        assertThat(group.daysOverdue()).isEqualTo(20);
        assertThat(group.recoveryIndemnity()).isEqualTo(Money.of("80.00", "EUR"));
        assertThat(group.lateInterest()).isNotNull();
    }

    @Test
    void eachShownItemHasAOneLinePreviewOfWhatWouldBeSentOrWhyNothingCanBe() {
        Digest digest = service(app, 50).build(TODAY, false);

        assertThat(digest.items().get(0).preview()).contains("BIG").doesNotContain("\n");
        assertThat(digest.items().get(3).preview()).startsWith("⚠").contains("Client Petit");
    }

    @Test
    void buildingTheSameDaysDigestAgainMakesANewDigestButNeverADuplicateReminder() {
        DigestService service = service(app, 50);
        Digest first = service.build(TODAY, false);
        int reminders = reminderCount();
        Digest second = service.build(TODAY, false);

        assertThat(reminderCount()).isEqualTo(reminders).isEqualTo(5);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.token()).isNotEqualTo(first.token()).matches("[A-Z2-7]{8}");
        assertThat(second.items()).isEqualTo(first.items());
        assertThat(app.ledger().read(h -> service.store().forDay(h, TODAY)).orElseThrow().id()).isEqualTo(second.id());
    }

    @Test
    void theStoredDigestReadsBackAsItWasShownByDayTokenAndReminder() {
        DigestService service = service(app, 50);
        Digest built = service.build(TODAY, false);
        DigestStore store = service.store();

        Digest stored = app.ledger().read(h -> store.forDay(h, TODAY)).orElseThrow();
        assertThat(stored).isEqualTo(built);
        Optional<Digest> byToken = app.ledger().read(h -> store.byToken(h, built.token().toLowerCase()));
        assertThat(byToken).contains(built);
        DigestItem group = built.items().get(2);
        long g2 = group.members().get(1).reminderId();
        Optional<DigestItem> byReminder = app.ledger().read(h -> store.itemForReminder(h, g2));
        assertThat(byReminder).contains(group);
        Optional<DigestItem> byPosition = app.ledger().read(h -> store.item(h, built.id(), 3));
        assertThat(byPosition).contains(group);
        Optional<Digest> yesterday = app.ledger().read(h -> store.forDay(h, TODAY.minusDays(1)));
        assertThat(yesterday).isEmpty();
    }

    @Test
    void beyondMaxItemsTheRestIsCountedAndTotalledAndGetsNoReminder() {
        Digest digest = service(app, 2).build(TODAY, false);

        assertThat(digest.items()).extracting(DigestItem::customer).containsExactly("Client Gros", "Client Vieux");
        assertThat(digest.details().rest().count()).isEqualTo(2);
        assertThat(digest.details().rest().totals()).containsExactly(Money.of("550.00", "EUR"));
        assertThat(reminderCount()).isEqualTo(2);
    }

    @Test
    void theSummaryGivesTheTotalOverdueTheOldestAndWhatChangedSinceThePreviousDigest() {
        try (App yesterday = desk.openOn(TODAY.minusDays(1))) {
            service(yesterday, 50).build(TODAY.minusDays(1), false);
        }
        app.desk().markPaid("OLD", Actor.cli("alice"));

        DigestDetails.Summary summary = service(app, 50).build(TODAY, false).details().summary();

        assertThat(summary.overdue()).containsExactly(Money.of("10550.00", "EUR"));
        assertThat(summary.overdueCount()).isEqualTo(4);
        assertThat(summary.oldest()).isEqualTo(new DigestDetails.Oldest("G1", "Client Groupe", 20));
        assertThat(summary.since()).isEqualTo(TODAY.minusDays(1));
        assertThat(summary.paidSince()).containsExactly("OLD");
        // SMALL fell due on 30 November: overdue on the 1st already, so not new; nothing fell due on the 1st.
        assertThat(summary.newlyOverdue()).isEmpty();
    }

    @Test
    void theFirstDigestCountsEveryOverdueInvoiceAsNew() {
        DigestDetails.Summary summary = service(app, 50).build(TODAY, false).details().summary();

        assertThat(summary.since()).isNull();
        assertThat(summary.newlyOverdue()).containsExactly("BIG", "G1", "G2", "OLD", "SMALL");
    }

    @Test
    void messagesInReviewAndQuarantinedMailAreListed() {
        DigestService service = service(app, 50);
        long reminder = service.build(TODAY, false).items().get(0).reminderId();
        String now = app.clock().instant().toString();
        app.ledger().inTransaction(h -> {
            h.execute("""
                    INSERT INTO outbox (reminder_id, purpose, recipients, subject, body_text, message_id, state,
                        last_error, created_at, updated_at)
                    VALUES (?, 'reminder', 'compta@gros.test', 'Facture BIG', 'x', '<m1@acme.test>', 'needs_review',
                        'connection lost after DATA', ?, ?)""", reminder, now, now);
            h.execute("""
                    INSERT INTO processed_messages (folder, uidvalidity, uid, message_id, body_hash, outcome,
                        processed_at, reason)
                    VALUES ('INBOX', 1, 7, '<q@x.test>', 'h', 'quarantined', ?, 'sender not trusted')""", now);
            return null;
        });

        List<DigestDetails.InReview> inReview = service.build(TODAY, false).details().inReview();

        assertThat(inReview).containsExactly(
                new DigestDetails.InReview("outbox", "Facture BIG", "connection lost after DATA", "BIG", reminder),
                new DigestDetails.InReview("quarantine", "<q@x.test>", "sender not trusted", null, null));
    }

    @Test
    void anEmailedDigestIsFoundByTheMessageIdAReplyAnswers() {
        DigestService service = service(app, 50);
        Digest digest = service.build(TODAY, false);
        app.ledger().inTransaction(h -> {
            service.store().recordEmail(h, digest.id(), "<digest-1@acme.test>");
            service.store().recordEmail(h, digest.id(), "<other@acme.test>");
            return null;
        });

        Optional<Digest> found = app.ledger().read(h -> service.store().byMessageId(h, "<digest-1@acme.test>"));
        assertThat(found).contains(digest);
        Optional<Digest> other = app.ledger().read(h -> service.store().byMessageId(h, "<other@acme.test>"));
        assertThat(other).isEmpty();
    }

    @Test
    void theFirstSlackPostOfTheDayIsTheDaysThreadAndEveryMessageIsKept() {
        DigestService service = service(app, 50);
        DigestStore store = service.store();
        Digest first = service.build(TODAY, true);
        Digest second = service.build(TODAY, false);
        app.ledger().inTransaction(h -> {
            store.recordSlackPost(h, first.id(), "C1", List.of("1.1", "1.2"));
            store.recordSlackPost(h, first.id(), "C1", List.of("9.9"));
            store.recordSlackPost(h, second.id(), "C1", List.of("2.1"));
            return null;
        });

        Optional<SlackThread> thread = app.ledger().read(h -> store.slackThread(h, TODAY));
        assertThat(thread).contains(new SlackThread("C1", "1.1"));
        List<String> messages = app.ledger().read(h -> store.slackMessages(h, first.id()));
        assertThat(messages).containsExactly("1.1", "1.2");
        Optional<SlackThread> secondPost = app.ledger().read(h -> store.slackPost(h, second.id()));
        assertThat(secondPost).contains(new SlackThread("C1", "2.1"));
        Optional<SlackThread> yesterday = app.ledger().read(h -> store.slackThread(h, TODAY.minusDays(1)));
        assertThat(yesterday).isEmpty();
    }
}
