package org.relance.slack;

import java.util.Optional;

/**
 * The Slack Web API calls the bot makes ({@code slack.apiUrl}): every response's {@code ok} checked, 429
 * {@code Retry-After} honoured, failures as {@link SlackException}. Thread-safe.
 */
public final class SlackWeb {

    /** Posts a message (in a thread when {@code threadTs} is set); returns its ts. */
    public String post(String channel, Optional<String> threadTs, SlackMessage message) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void update(String channel, String ts, SlackMessage message) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void postEphemeral(String channel, String user, String text) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Uploads a file into the channel (files upload v2: getUploadURLExternal + completeUploadExternal). */
    public void upload(String channel, Optional<String> threadTs, String filename, String title, byte[] content) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Slack could not be reached or refused a call; the message names the method and Slack's error. */
    public static final class SlackException extends RuntimeException {
        public SlackException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
