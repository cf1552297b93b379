package org.relance.bank;

import java.util.List;

/**
 * The outcome of withdrawing a payment a person says was read wrong: done, already done (repeating is harmless),
 * stale (it is not what the person saw), or refused with a reason.
 *
 * @param reopened the invoices whose amount due rose again, by number
 * @param keptAs   the waiting notification its mail became, for {@code relance bank learn --unread}; null when the
 *                 payment came from a statement or from a mail not kept
 */
public record PaymentWithdrawal(long paymentId, Outcome outcome, String message, List<String> reopened, Long keptAs) {

    public PaymentWithdrawal {
        reopened = List.copyOf(reopened);
    }

    /** How a withdrawal ended. */
    public enum Outcome { DONE, ALREADY_DONE, REFUSED, STALE }

    static PaymentWithdrawal refused(long id, String message) {
        return new PaymentWithdrawal(id, Outcome.REFUSED, message, List.of(), null);
    }
}
