package org.relance.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;

/**
 * Queues outgoing mail in the caller's transaction, with its Message-ID generated and committed before any SMTP
 * exchange (so a crash can always be resolved by looking for that id). Stateless apart from its collaborators.
 */
public final class Outbox {

    private final EventLog events;
    private final Clock clock;
    private final String domain;

    /** @param companyEmail the company address; its domain ends every Message-ID */
    public Outbox(EventLog events, Clock clock, String companyEmail) {
        this.events = events;
        this.clock = clock;
        int at = companyEmail.lastIndexOf('@');
        String d = at < 0 ? "" : companyEmail.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        this.domain = d.matches("[a-z0-9.-]+") ? d : "relance.invalid";
    }

    /** What {@link #queue} did. */
    public record Queued(long outboxId, String messageId, boolean alreadyQueued) {
    }

    /**
     * Adds {@code mail} to the queue in the caller's transaction. For a reminder ({@code reminderId} not null) this is
     * idempotent: a reminder already carried by a row queued, being sent, sent or in review keeps that one row and
     * Message-ID.
     */
    public Queued queue(Handle h, OutgoingMail mail, Long reminderId) {
        Long invoiceId = null;
        if (reminderId != null) {
            Optional<Queued> existing = carrying(h, List.of(reminderId));
            if (existing.isPresent()) {
                return existing.get();
            }
            invoiceId = h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                    .bind("id", reminderId)
                    .mapTo(Long.class)
                    .findOne()
                    .orElseThrow(() -> new IllegalArgumentException("unknown reminder " + reminderId));
        }
        return insert(h, mail, reminderId, invoiceId);
    }

