package org.relance.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.relance.bank.PaymentIntake;
import org.relance.bank.PaymentWithdrawal;
import org.relance.bank.SuggestionDecision;
import org.relance.config.LadderStep;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest.Approve;
import org.relance.decision.DecisionRequest.Cancel;
import org.relance.decision.DecisionRequest.ConfirmInvoice;
import org.relance.decision.DecisionRequest.ConfirmMatch;
import org.relance.decision.DecisionRequest.Dispute;
import org.relance.decision.DecisionRequest.EndDispute;
import org.relance.decision.DecisionRequest.Escalate;
import org.relance.decision.DecisionRequest.MarkPaid;
import org.relance.decision.DecisionRequest.OnReminder;
import org.relance.decision.DecisionRequest.Promise;
import org.relance.decision.DecisionRequest.RejectMatch;
import org.relance.decision.DecisionRequest.Reopen;
import org.relance.decision.DecisionRequest.WithdrawPayment;
import org.relance.decision.DecisionRequest.Review;
import org.relance.decision.DecisionRequest.Snooze;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Decision;
import org.relance.dunning.PlanService;
import org.relance.dunning.Proposal;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderDesk;
import org.relance.dunning.ReminderState;
import org.relance.dunning.ReminderStore;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceCorrection;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.mail.ReminderMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for decisions on reminders and payments, whatever the channel (CLI, Slack, email reply,
 * terminal): channels translate what a person did into a {@link DecisionRequest} and word the outcome. A decision on
 * what was shown ({@link Target#shown}) is refused as {@link Status#STALE} when that reminder is no longer what the
 * invoice's chase stands on; the same decision repeated is {@link Status#ALREADY_DONE}. Thread-safe (the ledger
 * serialises writers, the mailer's sweep is synchronized).
 */
public final class Decisions {

    /** What a batch of decisions did, and what its approvals queued once they were all committed. */
    public record Batch(List<DecisionOutcome> outcomes, ReminderMailer.Report queued) {
        public Batch {
            outcomes = List.copyOf(outcomes);
        }

        public boolean allOk() {
            return outcomes.stream().allMatch(DecisionOutcome::ok);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

    private final Ledger ledger;
    private final ReminderDesk desk;
    private final PaymentIntake payments;
    private final ReminderMailer mailer;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final PlanService plans;
    private final EventLog events;
    private final List<LadderStep> ladder;
    private final Clock clock;
    private final ZoneId zone;

    public Decisions(Ledger ledger, ReminderDesk desk, PaymentIntake payments, ReminderMailer mailer,
                     InvoiceStore invoices, ReminderStore reminders, PlanService plans, EventLog events,
                     List<LadderStep> ladder, Clock clock, ZoneId zone) {
        this.ledger = ledger;
        this.desk = desk;
        this.payments = payments;
        this.mailer = mailer;
        this.invoices = invoices;
        this.reminders = reminders;
        this.plans = plans;
        this.events = events;
        this.ladder = List.copyOf(ladder);
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Takes one decision in its own transaction. After a successful approval commits, its message is queued at once
     * (the sender still waits for its window): {@link DecisionOutcome#queued()} says what was written.
     */
    public DecisionOutcome take(DecisionRequest request, Actor actor) {
        DecisionOutcome outcome = ledger.inTransaction(h -> take(h, request, actor));
        if (request instanceof Approve && outcome.ok()) {
            return outcome.withQueued(concerning(queue(), outcome.invoice()));
        }
        return outcome;
    }

    /**
     * The sweep after an approval. The approval is committed whatever happens here: a failure to write the message is
     * logged and left to the send loop's next sweep, never reported as a failed decision.
     */
    private ReminderMailer.Report queue() {
        try {
            return mailer.queueApproved();
        } catch (RuntimeException e) {
            LOG.error("approved, but queueing its message failed; the send loop tries again", e);
            return DecisionOutcome.NOTHING_QUEUED;
        }
    }

    /**
     * Takes decisions one after the other, each in its own transaction, then (when any was an approval) queues the
     * approved messages once, so one customer's invoices approved together leave in one grouped message.
     */
    public Batch takeAll(List<? extends DecisionRequest> requests, Actor actor) {
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (DecisionRequest request : requests) {
            outcomes.add(ledger.inTransaction(h -> take(h, request, actor)));
        }
        boolean approvals = requests.stream().anyMatch(r -> r instanceof Approve);
        return new Batch(outcomes, approvals ? queue() : DecisionOutcome.NOTHING_QUEUED);
    }

    /**
     * Takes one decision in the caller's transaction (an email reply: its decisions and its mail record commit
     * together). An approval is not queued here, the caller's transaction being still open: the send loop's sweep
     * ({@code ReminderMailer.queueApproved}, every run) picks it up after the commit.
     */
    public DecisionOutcome take(Handle h, DecisionRequest request, Actor actor) {
        if (request instanceof ConfirmMatch c) {
            return match(request, c.allocationId(), payments.confirmSuggestion(h, c.allocationId(), actor));
        }
        if (request instanceof RejectMatch r) {
            return match(request, r.allocationId(), payments.rejectSuggestion(h, r.allocationId(), actor));
        }
        if (request instanceof ConfirmInvoice c) {
            return confirmInvoice(h, c, actor);
        }
        if (request instanceof WithdrawPayment w) {
            PaymentWithdrawal d = payments.withdraw(h, w.paymentId(), w.shownAmount(), w.why(), actor);
            Status status = status(d.outcome());
            Reason reason = switch (status) {
                case DONE -> Reason.PAYMENT_WITHDRAWN;
                case ALREADY_DONE -> Reason.ALREADY;
                case STALE -> Reason.PAYMENT_CHANGED;
                case REFUSED -> Reason.UNKNOWN_PAYMENT;
            };
            return new DecisionOutcome(request, status, reason, d.reopened().isEmpty() ? null : d.reopened().get(0),
                    null, null, null, null, d.message());
        }
        OnReminder decision = (OnReminder) request;
        Target target = decision.target();
        String number = target.invoice();
        if (target.shown()) {
            Optional<Reminder> found = reminders.find(h, target.reminderId());
            if (found.isEmpty()) {
                return refused(request, target.invoice(), target.step(), target.reminderId(), Reason.UNKNOWN_REMINDER,
                        "unknown reminder #" + target.reminderId());
            }
            Reminder shown = found.get();
            Invoice invoice = invoices.find(h, shown.invoiceId()).orElseThrow();
            if (target.invoice() != null && !target.invoice().equals(invoice.number())) {
                return refused(request, target.invoice(), shown.step(), shown.id(), Reason.UNKNOWN_REMINDER,
                        "reminder #" + shown.id() + " is about " + invoice.number() + ", not " + target.invoice());
            }
            if (target.step() != null && !target.step().equals(shown.step())) {
                return refused(request, invoice.number(), target.step(), shown.id(), Reason.UNKNOWN_REMINDER,
                        "reminder #" + shown.id() + " is the " + shown.step() + " step, not " + target.step());
            }
            Optional<DecisionOutcome> notNow = staleOrRepeated(h, decision, invoice, shown);
            if (notNow.isPresent()) {
                return notNow.get();
            }
            number = invoice.number();
        }
        return outcome(request, onInvoice(h, decision, number, actor));
    }

    /** One kind of decision on a reminder: the desk call it makes and what it did when done. */
    private record Kind(Reason done, DeskCall call) {
    }

    @FunctionalInterface
    private interface DeskCall {
        Decision on(ReminderDesk desk, Handle h, OnReminder request, String number, Actor actor);
    }

    // Keyed by the request's record class (records are final): adding a request kind without its entry fails loudly.
    private static final Map<Class<? extends OnReminder>, Kind> KINDS = Map.of(
            Approve.class, new Kind(Reason.APPROVED, (d, h, r, n, a) -> d.approve(h, n, a)),
            Snooze.class, new Kind(Reason.SNOOZED, (d, h, r, n, a) -> d.snooze(h, n, ((Snooze) r).days(), a)),
            Escalate.class, new Kind(Reason.ESCALATED, (d, h, r, n, a) -> d.escalate(h, n, a)),
            MarkPaid.class, new Kind(Reason.MARKED_PAID, (d, h, r, n, a) -> d.markPaid(h, n, a)),
            Promise.class, new Kind(Reason.PROMISED, (d, h, r, n, a) -> d.promise(h, n, ((Promise) r).by(), a)),
            Dispute.class, new Kind(Reason.DISPUTED, (d, h, r, n, a) -> d.dispute(h, n, a)),
            EndDispute.class, new Kind(Reason.DISPUTE_ENDED, (d, h, r, n, a) -> d.resolve(h, n, a)),
            Cancel.class, new Kind(Reason.CANCELLED, (d, h, r, n, a) -> d.cancel(h, n, a)),
            Reopen.class, new Kind(Reason.REOPENED, (d, h, r, n, a) -> d.reopen(h, n, a)),
            Review.class, new Kind(Reason.REVIEWED,
                    (d, h, r, n, a) -> d.resolveReview(h, n, ((Review) r).delivered(), a)));

    private static Kind kind(OnReminder request) {
        Kind kind = KINDS.get(request.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("not a decision on a reminder: " + request);
        }
        return kind;
    }

    private Decision onInvoice(Handle h, OnReminder request, String number, Actor actor) {
        return kind(request).call().on(desk, h, request, number, actor);
    }

    /**
     * Whether the reminder a person saw is still what the invoice's chase stands on. Empty: take the decision. Else
     * the same decision already taken (a double click: ALREADY_DONE), or STALE with what changed since.
     */
    private Optional<DecisionOutcome> staleOrRepeated(Handle h, OnReminder request, Invoice invoice, Reminder shown) {
        String number = invoice.number();
        InvoiceStatus status = invoice.status();
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED) {
            if (request instanceof MarkPaid && status == InvoiceStatus.PAID || request instanceof Reopen) {
                return Optional.empty();
            }
            return stale(request, invoice, shown, Reason.INVOICE_PAID, number + " is already " + status.id()
                    + byWhom(lastEvent(h, invoice, Set.of("invoice.paid", "payment.applied", "invoice.cancelled")))
                    + ": nothing to chase");
        }
        if (request instanceof Reopen || request instanceof EndDispute || request instanceof Review) {
            // Not about a proposal: the desk checks the invoice's state itself.
            return Optional.empty();
        }
        if (status == InvoiceStatus.DISPUTED) {
            if (request instanceof Dispute) {
                return Optional.empty();
            }
            return stale(request, invoice, shown, Reason.DECIDED_BY_SOMEONE_ELSE, number + " is disputed"
                    + byWhom(lastEvent(h, invoice, Set.of("invoice.disputed")))
                    + ": nothing is sent until the dispute is resolved");
        }
        if (request instanceof MarkPaid || request instanceof Dispute) {
            // Facts about the invoice, whatever step was shown: they stop the chase, no message leaves because of them.
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<Proposal> now = plans.proposalFor(h, invoice, today);
        if (now.isPresent() && Long.valueOf(shown.id()).equals(now.get().reminderId())) {
            return Optional.empty();
        }
        List<Reminder> history = reminders.forInvoice(h, invoice.id());
        if (shown.state() == ReminderState.ON_HOLD && newest(history, ReminderState.ON_HOLD)
                .map(r -> r.id() == shown.id()).orElse(false)) {
            // A customer's reply holds the chase on this reminder: approve, snooze, promise… act on it.
            return Optional.empty();
        }
        String step = "the " + shown.step() + " reminder";
        String by = byWhom(desk.decidedBy(h, shown.id()));
        String instead = now.map(p -> ": the " + p.step() + " step is proposed now").orElse("");
        switch (shown.state()) {
            case APPROVED, SENDING, SENT, NEEDS_REVIEW, FAILED -> {
                String what = switch (shown.state()) {
                    case APPROVED -> "approved";
                    case SENDING -> "being sent";
                    case SENT -> "sent";
                    case NEEDS_REVIEW -> "sent, in review";
                    default -> "failed to send";
                };
                if (request instanceof Approve) {
                    return already(request, invoice, shown, null, step + " is already " + what + by);
                }
                if (request instanceof Cancel && shown.state() == ReminderState.APPROVED) {
                    return Optional.empty();
                }
                return stale(request, invoice, shown, Reason.DECIDED_BY_SOMEONE_ELSE, step + " is already " + what + by);
            }
            case SNOOZED -> {
                if (request instanceof Snooze s && today.plusDays(s.days()).equals(shown.snoozedUntil())) {
                    return already(request, invoice, shown, shown.snoozedUntil(), "already snoozed until "
                            + shown.snoozedUntil() + by);
                }
                if (request instanceof Cancel) {
                    return Optional.empty();
                }
                return stale(request, invoice, shown, Reason.DECIDED_BY_SOMEONE_ELSE, "already snoozed until "
                        + shown.snoozedUntil() + by);
            }
            case WAITING -> {
                if (request instanceof Promise p && p.by().equals(shown.waitingUntil())) {
                    return already(request, invoice, shown, shown.waitingUntil(), "already waiting for payment by "
                            + shown.waitingUntil() + by);
                }
                if (request instanceof Cancel) {
                    return Optional.empty();
                }
                return stale(request, invoice, shown, Reason.DECIDED_BY_SOMEONE_ELSE, "already waiting for payment by "
                        + shown.waitingUntil() + " (a promise recorded" + by + ")");
            }
            case CANCELLED -> {
                Optional<Reminder> newer = history.stream()
                        .filter(r -> r.id() > shown.id() && r.state() != ReminderState.CANCELLED)
                        .reduce((first, second) -> second);
                if (newer.isEmpty()) {
                    if (request instanceof Cancel) {
                        return already(request, invoice, shown, null, step + " is already cancelled" + by);
                    }
                    return stale(request, invoice, shown, Reason.DECIDED_BY_SOMEONE_ELSE, step + " was cancelled" + by
                            + instead);
                }
                Reminder later = newer.get();
                String laterBy = byWhom(desk.decidedBy(h, later.id()));
                if (request instanceof Escalate && later.escalated()
                        && stepIndex(later.step()) == stepIndex(shown.step()) + 1) {
                    return already(request, invoice, later, null, "already escalated to the " + later.step()
                            + " step" + laterBy);
                }
                return stale(request, invoice, shown, Reason.PROPOSAL_CHANGED, step + " was replaced by the "
                        + later.step() + " step" + (later.escalated() ? " (escalated" + laterBy + ")" : "")
                        + ", now " + later.state().id());
            }
            default -> {
                return stale(request, invoice, shown, Reason.PROPOSAL_CHANGED, step + " is no longer proposed"
                        + (instead.isEmpty() ? "" : instead));
            }
        }
    }

    private Optional<Reminder> newest(List<Reminder> history, ReminderState state) {
        return history.stream().filter(r -> r.state() == state).reduce((first, second) -> second);
    }

    private Optional<Actor> lastEvent(Handle h, Invoice invoice, Set<String> kinds) {
        List<Event> history = events.forInvoice(h, invoice.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            Event e = history.get(i);
            if (kinds.contains(e.kind()) && e.actor() != null && e.channel() != null) {
                return Optional.of(Actor.of(e.actor(), e.channel()));
            }
        }
        return Optional.empty();
    }

    private static String byWhom(Optional<Actor> actor) {
        return actor.map(a -> " by " + a.who() + " (" + a.channel() + ")").orElse("");
    }

    private int stepIndex(String step) {
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).id().equals(step)) {
                return i;
            }
        }
        return -2;
    }

    private static Optional<DecisionOutcome> stale(DecisionRequest request, Invoice invoice, Reminder shown,
                                                   Reason reason, String message) {
        return Optional.of(new DecisionOutcome(request, Status.STALE, reason, invoice.number(), shown.step(),
                shown.id(), null, null, message));
    }

    private static Optional<DecisionOutcome> already(DecisionRequest request, Invoice invoice, Reminder reminder,
                                                     LocalDate until, String message) {
        return Optional.of(new DecisionOutcome(request, Status.ALREADY_DONE, Reason.ALREADY, invoice.number(),
                reminder.step(), reminder.id(), until, null, message));
    }

    private static DecisionOutcome refused(DecisionRequest request, String invoice, String step, Long reminderId,
                                           Reason reason, String message) {
        return new DecisionOutcome(request, Status.REFUSED, reason, invoice, step, reminderId, null, null, message);
    }

    private static DecisionOutcome outcome(DecisionRequest request, Decision d) {
        Status status = status(d.outcome());
        Reason reason = switch (status) {
            case DONE -> d.code() == Decision.Code.HOLD_LIFTED ? Reason.HOLD_LIFTED : done(request);
            case ALREADY_DONE -> Reason.ALREADY;
            default -> d.code() == Decision.Code.NONE ? Reason.NOT_APPLICABLE : Reason.valueOf(d.code().name());
        };
        return new DecisionOutcome(request, status, reason, d.invoice(), d.step(), d.reminderId(), d.until(), null,
                d.message());
    }

    /** The desk's and the payment intake's outcomes share the seam's first three statuses, by name. */
    private static Status status(Enum<?> outcome) {
        return Status.valueOf(outcome.name());
    }

    /** What a done decision did, by its kind. */
    static Reason done(DecisionRequest request) {
        if (request instanceof ConfirmMatch) {
            return Reason.MATCH_CONFIRMED;
        }
        if (request instanceof RejectMatch) {
            return Reason.MATCH_REJECTED;
        }
        if (request instanceof ConfirmInvoice) {
            return Reason.INVOICE_CONFIRMED;
        }
        if (request instanceof WithdrawPayment) {
            return Reason.PAYMENT_WITHDRAWN;
        }
        return kind((OnReminder) request).done();
    }

    private static DecisionOutcome match(DecisionRequest request, long allocationId, SuggestionDecision d) {
        Status status = status(d.outcome());
        Reason reason = switch (status) {
            case DONE -> done(request);
            case ALREADY_DONE -> Reason.ALREADY;
            default -> d.invoice() == null ? Reason.UNKNOWN_ALLOCATION : Reason.NOT_APPLICABLE;
        };
        return new DecisionOutcome(request, status, reason, d.invoice(), null, null, null, allocationId, d.message());
    }

    /**
     * Confirms an invoice read with doubts: refused when it is unknown or not waiting (already confirmed with the same
     * values: ALREADY_DONE), stale when the reading the person saw changed since. Once confirmed, payments waiting
     * for a person are matched again, in the same transaction: one may be this invoice's.
     */
    private DecisionOutcome confirmInvoice(Handle h, ConfirmInvoice request, Actor actor) {
        List<Invoice> found = invoices.findByNumber(h, request.invoice());
        if (found.isEmpty()) {
            return refused(request, request.invoice(), null, null, Reason.UNKNOWN_INVOICE,
                    "unknown invoice " + request.invoice());
        }
        Invoice invoice = found.stream().filter(i -> i.status() == InvoiceStatus.TO_CONFIRM).findFirst()
                .orElse(found.get(0));
        String number = invoice.number();
        InvoiceCorrection correction = request.correction();
        if (invoice.status() != InvoiceStatus.TO_CONFIRM) {
            Optional<Actor> by = lastEvent(h, invoice, Set.of(InvoiceStore.CONFIRMED_EVENT));
            if (by.isPresent() && agrees(invoice, correction, h)) {
                return new DecisionOutcome(request, Status.ALREADY_DONE, Reason.ALREADY, number, null, null, null, null,
                        number + " is already confirmed" + byWhom(by));
            }
            if (by.isPresent() && request.shown() != null) {
                return new DecisionOutcome(request, Status.STALE, Reason.DECIDED_BY_SOMEONE_ELSE, number, null, null,
                        null, null, number + " was already confirmed" + byWhom(by) + ": " + invoice.total() + ", due "
                        + invoice.dueDate());
            }
            return refused(request, number, null, null, Reason.NOT_TO_CONFIRM, number + " is " + invoice.status().id()
                    + (by.isPresent() ? ", confirmed" + byWhom(by) : "") + ": it is not waiting for confirmation");
        }
        if (request.shown() != null && (!invoice.total().currency().equals(request.shown().total().currency())
                || invoice.total().compareTo(request.shown().total()) != 0
                || !java.util.Objects.equals(invoice.dueDate(), request.shown().due()))) {
            return new DecisionOutcome(request, Status.STALE, Reason.PROPOSAL_CHANGED, number, null, null, null, null,
                    number + " was read again since: now " + invoice.total() + ", due " + invoice.dueDate());
        }
        Optional<Invoice> confirmed;
        try {
            confirmed = invoices.confirm(h, invoice, correction, actor.who(), actor.channel());
        } catch (IllegalArgumentException e) {
            return refused(request, number, null, null, Reason.BAD_CORRECTION, number + ": " + e.getMessage());
        }
        if (confirmed.isEmpty()) {
            return refused(request, number, null, null, Reason.NOT_TO_CONFIRM, number
                    + " is not waiting for confirmation");
        }
        Invoice now = confirmed.get();
        payments.matchWaiting(h, actor.who(), actor.channel());
        return new DecisionOutcome(request, Status.DONE, Reason.INVOICE_CONFIRMED, number, null, null, null, null,
                number + " confirmed: " + now.total() + (now.dueDate() == null ? "" : ", due " + now.dueDate())
                        + ", " + now.status().id());
    }

    /** Whether a repeated confirmation asks for what is already stored. */
    private boolean agrees(Invoice invoice, InvoiceCorrection c, Handle h) {
        return (c.total() == null || c.total().compareTo(invoice.total().amount()) == 0)
                && (c.due() == null || c.due().equals(invoice.dueDate()))
                && (c.customerEmail() == null || c.customerEmail().strip().equalsIgnoreCase(java.util.Objects.toString(
                invoices.customer(h, invoice.customerId()).email(), "")));
    }

    /** The part of a sweep that concerns one invoice. */
    private static ReminderMailer.Report concerning(ReminderMailer.Report report, String invoice) {
        return new ReminderMailer.Report(
                report.queued().stream().filter(q -> q.invoices().contains(invoice)).toList(),
                report.notWritten().stream().filter(n -> n.invoices().contains(invoice)).toList());
    }
}
