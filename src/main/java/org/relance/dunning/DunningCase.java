package org.relance.dunning;

import java.util.List;
import java.util.Objects;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;

/**
 * One invoice or credit note, its customer and the reminders it has had so far: what the planner looks at.
 *
 * @param history every reminder of this invoice, in any state (cancelled and failed ones included)
 */
public record DunningCase(Invoice invoice, Customer customer, List<Reminder> history) {

    public DunningCase {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(customer, "customer");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
