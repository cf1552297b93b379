package org.relance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Store;

/** The event log read as a feed: ids, kinds filtered in SQL, id order, fast on a long log. */
class EventLogFeedTest {

    @TempDir
    Path dir;

    private final EventLog log = new EventLog();

    private Ledger open() {
        return Ledger.open(new Store("jdbc:sqlite:" + dir.resolve("relance.db"), null, null, dir.resolve("files")));
    }

    private static Event event(String kind, String details) {
        return new Event(Instant.parse("2026-12-01T08:00:00Z"), "relance", "system", kind, null, null, null, details);
    }

    @Test
    void sinceGivesTheEventsAfterTheIdOfTheAskedKindsInIdOrderWithTheirIds() {
        try (Ledger ledger = open()) {
            assertThat(ledger.read(log::lastId)).isZero();
            ledger.inTransaction(h -> {
                log.append(h, event("payment.applied", "one"));
                log.append(h, event("reminder.approved", "two"));
                log.append(h, event("notice.written", "three"));
                log.append(h, event("payment.applied", "four"));
                return null;
            });
            List<LoggedEvent> all = ledger.read(h -> log.since(h, 0, Set.of("payment.applied", "notice.written"), 10));
            assertThat(all).extracting(e -> e.event().details()).containsExactly("one", "three", "four");
            assertThat(all).extracting(LoggedEvent::id).containsExactly(1L, 3L, 4L);
            List<LoggedEvent> page = ledger.read(h -> log.since(h, 1, Set.of("payment.applied", "notice.written"), 1));
            assertThat(page).extracting(LoggedEvent::id).containsExactly(3L);
            List<LoggedEvent> none = ledger.read(h -> log.since(h, 0, Set.of(), 10));
            assertThat(none).isEmpty();
            assertThat(ledger.read(log::lastId)).isEqualTo(4L);
        }
    }

    @Test
    void sinceIsFastOnAMillionEvents() {
        try (Ledger ledger = open()) {
            ledger.inTransaction(h -> h.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
                    INSERT INTO events (at, actor, channel, kind, details)
                    SELECT '2026-12-01T08:00:00Z', 'relance', 'system',
                           CASE WHEN i % 100000 = 0 THEN 'payment.applied' ELSE 'reminder.proposed' END, 'e' || i
                    FROM n"""));
            assertThat(ledger.read(log::lastId)).isEqualTo(1_000_000L);
            Set<String> kinds = Set.of("payment.applied", "customer.replied");
            ledger.read(h -> log.since(h, 0, kinds, 100)); // warm up
            long started = System.nanoTime();
            List<LoggedEvent> rare = ledger.read(h -> log.since(h, 150_000, kinds, 100));
            long lastId = ledger.read(log::lastId);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(rare).extracting(LoggedEvent::id)
                    .containsExactly(200_000L, 300_000L, 400_000L, 500_000L, 600_000L, 700_000L, 800_000L, 900_000L,
                            1_000_000L);
            assertThat(lastId).isEqualTo(1_000_000L);
            assertThat(millis).as("since + lastId over 1M events, ms").isLessThan(200);
        }
    }
}
