package org.relance.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.relance.config.LadderStep;
import org.relance.invoice.Customer;

/**
 * What one reminder is about: one customer, one ladder step, the overdue invoices it covers and what was sent before.
 *
 * @param customerAddress postal address printed on a formal notice; null when unknown
 * @param items           one or more invoices of this customer, all in one currency
 * @param history         earlier reminders of these invoices, any order
 * @param today           the day the reminder is written, in the company's time zone
 */
public record ReminderRequest(
        Customer customer,
        String customerAddress,
        LadderStep step,
        List<OverdueItem> items,
        List<PastReminder> history,
        LocalDate today) {

    public ReminderRequest {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(today, "today");
        items = List.copyOf(items);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
