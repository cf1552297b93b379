package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;

/** Decisions through the desk on a real SQLite ledger, on 2026-12-01 in Paris. */
class ReminderDeskTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor ALICE = new Actor("alice", Channel.CLI);

    @TempDir
    Path dir;

    private RelanceConfig config;
    private App app;

    @BeforeEach
    void open() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                OTHER,Autre Client,,2026-10-01,2026-11-20,EUR,80.00,0
                FUTURE,Client Futur,,2026-11-20,2026-12-20,EUR,99.00,0
                """);
        config = ConfigLoader.load(file, Map.of());
        app = appOn(TODAY);
        app.invoiceImport().importCsv(csv, "test", "cli");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private App appOn(LocalDate day) {
        return Main.wire(config, Clock.fixed(day.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
    }

    private Plan planOn(LocalDate day) {
        try (App other = appOn(day)) {
            return other.plans().planFor(day);
        }
    }

    private List<Reminder> reminders(String number) {
        return app.ledger().read(h -> app.reminders().forInvoice(h,
                app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id()));
    }

    private List<Event> events(String number) {
        return app.ledger().read(h -> app.events().forInvoice(h,
                app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id()));
    }

    @Test
    void approvingTwiceIsOneApprovalWithOneEvent() {
        Decision first = app.desk().approve("LATE", ALICE);
        Decision second = app.desk().approve("LATE", ALICE);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(second.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReminderState.APPROVED);
            assertThat(r.step()).isEqualTo("friendly");
        });
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("reminder.approved")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("alice");
                    assertThat(e.channel()).isEqualTo("cli");
                });
    }

    @Test
    void anApprovedReminderIsNotProposedAgain() {
        app.desk().approve("LATE", ALICE);

        assertThat(app.plans().planFor(TODAY).forInvoice("LATE")).isEmpty();
        assertThat(app.plans().planFor(TODAY).forInvoice("OTHER")).isPresent();
    }

    @Test
    void aSnoozedReminderComesBackOnItsDateAndNotBefore() {
        app.desk().snooze("LATE", 3, ALICE);

        assertThat(planOn(TODAY.plusDays(2)).forInvoice("LATE")).isEmpty();
        Proposal back = planOn(TODAY.plusDays(3)).forInvoice("LATE").orElseThrow();
        assertThat(back.step()).isEqualTo("friendly");
        assertThat(back.reminderId()).isEqualTo(reminders("LATE").get(0).id());
    }

    @Test
    void markingPaidCancelsTheApprovedReminderAndRepeatingItIsHarmless() {
        app.desk().approve("LATE", ALICE);

        Decision paid = app.desk().markPaid("LATE", ALICE);
        Decision again = app.desk().markPaid("LATE", ALICE);

        assertThat(paid.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.CANCELLED));
        assertThat(app.ledger().read(h -> app.invoices().find(h, "LATE", InvoiceKind.INVOICE)).orElseThrow().status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(app.plans().planFor(TODAY.plusDays(30)).forInvoice("LATE")).isEmpty();
    }

    @Test
    void escalationSkipsAheadToTheNextStepWhateverItsDay() {
        Decision decision = app.desk().escalate("LATE", ALICE);

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DONE);
        Proposal proposal = app.plans().planFor(TODAY).forInvoice("LATE").orElseThrow();
        assertThat(proposal.step()).isEqualTo("firm");
        assertThat(proposal.daysOverdue()).isEqualTo(1);
    }

    @Test
    void aBrokenPromiseResumesTheChaseTheDayAfterThePromisedDate() {
        app.desk().promise("LATE", LocalDate.of(2026, 12, 5), ALICE);

        assertThat(planOn(LocalDate.of(2026, 12, 5)).forInvoice("LATE")).isEmpty();
        assertThat(planOn(LocalDate.of(2026, 12, 6)).forInvoice("LATE")).isPresent();
    }

    @Test
    void aDisputedInvoiceIsNotChasedAndCannotBeApproved() {
        app.desk().approve("LATE", ALICE);
        app.desk().dispute("LATE", ALICE);

        assertThat(reminders("LATE")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.ON_HOLD));
        assertThat(planOn(TODAY.plusDays(20)).forInvoice("LATE")).isEmpty();
        assertThat(app.desk().approve("LATE", ALICE).message()).contains("disputed");
    }

    @Test
    void decisionsThatCannotBeTakenAreRefusedWithAReason() {
        assertThat(app.desk().approve("NOPE", ALICE)).isEqualTo(
                new Decision("NOPE", Decision.Outcome.REFUSED, "unknown invoice NOPE", Decision.Code.UNKNOWN_INVOICE, null, null, null));
        assertThat(app.desk().approve("FUTURE", ALICE).message()).isEqualTo("no reminder is due today for FUTURE");
        assertThat(app.desk().snooze("LATE", 0, ALICE).refused()).isTrue();
        assertThat(app.desk().promise("LATE", TODAY.minusDays(1), ALICE).refused()).isTrue();
        assertThat(reminders("FUTURE")).isEmpty();
    }

    @Test
    void cancellingAnApprovedReminderMeansItIsNeverQueuedAndRepeatingItIsHarmless() {
        assertThat(app.desk().approve("LATE", ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);

        Decision cancelled = app.desk().cancel("LATE", ALICE);
        Decision again = app.desk().cancel("LATE", ALICE);

        assertThat(cancelled.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
        assertThat(events("LATE")).extracting(Event::kind).containsOnlyOnce("reminder.cancelled");
        assertThat(app.reminderMailer().queueApproved().queued()).isEmpty();
        assertThat(app.desk().cancel("NOPE", ALICE).outcome()).isEqualTo(Decision.Outcome.REFUSED);
    }

    private Decision customerReplied(String number) {
        return app.ledger().inTransaction(h -> app.desk().customerReplied(h,
                app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id(), "compta@retard.test",
                "Re: rappel", new Actor("compta@retard.test", Channel.EMAIL)));
    }

    @Test
    void aCustomerReplyHoldsEveryPendingReminderAndTheChaseStaysPausedUntilADecision() {
        app.desk().snooze("LATE", 3, ALICE);

        Decision paused = customerReplied("LATE");
        Decision again = customerReplied("LATE");

        assertThat(paused.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.ON_HOLD);
        assertThat(planOn(TODAY.plusDays(40)).forInvoice("LATE")).isEmpty();
        assertThat(events("LATE")).extracting(Event::kind)
                .containsSubsequence("customer.replied", "reminder.on_hold", "customer.replied");
    }

    @Test
    void snoozingAHeldChaseBringsTheHeldStepBackOnItsDate() {
        customerReplied("LATE");

        Decision snoozed = app.desk().snooze("LATE", 5, ALICE);

        assertThat(snoozed.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(planOn(TODAY.plusDays(4)).forInvoice("LATE")).isEmpty();
        assertThat(planOn(TODAY.plusDays(5)).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("friendly"));
    }

    @Test
    void escalatingAHeldChaseCancelsTheHoldAndProposesTheStepAfterTheHeldOne() {
        customerReplied("LATE");
        assertThat(reminders("LATE")).extracting(Reminder::step).containsExactly("friendly");

        Decision escalated = app.desk().escalate("LATE", ALICE);

        assertThat(escalated.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(reminders("LATE")).extracting(Reminder::state)
                .containsExactly(ReminderState.CANCELLED, ReminderState.PROPOSED);
        assertThat(app.plans().planFor(TODAY).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("firm"));
    }

    @Test
    void aDisputeKeepsAHeldChaseOnHoldAndMarkingPaidCancelsIt() {
        customerReplied("LATE");
        customerReplied("OTHER");

        app.desk().dispute("LATE", ALICE);
        app.desk().markPaid("OTHER", ALICE);

        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.ON_HOLD);
        assertThat(app.desk().approve("LATE", ALICE).refused()).isTrue();
        assertThat(reminders("OTHER")).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
    }

    @Test
    void aReplyAboutAPaidInvoiceIsRecordedButHoldsNothing() {
        app.desk().markPaid("LATE", ALICE);

        Decision decision = customerReplied("LATE");

        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("LATE")).isEmpty();
        assertThat(events("LATE")).extracting(Event::kind).contains("customer.replied");
    }

    private static final Actor BOT = Actor.system("relance");

    private long propose(App on, Proposal p) {
        return on.ledger().inTransaction(h -> on.desk().propose(h, p, BOT));
    }

    @Test
    void proposingGivesTheShownProposalOneReminderThatThePlannerProposesAgainTheNextDay() {
        Proposal shown = app.plans().planFor(TODAY).forInvoice("LATE").orElseThrow();
        assertThat(shown.reminderId()).isNull();

        long id = propose(app, shown);
        long again = propose(app, shown);

        assertThat(again).isEqualTo(id);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.state()).isEqualTo(ReminderState.PROPOSED);
            assertThat(r.step()).isEqualTo("friendly");
            assertThat(r.channel()).isEqualTo(shown.channel());
        });
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("reminder.proposed")).singleElement()
                .satisfies(e -> assertThat(e.reminderId()).isEqualTo(id));
        Proposal today = app.plans().planFor(TODAY).forInvoice("LATE").orElseThrow();
        assertThat(today.reminderId()).isEqualTo(id);
        assertThat(propose(app, today)).isEqualTo(id);
        try (App tomorrow = appOn(TODAY.plusDays(1))) {
            Proposal next = tomorrow.plans().planFor(TODAY.plusDays(1)).forInvoice("LATE").orElseThrow();
            assertThat(next.reminderId()).isEqualTo(id);
            assertThat(next.step()).isEqualTo("friendly");
            assertThat(propose(tomorrow, next)).isEqualTo(id);
        }
        assertThat(reminders("LATE")).hasSize(1);
    }

    @Test
    void approvingByInvoiceAfterAProposalApprovesThatSameReminder() {
        long id = propose(app, app.plans().planFor(TODAY).forInvoice("LATE").orElseThrow());

        Decision approved = app.desk().approve("LATE", ALICE);

        assertThat(approved.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.state()).isEqualTo(ReminderState.APPROVED);
        });
        assertThat(app.desk().approve("LATE", ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
    }
}
