package org.relance.cli;

import jakarta.mail.MessagingException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.relance.App;
import org.relance.config.RelanceConfig;
import org.relance.mail.MailboxWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance run}: the long-running bot (today: the mailbox watcher); stops cleanly on Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: watch the mailbox (IMAP IDLE or polling) and take in forwarded invoices. "
                + "Ctrl-C or SIGTERM stops it cleanly.")
final class RunCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--once", description = "One pass over the mailbox, then exit (for cron or scripts).")
    boolean once;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws MessagingException, InterruptedException {
        RelanceConfig loaded = config.load(context.env());
        if (loaded.mail().flatMap(m -> m.imap()).isEmpty()) {
            throw new UsageProblem("nothing to run: mail.imap is not configured in " + config.path);
        }
        try (App app = context.apps().open(loaded); MailboxWatcher watcher = app.mailboxWatcher()) {
            if (once) {
                MailboxWatcher.Pass pass = watcher.runOnce();
                context.out().println("mailbox: " + pass.handled() + " handled, " + pass.moved() + " moved, "
                        + pass.quarantined() + " quarantined, " + pass.left() + " left in place");
                return 0;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                // Finishes the message in hand; anything not committed is read again on the next start.
                watcher.close();
                stopped.countDown();
            }, "relance-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            watcher.start();
            loaded.mail().flatMap(m -> m.imap()).ifPresent(imap -> context.out().println("relance: watching "
                    + imap.folder() + " of " + imap.username() + " on " + imap.host() + ":" + imap.port()
                    + (imap.idle() ? " (IDLE, polling fallback every " : " (polling every ") + imap.pollSeconds()
                    + " s); Ctrl-C to stop"));
            context.out().flush();
            stopped.await();
            return 0;
        }
    }
}
