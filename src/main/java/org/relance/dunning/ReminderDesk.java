package org.relance.dunning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.relance.config.LadderStep;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

/**
 * The one place a reminder changes state (approve, snooze, escalate, mark paid, promise, dispute), whatever the
 * channel: each decision runs in one transaction with its audit event, repeating it is harmless, and an illegal
 * one is refused with a reason. Thread-safe (the ledger serialises writers).
 */
public final class ReminderDesk {

    /** Waiting for a decision or for its date: what approve, snooze and promise act on. */
    private static final Set<ReminderState> PENDING =
            EnumSet.of(ReminderState.PROPOSED, ReminderState.SNOOZED, ReminderState.WAITING);
    /** Everything that may still lead to a message; cancelled when the invoice is paid. */
    private static final Set<ReminderState> CANCELLABLE = EnumSet.of(ReminderState.PROPOSED, ReminderState.APPROVED,
            ReminderState.SNOOZED, ReminderState.WAITING, ReminderState.ON_HOLD);

    /** Snoozing longer than this is not a snooze; a promise further ahead than this is not believed either. */
    static final int MAX_DAYS_AHEAD = 365;

    /** What a customer's reply puts on hold: every reminder that has not left yet. */
    private static final Set<ReminderState> HOLDABLE = EnumSet.of(ReminderState.PROPOSED, ReminderState.APPROVED,
            ReminderState.SNOOZED, ReminderState.WAITING);

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final EventLog events;
    private final PlanService plans;
    private final List<LadderStep> ladder;
    private final AutomaticAllocations allocations;
    private final MessagesInReview messages;
    private final Clock clock;
    private final ZoneId zone;

    public ReminderDesk(Ledger ledger, InvoiceStore invoices, ReminderStore reminders, EventLog events,
                        PlanService plans, List<LadderStep> ladder, AutomaticAllocations allocations,
                        MessagesInReview messages, Clock clock, ZoneId zone) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.reminders = reminders;
        this.events = events;
        this.plans = plans;
        this.ladder = List.copyOf(ladder);
        this.allocations = allocations;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The reminder a shown proposal names (a stored digest item needs one per item), in the caller's transaction:
     * the proposal's own when it has one, else a new {@code proposed} reminder at its step and channel with its
     * {@code reminder.proposed} event. Idempotent: the planner then proposes that reminder again (with its id), and a
     * proposal still without an id finds the proposed reminder already at its step.
     */
    public long propose(Handle h, Proposal p, Actor actor) {
        if (p.reminderId() != null) {
            return p.reminderId();
        }
        Optional<Reminder> already = reminders.forInvoice(h, p.invoiceId()).stream()
                .filter(r -> r.state() == ReminderState.PROPOSED && r.step().equals(p.step()))
                .reduce((first, second) -> second);
        if (already.isPresent()) {
            return already.get().id();
        }
        Invoice invoice = invoices.find(h, p.invoiceId())
                .orElseThrow(() -> new IllegalArgumentException("unknown invoice id " + p.invoiceId()));
        long id = insert(h, invoice, p.step(), p.channel(), ReminderState.PROPOSED, false, null, null, actor);
        record(h, actor, "reminder.proposed", invoice, id, p.step() + " proposed (" + p.channel() + ")");
        return id;
    }

    /** Who took the last decision on a reminder, and through which channel; empty when nobody did. */
    public Optional<Actor> decidedBy(Handle h, long reminderId) {
        return h.createQuery("SELECT decided_by, decided_via FROM reminders WHERE id = :id")
                .bind("id", reminderId)
                .map((rs, ctx) -> rs.getString("decided_by") == null || rs.getString("decided_via") == null ? null
                        : Actor.of(rs.getString("decided_by"), rs.getString("decided_via")))
                .findOne();
    }

    /** Approves the step the planner proposes today for this invoice, creating its reminder if needed. */
    public Decision approve(String number, Actor actor) {
        return ledger.inTransaction(h -> approve(h, number, actor));
    }

