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
import org.relance.dunning.MessagesInReview;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;

/**
 * The one owner of the outbox tables ({@code outbox}, {@code outbox_reminders}, {@code outbox_attachments}): queues
 * outgoing mail in the caller's transaction, with its Message-ID generated and committed before any SMTP exchange (so
 * a crash can always be resolved by looking for that id), and moves rows between their {@link OutboxState}s for the
 * sender and for a person's review; every move is conditional on the state it leaves. Callers write the events.
 * Stateless apart from its collaborators.
 */
public final class Outbox implements MessagesInReview {

    private final EventLog events;
    private final Clock clock;
    private final String domain;
    private final OutboxSignal signal;

    /** @param companyEmail the company address; its domain ends every Message-ID */
    public Outbox(EventLog events, Clock clock, String companyEmail) {
        this(events, clock, companyEmail, new OutboxSignal());
    }

    /** @param signal fired after the commit of every message queued, so the running sender sends it now */
    public Outbox(EventLog events, Clock clock, String companyEmail, OutboxSignal signal) {
        this.signal = signal;
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
                WHERE o.state IN (<live>)
                  AND (o.reminder_id IN (<ids>) OR EXISTS (
                      SELECT 1 FROM outbox_reminders x WHERE x.outbox_id = o.id AND x.reminder_id IN (<ids>)))
                ORDER BY o.id""")
                .bindList("ids", reminderIds)
                .bindList("live", OutboxState.LIVE.stream().map(OutboxState::id).toList())
                .map((rs, ctx) -> new Queued(rs.getLong("id"), rs.getString("message_id"), true))
                .findFirst();
    }

    private Queued insert(Handle h, OutgoingMail mail, Long reminderId, Long invoiceId) {
        signal.afterCommit(h);
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        long id = h.createUpdate("""
                INSERT INTO outbox (reminder_id, purpose, sender, recipients, cc, bcc, subject, body_text, body_html,
                    message_id, in_reply_to, reference_ids, state, attempts, created_at, updated_at)
                VALUES (:reminder, :purpose, :sender, :to, :cc, :bcc, :subject, :text, :html,
                    :messageId, :inReplyTo, :references, :state, 0, :now, :now)""")
                .bind("state", OutboxState.QUEUED.id())
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
            cancelled += cancelQueued(h, id, STALE, clock.instant()) ? 1 : 0;
            Long reminder = h.createQuery("SELECT reminder_id FROM outbox WHERE id = :id").bind("id", id)
                    .mapTo(Long.class).findOne().orElse(null);
            Long invoice = reminder == null ? null : h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                    .bind("id", reminder).mapTo(Long.class).findOne().orElse(null);
            events.append(h, new Event(clock.instant(), "relance", "system", "outbox.cancelled", invoice, reminder,
                    null, "not sent: " + STALE));
        }
        return cancelled;
    }

    // ---- moves between states, in the caller's transaction; each only from the state it expects

    /**
     * The sender's one conditional claim, queued → sending: only while every reminder the row carries is still
     * approved, every one of their invoices still open, and no grouped amount changed since the message was written.
     */
    static boolean claim(Handle h, long id, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'sending', claimed_at = :now, updated_at = :now
                WHERE id = :id AND state = 'queued'
                  AND NOT EXISTS (
                      SELECT 1 FROM reminders r JOIN invoices i ON i.id = r.invoice_id
                      WHERE (r.id = outbox.reminder_id OR r.id IN (
                                SELECT x.reminder_id FROM outbox_reminders x WHERE x.outbox_id = outbox.id))
                        AND (r.state <> 'approved' OR i.status NOT IN ('open', 'partially_paid')))
                  AND NOT EXISTS (
                      SELECT 1 FROM outbox_reminders x JOIN reminders r ON r.id = x.reminder_id
                      JOIN invoices i ON i.id = r.invoice_id
                      WHERE x.outbox_id = outbox.id AND x.amount_due_minor IS NOT NULL
                        AND x.amount_due_minor <> i.amount_due_minor)""")
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** A row left in sending by a crash and not in the archive, retried once: sending → queued, one more recovery. */
    static boolean requeueRecovered(Handle h, long id, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'queued', recoveries = recoveries + 1, claimed_at = NULL,
                    next_attempt_at = NULL, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** A transient failure: sending → queued, with the attempt counted and the next one not before {@code next}. */
    static boolean deferSending(Handle h, long id, int attempts, Instant next, String error, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'queued', attempts = :attempts, next_attempt_at = :next,
                    last_error = :error, claimed_at = NULL, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("attempts", attempts)
                .bind("next", next.toString())
                .bind("error", error)
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** A claimed row put back as it was (no attempt counted, no backoff): sending → queued. */
    static boolean release(Handle h, long id, String error, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'queued', last_error = :error, claimed_at = NULL, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("error", error)
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** Sending ends without a send: sending → failed or needs_review, with {@code extraAttempts} counted. */
    static boolean leaveSending(Handle h, long id, OutboxState to, int extraAttempts, String reason, Instant now) {
        if (to != OutboxState.FAILED && to != OutboxState.NEEDS_REVIEW) {
            throw new IllegalArgumentException("sending does not end in " + to.id() + " without a send");
        }
        return h.createUpdate("""
                UPDATE outbox SET state = :state, attempts = attempts + :extra, last_error = :reason, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("state", to.id())
                .bind("extra", extraAttempts)
                .bind("reason", reason)
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** The server accepted the message: sending → sent. */
    static boolean markSent(Handle h, long id, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'sent', sent_at = :now, updated_at = :now
                WHERE id = :id AND state = 'sending'""")
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** A queued row that must not leave: queued → cancelled, with why. */
    static boolean cancelQueued(Handle h, long id, String why, Instant now) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'cancelled', last_error = :why, updated_at = :now
                WHERE id = :id AND state = 'queued'""")
                .bind("why", why)
                .bind("now", now.toString())
                .bind("id", id)
                .execute() == 1;
    }

    /** A dry run looked at the row (its state does not change). */
    static void markDryRun(Handle h, long id, Instant now) {
        h.createUpdate("UPDATE outbox SET dry_run_at = :now, updated_at = :now WHERE id = :id")
                .bind("now", now.toString())
                .bind("id", id)
                .execute();
    }

    @Override
    public List<InReview> carrying(Handle h, long reminderId) {
        return h.createQuery("""
                SELECT o.id, o.reminder_id, o.message_id, o.claimed_at FROM outbox o
                WHERE o.state = 'needs_review' AND (o.reminder_id = :id OR EXISTS (
                    SELECT 1 FROM outbox_reminders x WHERE x.outbox_id = o.id AND x.reminder_id = :id))
                ORDER BY o.id""")
                .bind("id", reminderId)
                .map((rs, ctx) -> {
                    long lead = rs.getLong("reminder_id");
                    Long leadId = rs.wasNull() ? null : lead;
                    String claimed = rs.getString("claimed_at");
                    return new InReview(rs.getLong("id"), leadId, rs.getString("message_id"),
                            claimed == null ? null : Instant.parse(claimed), List.of());
                })
                .list()
                .stream()
                .map(r -> new InReview(r.outboxId(), r.lead(), r.messageId(), r.claimedAt(),
                        carried(h, r.outboxId(), r.lead())))
                .toList();
    }

    @Override
    public boolean delivered(Handle h, long outboxId, Instant sentAt, String note) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'sent', sent_at = :sentAt, last_error = :note, updated_at = :now
                WHERE id = :id AND state = 'needs_review'""")
                .bind("sentAt", sentAt.toString())
                .bind("note", note)
                .bind("now", clock.instant().toString())
                .bind("id", outboxId)
                .execute() == 1;
    }

    @Override
    public boolean resend(Handle h, long outboxId, String note) {
        return h.createUpdate("""
                UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, claimed_at = NULL,
                    last_error = :note, updated_at = :now
                WHERE id = :id AND state = 'needs_review'""")
                .bind("note", note)
                .bind("now", clock.instant().toString())
                .bind("id", outboxId)
                .execute() == 1;
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
