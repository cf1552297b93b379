package org.relance.mail;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot's sender: every {@code period}, turns new approvals into queued messages and runs the outbox once.
 * One thread; a failed round is logged and the next one runs as usual, an Error ends the process ({@link Supervisor}).
 * Close it to stop: no round starts after that, the round in hand claims no further message and gets at most the
 * close budget (what it left in {@code sending} is resolved by {@link OutboxSender}'s recovery on the next start).
 */
public final class SendLoop implements AutoCloseable {

    /** How long {@link #close()} waits for the round in hand: inside the bot's 10 s shutdown. */
    public static final Duration CLOSE_BUDGET = Duration.ofSeconds(8);

    private static final Logger LOG = LoggerFactory.getLogger(SendLoop.class);

    private final ReminderMailer mailer;
    private final OutboxSender sender;
    private final Duration period;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-sender");
        t.setDaemon(true);
        return t;
    });

    private final Supervisor supervisor;
    private final Runnable beforeRound;
    private volatile boolean closing;
    /** Outbox ids already logged as a dry run (the sender's thread only). */
    private final Set<Long> dryRunShown = new HashSet<>();

    /** An Error in a round ends the process ({@link Supervisor}). */
    public SendLoop(ReminderMailer mailer, OutboxSender sender, Duration period) {
        this(mailer, sender, period, new Supervisor(Supervisor.exitProcess(), period, period), () -> { });
    }

    /** @param beforeRound runs first in every round (a test throws there to check the thread's policy) */
    public SendLoop(ReminderMailer mailer, OutboxSender sender, Duration period, Supervisor supervisor,
                    Runnable beforeRound) {
        this.mailer = mailer;
        this.sender = sender;
        this.period = period;
        this.supervisor = supervisor;
        this.beforeRound = beforeRound;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::round, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the sender sends nothing (a dry run). */
    /** Runs a round now (something was queued or approved); rounds never overlap, a closed loop ignores it. */
    public void wake() {
        if (!closing) {
            try {
                thread.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closing: the next start sends it.
            }
        }
    }

    public boolean dryRun() {
        return sender.dryRun();
    }

    public Duration period() {
        return period;
    }

    /** One round: queue what was approved since, then send what is allowed now. */
    private void round() {
        try {
            if (closing) {
                return;
            }
            beforeRound.run();
            ReminderMailer.Report queued = mailer.queueApproved();
            queued.notWritten().forEach(n -> LOG.warn("{}: approved but no message written: {}",
                    String.join(", ", n.invoices()), n.reason()));
            if (closing) {
                // Queued rows are committed: the next start sends them.
                return;
            }
            // Checked before each claim: after close, the round ends with the message in hand.
            SendReport report = sender.runOnce(() -> closing);
            report.handled().forEach(this::log);
        } catch (RuntimeException e) {
            if (closing) {
                // The store closing under a round stopped by the shutdown: nothing to report.
                LOG.debug("send round ended by the shutdown: {}", e.toString());
                return;
            }
            // The store or the server failing now must not stop the sending for good.
            LOG.error("send round failed; the next one runs in {} s", period.toSeconds(), e);
        } catch (Error e) {
            // A scheduled task that throws is silently never run again: a sender that no longer sends.
            supervisor.fatal("outbox sender", e);
            thread.shutdown();
        }
    }

    /** One line per message that changed; a wait (window, rate, backoff) repeats every round, so only at debug. */
    private void log(SendReport.Handled h) {
        boolean news = switch (h.outcome()) {
            case DEFERRED_WINDOW, DEFERRED_RATE, DEFERRED_BACKOFF, IN_FLIGHT, AUTH_FAILED -> false;
            // A dry run shows the same row every round until it is sent for real.
            case DRY_RUN -> dryRunShown.add(h.outboxId());
            default -> true;
        };
        if (news) {
            LOG.info("{} #{} to {}: {}", h.outcome().label(), h.outboxId(), String.join(", ", h.to()), h.subject());
        } else {
            LOG.debug("{} #{} to {}: {} ({})", h.outcome().label(), h.outboxId(), String.join(", ", h.to()),
                    h.subject(), h.detail());
        }
    }

    /** Stops within {@link #CLOSE_BUDGET}. */
    @Override
    public void close() {
        close(CLOSE_BUDGET);
    }

    /**
     * No round starts after this call; the round in hand is waited for at most {@code budget}, then left to finish or
     * die with the process (its daemon thread): a message it claimed stays in {@code sending} and the sender's
     * recovery settles it from the archive on the next start. Returns true when the thread had stopped.
     */
    public boolean close(Duration budget) {
        closing = true;
        thread.shutdown();
        try {
            if (thread.awaitTermination(Math.max(0, budget.toMillis()), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Not interrupted: an interrupt in the middle of SMTP would turn a message that left into one in doubt.
        LOG.warn("outbox sender still busy after {} ms; stopping without waiting for it (a message it claimed is "
                + "settled from the archive on the next start)", budget.toMillis());
        return false;
    }
}
