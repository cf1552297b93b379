package org.relance.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code relance match-confirm} / {@code match-reject}: a person decides suggested matches (ids from
 * {@code relance payments}) through the decision seam, channel {@code cli}; one line per allocation, exit code 1 when
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

    abstract DecisionRequest request(long allocation);

    @Override
    public Integer call() {
        boolean allTaken = true;
        Actor actor = Actor.cli(context.env().getOrDefault("USER", "cli"));
        try (App app = context.apps().open(config.load(context.env()))) {
            for (String given : allocations) {
                Long id = parse(given);
                if (id == null) {
                    allTaken = false;
                    context.err().println(given + ": not done: not an allocation id (a number, as relance payments "
                            + "lists them)");
                    continue;
                }
                DecisionOutcome decision = app.decisions().take(request(id), actor);
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
        DecisionRequest request(long allocation) {
            return new DecisionRequest.ConfirmMatch(allocation);
        }
    }

    @Command(name = "match-reject", mixinStandardHelpOptions = true,
            description = "Reject suggested matches: the invoice stays as it was.")
    static final class Reject extends MatchDecisionCommand {
        Reject(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(long allocation) {
            return new DecisionRequest.RejectMatch(allocation);
        }
    }
}
