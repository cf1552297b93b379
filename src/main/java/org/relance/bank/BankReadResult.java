package org.relance.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: its credits (possibly none, e.g. a debit alert), or why it could not be read.
 *
 * @param error    present when the file could not be read at all; credits is then empty
 * @param rejected entries or rows left out because a value cannot be stored (an impossible amount or date), each
 *                 naming where it is and why
 */
public record BankReadResult(String file, List<BankCredit> credits, Optional<String> error, List<String> rejected) {

    public BankReadResult {
        Objects.requireNonNull(file, "file");
        credits = List.copyOf(credits);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(error, "error");
        if (error.isPresent() && !credits.isEmpty()) {
            throw new IllegalArgumentException("a failed read has no credits");
        }
    }

    public BankReadResult(String file, List<BankCredit> credits, Optional<String> error) {
        this(file, credits, error, List.of());
    }

    public static BankReadResult read(String file, List<BankCredit> credits) {
        return new BankReadResult(file, credits, Optional.empty());
    }

    public static BankReadResult read(String file, List<BankCredit> credits, List<String> rejected) {
        return new BankReadResult(file, credits, Optional.empty(), rejected);
    }

    public static BankReadResult failed(String file, String error) {
        return new BankReadResult(file, List.of(), Optional.of(error));
    }

    public boolean failed() {
        return error.isPresent();
    }
}
