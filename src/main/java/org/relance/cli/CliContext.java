package org.relance.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What every command may use from the outside world: environment variables, the clock,
 * the two output streams and the factory that opens the application on a configuration.
 */
public record CliContext(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, AppFactory apps) {
}