    /**
     * Queues one message carrying several reminders (a customer's overdue invoices in one email), in the caller's
     * transaction: the first id is the row's lead ({@code outbox.reminder_id}), every id gets an
     * {@code outbox_reminders} row. Idempotent: when any of these reminders is already carried by a row queued, being
     * sent, sent or in review, that row is returned and nothing is added.
     */
    public Queued queue(Handle h, OutgoingMail mail, List<Long> reminderIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(reminderIds));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a grouped message needs at least one reminder");
        }
        Optional<Queued> existing = carrying(h, ids);
        if (existing.isPresent()) {
            return existing.get();
        }
        Queued queued = queue(h, mail, ids.get(0));
        for (long id : ids) {
            h.createUpdate("""
                    INSERT INTO outbox_reminders (outbox_id, reminder_id, amount_due_minor)
                    SELECT :outbox, r.id, i.amount_due_minor FROM reminders r JOIN invoices i ON i.id = r.invoice_id
                    WHERE r.id = :reminder""")
                    .bind("outbox", queued.outboxId())
                    .bind("reminder", id)
                    .execute();
            if (id != ids.get(0)) {
                long invoiceId = h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Long.class)
                        .findOne()
                        .orElseThrow(() -> new IllegalArgumentException("unknown reminder " + id));
                events.append(h, new Event(clock.instant(), "relance", "system", "outbox.queued", invoiceId, id, null,
                        "carried by outbox #" + queued.outboxId() + " " + queued.messageId()
                                + " with reminder #" + ids.get(0)));
            }
        }
        return queued;
    }

    /**
     * The reminders an outgoing message carries, found from its Message-ID (an incoming reply's In-Reply-To or a
     * References entry, with or without angle brackets): the row's own reminder first, then its
     * {@code outbox_reminders} rows. Empty for an unknown id or a message that carried no reminder.
     */
    public List<Long> remindersOf(Handle h, String messageId) {
        return carriedBy(h, messageId);
    }

    static List<Long> carriedBy(Handle h, String messageId) {
        return h.createQuery("SELECT id, reminder_id FROM outbox WHERE message_id IN (<forms>)")
                .bindList("forms", forms(messageId))
                .map((rs, ctx) -> {
                    long lead = rs.getLong("reminder_id");
                    return rs.wasNull() ? List.<Long>of() : carried(h, rs.getLong("id"), lead);
                })
                .findFirst()
                .orElse(List.of());
    }

    /** Whether the bot sent (or queued) a message with this Message-ID: a reminder, a digest, team mail. */
    static boolean isOurs(Handle h, String messageId) {
        return h.createQuery("SELECT COUNT(*) FROM outbox WHERE message_id IN (<forms>)")
                .bindList("forms", forms(messageId))
                .mapTo(Integer.class).one() > 0;
    }

    /** A Message-ID as headers write it: with and without its angle brackets. */
    private static List<String> forms(String messageId) {
        String bare = messageId.trim().replaceAll("^<|>$", "");
        return List.of(bare, "<" + bare + ">");
    }

    /** Every reminder outbox row {@code outboxId} carries: its lead first, then its outbox_reminders rows. */
    static List<Long> carried(Handle h, long outboxId, Long lead) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (lead != null) {
            ids.add(lead);
        }
        ids.addAll(h.createQuery("SELECT reminder_id FROM outbox_reminders WHERE outbox_id = :id ORDER BY reminder_id")
                .bind("id", outboxId)
                .mapTo(Long.class)
                .list());
        return List.copyOf(ids);
    }

    /** The oldest live row (not cancelled or failed) carrying any of {@code reminderIds}, as lead or in the group. */
    private static Optional<Queued> carrying(Handle h, List<Long> reminderIds) {
        return h.createQuery("""
                SELECT o.id, o.message_id FROM outbox o
                WHERE o.state IN ('queued', 'sending', 'sent', 'needs_review')
                  AND (o.reminder_id IN (<ids>) OR EXISTS (
                      SELECT 1 FROM outbox_reminders x WHERE x.outbox_id = o.id AND x.reminder_id IN (<ids>)))
                ORDER BY o.id""")
                .bindList("ids", reminderIds)
                .map((rs, ctx) -> new Queued(rs.getLong("id"), rs.getString("message_id"), true))
                .findFirst();
    }

    private Queued insert(Handle h, OutgoingMail mail, Long reminderId, Long invoiceId) {
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        long id = h.createUpdate("""
                INSERT INTO outbox (reminder_id, purpose, sender, recipients, cc, bcc, subject, body_text, body_html,
                    message_id, in_reply_to, reference_ids, state, attempts, created_at, updated_at)
                VALUES (:reminder, :purpose, :sender, :to, :cc, :bcc, :subject, :text, :html,
                    :messageId, :inReplyTo, :references, 'queued', 0, :now, :now)""")
                .bind("reminder", reminderId)
                .bind("purpose", mail.purpose())
                .bind("sender", mail.from())
                .bind("to", lines(mail.to()))
                .bind("cc", lines(mail.cc()))
                .bind("bcc", lines(mail.bcc()))
                .bind("subject", mail.subject())
                .bind("text", mail.text())
                .bind("html", mail.html().orElse(null))
                .bind("messageId", messageId)
                .bind("inReplyTo", mail.inReplyTo().orElse(null))
                .bind("references", lines(mail.references()))
                .bind("now", now.toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        int position = 0;
        for (OutgoingMail.Attachment a : mail.attachments()) {
            h.createUpdate("""
                    INSERT INTO outbox_attachments (outbox_id, position, filename, mime_type, content)
                    VALUES (:outbox, :position, :filename, :mime, :content)""")
                    .bind("outbox", id)
                    .bind("position", position++)
                    .bind("filename", a.filename())
                    .bind("mime", a.mimeType())
                    .bind("content", Base64.getEncoder().encodeToString(a.content()))
                    .execute();
        }
        events.append(h, new Event(now, "relance", "system", "outbox.queued", invoiceId, reminderId, null,
                mail.purpose() + " " + messageId + " to " + String.join(", ", mail.to())));
        return new Queued(id, messageId, false);
    }

    /**
     * Cancels the queued messages written for an amount due that has changed since (a partial payment, a corrected
     * import), with an event each; their reminders stay approved, so the next sweep writes them again with today's
     * figures. Returns how many were cancelled.
     */
    public int cancelStale(Handle h) {
        return cancelStale(h, events, clock);
    }

    static int cancelStale(Handle h, EventLog events, Clock clock) {
        List<Long> stale = h.createQuery("""
                SELECT DISTINCT o.id FROM outbox o
                JOIN outbox_reminders x ON x.outbox_id = o.id
                JOIN reminders r ON r.id = x.reminder_id
                JOIN invoices i ON i.id = r.invoice_id
                WHERE o.state = 'queued' AND x.amount_due_minor IS NOT NULL AND x.amount_due_minor <> i.amount_due_minor""")
                .mapTo(Long.class).list();
        int cancelled = 0;
        for (long id : stale) {
            cancelled += h.createUpdate("""
                    UPDATE outbox SET state = 'cancelled', last_error = :why, updated_at = :now
                    WHERE id = :id AND state = 'queued'""")
                    .bind("why", STALE).bind("now", clock.instant().toString()).bind("id", id)
                    .execute();
            Long reminder = h.createQuery("SELECT reminder_id FROM outbox WHERE id = :id").bind("id", id)
                    .mapTo(Long.class).findOne().orElse(null);
            Long invoice = reminder == null ? null : h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                    .bind("id", reminder).mapTo(Long.class).findOne().orElse(null);
            events.append(h, new Event(clock.instant(), "relance", "system", "outbox.cancelled", invoice, reminder,
                    null, "not sent: " + STALE));
        }
        return cancelled;
    }

    /** Why a queued message was cancelled before it left. */
    static final String STALE = "the amount due changed since the message was written; it is written again";

    static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> fromLines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
