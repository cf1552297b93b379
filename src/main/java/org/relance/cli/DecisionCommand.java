package org.relance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.dunning.Actor;
import org.relance.dunning.Decision;
import org.relance.dunning.ReminderDesk;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The decision commands ({@code approve}, {@code snooze}, {@code escalate}, {@code paid}, {@code promise},
 * {@code dispute}, {@code cancel}, {@code reopen}, {@code resolve}, {@code reviewed}): each invoice goes through the
 * reminder desk as channel {@code cli}; one line per invoice, exit code 1 when any was refused.
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

    abstract Decision decide(ReminderDesk desk, String invoice, Actor actor);

    /** After the decisions: approvals queue their messages right away (the sender still waits for its window). */
    void afterDecisions(App app) {
    }

    @Override
    public Integer call() {
        boolean allTaken = true;
        Actor actor = Actor.cli(context.env().getOrDefault("USER", "cli"));
        try (App app = context.apps().open(config.load(context.env()))) {
            for (String invoice : invoices) {
                Decision decision = decide(app.desk(), invoice, actor);
                if (decision.refused()) {
                    allTaken = false;
                    context.err().println(invoice + ": not done: " + decision.message());
                } else {
                    context.out().println(invoice + ": " + decision.message());
                }
            }
            afterDecisions(app);
        }
        return allTaken ? 0 : 1;
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the reminder the planner proposes today for each invoice.")
    static final class Approve extends DecisionCommand {
        Approve(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.approve(invoice, actor);
        }

        @Override
        void afterDecisions(App app) {
            Queueing.print(app.reminderMailer().queueApproved(), context());
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
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.snooze(invoice, days, actor);
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true, description = "Jump to the next ladder step now.")
    static final class Escalate extends DecisionCommand {
        Escalate(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.escalate(invoice, actor);
        }
    }

    @Command(name = "paid", mixinStandardHelpOptions = true,
            description = "Mark invoices paid (paid by means Relance did not see); pending reminders are cancelled.")
    static final class Paid extends DecisionCommand {
        Paid(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.markPaid(invoice, actor);
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
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.promise(invoice, by, actor);
        }
    }

    @Command(name = "dispute", mixinStandardHelpOptions = true,
            description = "The customer disputes the invoice: stop the chase until resolved.")
    static final class Dispute extends DecisionCommand {
        Dispute(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.dispute(invoice, actor);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Withdraw each invoice's current reminder (not yet sent); the invoice stays open.")
    static final class Cancel extends DecisionCommand {
        Cancel(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.cancel(invoice, actor);
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
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.reopen(invoice, actor);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "End a dispute: the invoice is open again and the chase resumes.")
    static final class Resolve extends DecisionCommand {
        Resolve(CliContext context) {
            super(context);
        }

        @Override
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.resolve(invoice, actor);
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
        Decision decide(ReminderDesk desk, String invoice, Actor actor) {
            return desk.resolveReview(invoice, verdict.delivered, actor);
        }
    }
}
