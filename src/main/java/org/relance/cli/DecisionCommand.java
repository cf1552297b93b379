package org.relance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.decision.DecisionRequest.Target;
import org.relance.decision.Decisions;
import org.relance.dunning.Actor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The decision commands ({@code approve}, {@code snooze}, {@code escalate}, {@code paid}, {@code promise},
 * {@code dispute}, {@code cancel}, {@code reopen}, {@code resolve}, {@code reviewed}): each invoice's request goes
 * through the decision seam as channel {@code cli}, about the invoice's current proposal; one line per invoice, exit
 * code 1 when any was refused. Approvals queue their messages once all are taken (one customer's invoices approved
 * together leave grouped).
 */
abstract class DecisionCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "INVOICE", arity = "1..*", description = "Invoice numbers.")
    List<String> invoices;

    DecisionCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    abstract DecisionRequest request(Target invoice);

    @Override
    public Integer call() {
        Actor actor = Actor.cli(context.env().getOrDefault("USER", "cli"));
        try (App app = context.apps().open(config.load(context.env()))) {
            List<DecisionRequest> requests = invoices.stream().map(i -> request(Target.invoice(i))).toList();
            Decisions.Batch batch = app.decisions().takeAll(requests, actor);
            for (DecisionOutcome outcome : batch.outcomes()) {
                String invoice = ((DecisionRequest.OnReminder) outcome.request()).target().invoice();
                if (outcome.refused()) {
                    context.err().println(invoice + ": not done: " + outcome.message());
                } else {
                    context.out().println(invoice + ": " + outcome.message());
                }
            }
            Queueing.print(batch.queued(), context);
            return batch.allOk() ? 0 : 1;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the reminder the planner proposes today for each invoice.")
    static final class Approve extends DecisionCommand {
        Approve(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Approve(invoice);
        }
    }

    @Command(name = "snooze", mixinStandardHelpOptions = true, description = "Put today's reminder off for N days.")
    static final class Snooze extends DecisionCommand {
        @Option(names = "--days", required = true, paramLabel = "N", description = "How many days.")
        int days;

        Snooze(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Snooze(invoice, days);
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true, description = "Jump to the next ladder step now.")
    static final class Escalate extends DecisionCommand {
        Escalate(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Escalate(invoice);
        }
    }

    @Command(name = "paid", mixinStandardHelpOptions = true,
            description = "Mark invoices paid (paid by means Relance did not see); pending reminders are cancelled.")
    static final class Paid extends DecisionCommand {
        Paid(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.MarkPaid(invoice);
        }
    }

    @Command(name = "promise", mixinStandardHelpOptions = true,
            description = "The customer promised to pay by a date: pause the chase until the day after.")
    static final class Promise extends DecisionCommand {
        @Option(names = "--by", required = true, paramLabel = "YYYY-MM-DD", description = "The promised date.")
        LocalDate by;

        Promise(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Promise(invoice, by);
        }
    }

    @Command(name = "dispute", mixinStandardHelpOptions = true,
            description = "The customer disputes the invoice: stop the chase until resolved.")
    static final class Dispute extends DecisionCommand {
        Dispute(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Dispute(invoice);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Withdraw each invoice's current reminder (not yet sent); the invoice stays open.")
    static final class Cancel extends DecisionCommand {
        Cancel(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Cancel(invoice);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "An invoice marked paid by mistake is owed again: its amount due is recomputed, a wrong "
                    + "automatic allocation is undone and its payment waits for a person.")
    static final class Reopen extends DecisionCommand {
        Reopen(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Reopen(invoice);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "End a dispute: the invoice is open again and the chase resumes.")
    static final class Resolve extends DecisionCommand {
        Resolve(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.EndDispute(invoice);
        }
    }

    @Command(name = "reviewed", mixinStandardHelpOptions = true,
            description = "A person checked a message left in review: it reached the customer, or send it again.")
    static final class Reviewed extends DecisionCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Verdict verdict;

        /** Exactly one of the two. */
        static final class Verdict {
            @Option(names = "--delivered", required = true,
                    description = "The customer got it: mark the reminder and its message sent.")
            boolean delivered;

            @Option(names = "--resend", required = true,
                    description = "It did not arrive: queue it again for the next send run.")
            boolean resend;
        }

        Reviewed(CliContext context) {
            super(context);
        }

        @Override
        DecisionRequest request(Target invoice) {
            return new DecisionRequest.Review(invoice, verdict.delivered);
        }
    }
}
