package org.relance.digest;

import java.time.LocalDate;
import java.util.List;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.ledger.Money;

/**
 * What a digest shows besides its numbered items; stored with it as a snapshot for display (table digests, column
 * details), never decided against.
 *
 * @param rest     the proposals not shown in detail (beyond {@code digest.maxItems}): their count and total
 * @param replies  customers' replies waiting for a decision (reminders on hold)
 * @param matches  suggested allocations a person must confirm or reject
 * @param inReview outgoing messages in review and quarantined incoming mail
 * @param toConfirm invoices read with doubts, numbered after the proposals, waiting for a person to confirm or correct
 *                  them; a decision on one names the invoice and the reading shown, so the seam refuses a stale one
 */
public record DigestDetails(Summary summary, Rest rest, List<Reply> replies, List<Match> matches,
                            List<InReview> inReview, List<ToConfirm> toConfirm) {

    public DigestDetails {
        replies = List.copyOf(replies);
        matches = List.copyOf(matches);
        inReview = List.copyOf(inReview);
        // Digests stored before invoices could wait for confirmation have no such list.
        toConfirm = toConfirm == null ? List.of() : List.copyOf(toConfirm);
    }

    public DigestDetails(Summary summary, Rest rest, List<Reply> replies, List<Match> matches,
                         List<InReview> inReview) {
        this(summary, rest, replies, matches, inReview, List.of());
    }

    public static DigestDetails none() {
        return new DigestDetails(Summary.none(), Rest.none(), List.of(), List.of(), List.of(), List.of());
    }

    /** The invoice to confirm shown under this number, if any. */
    public java.util.Optional<ToConfirm> toConfirm(int number) {
        return toConfirm.stream().filter(t -> t.number() == number).findFirst();
    }

    /**
     * An invoice read from a plain document with doubts: "I read F-…, 968,00 €, due 12/12/2026 — confirm or correct".
     *
     * @param number the number replies use ({@code confirm 3}), after the numbered proposals
     * @param due    null when no due date was read
     * @param doubts why the reading waits (warnings, low confidence, an email stating another amount)
     */
    public record ToConfirm(int number, String invoice, String customer, Money total, LocalDate due,
                            List<String> doubts) {
        public ToConfirm {
            doubts = List.copyOf(doubts);
        }

        /** The invoice as read, under {@code number}. */
        public static ToConfirm of(int number, Invoice invoice, Customer customer, List<String> doubts) {
            return new ToConfirm(number, invoice.number(), customer == null ? null : customer.name(),
                    invoice.total(), invoice.dueDate(), doubts);
        }
    }

    /**
     * The top of the digest.
     *
     * @param overdue       the total overdue, one amount per currency (largest first)
     * @param overdueCount  how many invoices are past due
     * @param oldest        the invoice longest overdue; null when none is
     * @param since         the day of the previous digest the changes are counted from; null for the first digest
     * @param paidSince     invoices paid since the previous digest
     * @param newlyOverdue  invoices that fell due since the previous digest (all overdue ones for the first)
     */
    public record Summary(List<Money> overdue, int overdueCount, Oldest oldest, LocalDate since,
                          List<String> paidSince, List<String> newlyOverdue) {

        public Summary {
            overdue = List.copyOf(overdue);
            paidSince = List.copyOf(paidSince);
            newlyOverdue = List.copyOf(newlyOverdue);
        }

        public static Summary none() {
            return new Summary(List.of(), 0, null, null, List.of(), List.of());
        }
    }

    public record Oldest(String invoice, String customer, int daysOverdue) {
    }

    /** The proposals left out of the detail, biggest first shown: never dropped silently. */
    public record Rest(int count, List<Money> totals) {

        public Rest {
            totals = List.copyOf(totals);
        }

        public static Rest none() {
            return new Rest(0, List.of());
        }
    }

    /** A customer answered a reminder: the chase is on hold until a person decides. */
    public record Reply(long reminderId, String invoice, String customer, String step, String from, String subject,
                        LocalDate received) {
    }

    /** A payment the matcher is unsure of, suggested for an invoice. */
    public record Match(long allocationId, String invoice, Money amount, String payer, LocalDate date,
                        String reference) {
    }

    /**
     * A message a person must look at.
     *
     * @param kind       {@link #OUTBOX}: an outgoing message that may or may not have left; {@link #QUARANTINE}: an
     *                   incoming mail set aside
     * @param invoice    the invoice of an outgoing reminder; null otherwise
     * @param reminderId the reminder of an outgoing message; null otherwise
     */
    public record InReview(String kind, String subject, String reason, String invoice, Long reminderId) {
        public static final String OUTBOX = "outbox";
        public static final String QUARANTINE = "quarantine";
    }
}
