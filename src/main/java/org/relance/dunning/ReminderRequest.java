package org.relance.dunning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The request for one group of the day's proposals, from the cases the plan was made of.
     *
     * @param casesByInvoiceId the plan's cases by invoice id (see {@link PlanService#cases()})
     * @param customerAddress  postal address for a formal notice; null when unknown
     * @param zone             the company's time zone, to date the earlier reminders
     * @throws IllegalArgumentException when the group's step is not in the ladder or a case is missing
     */
    public static ReminderRequest of(ReminderGroup group, Map<Long, DunningCase> casesByInvoiceId,
                                     List<LadderStep> ladder, String customerAddress, ZoneId zone, LocalDate today) {
        LadderStep step = ladder.stream().filter(s -> s.id().equals(group.step())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("step " + group.step() + " is not in dunning.ladder"));
        List<OverdueItem> items = new ArrayList<>();
        List<PastReminder> history = new ArrayList<>();
        Customer customer = null;
        for (Proposal p : group.proposals()) {
            DunningCase c = casesByInvoiceId.get(p.invoiceId());
            if (c == null) {
                throw new IllegalArgumentException("no case for invoice " + p.invoice());
            }
            customer = c.customer();
            items.add(OverdueItem.of(p, c.invoice()));
            history.addAll(PastReminder.sentOf(c.invoice().number(), c.history(), zone));
        }
        return new ReminderRequest(customer, customerAddress, step, items, history, today);
    }
}
