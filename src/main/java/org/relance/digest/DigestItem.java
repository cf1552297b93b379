package org.relance.digest;

import java.util.List;
import org.relance.ledger.Money;

/**
 * One numbered proposal of a digest, as it was shown: one message to one customer at one step, carrying one reminder
 * per invoice (several when reminders are grouped). A decision on it names each member's reminder and the step.
 *
 * @param members           the invoices and their reminders, the lead (the one the buttons' value names) first
 * @param channel           email, task or letter
 * @param daysOverdue       of the item's oldest invoice
 * @param lateInterest      L441-10 interest over the members; null when not claimed (not B2B, no rate)
 * @param recoveryIndemnity the fixed indemnities over the members; null when not claimed (not B2B)
 * @param preview           one line of what would be sent (or why nothing can be); null when not composed
 */
public record DigestItem(int position, List<Member> members, String customer, String step, String channel,
                         Money amountDue, int daysOverdue, Money lateInterest, Money recoveryIndemnity,
                         String preview) {

    public DigestItem {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a digest item shows at least one invoice");
        }
    }

    public DigestItem(int position, List<Member> members, String customer, String step, String channel,
                      Money amountDue, int daysOverdue) {
        this(position, members, customer, step, channel, amountDue, daysOverdue, null, null, null);
    }

    /** One invoice of the item and the reminder shown for it. */
    public record Member(String invoice, long reminderId) {
    }

    /** The reminder the item's buttons carry as their value. */
    public long reminderId() {
        return members.get(0).reminderId();
    }

    public List<String> invoices() {
        return members.stream().map(Member::invoice).toList();
    }

    /** True when late interest or the indemnity is claimed (a B2B customer). */
    public boolean claimsExtras() {
        return lateInterest != null || recoveryIndemnity != null;
    }
}
