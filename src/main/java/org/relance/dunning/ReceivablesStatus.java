package org.relance.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.relance.config.Company;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

/**
 * The receivables summary on one day (the status view): what is owed, how late, where each reminder stands and what
 * waits for a person. Amounts are in the currency most open invoices use; the others are named in the warnings.
 */
public final class ReceivablesStatus {

    /** The aging buckets by days overdue, in order. */
    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "90+");

    private static final int DSO_DAYS = 90;
    private static final int TOP_DEBTORS = 5;

    /**
     * The summary.
     *
     * @param receivable  what open invoices still owe (credit notes not netted)
     * @param overdue     the part of it past its due date, also split into {@code buckets}
     * @param dso         days sales outstanding over the last 90 days: receivable / invoiced × 90; null with no sales
     * @param approved    reminders approved whose message is not written or queued yet
     * @param queued      reminders whose message waits in the outbox (or is being sent)
     * @param sent        reminders sent on invoices still unpaid
     * @param topDebtors  the customers owing most, largest first
     */
    public record Summary(LocalDate today, Currency currency, Money receivable, Money overdue,
                          Map<String, Money> buckets, Integer dso, int toConfirm, int approved, int queued, int sent,
                          int needsReview, int onHold, int paymentsToConfirm, List<Debtor> topDebtors,
                          List<String> warnings) {
        public Summary {
            buckets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
            topDebtors = List.copyOf(topDebtors);
            warnings = List.copyOf(warnings);
        }
    }

    /** A customer and what it owes. */
    public record Debtor(String customer, Money amountDue, Money overdue, int invoices) {
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final Company company;

    public ReceivablesStatus(Ledger ledger, InvoiceStore invoices, Company company) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.company = company;
    }

    public Summary on(LocalDate today) {
        return ledger.read(h -> summary(h, today));
    }

    private Summary summary(Handle h, LocalDate today) {
        List<Invoice> all = invoices.all(h).stream().filter(i -> i.kind() == InvoiceKind.INVOICE).toList();
        List<Invoice> open = all.stream().filter(i -> i.status().isOpen()).toList();
        Currency currency = mainCurrency(open);
        List<String> warnings = new ArrayList<>();
        Map<Currency, Money> others = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        Money receivable = Money.zero(currency);
        Money overdue = Money.zero(currency);
        Map<String, Money> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, Money.zero(currency)));
        Map<Long, Customer> customers = invoices.customers(h);
        Map<Long, Money[]> byCustomer = new LinkedHashMap<>();
        Map<Long, Integer> countByCustomer = new LinkedHashMap<>();
        for (Invoice i : open) {
            if (!i.amountDue().currency().equals(currency)) {
                others.merge(i.amountDue().currency(), i.amountDue(), Money::plus);
                continue;
            }
            receivable = receivable.plus(i.amountDue());
            Money[] debt = byCustomer.computeIfAbsent(i.customerId(), k -> new Money[] {Money.zero(currency),
                    Money.zero(currency)});
            debt[0] = debt[0].plus(i.amountDue());
            countByCustomer.merge(i.customerId(), 1, Integer::sum);
            LocalDate due = i.dueDate() != null ? i.dueDate()
                    : i.issueDate() == null ? null : i.issueDate().plusDays(company.paymentTermsDays());
            long late = due == null ? 0 : ChronoUnit.DAYS.between(due, today);
            if (late > 0) {
                overdue = overdue.plus(i.amountDue());
                debt[1] = debt[1].plus(i.amountDue());
                buckets.merge(bucket(late), i.amountDue(), Money::plus);
            }
        }
        others.forEach((c, amount) -> warnings.add("open invoices in " + c.getCurrencyCode() + " are not counted: "
                + amount + " due"));
        List<Debtor> debtors = new ArrayList<>();
        byCustomer.forEach((id, debt) -> debtors.add(new Debtor(customers.get(id).name(), debt[0], debt[1],
                countByCustomer.get(id))));
        debtors.sort(Comparator.comparing(Debtor::amountDue).reversed().thenComparing(Debtor::customer));
        return new Summary(today, currency, receivable, overdue, buckets, dso(all, receivable, today),
                count(h, "SELECT COUNT(*) FROM invoices WHERE status = 'to_confirm'"),
                count(h, "SELECT COUNT(*) FROM reminders r WHERE r.state = 'approved' AND NOT " + CARRIED),
                count(h, "SELECT COUNT(*) FROM reminders r WHERE r.state IN ('approved', 'sending') AND " + CARRIED),
                count(h, """
                        SELECT COUNT(*) FROM reminders r JOIN invoices i ON i.id = r.invoice_id
                        WHERE r.state = 'sent' AND i.status IN ('open', 'partially_paid')"""),
                count(h, "SELECT COUNT(*) FROM reminders WHERE state = 'needs_review'"),
                count(h, "SELECT COUNT(*) FROM reminders WHERE state = 'on_hold'"),
                count(h, "SELECT COUNT(DISTINCT payment_id) FROM allocations WHERE state = 'suggested'"),
                debtors.subList(0, Math.min(TOP_DEBTORS, debtors.size())), warnings);
    }

    /** A reminder some live outbox message carries (alone or with others). */
    private static final String CARRIED = """
            EXISTS (SELECT 1 FROM outbox o WHERE o.state IN ('queued', 'sending') AND (o.reminder_id = r.id
                OR o.id IN (SELECT x.outbox_id FROM outbox_reminders x WHERE x.reminder_id = r.id)))""";

    private static int count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Integer.class).one();
    }

    private static String bucket(long daysLate) {
        if (daysLate <= 30) {
            return "0-30";
        }
        if (daysLate <= 60) {
            return "31-60";
        }
        return daysLate <= 90 ? "61-90" : "90+";
    }

    /** The currency of most open invoices; EUR when there are none. */
    private static Currency mainCurrency(List<Invoice> open) {
        Map<Currency, Long> counts = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        open.forEach(i -> counts.merge(i.amountDue().currency(), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Currency.getInstance("EUR"));
    }

    /** Receivable / what was invoiced in the last 90 days × 90, in whole days; null when nothing was invoiced. */
    private static Integer dso(List<Invoice> invoices, Money receivable, LocalDate today) {
        LocalDate from = today.minusDays(DSO_DAYS);
        BigDecimal sales = BigDecimal.ZERO;
        for (Invoice i : invoices) {
            if (i.issueDate() != null && i.issueDate().isAfter(from) && !i.issueDate().isAfter(today)
                    && i.total().currency().equals(receivable.currency()) && !"cancelled".equals(i.status().id())) {
                sales = sales.add(i.total().amount());
            }
        }
        if (sales.signum() == 0) {
            return null;
        }
        return receivable.amount().multiply(BigDecimal.valueOf(DSO_DAYS)).divide(sales, 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
