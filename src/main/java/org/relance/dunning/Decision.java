package org.relance.dunning;

/**
 * The outcome of one decision on one invoice's reminder: done (or already done: repeating is harmless),
 * or refused with the reason a person can act on.
 */
public record Decision(String invoice, Outcome outcome, String message) {

    /** How a decision ended. */
    public enum Outcome { DONE, ALREADY_DONE, REFUSED }

    static Decision done(String invoice, String message) {
        return new Decision(invoice, Outcome.DONE, message);
    }

    static Decision already(String invoice, String message) {
        return new Decision(invoice, Outcome.ALREADY_DONE, message);
    }

    static Decision refused(String invoice, String reason) {
        return new Decision(invoice, Outcome.REFUSED, reason);
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
