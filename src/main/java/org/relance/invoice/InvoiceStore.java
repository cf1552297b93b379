package org.relance.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Money;
import org.relance.text.Names;

/** Reads and writes customers and invoices in the ledger; every method joins the caller's transaction. */
public final class InvoiceStore {

    /** What an upsert did. */
    public enum Change { CREATED, UPDATED, UNCHANGED }

    private final EventLog events;
    private final Clock clock;

    public InvoiceStore(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the invoice, or updates the one with the same number and kind; records an event
     * for every real change and none when nothing changed, so importing twice is a no-op.
     */
    public Change upsert(Handle h, InvoiceDraft draft, String actor, String channel) {
        Customer customer = upsertCustomer(h, draft.customerName(), draft.customerEmail());
        if (draft.customerLanguage() != null && !draft.customerLanguage().equals(customer.language())) {
            h.createUpdate("UPDATE customers SET language = :language, updated_at = :now WHERE id = :id")
                    .bind("language", draft.customerLanguage()).bind("now", clock.instant().toString())
                    .bind("id", customer.id()).execute();
        }
        Optional<Invoice> existing = find(h, draft.number(), draft.kind());
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            Money due = draft.total().minus(draft.prepaid());
            long id = h.createUpdate("""
                    INSERT INTO invoices (number, kind, customer_id, issue_date, due_date, currency, total_minor,
                        prepaid_minor, amount_due_minor, status, source, created_at, updated_at)
                    VALUES (:number, :kind, :customer, :issue, :due, :currency, :total, :prepaid, :amountDue,
                        :status, :source, :now, :now)""")
                    .bind("number", draft.number())
                    .bind("kind", draft.kind().id())
                    .bind("customer", customer.id())
                    .bind("issue", text(draft.issueDate()))
                    .bind("due", text(draft.dueDate()))
                    .bind("currency", draft.total().currency().getCurrencyCode())
                    .bind("total", draft.total().toMinor())
                    .bind("prepaid", draft.prepaid().toMinor())
                    .bind("amountDue", due.toMinor())
                    .bind("status", statusFor(draft.total(), due).id())
                    .bind("source", draft.source())
                    .bind("now", now.toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            events.append(h, Event.onInvoice(now, actor, channel, "invoice.created", id,
                    draft.kind().id() + " " + draft.number() + " " + draft.total() + " for " + customer.name()));
            return Change.CREATED;
        }
        Invoice old = existing.get();
        List<String> changes = differences(old, draft, customer);
        if (changes.isEmpty()) {
            return Change.UNCHANGED;
        }
        Money allocated = allocated(h, old.id(), draft.total().currency());
        Money due = draft.total().minus(draft.prepaid()).minus(allocated);
        InvoiceStatus status = old.status() == InvoiceStatus.DISPUTED || old.status() == InvoiceStatus.CANCELLED
                ? old.status()
                : statusFor(draft.total(), due);
        h.createUpdate("""
                UPDATE invoices SET customer_id = :customer, issue_date = :issue, due_date = :due, currency = :currency,
                    total_minor = :total, prepaid_minor = :prepaid, amount_due_minor = :amountDue, status = :status,
                    updated_at = :now
                WHERE id = :id""")
                .bind("customer", customer.id())
                .bind("issue", text(draft.issueDate()))
                .bind("due", text(draft.dueDate()))
                .bind("currency", draft.total().currency().getCurrencyCode())
                .bind("total", draft.total().toMinor())
                .bind("prepaid", draft.prepaid().toMinor())
                .bind("amountDue", due.toMinor())
                .bind("status", status.id())
                .bind("now", now.toString())
                .bind("id", old.id())
                .execute();
        events.append(h, Event.onInvoice(now, actor, channel, "invoice.updated", old.id(), String.join("; ", changes)));
        return Change.UPDATED;
    }

    /**
     * Sets a status decided by a person (paid by other means, disputed, back to open); returns false when the
     * invoice already had it, so that repeating a decision writes nothing.
     */
    public boolean setStatus(Handle h, Invoice invoice, InvoiceStatus status, String actor, String channel) {
        String now = clock.instant().toString();
        int changed = h.createUpdate("""
                UPDATE invoices SET status = :status, updated_at = :now WHERE id = :id AND status <> :status""")
                .bind("status", status.id())
                .bind("now", now)
                .bind("id", invoice.id())
                .execute();
        if (changed == 1) {
            events.append(h, Event.onInvoice(clock.instant(), actor, channel, "invoice." + status.id(), invoice.id(),
                    invoice.status().id() + " → " + status.id()));
        }
        return changed == 1;
    }

    /**
     * Lowers what is due on an open invoice by a payment ({@code fees}: a shortfall accepted as bank fees, which
     * counts as paid) and records the event. Conditional on the amount due in {@code invoice}: when the row changed
     * since the caller read it, nothing is written and the result is empty.
     */
    public Optional<Invoice> applyPayment(Handle h, Invoice invoice, Money amount, Money fees, long paymentId,
            String how, String actor, String channel) {
        Money due = invoice.amountDue().minus(amount).minus(fees);
        if (due.isNegative() || !amount.isPositive()) {
            throw new IllegalArgumentException("cannot apply " + amount + " (+ " + fees + " fees) to "
                    + invoice.number() + " with " + invoice.amountDue() + " due");
        }
        InvoiceStatus status = statusFor(invoice.total(), due);
        Instant now = clock.instant();
        int changed = h.createUpdate("""
                UPDATE invoices SET amount_due_minor = :due, status = :status, updated_at = :now
                WHERE id = :id AND amount_due_minor = :before AND status IN ('open', 'partially_paid')""")
                .bind("due", due.toMinor())
                .bind("status", status.id())
                .bind("now", now.toString())
                .bind("id", invoice.id())
                .bind("before", invoice.amountDue().toMinor())
                .execute();
        if (changed == 0) {
            return Optional.empty();
        }
        String feeText = fees.isZero() ? "" : " + " + fees + " bank fees";
        events.append(h, new Event(now, actor, channel, "payment.applied", invoice.id(), null, paymentId,
                amount + feeText + " from payment #" + paymentId + " (" + how + "); amount due "
                        + invoice.amountDue() + " → " + due + ", " + status.id()));
        return Optional.of(new Invoice(invoice.id(), invoice.number(), invoice.kind(), invoice.customerId(),
                invoice.issueDate(), invoice.dueDate(), invoice.total(), invoice.prepaid(), due, status,
                invoice.source()));
    }

    /** Records where the original document is kept; the same file again changes nothing. */
    public void attachFile(Handle h, String number, InvoiceKind kind, String hash, String path) {
        h.createUpdate("""
                UPDATE invoices SET file_hash = :hash, file_path = :path
                WHERE number = :number AND kind = :kind AND (file_hash IS NULL OR file_hash <> :hash)""")
                .bind("hash", hash)
                .bind("path", path)
                .bind("number", number)
                .bind("kind", kind.id())
                .execute();
    }

    /** Records the Message-ID of the email the invoice was sent in, so reminders can answer it; the first one stays. */
    public void attachSourceMessage(Handle h, String number, InvoiceKind kind, String messageId) {
        h.createUpdate("""
                UPDATE invoices SET source_message_id = :messageId
                WHERE number = :number AND kind = :kind AND source_message_id IS NULL""")
                .bind("messageId", messageId)
                .bind("number", number)
                .bind("kind", kind.id())
                .execute();
    }

    public Optional<Invoice> find(Handle h, String number, InvoiceKind kind) {
        return h.createQuery("SELECT * FROM invoices WHERE number = :number AND kind = :kind")
                .bind("number", number)
                .bind("kind", kind.id())
                .map((rs, ctx) -> invoice(rs))
                .findOne();
    }

    public Optional<Invoice> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM invoices WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> invoice(rs))
                .findOne();
    }

    /** Invoices of either kind by number; an invoice and a credit note may share one. */
    public List<Invoice> findByNumber(Handle h, String number) {
        return h.createQuery("SELECT * FROM invoices WHERE number = :number ORDER BY id")
                .bind("number", number)
                .map((rs, ctx) -> invoice(rs))
                .list();
    }

    /** Invoices and credit notes on which money is still expected or owed, oldest first. */
    public List<Invoice> open(Handle h) {
        return h.createQuery("SELECT * FROM invoices WHERE status IN ('open', 'partially_paid') ORDER BY id")
                .map((rs, ctx) -> invoice(rs))
                .list();
    }

    public List<Invoice> all(Handle h) {
        return h.createQuery("SELECT * FROM invoices ORDER BY id").map((rs, ctx) -> invoice(rs)).list();
    }

    public Map<Long, Customer> customers(Handle h) {
        return h.createQuery("SELECT * FROM customers")
                .map((rs, ctx) -> customer(rs))
                .list().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
    }

    /** The customer with this name (case, accents and punctuation ignored), if known. */
    public Optional<Customer> findCustomer(Handle h, String name) {
        return h.createQuery("SELECT * FROM customers WHERE name_key = :key")
                .bind("key", Names.key(name))
                .map((rs, ctx) -> customer(rs))
                .findOne();
    }

    /** Finds the customer by name (case, accents and punctuation ignored) or creates it; fills a missing email. */
    public Customer upsertCustomer(Handle h, String name, String email) {
        String key = Names.key(name);
        Optional<Customer> found = h.createQuery("SELECT * FROM customers WHERE name_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> customer(rs))
                .findOne();
        String now = clock.instant().toString();
        if (found.isPresent()) {
            Customer c = found.get();
            if (email != null && !email.isBlank() && !email.equalsIgnoreCase(Objects.toString(c.email(), ""))) {
                h.createUpdate("UPDATE customers SET email = :email, updated_at = :now WHERE id = :id")
                        .bind("email", email).bind("now", now).bind("id", c.id()).execute();
                return new Customer(c.id(), c.name(), email, c.language(), c.b2b(), c.doNotChase());
            }
            return c;
        }
        long id = h.createUpdate("""
                INSERT INTO customers (name, name_key, email, created_at, updated_at)
                VALUES (:name, :key, :email, :now, :now)""")
                .bind("name", name.strip())
                .bind("key", key)
                .bind("email", email == null || email.isBlank() ? null : email)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new Customer(id, name.strip(), email, null, null, false);
    }

    private static List<String> differences(Invoice old, InvoiceDraft draft, Customer customer) {
        List<String> changes = new ArrayList<>();
        if (old.customerId() != customer.id()) {
            changes.add("customer → " + customer.name());
        }
        if (!Objects.equals(old.issueDate(), draft.issueDate())) {
            changes.add("issue date " + old.issueDate() + " → " + draft.issueDate());
        }
        if (!Objects.equals(old.dueDate(), draft.dueDate())) {
            changes.add("due date " + old.dueDate() + " → " + draft.dueDate());
        }
        if (!old.total().currency().equals(draft.total().currency()) || old.total().compareTo(draft.total()) != 0) {
            changes.add("total " + old.total() + " → " + draft.total());
        }
        if (!old.prepaid().currency().equals(draft.prepaid().currency()) || old.prepaid().compareTo(draft.prepaid()) != 0) {
            changes.add("paid before " + old.prepaid() + " → " + draft.prepaid());
        }
        return changes;
    }

    private Money allocated(Handle h, long invoiceId, Currency currency) {
        long minor = h.createQuery(
                        "SELECT COALESCE(SUM(amount_minor + fees_minor), 0) FROM allocations WHERE invoice_id = :id AND state = 'applied'")
                .bind("id", invoiceId)
                .mapTo(Long.class)
                .one();
        return Money.ofMinor(minor, currency);
    }

    private static InvoiceStatus statusFor(Money total, Money due) {
        if (!due.isPositive()) {
            return InvoiceStatus.PAID;
        }
        return due.compareTo(total) < 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static Invoice invoice(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Invoice(
                rs.getLong("id"),
                rs.getString("number"),
                InvoiceKind.fromId(rs.getString("kind")),
                rs.getLong("customer_id"),
                date(rs.getString("issue_date")),
                date(rs.getString("due_date")),
                Money.ofMinor(rs.getLong("total_minor"), currency),
                Money.ofMinor(rs.getLong("prepaid_minor"), currency),
                Money.ofMinor(rs.getLong("amount_due_minor"), currency),
                InvoiceStatus.fromId(rs.getString("status")),
                rs.getString("source"));
    }

    static Customer customer(ResultSet rs) throws SQLException {
        Object b2b = rs.getObject("b2b");
        return new Customer(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("language"),
                b2b == null ? null : rs.getBoolean("b2b"),
                rs.getBoolean("do_not_chase"));
    }
}
