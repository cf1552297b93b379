package org.relance.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relance.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, stores and publishes the day's digest when {@link DigestSchedule} says it is due. What was published is
 * read from the store (the day's scheduled digest and its {@code published_at}), so a restart never posts twice and
 * a digest built but not published before a crash, or refused by a publisher (Slack down), is published on a later
 * check — the same digest, each publisher posting it at most once.
 *
 * <p>Threading: one daemon thread checks every {@code interval} (30 s) after {@link #start()}; {@link #close()}
 * returns within a second (a publication under way finishes on its own, the thread being a daemon). {@link #runOnce()}
 * is one check, for tests and for the thread.
 */
public final class DigestScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);
    public static final Duration EVERY = Duration.ofSeconds(30);

    private final Ledger ledger;
    private final DigestService service;
    private final DigestSchedule schedule;
    private final List<DigestPublisher> publishers;
    private final Clock clock;
    private final Duration interval;
    private final java.util.function.BooleanSupplier ready;
    private boolean waitLogged;
    private volatile boolean waiting;
    private final Object lock = new Object();
    private boolean stopped;
    private Thread thread;

    public DigestScheduler(Ledger ledger, DigestService service, DigestSchedule schedule,
                           List<DigestPublisher> publishers, Clock clock) {
        this(ledger, service, schedule, publishers, clock, EVERY);
    }

    public DigestScheduler(Ledger ledger, DigestService service, DigestSchedule schedule,
                           List<DigestPublisher> publishers, Clock clock, Duration interval) {
        this(ledger, service, schedule, publishers, clock, interval, () -> true);
    }

    /**
     * @param ready whether the scheduled digest may be built now: false while the mailbox has not caught up after a
     *              start (a payment waiting in the inbox would otherwise show a paid invoice as overdue)
     */
    public DigestScheduler(Ledger ledger, DigestService service, DigestSchedule schedule,
                           List<DigestPublisher> publishers, Clock clock, Duration interval,
                           java.util.function.BooleanSupplier ready) {
        this.ready = ready;
        this.ledger = ledger;
        this.service = service;
        this.schedule = schedule;
        this.publishers = List.copyOf(publishers);
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * One check: when the day's digest is due and not yet published, builds it (or takes the one built before a
     * crash) and hands it to every publisher; the day is done once all of them took it.
     *
     * @return the digest published by this check, if any
     */
    public synchronized Optional<Digest> runOnce() {
        LocalDate today = schedule.today(clock.instant());
        Optional<DigestStore.Scheduled> scheduled = ledger.read(h -> service.store().scheduledFor(h, today));
        if (scheduled.filter(DigestStore.Scheduled::published).isPresent()) {
            return Optional.empty();
        }
        Optional<LocalDate> due = schedule.due(clock.instant(), Optional.empty());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        waiting = scheduled.isEmpty() && !ready.getAsBoolean();
        if (waiting) {
            if (!waitLogged) {
                LOG.info("digest of {} due: waiting for the mailbox to catch up first", today);
                waitLogged = true;
            }
            return Optional.empty();
        }
        Digest digest = scheduled
                .flatMap(s -> ledger.read(h -> service.store().byId(h, s.digestId())))
                .orElseGet(() -> service.build(today, true));
        boolean all = true;
        for (DigestPublisher publisher : publishers) {
            try {
                publisher.publish(digest);
            } catch (RuntimeException e) {
                all = false;
                LOG.warn("digest {} of {}: {} failed, retried in {} s: {}", digest.token(), today, publisher.name(),
                        interval.toSeconds(), e.toString());
            }
        }
        if (!all) {
            return Optional.empty();
        }
        ledger.inTransaction(h -> {
            service.store().markPublished(h, digest.id());
            return null;
        });
        LOG.info("digest {} of {} published: {} item(s){}", digest.token(), today, digest.items().size(),
                publishers.isEmpty() ? " (no publisher configured)" : " to "
                        + String.join(", ", publishers.stream().map(DigestPublisher::name).toList()));
        return Optional.of(digest);
    }

    /**
     * Builds today's digest now (on demand: {@code relance digest}, {@code /relance digest}) and hands it to every
     * publisher; it does not count as the scheduled one, which still comes at its time.
     *
     * @return the digest and the publishers that failed (name: error), each tried once
     */
    public Publication publishNow() {
        return publishNow(schedule.today(clock.instant()));
    }

    /** Like {@link #publishNow()} for another day ({@code relance digest --today}, for tests and catching up). */
    public Publication publishNow(LocalDate day) {
        Digest digest = service.build(day, false);
        List<String> failed = new java.util.ArrayList<>();
        for (DigestPublisher publisher : publishers) {
            try {
                publisher.publish(digest);
            } catch (RuntimeException e) {
                failed.add(publisher.name() + ": " + e.getMessage());
                LOG.warn("digest {}: {} failed: {}", digest.token(), publisher.name(), e.toString());
            }
        }
        return new Publication(digest, failed);
    }

    /** An on-demand digest and the publishers that could not take it. */
    public record Publication(Digest digest, List<String> failed) {
        public Publication {
            failed = List.copyOf(failed);
        }
    }

    public List<String> publisherNames() {
        return publishers.stream().map(DigestPublisher::name).toList();
    }

    public void start() {
        start(null);
    }

    /** @param lastResort where an {@link Error} of the thread goes ({@code Supervisor.lastResort()}); null: the JVM's */
    public void start(Thread.UncaughtExceptionHandler lastResort) {
        synchronized (lock) {
            if (thread != null) {
                throw new IllegalStateException("already started");
            }
            thread = new Thread(this::loop, "relance-digest");
            thread.setDaemon(true);
            if (lastResort != null) {
                thread.setUncaughtExceptionHandler(lastResort);
            }
            thread.start();
        }
        schedule.next(clock.instant()).ifPresent(at -> LOG.info("next digest at {}", at.atZone(schedule.zone())));
    }

    private void loop() {
        while (true) {
            synchronized (lock) {
                if (stopped) {
                    return;
                }
            }
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("digest check failed, next one in {} s: {}", interval.toSeconds(), e.toString());
            }
            synchronized (lock) {
                if (stopped) {
                    return;
                }
                try {
                    // While waiting for the mailbox, look again soon: the digest is due already.
                    lock.wait(waiting ? Math.min(1000, interval.toMillis()) : interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Stops the checks; returns within a second. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(900);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
