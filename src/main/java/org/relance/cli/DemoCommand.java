package org.relance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.Main;
import org.relance.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relance demo}: the whole bot on this machine with nothing installed — an in-process mail server, sample
 * mail, the real pipeline, the digest — then the terminal channel on standard input until quit or end of input.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole bot on sample mail with its own mail server in ./demo-data; needs no config "
                + "and no network. Then type reply commands (ok 1, reporter 2 7, status, aide, quit).")
final class DemoCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "demo-data",
            description = "Where the demo keeps its store (default: ${DEFAULT-VALUE}); emptied first.")
    Path dir;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Pretend today is this day.")
    LocalDate today;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        long begun = System.nanoTime();
        context.out().println("Relance demo: starting a mail server on this machine and delivering sample mail…");
        context.out().flush();
        Demo demo = Demo.start(dir, Optional.ofNullable(today), context.clock(), context.env(), Main::wire);
        // Ctrl-C: the JVM runs this hook; quit and end of input close the demo here first (close is idempotent).
        Thread hook = new Thread(demo::close, "relance-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            context.out().printf("Relance demo — %s, company %s, store %s%n%n", demo.today(),
                    demo.app().config().company().name(), demo.app().config().store().url());
            context.out().println(demo.narrative());
            context.out().println(demo.publishDigest());
            context.out().printf("(first digest after %.1f s)%n%n", (System.nanoTime() - begun) / 1e9);
            context.out().println(demo.mailboxes());
            context.out().flush();
            demo.terminal(context.in(), context.out(), () -> StatusCommand.print(
                    demo.app().receivablesStatus().on(demo.today()), context.out()));
        } finally {
            demo.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already in the hook (Ctrl-C): nothing to remove.
            }
        }
        return 0;
    }
}
