package org.relance.dunning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;

/** Reads and writes reminders in the ledger; every method joins the caller's transaction. */
public final class ReminderStore {

    private final EventLog events;
    private final Clock clock;

    public ReminderStore(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Every reminder of every invoice, grouped by invoice and oldest first: the planner's history. */
    public Map<Long, List<Reminder>> historyByInvoice(Handle h) {
        return h.createQuery("SELECT * FROM reminders ORDER BY id")
                .map((rs, ctx) -> reminder(rs))
                .list().stream()
                .collect(Collectors.groupingBy(Reminder::invoiceId));
    }

    public List<Reminder> forInvoice(Handle h, long invoiceId) {
        return h.createQuery("SELECT * FROM reminders WHERE invoice_id = :id ORDER BY id")
                .bind("id", invoiceId)
                .map((rs, ctx) -> reminder(rs))
                .list();
    }

    public Optional<Reminder> find(Handle h, long reminderId) {
        return h.createQuery("SELECT * FROM reminders WHERE id = :id")
                .bind("id", reminderId)
                .map((rs, ctx) -> reminder(rs))
                .findOne();
    }

    /**
     * Records a reminder that was already sent outside Relance (a history brought in at import, or the demo's
     * seed), so that the planner goes on from the right step.
     */
    public long recordSent(Handle h, long invoiceId, String step, String channel, Instant sentAt, String actor,
                           String via) {
        Instant now = clock.instant();
        long id = h.createUpdate("""
                INSERT INTO reminders (invoice_id, step, channel, state, sent_at, decided_by, decided_via,
                    created_at, updated_at)
                VALUES (:invoice, :step, :channel, 'sent', :sentAt, :actor, :via, :now, :now)""")
                .bind("invoice", invoiceId)
                .bind("step", step)
                .bind("channel", channel)
                .bind("sentAt", sentAt.toString())
                .bind("actor", actor)
                .bind("via", via)
                .bind("now", now.toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        events.append(h, new Event(now, actor, via, "reminder.recorded", invoiceId, id, null,
                step + " sent " + sentAt));
        return id;
    }

    static Reminder reminder(ResultSet rs) throws SQLException {
        return new Reminder(
                rs.getLong("id"),
                rs.getLong("invoice_id"),
                rs.getString("step"),
                rs.getString("channel"),
                ReminderState.fromId(rs.getString("state")),
                rs.getBoolean("escalated"),
                date(rs.getString("snoozed_until")),
                date(rs.getString("waiting_until")),
                instant(rs.getString("sent_at")),
                instant(rs.getString("created_at")));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
