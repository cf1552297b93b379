package org.relance.dunning;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Set;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.config.LadderStep;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.ledger.Money;

/** Decides, for a given day, which ladder step to propose for each overdue invoice; pure, no clock inside. */
public final class Planner {

    /** A decision is taken or under way: nothing new until it resolves. */
    private static final Set<ReminderState> DECIDED = EnumSet.of(
            ReminderState.APPROVED, ReminderState.SENDING, ReminderState.NEEDS_REVIEW, ReminderState.ON_HOLD);
    /** Proposed but not yet decided: proposed again at its own step once due. */
    private static final Set<ReminderState> PENDING = EnumSet.of(
            ReminderState.PROPOSED, ReminderState.SNOOZED, ReminderState.WAITING);

    private static final Comparator<Proposal> ORDER = Comparator
            .comparingInt(Proposal::daysOverdue).reversed()
            .thenComparing(Proposal::invoice, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Proposal::invoiceId);

    private final Dunning dunning;
    private final List<LadderStep> ladder;
    private final ZoneId zone;
    private final int paymentTermsDays;
    private final LateInterest lateInterest;

    public Planner(Dunning dunning, Company company) {
        this.dunning = Objects.requireNonNull(dunning, "dunning");
        this.ladder = dunning.ladder();
        this.zone = Objects.requireNonNull(company.timezone(), "company.timezone");
        this.paymentTermsDays = company.paymentTermsDays();
        this.lateInterest = LateInterest.of(dunning);
    }

    public Plan plan(List<DunningCase> cases, LocalDate today) {
        return build(cases, today, this::next);
    }

    /**
     * The day's figures (amount due after credit notes, interest, indemnity) of every reminder already approved:
     * what its message states when it is written. Nothing new is proposed here.
     */
    public Plan approved(List<DunningCase> cases, LocalDate today) {
        return build(cases, today, (c, daysOverdue, day, planWarnings) -> c.history().stream()
                .filter(r -> r.state() == ReminderState.APPROVED)
                .max(Comparator.comparing(Reminder::id))
                .map(r -> new Next(r.step(), r.channel(), r.id(), List.of())));
    }

    /** Chooses the step of one case on a day: the ladder's rules for the plan, the approved step for messages. */
    private interface StepChooser {
        Optional<Next> choose(DunningCase c, int daysOverdue, LocalDate today, List<String> planWarnings);
    }

    private Plan build(List<DunningCase> cases, LocalDate today, StepChooser chooser) {
        Objects.requireNonNull(today, "today");
        List<String> planWarnings = new ArrayList<>();
        if (ladder.isEmpty()) {
            planWarnings.add("dunning.ladder is empty: nothing to propose");
            return new Plan(today, List.of(), planWarnings);
        }

        List<Open> invoices = new ArrayList<>();
        List<DunningCase> credits = new ArrayList<>();
        for (DunningCase c : cases) {
            Invoice invoice = c.invoice();
            if (!invoice.status().isOpen() || !invoice.amountDue().isPositive()) {
                continue;
            }
            if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
                credits.add(c);
                continue;
            }
            List<String> warnings = new ArrayList<>();
            LocalDate due = dueDate(invoice, warnings);
            if (due == null) {
                planWarnings.add("invoice " + invoice.number() + " has neither a due date nor an issue date: not planned");
                continue;
            }
            invoices.add(new Open(c, due, invoice.amountDue(), warnings));
        }
        applyCreditNotes(credits, invoices, planWarnings);

