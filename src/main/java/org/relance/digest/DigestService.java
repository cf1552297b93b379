package org.relance.digest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.relance.bank.IntakeResult;
import org.relance.bank.PaymentIntake;
import org.relance.bank.WaitingPayment;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.config.LadderStep;
import org.relance.dunning.Actor;
import org.relance.dunning.Composition;
import org.relance.dunning.DunningCase;
import org.relance.dunning.Plan;
import org.relance.dunning.PlanService;
import org.relance.dunning.Proposal;
import org.relance.dunning.ReminderComposer;
import org.relance.dunning.ReminderGroup;
import org.relance.dunning.ReminderRequest;
import org.relance.invoice.Invoice;
import org.relance.invoice.Customer;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

/**
 * Builds and stores the day's digest: the plan's proposals grouped into messages ({@code dunning.groupByCustomer}),
 * biggest first (amount due × days overdue), the first {@code digest.maxItems} numbered with their reminders and a
 * one-line preview, the rest counted; plus the summary, replies, matches and messages in review. Thread-safe (one
 * build at a time: two builds of one day must not race for the same reminders).
 */
public final class DigestService {

    /** The bot records the reminders a digest shows; a person decides on them. */
    private static final Actor BOT = Actor.system("relance");
    private static final int PREVIEW_CHARS = 200;

    private final Ledger ledger;
    private final PlanService plans;
    private final ReminderComposer composer;
    private final PaymentIntake payments;
    private final InvoiceStore invoices;
    private final DigestStore store;
    private final ReminderIds reminderIds;
    private final Company company;
    private final Dunning dunning;
    private final org.relance.config.Digest settings;
    private final Clock clock;

    public DigestService(Ledger ledger, PlanService plans, ReminderComposer composer, PaymentIntake payments,
                         InvoiceStore invoices, DigestStore store, ReminderIds reminderIds, Company company, Dunning dunning,
                         org.relance.config.Digest settings, Clock clock) {
        this.ledger = ledger;
        this.plans = plans;
        this.composer = composer;
        this.payments = payments;
        this.invoices = invoices;
        this.store = store;
        this.reminderIds = reminderIds;
        this.company = company;
        this.dunning = dunning;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the company's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(company.timezone()));
    }

    public DigestStore store() {
        return store;
    }

