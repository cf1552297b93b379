package org.relance.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot's sender: every {@code period}, turns new approvals into queued messages and runs the outbox once.
 * One thread; a failed round is logged and the next one runs as usual, an Error ends the process ({@link Supervisor}).
 * Close it to stop after the round in hand.
 */
public final class SendLoop implements AutoCloseable {

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

    /** One round: queue what was approved since, then send what is allowed now. */
    private void round() {
        try {
            beforeRound.run();
            ReminderMailer.Report queued = mailer.queueApproved();
            queued.notWritten().forEach(n -> LOG.warn("{}: approved but no message written: {}",
                    String.join(", ", n.invoices()), n.reason()));
            SendReport report = sender.runOnce();
            report.handled().forEach(h -> LOG.info("{} #{} to {}: {}", h.outcome().label(), h.outboxId(),
                    String.join(", ", h.to()), h.subject()));
        } catch (RuntimeException e) {
            // The store or the server failing now must not stop the sending for good.
            LOG.error("send round failed; the next one runs in {} s", period.toSeconds(), e);
        } catch (Error e) {
            // A scheduled task that throws is silently never run again: a sender that no longer sends.
            supervisor.fatal("outbox sender", e);
            thread.shutdown();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