        List<Proposal> proposals = new ArrayList<>();
        for (Open open : invoices) {
            propose(open, today, planWarnings, chooser).ifPresent(proposals::add);
        }
        proposals.sort(ORDER);
        singleRateNote(proposals, today).ifPresent(planWarnings::add);
        return new Plan(today, proposals, planWarnings);
    }

    private LocalDate dueDate(Invoice invoice, List<String> warnings) {
        if (invoice.dueDate() != null) {
            return invoice.dueDate();
        }
        if (invoice.issueDate() == null) {
            return null;
        }
        LocalDate assumed = invoice.issueDate().plusDays(paymentTermsDays);
        warnings.add("no due date: assumed " + assumed + " (issue date + " + paymentTermsDays + " days)");
        return assumed;
    }

    /** Open credit notes pay the same customer's open invoices in the same currency, oldest due date first. */
    private static void applyCreditNotes(List<DunningCase> credits, List<Open> invoices, List<String> planWarnings) {
        Map<Pot, List<Open>> invoicesByPot = new HashMap<>();
        invoices.stream()
                .sorted(Comparator.comparing((Open o) -> o.dueDate)
                        .thenComparing(o -> o.c.invoice().number(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(o -> o.c.invoice().id()))
                .forEach(o -> invoicesByPot.computeIfAbsent(Pot.of(o.c.invoice()), k -> new ArrayList<>()).add(o));

        credits.sort(Comparator.comparing((DunningCase c) -> c.invoice().issueDate(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.invoice().number(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(c -> c.invoice().id()));
        for (DunningCase credit : credits) {
            Money left = credit.invoice().amountDue();
            for (Open open : invoicesByPot.getOrDefault(Pot.of(credit.invoice()), List.of())) {
                if (!left.isPositive()) {
                    break;
                }
                if (!open.amountDue.isPositive()) {
                    continue;
                }
                Money used = open.amountDue.compareTo(left) <= 0 ? open.amountDue : left;
                open.amountDue = open.amountDue.minus(used);
                left = left.minus(used);
                open.warnings.add("reduced by credit note " + credit.invoice().number() + " (" + used + ")");
            }
            if (left.isPositive()) {
                planWarnings.add("credit note " + credit.invoice().number() + " (" + credit.customer().name() + "): "
                        + left + " not applied, no open invoice of that customer left in "
                        + left.currency().getCurrencyCode());
            }
        }
    }

    /** Which half-years' interest used dunning.ecbRatePercent because no published or configured rate covers them. */
    private Optional<String> singleRateNote(List<Proposal> proposals, LocalDate today) {
        SortedSet<LocalDate> halves = new TreeSet<>();
        for (Proposal p : proposals) {
            if (p.lateInterest() != null) {
                halves.addAll(lateInterest.halfYearsOnSingleRate(p.dueDate(), today));
            }
        }
        if (halves.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = halves.stream().map(LateInterest::halfYearName).toList();
        return Optional.of("late interest for " + String.join(", ", names) + " uses dunning.ecbRatePercent ("
                + dunning.ecbRates().single().map(BigDecimal::toPlainString).orElse("?")
                + " %): no published or configured ECB rate for " + (names.size() == 1 ? "it" : "them"));
    }

    private Optional<Proposal> propose(Open open, LocalDate today, List<String> planWarnings, StepChooser chooser) {
        Invoice invoice = open.c.invoice();
        Customer customer = open.c.customer();
        if (customer.doNotChase() || !open.amountDue.isPositive()) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(open.dueDate, today);
        if (days <= 0) {
            return Optional.empty();
        }
        int daysOverdue = Math.toIntExact(days);
        Optional<Next> next = chooser.choose(open.c, daysOverdue, today, planWarnings);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>(open.warnings);
        warnings.addAll(next.get().warnings);
        String noAddress = ReminderComposer.missingAddress(customer, next.get().channel);
        if (noAddress != null) {
            // Said before anyone approves: the desk refuses the approval for this reason.
            warnings.add(noAddress + "; add it with relance import before approving");
        }

        Money interest = null;
        Money indemnity = null;
        boolean b2b = customer.b2b() != null ? customer.b2b() : dunning.b2b();
        if (b2b) {
            Currency currency = open.amountDue.currency();
            indemnity = lateInterest.recoveryIndemnity(currency);
            try {
                interest = lateInterest.interest(open.amountDue, open.dueDate, today);
            } catch (MissingEcbRate e) {
                // One missing rate must not hide the whole plan; the proposal says why it has no interest.
                warnings.add(e.getMessage());
            }
        }
        return Optional.of(new Proposal(invoice.number(), customer.name(), next.get().step, next.get().channel,
                daysOverdue, open.amountDue, interest, indemnity, open.dueDate, next.get().reminderId, warnings,
                invoice.id(), customer.id()));
    }

    /** The step due today given the reminder history, if any. */
    private Optional<Next> next(DunningCase c, int daysOverdue, LocalDate today, List<String> planWarnings) {
        List<Reminder> history = c.history();
        if (history.stream().anyMatch(r -> DECIDED.contains(r.state()))) {
            return Optional.empty();
        }

        Optional<Reminder> pending = history.stream()
                .filter(r -> PENDING.contains(r.state()))
                .max(Comparator.comparing((Reminder r) -> r.escalated() && r.state() == ReminderState.PROPOSED)
                        .thenComparing(Reminder::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Reminder::id));
        if (pending.isPresent()) {
            return again(pending.get(), today, c, planWarnings);
        }

        int lastSentStep = -1;
        for (Reminder r : history) {
            if (r.state() != ReminderState.SENT) {
                continue;
            }
            int index = indexOf(r.step());
            if (index < 0) {
                // Without knowing where it stood on the ladder, any proposal could repeat or skip a step.
                planWarnings.add("invoice " + c.invoice().number() + ": reminder " + r.id() + " was sent at step '"
                        + r.step() + "', which is not in dunning.ladder: not planned");
                return Optional.empty();
            }
            lastSentStep = Math.max(lastSentStep, index);
        }
        LocalDate lastSentOn = lastSentOn(history);
        if (lastSentStep == ladder.size() - 1) {
            return Optional.empty();
        }
        // Never reminded: start at the first step whatever the invoice's age, a first contact is always courteous.
        LadderStep step = ladder.get(lastSentStep + 1);
        if (daysOverdue < step.afterDueDays()) {
            return Optional.empty();
        }
        if (lastSentOn != null && ChronoUnit.DAYS.between(lastSentOn, today) < dunning.minDaysBetweenSteps()) {
            return Optional.empty();
        }
        return Optional.of(new Next(step.id(), step.channel().id(), null, List.of()));
    }

    /** The day the latest reminder reached the customer: the minimum gap counts from it. Null when none was sent. */
    private LocalDate lastSentOn(List<Reminder> history) {
        LocalDate last = null;
        for (Reminder r : history) {
            LocalDate sentOn = r.state() == ReminderState.SENT ? dateOf(r.sentAt() != null ? r.sentAt() : r.createdAt())
                    : null;
            if (sentOn != null && (last == null || sentOn.isAfter(last))) {
                last = sentOn;
            }
        }
        return last;
    }

    /**
     * The first day the ladder allows this step for the case: its days after the due date, and the minimum gap after
     * the latest sent reminder. Empty when the step is not in the ladder or the invoice has no date to count from.
     */
    public Optional<StepDay> firstDay(DunningCase c, String stepId) {
        int index = indexOf(stepId);
        LocalDate due = dueDate(c.invoice(), new ArrayList<>());
        if (index < 0 || due == null) {
            return Optional.empty();
        }
        LadderStep step = ladder.get(index);
        int afterDue = Math.max(1, step.afterDueDays());
        StepDay day = new StepDay(due.plusDays(afterDue), afterDue + " day(s) after the due date " + due);
        LocalDate lastSent = lastSentOn(c.history());
        if (lastSent != null && lastSent.plusDays(dunning.minDaysBetweenSteps()).isAfter(day.day())) {
            day = new StepDay(lastSent.plusDays(dunning.minDaysBetweenSteps()), dunning.minDaysBetweenSteps()
                    + " day(s) after the reminder sent on " + lastSent + " (dunning.minDaysBetweenSteps)");
        }
        return Optional.of(day);
    }

    /** The first day a step may be proposed, and the rule that sets it. */
    public record StepDay(LocalDate day, String why) {
    }

    /** A reminder already proposed comes back at its own step once it is due again. */
    private Optional<Next> again(Reminder r, LocalDate today, DunningCase c, List<String> planWarnings) {
        List<String> warnings = new ArrayList<>();
        switch (r.state()) {
            case PROPOSED -> {
                if (r.escalated()) {
                    warnings.add("escalated");
                }
            }
            case SNOOZED -> {
                if (r.snoozedUntil() != null && r.snoozedUntil().isAfter(today)) {
                    return Optional.empty();
                }
            }
            case WAITING -> {
                if (r.waitingUntil() == null) {
                    planWarnings.add("invoice " + c.invoice().number() + ": reminder " + r.id()
                            + " waits for a promise with no date: not planned");
                    return Optional.empty();
                }
                // The promised day itself is still kept; chasing resumes the day after.
                if (!r.waitingUntil().isBefore(today)) {
                    return Optional.empty();
                }
                warnings.add("payment promised by " + r.waitingUntil() + " not received");
            }
            default -> throw new IllegalStateException("not a pending state: " + r.state());
        }
        int index = indexOf(r.step());
        String channel = r.channel();
        if (index < 0) {
            warnings.add("step '" + r.step() + "' is not in dunning.ladder");
        } else if (channel == null) {
            channel = ladder.get(index).channel().id();
        }
        return Optional.of(new Next(r.step(), channel, r.id(), warnings));
    }

    private int indexOf(String stepId) {
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** An open invoice while the plan is built; its amount due shrinks as credit notes are applied. */
    private static final class Open {
        final DunningCase c;
        final LocalDate dueDate;
        final List<String> warnings;
        Money amountDue;

        Open(DunningCase c, LocalDate dueDate, Money amountDue, List<String> warnings) {
            this.c = c;
            this.dueDate = dueDate;
            this.amountDue = amountDue;
            this.warnings = warnings;
        }
    }

    /** Credit notes only pay invoices of the same customer in the same currency. */
    private record Pot(long customerId, Currency currency) {
        static Pot of(Invoice invoice) {
            return new Pot(invoice.customerId(), invoice.amountDue().currency());
        }
    }

    private record Next(String step, String channel, Long reminderId, List<String> warnings) {
    }
}
