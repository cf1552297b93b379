package org.relance.digest;

import java.time.Instant;
import org.relance.App;
import org.relance.ledger.Event;

/**
 * The reminder ids a digest shows, as {@code ReminderDesk.propose} gives them (a proposed row and its event, the
 * same row again for the same proposal); stands in for it until the desk's version is merged.
 */
final class Proposing {

    private Proposing() {
    }

    static ReminderIds ids(App app) {
        return (h, p, actor) -> {
            if (p.reminderId() != null) {
                return p.reminderId();
            }
            Instant now = app.clock().instant();
            long id = h.createUpdate("""
                    INSERT INTO reminders (invoice_id, step, channel, state, created_at, updated_at)
                    VALUES (:i, :s, :c, 'proposed', :now, :now)""")
                    .bind("i", p.invoiceId()).bind("s", p.step()).bind("c", p.channel()).bind("now", now.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            app.events().append(h, new Event(now, actor.who(), actor.channel(), "reminder.proposed", p.invoiceId(), id,
                    null, p.step()));
            return id;
        };
    }
}
