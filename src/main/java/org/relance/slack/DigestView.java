package org.relance.slack;

import java.util.List;
import java.util.Locale;
import org.relance.digest.Digest;

/**
 * The digest as Slack messages (Block Kit), a pure function: split to respect Slack's limits (50 blocks, 3,000
 * characters per text), money and dates in the company's locale.
 */
public final class DigestView {

    private final Locale locale;

    public DigestView(Locale locale) {
        this.locale = locale;
    }

    /** The messages to post, in order; the first is the day's thread. */
    public List<SlackMessage> messages(Digest digest) {
        throw new UnsupportedOperationException("not built yet");
    }
}
