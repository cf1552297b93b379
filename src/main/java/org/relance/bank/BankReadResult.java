package org.relance.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: its credits (possibly none, e.g. a debit alert), or why it could not be read.
 *
 * @param error present when the file could not be read at all; credits is then empty
 */
public record BankReadResult(String file, List<BankCredit> credits, Optional<String> error) {

    public BankReadResult {
        Objects.requireNonNull(file, "file");
        credits = List.copyOf(credits);
        Objects.requireNonNull(error, "error");
        if (error.isPresent() && !credits.isEmpty()) {
            throw new IllegalArgumentException("a failed read has no credits");
        }
    }

    public static BankReadResult read(String file, List<BankCredit> credits) {
        return new BankReadResult(file, credits, Optional.empty());
    }

    public static BankReadResult failed(String file, String error) {
        return new BankReadResult(file, List.of(), Optional.of(error));
    }

    public boolean failed() {
        return error.isPresent();
    }
}
