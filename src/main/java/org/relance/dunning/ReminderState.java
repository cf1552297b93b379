package org.relance.dunning;

import java.util.Locale;

/** The states of the reminder state machine (blueprint, "Sending state machine"). */
public enum ReminderState {
    PROPOSED, APPROVED, SENDING, SENT, SNOOZED, WAITING, ON_HOLD, CANCELLED, NEEDS_REVIEW, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReminderState fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
