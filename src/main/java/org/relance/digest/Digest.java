package org.relance.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored digest: the day's numbered proposals (and, added by the digest builder, its summary and other sections).
 * Slack and email both render and decide against these stored items.
 */
public record Digest(long id, String token, LocalDate day, List<DigestItem> items) {

    public Digest {
        items = List.copyOf(items);
    }
}
