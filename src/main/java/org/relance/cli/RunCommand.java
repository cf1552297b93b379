package org.relance.cli;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.relance.App;
import org.relance.config.Mail;
import org.relance.config.RelanceConfig;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.OutboxSender;
import org.relance.mail.SendLoop;
import org.relance.mail.SendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance run}: the long-running bot — the mailbox watcher (with {@code mail.imap}) and the sender (with
 * {@code mail.smtp} or a dry run); stops cleanly on Ctrl-C or SIGTERM.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: watch the mailbox (IMAP IDLE or polling), take in forwarded invoices and bank "
                + "notifications, and send approved reminders. Ctrl-C or SIGTERM stops it cleanly.")
final class RunCommand implements Callable<Integer> {

    private static final Duration SEND_PERIOD = Duration.ofMinutes(1);

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--once", description = "One pass over the mailbox and one send run, then exit (cron, scripts).")
    boolean once;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws MessagingException, InterruptedException {
        RelanceConfig loaded = config.load(context.env());
        boolean watch = loaded.mail().flatMap(Mail::imap).isPresent();
        boolean send = loaded.mail().map(m -> m.smtp().isPresent() || m.dryRun()).orElse(false);
        if (!watch && !send) {
            throw new UsageProblem("nothing to run: mail.imap is not configured in " + config.path
                    + " (nor mail.smtp for sending)");
        }
        try (App app = context.apps().open(loaded)) {
            config.newStore().ifPresent(store -> context.out().println("created a new store at " + store));
            return once ? runOnce(app, watch, send) : runUntilStopped(app, loaded, watch, send);
        }
    }

    private int runOnce(App app, boolean watch, boolean send) throws MessagingException {
        if (watch) {
            try (MailboxWatcher watcher = app.mailboxWatcher()) {
                MailboxWatcher.Pass pass = watcher.runOnce();
                context.out().println("mailbox: " + pass.handled() + " handled, " + pass.moved() + " moved, "
                        + pass.quarantined() + " quarantined, " + pass.left() + " left in place");
            } catch (MessagingException e) {
                // The user must see it was the mailbox, whatever failed: the connection or a command in the pass.
                Mail.Imap imap = app.config().mail().flatMap(Mail::imap).orElseThrow();
                String where = "IMAP " + imap.host() + ":" + imap.port() + ": ";
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new MessagingException(where + e.getMessage(), e);
            }
        }
        if (send) {
            OutboxSender sender = app.outboxSender(false);
            Queueing.print(app.reminderMailer().queueApproved(), context);
            SendReport report = sender.runOnce();
            report.handled().forEach(h -> context.out().println(SendCommand.line(h)));
            context.out().println("outbox: " + report.handled().size() + " handled");
        }
        return 0;
    }

    private int runUntilStopped(App app, RelanceConfig loaded, boolean watch, boolean send)
            throws InterruptedException {
        List<AutoCloseable> running = new ArrayList<>();
        if (watch) {
            MailboxWatcher watcher = app.mailboxWatcher();
            watcher.start();
            running.add(watcher);
            Mail.Imap imap = loaded.mail().flatMap(Mail::imap).orElseThrow();
            context.out().println("relance: watching " + imap.folder() + " of " + imap.username() + " on "
                    + imap.host() + ":" + imap.port() + (imap.idle() ? " (IDLE, polling fallback every "
                    : " (polling every ") + imap.pollSeconds() + " s)");
        }
        if (send) {
            SendLoop loop = new SendLoop(app.reminderMailer(), app.outboxSender(false), SEND_PERIOD);
            loop.start();
            running.add(loop);
            context.out().println("relance: sending approved reminders every " + SEND_PERIOD.toSeconds()
                    + " s within the send window" + (loaded.mail().orElseThrow().dryRun() ? " (dry run)" : ""));
        }
        context.out().println("relance: running; Ctrl-C to stop");
        context.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Finishes the message in hand; anything not committed is picked up again on the next start.
            for (AutoCloseable part : running) {
                try {
                    part.close();
                } catch (Exception e) {
                    context.err().println("relance: stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "relance-shutdown"));
        stopped.await();
        return 0;
    }
}
