package org.relance.bank;

import java.util.List;
import java.util.Locale;

/**
 * A payment that needs a person: nothing could be placed for it ({@code UNMATCHED}), or the matcher proposed
 * allocations someone must confirm or reject ({@code SUGGESTED}).
 *
 * @param suggestions the open suggestions, empty for an unmatched payment
 */
public record WaitingPayment(Payment payment, State state, List<IntakeResult.Suggested> suggestions) {

    /** Why the payment waits. */
    public enum State {
        UNMATCHED, SUGGESTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public WaitingPayment {
        suggestions = List.copyOf(suggestions);
    }
}
