package org.relance.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.relance.Main;

/** Runs relance commands in-process as a user would, on a fixed clock, keeping the last command's stdout and stderr. */
final class TestCli {

    private final Clock clock;
    private final Map<String, String> env;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Commands run by the user {@code alice}. */
    TestCli(Clock clock) {
        this(clock, Map.of("USER", "alice"));
    }

    TestCli(Clock clock, Map<String, String> env) {
        this.clock = clock;
        this.env = env;
    }

    int run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a command whose standard input is {@code stdin} (the terminal channel). */
    int runWithInput(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(env, clock, new PrintWriter(out), new PrintWriter(err),
                config -> Main.wire(config, clock), new BufferedReader(new StringReader(stdin)));
        return Cli.run(context, args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
