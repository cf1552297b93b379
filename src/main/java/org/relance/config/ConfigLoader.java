package org.relance.config;

import java.nio.file.Path;
import java.util.Map;

/** Reads {@code relance.yml} into a {@link RelanceConfig}, or fails with a {@link ConfigException}. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static RelanceConfig load(Path file, Map<String, String> env) {
        throw new ConfigException(file.toString(), "not implemented yet");
    }
}
