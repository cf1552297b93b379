package org.relance.mail;

import java.util.Objects;

/**
 * Tells the running sender that something new waits to leave (a message queued, a reminder approved), after the
 * commit that made it visible, so it goes out now rather than at the next timed round. Thread-safe; without a
 * listener (the CLI) a signal does nothing.
 */
public final class OutboxSignal {

    private volatile Runnable listener = () -> { };

    /** The sender listening from now on (one at a time); {@link #stopListening} when it stops. */
    public void listen(Runnable onQueued) {
        listener = Objects.requireNonNull(onQueued, "onQueued");
    }

    public void stopListening() {
        listener = () -> { };
    }

    /** Now, from any thread: the sender wakes up (or nothing, when none listens). */
    public void fire() {
        listener.run();
    }

    /** When the caller's transaction commits (its rows are then visible to the sender's own connection). */
    public void afterCommit(org.jdbi.v3.core.Handle h) {
        h.afterCommit(this::fire);
    }
}
