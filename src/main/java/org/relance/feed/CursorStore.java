package org.relance.feed;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Each feed channel's position in the event log (table {@code feed_cursors}); every write joins the caller's transaction. */
public final class CursorStore {

    /**
     * A channel's position.
     *
     * @param lastEventId    every event up to this id was delivered (or skipped)
     * @param pendingEventId the event being delivered when it was saved; null when none
     */
    public record Cursor(String channel, long lastEventId, Long pendingEventId) {
    }

    private final Clock clock;

    public CursorStore(Clock clock) {
        this.clock = clock;
    }

    public Optional<Cursor> find(Handle h, String channel) {
        return h.createQuery("SELECT channel, last_event_id, pending_event_id FROM feed_cursors WHERE channel = :c")
                .bind("c", channel)
                .map((rs, ctx) -> {
                    long pending = rs.getLong("pending_event_id");
                    Long pendingId = rs.wasNull() ? null : pending;
                    return new Cursor(rs.getString("channel"), rs.getLong("last_event_id"), pendingId);
                })
                .findOne();
    }

    /** A new channel's cursor; nothing when it exists already. */
    public void create(Handle h, String channel, long lastEventId) {
        h.createUpdate("""
                INSERT INTO feed_cursors (channel, last_event_id, pending_event_id, updated_at)
                SELECT :c, :last, NULL, :now WHERE NOT EXISTS (SELECT 1 FROM feed_cursors WHERE channel = :c)""")
                .bind("c", channel)
                .bind("last", lastEventId)
                .bind("now", clock.instant().toString())
                .execute();
    }

    /** Marks {@code eventId} as being delivered. */
    public void markPending(Handle h, String channel, long eventId) {
        update(h, "UPDATE feed_cursors SET pending_event_id = :id, updated_at = :now WHERE channel = :c",
                channel, eventId);
    }

    /** The delivery failed: nothing is pending, the cursor stays. */
    public void clearPending(Handle h, String channel) {
        update(h, "UPDATE feed_cursors SET pending_event_id = NULL, updated_at = :now WHERE channel = :c",
                channel, null);
    }

    /** {@code eventId} is done with (delivered or skipped): the cursor moves past it and nothing is pending. */
    public void advance(Handle h, String channel, long eventId) {
        update(h, """
                UPDATE feed_cursors SET pending_event_id = NULL, updated_at = :now,
                    last_event_id = CASE WHEN last_event_id < :id THEN :id ELSE last_event_id END
                WHERE channel = :c""", channel, eventId);
    }

    private void update(Handle h, String sql, String channel, Long id) {
        var update = h.createUpdate(sql).bind("c", channel).bind("now", clock.instant().toString());
        if (id != null) {
            update.bind("id", id.longValue());
        }
        update.execute();
    }
}
