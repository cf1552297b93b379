package org.relance.cli;

import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.config.ConfigException;
import org.relance.config.RelanceConfig;
import org.relance.mail.OutboxSender;
import org.relance.mail.SendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance send}: runs the outbox once and prints one line per message handled; exit code 1 when a message
 * failed or needs review.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Run the outbox once: send what is approved and allowed now, resolve anything left in sending.")
final class SendCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--dry-run", description = "Log and record what would be sent; send nothing.")
    boolean dryRun;

    SendCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RelanceConfig loaded = config.loadUnchecked(context.env());
        // A bad configuration (exit 2) is reported before a missing store (exit 1).
        loaded.mail().orElseThrow(() -> new ConfigException("mail", "not configured: nothing can be sent"));
        config.requireStore(loaded);
        try (App app = context.apps().open(loaded)) {
            OutboxSender sender = app.outboxSender(dryRun);
            // Approvals from any channel become messages here, so none is left behind.
            Queueing.print(app.reminderMailer().queueApproved(), context);
            SendReport report = sender.runOnce();
            for (SendReport.Handled h : report.handled()) {
                context.out().println(line(h));
            }
            if (report.handled().isEmpty()) {
                context.out().println("nothing to send" + (sender.dryRun() ? " (dry run)" : ""));
            }
            return report.needsAttention() ? 1 : 0;
        }
    }

    static String line(SendReport.Handled h) {
        return h.outcome().label() + " #" + h.outboxId() + " " + h.messageId() + " to " + String.join(", ", h.to())
                + " \"" + h.subject() + "\"" + (h.detail() == null ? "" : ": " + h.detail());
    }
}
