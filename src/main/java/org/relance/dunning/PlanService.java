package org.relance.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;

/** Builds the day's plan from what the ledger holds: open invoices, their customers and reminder history. */
public final class PlanService {

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final Planner planner;

    public PlanService(Ledger ledger, InvoiceStore invoices, ReminderStore reminders, Planner planner) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.reminders = reminders;
        this.planner = planner;
    }

    public Plan planFor(LocalDate today) {
        return planner.plan(cases(), today);
    }

    /** The figures of the approved reminders on that day, for writing their messages. */
    public Plan approvedFor(LocalDate today) {
        return planner.approved(cases(), today);
    }

    /**
     * The first day the ladder allows {@code step} for this invoice, from its history in the caller's transaction: what
     * lifting a hold must respect.
     */
    public Optional<Planner.StepDay> firstDayFor(Handle h, Invoice invoice, String step) {
        Customer customer = invoices.customers(h).get(invoice.customerId());
        return planner.firstDay(new DunningCase(invoice, customer, reminders.forInvoice(h, invoice.id())), step);
    }

    /** What a plan is made of: every open invoice with its customer and reminder history. */
    public List<DunningCase> cases() {
        return ledger.read(h -> {
            Map<Long, Customer> customers = invoices.customers(h);
            Map<Long, List<Reminder>> history = reminders.historyByInvoice(h);
            return invoices.open(h).stream()
                    .map(invoice -> new DunningCase(invoice, customers.get(invoice.customerId()),
                            history.getOrDefault(invoice.id(), List.of())))
                    .toList();
        });
    }
}
