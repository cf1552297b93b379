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
 * failed or needs review, or the SMTP server refused the login.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Run the outbox once: send what is approved and allowed now, resolve anything left in sending.")
final class SendCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--dry-run", description = "Print every queued message (recipients, subject, text), even outside "
            + "the send window; send nothing and leave every message queued.")
    boolean dryRun;

    SendCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RelanceConfig loaded = config.loadUnchecked(context.env());
        // A bad configuration (exit 2) is reported before a missing store (exit 1).
        if (!dryRun) {
            loaded.mail().orElseThrow(() -> new ConfigException("mail", "not configured: nothing can be sent"));
        }
        config.requireStore(loaded);
        try (App app = context.apps().open(loaded)) {
            OutboxSender sender = app.outboxSender(dryRun);
            // Approvals from any channel become messages here, so none is left behind.
            Queueing.print(app.reminderMailer().queueApproved(), context);
            SendReport report = sender.runOnce();
            for (SendReport.Handled h : report.handled()) {
                context.out().println(line(h));
                h.preview().ifPresent(p -> print(p, context));
            }
            // A refused login is the configuration's fault, not the messages': say what to fix.
            report.configurationError().ifPresent(e -> context.err().println("relance: " + e
                    + "; nothing was sent, the messages stay queued (check mail.smtp.username and mail.smtp.password)"));
            if (report.handled().isEmpty() && report.configurationError().isEmpty()) {
                context.out().println("nothing to send" + (sender.dryRun() ? " (dry run)" : ""));
            }
            return report.needsAttention() ? 1 : 0;
        }
    }

    /** The message a dry run would send, as its recipient would read it. */
    private static void print(SendReport.Preview p, CliContext context) {
        context.out().println("  From: " + p.from());
        context.out().println("  To: " + String.join(", ", p.to()));
        if (!p.cc().isEmpty()) {
            context.out().println("  Cc: " + String.join(", ", p.cc()));
        }
        if (!p.replyTo().isEmpty()) {
            context.out().println("  Reply-To: " + String.join(", ", p.replyTo()));
        }
        context.out().println("  Subject: " + p.subject());
        if (!p.attachments().isEmpty()) {
            context.out().println("  Attachments: " + String.join(", ", p.attachments()));
        }
        context.out().println();
        p.text().lines().forEach(l -> context.out().println("  " + l));
        context.out().println();
    }

    static String line(SendReport.Handled h) {
        return h.outcome().label() + " #" + h.outboxId() + " " + h.messageId() + " to " + String.join(", ", h.to())
                + " \"" + h.subject() + "\"" + (h.detail() == null ? "" : ": " + h.detail());
    }
}
