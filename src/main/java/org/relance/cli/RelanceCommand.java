package org.relance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code relance} command; the work is in its subcommands. */
@Command(name = "relance",
        mixinStandardHelpOptions = true,
        version = "relance 0.1.0",
        description = "Gets small companies paid: reads invoices and payments, plans and sends reminders.",
        subcommands = {
            CheckConfigCommand.class,
            ImportCommand.class,
            PlanCommand.class,
            DigestCommand.class,
            DemoCommand.class,
            ReplyCommand.class,
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
            BankCommand.class,
            MatchCommand.class,
            RunCommand.class,
            StatusCommand.class,
            InvoicesCommand.class,
            HistoryCommand.class,
            PreviewCommand.class,
            PaymentsCommand.class,
            MatchDecisionCommand.Confirm.class,
            MatchDecisionCommand.Reject.class,
            ConfirmCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class RelanceCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    public RelanceCommand(CliContext context) {
        this.context = context;
    }

    /** {@code relance} alone is bad usage: the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return 2;
    }
}
