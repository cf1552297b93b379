package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.relance.bank.BankCredit;
import org.relance.bank.IntakeResult;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;
import org.relance.ledger.Money;

/**
 * The desk's guarantees a person relies on: a hold lifted never skips the ladder's gap, every decision repeated is
 * harmless, the reverse decisions (reopen, resolve), bounds and refusals with their reason; on a real SQLite ledger,
 * 2026-12-01 in Paris, default ladder (friendly 1, firm 8, call 15, notice 30; 7 days between steps).
 */
class ReminderDeskGuaranteesTest {

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
                FA-2026-0300,Client Tenu,compta@tenu.test,2026-10-01,2026-11-20,EUR,300.00,0
                FA-2026-0301,Client Un,compta@un.test,2026-10-01,2026-11-20,EUR,301.00,0
                FA-2026-0302,Client Deux,compta@deux.test,2026-10-01,2026-11-20,EUR,302.00,0
                FA-2026-0303,Client Trois,compta@trois.test,2026-10-01,2026-11-20,EUR,303.00,0
                NOMAIL,Client Sans Mail,,2026-10-01,2026-11-20,EUR,80.00,0
                AV-1,Client Avoir,compta@avoir.test,2026-11-01,2026-12-01,EUR,-50.00,0
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

    private Invoice invoice(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow();
    }

    private List<Reminder> reminders(String number) {
        long id = invoice(number).id();
        return app.ledger().read(h -> app.reminders().forInvoice(h, id));
    }

    private List<Event> events(String number, String kind) {
        long id = invoice(number).id();
        return app.ledger().read(h -> app.events().forInvoice(h, id)).stream()
                .filter(e -> e.kind().equals(kind)).toList();
    }

    private void sent(String number, String step, String channel, LocalDate on) {
        long id = invoice(number).id();
        Instant at = on.atTime(8, 0).atZone(PARIS).toInstant();
        app.ledger().inTransaction(h -> app.reminders().recordSent(h, id, step, channel, at, "test", "cli"));
    }

    private Decision customerReplied(String number) {
        long id = invoice(number).id();
        return app.ledger().inTransaction(h -> app.desk().customerReplied(h, id, "client@example.test", "Re: rappel",
                new Actor("client@example.test", Channel.EMAIL)));
    }

    private IntakeResult pays(String number, String amount, String payer, String bankId) {
        BankCredit credit = new BankCredit("test-camt", LocalDate.of(2026, 11, 30), Money.of(amount, "EUR"), payer,
                "FACTURE " + number, bankId, BankCredit.Source.CAMT053);
        return app.ledger().inTransaction(h -> app.payments().record(h, List.of(credit), "test", "cli"));
    }

    // ------------------------------------------------------------------ defect 2: lifting a hold keeps the gap

