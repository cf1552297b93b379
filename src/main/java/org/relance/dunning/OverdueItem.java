package org.relance.dunning;

import java.time.LocalDate;
import java.util.Objects;
import org.relance.invoice.Invoice;
import org.relance.ledger.Money;

/**
 * One overdue invoice as a reminder states it.
 *
 * @param issueDate         null when unknown (the text then leaves it out)
 * @param lateInterest      null when not claimed (not B2B, or no ECB rate for the period)
 * @param recoveryIndemnity null when not claimed (not B2B)
 */
public record OverdueItem(
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amountDue,
        int daysOverdue,
        Money lateInterest,
        Money recoveryIndemnity) {

    public OverdueItem {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amountDue, "amountDue");
    }

    /** The planner's figures for the invoice, with the issue date the proposal does not carry. */
    public static OverdueItem of(Proposal proposal, Invoice invoice) {
        if (proposal.invoiceId() != invoice.id()) {
            throw new IllegalArgumentException("proposal for invoice " + proposal.invoice()
                    + " given with invoice " + invoice.number());
        }
        return new OverdueItem(proposal.invoice(), invoice.issueDate(), proposal.dueDate(), proposal.amountDue(),
                proposal.daysOverdue(), proposal.lateInterest(), proposal.recoveryIndemnity());
    }

    /** What is claimed on this invoice: amount due, plus interest and indemnity when claimed. */
    Money claimed() {
        Money total = amountDue;
        if (lateInterest != null) {
            total = total.plus(lateInterest);
        }
        if (recoveryIndemnity != null) {
            total = total.plus(recoveryIndemnity);
        }
        return total;
    }
}
