package org.relance.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The append-only audit log; every write joins the caller's transaction so a change and its event commit together. */
public final class EventLog {

    public void append(Handle handle, Event event) {
        handle.createUpdate("""
                INSERT INTO events (at, actor, channel, kind, invoice_id, reminder_id, payment_id, details)
                VALUES (:at, :actor, :channel, :kind, :invoiceId, :reminderId, :paymentId, :details)""")
                .bind("at", event.at().toString())
                .bind("actor", event.actor())
                .bind("channel", event.channel())
                .bind("kind", event.kind())
                .bind("invoiceId", event.invoiceId())
                .bind("reminderId", event.reminderId())
                .bind("paymentId", event.paymentId())
                .bind("details", event.details())
                .execute();
    }

    /** The events of one invoice, oldest first. */
    public List<Event> forInvoice(Handle handle, long invoiceId) {
        return handle.createQuery("""
                SELECT at, actor, channel, kind, invoice_id, reminder_id, payment_id, details
                FROM events WHERE invoice_id = :id ORDER BY id""")
                .bind("id", invoiceId)
                .map((rs, ctx) -> new Event(
                        Instant.parse(rs.getString("at")),
                        rs.getString("actor"),
                        rs.getString("channel"),
                        rs.getString("kind"),
                        nullableLong(rs, "invoice_id"),
                        nullableLong(rs, "reminder_id"),
                        nullableLong(rs, "payment_id"),
                        rs.getString("details")))
                .list();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Up to {@code limit} events with an id above {@code afterId} whose kind is one of {@code kinds}, in id order: a
     * feed reader's next page. Filtered in SQL on the primary key (and {@code events_kind_id}), so it stays fast on a
     * long log. An empty {@code kinds} matches nothing.
     */
    public List<LoggedEvent> since(Handle handle, long afterId, Set<String> kinds, int limit) {
        if (kinds.isEmpty() || limit <= 0) {
            return List.of();
        }
        return handle.createQuery("""
                SELECT id, at, actor, channel, kind, invoice_id, reminder_id, payment_id, details
                FROM events WHERE id > :after AND kind IN (<kinds>) ORDER BY id LIMIT :limit""")
                .bind("after", afterId)
                .bindList("kinds", List.copyOf(kinds))
                .bind("limit", limit)
                .map((rs, ctx) -> new LoggedEvent(rs.getLong("id"), event(rs)))
                .list();
    }

    /** The id of the newest event, 0 when the log is empty: where a new feed reader starts. */
    public long lastId(Handle handle) {
        return handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM events").mapTo(Long.class).one();
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(
                Instant.parse(rs.getString("at")),
                rs.getString("actor"),
                rs.getString("channel"),
                rs.getString("kind"),
                nullableLong(rs, "invoice_id"),
                nullableLong(rs, "reminder_id"),
                nullableLong(rs, "payment_id"),
                rs.getString("details"));
    }

    /** How many events there are in all; for tests and status lines. */
    public long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one();
    }
}
