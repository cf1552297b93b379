package org.relance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.digest.DigestScheduler;
import org.relance.digest.DigestText;
import org.relance.mail.OutgoingMail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance digest}: builds today's digest now, stores it, publishes it to the configured channels (Slack when
 * a {@code slack} section is set) and prints it; the daily schedule still posts its own at {@code digest.time}.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Build today's digest now, post it to Slack and email it (as configured), and print it.")
final class DigestCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to build the digest for (default: today).")
    LocalDate today;

    DigestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (App app = context.apps().open(config.load(context.env()))) {
            LocalDate day = Today.or(today, context, app);
            DigestScheduler scheduler = app.digestScheduler(app.digestPublishers());
            DigestScheduler.Publication publication = scheduler.publishNow(day);
            context.out().print(new DigestText(app.config().company().locale(), app.config().digest().whenEmpty()).render(publication.digest()));
            context.out().flush();
            List<String> posted = scheduler.publisherNames().stream()
                    .filter(n -> publication.failed().stream().noneMatch(f -> f.startsWith(n + ":")))
                    .toList();
            if (!posted.isEmpty()) {
                context.err().println("posted to " + String.join(", ", posted));
            }
            if (posted.contains("email")) {
                // Sent now, as the scheduler's would be by the running bot; reminders still wait for their round.
                app.outboxSender(false).runOnce(() -> false, OutgoingMail.DIGEST::equals).handled()
                        .forEach(h -> context.err().println(SendCommand.line(h)));
            }
            for (String failure : publication.failed()) {
                context.err().println("not posted: " + failure);
            }
            context.err().flush();
            return publication.failed().isEmpty() ? 0 : 1;
        }
    }
}