    /** Like {@link #approve(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision approve(Handle h, String number, Actor actor) {
        return onOpenInvoice(h, number, invoice -> {
            Optional<Proposal> proposal = plans.proposalFor(h, invoice, today());
            Optional<Reminder> inProgress = latest(h, invoice, EnumSet.of(ReminderState.APPROVED, ReminderState.SENDING));
            if (inProgress.isPresent()) {
                return Decision.already(number, "the " + inProgress.get().step() + " reminder is already approved")
                        .about(inProgress.get(), null);
            }
            if (proposal.isEmpty()) {
                return liftHoldByApproval(h, invoice, actor);
            }
            Proposal p = proposal.get();
            Optional<Decision> noAddress = withoutAddress(h, invoice, p.channel());
            if (noAddress.isPresent()) {
                return noAddress.get();
            }
            long id = upsertPending(h, invoice, p.step(), p.channel(), p.reminderId(), ReminderState.APPROVED,
                    null, null, actor);
            record(h, actor, "reminder.approved", invoice, id, p.step() + " approved");
            return Decision.done(number, "approved the " + p.step() + " reminder (" + p.channel() + ")").about(p.step(), id, null);
        });
    }

    /**
     * Approving with nothing proposed today lifts a hold (a customer's reply), approving the step that was held and
     * never a later one. When that step is not due yet (the reply came the day the previous reminder left), the hold
     * is lifted without approving: the reminder waits, snoozed, until the first day the ladder allows it.
     */
    private Decision liftHoldByApproval(Handle h, Invoice invoice, Actor actor) {
        String number = invoice.number();
        Optional<Reminder> held = latest(h, invoice, EnumSet.of(ReminderState.ON_HOLD));
        if (held.isEmpty()) {
            Optional<Reminder> lifted = liftedHold(h, invoice);
            if (lifted.isPresent()) {
                return Decision.already(number, "the hold is already lifted: the " + lifted.get().step()
                        + " reminder is proposed on " + lifted.get().snoozedUntil())
                        .because(Decision.Code.HOLD_LIFTED).about(lifted.get(), lifted.get().snoozedUntil());
            }
            return Decision.refused(number, "no reminder is due today for " + number).because(Decision.Code.NOTHING_DUE);
        }
        Reminder step = held.get();
        Optional<Decision> noAddress = withoutAddress(h, invoice, step.channel());
        if (noAddress.isPresent()) {
            return noAddress.get();
        }
        // Only an explicit escalation skips the ladder's days; otherwise the held step keeps its gap.
        Optional<Planner.StepDay> first = step.escalated() ? Optional.empty()
                : plans.firstDayFor(h, invoice, step.step());
        if (first.isPresent() && first.get().day().isAfter(today())) {
            LocalDate day = first.get().day();
            Reminder resumed = resumeHeld(h, invoice, ReminderState.SNOOZED, day, null, actor).orElseThrow();
            record(h, actor, "reminder.hold_lifted", invoice, resumed.id(), resumed.step()
                    + " not due before " + day + " (" + first.get().why() + "): proposed again then");
            return Decision.done(number, "hold lifted; the " + resumed.step() + " reminder is not due yet ("
                    + first.get().why() + "): it is proposed on " + day)
                    .because(Decision.Code.HOLD_LIFTED).about(resumed, day);
        }
        Reminder resumed = resumeHeld(h, invoice, ReminderState.APPROVED, null, null, actor).orElseThrow();
        record(h, actor, "reminder.approved", invoice, resumed.id(), resumed.step() + " approved: the hold is lifted");
        return Decision.done(number, "hold lifted: approved the " + resumed.step() + " reminder ("
                + resumed.channel() + ")").about(resumed, null);
    }

