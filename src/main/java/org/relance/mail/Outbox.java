package org.relance.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
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
     * idempotent: a reminder already queued, being sent or sent keeps its one row and Message-ID.
     */
    public Queued queue(Handle h, OutgoingMail mail, Long reminderId) {
        Long invoiceId = null;
        if (reminderId != null) {
            Optional<Queued> existing = h.createQuery("""
                    SELECT id, message_id FROM outbox
                    WHERE reminder_id = :reminder AND state IN ('queued', 'sending', 'sent', 'needs_review')
                    ORDER BY id""")
                    .bind("reminder", reminderId)
                    .map((rs, ctx) -> new Queued(rs.getLong("id"), rs.getString("message_id"), true))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            invoiceId = h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                    .bind("id", reminderId)
                    .mapTo(Long.class)
                    .findOne()
                    .orElseThrow(() -> new IllegalArgumentException("unknown reminder " + reminderId));
        }
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

    static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> fromLines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
