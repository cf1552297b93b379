package org.relance.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relance.config.Company;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;

/** Every invoice and credit note with its customer, latest reminder and what a person should know: the invoices view. */
public final class InvoiceOverview {

    /** The statuses a listing can be filtered on (the contract's, {@code to_confirm} included). */
    public static final List<String> STATUSES =
            List.of("to_confirm", "open", "partially_paid", "paid", "disputed", "cancelled");

    /**
     * One invoice as the views show it.
     *
     * @param reminder its latest reminder, in whatever state; null when it never had one
     * @param warnings what a person should know (no email address for an open invoice, an assumed due date…)
     */
    public record Line(Invoice invoice, Customer customer, Reminder reminder, List<String> warnings) {
        public Line {
            warnings = List.copyOf(warnings);
        }
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final Company company;

    public InvoiceOverview(Ledger ledger, InvoiceStore invoices, ReminderStore reminders, Company company) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.reminders = reminders;
        this.company = company;
    }

    /**
     * The invoices in ledger order (oldest first), only those of {@code status} when given.
     *
     * @throws IllegalArgumentException when the status is none of {@link #STATUSES}
     */
    public List<Line> list(Optional<String> status) {
        status.filter(s -> !STATUSES.contains(s)).ifPresent(s -> {
            throw new IllegalArgumentException("unknown status '" + s + "' (one of " + String.join(", ", STATUSES) + ")");
        });
        return ledger.read(h -> {
            Map<Long, Customer> customers = invoices.customers(h);
            Map<Long, List<Reminder>> history = reminders.historyByInvoice(h);
            List<Line> out = new ArrayList<>();
            for (Invoice invoice : invoices.all(h)) {
                if (status.isPresent() && !status.get().equals(invoice.status().id())) {
                    continue;
                }
                List<Reminder> mine = history.getOrDefault(invoice.id(), List.of());
                Customer customer = customers.get(invoice.customerId());
                out.add(new Line(invoice, customer, mine.isEmpty() ? null : mine.get(mine.size() - 1),
                        warnings(h, invoice, customer)));
            }
            return out;
        });
    }

    /** One invoice by number (an invoice before a credit note of the same number). */
    public Optional<Line> find(String number) {
        return list(Optional.empty()).stream().filter(l -> l.invoice().number().equals(number))
                .min((a, b) -> a.invoice().kind().compareTo(b.invoice().kind()));
    }

    private List<String> warnings(org.jdbi.v3.core.Handle h, Invoice invoice, Customer customer) {
        List<String> warnings = new ArrayList<>();
        if (invoice.status() == org.relance.invoice.InvoiceStatus.TO_CONFIRM) {
            warnings.addAll(invoices.doubts(h, invoice.id()));
            warnings.add("waits for a person: relance confirm " + invoice.number()
                    + " [--total …] [--due …] [--customer-email …]");
            return warnings;
        }
        if (!invoice.status().isOpen()) {
            return warnings;
        }
        if (invoice.kind() == InvoiceKind.INVOICE && (customer.email() == null || customer.email().isBlank())) {
            warnings.add("no email address for " + customer.name() + ": email reminders cannot be sent");
        }
        if (invoice.dueDate() == null) {
            warnings.add(invoice.issueDate() == null ? "no due date and no issue date: never overdue"
                    : "no due date: assumed " + assumedDue(invoice.issueDate()) + " (payment terms "
                            + company.paymentTermsDays() + " days)");
        }
        return warnings;
    }

    private LocalDate assumedDue(LocalDate issued) {
        return issued.plusDays(company.paymentTermsDays());
    }
}