    /** The reminder an approval put off when it lifted a hold, while it still waits for its day. */
    private Optional<Reminder> liftedHold(Handle h, Invoice invoice) {
        Optional<Reminder> pending = latest(h, invoice, PENDING);
        if (pending.isEmpty() || pending.get().state() != ReminderState.SNOOZED
                || pending.get().snoozedUntil() == null || !pending.get().snoozedUntil().isAfter(today())) {
            return Optional.empty();
        }
        List<Event> history = events.forInvoice(h, invoice.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            Event e = history.get(i);
            if (Long.valueOf(pending.get().id()).equals(e.reminderId())) {
                return e.kind().equals("reminder.hold_lifted") ? pending : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An email or letter step for a customer without a usable address is refused: nothing could be sent. */
    private Optional<Decision> withoutAddress(Handle h, Invoice invoice, String channel) {
        Customer customer = invoices.customers(h).get(invoice.customerId());
        String missing = customer == null ? null : ReminderComposer.missingAddress(customer, channel);
        if (missing == null) {
            return Optional.empty();
        }
        String letter = LadderStep.Channel.LETTER.id().equals(channel)
                ? " (the formal notice is sent to the customer as an email attachment)" : "";
        return Optional.of(Decision.refused(invoice.number(), missing + letter + "; add it with relance import")
                .because(Decision.Code.NO_ADDRESS));
    }

    /** Puts today's reminder off for {@code days} days; it is proposed again on that day. */
    public Decision snooze(String number, int days, Actor actor) {
        return ledger.inTransaction(h -> snooze(h, number, days, actor));
    }

    /** Like {@link #snooze(String, int, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision snooze(Handle h, String number, int days, Actor actor) {
        if (days < 1 || days > MAX_DAYS_AHEAD) {
            return Decision.refused(number, "snooze takes 1 to " + MAX_DAYS_AHEAD + " days, got " + days)
                    .because(Decision.Code.OUT_OF_RANGE);
        }
        LocalDate until = today().plusDays(days);
        return onOpenInvoice(h, number, invoice -> {
            Optional<Proposal> proposal = plans.proposalFor(h, invoice, today());
            Optional<Reminder> pending = latest(h, invoice, PENDING);
            if (pending.isPresent() && pending.get().state() == ReminderState.SNOOZED
                    && until.equals(pending.get().snoozedUntil())) {
                return Decision.already(number, "already snoozed until " + until).about(pending.get(), until);
            }
            if (proposal.isEmpty()) {
                Optional<Reminder> resumed = resumeHeld(h, invoice, ReminderState.SNOOZED, until, null, actor);
                if (resumed.isPresent()) {
                    record(h, actor, "reminder.snoozed", invoice, resumed.get().id(),
                            resumed.get().step() + " snoozed until " + until + ": the hold is lifted");
                    return Decision.done(number, "hold lifted: the " + resumed.get().step()
                            + " reminder comes back on " + until).about(resumed.get(), until);
                }
                return Decision.refused(number, "no reminder is due today for " + number + ": nothing to snooze")
                        .because(Decision.Code.NOTHING_DUE);
            }
            Proposal p = proposal.get();
            long id = upsertPending(h, invoice, p.step(), p.channel(), p.reminderId(), ReminderState.SNOOZED,
                    until, null, actor);
            record(h, actor, "reminder.snoozed", invoice, id, p.step() + " snoozed until " + until);
            return Decision.done(number, "snoozed the " + p.step() + " reminder until " + until).about(p.step(), id, until);
        });
    }

    /** Jumps to the next ladder step now, whatever its day; the step it replaces is cancelled. */
    public Decision escalate(String number, Actor actor) {
        return ledger.inTransaction(h -> escalate(h, number, actor));
    }

    /** Like {@link #escalate(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision escalate(Handle h, String number, Actor actor) {
        return onOpenInvoice(h, number, invoice -> {
            Optional<Proposal> proposal = plans.proposalFor(h, invoice, today());
            List<Reminder> history = reminders.forInvoice(h, invoice.id());
            // A double click: the current reminder is already the step an escalation of today created.
            Optional<Reminder> escalatedToday = history.stream()
                    .filter(r -> r.escalated() && EnumSet.of(ReminderState.PROPOSED, ReminderState.APPROVED,
                            ReminderState.SENDING).contains(r.state()))
                    .filter(r -> r.createdAt() != null && LocalDate.ofInstant(r.createdAt(), zone).equals(today()))
                    .reduce((first, second) -> second);
            if (escalatedToday.isPresent()) {
                return Decision.already(number, "already escalated to the " + escalatedToday.get().step()
                        + " step today").about(escalatedToday.get(), null);
            }
            if (history.stream().anyMatch(r -> r.state() == ReminderState.APPROVED || r.state() == ReminderState.SENDING)) {
                return Decision.refused(number, "a reminder is approved and about to leave: escalate after it is sent")
                        .because(Decision.Code.BEING_SENT);
            }
            // A held step (a customer replied), or one snoozed or waiting for a promise, counts as the current one,
            // as today's proposal would: escalating it goes to the step after it, never repeats it.
            int current = proposal.map(p -> stepIndex(p.step())).orElseGet(() -> history.stream()
                    .filter(r -> r.state() == ReminderState.SENT || r.state() == ReminderState.ON_HOLD
                            || PENDING.contains(r.state()))
                    .mapToInt(r -> stepIndex(r.step()))
                    .max().orElse(-1));
            int next = current + 1;
            if (next >= ladder.size()) {
                return Decision.refused(number, "already at the last step (" + ladder.get(ladder.size() - 1).id() + ")")
                        .because(Decision.Code.LAST_STEP);
            }
            for (Reminder r : history) {
                // A hold (a customer's reply) ends with this decision too.
                if (PENDING.contains(r.state()) || r.state() == ReminderState.ON_HOLD) {
                    setState(h, r.id(), ReminderState.CANCELLED, actor);
                    record(h, actor, "reminder.cancelled", invoice, r.id(), r.step() + " cancelled: escalated to "
                            + ladder.get(next).id());
                }
            }
            LadderStep step = ladder.get(next);
            long id = insert(h, invoice, step.id(), step.channel().id(), ReminderState.PROPOSED, true, null, null, actor);
            record(h, actor, "reminder.escalated", invoice, id, "escalated to " + step.id());
            return Decision.done(number, "escalated to the " + step.id() + " step, proposed now").about(step.id(), id, null);
        });
    }

    /** The invoice was paid by means Relance did not see: it is closed and nothing more is sent. */
    public Decision markPaid(String number, Actor actor) {
        return ledger.inTransaction(h -> markPaid(h, number, actor));
    }

    /** Like {@link #markPaid(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision markPaid(Handle h, String number, Actor actor) {
        return onInvoice(h, number, invoice -> {
            if (!invoices.setStatus(h, invoice, InvoiceStatus.PAID, actor.who(), actor.channel())) {
                return Decision.already(number, number + " is already marked paid");
            }
            int cancelled = cancelAll(h, invoice, actor, "invoice paid").size();
            return Decision.done(number, "marked paid" + (cancelled > 0 ? ", " + cancelled + " reminder(s) cancelled" : ""));
        });
    }

    /**
     * A payment recorded in the caller's transaction made the invoice paid: every reminder that could still lead to
     * a message is cancelled there too, with its event. Returns the ids of the cancelled reminders (none when the
     * invoice is not paid, or nothing was pending). A reminder already {@code sending} is left to the sender, which
     * only claims reminders of open invoices.
     */
    public List<Long> cancelForPayment(Handle h, Invoice paid, long paymentId, Actor actor) {
        if (paid.status() != InvoiceStatus.PAID) {
            return List.of();
        }
        return cancelAll(h, paid, actor, "invoice paid by payment #" + paymentId);
    }

    /** The customer promised to pay by {@code date}: the chase pauses and resumes the day after if still unpaid. */
    public Decision promise(String number, LocalDate date, Actor actor) {
        return ledger.inTransaction(h -> promise(h, number, date, actor));
    }

    /** Like {@link #promise(String, LocalDate, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision promise(Handle h, String number, LocalDate date, Actor actor) {
        if (date.isBefore(today())) {
            return Decision.refused(number, "the promised date " + date + " is in the past")
                    .because(Decision.Code.OUT_OF_RANGE);
        }
        if (date.isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            return Decision.refused(number, "the promised date " + date + " is more than " + MAX_DAYS_AHEAD
                    + " days ahead (at most " + today().plusDays(MAX_DAYS_AHEAD) + ")").because(Decision.Code.OUT_OF_RANGE);
        }
        return onOpenInvoice(h, number, invoice -> {
            Optional<Proposal> proposal = plans.proposalFor(h, invoice, today());
            Optional<Reminder> pending = latest(h, invoice, PENDING);
            if (pending.isPresent() && pending.get().state() == ReminderState.WAITING
                    && date.equals(pending.get().waitingUntil())) {
                return Decision.already(number, "already waiting for payment by " + date).about(pending.get(), date);
            }
            String step;
            String channel;
            Long existing;
            if (proposal.isPresent()) {
                step = proposal.get().step();
                channel = proposal.get().channel();
                existing = proposal.get().reminderId();
            } else if (pending.isPresent()) {
                step = pending.get().step();
                channel = pending.get().channel();
                existing = pending.get().id();
            } else {
                Optional<Reminder> resumed = resumeHeld(h, invoice, ReminderState.WAITING, null, date, actor);
                if (resumed.isPresent()) {
                    record(h, actor, "reminder.promised", invoice, resumed.get().id(),
                            "customer promised to pay by " + date + ": the hold is lifted");
                    return Decision.done(number, "waiting for payment by " + date + "; the chase resumes on "
                            + date.plusDays(1)).about(resumed.get(), date);
                }
                return Decision.refused(number, "no reminder is due for " + number + ": nothing to pause")
                        .because(Decision.Code.NOTHING_DUE);
            }
            long id = upsertPending(h, invoice, step, channel, existing, ReminderState.WAITING, null, date, actor);
            record(h, actor, "reminder.promised", invoice, id, "customer promised to pay by " + date);
            return Decision.done(number, "waiting for payment by " + date + "; the chase resumes on " + date.plusDays(1))
                    .about(step, id, date);
        });
    }

    /**
     * Withdraws the invoice's current reminder (proposed, snoozed, waiting or approved but not yet sent): nothing is
     * sent for it. The invoice stays open; the planner proposes a reminder again when the ladder next says so.
     */
    public Decision cancel(String number, Actor actor) {
        return ledger.inTransaction(h -> cancel(h, number, actor));
    }

    /** Like {@link #cancel(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision cancel(Handle h, String number, Actor actor) {
        return onOpenInvoice(h, number, invoice -> {
            List<Reminder> current = reminders.forInvoice(h, invoice.id()).stream()
                    .filter(r -> PENDING.contains(r.state()) || r.state() == ReminderState.APPROVED)
                    .toList();
            if (current.isEmpty()) {
                Optional<Reminder> sending = latest(h, invoice, EnumSet.of(ReminderState.SENDING));
                return sending.isPresent()
                        ? Decision.refused(number, "the " + sending.get().step() + " reminder is being sent now")
                                .because(Decision.Code.BEING_SENT).about(sending.get(), null)
                        : Decision.already(number, "no reminder of " + number + " is waiting: nothing to cancel");
            }
            for (Reminder r : current) {
                setState(h, r.id(), ReminderState.CANCELLED, actor);
                record(h, actor, "reminder.cancelled", invoice, r.id(), r.step() + " cancelled by " + actor.who());
            }
            return Decision.done(number, "cancelled the " + current.get(current.size() - 1).step() + " reminder")
                    .about(current.get(current.size() - 1), null);
        });
    }

    /** The customer disputes the invoice: the chase stops until someone resolves it. */
    public Decision dispute(String number, Actor actor) {
        return ledger.inTransaction(h -> dispute(h, number, actor));
    }

    /** Like {@link #dispute(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision dispute(Handle h, String number, Actor actor) {
        return onInvoice(h, number, invoice -> {
            if (invoice.status() == InvoiceStatus.DISPUTED) {
                return Decision.already(number, number + " is already disputed");
            }
            if (!invoice.status().isOpen()) {
                return Decision.refused(number, number + " is " + invoice.status().id() + ": nothing to dispute")
                        .because(Decision.Code.INVOICE_CLOSED);
            }
            invoices.setStatus(h, invoice, InvoiceStatus.DISPUTED, actor.who(), actor.channel());
            for (Reminder r : reminders.forInvoice(h, invoice.id())) {
                if (PENDING.contains(r.state()) || r.state() == ReminderState.APPROVED) {
                    setState(h, r.id(), ReminderState.ON_HOLD, actor);
                    record(h, actor, "reminder.on_hold", invoice, r.id(), r.step() + " on hold: the invoice is disputed");
                }
            }
            return Decision.done(number, "disputed: the chase is on hold");
        });
    }

    /**
     * The invoice was marked paid by mistake (a person's {@code paid}, or a wrong automatic match): it is owed again,
     * its amount due recomputed from what is still applied to it. When payments settled it, the newest allocations
     * the matcher applied alone are undone (kept as rejected) until it is owed again, and their payment waits for a
     * person, never applied again by itself; after a person's wrong {@code paid}, and for allocations a person
     * confirmed, every payment stays. The chase resumes: the planner proposes the next step when the ladder says so.
     */
    public Decision reopen(String number, Actor actor) {
        return ledger.inTransaction(h -> reopen(h, number, actor));
    }

    /** Like {@link #reopen(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision reopen(Handle h, String number, Actor actor) {
        return onInvoice(h, number, invoice -> {
            if (invoice.status() != InvoiceStatus.PAID) {
                if (invoice.status().isOpen() && lastStatusEvent(h, invoice).equals("invoice.reopened")) {
                    return Decision.already(number, number + " is already reopened (" + invoice.status().id()
                            + ", " + invoice.amountDue() + " due)");
                }
                return Decision.refused(number, number + " is " + invoice.status().id() + ", not paid: nothing to reopen")
                        .because(Decision.Code.NOT_APPLICABLE);
            }
            Money due = invoices.dueFromAllocations(h, invoice);
            List<AutomaticAllocations.Applied> automatic = new ArrayList<>();
            if (!due.isPositive()) {
                // Paid by its allocations, not by a person's "paid": the newest the matcher applied alone are the
                // suspects, undone until the invoice is owed again; older ones and confirmed ones stay.
                List<AutomaticAllocations.Applied> newestFirst = new ArrayList<>(allocations.on(h, invoice.id()));
                Collections.reverse(newestFirst);
                for (AutomaticAllocations.Applied a : newestFirst) {
                    if (due.isPositive()) {
                        break;
                    }
                    due = due.plus(a.amount()).plus(a.fees());
                    automatic.add(a);
                }
                if (!due.isPositive()) {
                    return Decision.refused(number, number + " is paid by its prepaid amount or by payments a person "
                            + "confirmed: nothing to reopen; correct it with relance import").because(Decision.Code.NOT_APPLICABLE);
                }
            }
            for (AutomaticAllocations.Applied a : automatic) {
                allocations.undo(h, a, number, actor);
            }
            String why = automatic.isEmpty() ? "" : automatic.size() + " automatic allocation(s) undone, payment(s) #"
                    + String.join(", #", automatic.stream().map(a -> String.valueOf(a.paymentId())).toList())
                    + " back to matching";
            Invoice reopened = invoices.reopen(h, invoice, actor.who(), actor.channel(), why).orElseThrow(
                    () -> new IllegalStateException(number + " changed while it was reopened"));
            return Decision.done(number, "reopened: " + reopened.status().id() + ", " + reopened.amountDue() + " due"
                    + (why.isEmpty() ? "" : "; " + why + ", waiting for a person") + "; the chase resumes");
        });
    }

    /**
     * The dispute is over: the invoice is open (or partially paid) again and the chase resumes. What the dispute held
     * is cancelled, so the planner decides afresh from the ladder (the step after the last one sent, its days and
     * the minimum gap) instead of releasing a reminder approved before the dispute.
     */
    public Decision resolve(String number, Actor actor) {
        return ledger.inTransaction(h -> resolve(h, number, actor));
    }

    /** Like {@link #resolve(String, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision resolve(Handle h, String number, Actor actor) {
        return onInvoice(h, number, invoice -> {
            if (invoice.status() != InvoiceStatus.DISPUTED) {
                if (invoice.status().isOpen() && lastStatusEvent(h, invoice).equals("invoice.dispute_resolved")) {
                    return Decision.already(number, "the dispute on " + number + " is already resolved");
                }
                return Decision.refused(number, number + " is " + invoice.status().id()
                        + ", not disputed: nothing to resolve").because(Decision.Code.NOT_APPLICABLE);
            }
            InvoiceStatus back = invoice.amountDue().compareTo(invoice.total()) < 0
                    ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
            invoices.setStatus(h, invoice, back, "invoice.dispute_resolved", actor.who(), actor.channel());
            int cancelled = 0;
            for (Reminder r : reminders.forInvoice(h, invoice.id())) {
                if (r.state() == ReminderState.ON_HOLD) {
                    setState(h, r.id(), ReminderState.CANCELLED, actor);
                    record(h, actor, "reminder.cancelled", invoice, r.id(), r.step()
                            + " cancelled: the dispute is resolved, the ladder decides again");
                    cancelled++;
                }
            }
            return Decision.done(number, "dispute resolved: " + back.id() + ", the chase resumes"
                    + (cancelled > 0 ? " (" + cancelled + " held reminder(s) withdrawn, the plan proposes again)" : ""));
        });
    }

    /** Kinds of the events that change an invoice's status, newest decides what a repeated decision means. */
    private static final Set<String> STATUS_EVENTS = Set.of("invoice.open", "invoice.partially_paid", "invoice.paid",
            "invoice.disputed", "invoice.cancelled", "invoice.reopened", "invoice.dispute_resolved", "payment.applied");

    private String lastStatusEvent(Handle h, Invoice invoice) {
        List<Event> history = events.forInvoice(h, invoice.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            if (STATUS_EVENTS.contains(history.get(i).kind())) {
                return history.get(i).kind();
            }
        }
        return "";
    }

    /**
     * The customer answered one of our reminders about this invoice (called in the mailbox's transaction): the chase
     * pauses until a person decides. Every reminder not yet sent (proposed, approved, snoozed, waiting) goes on
     * hold; when none was pending, an on-hold reminder at the next ladder step records the pause, so the planner
     * proposes nothing for the invoice. The hold ends with {@link #approve} (the held step is approved),
     * {@link #snooze}, {@link #promise}, {@link #escalate}, {@link #markPaid} or {@link #dispute}. Writes
     * {@code customer.replied} (details: from, subject) for the team, then one {@code reminder.on_hold} per reminder.
     * A closed invoice only gets the event.
     */
    public Decision customerReplied(Handle h, long invoiceId, String from, String subject, Actor actor) {
        Invoice invoice = invoices.find(h, invoiceId)
                .orElseThrow(() -> new IllegalArgumentException("unknown invoice id " + invoiceId));
        String number = invoice.number();
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "customer.replied", invoice.id(),
                null, null, "from " + from + ": " + (subject == null || subject.isBlank() ? "(no subject)" : subject)));
        if (!invoice.status().isOpen()) {
            return Decision.already(number, number + " is " + invoice.status().id() + ": no chase to pause");
        }
        List<Reminder> history = reminders.forInvoice(h, invoice.id());
        int held = 0;
        for (Reminder r : history) {
            if (HOLDABLE.contains(r.state())) {
                setState(h, r.id(), ReminderState.ON_HOLD, actor);
                record(h, actor, "reminder.on_hold", invoice, r.id(), r.step() + " on hold: the customer replied");
                held++;
            }
        }
        if (held > 0) {
            return Decision.done(number, "chase paused: " + held + " reminder(s) on hold until someone decides");
        }
        if (history.stream().anyMatch(r -> r.state() == ReminderState.ON_HOLD)) {
            return Decision.already(number, "the chase of " + number + " is already on hold");
        }
        int next = history.stream()
                .filter(r -> r.state() == ReminderState.SENT || r.state() == ReminderState.SENDING)
                .mapToInt(r -> stepIndex(r.step()))
                .max().orElse(-1) + 1;
        if (next >= ladder.size()) {
            return Decision.already(number, "every step of the ladder was sent for " + number + ": nothing to pause");
        }
        LadderStep step = ladder.get(next);
        long id = insert(h, invoice, step.id(), step.channel().id(), ReminderState.ON_HOLD, false, null, null, actor);
        record(h, actor, "reminder.on_hold", invoice, id, step.id() + " on hold: the customer replied");
        return Decision.done(number, "chase paused before the " + step.id() + " step until someone decides");
    }

    /**
     * A person checked a message the sender could not vouch for ({@code needs_review}). {@code delivered}: the
     * customer got it, so its reminders and its outbox row become sent. Otherwise the row is queued again (attempts
     * reset, same Message-ID) and its reminders approved, so the next send run sends it, still only through the
     * sender's claim (invoice open). A message carrying several invoices' reminders is resolved as a whole.
     */
    public Decision resolveReview(String number, boolean delivered, Actor actor) {
        return ledger.inTransaction(h -> resolveReview(h, number, delivered, actor));
    }

    /** Like {@link #resolveReview(String, boolean, Actor)}, in the caller's transaction (the plan is read there too). */
    public Decision resolveReview(Handle h, String number, boolean delivered, Actor actor) {
        String kind = delivered ? "reminder.review_delivered" : "reminder.review_resend";
        return onInvoice(h, number, invoice -> {
            List<Reminder> history = reminders.forInvoice(h, invoice.id());
            List<Reminder> inReview = history.stream().filter(r -> r.state() == ReminderState.NEEDS_REVIEW).toList();
            if (inReview.isEmpty()) {
                if (!history.isEmpty() && resolvedAs(h, invoice, history.get(history.size() - 1).id(), kind)) {
                    return Decision.already(number, delivered ? "already confirmed delivered"
                            : "already queued to be sent again");
                }
                return Decision.refused(number, "nothing is in review for " + number).because(Decision.Code.NOTHING_DUE);
            }
            Set<Long> resolved = new LinkedHashSet<>();
            for (Reminder r : inReview) {
                for (MessagesInReview.InReview row : messages.carrying(h, r.id())) {
                    resolved.addAll(resolveRow(h, row, delivered, kind, actor));
                }
                if (!resolved.contains(r.id())) {
                    // In review without an outbox row in review: the reminder alone is resolved.
                    resolveReminder(h, r.id(), null, clock.instant(), delivered, kind, "no outbox row", actor);
                    resolved.add(r.id());
                }
            }
            int others = resolved.size() - inReview.size();
            String also = others > 0 ? " (one message with " + others + " other reminder(s))" : "";
            return Decision.done(number, delivered ? "confirmed delivered: marked sent" + also
                    : "queued to be sent again on the next send run" + also);
        });
    }

    /** Resolves one message in review (through its owner) and every reminder it carries; returns those reminders. */
    private List<Long> resolveRow(Handle h, MessagesInReview.InReview row, boolean delivered, String kind,
                                  Actor actor) {
        // The message was handed to the server when it was claimed: that is when it left, if it did.
        Instant sentAt = row.claimedAt() == null ? clock.instant() : row.claimedAt();
        String note = (delivered ? "confirmed delivered by " : "resend decided by ") + actor.who() + " (" + actor.channel() + ")";
        if (delivered) {
            messages.delivered(h, row.outboxId(), sentAt, note);
        } else {
            messages.resend(h, row.outboxId(), note);
        }
        for (long reminderId : row.reminders()) {
            recordOn(h, actor, delivered ? "outbox.sent" : "outbox.requeued", reminderId,
                    "outbox #" + row.outboxId() + " " + row.messageId() + ": " + note);
            resolveReminder(h, reminderId, Long.valueOf(reminderId).equals(row.lead()) ? row.messageId() : null, sentAt, delivered,
                    kind, "outbox #" + row.outboxId() + " " + row.messageId(), actor);
        }
        return row.reminders();
    }

    private void resolveReminder(Handle h, long reminderId, String messageId, Instant sentAt,
                                 boolean delivered, String kind, String what, Actor actor) {
        int changed = delivered
                ? h.createUpdate("""
                        UPDATE reminders SET state = 'sent', message_id = COALESCE(:messageId, message_id),
                            sent_at = :sentAt, decided_by = :who, decided_via = :via, updated_at = :now
                        WHERE id = :id AND state = 'needs_review'""")
                        .bind("messageId", messageId).bind("sentAt", sentAt.toString())
                        .bind("who", actor.who()).bind("via", actor.channel())
                        .bind("now", clock.instant().toString()).bind("id", reminderId)
                        .execute()
                : h.createUpdate("""
                        UPDATE reminders SET state = 'approved', decided_by = :who, decided_via = :via, updated_at = :now
                        WHERE id = :id AND state = 'needs_review'""")
                        .bind("who", actor.who()).bind("via", actor.channel())
                        .bind("now", clock.instant().toString()).bind("id", reminderId)
                        .execute();
        if (changed == 1) {
            recordOn(h, actor, kind, reminderId, (delivered ? "reviewed: the customer got " : "reviewed: send again ")
                    + what);
        }
    }

    /** Whether this invoice's latest reminder was last resolved from review with {@code kind}. */
    private boolean resolvedAs(Handle h, Invoice invoice, long latestReminder, String kind) {
        List<Event> history = events.forInvoice(h, invoice.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            Event e = history.get(i);
            if (e.kind().startsWith("reminder.review_")) {
                return e.kind().equals(kind) && Long.valueOf(latestReminder).equals(e.reminderId());
            }
        }
        return false;
    }

    // The sender's steps. Unlike the decisions above they join the sender's transaction (the outbox row changes in
    // the same commit) and act on a reminder id; each changes the state only from the state it expects.

    /**
     * Claims an approved reminder for sending (approved → sending), only while its invoice is still open.
     *
     * @return false when the reminder is no longer approved or its invoice was paid, cancelled or disputed meanwhile
     */
    public boolean startSending(Handle h, long reminderId, Actor actor) {
        int changed = h.createUpdate("""
                UPDATE reminders SET state = 'sending', updated_at = :now
                WHERE id = :id AND state = 'approved'
                  AND EXISTS (SELECT 1 FROM invoices i WHERE i.id = reminders.invoice_id
                              AND i.status IN ('open', 'partially_paid'))""")
                .bind("now", clock.instant().toString())
                .bind("id", reminderId)
                .execute();
        if (changed == 1) {
            recordOn(h, actor, "reminder.sending", reminderId, "claimed for sending");
        }
        return changed == 1;
    }

    /**
     * Why an approved reminder cannot be sent now.
     *
     * @param invoiceClosed its invoice was paid or cancelled: nothing is owed any more
     */
    public record Unsendable(String reason, boolean invoiceClosed) {
    }

    /**
     * Checks a reminder the sender could not claim. When its invoice was paid or cancelled, the reminder is cancelled
     * here (with its event), as {@link #markPaid} would; a disputed invoice's reminder stays on hold. Empty when it
     * is in fact sendable.
     */
    public Optional<Unsendable> cancelIfUnsendable(Handle h, long reminderId, Actor actor) {
        Optional<Reminder> found = reminders.find(h, reminderId);
        if (found.isEmpty()) {
            return Optional.of(new Unsendable("reminder " + reminderId + " does not exist", false));
        }
        Reminder reminder = found.get();
        InvoiceStatus status = h.createQuery("SELECT status FROM invoices WHERE id = :id")
                .bind("id", reminder.invoiceId())
                .mapTo(String.class)
                .map(InvoiceStatus::fromId)
                .one();
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED) {
            if (CANCELLABLE.contains(reminder.state())) {
                setState(h, reminderId, ReminderState.CANCELLED, actor);
                recordOn(h, actor, "reminder.cancelled", reminderId,
                        reminder.step() + " cancelled before sending: invoice " + status.id());
            }
            return Optional.of(new Unsendable("invoice is " + status.id(), true));
        }
        if (!status.isOpen()) {
            if (reminder.state() == ReminderState.APPROVED) {
                // Approved again after the dispute (a resend after review): held like the others.
                setState(h, reminderId, ReminderState.ON_HOLD, actor);
                recordOn(h, actor, "reminder.on_hold", reminderId,
                        reminder.step() + " held before sending: invoice " + status.id());
            }
            return Optional.of(new Unsendable("invoice is " + status.id(), false));
        }
        if (reminder.state() != ReminderState.APPROVED) {
            return Optional.of(new Unsendable("reminder is " + reminder.state().id(), false));
        }
        return Optional.empty();
    }

