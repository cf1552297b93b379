package org.relance.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the {@code to_confirm} invoice status and the column keeping why a reading waits for a person. In Java because
 * widening a CHECK differs by database: SQLite cannot alter a constraint, so its stored schema text is edited the way
 * the SQLite documentation describes for loosening a CHECK (no data is rewritten); PostgreSQL replaces the constraint.
 */
final class V12__Invoices_to_confirm extends BaseJavaMigration {

    private static final String OLD = "'open', 'partially_paid', 'paid', 'disputed', 'cancelled'";
    private static final String NEW = "'to_confirm', " + OLD;

    private final Dialect dialect;

    V12__Invoices_to_confirm(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                int version;
                try (ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
                    rs.next();
                    version = rs.getInt(1);
                }
                s.execute("PRAGMA writable_schema = ON");
                int changed = s.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, " + literal(OLD) + ", "
                        + literal(NEW) + ") WHERE type = 'table' AND name = 'invoices'");
                if (changed != 1) {
                    throw new SQLException("invoices table not found in sqlite_master");
                }
                s.execute("PRAGMA schema_version = " + (version + 1));
                s.execute("PRAGMA writable_schema = OFF");
            } else {
                s.execute("ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_status_check");
                s.execute("ALTER TABLE invoices ADD CONSTRAINT invoices_status_check CHECK (status IN (" + NEW + "))");
            }
            // Why the reading waits for a person (one reason per line); null once confirmed or when trusted.
            s.execute("ALTER TABLE invoices ADD COLUMN doubts TEXT");
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
