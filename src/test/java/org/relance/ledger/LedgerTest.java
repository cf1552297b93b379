package org.relance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Store;

class LedgerTest {

    @TempDir
    Path dir;

    private Store store() {
        return new Store("jdbc:sqlite:" + dir.resolve("sub/relance.db"), null, null, dir.resolve("files"));
    }

    @Test
    void sqliteRunsInWalModeWithFullSyncBusyTimeoutAndForeignKeys() {
        try (Ledger ledger = Ledger.open(store())) {
            ledger.read(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThanOrEqualTo(5000);
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                return null;
            });
        }
    }

    @Test
    void migrationsCreateEveryTableOfTheBlueprintAndReopeningKeepsThem() {
        try (Ledger ledger = Ledger.open(store())) {
            ledger.inTransaction(h -> h.execute(
                    "INSERT INTO mailbox_state (folder, uidvalidity, last_uid, updated_at) VALUES ('INBOX', 1, 42, 'x')"));
        }
        try (Ledger ledger = Ledger.open(store())) {
            List<String> tables = ledger.read(h -> h.createQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").mapTo(String.class).list());
            assertThat(tables).contains("customers", "invoices", "payments", "allocations", "reminders", "outbox",
                    "events", "mailbox_state", "processed_messages");
            long lastUid = ledger.read(h -> h.createQuery("SELECT last_uid FROM mailbox_state").mapTo(Long.class).one());
            assertThat(lastUid).isEqualTo(42L);
        }
    }

    @Test
    void foreignKeysRejectAnInvoiceOfAnUnknownCustomer() {
        try (Ledger ledger = Ledger.open(store())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.inTransaction(h -> h.execute("""
                    INSERT INTO invoices (number, kind, customer_id, currency, total_minor, amount_due_minor, status,
                        source, created_at, updated_at)
                    VALUES ('F-1', 'invoice', 999, 'EUR', 100, 100, 'open', 'csv', 'x', 'x')""")))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void moneyRoundTripsThroughMinorUnitsExactly() {
        Money money = Money.of("1234567.89", "EUR");
        assertThat(Money.ofMinor(money.toMinor(), money.currency())).isEqualTo(money);
        assertThat(Money.of("1500", "JPY").toMinor()).isEqualTo(1500L);
    }
}