    /**
     * Builds the day's digest and stores it with the reminders it shows, in one transaction. Building it again
     * the same day stores a new digest (a new token) showing the same reminders.
     *
     * @param scheduled built by the daily schedule (the store then knows the day is done once published)
     */
    public synchronized Digest build(LocalDate today, boolean scheduled) {
        List<DunningCase> cases = plans.cases();
        Plan plan = plans.planFor(cases, today);
        // Weighed once each, not at every comparison: thousands of groups are sorted.
        List<Weighed> weighed = new ArrayList<>();
        for (ReminderGroup g : ReminderGroup.of(plan.proposals(), dunning.groupByCustomer())) {
            weighed.add(new Weighed(g, weight(g)));
        }
        weighed.sort(Comparator.comparing(Weighed::weight).reversed()
                .thenComparing((Weighed w) -> w.group().customer(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(w -> w.group().proposals().get(0).invoice()));
        List<ReminderGroup> groups = weighed.stream().map(Weighed::group).toList();
        int shown = Math.min(settings.maxItems(), groups.size());
        List<ReminderGroup> detailed = groups.subList(0, shown);
        DigestDetails.Rest rest = rest(groups.subList(shown, groups.size()));
        Map<Long, DunningCase> byInvoice = cases.stream()
                .collect(Collectors.toMap(c -> c.invoice().id(), Function.identity(), (a, b) -> a));
        List<String> previews = detailed.stream().map(g -> preview(g, byInvoice, today)).toList();

        Optional<DigestStore.Previous> previous = ledger.read(h -> store.previous(h, today));
        DigestDetails.Summary summary = summary(cases, today, previous);
        List<DigestDetails.Reply> replies = ledger.read(DigestService::replies);
        List<DigestDetails.Match> matches = matches();
        List<DigestDetails.InReview> inReview = ledger.read(h -> inReview(h, previous.map(DigestStore.Previous::builtAt)
                .orElse(clock.instant().minus(7, ChronoUnit.DAYS))));
        List<DigestDetails.ToConfirm> toConfirm = ledger.read(h -> toConfirm(h, detailed.size()));
        DigestDetails details = new DigestDetails(summary, rest, replies, matches, inReview, toConfirm);

        return ledger.inTransaction(h -> {
            List<DigestItem> items = new ArrayList<>();
            for (int i = 0; i < detailed.size(); i++) {
                items.add(item(h, i + 1, detailed.get(i), previews.get(i)));
            }
            return store.save(h, today, scheduled, items, details);
        });
    }

    private record Weighed(ReminderGroup group, BigDecimal weight) {
    }

    /** What an item weighs in the order: amount due × days overdue (of its oldest invoice). */
    private static BigDecimal weight(ReminderGroup g) {
        BigDecimal amount = BigDecimal.ZERO;
        int days = 0;
        for (Proposal p : g.proposals()) {
            amount = amount.add(p.amountDue().amount());
            days = Math.max(days, p.daysOverdue());
        }
        return amount.multiply(BigDecimal.valueOf(days));
    }

    private DigestItem item(Handle h, int position, ReminderGroup g, String preview) {
        List<DigestItem.Member> members = new ArrayList<>();
        Money amount = Money.zero(g.currency());
        Money interest = null;
        Money indemnity = null;
        int days = 0;
        // The lead is the invoice the buttons carry: the group's first (oldest due date).
        for (Proposal p : g.proposals()) {
            members.add(new DigestItem.Member(p.invoice(), reminderIds.reminderFor(h, p, BOT)));
            amount = amount.plus(p.amountDue());
            days = Math.max(days, p.daysOverdue());
            if (p.lateInterest() != null) {
                interest = interest == null ? p.lateInterest() : interest.plus(p.lateInterest());
            }
            if (p.recoveryIndemnity() != null) {
                indemnity = indemnity == null ? p.recoveryIndemnity() : indemnity.plus(p.recoveryIndemnity());
            }
        }
        return new DigestItem(position, members, g.customer(), g.step(), g.channel(), amount, days, interest,
                indemnity, preview);
    }

    private static DigestDetails.Rest rest(List<ReminderGroup> left) {
        Map<Currency, Money> totals = new LinkedHashMap<>();
        for (ReminderGroup g : left) {
            for (Proposal p : g.proposals()) {
                totals.merge(p.amountDue().currency(), p.amountDue(), Money::plus);
            }
        }
        return new DigestDetails.Rest(left.size(), largestFirst(totals));
    }

    private static List<Money> largestFirst(Map<Currency, Money> totals) {
        return totals.values().stream()
                .sorted(Comparator.comparing(Money::amount).reversed()
                        .thenComparing(m -> m.currency().getCurrencyCode()))
                .toList();
    }

    /**
     * One line of what would be sent: the subject and the first line of the text after the greeting, or why nothing
     * can be written. A letter is previewed by its cover email: the PDF is made only when it is queued.
     */
    private String preview(ReminderGroup group, Map<Long, DunningCase> byInvoice, LocalDate today) {
        ReminderRequest request;
        try {
            request = ReminderRequest.of(group, byInvoice, dunning.ladder(), null, company.timezone(), today);
        } catch (IllegalArgumentException e) {
            return "⚠ " + e.getMessage();
        }
        if (request.step().channel() == LadderStep.Channel.LETTER) {
            LadderStep s = request.step();
            request = new ReminderRequest(request.customer(), request.customerAddress(),
                    new LadderStep(s.id(), s.afterDueDays(), LadderStep.Channel.EMAIL, s.template()),
                    request.items(), request.history(), request.today());
        }
        Composition composed = composer.compose(request);
        if (composed instanceof Composition.ComposedReminder r) {
            return cut(r.subject() + " — " + firstLine(r.text()));
        }
        if (composed instanceof Composition.ComposedTask t) {
            return cut(t.title() + " — " + firstLine(t.text()));
        }
        return cut("⚠ " + ((Composition.Refused) composed).reason());
    }

    /** The first line that says something: greetings ("Bonjour,", "Dear …,") end with a comma. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.endsWith(",")) {
                return l;
            }
        }
        return "";
    }

    private static String cut(String line) {
        String one = line.replaceAll("\\s+", " ").strip();
        return one.length() <= PREVIEW_CHARS ? one : one.substring(0, PREVIEW_CHARS - 1) + "…";
    }

    private DigestDetails.Summary summary(List<DunningCase> cases, LocalDate today,
                                          Optional<DigestStore.Previous> previous) {
        Map<Currency, Money> overdue = new LinkedHashMap<>();
        int count = 0;
        DigestDetails.Oldest oldest = null;
        List<String> newlyOverdue = new ArrayList<>();
        LocalDate since = previous.map(DigestStore.Previous::day).orElse(null);
        for (DunningCase c : cases) {
            Invoice i = c.invoice();
            if (i.kind() != InvoiceKind.INVOICE || !i.amountDue().isPositive()) {
                continue;
            }
            LocalDate due = i.dueDate() != null ? i.dueDate()
                    : i.issueDate() == null ? null : i.issueDate().plusDays(company.paymentTermsDays());
            if (due == null || !due.isBefore(today)) {
                continue;
            }
            count++;
            overdue.merge(i.amountDue().currency(), i.amountDue(), Money::plus);
            int days = (int) ChronoUnit.DAYS.between(due, today);
            if (oldest == null || days > oldest.daysOverdue()) {
                oldest = new DigestDetails.Oldest(i.number(), c.customer().name(), days);
            }
            // Overdue since the previous digest: it was not yet past due on that day.
            if (since == null || !due.isBefore(since)) {
                newlyOverdue.add(i.number());
            }
        }
        newlyOverdue.sort(Comparator.naturalOrder());
        List<String> paid = previous.isEmpty() ? List.of()
                : ledger.read(h -> h.createQuery("""
                        SELECT DISTINCT i.number FROM events e JOIN invoices i ON i.id = e.invoice_id
                        WHERE e.kind = 'invoice.paid' AND e.at > :since AND i.status = 'paid'
                        ORDER BY i.number""")
                        .bind("since", previous.get().builtAt().toString()).mapTo(String.class).list());
        return new DigestDetails.Summary(largestFirst(overdue), count, oldest, since, paid, newlyOverdue);
    }

    /** Reminders on hold after a customer's reply, with the latest reply: a person must decide. */
    private static List<DigestDetails.Reply> replies(Handle h) {
        return h.createQuery("""
                SELECT r.id AS reminder_id, r.step, i.number, c.name AS customer, cr.from_address, cr.subject,
                       cr.received_at
                FROM reminders r
                JOIN invoices i ON i.id = r.invoice_id
                JOIN customers c ON c.id = i.customer_id
                LEFT JOIN customer_replies cr ON cr.id = (SELECT MAX(x.id) FROM customer_replies x
                                                          WHERE x.invoice_id = r.invoice_id AND x.automatic = FALSE)
                WHERE r.state = 'on_hold'
                ORDER BY cr.received_at, r.id""")
                .map((rs, ctx) -> {
                    String received = rs.getString("received_at");
                    return new DigestDetails.Reply(rs.getLong("reminder_id"), rs.getString("number"),
                            rs.getString("customer"), rs.getString("step"), rs.getString("from_address"),
                            rs.getString("subject"),
                            received == null ? null : LocalDate.parse(received.substring(0, 10)));
                })
                .list();
    }

    /** Invoices read with doubts, numbered after the {@code proposals} numbered items. */
    private List<DigestDetails.ToConfirm> toConfirm(Handle h, int proposals) {
        List<DigestDetails.ToConfirm> out = new ArrayList<>();
        Map<Long, Customer> customers = invoices.customers(h);
        for (Invoice invoice : invoices.toConfirm(h)) {
            out.add(DigestDetails.ToConfirm.of(proposals + out.size() + 1, invoice,
                    customers.get(invoice.customerId()), invoices.doubts(h, invoice.id())));
        }
        return out;
    }

    private List<DigestDetails.Match> matches() {
        List<DigestDetails.Match> out = new ArrayList<>();
        for (WaitingPayment w : payments.waitingForAPerson(EnumSet.of(WaitingPayment.State.SUGGESTED))) {
            for (IntakeResult.Suggested s : w.suggestions()) {
                out.add(new DigestDetails.Match(s.allocationId(), s.invoice(), s.amount(), w.payment().payerName(),
                        w.payment().date(), w.payment().reference()));
            }
        }
        return out;
    }

    /** Outgoing messages in review, and mail quarantined since the previous digest (a week for the first). */
    private static List<DigestDetails.InReview> inReview(Handle h, Instant since) {
        List<DigestDetails.InReview> out = new ArrayList<>(h.createQuery("""
                SELECT o.subject, o.last_error, o.reminder_id, i.number FROM outbox o
                LEFT JOIN reminders r ON r.id = o.reminder_id
                LEFT JOIN invoices i ON i.id = r.invoice_id
                WHERE o.state = 'needs_review' ORDER BY o.id""")
                .map((rs, ctx) -> {
                    long reminder = rs.getLong("reminder_id");
                    Long reminderId = rs.wasNull() ? null : reminder;
                    return new DigestDetails.InReview(DigestDetails.InReview.OUTBOX, rs.getString("subject"),
                            rs.getString("last_error"), rs.getString("number"), reminderId);
                })
                .list());
        out.addAll(h.createQuery("""
                SELECT message_id, reason FROM processed_messages
                WHERE outcome = 'quarantined' AND processed_at > :since ORDER BY id""")
                .bind("since", since.toString())
                .map((rs, ctx) -> new DigestDetails.InReview(DigestDetails.InReview.QUARANTINE,
                        rs.getString("message_id"), rs.getString("reason"), null, null))
                .list());
        return out;
    }
}
