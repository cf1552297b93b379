package org.relance.decision;

import java.time.LocalDate;
import java.util.Objects;
import org.relance.invoice.InvoiceCorrection;
import org.relance.ledger.Money;

/**
 * A decision a person (or the bot) takes, whatever the channel; {@link Decisions#take} is the one entry point.
 * Decisions on reminders name what the person saw ({@link Target}), so a stale click never acts on something else.
 */
public sealed interface DecisionRequest {

    /**
     * What a decision is about. From a digest item (Slack button, email reply) it is the reminder and step that were
     * shown; from the command line it is an invoice number and whatever is proposed for it today.
     *
     * @param invoice    the invoice number; may be null when {@code reminderId} is given (it is read from the reminder)
     * @param reminderId the reminder that was shown, or null for "the invoice's current proposal"
     * @param step       the ladder step that was shown, or null with {@code reminderId} null
     */
    record Target(String invoice, Long reminderId, String step) {

        public Target {
            if (invoice == null && reminderId == null) {
                throw new IllegalArgumentException("a target names an invoice or a reminder");
            }
        }

        public static Target invoice(String number) {
            return new Target(Objects.requireNonNull(number), null, null);
        }

        public static Target shown(String invoice, long reminderId, String step) {
            return new Target(invoice, reminderId, step);
        }

        public boolean shown() {
            return reminderId != null;
        }
    }

    /** A decision on an invoice's reminder. */
    sealed interface OnReminder extends DecisionRequest {
        Target target();
    }

    record Approve(Target target) implements OnReminder {
    }

    record Snooze(Target target, int days) implements OnReminder {
    }

    record Escalate(Target target) implements OnReminder {
    }

    record MarkPaid(Target target) implements OnReminder {
    }

    record Promise(Target target, LocalDate by) implements OnReminder {
    }

    record Dispute(Target target) implements OnReminder {
    }

    record EndDispute(Target target) implements OnReminder {
    }

    record Cancel(Target target) implements OnReminder {
    }

    record Reopen(Target target) implements OnReminder {
    }

    /** A message left in review: it reached the customer ({@code delivered}), or send it again. */
    record Review(Target target, boolean delivered) implements OnReminder {
    }

    /**
     * A person confirms an invoice the reader was unsure of, with their corrections.
     *
     * @param shown what the person saw (a digest item): the total and due date read; a confirmation of a reading that
     *              changed since is stale. Null from the command line: the reading as stored.
     */
    record ConfirmInvoice(String invoice, Shown shown, InvoiceCorrection correction) implements DecisionRequest {

        public ConfirmInvoice {
            Objects.requireNonNull(invoice, "invoice");
            correction = correction == null ? InvoiceCorrection.NONE : correction;
        }
    }

    /** The reading of an invoice as a digest showed it. */
    record Shown(Money total, LocalDate due) {
    }

    /** A suggested allocation of a payment to an invoice. */
    record ConfirmMatch(long allocationId) implements DecisionRequest {
    }

    record RejectMatch(long allocationId) implements DecisionRequest {
    }

    /**
     * A person says a payment was read wrong from the bank's mail or statement: it is withdrawn, what it paid is owed
     * again, and its mail waits for {@code relance bank learn}.
     *
     * @param shownAmount the amount the person saw (null from the command line: as stored); another one is stale
     * @param why         the person's words, kept in the events; may be null
     */
    record WithdrawPayment(long paymentId, Money shownAmount, String why) implements DecisionRequest {
    }
}
