package org.relance.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The stored digests and their numbered items (table digests, digest_items), and where each was posted. */
public final class DigestStore {

    /** The day's digest (the latest, when it was built more than once). */
    public Optional<Digest> forDay(Handle h, LocalDate day) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The most recent digest item that showed this reminder. */
    public Optional<DigestItem> itemForReminder(Handle h, long reminderId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Records the Slack messages a digest was posted as (first ts = the thread for the day's notifications). */
    public void recordSlackPost(Handle h, long digestId, String channel, List<String> ts) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Where the day's digest was posted in Slack, if it was. */
    public Optional<SlackThread> slackThread(Handle h, LocalDate day) {
        throw new UnsupportedOperationException("not built yet");
    }
}
