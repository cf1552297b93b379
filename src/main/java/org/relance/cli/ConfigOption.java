package org.relance.cli;

import java.nio.file.Path;
import java.util.Map;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import picocli.CommandLine.Option;

/** The {@code --config PATH} option every command takes. */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "PATH", defaultValue = "config/relance.yml",
            description = "Configuration file (default: ${DEFAULT-VALUE}).")
    Path path;

    RelanceConfig load(Map<String, String> env) {
        RelanceConfig config = ConfigLoader.load(path, env);
        LogFile.attach(config);
        return config;
    }
}
