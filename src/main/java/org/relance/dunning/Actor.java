package org.relance.dunning;

import java.util.Objects;

/** Who takes a decision (a login, a Slack user id, an email address, or "relance") and through which channel. */
public record Actor(String who, Channel via) {

    public Actor {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(via, "via");
    }

    /** The channel's id as stored in events and {@code decided_via}. */
    public String channel() {
        return via.id();
    }

    public static Actor of(String who, String channel) {
        return new Actor(who, Channel.of(channel));
    }

    public static Actor cli(String who) {
        return new Actor(who, Channel.CLI);
    }

    public static Actor system(String who) {
        return new Actor(who, Channel.SYSTEM);
    }
}
