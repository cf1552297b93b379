package org.relance.digest;

/** Where a digest was posted in Slack: its channel and the first message's ts (the thread for the day's news). */
public record SlackThread(String channel, String ts) {
}
