package org.relance.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Decision;
import org.relance.dunning.ReminderDesk;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.StoredFiles;

/**
 * Records a customer's answer to our reminders: finds the invoices the answered email carried, keeps the raw
 * message under {@code store.files}, stores the reply per invoice and, for a reply written by a person, pauses the
 * chase through the {@link ReminderDesk}. Joins the caller's transaction; stateless apart from its collaborators.
 */
public final class CustomerReplies {

    /** What one reply did: the invoices it concerns (none: it answers none of our reminders) and a summary. */
    record Result(List<Long> invoiceIds, String summary) {
    }

    private final ReminderDesk desk;
    private final EventLog events;
    private final Path filesDir;
    private final Clock clock;

    /** @param filesDir {@code store.files}, where the raw replies are kept */
    public CustomerReplies(ReminderDesk desk, EventLog events, Path filesDir, Clock clock) {
        this.desk = desk;
        this.events = events;
        this.filesDir = filesDir;
        this.clock = clock;
    }

    Result record(Handle h, InboundMessage m, List<String> repliedTo, boolean automatic) {
        List<Long> invoiceIds = invoicesOf(h, repliedTo);
        if (invoiceIds.isEmpty()) {
            return new Result(List.of(), "reply from " + m.from() + " to a message of ours that carries no reminder");
        }
        String hash = StoredFiles.sha256(m.raw());
        Path kept = StoredFiles.keep(filesDir, m.raw(), hash, ".eml");
        Instant now = clock.instant();
        Actor customer = new Actor(m.from(), Channel.EMAIL);
        List<String> done = new ArrayList<>();
        for (long invoiceId : invoiceIds) {
            boolean known = h.createQuery("""
                    SELECT COUNT(*) FROM customer_replies WHERE invoice_id = :invoice AND file_hash = :hash""")
                    .bind("invoice", invoiceId).bind("hash", hash)
                    .mapTo(Integer.class).one() > 0;
            if (known) {
                continue;
            }
            h.createUpdate("""
                    INSERT INTO customer_replies (invoice_id, message_id, in_reply_to, from_address, subject,
                        received_at, automatic, file_hash, file_path)
                    VALUES (:invoice, :messageId, :inReplyTo, :from, :subject, :at, :automatic, :hash, :path)""")
                    .bind("invoice", invoiceId)
                    .bind("messageId", m.messageId())
                    .bind("inReplyTo", repliedTo.get(0))
                    .bind("from", m.from())
                    .bind("subject", m.subject())
                    .bind("at", now.toString())
                    .bind("automatic", automatic)
                    .bind("hash", hash)
                    .bind("path", kept.toString())
                    .execute();
            if (automatic) {
                events.append(h, new Event(now, customer.who(), customer.channel(), "customer.auto_reply", invoiceId,
                        null, null, "from " + m.from() + ": " + (m.subject() == null ? "(no subject)" : m.subject())
                        + " (automatic: the chase goes on)"));
                done.add("automatic reply recorded for invoice #" + invoiceId);
            } else {
                Decision d = desk.customerReplied(h, invoiceId, m.from(), m.subject(), customer);
                done.add(d.invoice() + ": " + d.message());
            }
        }
        String what = automatic ? "automatic reply from " : "reply from ";
        return new Result(invoiceIds, what + m.from() + (done.isEmpty() ? " already recorded" : "; " + String.join("; ", done)));
    }

    /** The invoices of every reminder the answered messages carried (see {@link Outbox#remindersOf}), oldest first. */
    private static List<Long> invoicesOf(Handle h, List<String> messageIds) {
        Set<Long> reminders = new LinkedHashSet<>();
        for (String id : messageIds) {
            reminders.addAll(Outbox.carriedBy(h, id));
        }
        if (reminders.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT DISTINCT invoice_id FROM reminders WHERE id IN (<ids>) ORDER BY invoice_id")
                .bindList("ids", List.copyOf(reminders))
                .mapTo(Long.class)
                .list();
    }
}
