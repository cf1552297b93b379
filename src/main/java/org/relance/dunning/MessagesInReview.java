package org.relance.dunning;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The outgoing messages left in review ({@code needs_review}) as the desk sees them when a person resolves one;
 * implemented by the outbox's owner ({@code mail.Outbox}), which alone writes the outbox tables. All calls join the
 * caller's transaction.
 */
public interface MessagesInReview {

    /**
     * One message in review.
     *
     * @param lead      the row's own reminder ({@code outbox.reminder_id}), null for a message without one
     * @param claimedAt when the sender claimed it: when it left, if it did; null when unknown
     * @param reminders every reminder it carries, its lead first
     */
    record InReview(long outboxId, Long lead, String messageId, Instant claimedAt, List<Long> reminders) {
        public InReview {
            reminders = List.copyOf(reminders);
        }
    }

    /** The messages in review carrying this reminder, oldest first. */
    List<InReview> carrying(Handle h, long reminderId);

    /** The customer got it: needs_review → sent at {@code sentAt}; false when it was no longer in review. */
    boolean delivered(Handle h, long outboxId, Instant sentAt, String note);

    /** Send it again: needs_review → queued, attempts reset, same Message-ID; false when no longer in review. */
    boolean resend(Handle h, long outboxId, String note);
}
