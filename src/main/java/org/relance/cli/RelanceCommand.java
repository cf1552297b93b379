package org.relance.cli;

import picocli.CommandLine.Command;

/** The top-level {@code relance} command; the work is in its subcommands. */
@Command(name = "relance",
        mixinStandardHelpOptions = true,
        version = "relance 0.1.0",
        description = "Gets small companies paid: reads invoices and payments, plans and sends reminders.",
        subcommands = {
            CheckConfigCommand.class,
            ImportCommand.class,
            PlanCommand.class,
            DemoCommand.class,
            DecisionCommand.Approve.class,
            DecisionCommand.Snooze.class,
            DecisionCommand.Escalate.class,
            DecisionCommand.Paid.class,
            DecisionCommand.Promise.class,
            DecisionCommand.Dispute.class,
            DecisionCommand.Cancel.class,
            DecisionCommand.Reviewed.class,
            DecisionCommand.Reopen.class,
            DecisionCommand.Resolve.class,
            SendCommand.class,
            ExtractCommand.class,
            ParseBankCommand.class,
            MatchCommand.class,
            RunCommand.class,
        })
public final class RelanceCommand implements Runnable {

    private final CliContext context;

    public RelanceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.out().println("Usage: relance COMMAND [OPTIONS]; see relance --help");
    }
}
