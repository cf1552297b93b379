package org.relance.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.bank.PaymentIntake;
import org.relance.bank.SuggestionDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code relance match-confirm} / {@code match-reject}: a person decides suggested matches (ids from
 * {@code relance payments}) through the payment intake, channel {@code cli}; one line per allocation, exit code 1 when
 * any was refused. Repeating a decision is harmless.
 */
abstract class MatchDecisionCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ALLOCATION", arity = "1..*", description = "Allocation ids, as relance payments lists them.")
    List<String> allocations;

    MatchDecisionCommand(CliContext context) {
        this.context = context;
    }

    abstract SuggestionDecision decide(PaymentIntake payments, long allocation, String actor);

    @Override
    public Integer call() {
        boolean allTaken = true;
        String actor = context.env().getOrDefault("USER", "cli");
        try (App app = context.apps().open(config.load(context.env()))) {
            for (String given : allocations) {
                Long id = parse(given);
                if (id == null) {
                    allTaken = false;
                    context.err().println(given + ": not done: not an allocation id (a number, as relance payments "
                            + "lists them)");
                    continue;
                }
                SuggestionDecision decision = decide(app.payments(), id, actor);
                String label = "allocation #" + id + (decision.invoice() == null ? "" : " (" + decision.invoice() + ")");
                if (decision.refused()) {
                    allTaken = false;
                    context.err().println(label + ": not done: " + decision.message());
                } else {
                    context.out().println(label + ": " + decision.message());
                }
            }
        }
        return allTaken ? 0 : 1;
    }

    /** "17" or "#17"; null when it is not a positive number. */
    private static Long parse(String given) {
        String digits = given.strip().startsWith("#") ? given.strip().substring(1) : given.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }

    @Command(name = "match-confirm", mixinStandardHelpOptions = true,
            description = "Confirm suggested matches: the payment is applied to the invoice.")
    static final class Confirm extends MatchDecisionCommand {
        Confirm(CliContext context) {
            super(context);
        }

        @Override
        SuggestionDecision decide(PaymentIntake payments, long allocation, String actor) {
            return payments.confirmSuggestion(allocation, actor, "cli");
        }
    }

    @Command(name = "match-reject", mixinStandardHelpOptions = true,
            description = "Reject suggested matches: the invoice stays as it was.")
    static final class Reject extends MatchDecisionCommand {
        Reject(CliContext context) {
            super(context);
        }

        @Override
        SuggestionDecision decide(PaymentIntake payments, long allocation, String actor) {
            return payments.rejectSuggestion(allocation, actor, "cli");
        }
    }
}
