package org.relance.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

/** Builds the day's plan from what the ledger holds: open invoices, their customers and reminder history. */
public final class PlanService {

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final Planner planner;
    private final ReminderFormat format;

    public PlanService(Ledger ledger, InvoiceStore invoices, ReminderStore reminders, Planner planner) {
        this(ledger, invoices, reminders, planner, Locale.FRENCH);
    }

    /** @param locale the company's, for the amounts in the plan's notes */
    public PlanService(Ledger ledger, InvoiceStore invoices, ReminderStore reminders, Planner planner, Locale locale) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.reminders = reminders;
        this.planner = planner;
        this.format = new ReminderFormat(locale.getLanguage());
    }

    /** The day's proposals; one whose invoice has a payment waiting for confirmation says so in its warnings. */
    public Plan planFor(LocalDate today) {
        Plan plan = planner.plan(cases(), today);
        Map<Long, List<String>> waiting = ledger.read(this::paymentsAwaitingConfirmation);
        if (waiting.isEmpty()) {
            return plan;
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal p : plan.proposals()) {
            List<String> notes = waiting.get(p.invoiceId());
            if (notes == null) {
                proposals.add(p);
                continue;
            }
            List<String> warnings = new ArrayList<>(p.warnings());
            warnings.addAll(notes);
            proposals.add(new Proposal(p.invoice(), p.customer(), p.step(), p.channel(), p.daysOverdue(), p.amountDue(),
                    p.lateInterest(), p.recoveryIndemnity(), p.dueDate(), p.reminderId(), warnings, p.invoiceId(),
                    p.customerId()));
        }
        return new Plan(plan.today(), proposals, plan.warnings());
    }

    /**
     * Today's proposal for one invoice, read in the caller's transaction (a decision must act on what the ledger holds
     * inside its own transaction). Only the invoice's customer is planned: credit notes only pay invoices of the same
     * customer, so its proposal is the one the whole plan would make. The payments-awaiting notes are not added.
     */
    public Optional<Proposal> proposalFor(Handle h, Invoice invoice, LocalDate today) {
        Map<Long, Customer> customers = invoices.customers(h);
        List<DunningCase> cases = invoices.open(h).stream()
                .filter(i -> i.customerId() == invoice.customerId())
                .map(i -> new DunningCase(i, customers.get(i.customerId()), reminders.forInvoice(h, i.id())))
                .toList();
        return planner.plan(cases, today).forInvoice(invoice.number());
    }

    /** Suggested allocations by invoice id, as notes: the amount due may be wrong until a person decides them. */
    private Map<Long, List<String>> paymentsAwaitingConfirmation(Handle h) {
        Map<Long, List<String>> notes = new HashMap<>();
        h.createQuery("""
                SELECT a.invoice_id, p.amount_minor, p.currency, p.payer FROM allocations a
                JOIN payments p ON p.id = a.payment_id WHERE a.state = 'suggested' ORDER BY a.id""")
                .map((rs, ctx) -> {
                    Money amount = Money.ofMinor(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency")));
                    String payer = rs.getString("payer");
                    return Map.entry(rs.getLong("invoice_id"), "a payment of " + format.money(amount)
                            + (payer == null ? "" : " from " + payer)
                            + " awaits confirmation: relance payments --suggested");
                })
                .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return notes;
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
