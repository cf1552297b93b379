package org.relance.decision;

import org.jdbi.v3.core.Handle;
import org.relance.dunning.Actor;

/**
 * The one entry point for decisions on reminders and payments, whatever the channel (CLI, Slack, email reply,
 * terminal): channels translate what a person did into a {@link DecisionRequest} and word the outcome. Thread-safe.
 */
public final class Decisions {

    /** Takes one decision in its own transaction; an approval then queues its message (the sender waits for its window). */
    public DecisionOutcome take(DecisionRequest request, Actor actor) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Takes one decision in the caller's transaction (an email reply: its decisions and its mail record commit together). */
    public DecisionOutcome take(Handle h, DecisionRequest request, Actor actor) {
        throw new UnsupportedOperationException("not built yet");
    }
}
