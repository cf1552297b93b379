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

    /**
     * What an upsert did; {@code HELD}: a mail proposed changing an existing invoice, recorded and not applied (only
     * a person's import changes a stored invoice).
     */
    public enum Change { CREATED, UPDATED, UNCHANGED, HELD }

    public static final String TO_CONFIRM_EVENT = "invoice.to_confirm";
    public static final String CONFIRMED_EVENT = "invoice.confirmed";

    private final EventLog events;
    private final Clock clock;

    public InvoiceStore(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    EventLog events() {
        return events;
    }

    Clock clock() {
        return clock;
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
                        prepaid_minor, amount_due_minor, status, source, doubts, created_at, updated_at)
                    VALUES (:number, :kind, :customer, :issue, :due, :currency, :total, :prepaid, :amountDue,
                        :status, :source, :doubts, :now, :now)""")
                    .bind("number", draft.number())
                    .bind("kind", draft.kind().id())
                    .bind("customer", customer.id())
                    .bind("issue", text(draft.issueDate()))
                    .bind("due", text(draft.dueDate()))
                    .bind("currency", draft.total().currency().getCurrencyCode())
                    .bind("total", draft.total().toMinor())
                    .bind("prepaid", draft.prepaid().toMinor())
                    .bind("amountDue", due.toMinor())
                    .bind("status", (doubted(draft) ? InvoiceStatus.TO_CONFIRM : statusFor(draft.total(), due)).id())
                    .bind("source", draft.source())
                    .bind("doubts", doubtsText(draft))
                    .bind("now", now.toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            events.append(h, Event.onInvoice(now, actor, channel, "invoice.created", id,
                    draft.kind().id() + " " + draft.number() + " " + draft.total() + " for " + customer.name()));
            if (doubted(draft)) {
                events.append(h, Event.onInvoice(now, actor, channel, TO_CONFIRM_EVENT, id, doubtsLine(draft)));
            }
            return Change.CREATED;
        }
        Invoice old = existing.get();
        List<String> changes = differences(old, draft, customer);
        boolean nowTrusted = old.status() == InvoiceStatus.TO_CONFIRM && !doubted(draft);
        if (changes.isEmpty() && !nowTrusted) {
            return Change.UNCHANGED;
        }
        Money allocated = allocated(h, old.id(), draft.total().currency());
        Money due = draft.total().minus(draft.prepaid()).minus(allocated);
        InvoiceStatus status;
        if (old.status() == InvoiceStatus.DISPUTED || old.status() == InvoiceStatus.CANCELLED) {
            status = old.status();
        } else if (doubted(draft)) {
            // A doubtful reading never changes what is chased: it waits for a person, whatever was stored before.
            status = InvoiceStatus.TO_CONFIRM;
        } else {
            status = statusFor(draft.total(), due);
        }
        if (nowTrusted) {
            changes.add("read from a " + draft.source() + " document: trusted, no confirmation needed");
        }
        h.createUpdate("""
                UPDATE invoices SET customer_id = :customer, issue_date = :issue, due_date = :due, currency = :currency,
                    total_minor = :total, prepaid_minor = :prepaid, amount_due_minor = :amountDue, status = :status,
                    doubts = :doubts, updated_at = :now
                WHERE id = :id""")
                .bind("customer", customer.id())
                .bind("issue", text(draft.issueDate()))
                .bind("due", text(draft.dueDate()))
                .bind("currency", draft.total().currency().getCurrencyCode())
                .bind("total", draft.total().toMinor())
                .bind("prepaid", draft.prepaid().toMinor())
                .bind("amountDue", due.toMinor())
                .bind("status", status.id())
                .bind("doubts", status == InvoiceStatus.TO_CONFIRM ? doubtsText(draft) : null)
                .bind("now", now.toString())
                .bind("id", old.id())
                .execute();
        events.append(h, Event.onInvoice(now, actor, channel, "invoice.updated", old.id(), String.join("; ", changes)));
        if (status == InvoiceStatus.TO_CONFIRM && old.status() != InvoiceStatus.TO_CONFIRM) {
            events.append(h, Event.onInvoice(now, actor, channel, TO_CONFIRM_EVENT, old.id(), doubtsLine(draft)));
        }
        return Change.UPDATED;
    }

    /** Why the invoice waits for a person's confirmation, as read; empty when it does not. */
    public List<String> doubts(Handle h, long invoiceId) {
        String text = h.createQuery("SELECT doubts FROM invoices WHERE id = :id AND status = 'to_confirm'")
                .bind("id", invoiceId).mapTo(String.class).findOne().orElse(null);
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    /**
     * Whether a person confirmed this invoice after it was read from the document with this content hash: reading the
     * same document again must not undo their corrections.
     */
    public boolean confirmedSince(Handle h, Invoice invoice, String fileHash) {
        return h.createQuery("""
                SELECT COUNT(*) FROM invoices i JOIN events e ON e.invoice_id = i.id
                WHERE i.id = :id AND i.file_hash = :hash AND e.kind = :kind""")
                .bind("id", invoice.id()).bind("hash", fileHash).bind("kind", CONFIRMED_EVENT)
                .mapTo(Long.class).one() > 0;
    }

    /** Invoices waiting for a person to confirm what was read, oldest first. */
    public List<Invoice> toConfirm(Handle h) {
        return h.createQuery("SELECT * FROM invoices WHERE status = 'to_confirm' ORDER BY id")
                .map((rs, ctx) -> invoice(rs))
                .list();
    }

    /**
     * A person confirms an invoice read with doubts, with their corrections: the corrected fields are written, the
     * invoice becomes open (or partially paid, or paid) and an {@code invoice.confirmed} event says what changed.
     * Conditional on it waiting for confirmation; empty when it was not (already confirmed).
     *
     * @throws IllegalArgumentException when a corrected total is not positive or is below what was paid before
     */
    public Optional<Invoice> confirm(Handle h, Invoice invoice, InvoiceCorrection correction, String actor,
                                     String channel) {
        Money total = correction.total() == null ? invoice.total()
                : Money.rounded(correction.total(), invoice.total().currency());
        if (!total.isPositive()) {
            throw new IllegalArgumentException("the total must be more than zero, not " + total);
        }
        if (total.compareTo(invoice.prepaid()) < 0) {
            throw new IllegalArgumentException("the total " + total + " is less than the " + invoice.prepaid()
                    + " paid before");
        }
        LocalDate dueDate = correction.due() == null ? invoice.dueDate() : correction.due();
        Money owed = total.minus(invoice.prepaid()).minus(allocated(h, invoice.id(), total.currency()));
        Money due = owed.isNegative() ? Money.zero(total.currency()) : owed;
        InvoiceStatus status = statusFor(total, due);
        Instant now = clock.instant();
        int changed = h.createUpdate("""
                UPDATE invoices SET total_minor = :total, amount_due_minor = :amountDue, due_date = :dueDate,
                    status = :status, doubts = NULL, updated_at = :now
                WHERE id = :id AND status = 'to_confirm'""")
                .bind("total", total.toMinor())
                .bind("amountDue", due.toMinor())
                .bind("dueDate", text(dueDate))
                .bind("status", status.id())
                .bind("now", now.toString())
                .bind("id", invoice.id())
                .execute();
        if (changed == 0) {
            return Optional.empty();
        }
        List<String> what = new ArrayList<>();
        if (total.compareTo(invoice.total()) != 0) {
            what.add("total " + invoice.total() + " → " + total);
        }
        if (!Objects.equals(dueDate, invoice.dueDate())) {
            what.add("due date " + invoice.dueDate() + " → " + dueDate);
        }
        if (correction.customerEmail() != null) {
            Customer customer = customer(h, invoice.customerId());
            if (!correction.customerEmail().equalsIgnoreCase(Objects.toString(customer.email(), ""))) {
                h.createUpdate("UPDATE customers SET email = :email, updated_at = :now WHERE id = :id")
                        .bind("email", correction.customerEmail().strip()).bind("now", now.toString())
                        .bind("id", customer.id()).execute();
                what.add("customer email " + customer.email() + " → " + correction.customerEmail().strip());
            }
        }
        String details = (what.isEmpty() ? "confirmed as read: " : "confirmed with corrections (" + String.join("; ",
                what) + "): ") + total + (dueDate == null ? ", no due date" : ", due " + dueDate) + "; now "
                + status.id();
        events.append(h, Event.onInvoice(now, actor, channel, CONFIRMED_EVENT, invoice.id(), details));
        return Optional.of(new Invoice(invoice.id(), invoice.number(), invoice.kind(), invoice.customerId(),
                invoice.issueDate(), dueDate, total, invoice.prepaid(), due, status, invoice.source()));
    }

    public Customer customer(Handle h, long id) {
        return h.createQuery("SELECT * FROM customers WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> customer(rs)).one();
    }

    private static boolean doubted(InvoiceDraft draft) {
        return !draft.doubts().isEmpty();
    }

    private static String doubtsText(InvoiceDraft draft) {
        return doubted(draft) ? String.join("\n", draft.doubts()) : null;
    }

    private static String doubtsLine(InvoiceDraft draft) {
        return "waits for a person's confirmation: " + String.join("; ", draft.doubts());
    }

    /**
     * Sets a status decided by a person (paid by other means, disputed, back to open); returns false when the
     * invoice already had it, so that repeating a decision writes nothing.
     */
    public boolean setStatus(Handle h, Invoice invoice, InvoiceStatus status, String actor, String channel) {
        return setStatus(h, invoice, status, "invoice." + status.id(), actor, channel);
    }

    /** Like {@link #setStatus(Handle, Invoice, InvoiceStatus, String, String)}, with the event kind to record. */
    public boolean setStatus(Handle h, Invoice invoice, InvoiceStatus status, String kind, String actor,
            String channel) {
        String now = clock.instant().toString();
        int changed = h.createUpdate("""
                UPDATE invoices SET status = :status, updated_at = :now WHERE id = :id AND status <> :status""")
                .bind("status", status.id())
                .bind("now", now)
                .bind("id", invoice.id())
                .execute();
        if (changed == 1) {
            events.append(h, Event.onInvoice(clock.instant(), actor, channel, kind, invoice.id(),
                    invoice.status().id() + " → " + status.id()));
        }
        return changed == 1;
    }

    /** What the invoice still owes from its total, what was paid before and the allocations applied to it now. */
    public Money dueFromAllocations(Handle h, Invoice invoice) {
        return invoice.total().minus(invoice.prepaid()).minus(allocated(h, invoice.id(), invoice.total().currency()));
    }

    /**
     * A paid invoice is owed again (a person's {@code paid}, or an allocation, was wrong): its amount due is
     * recomputed from its allocations and it is open or partially paid, with an {@code invoice.reopened} event.
     * Conditional on it being paid; empty when it is not, or when nothing would be due.
     */
    public Optional<Invoice> reopen(Handle h, Invoice invoice, String actor, String channel, String why) {
        Money due = dueFromAllocations(h, invoice);
        if (!due.isPositive()) {
            return Optional.empty();
        }
        InvoiceStatus status = statusFor(invoice.total(), due);
        int changed = h.createUpdate("""
                UPDATE invoices SET amount_due_minor = :due, status = :status, updated_at = :now
                WHERE id = :id AND status = 'paid'""")
                .bind("due", due.toMinor())
                .bind("status", status.id())
                .bind("now", clock.instant().toString())
                .bind("id", invoice.id())
                .execute();
        if (changed == 0) {
            return Optional.empty();
        }
        events.append(h, Event.onInvoice(clock.instant(), actor, channel, "invoice.reopened", invoice.id(),
                "paid → " + status.id() + ", amount due " + invoice.amountDue() + " → " + due
                        + (why == null || why.isBlank() ? "" : "; " + why)));
        return Optional.of(new Invoice(invoice.id(), invoice.number(), invoice.kind(), invoice.customerId(),
                invoice.issueDate(), invoice.dueDate(), invoice.total(), invoice.prepaid(), due, status,
                invoice.source()));
    }

    /**
     * A payment applied to the invoice was withdrawn (read wrong): what is due is recomputed from the allocations still
     * applied, a paid invoice is owed again ({@code invoice.reopened}), an open or partially paid one has its amount due
     * raised ({@code invoice.payment_withdrawn}); a disputed or cancelled one keeps its status, and so does one a
     * person marked paid by other means (its allocations, {@code withdrawn} included, did not pay it). Empty when
     * nothing changed.
     */
    public Optional<Invoice> paymentWithdrawn(Handle h, Invoice invoice, long paymentId, Money withdrawn, String actor,
            String channel, String why) {
        Money due = dueFromAllocations(h, invoice);
        if (due.isNegative() || due.compareTo(invoice.amountDue()) == 0) {
            return Optional.empty();
        }
        if (invoice.status() == InvoiceStatus.PAID) {
            return due.minus(withdrawn).isPositive() ? Optional.empty() : reopen(h, invoice, actor, channel, why);
        }
        InvoiceStatus status = invoice.status().isOpen() ? statusFor(invoice.total(), due) : invoice.status();
        int changed = h.createUpdate("""
                UPDATE invoices SET amount_due_minor = :due, status = :status, updated_at = :now
                WHERE id = :id AND amount_due_minor = :before""")
                .bind("due", due.toMinor())
                .bind("status", status.id())
                .bind("now", clock.instant().toString())
                .bind("id", invoice.id())
                .bind("before", invoice.amountDue().toMinor())
                .execute();
        if (changed == 0) {
            throw new IllegalStateException(invoice.number() + " changed while a payment was withdrawn from it");
        }
        events.append(h, new Event(clock.instant(), actor, channel, "invoice.payment_withdrawn", invoice.id(), null,
                paymentId, invoice.status().id() + " → " + status.id() + ", amount due " + invoice.amountDue() + " → "
                        + due + (why == null || why.isBlank() ? "" : "; " + why)));
        return Optional.of(new Invoice(invoice.id(), invoice.number(), invoice.kind(), invoice.customerId(),
                invoice.issueDate(), invoice.dueDate(), invoice.total(), invoice.prepaid(), due, status,
                invoice.source()));
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

    /**
     * What {@link #upsert} would change on {@code existing} (customer, dates, total, prepaid), without writing: empty
     * when the draft says the same. A customer not stored yet counts as a change of customer.
     */
    List<String> changesFor(Handle h, Invoice existing, InvoiceDraft draft) {
        Optional<Customer> customer = customerNamed(h, draft.customerName());
        List<String> changes = new ArrayList<>();
        if (customer.isEmpty()) {
            changes.add("customer → " + draft.customerName().strip());
        }
        Customer probe = customer.orElse(new Customer(existing.customerId(), draft.customerName(), null, null, null,
                false));
        changes.addAll(differences(existing, draft, probe));
        return changes;
    }

    /** The stored customer with this name (case, accents and punctuation ignored), if any. */
    public Optional<Customer> customerNamed(Handle h, String name) {
        return h.createQuery("SELECT * FROM customers WHERE name_key = :key")
                .bind("key", Names.key(name))
                .map((rs, ctx) -> customer(rs))
                .findOne();
    }

    /** Whether the invoice already has an event of this kind with exactly these details (a repeat writes none). */
    boolean hasEvent(Handle h, long invoiceId, String kind, String details) {
        return h.createQuery("""
                SELECT COUNT(*) FROM events WHERE invoice_id = :id AND kind = :kind AND details = :details""")
                .bind("id", invoiceId).bind("kind", kind).bind("details", details)
                .mapTo(Long.class).one() > 0;
    }

    /**
     * Finds the customer by name (case, accents and punctuation ignored) or creates it. A given email replaces the
     * stored one: callers that must only fill a missing address (mail) pass null when one is stored.
     */
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
