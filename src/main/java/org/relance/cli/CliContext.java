package org.relance.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;

/**
 * What every command may use from the outside world: environment variables, the clock,
 * the two output streams, the factory that opens the application on a configuration, and standard input
 * (the terminal channel: {@code relance demo}, {@code relance reply}).
 */
public record CliContext(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, AppFactory apps,
                         BufferedReader in) {

    /** A context whose standard input is empty. */
    public CliContext(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, AppFactory apps) {
        this(env, clock, out, err, apps, new BufferedReader(new StringReader("")));
    }
}
