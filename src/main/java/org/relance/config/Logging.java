package org.relance.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code logging} section.
 *
 * @param file where the log is also written (appended), besides stderr; a relative path is resolved against the
 *             config file's folder; empty: stderr only
 */
public record Logging(Optional<Path> file) {

    public static Logging none() {
        return new Logging(Optional.empty());
    }
}
