package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.config.EcbRates;
import org.relance.config.LadderStep;
import org.relance.config.LadderStep.Channel;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;

class PlannerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Company COMPANY = new Company("Acme SAS", "billing@acme.test", "FR7630006000011234567890189",
            "AGRIFRPP", "123456789", "1 rue de la Paix, 75002 Paris", Locale.FRENCH, PARIS, 30);
    private static final List<LadderStep> LADDER = List.of(
            new LadderStep("friendly", 1, Channel.EMAIL, "reminder-friendly"),
            new LadderStep("firm", 8, Channel.EMAIL, "reminder-firm"),
            new LadderStep("call", 15, Channel.TASK, null),
            new LadderStep("notice", 30, Channel.LETTER, "formal-notice"));
    private static final Customer CLIENT = new Customer(1, "Client SARL", "compta@client.fr", "fr", null, false);
    private static final Customer OTHER = new Customer(2, "Autre SA", "compta@autre.fr", "fr", null, false);

    private long nextId = 100;

    private static Dunning dunning(boolean b2b, EcbRates rates, List<LadderStep> ladder) {
        return new Dunning(b2b, rates, true, new BigDecimal("40.00"), 7, ladder);
    }

    private static Planner planner() {
        // The rate of the current half-year as a user configures it; earlier ones are the published rates.
        return new Planner(dunning(true, EcbRates.perHalfYear(List.of(
                new EcbRates.Entry(LocalDate.parse("2026-07-01"), new BigDecimal("2.15")))), LADDER), COMPANY);
    }

    private static Plan plan(DunningCase... cases) {
        return planner().plan(List.of(cases), TODAY);
    }

    private Invoice invoice(String number, int daysOverdue, String amountDue) {
        return invoice(number, CLIENT, TODAY.minusDays(daysOverdue), amountDue);
    }

    private Invoice invoice(String number, Customer customer, LocalDate due, String amountDue) {
        Money amount = Money.of(amountDue, "EUR");
        return new Invoice(nextId++, number, InvoiceKind.INVOICE, customer.id(), due.minusDays(30), due, amount,
                Money.zero(amount.currency()), amount, InvoiceStatus.OPEN, "csv");
    }

    private Invoice creditNote(String number, Customer customer, String amount, String currency) {
        Money money = Money.of(amount, currency);
        LocalDate issued = TODAY.minusDays(20);
        return new Invoice(nextId++, number, InvoiceKind.CREDIT_NOTE, customer.id(), issued, issued.plusDays(30),
                money, Money.zero(money.currency()), money, InvoiceStatus.OPEN, "csv");
    }

    private static Invoice withStatus(Invoice i, InvoiceStatus status) {
        return new Invoice(i.id(), i.number(), i.kind(), i.customerId(), i.issueDate(), i.dueDate(), i.total(),
                i.prepaid(), i.amountDue(), status, i.source());
    }

    private static DunningCase fresh(Invoice invoice) {
        return new DunningCase(invoice, CLIENT, List.of());
    }

    private Reminder sent(Invoice invoice, String step, int daysAgo) {
        return sentAt(invoice, step, TODAY.minusDays(daysAgo).atTime(10, 0).atZone(PARIS).toInstant());
    }

    private Reminder sentAt(Invoice invoice, String step, Instant at) {
        return new Reminder(nextId++, invoice.id(), step, channelOf(step), ReminderState.SENT, false, null, null,
                at, at.minusSeconds(3600));
    }

    private Reminder inState(Invoice invoice, String step, ReminderState state) {
        return reminder(invoice, step, state, false, null, null);
    }

    private Reminder reminder(Invoice invoice, String step, ReminderState state, boolean escalated,
            LocalDate snoozedUntil, LocalDate waitingUntil) {
        return new Reminder(nextId++, invoice.id(), step, channelOf(step), state, escalated, snoozedUntil,
                waitingUntil, null, TODAY.minusDays(1).atStartOfDay(PARIS).toInstant());
    }

    private static String channelOf(String step) {
        return LADDER.stream().filter(s -> s.id().equals(step)).findFirst().orElseThrow().channel().id();
    }

    private static List<String> steps(Plan plan) {
        return plan.proposals().stream().map(p -> p.invoice() + ":" + p.step()).toList();
    }

    // --- the acceptance check: default ladder on 2026-12-01 ---

    @Test
    void invoiceDueTodayGetsNothing() {
        assertThat(plan(fresh(invoice("F-0", 0, "100.00"))).proposals()).isEmpty();
    }

    @Test
    void invoiceNotYetDueGetsNothing() {
        assertThat(plan(fresh(invoice("F-future", -5, "100.00"))).proposals()).isEmpty();
    }

    @Test
    void invoiceNeverRemindedStartsAtFriendlyStepWhateverItsAge() {
        List<DunningCase> cases = new ArrayList<>();
        for (int days : new int[] {0, 1, 7, 8, 15, 30, 45}) {
            cases.add(fresh(invoice("F-" + days, days, "100.00")));
        }

        Plan plan = planner().plan(cases, TODAY);

        assertThat(plan.proposals()).extracting(Proposal::invoice, Proposal::step, Proposal::channel,
                        Proposal::daysOverdue, Proposal::reminderId)
                .containsExactly(
                        tuple("F-45", "friendly", "email", 45, null),
                        tuple("F-30", "friendly", "email", 30, null),
                        tuple("F-15", "friendly", "email", 15, null),
                        tuple("F-8", "friendly", "email", 8, null),
                        tuple("F-7", "friendly", "email", 7, null),
                        tuple("F-1", "friendly", "email", 1, null));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void firstStepStillRequiresItsAfterDueDays() {
        List<LadderStep> patient = List.of(new LadderStep("friendly", 3, Channel.EMAIL, "reminder-friendly"),
                new LadderStep("firm", 10, Channel.EMAIL, "reminder-firm"));
        Planner planner = new Planner(dunning(true, EcbRates.single(new BigDecimal("2.15")), patient), COMPANY);

        Plan plan = planner.plan(List.of(fresh(invoice("F-2", 2, "100.00")), fresh(invoice("F-3", 3, "100.00"))),
                TODAY);

        assertThat(steps(plan)).containsExactly("F-3:friendly");
    }

    @Test
    void proposalsAreOrderedByDaysOverdueThenInvoiceNumber() {
        Plan plan = plan(fresh(invoice("F-B", 5, "100.00")), fresh(invoice("F-C", 9, "100.00")),
                fresh(invoice("F-A", 5, "100.00")));

        assertThat(steps(plan)).containsExactly("F-C:friendly", "F-A:friendly", "F-B:friendly");
    }

    // --- which invoices are considered ---

    @Test
    void onlyOpenAndPartiallyPaidInvoicesAreProposed() {
        Plan plan = plan(
                fresh(invoice("F-open", 10, "100.00")),
                fresh(withStatus(invoice("F-partial", 10, "100.00"), InvoiceStatus.PARTIALLY_PAID)),
                fresh(withStatus(invoice("F-paid", 10, "100.00"), InvoiceStatus.PAID)),
                fresh(withStatus(invoice("F-cancelled", 10, "100.00"), InvoiceStatus.CANCELLED)));

        assertThat(steps(plan)).containsExactly("F-open:friendly", "F-partial:friendly");
    }

    @Test
    void disputedInvoiceIsNeverProposed() {
        Invoice disputed = withStatus(invoice("F-disputed", 40, "100.00"), InvoiceStatus.DISPUTED);

        assertThat(plan(fresh(disputed)).proposals()).isEmpty();
    }

    @Test
    void openInvoiceWithNothingLeftToPayIsNotProposed() {
        assertThat(plan(fresh(invoice("F-zero", 10, "0.00"))).proposals()).isEmpty();
    }

    @Test
    void customerMarkedDoNotChaseIsSkipped() {
        Customer friend = new Customer(3, "Ami SARL", "ami@ami.fr", "fr", null, true);

        Plan plan = plan(new DunningCase(invoice("F-friend", friend, TODAY.minusDays(20), "100.00"), friend,
                List.of()));

        assertThat(plan.proposals()).isEmpty();
    }

    @Test
    void partiallyPaidInvoiceIsChasedAndChargedInterestOnWhatRemainsDue() {
        Money total = Money.of("10000.00", "EUR");
        Invoice partial = new Invoice(1, "F-partial", InvoiceKind.INVOICE, CLIENT.id(), TODAY.minusDays(60),
                TODAY.minusDays(30), total, Money.of("4000.00", "EUR"), Money.of("6000.00", "EUR"),
                InvoiceStatus.PARTIALLY_PAID, "csv");

        Proposal proposal = plan(fresh(partial)).proposals().get(0);

        assertThat(proposal.amountDue()).isEqualTo(Money.of("6000.00", "EUR"));
        // 6,000 × 12.15 % × 30 / 365 = 59.917…, not the 99.86 the total would give.
        assertThat(proposal.lateInterest()).isEqualTo(Money.of("59.92", "EUR"));
    }

    // --- later steps: history and minimum gap ---

    @Test
    void friendlySentThreeDaysAgoAndTenDaysOverdueGetsNothing() {
        Invoice invoice = invoice("F-1", 10, "100.00");

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 3))));

        assertThat(plan.proposals()).isEmpty();
    }

    @Test
    void friendlySentSevenDaysAgoAndTenDaysOverdueGetsFirm() {
        Invoice invoice = invoice("F-1", 10, "100.00");

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 7))));

        assertThat(plan.proposals()).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo("firm");
            assertThat(p.channel()).isEqualTo("email");
            assertThat(p.reminderId()).isNull();
        });
    }

    @Test
    void nextStepWaitsForItsOwnDaysAfterDueDateEvenWhenTheGapHasPassed() {
        Invoice invoice = invoice("F-1", 25, "100.00");
        DunningCase c = new DunningCase(invoice, CLIENT, List.of(
                sent(invoice, "friendly", 24), sent(invoice, "firm", 17), sent(invoice, "call", 10)));

        assertThat(plan(c).proposals()).isEmpty();
        assertThat(planner().plan(List.of(c), TODAY.plusDays(5)).proposals())
                .singleElement().satisfies(p -> {
                    assertThat(p.step()).isEqualTo("notice");
                    assertThat(p.channel()).isEqualTo("letter");
                    assertThat(p.daysOverdue()).isEqualTo(30);
                });
    }

    @Test
    void stepsGoInOrderAndASentStepIsNotProposedAgain() {
        Invoice invoice = invoice("F-1", 40, "100.00");

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(
                sent(invoice, "friendly", 30), sent(invoice, "firm", 20))));

        assertThat(steps(plan)).containsExactly("F-1:call");
        assertThat(plan.proposals().get(0).channel()).isEqualTo("task");
    }

    @Test
    void afterTheLastStepNothingMoreIsProposed() {
        Invoice invoice = invoice("F-1", 90, "100.00");

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 80),
                sent(invoice, "firm", 70), sent(invoice, "call", 60), sent(invoice, "notice", 50))));

        assertThat(plan.proposals()).isEmpty();
    }

    @Test
    void minimumGapCountsDaysInTheCompanyTimezone() {
        Invoice invoice = invoice("F-1", 10, "100.00");
        // 2026-11-24T23:30Z is already 25 November in Paris: 6 days before today, too soon.
        Reminder lateEvening = sentAt(invoice, "friendly", Instant.parse("2026-11-24T23:30:00Z"));
        // 2026-11-24T22:30Z is still 24 November in Paris: 7 days, enough.
        Reminder earlierEvening = sentAt(invoice, "friendly", Instant.parse("2026-11-24T22:30:00Z"));

        assertThat(plan(new DunningCase(invoice, CLIENT, List.of(lateEvening))).proposals()).isEmpty();
        assertThat(steps(plan(new DunningCase(invoice, CLIENT, List.of(earlierEvening)))))
                .containsExactly("F-1:firm");
    }

    @Test
    void minimumGapCountsFromTheLatestSentReminderNotTheEarliest() {
        Invoice invoice = invoice("F-1", 40, "100.00");
        // The friendly step left a month ago, the firm one three days ago: the call waits 7 days after the firm one.
        DunningCase c = new DunningCase(invoice, CLIENT, List.of(
                sent(invoice, "friendly", 30), sent(invoice, "firm", 3)));

        assertThat(plan(c).proposals()).isEmpty();
        assertThat(planner().plan(List.of(c), TODAY.plusDays(3)).proposals()).isEmpty();
        assertThat(steps(planner().plan(List.of(c), TODAY.plusDays(4)))).containsExactly("F-1:call");
        assertThat(planner().firstDay(c, "call")).hasValueSatisfying(d -> assertThat(d.day())
                .isEqualTo(TODAY.plusDays(4)));
    }

    @Test
    void anEmailStepForACustomerWithoutAnAddressIsProposedWithAWarningAndACallStepWithout() {
        Customer noAddress = new Customer(3, "Sans Adresse SARL", null, "fr", null, false);
        Invoice first = invoice("F-1", noAddress, TODAY.minusDays(10), "100.00");
        Invoice call = invoice("F-2", noAddress, TODAY.minusDays(40), "100.00");

        Plan plan = plan(new DunningCase(first, noAddress, List.of()), new DunningCase(call, noAddress, List.of(
                sent(call, "friendly", 30), sent(call, "firm", 20))));

        assertThat(plan.forInvoice("F-1").orElseThrow().warnings())
                .containsExactly("no email address for customer Sans Adresse SARL; add it with relance import before approving");
        assertThat(plan.forInvoice("F-2").orElseThrow().step()).isEqualTo("call");
        assertThat(plan.forInvoice("F-2").orElseThrow().warnings()).isEmpty();
    }

    @Test
    void cancelledStepDoesNotCountAsSent() {
        Invoice neverSent = invoice("F-1", 20, "100.00");
        Invoice firmCancelled = invoice("F-2", 20, "100.00");

        Plan plan = plan(
                new DunningCase(neverSent, CLIENT, List.of(inState(neverSent, "friendly", ReminderState.CANCELLED))),
                new DunningCase(firmCancelled, CLIENT, List.of(sent(firmCancelled, "friendly", 15),
                        inState(firmCancelled, "firm", ReminderState.CANCELLED))));

        assertThat(steps(plan)).containsExactly("F-1:friendly", "F-2:firm");
        assertThat(plan.proposals()).extracting(Proposal::reminderId).containsOnlyNulls();
    }

    @Test
    void failedReminderIsHistoryOnly() {
        Invoice invoice = invoice("F-1", 20, "100.00");

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(inState(invoice, "friendly", ReminderState.FAILED))));

        assertThat(steps(plan)).containsExactly("F-1:friendly");
        assertThat(plan.proposals().get(0).reminderId()).isNull();
    }

    @Test
    void sentStepMissingFromTheLadderStopsTheInvoiceWithAWarning() {
        Invoice invoice = invoice("F-1", 20, "100.00");
        Reminder old = sent(invoice, "friendly", 15);
        Reminder renamed = new Reminder(old.id(), old.invoiceId(), "gentle", "email", ReminderState.SENT, false,
                null, null, old.sentAt(), old.createdAt());

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(renamed)));

        assertThat(plan.proposals()).isEmpty();
        assertThat(plan.warnings()).singleElement().asString().contains("F-1", "gentle", "dunning.ladder");
    }

    // --- pending reminders ---

    @Test
    void proposedReminderIsProposedAgainAtItsStepWithItsId() {
        Invoice invoice = invoice("F-1", 12, "100.00");
        Reminder proposed = inState(invoice, "friendly", ReminderState.PROPOSED);

        Proposal proposal = plan(new DunningCase(invoice, CLIENT, List.of(proposed))).proposals().get(0);

        assertThat(proposal.step()).isEqualTo("friendly");
        assertThat(proposal.reminderId()).isEqualTo(proposed.id());
    }

    @Test
    void snoozedReminderWaitsUntilItsDateThenComesBackWithItsId() {
        Invoice invoice = invoice("F-1", 12, "100.00");
        Reminder stillSnoozed = reminder(invoice, "friendly", ReminderState.SNOOZED, false, TODAY.plusDays(1), null);
        Reminder snoozeOver = reminder(invoice, "friendly", ReminderState.SNOOZED, false, TODAY, null);

        assertThat(plan(new DunningCase(invoice, CLIENT, List.of(stillSnoozed))).proposals()).isEmpty();
        assertThat(plan(new DunningCase(invoice, CLIENT, List.of(snoozeOver))).proposals())
                .singleElement().satisfies(p -> {
                    assertThat(p.step()).isEqualTo("friendly");
                    assertThat(p.reminderId()).isEqualTo(snoozeOver.id());
                });
    }

    @Test
    void promiseStillRunningUntilThePromisedDayIncludedGivesNothing() {
        Invoice invoice = invoice("F-1", 20, "100.00");
        Reminder waiting = reminder(invoice, "firm", ReminderState.WAITING, false, null, TODAY);

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 15), waiting)));

        assertThat(plan.proposals()).isEmpty();
    }

    @Test
    void brokenPromiseResumesTheDayAfterThePromisedDateAtTheSameStep() {
        Invoice invoice = invoice("F-1", 20, "100.00");
        Reminder waiting = reminder(invoice, "firm", ReminderState.WAITING, false, null, TODAY.minusDays(1));

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 15), waiting)));

        assertThat(plan.proposals()).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo("firm");
            assertThat(p.reminderId()).isEqualTo(waiting.id());
            assertThat(p.warnings()).contains("payment promised by 2026-11-30 not received");
        });
    }

    @Test
    void decidedOrInProgressRemindersGetNothingNew() {
        for (ReminderState state : List.of(ReminderState.APPROVED, ReminderState.SENDING,
                ReminderState.NEEDS_REVIEW, ReminderState.ON_HOLD)) {
            Invoice invoice = invoice("F-" + state.id(), 40, "100.00");

            Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 30),
                    inState(invoice, "firm", state))));

            assertThat(plan.proposals()).as(state.id()).isEmpty();
        }
    }

    // --- escalation ---

    @Test
    void escalatedReminderIsProposedAtOnceWhateverTheDaysAndTheGap() {
        Invoice invoice = invoice("F-1", 3, "100.00");
        Reminder escalated = reminder(invoice, "notice", ReminderState.PROPOSED, true, null, null);

        Plan plan = plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 1), escalated)));

        assertThat(plan.proposals()).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo("notice");
            assertThat(p.channel()).isEqualTo("letter");
            assertThat(p.reminderId()).isEqualTo(escalated.id());
            assertThat(p.daysOverdue()).isEqualTo(3);
        });
    }

    @Test
    void withoutEscalationTheSameInvoiceWaits() {
        Invoice invoice = invoice("F-1", 3, "100.00");

        assertThat(plan(new DunningCase(invoice, CLIENT, List.of(sent(invoice, "friendly", 1)))).proposals())
                .isEmpty();
    }

    // --- credit notes ---

    @Test
    void openCreditNoteReducesTheCustomersOldestInvoicesFirst() {
        Invoice oldest = invoice("F-old", 40, "1000.00");
        Invoice newer = invoice("F-new", 30, "500.00");
        Invoice credit = creditNote("AV-1", CLIENT, "1200.00", "EUR");

        Plan plan = plan(fresh(newer), fresh(oldest), new DunningCase(credit, CLIENT, List.of()));

        assertThat(plan.proposals()).singleElement().satisfies(p -> {
            assertThat(p.invoice()).isEqualTo("F-new");
            assertThat(p.amountDue()).isEqualTo(Money.of("300.00", "EUR"));
            // Interest on the reduced 300: 300 × 12.15 % × 30 / 365 = 2.9958…
            assertThat(p.lateInterest()).isEqualTo(Money.of("3.00", "EUR"));
            assertThat(p.warnings()).contains("reduced by credit note AV-1 (200.00 EUR)");
        });
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void creditNoteOfAnotherCustomerOrCurrencyDoesNotReduceTheInvoice() {
        Invoice invoice = invoice("F-1", 10, "100.00");

        Plan plan = plan(fresh(invoice),
                new DunningCase(creditNote("AV-other", OTHER, "100.00", "EUR"), OTHER, List.of()),
                new DunningCase(creditNote("AV-chf", CLIENT, "100.00", "CHF"), CLIENT, List.of()));

        assertThat(plan.proposals()).singleElement()
                .satisfies(p -> assertThat(p.amountDue()).isEqualTo(Money.of("100.00", "EUR")));
        assertThat(plan.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("not applied"));
    }

    @Test
    void creditNoteIsNeverProposedItselfAndUsedCreditNotesAreIgnored() {
        Invoice usedCredit = withStatus(creditNote("AV-used", CLIENT, "100.00", "EUR"), InvoiceStatus.PAID);
        Invoice invoice = invoice("F-1", 10, "100.00");

        Plan plan = plan(fresh(invoice), new DunningCase(usedCredit, CLIENT, List.of()));

        assertThat(steps(plan)).containsExactly("F-1:friendly");
        assertThat(plan.proposals().get(0).amountDue()).isEqualTo(Money.of("100.00", "EUR"));
    }

    // --- missing due date ---

    @Test
    void missingDueDateIsAssumedFromIssueDateAndPaymentTerms() {
        Money amount = Money.of("100.00", "EUR");
        Invoice noDueDate = new Invoice(1, "F-nodue", InvoiceKind.INVOICE, CLIENT.id(),
                LocalDate.parse("2026-10-02"), null, amount, Money.zero(amount.currency()), amount,
                InvoiceStatus.OPEN, "text");

        Proposal proposal = plan(fresh(noDueDate)).proposals().get(0);

        assertThat(proposal.dueDate()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(proposal.daysOverdue()).isEqualTo(30);
        assertThat(proposal.warnings()).containsExactly("no due date: assumed 2026-11-01 (issue date + 30 days)");
    }

    @Test
    void invoiceWithNeitherDueNorIssueDateIsReportedNotPlanned() {
        Money amount = Money.of("100.00", "EUR");
        Invoice undated = new Invoice(1, "F-undated", InvoiceKind.INVOICE, CLIENT.id(), null, null, amount,
                Money.zero(amount.currency()), amount, InvoiceStatus.OPEN, "text");

        Plan plan = plan(fresh(undated));

        assertThat(plan.proposals()).isEmpty();
        assertThat(plan.warnings()).singleElement().asString().contains("F-undated");
    }

    // --- B2B charges ---

    @Test
    void b2bInvoiceCarriesLateInterestAndRecoveryIndemnity() {
        Proposal proposal = plan(fresh(invoice("F-1", 30, "10000.00"))).proposals().get(0);

        assertThat(proposal.lateInterest()).isEqualTo(Money.of("99.86", "EUR"));
        assertThat(proposal.recoveryIndemnity()).isEqualTo(Money.of("40.00", "EUR"));
    }

    @Test
    void nonB2bCustomerHasNoInterestAndNoIndemnity() {
        Customer consumer = new Customer(4, "Jean Dupont", "jean@dupont.fr", "fr", false, false);

        Proposal proposal = plan(new DunningCase(invoice("F-1", consumer, TODAY.minusDays(30), "10000.00"),
                consumer, List.of())).proposals().get(0);

        assertThat(proposal.lateInterest()).isNull();
        assertThat(proposal.recoveryIndemnity()).isNull();
    }

    @Test
    void customerB2bFlagOverridesTheConfiguredDefault() {
        Planner b2cByDefault = new Planner(dunning(false, EcbRates.single(new BigDecimal("2.15")), LADDER), COMPANY);
        Customer business = new Customer(5, "Pro SAS", "pro@pro.fr", "fr", true, false);
        Invoice defaultCustomerInvoice = invoice("F-default", 30, "10000.00");
        Invoice businessInvoice = invoice("F-pro", business, TODAY.minusDays(30), "10000.00");

        Plan plan = b2cByDefault.plan(List.of(fresh(defaultCustomerInvoice),
                new DunningCase(businessInvoice, business, List.of())), TODAY);

        assertThat(plan.forInvoice("F-default").orElseThrow().lateInterest()).isNull();
        assertThat(plan.forInvoice("F-pro").orElseThrow().lateInterest()).isEqualTo(Money.of("99.86", "EUR"));
    }

    @Test
    void missingEcbRateLeavesInterestEmptyWithAWarningButStillProposes() {
        Planner planner = new Planner(dunning(true, EcbRates.perHalfYear(List.of(
                new EcbRates.Entry(LocalDate.parse("2026-07-01"), new BigDecimal("2.15")))), LADDER), COMPANY);

        Plan plan = planner.plan(List.of(fresh(invoice("F-1", 10, "100.00"))), LocalDate.parse("2027-01-05"));

        assertThat(plan.proposals()).singleElement().satisfies(p -> {
            assertThat(p.lateInterest()).isNull();
            assertThat(p.recoveryIndemnity()).isEqualTo(Money.of("40.00", "EUR"));
            assertThat(p.warnings()).contains(
                    "no ECB rate for the half-year starting 2027-01-01: add it to dunning.ecbRates");
        });
    }

    @Test
    void thePlanSaysWhichHalfYearsUsedTheSingleRateBecauseNoPublishedRateCoversThem() {
        Planner planner = new Planner(dunning(true, EcbRates.single(new BigDecimal("2.15")), LADDER), COMPANY);
        Invoice old = invoice("F-OLD", CLIENT, LocalDate.parse("2026-03-31"), "1000.00");

        Plan plan = planner.plan(List.of(fresh(old), fresh(invoice("F-1", 10, "100.00"))), TODAY);

        assertThat(plan.proposals()).allSatisfy(p -> assertThat(p.lateInterest()).isNotNull());
        assertThat(plan.warnings()).containsExactly("late interest for 2026-H2 uses dunning.ecbRatePercent (2.15 %):"
                + " no published or configured ECB rate for it");
    }
}
