package org.relance.slack;

/** One Slack message to post or update: the notification text and its Block Kit blocks as a JSON array. */
public record SlackMessage(String text, String blocksJson) {
}
