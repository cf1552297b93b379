package org.relance.digest;

import java.util.List;
import org.relance.ledger.Money;

/**
 * One numbered proposal of a digest, as it was shown: a decision on it names {@code reminderId} and {@code step}.
 *
 * @param invoices   the invoice numbers (several for a grouped reminder); the first is the one the reminder is on
 * @param channel    email, task or letter
 */
public record DigestItem(int position, List<String> invoices, String customer, long reminderId, String step,
                         String channel, Money amountDue, int daysOverdue) {

    public DigestItem {
        invoices = List.copyOf(invoices);
    }
}
