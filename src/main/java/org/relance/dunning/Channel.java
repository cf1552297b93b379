package org.relance.dunning;

import java.util.Locale;

/** How a decision reached the bot; stored as its id in events and reminders ({@code decided_via}). */
public enum Channel {
    CLI, SLACK, EMAIL, TERMINAL, WEB, SYSTEM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of a stored id; an id written by an older version ("web", "system"…) maps to its constant. */
    public static Channel of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
