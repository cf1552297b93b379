package org.relance.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Store;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.LoggedEvent;

/** The notifier on a real SQLite ledger: cursors per sink, crash between delivery and cursor, failures, kinds. */
class NotifierTest {

    @TempDir
    Path dir;

    private final EventLog log = new EventLog();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private Ledger ledger;

    @BeforeEach
    void open() {
        ledger = Ledger.open(new Store("jdbc:sqlite:" + dir.resolve("relance.db"), null, null, dir.resolve("files")));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void write(String kind, String details) {
        ledger.inTransaction(h -> {
            log.append(h, new Event(clock.instant(), "relance", "system", kind, null, null, null, details));
            return null;
        });
    }

    private Notifier notifier(FeedSink... sinks) {
        return new Notifier(ledger, log, new CursorStore(clock), List.of(sinks), clock, Duration.ofSeconds(2),
                Duration.ofMinutes(5));
    }

    @Test
    void aNewSinkStartsAfterTheNewestEventAndGetsOnlyItsKindsInOrder() {
        write("payment.applied", "history");
        RecordingSink sink = new RecordingSink("slack", Set.of("payment.applied", "notice.written"));
        Notifier notifier = notifier(sink);
        assertThat(notifier.runOnce()).isZero();
        write("payment.applied", "a");
        write("reminder.approved", "not wanted");
        write("notice.written", "b");
        write("payment.applied", "c");
        assertThat(notifier.runOnce()).isEqualTo(3);
        assertThat(sink.details()).containsExactly("a", "b", "c");
        assertThat(notifier.runOnce()).isZero();
        assertThat(sink.details()).containsExactly("a", "b", "c");
    }

    @Test
    void aCrashBetweenDeliveryAndCursorNeverDeliversThatEventTwiceAfterARestart() {
        RecordingSink sink = new RecordingSink("slack", Set.of("payment.applied"));
        notifier(sink).runOnce();
        write("payment.applied", "a");
        write("payment.applied", "b");
        write("payment.applied", "c");
        sink.crashAfter = "b";
        assertThatThrownBy(() -> notifier(sink).runOnce()).isInstanceOf(Crash.class);
        assertThat(sink.details()).containsExactly("a", "b");
        assertThat(ledger.read(h -> new CursorStore(clock).find(h, "slack")).orElseThrow().pendingEventId())
                .isEqualTo(2L);

        sink.crashAfter = null;
        Notifier restarted = notifier(sink);
        assertThat(restarted.runOnce()).isEqualTo(1);
        assertThat(sink.details()).containsExactly("a", "b", "c");
        CursorStore.Cursor cursor = ledger.read(h -> new CursorStore(clock).find(h, "slack")).orElseThrow();
        assertThat(cursor.lastEventId()).isEqualTo(3L);
        assertThat(cursor.pendingEventId()).isNull();
    }

    @Test
    void aFailingSinkKeepsItsCursorRetriesWithBackoffAndGetsEveryEventOnceInOrder() {
        RecordingSink down = new RecordingSink("slack", Set.of("payment.applied"));
        RecordingSink other = new RecordingSink("other", Set.of("payment.applied"));
        Notifier notifier = notifier(down, other);
        notifier.runOnce();
        write("payment.applied", "a");
        write("payment.applied", "b");
        down.failuresLeft = 3;
        notifier.runOnce();
        assertThat(down.details()).isEmpty();
        assertThat(other.details()).as("a failing sink holds up no other").containsExactly("a", "b");

        write("payment.applied", "c");
        notifier.runOnce();
        assertThat(down.attempts).as("waits its backoff (2 s) before trying again").isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        notifier.runOnce();
        assertThat(down.attempts).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        notifier.runOnce();
        assertThat(down.attempts).as("the backoff doubled to 4 s").isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        notifier.runOnce();
        assertThat(down.attempts).isEqualTo(3);
        clock.advance(Duration.ofSeconds(8));
        notifier.runOnce();
        assertThat(down.details()).containsExactly("a", "b", "c");
        assertThat(other.details()).containsExactly("a", "b", "c");
        clock.advance(Duration.ofMinutes(1));
        notifier.runOnce();
        assertThat(down.details()).containsExactly("a", "b", "c");
    }

    @Test
    void theThreadDeliversAfterTheCommitAndStopsWithinASecond() throws InterruptedException {
        RecordingSink sink = new RecordingSink("slack", Set.of("payment.applied"));
        Notifier notifier = new Notifier(ledger, log, new CursorStore(clock), List.of(sink), clock,
                Duration.ofMillis(50), Duration.ofSeconds(1));
        notifier.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ledger.read(h -> new CursorStore(clock).find(h, "slack")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        write("payment.applied", "a");
        while (sink.details().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sink.details()).containsExactly("a");
        long started = System.nanoTime();
        notifier.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    /** A simulated stop of the process (not an Exception: the notifier must not handle it). */
    static final class Crash extends Error {
    }

    static final class RecordingSink implements FeedSink {
        final String name;
        final Set<String> kinds;
        final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        volatile int failuresLeft;
        volatile int attempts;
        volatile String crashAfter;

        RecordingSink(String name, Set<String> kinds) {
            this.name = name;
            this.kinds = kinds;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> kinds() {
            return kinds;
        }

        @Override
        public void deliver(LoggedEvent event) {
            if (failuresLeft > 0) {
                attempts++;
                failuresLeft--;
                throw new IllegalStateException("slack.com: connection refused");
            }
            attempts++;
            delivered.add(event.event().details());
            if (event.event().details().equals(crashAfter)) {
                throw new Crash();
            }
        }

        List<String> details() {
            return List.copyOf(delivered);
        }
    }

    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
