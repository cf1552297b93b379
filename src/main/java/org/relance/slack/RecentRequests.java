package org.relance.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of recently handled Slack requests (a click's action_ts + user + action id, a command's trigger id, an
 * event's id), so a retry Slack sends because an ack was late never acts twice; bounded, oldest forgotten first.
 * Thread-safe.
 */
final class RecentRequests {

    private final Map<String, Boolean> seen;

    RecentRequests(int capacity) {
        this.seen = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a key is seen (act on it), false for a repeat (ack it and do nothing). */
    synchronized boolean firstTime(String key) {
        return seen.put(key, Boolean.TRUE) == null;
    }
}
