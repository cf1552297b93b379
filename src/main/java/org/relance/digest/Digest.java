package org.relance.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored digest: the day's numbered proposals, its summary and other sections (replies, matches, messages in
 * review, the items not shown in detail). Slack and email both render and decide against these stored items.
 */
public record Digest(long id, String token, LocalDate day, List<DigestItem> items, DigestDetails details) {

    public Digest {
        items = List.copyOf(items);
        Objects.requireNonNull(details, "details");
    }

    /** A digest with its items only (no summary, no other sections). */
    public Digest(long id, String token, LocalDate day, List<DigestItem> items) {
        this(id, token, day, items, DigestDetails.none());
    }

    /** Nothing to chase, nothing to confirm, nothing in review, nothing left out. */
    public boolean isEmpty() {
        return items.isEmpty() && details.rest().count() == 0 && details.replies().isEmpty()
                && details.matches().isEmpty() && details.inReview().isEmpty() && details.toConfirm().isEmpty();
    }
}
