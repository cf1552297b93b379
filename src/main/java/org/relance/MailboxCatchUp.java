package org.relance;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.relance.mail.MailboxWatcher;

/**
 * Whether the mailbox has caught up since this process started (its watcher finished a pass), which the scheduled
 * digest waits for — at most {@link #PATIENCE}, so a mailbox that is down delays the digest but never stops it.
 * Thread-safe: set by the watcher's thread, read by the scheduler's.
 */
final class MailboxCatchUp implements BooleanSupplier, MailboxWatcher.Hooks {

    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final boolean watched;
    private volatile boolean caughtUp;
    private volatile long firstAsked;

    /** @param watched whether a mailbox is watched at all (without one there is nothing to wait for) */
    MailboxCatchUp(boolean watched) {
        this.watched = watched;
    }

    @Override
    public void afterPass(MailboxWatcher.Pass pass) {
        caughtUp = true;
    }

    @Override
    public boolean getAsBoolean() {
        if (!watched || caughtUp) {
            return true;
        }
        // A bound on waiting, not business time: the monotonic clock is right here.
        long now = System.nanoTime();
        if (firstAsked == 0) {
            firstAsked = now;
        }
        return now - firstAsked > PATIENCE.toNanos();
    }
}
