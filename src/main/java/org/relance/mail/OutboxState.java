package org.relance.mail;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The states of an outbox row (the {@code outbox.state} CHECK of V1), written only by {@link Outbox}:
 * queued → sending → sent | queued again (deferred, released, recovered) | failed | needs_review; queued → cancelled;
 * needs_review → sent (a person confirmed delivery) | queued (a person asked to send again).
 */
public enum OutboxState {
    QUEUED, SENDING, SENT, FAILED, NEEDS_REVIEW, CANCELLED;

    /** The rows that still stand for their reminders: a cancelled or failed one does not. */
    public static final Set<OutboxState> LIVE = EnumSet.of(QUEUED, SENDING, SENT, NEEDS_REVIEW);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboxState fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
