package org.relance.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the ledger lives: a JDBC URL (SQLite or PostgreSQL) and the folder for original files. */
public record Store(String url, Secret username, Secret password, Path files) {

    /** The file of a SQLite store ({@code jdbc:sqlite:PATH[?…]}); empty for PostgreSQL, in-memory or URI forms. */
    public Optional<Path> sqliteFile() {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        String file = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(file).toAbsolutePath());
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
