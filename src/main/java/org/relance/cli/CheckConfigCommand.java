package org.relance.cli;

import java.util.concurrent.Callable;
import org.relance.config.RelanceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code relance check-config}: validates the configuration and prints one line per check. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Validate the configuration file and print one line per check.")
final class CheckConfigCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    CheckConfigCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RelanceConfig loaded = config.load(context.env());
        context.out().println("ok   config " + config.path + ": company " + loaded.company().name());
        loaded.mail().ifPresentOrElse(
                mail -> context.out().println("ok   mail: configured (connection checks come with the watcher and sender)"),
                () -> context.out().println("off  mail: no mail section"));
        loaded.slack().ifPresentOrElse(
                slack -> context.out().println("ok   slack: configured"),
                () -> context.out().println("off  slack: no slack section or tokens unset"));
        loaded.disabled().forEach(reason -> context.out().println("off  " + reason));
        return 0;
    }
}
