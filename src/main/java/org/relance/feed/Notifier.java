package org.relance.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.LoggedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the committed events of the log to each {@link FeedSink}, resuming after its cursor: record the event as
 * pending (commit), deliver, advance (commit). At start an event still pending is skipped with a warning, so nothing is
 * delivered twice (at-most-once for that one event); a failing sink keeps its cursor and is retried with backoff
 * without holding up the others. A new sink starts at the newest event. One daemon thread for every sink once
 * {@link #start()}ed; {@link #runOnce()} is one pass on the caller's thread (tests, and the thread's loop).
 */
public final class Notifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int PAGE = 100;

    private final Ledger ledger;
    private final EventLog events;
    private final CursorStore cursors;
    private final Clock clock;
    private final Duration poll;
    private final Duration maxBackoff;
    private final List<SinkState> sinks = new ArrayList<>();
    private final Object wake = new Object();
    private final Thread.UncaughtExceptionHandler lastResort;
    private volatile boolean stopping;
    private volatile Thread thread;

    public Notifier(Ledger ledger, EventLog events, List<FeedSink> sinks, Clock clock) {
        this(ledger, events, new CursorStore(clock), sinks, clock, POLL, MAX_BACKOFF, null);
    }

    public Notifier(Ledger ledger, EventLog events, CursorStore cursors, List<FeedSink> sinks, Clock clock,
            Duration poll, Duration maxBackoff) {
        this(ledger, events, cursors, sinks, clock, poll, maxBackoff, null);
    }

    /**
     * @param poll       how long the thread waits between passes; also the first retry delay of a failing sink
     * @param lastResort what an {@link Error} escaping the thread goes to ({@code Supervisor.lastResort()}: the
     *                   process ends, so that it is restarted); null leaves the JVM's default
     */
    public Notifier(Ledger ledger, EventLog events, CursorStore cursors, List<FeedSink> sinks, Clock clock,
            Duration poll, Duration maxBackoff, Thread.UncaughtExceptionHandler lastResort) {
        this.ledger = ledger;
        this.events = events;
        this.cursors = cursors;
        this.clock = clock;
        this.poll = poll;
        this.maxBackoff = maxBackoff;
        this.lastResort = lastResort;
        for (FeedSink sink : sinks) {
            this.sinks.add(new SinkState(sink, poll));
        }
    }

    /** Starts the daemon thread; its first pass opens every sink's cursor. */
    public void start() {
        synchronized (wake) {
            if (thread != null) {
                return;
            }
            thread = new Thread(this::loop, "relance-notifier");
        }
        thread.setDaemon(true);
        if (lastResort != null) {
            thread.setUncaughtExceptionHandler(lastResort);
        }
        thread.start();
    }

    /** Stops the thread, waiting at most a second (a delivery in flight finishes on its own, its event stays pending). */
    @Override
    public void close() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the thread for a pass now (after a write the team should hear about at once). */
    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        while (!stopping) {
            try {
                runOnce();
            } catch (RuntimeException e) {
                // The ledger itself failed (locked, disk full): try again at the next poll, never die.
                LOG.warn("notifier pass failed: {}", e.toString(), e);
            }
            synchronized (wake) {
                if (stopping) {
                    return;
                }
                try {
                    wake.wait(Math.max(1, poll.toMillis()));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One pass: every sink not waiting out a backoff gets the events after its cursor. Returns how many were delivered. */
    public synchronized int runOnce() {
        int delivered = 0;
        for (SinkState s : sinks) {
            if (stopping) {
                break;
            }
            if (!s.opened) {
                open(s.sink);
                s.opened = true;
            }
            if (s.retryAt != null && clock.instant().isBefore(s.retryAt)) {
                continue;
            }
            delivered += drain(s);
        }
        return delivered;
    }

    private void open(FeedSink sink) {
        ledger.inTransaction(h -> {
            var cursor = cursors.find(h, sink.name());
            if (cursor.isEmpty()) {
                long last = events.lastId(h);
                cursors.create(h, sink.name(), last);
                LOG.info("feed {}: new, starting after event #{}", sink.name(), last);
            } else if (cursor.get().pendingEventId() != null) {
                long pending = cursor.get().pendingEventId();
                LOG.warn("feed {}: event #{} was being delivered when the bot stopped; skipped, so that it is never "
                        + "delivered twice", sink.name(), pending);
                cursors.advance(h, sink.name(), pending);
            }
            return null;
        });
    }

    private int drain(SinkState s) {
        FeedSink sink = s.sink;
        int delivered = 0;
        while (!stopping) {
            long after = ledger.read(h -> cursors.find(h, sink.name()).orElseThrow().lastEventId());
            List<LoggedEvent> page = ledger.read(h -> events.since(h, after, sink.kinds(), PAGE));
            if (page.isEmpty()) {
                return delivered;
            }
            for (LoggedEvent e : page) {
                if (stopping) {
                    return delivered;
                }
                ledger.inTransaction(h -> {
                    cursors.markPending(h, sink.name(), e.id());
                    return null;
                });
                try {
                    sink.deliver(e);
                } catch (Exception failure) {
                    ledger.inTransaction(h -> {
                        cursors.clearPending(h, sink.name());
                        return null;
                    });
                    s.retryAt = clock.instant().plus(s.backoff);
                    LOG.warn("feed {}: event #{} ({}) not delivered: {}; retrying in {} s", sink.name(), e.id(),
                            e.kind(), failure.toString(), s.backoff.toSeconds());
                    s.backoff = min(s.backoff.multipliedBy(2), maxBackoff);
                    return delivered;
                }
                ledger.inTransaction(h -> {
                    cursors.advance(h, sink.name(), e.id());
                    return null;
                });
                s.retryAt = null;
                s.backoff = poll;
                delivered++;
            }
        }
        return delivered;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A sink and its retry state; touched only under the notifier's lock. */
    private static final class SinkState {
        final FeedSink sink;
        boolean opened;
        Instant retryAt;
        Duration backoff;

        SinkState(FeedSink sink, Duration firstBackoff) {
            this.sink = sink;
            this.backoff = firstBackoff;
        }
    }
}
