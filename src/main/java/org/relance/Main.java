package org.relance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.relance.cli.Cli;
import org.relance.cli.CliContext;
import org.relance.config.RelanceConfig;
import org.relance.ledger.Ledger;

/** Entry point: wires the application with plain constructors and runs the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Clock clock = Clock.systemDefaultZone();
        CliContext context = new CliContext(System.getenv(), clock, out, err, config -> wire(config, clock),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        System.exit(Cli.run(context, args));
    }

    /** Builds every service for one configuration; the caller closes the returned app. */
    public static App wire(RelanceConfig config, Clock clock) {
        return new App(config, clock, Ledger.open(config.store()));
    }
}
