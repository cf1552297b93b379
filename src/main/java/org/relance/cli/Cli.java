package org.relance.cli;

import java.time.LocalDate;
import org.relance.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs one command line and turns its outcome into the contract's exit codes (0, 1, 2). */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(CliContext context, String... args) {
        CommandFactory factory = new CommandFactory(context);
        CommandLine commandLine = new CommandLine(new RelanceCommand(context), factory)
                .setOut(context.out())
                .setErr(context.err())
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, context))
                .registerConverter(LocalDate.class, new DateConverter());
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    private static int handle(Exception ex, CliContext context) {
        if (ex instanceof ConfigException) {
            context.err().println("relance: " + ex.getMessage());
            return 2;
        }
        if (ex instanceof ConfigOption.MissingStore) {
            context.err().println("relance: " + ex.getMessage());
            return 1;
        }
        if (ex instanceof UsageProblem) {
            context.err().println("relance: " + ex.getMessage());
            return 2;
        }
        LOG.debug("command failed", ex);
        context.err().println("relance: error: " + describe(ex));
        return 1;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null ? ex.getClass().getSimpleName() : message;
    }
}
