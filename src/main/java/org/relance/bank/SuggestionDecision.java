package org.relance.bank;

/**
 * The outcome of confirming or rejecting one suggested allocation: done, already done (repeating is harmless), or
 * refused with a reason a person can act on.
 *
 * @param invoice the invoice number the suggestion was about; null when the allocation is unknown
 */
public record SuggestionDecision(long allocationId, String invoice, Outcome outcome, String message) {

    /** How a decision ended. */
    public enum Outcome { DONE, ALREADY_DONE, REFUSED }

    static SuggestionDecision done(long id, String invoice, String message) {
        return new SuggestionDecision(id, invoice, Outcome.DONE, message);
    }

    static SuggestionDecision already(long id, String invoice, String message) {
        return new SuggestionDecision(id, invoice, Outcome.ALREADY_DONE, message);
    }

    static SuggestionDecision refused(long id, String invoice, String reason) {
        return new SuggestionDecision(id, invoice, Outcome.REFUSED, reason);
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
