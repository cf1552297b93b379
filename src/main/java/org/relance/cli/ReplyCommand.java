package org.relance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.digest.Digest;
import org.relance.digest.ReplyResult;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance reply}: reads digest reply commands from standard input until EOF ("ok 1 3", "reporter 2 7"…) and
 * applies them to a stored digest through the same grammar and seam as an email reply, channel {@code terminal}.
 */
@Command(name = "reply", mixinStandardHelpOptions = true,
        description = "Apply digest reply commands read from standard input (ok 1 3, reporter 2 7, escalader 4…) "
                + "to the latest digest. Exit 1 when a line was refused or not understood, 2 when there is no digest.")
final class ReplyCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--digest", paramLabel = "ID", description = "The digest to answer (default: the latest).")
        Long digest;

        @Option(names = "--today", description = "Answer today's digest (the latest built today).")
        boolean today;
    }

    ReplyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (App app = context.apps().open(config.load(context.env()))) {
            Optional<Digest> digest = app.ledger().read(h -> {
                if (which != null && which.digest != null) {
                    return app.digestStore().byId(h, which.digest);
                }
                if (which != null && which.today) {
                    return app.digestStore().forDay(h,
                            LocalDate.now(context.clock().withZone(app.config().company().timezone())));
                }
                return app.digestStore().latest(h);
            });
            if (digest.isEmpty()) {
                context.err().println("no digest to answer: run relance digest first");
                context.err().flush();
                return 2;
            }
            String text = readAll();
            Actor actor = new Actor(context.env().getOrDefault("USER", "cli"), Channel.TERMINAL);
            ReplyResult result = app.digestReplies().apply(digest.get().id(), text, actor);
            context.out().println(result.confirmation(app.config().company().locale()));
            context.out().flush();
            return result.allOk() ? 0 : 1;
        }
    }

    private String readAll() {
        StringBuilder text = new StringBuilder();
        try {
            for (String line = context.in().readLine(); line != null; line = context.in().readLine()) {
                text.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
