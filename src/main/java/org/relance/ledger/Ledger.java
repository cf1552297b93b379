package org.relance.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.relance.config.Store;

/**
 * The store of record (SQLite or PostgreSQL): opens the pool, migrates the schema, runs transactions.
 * Thread-safe; on SQLite one connection serialises every writer. Close it once at shutdown.
 */
public final class Ledger implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Ledger(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the store at {@code store.url()}, creating the SQLite file's folder and migrating the schema. */
    public static Ledger open(Store store) {
        Dialect dialect = Dialect.of(store.url());
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(store.url());
        hikari.setPoolName("relance-ledger");
        if (dialect == Dialect.SQLITE) {
            createParentFolder(store.url().substring("jdbc:sqlite:".length()));
            // SQLite has one writer: a pool of one makes every transaction wait its turn instead of failing.
            hikari.setMaximumPoolSize(1);
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", "FULL");
            hikari.addDataSourceProperty("busy_timeout", "10000");
            hikari.addDataSourceProperty("foreign_keys", "true");
        } else {
            hikari.setMaximumPoolSize(4);
            if (store.username() != null) {
                hikari.setUsername(store.username().value());
            }
            if (store.password() != null) {
                hikari.setPassword(store.password().value());
            }
        }
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.placeholders())
                    .javaMigrations(new V12__Invoices_to_confirm(dialect))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Ledger(dataSource);
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    /** Runs a read on its own connection. */
    public <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createParentFolder(String file) {
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        String path = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of store.url " + parent, e);
        }
    }
}
