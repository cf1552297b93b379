package org.relance.matching;

import java.time.LocalDate;
import java.util.Objects;
import org.relance.ledger.Money;

/** Money received on the bank account: one credit line of a statement or notification. */
public record Credit(String id, LocalDate date, Money amount, String payerName, String reference) {

    public Credit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payerName = payerName == null ? "" : payerName;
        reference = reference == null ? "" : reference;
    }
}