    /**
     * The message left (SMTP accepted it): sending → sent, with its Message-ID and time. {@code messageId} is null for
     * the other reminders of a grouped message ({@code reminders.message_id} is unique; the outbox row knows them).
     */
    public void sent(Handle h, long reminderId, String messageId, String details, Actor actor) {
        String now = clock.instant().toString();
        int changed = h.createUpdate("""
                UPDATE reminders SET state = 'sent', message_id = :messageId, sent_at = :now, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("messageId", messageId)
                .bind("now", now)
                .bind("id", reminderId)
                .execute();
        if (changed == 1) {
            recordOn(h, actor, "reminder.sent", reminderId, details);
        }
    }

    /** A transient failure or a recovery retry: sending → approved, so it is claimed again later. */
    public void sendLater(Handle h, long reminderId, String reason, Actor actor) {
        fromSending(h, reminderId, ReminderState.APPROVED, "reminder.send_deferred", reason, actor);
    }

    /** The server refused the message for good: sending → failed. */
    public void sendFailed(Handle h, long reminderId, String reason, Actor actor) {
        fromSending(h, reminderId, ReminderState.FAILED, "reminder.send_failed", reason, actor);
    }

    /** It cannot be known whether the message left: sending → needs_review, for a person to check. */
    public void needsReview(Handle h, long reminderId, String reason, Actor actor) {
        fromSending(h, reminderId, ReminderState.NEEDS_REVIEW, "reminder.needs_review", reason, actor);
    }

    private void fromSending(Handle h, long reminderId, ReminderState to, String kind, String reason, Actor actor) {
        int changed = h.createUpdate("""
                UPDATE reminders SET state = :state, updated_at = :now WHERE id = :id AND state = 'sending'""")
                .bind("state", to.id())
                .bind("now", clock.instant().toString())
                .bind("id", reminderId)
                .execute();
        if (changed == 1) {
            recordOn(h, actor, kind, reminderId, reason);
        }
    }

    private void recordOn(Handle h, Actor actor, String kind, long reminderId, String details) {
        long invoiceId = h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                .bind("id", reminderId)
                .mapTo(Long.class)
                .one();
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), kind, invoiceId, reminderId, null,
                details));
    }

    /** Runs a decision on a known invoice in the caller's transaction, or refuses an unknown number. */
    private Decision onInvoice(Handle h, String number, Function<Invoice, Decision> decide) {
        return invoices.find(h, number, InvoiceKind.INVOICE)
                .map(decide)
                .orElseGet(() -> invoices.find(h, number, InvoiceKind.CREDIT_NOTE).isPresent()
                        ? Decision.refused(number, number + " is a credit note: the company owes it, it cannot be chased")
                                .because(Decision.Code.CREDIT_NOTE)
                        : Decision.refused(number, "unknown invoice " + number).because(Decision.Code.UNKNOWN_INVOICE));
    }

    /** Like {@link #onInvoice}, for decisions that only make sense while money is still expected. */
    private Decision onOpenInvoice(Handle h, String number, Function<Invoice, Decision> decide) {
        return onInvoice(h, number, invoice -> invoice.status().isOpen()
                ? decide.apply(invoice)
                : Decision.refused(number, number + " is " + invoice.status().id() + ": nothing to chase")
                        .because(Decision.Code.INVOICE_CLOSED));
    }

    /**
     * Ends a hold on an open invoice with a person's decision: the newest held reminder takes state {@code to}, any
     * older held one is cancelled. Empty when nothing is on hold.
     */
    private Optional<Reminder> resumeHeld(Handle h, Invoice invoice, ReminderState to, LocalDate snoozedUntil,
                                          LocalDate waitingUntil, Actor actor) {
        List<Reminder> held = reminders.forInvoice(h, invoice.id()).stream()
                .filter(r -> r.state() == ReminderState.ON_HOLD)
                .toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        for (Reminder older : held.subList(0, held.size() - 1)) {
            setState(h, older.id(), ReminderState.CANCELLED, actor);
            record(h, actor, "reminder.cancelled", invoice, older.id(), older.step() + " cancelled: superseded when "
                    + "the hold was lifted");
        }
        Reminder resumed = held.get(held.size() - 1);
        h.createUpdate("""
                UPDATE reminders SET state = :state, snoozed_until = :snoozed, waiting_until = :waiting,
                    decided_by = :who, decided_via = :via, updated_at = :now
                WHERE id = :id AND state = 'on_hold'""")
                .bind("state", to.id())
                .bind("snoozed", snoozedUntil == null ? null : snoozedUntil.toString())
                .bind("waiting", waitingUntil == null ? null : waitingUntil.toString())
                .bind("who", actor.who())
                .bind("via", actor.channel())
                .bind("now", clock.instant().toString())
                .bind("id", resumed.id())
                .execute();
        return Optional.of(resumed);
    }

    private Optional<Reminder> latest(Handle h, Invoice invoice, Set<ReminderState> states) {
        List<Reminder> history = reminders.forInvoice(h, invoice.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            if (states.contains(history.get(i).state())) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private long upsertPending(Handle h, Invoice invoice, String step, String channel, Long existing,
                               ReminderState state, LocalDate snoozedUntil, LocalDate waitingUntil, Actor actor) {
        if (existing != null) {
            // Conditional: a reminder that left the pending states meanwhile is not overwritten.
            int changed = h.createUpdate("""
                    UPDATE reminders SET state = :state, snoozed_until = :snoozed, waiting_until = :waiting,
                        decided_by = :who, decided_via = :via, updated_at = :now
                    WHERE id = :id AND state IN ('proposed', 'snoozed', 'waiting')""")
                    .bind("state", state.id())
                    .bind("snoozed", snoozedUntil == null ? null : snoozedUntil.toString())
                    .bind("waiting", waitingUntil == null ? null : waitingUntil.toString())
                    .bind("who", actor.who())
                    .bind("via", actor.channel())
                    .bind("now", clock.instant().toString())
                    .bind("id", existing)
                    .execute();
            if (changed == 1) {
                return existing;
            }
        }
        return insert(h, invoice, step, channel, state, false, snoozedUntil, waitingUntil, actor);
    }

    private long insert(Handle h, Invoice invoice, String step, String channel, ReminderState state, boolean escalated,
                        LocalDate snoozedUntil, LocalDate waitingUntil, Actor actor) {
        String now = clock.instant().toString();
        return h.createUpdate("""
                INSERT INTO reminders (invoice_id, step, channel, state, escalated, snoozed_until, waiting_until,
                    decided_by, decided_via, created_at, updated_at)
                VALUES (:invoice, :step, :channel, :state, :escalated, :snoozed, :waiting, :who, :via, :now, :now)""")
                .bind("invoice", invoice.id())
                .bind("step", step)
                .bind("channel", channel)
                .bind("state", state.id())
                .bind("escalated", escalated)
                .bind("snoozed", snoozedUntil == null ? null : snoozedUntil.toString())
                .bind("waiting", waitingUntil == null ? null : waitingUntil.toString())
                .bind("who", actor.who())
                .bind("via", actor.channel())
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private void setState(Handle h, long reminderId, ReminderState state, Actor actor) {
        h.createUpdate("""
                UPDATE reminders SET state = :state, decided_by = :who, decided_via = :via, updated_at = :now
                WHERE id = :id""")
                .bind("state", state.id())
                .bind("who", actor.who())
                .bind("via", actor.channel())
                .bind("now", clock.instant().toString())
                .bind("id", reminderId)
                .execute();
    }

    private List<Long> cancelAll(Handle h, Invoice invoice, Actor actor, String reason) {
        List<Long> cancelled = new ArrayList<>();
        for (Reminder r : reminders.forInvoice(h, invoice.id())) {
            if (CANCELLABLE.contains(r.state())) {
                setState(h, r.id(), ReminderState.CANCELLED, actor);
                record(h, actor, "reminder.cancelled", invoice, r.id(), r.step() + " cancelled: " + reason);
                cancelled.add(r.id());
            }
        }
        return cancelled;
    }

    private void record(Handle h, Actor actor, String kind, Invoice invoice, long reminderId, String details) {
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), kind, invoice.id(), reminderId, null,
                details));
    }

    private int stepIndex(String step) {
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).id().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
