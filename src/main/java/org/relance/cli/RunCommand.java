package org.relance.cli;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.relance.App;
import org.relance.Bot;
import org.relance.config.Mail;
import org.relance.config.RelanceConfig;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.OutboxSender;
import org.relance.mail.SendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance run}: the long-running {@link Bot} — the mailbox watcher (with {@code mail.imap}), the sender (with
 * {@code mail.smtp} or a dry run) and the services the wiring adds (digest, Slack, notifier); stops on Ctrl-C or
 * SIGTERM within 10 s. {@code --once} is one mailbox pass and one send run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: watch the mailbox (IMAP IDLE or polling), take in forwarded invoices and bank "
                + "notifications, and send approved reminders. Ctrl-C or SIGTERM stops it cleanly.")
final class RunCommand implements Callable<Integer> {

    /** What the shutdown hook waits, after the bot, for the store to be closed by the command's thread. */
    private static final Duration APP_CLOSE_WAIT = Duration.ofMillis(700);

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--once", description = "One pass over the mailbox and one send run, then exit (cron, scripts).")
    boolean once;

    private final CountDownLatch appClosed = new CountDownLatch(1);

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws MessagingException, InterruptedException {
        RelanceConfig loaded = config.load(context.env());
        boolean watch = loaded.mail().flatMap(Mail::imap).isPresent();
        boolean send = loaded.mail().map(m -> m.smtp().isPresent() || m.dryRun()).orElse(false);
        boolean other = !once && loaded.slack().isPresent();
        if (!watch && !send && !other) {
            throw new UsageProblem("nothing to run: mail.imap is not configured in " + config.path
                    + " (nor mail.smtp for sending" + (once ? ")" : ", nor slack)"));
        }
        try (App app = context.apps().open(loaded)) {
            config.newStore().ifPresent(store -> context.out().println("created a new store at " + store));
            return once ? runOnce(app, watch, send) : runUntilStopped(app);
        } finally {
            appClosed.countDown();
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

    private int runUntilStopped(App app) throws InterruptedException {
        Bot bot = Bot.of(app);
        if (bot.isEmpty()) {
            throw new UsageProblem("nothing to run: no service is wired for the sections of " + config.path);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before the start: a SIGTERM during it still stops what has started.
        Thread hook = new Thread(() -> {
            // Within 10 s: what is in hand finishes if it can, the rest is resumed on the next start.
            bot.close();
            stopped.countDown();
            try {
                // Lets the command's thread close the store cleanly before the JVM halts (bounded: it may be stuck).
                appClosed.await(APP_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "relance-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Bot.Startup startup;
        try {
            startup = bot.start();
        } catch (IllegalStateException e) {
            removeHook(hook);
            throw e;
        }
        startup.running().forEach(line -> context.out().println("relance: " + line));
        startup.failed().forEach(line -> context.err().println("relance: " + line));
        context.out().println("relance: running; Ctrl-C to stop");
        context.out().flush();
        context.err().flush();
        stopped.await();
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds nothing started.
        }
    }
}
