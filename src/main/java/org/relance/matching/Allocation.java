package org.relance.matching;

import java.math.BigDecimal;
import java.util.Objects;
import org.relance.ledger.Money;

/**
 * Part (or all) of one credit applied to one invoice, or, with a null invoice number, a credit left unmatched.
 *
 * <p>{@code auto} says the engine would apply it without asking a person; otherwise it is a proposal.
 */
public record Allocation(String creditId, String invoiceNumber, Money amount, Method method,
        BigDecimal confidence, boolean auto, String note) {

    public Allocation {
        Objects.requireNonNull(creditId, "creditId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(confidence, "confidence");
        note = note == null ? "" : note;
        if (invoiceNumber == null && auto) {
            throw new IllegalArgumentException("an unmatched credit cannot be applied automatically");
        }
    }

    public boolean matched() {
        return invoiceNumber != null;
    }
}
