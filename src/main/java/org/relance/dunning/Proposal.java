package org.relance.dunning;

import java.time.LocalDate;
import java.util.List;
import org.relance.ledger.Money;

/**
 * One reminder the planner proposes for one invoice today.
 *
 * @param invoice           the invoice number
 * @param customer          the customer's name
 * @param step              the ladder step id
 * @param channel           {@code email}, {@code task} or {@code letter}
 * @param amountDue         what the customer still owes on it, after open credit notes
 * @param lateInterest      L441-10 interest on {@code amountDue} up to today; null when the customer is not B2B
 *                          (or when a rate is missing: a warning then says which)
 * @param recoveryIndemnity the fixed indemnity; null when the customer is not B2B
 * @param dueDate           the due date used: the invoice's, or the one assumed from the payment terms
 * @param reminderId        the existing reminder row proposed again; null when the step has none yet
 * @param warnings          what a human should know before approving (assumed due date, credit applied…)
 * @param invoiceId         the ledger id of the invoice, to create or find its reminder
 * @param customerId        the ledger id of the customer, to group reminders per customer
 */
public record Proposal(
        String invoice,
        String customer,
        String step,
        String channel,
        int daysOverdue,
        Money amountDue,
        Money lateInterest,
        Money recoveryIndemnity,
        LocalDate dueDate,
        Long reminderId,
        List<String> warnings,
        long invoiceId,
        long customerId) {

    public Proposal {
        warnings = List.copyOf(warnings);
    }
}
