package org.relance.decision;

import java.time.LocalDate;
import java.util.List;
import org.relance.mail.ReminderMailer;

/**
 * How one decision ended, as facts each channel words in its own language; {@code message} is the English wording
 * the command line prints.
 *
 * @param invoice      the invoice number, when the decision was on one
 * @param step         the step acted on (or shown, for a stale one)
 * @param reminderId   the reminder acted on
 * @param until        the snooze or promise date, the day a lifted hold resumes
 * @param allocationId the allocation, for match decisions
 * @param queued       what the approval queued right after its commit (messages carrying this invoice, or why none
 *                     could be written); empty for every other decision and for the joined variant of
 *                     {@link Decisions#take(org.jdbi.v3.core.Handle, DecisionRequest, org.relance.dunning.Actor)}
 */
public record DecisionOutcome(DecisionRequest request, Status status, Reason reason, String invoice, String step,
                              Long reminderId, LocalDate until, Long allocationId, String message,
                              ReminderMailer.Report queued) {

    public DecisionOutcome {
        queued = queued == null ? NOTHING_QUEUED : queued;
    }

    public DecisionOutcome(DecisionRequest request, Status status, Reason reason, String invoice, String step,
                           Long reminderId, LocalDate until, Long allocationId, String message) {
        this(request, status, reason, invoice, step, reminderId, until, allocationId, message, NOTHING_QUEUED);
    }

    static final ReminderMailer.Report NOTHING_QUEUED = new ReminderMailer.Report(List.of(), List.of());

    DecisionOutcome withQueued(ReminderMailer.Report report) {
        return new DecisionOutcome(request, status, reason, invoice, step, reminderId, until, allocationId, message,
                report);
    }

    /** DONE and ALREADY_DONE are successes (repeating is harmless); REFUSED and STALE changed nothing. */
    public enum Status { DONE, ALREADY_DONE, REFUSED, STALE }

    /** Why: what was done, or what stopped it. */
    public enum Reason {
        APPROVED, SNOOZED, ESCALATED, MARKED_PAID, PROMISED, DISPUTED, DISPUTE_ENDED, CANCELLED, REOPENED, REVIEWED,
        HOLD_LIFTED, MATCH_CONFIRMED, MATCH_REJECTED, INVOICE_CONFIRMED, PAYMENT_WITHDRAWN,
        /** The same decision was already taken. */
        ALREADY,
        UNKNOWN_INVOICE, UNKNOWN_REMINDER, UNKNOWN_ALLOCATION, UNKNOWN_PAYMENT, NOTHING_DUE, INVOICE_CLOSED, CREDIT_NOTE, NO_ADDRESS,
        OUT_OF_RANGE, BEING_SENT, LAST_STEP, NOT_APPLICABLE,
        /** A confirmation of an invoice that is not waiting for one, or a correction that cannot be applied. */
        NOT_TO_CONFIRM, BAD_CORRECTION,
        /** Stale: the item shown is no longer what is proposed (another step, someone else decided, invoice paid). */
        PROPOSAL_CHANGED, PAYMENT_CHANGED, DECIDED_BY_SOMEONE_ELSE, INVOICE_PAID
    }

    /** A refusal or a stale item: nothing changed (the CLI exits with 1). */
    public boolean refused() {
        return !ok();
    }

    public boolean ok() {
        return status == Status.DONE || status == Status.ALREADY_DONE;
    }
}
