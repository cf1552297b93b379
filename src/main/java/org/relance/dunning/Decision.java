package org.relance.dunning;

import java.time.LocalDate;

/**
 * The outcome of one decision on one invoice's reminder: done (or already done: repeating is harmless),
 * or refused with the reason a person can act on.
 *
 * @param code       why it was refused (or what a done decision did, when the decision alone does not say it)
 * @param step       the step acted on; null when none
 * @param reminderId the reminder acted on; null when none
 * @param until      the snooze or promise date, or the day a lifted hold is proposed again; null otherwise
 */
public record Decision(String invoice, Outcome outcome, String message, Code code, String step, Long reminderId,
                       LocalDate until) {

    /** How a decision ended. */
    public enum Outcome { DONE, ALREADY_DONE, REFUSED }

    /** A reason code each channel can word itself; NONE when the outcome and the decision say it all. */
    public enum Code {
        NONE, HOLD_LIFTED, UNKNOWN_INVOICE, CREDIT_NOTE, INVOICE_CLOSED, NOTHING_DUE, NO_ADDRESS, OUT_OF_RANGE,
        BEING_SENT, LAST_STEP, NOT_APPLICABLE
    }

    public Decision(String invoice, Outcome outcome, String message) {
        this(invoice, outcome, message, Code.NONE, null, null, null);
    }

    static Decision done(String invoice, String message) {
        return new Decision(invoice, Outcome.DONE, message);
    }

    static Decision already(String invoice, String message) {
        return new Decision(invoice, Outcome.ALREADY_DONE, message);
    }

    static Decision refused(String invoice, String reason) {
        return new Decision(invoice, Outcome.REFUSED, reason);
    }

    Decision because(Code why) {
        return new Decision(invoice, outcome, message, why, step, reminderId, until);
    }

    /** The same decision with its facts. */
    Decision about(String step, Long reminderId, LocalDate until) {
        return new Decision(invoice, outcome, message, code, step, reminderId, until);
    }

    Decision about(Reminder reminder, LocalDate until) {
        return about(reminder.step(), reminder.id(), until);
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
