package org.relance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.bank.IntakeResult;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest.Approve;
import org.relance.decision.DecisionRequest.Cancel;
import org.relance.decision.DecisionRequest.ConfirmMatch;
import org.relance.decision.DecisionRequest.Dispute;
import org.relance.decision.DecisionRequest.EndDispute;
import org.relance.decision.DecisionRequest.Escalate;
import org.relance.decision.DecisionRequest.MarkPaid;
import org.relance.decision.DecisionRequest.Promise;
import org.relance.decision.DecisionRequest.RejectMatch;
import org.relance.decision.DecisionRequest.Reopen;
import org.relance.decision.DecisionRequest.Snooze;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Proposal;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;
import org.relance.testing.DeskFixture;

/**
 * Every decision through the one seam, on a real SQLite ledger on 2026-12-01 in Paris: what a Slack click or an
 * email reply names (the reminder shown) is acted on, or refused as stale, never applied to another step.
 */
class DecisionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor CLAIRE = new Actor("U123", Channel.SLACK);
    private static final Actor MARC = new Actor("marc", Channel.CLI);
    private static final Actor BOT = Actor.system("relance");

    @TempDir
    Path dir;

    private DeskFixture desk;
    private App app;
    private Decisions decisions;

    @BeforeEach
    void open() throws IOException {
        desk = DeskFixture.write(dir, DeskFixture.BANK_DETAILS, """
                dunning:
                  ecbRatePercent: 2.15
                  ladder:
                    - {id: friendly, afterDueDays: 1, channel: email, template: reminder-friendly}
                    - {id: firm, afterDueDays: 8, channel: email, template: reminder-firm}
                    - {id: notice, afterDueDays: 30, channel: letter, template: formal-notice}
                """);
        app = desk.openOn(TODAY);
        desk.importInvoices(app, """
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                OTHER,Autre Client,compta@autre.test,2026-10-01,2026-11-20,EUR,80.00,0
                FUTURE,Client Futur,compta@futur.test,2026-11-20,2026-12-20,EUR,99.00,0
                """);
        decisions = app.decisions();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** What a digest shows for the invoice today: its proposal, with a reminder id. */
    private Target shown(String number) {
        Proposal p = app.plans().planFor(LocalDate.now(app.clock())).forInvoice(number).orElseThrow();
        long id = app.ledger().inTransaction(h -> app.desk().propose(h, p, BOT));
        return Target.shown(number, id, p.step());
    }

    private List<Reminder> reminders(String number) {
        return app.ledger().read(h -> app.reminders().forInvoice(h,
                app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id()));
    }

    private List<Event> events(String number) {
        return app.ledger().read(h -> app.events().forInvoice(h,
                app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id()));
    }

    private InvoiceStatus status(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow().status();
    }

    private static void assertOutcome(DecisionOutcome outcome, Status status, Reason reason) {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(status);
        assertThat(outcome.reason()).as(outcome.message()).isEqualTo(reason);
    }

    // ------------------------------------------------------------------ every request, by invoice number

    @Test
    void everyDecisionOnAnInvoiceIsDoneThenAlreadyDoneWithItsReasonAndFacts() {
        DecisionOutcome snoozed = decisions.take(new Snooze(Target.invoice("LATE"), 3), MARC);
        assertOutcome(snoozed, Status.DONE, Reason.SNOOZED);
        assertThat(snoozed.step()).isEqualTo("friendly");
        assertThat(snoozed.until()).isEqualTo(TODAY.plusDays(3));
        assertThat(snoozed.reminderId()).isEqualTo(reminders("LATE").get(0).id());
        assertThat(snoozed.message()).isEqualTo("snoozed the friendly reminder until 2026-12-04");
        assertOutcome(decisions.take(new Snooze(Target.invoice("LATE"), 3), MARC), Status.ALREADY_DONE, Reason.ALREADY);

        DecisionOutcome promised = decisions.take(new Promise(Target.invoice("OTHER"), TODAY.plusDays(5)), MARC);
        assertOutcome(promised, Status.DONE, Reason.PROMISED);
        assertThat(promised.until()).isEqualTo(TODAY.plusDays(5));
        assertOutcome(decisions.take(new Promise(Target.invoice("OTHER"), TODAY.plusDays(5)), MARC),
                Status.ALREADY_DONE, Reason.ALREADY);

        DecisionOutcome cancelled = decisions.take(new Cancel(Target.invoice("OTHER")), MARC);
        assertOutcome(cancelled, Status.DONE, Reason.CANCELLED);
        assertOutcome(decisions.take(new Cancel(Target.invoice("OTHER")), MARC), Status.ALREADY_DONE, Reason.ALREADY);

        DecisionOutcome escalated = decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        assertOutcome(escalated, Status.DONE, Reason.ESCALATED);
        assertThat(escalated.step()).isEqualTo("firm");
        assertOutcome(decisions.take(new Escalate(Target.invoice("LATE")), MARC), Status.ALREADY_DONE, Reason.ALREADY);

        assertOutcome(decisions.take(new Dispute(Target.invoice("LATE")), MARC), Status.DONE, Reason.DISPUTED);
        assertOutcome(decisions.take(new Dispute(Target.invoice("LATE")), MARC), Status.ALREADY_DONE, Reason.ALREADY);
        assertOutcome(decisions.take(new EndDispute(Target.invoice("LATE")), MARC), Status.DONE, Reason.DISPUTE_ENDED);
        assertOutcome(decisions.take(new EndDispute(Target.invoice("LATE")), MARC), Status.ALREADY_DONE,
                Reason.ALREADY);

        assertOutcome(decisions.take(new MarkPaid(Target.invoice("LATE")), MARC), Status.DONE, Reason.MARKED_PAID);
        assertOutcome(decisions.take(new MarkPaid(Target.invoice("LATE")), MARC), Status.ALREADY_DONE, Reason.ALREADY);
        assertOutcome(decisions.take(new Reopen(Target.invoice("LATE")), MARC), Status.DONE, Reason.REOPENED);
        assertOutcome(decisions.take(new Reopen(Target.invoice("LATE")), MARC), Status.ALREADY_DONE, Reason.ALREADY);
        assertThat(status("LATE")).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void decisionsThatCannotBeTakenAreRefusedWithAReasonCode() {
        assertOutcome(decisions.take(new Approve(Target.invoice("NOPE")), MARC), Status.REFUSED, Reason.UNKNOWN_INVOICE);
        assertOutcome(decisions.take(new Approve(Target.invoice("FUTURE")), MARC), Status.REFUSED, Reason.NOTHING_DUE);
        assertOutcome(decisions.take(new Snooze(Target.invoice("LATE"), 0), MARC), Status.REFUSED, Reason.OUT_OF_RANGE);
        assertOutcome(decisions.take(new Promise(Target.invoice("LATE"), TODAY.minusDays(1)), MARC), Status.REFUSED,
                Reason.OUT_OF_RANGE);
        assertOutcome(decisions.take(new Reopen(Target.invoice("LATE")), MARC), Status.REFUSED, Reason.NOT_APPLICABLE);
        decisions.take(new MarkPaid(Target.invoice("OTHER")), MARC);
        assertOutcome(decisions.take(new Approve(Target.invoice("OTHER")), MARC), Status.REFUSED,
                Reason.INVOICE_CLOSED);
        decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        DecisionOutcome last = decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        assertThat(last.status()).isIn(Status.REFUSED, Status.ALREADY_DONE);
        assertThat(last.refused()).isEqualTo(last.status() == Status.REFUSED);
    }

    @Test
    void theMatchDecisionsGoToThePaymentIntake() throws IOException {
        desk.importInvoices(app, """
                G-1,Garage Dubois SARL,compta@garage.test,2026-10-01,2026-10-31,EUR,500.00,0
                G-2,Garage Dubois SARL,compta@garage.test,2026-10-05,2026-11-04,EUR,500.00,0
                """);
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, """
                id,date,amount,currency,payer,reference
                P-1,2026-11-21,500.00,EUR,GARAGE DUBOIS,VIREMENT NOVEMBRE
                """);
        app.payments().importFile(payments, "test", "cli");
        List<IntakeResult.Suggested> open = app.ledger().read(h -> app.payments().openSuggestions(h));
        long g1 = open.stream().filter(s -> s.invoice().equals("G-1")).findFirst().orElseThrow().allocationId();
        long g2 = open.stream().filter(s -> s.invoice().equals("G-2")).findFirst().orElseThrow().allocationId();

        DecisionOutcome rejected = decisions.take(new RejectMatch(g2), CLAIRE);
        assertOutcome(rejected, Status.DONE, Reason.MATCH_REJECTED);
        assertThat(rejected.allocationId()).isEqualTo(g2);
        assertThat(rejected.invoice()).isEqualTo("G-2");
        assertOutcome(decisions.take(new RejectMatch(g2), CLAIRE), Status.ALREADY_DONE, Reason.ALREADY);
        assertOutcome(decisions.take(new ConfirmMatch(g2), CLAIRE), Status.REFUSED, Reason.NOT_APPLICABLE);

        assertOutcome(decisions.take(new ConfirmMatch(g1), CLAIRE), Status.DONE, Reason.MATCH_CONFIRMED);
        assertOutcome(decisions.take(new ConfirmMatch(g1), CLAIRE), Status.ALREADY_DONE, Reason.ALREADY);
        assertThat(status("G-1")).isEqualTo(InvoiceStatus.PAID);
        assertThat(events("G-1")).filteredOn(e -> e.kind().equals("payment.applied"))
                .singleElement().satisfies(e -> assertThat(e.channel()).isEqualTo("slack"));

        assertOutcome(decisions.take(new ConfirmMatch(999_999), CLAIRE), Status.REFUSED, Reason.UNKNOWN_ALLOCATION);
    }

    // ------------------------------------------------------------------ decisions on what was shown

    @Test
    void aClickOnTheShownReminderActsOnItAndASecondClickIsAlreadyDone() {
        Target friendly = shown("LATE");

        DecisionOutcome first = decisions.take(new Approve(friendly), CLAIRE);
        DecisionOutcome second = decisions.take(new Approve(friendly), CLAIRE);

        assertOutcome(first, Status.DONE, Reason.APPROVED);
        assertThat(first.reminderId()).isEqualTo(friendly.reminderId());
        assertThat(first.step()).isEqualTo("friendly");
        assertOutcome(second, Status.ALREADY_DONE, Reason.ALREADY);
        assertThat(second.message()).isEqualTo("the friendly reminder is already approved by U123 (slack)");
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(friendly.reminderId());
            assertThat(r.state()).isEqualTo(ReminderState.APPROVED);
        });
    }

    @Test
    void aButtonCarryingOnlyTheReminderIdFindsItsInvoiceAndStep() {
        Target friendly = shown("LATE");

        DecisionOutcome snoozed = decisions.take(new Snooze(new Target(null, friendly.reminderId(), null), 7), CLAIRE);

        assertOutcome(snoozed, Status.DONE, Reason.SNOOZED);
        assertThat(snoozed.invoice()).isEqualTo("LATE");
        assertThat(snoozed.step()).isEqualTo("friendly");
        assertThat(snoozed.until()).isEqualTo(TODAY.plusDays(7));
        assertOutcome(decisions.take(new Snooze(new Target(null, friendly.reminderId(), null), 7), CLAIRE),
                Status.ALREADY_DONE, Reason.ALREADY);
    }

    @Test
    void anUnknownReminderOrOneOfAnotherInvoiceIsRefused() {
        Target late = shown("LATE");

        assertOutcome(decisions.take(new Approve(new Target(null, 424_242L, null)), CLAIRE), Status.REFUSED,
                Reason.UNKNOWN_REMINDER);
        assertOutcome(decisions.take(new Approve(Target.shown("OTHER", late.reminderId(), "friendly")), CLAIRE),
                Status.REFUSED, Reason.UNKNOWN_REMINDER);
        assertOutcome(decisions.take(new Approve(Target.shown("LATE", late.reminderId(), "firm")), CLAIRE),
                Status.REFUSED, Reason.UNKNOWN_REMINDER);
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.PROPOSED);
    }

    @Test
    void aFormalNoticeIsNeverApprovedFromAnItemThatShowedTheFriendlyStep() {
        Target friendly = shown("LATE");
        decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        // The next morning, the item of the day before is still in the channel; escalated again.
        app.close();
        app = desk.openOn(TODAY.plusDays(1));
        decisions = app.decisions();
        decisions.take(new Escalate(Target.invoice("LATE")), MARC);
        assertThat(app.plans().planFor(TODAY.plusDays(1)).forInvoice("LATE")).hasValueSatisfying(
                p -> assertThat(p.step()).isEqualTo("notice"));

        DecisionOutcome click = decisions.take(new Approve(friendly), CLAIRE);

        assertOutcome(click, Status.STALE, Reason.PROPOSAL_CHANGED);
        assertThat(click.step()).isEqualTo("friendly");
        assertThat(click.reminderId()).isEqualTo(friendly.reminderId());
        assertThat(click.message()).isEqualTo("the friendly reminder was replaced by the notice step (escalated by marc"
                + " (cli)), now proposed");
        assertThat(reminders("LATE")).noneMatch(r -> r.state() == ReminderState.APPROVED);
        assertThat(events("LATE")).noneMatch(e -> e.kind().equals("reminder.approved"));
        assertThat(click.queued().queued()).isEmpty();
        // The notice itself can be approved, from an item that shows it.
        assertOutcome(decisions.take(new Approve(shown("LATE")), CLAIRE), Status.DONE, Reason.APPROVED);
    }

    @Test
    void aClickAfterSomeoneElseDecidedDifferentlyIsStaleAndSaysWhoAndHow() {
        Target friendly = shown("LATE");
        decisions.take(new Snooze(friendly, 7), CLAIRE);

        DecisionOutcome approve = decisions.take(new Approve(friendly), MARC);
        DecisionOutcome otherSnooze = decisions.take(new Snooze(friendly, 3), MARC);

        assertOutcome(approve, Status.STALE, Reason.DECIDED_BY_SOMEONE_ELSE);
        assertThat(approve.message()).isEqualTo("already snoozed until 2026-12-08 by U123 (slack)");
        assertOutcome(otherSnooze, Status.STALE, Reason.DECIDED_BY_SOMEONE_ELSE);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReminderState.SNOOZED);
            assertThat(r.snoozedUntil()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void aClickOnAPaidInvoiceIsStaleButMarkingItPaidAgainIsAlreadyDone() {
        Target friendly = shown("LATE");
        decisions.take(new MarkPaid(Target.invoice("LATE")), MARC);

        DecisionOutcome approve = decisions.take(new Approve(friendly), CLAIRE);
        DecisionOutcome paid = decisions.take(new MarkPaid(friendly), CLAIRE);

        assertOutcome(approve, Status.STALE, Reason.INVOICE_PAID);
        assertThat(approve.message()).isEqualTo("LATE is already paid by marc (cli): nothing to chase");
        assertOutcome(paid, Status.ALREADY_DONE, Reason.ALREADY);
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
    }

    @Test
    void aDoubleClickOnEscalateEscalatesOnce() {
        Target friendly = shown("LATE");

        DecisionOutcome first = decisions.take(new Escalate(friendly), CLAIRE);
        DecisionOutcome second = decisions.take(new Escalate(friendly), CLAIRE);

        assertOutcome(first, Status.DONE, Reason.ESCALATED);
        assertOutcome(second, Status.ALREADY_DONE, Reason.ALREADY);
        assertThat(second.step()).isEqualTo("firm");
        assertThat(reminders("LATE")).extracting(Reminder::step, Reminder::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("friendly", ReminderState.CANCELLED),
                org.assertj.core.groups.Tuple.tuple("firm", ReminderState.PROPOSED));
    }

    @Test
    void aDoubleClickOnAPromiseRecordsItOnce() {
        Target friendly = shown("LATE");

        assertOutcome(decisions.take(new Promise(friendly, TODAY.plusDays(10)), CLAIRE), Status.DONE, Reason.PROMISED);
        assertOutcome(decisions.take(new Promise(friendly, TODAY.plusDays(10)), CLAIRE), Status.ALREADY_DONE,
                Reason.ALREADY);
        assertOutcome(decisions.take(new Promise(friendly, TODAY.plusDays(12)), MARC), Status.STALE,
                Reason.DECIDED_BY_SOMEONE_ELSE);
        assertThat(events("LATE")).filteredOn(e -> e.kind().equals("reminder.promised")).hasSize(1);
    }

    @Test
    void aHeldReminderShownInANotificationCanBeApprovedSnoozedOrDisputed() {
        Target friendly = shown("LATE");
        Target other = shown("OTHER");
        app.ledger().inTransaction(h -> {
            app.desk().customerReplied(h, reminders("LATE").get(0).invoiceId(), "a@b.test", "Re: facture", BOT);
            app.desk().customerReplied(h, reminders("OTHER").get(0).invoiceId(), "a@b.test", "Re: facture", BOT);
            return null;
        });
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.ON_HOLD);

        DecisionOutcome resumed = decisions.take(new Approve(friendly), CLAIRE);
        DecisionOutcome disputed = decisions.take(new Dispute(other), CLAIRE);

        assertOutcome(resumed, Status.DONE, Reason.APPROVED);
        assertThat(resumed.reminderId()).isEqualTo(friendly.reminderId());
        assertOutcome(disputed, Status.DONE, Reason.DISPUTED);
        assertThat(status("OTHER")).isEqualTo(InvoiceStatus.DISPUTED);
        assertOutcome(decisions.take(new Snooze(other, 3), CLAIRE), Status.STALE, Reason.DECIDED_BY_SOMEONE_ELSE);
    }

    @Test
    void aSnoozedHeldReminderComesBackShownAndIsAValidTargetThen() {
        Target friendly = shown("LATE");
        app.ledger().inTransaction(h -> app.desk().customerReplied(h, reminders("LATE").get(0).invoiceId(),
                "a@b.test", "Re: facture", BOT));

        assertOutcome(decisions.take(new Snooze(friendly, 3), CLAIRE), Status.DONE, Reason.SNOOZED);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReminderState.SNOOZED);
            assertThat(r.snoozedUntil()).isEqualTo(TODAY.plusDays(3));
        });
    }

    @Test
    void anApprovedReminderShownCanBeCancelledOnceAndAnApproveClickAfterThatIsStale() {
        Target friendly = shown("LATE");
        app.ledger().inTransaction(h -> decisions.take(h, new Approve(friendly), MARC));

        DecisionOutcome cancelled = decisions.take(new Cancel(friendly), CLAIRE);
        DecisionOutcome again = decisions.take(new Cancel(friendly), CLAIRE);
        DecisionOutcome approve = decisions.take(new Approve(friendly), CLAIRE);

        assertOutcome(cancelled, Status.DONE, Reason.CANCELLED);
        assertOutcome(again, Status.ALREADY_DONE, Reason.ALREADY);
        assertOutcome(approve, Status.STALE, Reason.DECIDED_BY_SOMEONE_ELSE);
        assertThat(approve.message()).isEqualTo("the friendly reminder was cancelled by U123 (slack): the friendly step "
                + "is proposed now");
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
    }

    // ------------------------------------------------------------------ transactions and queueing

    @Test
    void aDecisionInTheCallersTransactionIsUndoneWhenTheCallerRollsBack() {
        Target friendly = shown("LATE");
        long eventsBefore = app.ledger().read(h -> app.events().count(h));

        try {
            app.ledger().inTransaction(h -> {
                DecisionOutcome outcome = decisions.take(h, new Approve(friendly), CLAIRE);
                assertOutcome(outcome, Status.DONE, Reason.APPROVED);
                assertThat(outcome.queued().queued()).isEmpty();
                throw new IllegalStateException("the mail record could not be written");
            });
        } catch (IllegalStateException expected) {
            // the caller's rollback
        }

        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.PROPOSED);
        assertThat((long) app.ledger().read(h -> app.events().count(h))).isEqualTo(eventsBefore);
        assertThat(outboxRows()).isZero();
    }

    @Test
    void aDecisionJoiningTheCallersTransactionCommitsWithItButDoesNotQueue() {
        Target friendly = shown("LATE");

        DecisionOutcome outcome = app.ledger().inTransaction(h -> decisions.take(h, new Approve(friendly), CLAIRE));

        assertOutcome(outcome, Status.DONE, Reason.APPROVED);
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.APPROVED);
        assertThat(outboxRows()).isZero();
        // The send loop's sweep picks it up after the commit.
        assertThat(app.reminderMailer().queueApproved().queued()).extracting(q -> q.invoices())
                .containsExactly(List.of("LATE"));
    }

    @Test
    void anApprovalQueuesItsMessageRightAfterItsCommit() {
        DecisionOutcome outcome = decisions.take(new Approve(shown("LATE")), CLAIRE);

        assertOutcome(outcome, Status.DONE, Reason.APPROVED);
        assertThat(outcome.queued().queued()).singleElement().satisfies(q -> {
            assertThat(q.to()).isEqualTo("compta@retard.test");
            assertThat(q.invoices()).containsExactly("LATE");
            assertThat(q.messageId()).isNotBlank();
        });
        assertThat(outboxRows()).isEqualTo(1);
        assertThat(decisions.take(new Approve(Target.invoice("LATE")), CLAIRE).status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(outboxRows()).isEqualTo(1);
    }

    private int outboxRows() {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Integer.class).one());
    }
}
