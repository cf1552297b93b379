package org.relance.config;

import java.nio.file.Path;

/** Where the ledger lives: a JDBC URL (SQLite or PostgreSQL) and the folder for original files. */
public record Store(String url, Secret username, Secret password, Path files) {
}