    @Test
    void approvingAChaseHeldTheDayItsFriendlyReminderLeftApprovesNothingAndTheFirmStepWaitsForItsGap() {
        sent("FA-2026-0300", "friendly", "email", TODAY);
        customerReplied("FA-2026-0300");

        Decision approved = app.desk().approve("FA-2026-0300", ALICE);
        Decision again = app.desk().approve("FA-2026-0300", ALICE);

        assertThat(approved.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(approved.message()).contains("hold lifted").contains("firm").contains("2026-12-08");
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(reminders("FA-2026-0300")).extracting(Reminder::step, Reminder::state).containsExactly(
                tuple("friendly", ReminderState.SENT),
                tuple("firm", ReminderState.SNOOZED));
        assertThat(app.reminderMailer().queueApproved().queued()).isEmpty();
        assertThat(events("FA-2026-0300", "reminder.hold_lifted")).hasSize(1);
        // Due since 28 November by its days after the due date; the gap after 1 December decides.
        assertThat(planOn(LocalDate.of(2026, 12, 7)).forInvoice("FA-2026-0300")).isEmpty();
        assertThat(planOn(LocalDate.of(2026, 12, 8)).forInvoice("FA-2026-0300"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("firm"));
    }

    @Test
    void approvingAHeldChaseWhoseStepIsDueApprovesTheHeldStepAndNoLaterOne() {
        sent("FA-2026-0300", "friendly", "email", TODAY.minusDays(10));
        customerReplied("FA-2026-0300");

        Decision approved = app.desk().approve("FA-2026-0300", ALICE);

        assertThat(approved.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(reminders("FA-2026-0300")).extracting(Reminder::step, Reminder::state).containsExactly(
                tuple("friendly", ReminderState.SENT),
                tuple("firm", ReminderState.APPROVED));
        assertThat(app.desk().approve("FA-2026-0300", ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
    }

    @Test
    void anEscalatedStepHeldByAReplyIsApprovedAtOnceWhateverItsDay() {
        sent("FA-2026-0300", "friendly", "email", TODAY);
        assertThat(app.desk().escalate("FA-2026-0300", ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);
        customerReplied("FA-2026-0300");

        Decision approved = app.desk().approve("FA-2026-0300", ALICE);

        assertThat(approved.message()).contains("approved the firm reminder");
        assertThat(reminders("FA-2026-0300")).extracting(Reminder::state)
                .containsExactly(ReminderState.SENT, ReminderState.APPROVED);
    }

    // ------------------------------------------------------------------ every decision repeated is harmless

    @Test
    void escalatingTwiceIsOneEscalationToTheNextStepNotTwo() {
        Decision first = app.desk().escalate("LATE", ALICE);
        Decision second = app.desk().escalate("LATE", ALICE);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(second.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(second.message()).contains("firm");
        assertThat(events("LATE", "reminder.escalated")).hasSize(1);
        assertThat(reminders("LATE")).extracting(Reminder::step).containsExactly("firm");
        assertThat(app.plans().planFor(TODAY).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("firm"));
    }

    @Test
    void escalatingTheApprovedEscalationOfTodayAgainIsAlreadyDone() {
        app.desk().escalate("LATE", ALICE);
        app.desk().approve("LATE", ALICE);

        assertThat(app.desk().escalate("LATE", ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("LATE", "reminder.escalated")).hasSize(1);
    }

    @Test
    void snoozingTwiceForTheSameDaysIsOneSnoozeWithOneEvent() {
        Decision first = app.desk().snooze("LATE", 3, ALICE);
        Decision second = app.desk().snooze("LATE", 3, ALICE);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(second.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("LATE", "reminder.snoozed")).hasSize(1);
        assertThat(reminders("LATE")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReminderState.SNOOZED);
            assertThat(r.snoozedUntil()).isEqualTo(TODAY.plusDays(3));
        });
    }

    @Test
    void promisingTwiceTheSameDateIsOnePromiseWithOneEvent() {
        Decision first = app.desk().promise("LATE", LocalDate.of(2026, 12, 10), ALICE);
        Decision second = app.desk().promise("LATE", LocalDate.of(2026, 12, 10), ALICE);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(second.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("LATE", "reminder.promised")).hasSize(1);
        assertThat(reminders("LATE")).singleElement()
                .satisfies(r -> assertThat(r.waitingUntil()).isEqualTo(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void disputingTwiceIsOneDisputeWithOneEvent() {
        Decision first = app.desk().dispute("LATE", ALICE);
        Decision second = app.desk().dispute("LATE", ALICE);

        assertThat(first.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(second.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("LATE", "invoice.disputed")).hasSize(1);
    }

    @Test
    void snoozingOrPromisingAHeldChaseTwiceIsHarmless() {
        customerReplied("LATE");
        customerReplied("FA-2026-0300");

        assertThat(app.desk().snooze("LATE", 5, ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(app.desk().snooze("LATE", 5, ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(app.desk().promise("FA-2026-0300", TODAY.plusDays(4), ALICE).outcome())
                .isEqualTo(Decision.Outcome.DONE);
        assertThat(app.desk().promise("FA-2026-0300", TODAY.plusDays(4), ALICE).outcome())
                .isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("LATE", "reminder.snoozed")).hasSize(1);
        assertThat(events("FA-2026-0300", "reminder.promised")).hasSize(1);
    }

    // ------------------------------------------------------------------ bounds and refusals

    @Test
    void aSnoozeOrAPromiseBeyondAYearIsRefusedWithItsBoundAndWritesNothing() {
        Decision huge = app.desk().snooze("LATE", Integer.MAX_VALUE, ALICE);
        Decision year = app.desk().snooze("LATE", 366, ALICE);
        Decision far = app.desk().promise("LATE", TODAY.plusDays(366), ALICE);
        Decision past = app.desk().promise("LATE", TODAY.minusDays(1), ALICE);

        assertThat(huge.refused()).isTrue();
        assertThat(huge.message()).isEqualTo("snooze takes 1 to 365 days, got 2147483647");
        assertThat(year.refused()).isTrue();
        assertThat(far.refused()).isTrue();
        assertThat(far.message()).contains("more than 365 days ahead").contains("2027-12-01");
        assertThat(past.refused()).isTrue();
        assertThat(reminders("LATE")).isEmpty();
        assertThat(app.desk().snooze("LATE", 365, ALICE).outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(app.desk().promise("FA-2026-0300", TODAY.plusDays(365), ALICE).outcome())
                .isEqualTo(Decision.Outcome.DONE);
    }

    @Test
    void aCreditNoteIsRefusedAsACreditNoteNotAsAnUnknownInvoice() {
        Decision approve = app.desk().approve("AV-1", ALICE);

        assertThat(approve.refused()).isTrue();
        assertThat(approve.message()).isEqualTo("AV-1 is a credit note: the company owes it, it cannot be chased");
        assertThat(app.desk().snooze("AV-1", 3, ALICE).message()).contains("credit note");
    }

    @Test
    void approvingAnEmailStepForACustomerWithoutAnAddressIsRefusedAndThePlanSaysWhy() {
        Proposal proposed = app.plans().planFor(TODAY).forInvoice("NOMAIL").orElseThrow();

        Decision approve = app.desk().approve("NOMAIL", ALICE);

        assertThat(proposed.warnings()).anyMatch(w -> w.startsWith("no email address for customer Client Sans Mail"));
        assertThat(approve.refused()).isTrue();
        assertThat(approve.message())
                .isEqualTo("no email address for customer Client Sans Mail; add it with relance import");
        assertThat(reminders("NOMAIL")).isEmpty();
        assertThat(app.plans().planFor(TODAY).forInvoice("LATE").orElseThrow().warnings())
                .noneMatch(w -> w.contains("email address"));
    }

    @Test
    void aCallStepNeedsNoAddressButAFormalNoticeDoesSinceItIsEmailedToTheCustomer() {
        sent("NOMAIL", "friendly", "email", LocalDate.of(2026, 11, 21));
        sent("NOMAIL", "firm", "email", LocalDate.of(2026, 11, 28));
        try (App dec6 = appOn(LocalDate.of(2026, 12, 6))) {
            assertThat(dec6.desk().approve("NOMAIL", ALICE).message()).contains("approved the call reminder (task)");
        }
        app.ledger().inTransaction(h -> h.createUpdate("UPDATE reminders SET state = 'sent', sent_at = :at "
                + "WHERE step = 'call'").bind("at", "2026-12-06T10:00:00Z").execute());

        try (App dec25 = appOn(LocalDate.of(2026, 12, 25))) {
            Decision notice = dec25.desk().approve("NOMAIL", ALICE);

            assertThat(notice.refused()).isTrue();
            assertThat(notice.message()).startsWith("no email address for customer Client Sans Mail")
                    .contains("formal notice");
        }
    }

    // ------------------------------------------------------------------ the way back: reopen, resolve

    @Test
    void reopeningAnInvoiceMarkedPaidByMistakeMakesItOwedAgainAndTheChaseResumes() {
        app.desk().approve("LATE", ALICE);
        app.desk().markPaid("LATE", ALICE);

        Decision reopened = app.desk().reopen("LATE", ALICE);
        Decision again = app.desk().reopen("LATE", ALICE);

        assertThat(reopened.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(invoice("LATE").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice("LATE").amountDue()).isEqualTo(Money.of("500.00", "EUR"));
        assertThat(events("LATE", "invoice.reopened")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.channel()).isEqualTo("cli");
        });
        assertThat(app.plans().planFor(TODAY).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("friendly"));
    }

    @Test
    void reopeningAnInvoiceAWrongAutomaticMatchPaidUndoesTheAllocationAndTheMoneyWaitsForAPerson() {
        app.desk().snooze("FA-2026-0300", 3, ALICE);
        IntakeResult paid = pays("FA-2026-0300", "300.00", "CLIENT TENU", "B-300");
        assertThat(paid.applied()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(InvoiceStatus.PAID));
        long paymentId = paid.applied().get(0).paymentId();

        Decision reopened = app.desk().reopen("FA-2026-0300", ALICE);

        assertThat(reopened.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(reopened.message()).contains("300.00").contains("#" + paymentId);
        assertThat(invoice("FA-2026-0300").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice("FA-2026-0300").amountDue()).isEqualTo(Money.of("300.00", "EUR"));
        long invoiceId = invoice("FA-2026-0300").id();
        List<String> states = app.ledger().read(h -> h.createQuery("SELECT state FROM allocations WHERE invoice_id = :id")
                .bind("id", invoiceId).mapTo(String.class).list());
        assertThat(states).containsExactly("rejected");
        assertThat(events("FA-2026-0300", "allocation.reversed")).singleElement()
                .satisfies(e -> assertThat(e.paymentId()).isEqualTo(paymentId));
        // Never applied again by itself, neither by a later matching run nor by a re-import of the same credit.
        assertThat(app.payments().matchWaiting("test", "cli").applied()).isEmpty();
        assertThat(pays("FA-2026-0300", "300.00", "CLIENT TENU", "B-300").applied()).isEmpty();
        assertThat(invoice("FA-2026-0300").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(app.desk().reopen("FA-2026-0300", ALICE).outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(events("FA-2026-0300", "allocation.reversed")).hasSize(1);
    }

    @Test
    void reopeningAfterAWrongPaidKeepsTheRightPartialPaymentAndUndoesOnlyTheAllocationThatSettledIt() {
        IntakeResult partial = pays("FA-2026-0301", "100.00", "CLIENT UN", "B-1");
        assertThat(partial.applied()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID));
        app.desk().markPaid("FA-2026-0301", ALICE);
        IntakeResult first = pays("FA-2026-0302", "100.00", "CLIENT DEUX", "B-2");
        IntakeResult last = pays("FA-2026-0302", "202.00", "CLIENT DEUX", "B-3");
        assertThat(last.applied()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(InvoiceStatus.PAID));

        app.desk().reopen("FA-2026-0301", ALICE);
        app.desk().reopen("FA-2026-0302", ALICE);

        // A person's wrong "paid": the payment seen before stays applied.
        assertThat(invoice("FA-2026-0301").status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice("FA-2026-0301").amountDue()).isEqualTo(Money.of("201.00", "EUR"));
        assertThat(events("FA-2026-0301", "allocation.reversed")).isEmpty();
        // Paid by two automatic allocations: only the newest, which settled it, is undone.
        assertThat(invoice("FA-2026-0302").status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice("FA-2026-0302").amountDue()).isEqualTo(Money.of("202.00", "EUR"));
        assertThat(events("FA-2026-0302", "allocation.reversed")).singleElement()
                .satisfies(e -> assertThat(e.paymentId()).isEqualTo(last.applied().get(0).paymentId()));
        assertThat(first.applied()).hasSize(1);
    }

    @Test
    void reopeningAnInvoiceThatIsNotPaidIsRefusedWithTheReason() {
        Decision open = app.desk().reopen("LATE", ALICE);
        app.desk().dispute("FA-2026-0300", ALICE);
        Decision disputed = app.desk().reopen("FA-2026-0300", ALICE);

        assertThat(open).isEqualTo(new Decision("LATE", Decision.Outcome.REFUSED, "LATE is open, not paid: nothing to reopen",
                Decision.Code.NOT_APPLICABLE, null, null, null));
        assertThat(disputed.message()).isEqualTo("FA-2026-0300 is disputed, not paid: nothing to reopen");
        assertThat(app.desk().reopen("NOPE", ALICE).message()).isEqualTo("unknown invoice NOPE");
        assertThat(events("LATE", "invoice.reopened")).isEmpty();
    }

    @Test
    void resolvingADisputeResumesTheChaseFromTheLadderAndRepeatingItIsHarmless() {
        app.desk().approve("LATE", ALICE);
        app.desk().dispute("LATE", ALICE);

        Decision resolved = app.desk().resolve("LATE", ALICE);
        Decision again = app.desk().resolve("LATE", ALICE);

        assertThat(resolved.outcome()).isEqualTo(Decision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(Decision.Outcome.ALREADY_DONE);
        assertThat(invoice("LATE").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(events("LATE", "invoice.dispute_resolved")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("alice"));
        // What the dispute held is not released as it was (approved): a person approves again.
        assertThat(reminders("LATE")).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
        assertThat(app.reminderMailer().queueApproved().queued()).isEmpty();
        assertThat(app.plans().planFor(TODAY).forInvoice("LATE"))
                .hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("friendly"));
    }

    @Test
    void resolvingAnInvoiceThatIsNotDisputedIsRefused() {
        assertThat(app.desk().resolve("LATE", ALICE))
                .isEqualTo(new Decision("LATE", Decision.Outcome.REFUSED, "LATE is open, not disputed: nothing to resolve",
                        Decision.Code.NOT_APPLICABLE, null, null, null));
        app.desk().markPaid("FA-2026-0300", ALICE);
        assertThat(app.desk().resolve("FA-2026-0300", ALICE).message()).contains("is paid, not disputed");
    }

    // ------------------------------------------------------------------ a payment cancels every pending reminder

    @Test
    void aPaymentThatPaysTheInvoiceCancelsItsProposedSnoozedAndWaitingReminders() {
        app.desk().escalate("FA-2026-0301", ALICE);
        app.desk().snooze("FA-2026-0302", 3, ALICE);
        app.desk().promise("FA-2026-0303", TODAY.plusDays(5), ALICE);
        assertThat(reminders("FA-2026-0301")).extracting(Reminder::state).containsExactly(ReminderState.PROPOSED);
        assertThat(reminders("FA-2026-0302")).extracting(Reminder::state).containsExactly(ReminderState.SNOOZED);
        assertThat(reminders("FA-2026-0303")).extracting(Reminder::state).containsExactly(ReminderState.WAITING);

        pays("FA-2026-0301", "301.00", "CLIENT UN", "B-301");
        pays("FA-2026-0302", "302.00", "CLIENT DEUX", "B-302");
        pays("FA-2026-0303", "303.00", "CLIENT TROIS", "B-303");

        for (String number : List.of("FA-2026-0301", "FA-2026-0302", "FA-2026-0303")) {
            assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(reminders(number)).extracting(Reminder::state).containsExactly(ReminderState.CANCELLED);
            assertThat(events(number, "reminder.cancelled")).singleElement()
                    .satisfies(e -> assertThat(e.details()).contains("paid by payment"));
            assertThat(planOn(TODAY.plusDays(30)).forInvoice(number)).isEmpty();
        }
    }
}
