package org.relance.feed;

import java.util.Set;
import org.relance.ledger.LoggedEvent;

/**
 * A channel the event feed is delivered to (Slack now): its name is its cursor's key. {@link #deliver} is called from
 * the notifier's thread, one event at a time in id order; throwing leaves the event to be delivered again later.
 */
public interface FeedSink {

    /** The cursor's key in {@code feed_cursors}; keep it stable, or the sink starts afresh. */
    String name();

    /** The event kinds this sink wants; others never reach it. */
    Set<String> kinds();

    /** Delivers one committed event; an exception means "not delivered" (Slack down…) and it is retried. */
    void deliver(LoggedEvent event) throws Exception;
}
