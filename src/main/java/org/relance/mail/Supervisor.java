package org.relance.mail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy of the bot's long-running threads: an exception restarts the work with backoff, an {@link Error}
 * (out of memory…) ends the process non-zero, so that a supervisor (Docker's restart policy, systemd) starts it afresh
 * instead of a live process doing nothing.
 */
public final class Supervisor {

    /** The exit status after an {@link Error} in a supervised thread (EX_SOFTWARE). */
    public static final int EXIT_ON_ERROR = 70;

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    private final IntConsumer exit;
    private final Duration minBackoff;
    private final Duration maxBackoff;

    /** @param exit ends the process with the given status; tests pass a recorder instead */
    public Supervisor(IntConsumer exit, Duration minBackoff, Duration maxBackoff) {
        this.exit = exit;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Ends this JVM, from a thread of its own: the failing thread must not wait in {@code System.exit} for the shutdown
     * hooks, which may wait for it.
     */
    public static IntConsumer exitProcess() {
        return status -> {
            Thread t = new Thread(() -> System.exit(status), "relance-exit");
            t.start();
        };
    }

    /**
     * Runs {@code body} on the calling thread until it returns or {@code keepGoing} turns false; an exception runs it
     * again after a backoff ({@code pause}, which a stop must be able to cut short), an Error ends the process.
     */
    public void run(String name, Runnable body, BooleanSupplier keepGoing, Consumer<Duration> pause) {
        Duration backoff = minBackoff;
        while (keepGoing.getAsBoolean()) {
            long started = System.nanoTime();
            try {
                body.run();
                return;
            } catch (RuntimeException e) {
                if (!keepGoing.getAsBoolean()) {
                    return;
                }
                if (Duration.ofNanos(System.nanoTime() - started).compareTo(maxBackoff) > 0) {
                    // It had been working for a while: this is a new failure, not the same one again.
                    backoff = minBackoff;
                }
                LOG.error("{} failed ({}); restarting it in {} ms", name, e, backoff.toMillis(), e);
                pause.accept(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            } catch (Error e) {
                fatal(name, e);
                return;
            }
        }
    }

    /** An Error in thread {@code name}: logged, then the process ends with {@link #EXIT_ON_ERROR}. */
    public void fatal(String name, Throwable e) {
        // Logged before anything else: after an OutOfMemoryError this line may be all that is left to read.
        LOG.error("{} died of {}; exiting with status {} so that the process is restarted", name, e, EXIT_ON_ERROR, e);
        exit.accept(EXIT_ON_ERROR);
    }

    /** For {@link Thread#setUncaughtExceptionHandler}: whatever escapes a supervised thread ends the process. */
    public Thread.UncaughtExceptionHandler lastResort() {
        return (thread, e) -> fatal(thread.getName(), e);
    }
}
