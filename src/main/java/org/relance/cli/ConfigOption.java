package org.relance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --config PATH} option every command takes; it also refuses to open an empty new store by mistake. */
final class ConfigOption {

    /** The commands that may create the store: they fill it. */
    private static final Set<String> CREATE_STORE = Set.of("import", "run");
    /** The commands that read the configuration but never the store. */
    private static final Set<String> NO_STORE = Set.of("check-config", "parse-bank", "extract", "match", "demo");

    @Option(names = "--config", paramLabel = "PATH", defaultValue = "config/relance.yml",
            description = "Configuration file (default: ${DEFAULT-VALUE}).")
    Path path;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Path newStore;

    /**
     * Loads the configuration; for a command that expects data, a SQLite store that does not exist yet is refused
     * ({@link MissingStore}) rather than created empty — a wrong directory would otherwise show nothing to do.
     */
    RelanceConfig load(Map<String, String> env) {
        RelanceConfig config = ConfigLoader.load(path, env);
        requireStore(config);
        LogFile.attach(config);
        return config;
    }

    /** Only the file: for a command that checks more of the configuration before {@link #requireStore}. */
    RelanceConfig loadUnchecked(Map<String, String> env) {
        RelanceConfig config = ConfigLoader.load(path, env);
        LogFile.attach(config);
        return config;
    }

    /** Throws {@link MissingStore} when the command expects data and the SQLite store does not exist. */
    void requireStore(RelanceConfig config) {
        String name = command == null ? "" : command.name();
        Optional<Path> file = config.store().sqliteFile();
        if (file.isPresent() && !Files.exists(file.get()) && !NO_STORE.contains(name)) {
            if (!CREATE_STORE.contains(name)) {
                throw new MissingStore("no store at " + file.get() + " (from store.url in "
                        + path.toAbsolutePath().normalize() + "); run relance import first");
            }
            newStore = file.get();
        }
    }

    /** The SQLite file {@link #load} found missing for a command that creates it; empty when it existed. */
    Optional<Path> newStore() {
        return Optional.ofNullable(newStore);
    }

    /** A command that expects data was pointed at a store that does not exist. */
    static final class MissingStore extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingStore(String message) {
            super(message, null, false, false);
        }
    }
}
