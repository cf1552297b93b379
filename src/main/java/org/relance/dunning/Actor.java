package org.relance.dunning;

/** Who takes a decision and through which channel: slack, email, cli or web. */
public record Actor(String who, String channel) {

    public static Actor cli(String who) {
        return new Actor(who, "cli");
    }
}
