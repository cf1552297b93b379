package org.relance.bank;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Money;
import org.relance.matching.Method;

/** Reads and writes payments and their allocations; every method joins the caller's transaction. */
final class PaymentStore {

    /** A bank id seen again within this many days, for the same amount, is the same transfer. */
    private static final int SAME_TX_DAYS = 7;
    /** An alert and the statement line of one transfer may carry dates this far apart (value vs booking, weekend). */
    private static final int CROSS_SOURCE_DAYS = 3;

    /** The states of an allocation row. */
    enum State {
        SUGGESTED, APPLIED, REJECTED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One allocations row with the numbers a decision needs. */
    record AllocationRow(long id, long paymentId, long invoiceId, Money amount, Money fees, Method method,
            BigDecimal confidence, State state, String note, String decidedBy) {
    }

    /**
     * What one batch (a file, a message) already did: a stored payment stands for at most one credit of a batch, so
     * two identical lines of one statement stay two payments.
     */
    static final class Batch {
        private final Set<Long> inserted = new HashSet<>();
        private final Set<Long> absorbed = new HashSet<>();
    }

    private final EventLog events;
    private final Clock clock;

    PaymentStore(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * The stored payment this credit is another report of, if any: the same bank id (with the same amount, within a
     * week), else the same content (amount, payer, reference) on the same day from the same kind of source or within
     * a few days from another kind. A credit carrying a bank id is never merged with a payment of the same source
     * that carries a different one: the bank says they are two transfers. When the found payment had no bank id and
     * the credit has one, it is recorded on the payment.
     */
    Optional<Payment> sameCredit(Handle h, BankCredit credit, String contentKey, Batch batch, String actor,
            String channel) {
        String tx = credit.bankTxId();
        if (tx != null) {
            Optional<Payment> byTx = h.createQuery("""
                    SELECT * FROM payments WHERE bank_tx_id = :tx AND currency = :currency AND amount_minor = :amount
                        AND payment_date BETWEEN :from AND :to AND state = 'received' ORDER BY id""")
                    .bind("tx", tx)
                    .bind("currency", credit.amount().currency().getCurrencyCode())
                    .bind("amount", credit.amount().toMinor())
                    .bind("from", credit.date().minusDays(SAME_TX_DAYS).toString())
                    .bind("to", credit.date().plusDays(SAME_TX_DAYS).toString())
                    .map((rs, ctx) -> payment(rs))
                    .list().stream()
                    .min(nearest(credit.date()));
            if (byTx.isPresent()) {
                batch.absorbed.add(byTx.get().id());
                return byTx;
            }
        }
        Optional<Payment> byContent = h.createQuery("""
                SELECT * FROM payments WHERE content_key = :key AND payment_date BETWEEN :from AND :to
                    AND state = 'received' ORDER BY id""")
                .bind("key", contentKey)
                .bind("from", credit.date().minusDays(CROSS_SOURCE_DAYS).toString())
                .bind("to", credit.date().plusDays(CROSS_SOURCE_DAYS).toString())
                .map((rs, ctx) -> payment(rs))
                .list().stream()
                .filter(p -> !batch.inserted.contains(p.id()) && !batch.absorbed.contains(p.id()))
                .filter(p -> p.source() != credit.source() || p.date().equals(credit.date()))
                .filter(p -> tx == null || p.bankTxId() == null || p.source() != credit.source())
                .min(nearest(credit.date()));
        byContent.ifPresent(p -> {
            batch.absorbed.add(p.id());
            if (tx != null && p.bankTxId() == null) {
                h.createUpdate("UPDATE payments SET bank_tx_id = :tx WHERE id = :id AND bank_tx_id IS NULL")
                        .bind("tx", tx).bind("id", p.id()).execute();
                events.append(h, new Event(clock.instant(), actor, channel, "payment.bank_id_recorded", null, null,
                        p.id(), "also reported by " + credit.file() + " with bank id " + tx));
            }
        });
        return byContent;
    }

    private static Comparator<Payment> nearest(LocalDate date) {
        return Comparator.<Payment>comparingLong(p -> Math.abs(ChronoUnit.DAYS.between(date, p.date())))
                .thenComparingLong(Payment::id);
    }

    /** Stores a new payment with its event. */
    Payment insert(Handle h, BankCredit credit, String contentKey, Batch batch, String actor, String channel) {
        Instant now = clock.instant();
        long id = h.createUpdate("""
                INSERT INTO payments (payment_date, amount_minor, currency, payer, reference, bank_tx_id, source,
                    dedupe_key, content_key, source_file, created_at)
                VALUES (:date, :amount, :currency, :payer, :reference, :tx, :source, :dedupe, :content, :file, :now)""")
                .bind("date", credit.date().toString())
                .bind("amount", credit.amount().toMinor())
                .bind("currency", credit.amount().currency().getCurrencyCode())
                .bind("payer", credit.payerName())
                .bind("reference", credit.reference())
                .bind("tx", credit.bankTxId())
                .bind("source", credit.source().label())
                .bind("dedupe", dedupeKey(h, credit, contentKey))
                .bind("content", contentKey)
                .bind("file", credit.file())
                .bind("now", now.toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        batch.inserted.add(id);
        events.append(h, new Event(now, actor, channel, "payment.received", null, null, id,
                credit.amount() + " on " + credit.date() + " from " + orDash(credit.payerName()) + ", reference "
                        + orDash(credit.reference()) + " (" + credit.source().label() + " " + credit.file() + ")"));
        return new Payment(id, credit.date(), credit.amount(), credit.payerName(), credit.reference(),
                credit.bankTxId(), credit.source(), credit.file());
    }

    /**
     * The unique key of the row: the bank id when there is one; else the content and date with an ordinal above any
     * stored so far, since two identical transfers on one day are two payments once {@link #sameCredit} said so.
     */
    private static String dedupeKey(Handle h, BankCredit credit, String contentKey) {
        if (credit.bankTxId() != null) {
            return "tx:" + credit.bankTxId() + "|" + credit.amount().currency().getCurrencyCode() + "|"
                    + credit.amount().toMinor() + "|" + credit.date();
        }
        long same = h.createQuery("SELECT COUNT(*) FROM payments WHERE content_key = :key AND payment_date = :date")
                .bind("key", contentKey)
                .bind("date", credit.date().toString())
                .mapTo(Long.class)
                .one();
        return "c:" + credit.date() + "|" + contentKey + "#" + (same + 1);
    }

    /** Payments with no allocation row at all: nothing was found for them yet. */
    List<Payment> withoutAllocation(Handle h) {
        return h.createQuery("""
                SELECT * FROM payments p WHERE p.state = 'received'
                    AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.payment_id = p.id)
                ORDER BY p.id""")
                .map((rs, ctx) -> payment(rs))
                .list();
    }

    /** Payments nothing is applied to or proposed for (none found, or every suggestion rejected). */
    List<Payment> unplaced(Handle h) {
        return h.createQuery("""
                SELECT * FROM payments p WHERE p.state = 'received'
                    AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.payment_id = p.id
                    AND a.state IN ('applied', 'suggested'))
                ORDER BY p.payment_date, p.id""")
                .map((rs, ctx) -> payment(rs))
                .list();
    }

    Optional<Payment> payment(Handle h, long id) {
        return h.createQuery("SELECT * FROM payments WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> payment(rs)).findOne();
    }

    long insertAllocation(Handle h, long paymentId, long invoiceId, Money amount, Money fees, Method method,
            BigDecimal confidence, State state, String note, String decidedBy, String decidedVia) {
        String now = clock.instant().toString();
        return h.createUpdate("""
                INSERT INTO allocations (payment_id, invoice_id, amount_minor, fees_minor, method, confidence, state,
                    note, decided_by, decided_via, created_at, updated_at)
                VALUES (:payment, :invoice, :amount, :fees, :method, :confidence, :state, :note, :by, :via, :now, :now)""")
                .bind("payment", paymentId)
                .bind("invoice", invoiceId)
                .bind("amount", amount.toMinor())
                .bind("fees", fees.toMinor())
                .bind("method", method.wireName())
                .bind("confidence", confidence.toPlainString())
                .bind("state", state.id())
                .bind("note", note)
                .bind("by", decidedBy)
                .bind("via", decidedVia)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    Optional<AllocationRow> allocation(Handle h, long id) {
        return h.createQuery("""
                SELECT a.*, p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> allocation(rs))
                .findOne();
    }

    List<AllocationRow> allocationsOf(Handle h, long paymentId) {
        return h.createQuery("""
                SELECT a.*, p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id
                WHERE a.payment_id = :id ORDER BY a.id""")
                .bind("id", paymentId)
                .map((rs, ctx) -> allocation(rs))
                .list();
    }

    List<AllocationRow> suggestions(Handle h) {
        return h.createQuery("""
                SELECT a.*, p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id
                WHERE a.state = 'suggested' ORDER BY a.id""")
                .map((rs, ctx) -> allocation(rs))
                .list();
    }

    /** The allocations applied to an invoice that {@code decidedBy} decided, oldest first. */
    List<AllocationRow> appliedBy(Handle h, long invoiceId, String decidedBy) {
        return h.createQuery("""
                SELECT a.*, p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id
                WHERE a.invoice_id = :invoice AND a.state = 'applied' AND a.decided_by = :by ORDER BY a.id""")
                .bind("invoice", invoiceId)
                .bind("by", decidedBy)
                .map((rs, ctx) -> allocation(rs))
                .list();
    }

    /**
     * Takes back an applied allocation: kept on record as rejected (never deleted) with why, by whom; conditional,
     * so it returns false when it was not applied any more.
     */
    boolean reverse(Handle h, long id, String note, String by, String via) {
        return h.createUpdate("""
                UPDATE allocations SET state = 'rejected', note = :note, decided_by = :by, decided_via = :via,
                    updated_at = :now
                WHERE id = :id AND state = 'applied'""")
                .bind("note", note)
                .bind("by", by)
                .bind("via", via)
                .bind("now", clock.instant().toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** Moves a suggestion to applied or rejected; conditional, so a concurrent decision makes it return false. */
    boolean decide(Handle h, long id, State state, Money amount, Money fees, String by, String via) {
        return h.createUpdate("""
                UPDATE allocations SET state = :state, amount_minor = :amount, fees_minor = :fees, decided_by = :by,
                    decided_via = :via, updated_at = :now
                WHERE id = :id AND state = 'suggested'""")
                .bind("state", state.id())
                .bind("amount", amount.toMinor())
                .bind("fees", fees.toMinor())
                .bind("by", by)
                .bind("via", via)
                .bind("now", clock.instant().toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** The state of a stored payment; empty when there is none with that id. */
    Optional<PaymentState> state(Handle h, long id) {
        return h.createQuery("SELECT state FROM payments WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .map(s -> PaymentState.valueOf(s.toUpperCase(Locale.ROOT)));
    }

    /**
     * Withdraws a received payment; conditional, false when it was not received any more. Its dedupe key is set aside
     * so that the same credit, read right, can be stored again.
     */
    boolean withdraw(Handle h, long id) {
        return h.createUpdate("""
                UPDATE payments SET state = 'withdrawn', dedupe_key = 'withdrawn#' || id || ':' || dedupe_key
                WHERE id = :id AND state = 'received'""")
                .bind("id", id)
                .execute() == 1;
    }

    /** Links payments to the kept mail they were read from. */
    void linkMail(Handle h, List<Long> paymentIds, long mailId) {
        for (long id : paymentIds) {
            h.createUpdate("UPDATE payments SET mail_id = :mail WHERE id = :id").bind("mail", mailId).bind("id", id)
                    .execute();
        }
    }

    /** The kept mail a payment was read from, if it came from one kept since V14. */
    Optional<Long> mailOf(Handle h, long paymentId) {
        return h.createQuery("SELECT mail_id FROM payments WHERE id = :id AND mail_id IS NOT NULL").bind("id", paymentId)
                .mapTo(Long.class).findOne();
    }

    /** What of the payment is not yet applied to any invoice. */
    Money unallocated(Handle h, Payment payment) {
        long applied = h.createQuery("""
                SELECT COALESCE(SUM(amount_minor), 0) FROM allocations WHERE payment_id = :id AND state = 'applied'""")
                .bind("id", payment.id())
                .mapTo(Long.class)
                .one();
        return payment.amount().minus(Money.ofMinor(applied, payment.amount().currency()));
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(
                rs.getLong("id"),
                LocalDate.parse(rs.getString("payment_date")),
                Money.ofMinor(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("payer"),
                rs.getString("reference"),
                rs.getString("bank_tx_id"),
                source(rs.getString("source")),
                rs.getString("source_file"));
    }

    private static AllocationRow allocation(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new AllocationRow(
                rs.getLong("id"),
                rs.getLong("payment_id"),
                rs.getLong("invoice_id"),
                Money.ofMinor(rs.getLong("amount_minor"), currency),
                Money.ofMinor(rs.getLong("fees_minor"), currency),
                Method.valueOf(rs.getString("method").toUpperCase(Locale.ROOT)),
                new BigDecimal(rs.getString("confidence")),
                State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                rs.getString("note"),
                rs.getString("decided_by"));
    }

    private static BankCredit.Source source(String label) {
        for (BankCredit.Source s : BankCredit.Source.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown payment source in the ledger: " + label);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
