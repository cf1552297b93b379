package org.relance.bank;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;

/**
 * The bank notification mails kept whole: those that gave payments (so a person can say one was read wrong), and those
 * that read like a credit but gave none or were read wrong, waiting until a learnt rule reads them.
 */
public final class UnreadNotifications {

    /** The event written when such a mail is kept. */
    public static final String KEPT = "bank.notification_unread";
    /** The event written when a person says a payment was read wrong and its mail waits for a rule. */
    public static final String MISREAD = "bank.notification_misread";
    /** The event written when a kept mail is read by a learnt rule. */
    public static final String REREAD = "bank.notification_reread";

    /** One kept mail; {@code unverified} is why its sender was not authenticated, null when it was. */
    public record Waiting(long id, String name, String sender, String subject, byte[] raw, String unverified,
            Instant keptAt) {
    }

    private final EventLog events;
    private final Clock clock;

    public UnreadNotifications(EventLog events, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps a mail and writes {@value #KEPT}, in the caller's transaction; returns its id. */
    public long keep(Handle h, String name, String sender, byte[] raw, String unverified, String actor, String channel) {
        String subject = subjectOf(raw);
        long id = insertWaiting(h, name, sender, subject, raw, unverified);
        events.append(h, new Event(clock.instant(), actor, channel, KEPT, null, null, null,
                "I could not read this notification from " + sender + " (\"" + subject + "\"): waiting as #" + id
                        + " for relance bank learn"));
        return id;
    }

    /** A mail that gave payments, as kept: what {@link #keepMisread} puts back to wait for a rule. */
    public record Read(long id, String name, String sender, String subject, byte[] raw, String unverified) {
    }

    /** Keeps a mail that gave payments, in the caller's transaction; returns its id. */
    public long keepRead(Handle h, String name, String sender, byte[] raw, String unverified) {
        return h.createUpdate("INSERT INTO bank_mails (name, sender, subject, raw_base64, unverified, received_at)"
                        + " VALUES (:name, :sender, :subject, :raw, :unverified, :at)")
                .bind("name", name).bind("sender", sender).bind("subject", subjectOf(raw))
                .bind("raw", Base64.getEncoder().encodeToString(raw)).bind("unverified", unverified)
                .bind("at", clock.instant().toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** A kept mail that gave payments. */
    public Optional<Read> read(Handle h, long mailId) {
        return h.createQuery("SELECT id, name, sender, subject, raw_base64, unverified FROM bank_mails WHERE id = :id")
                .bind("id", mailId)
                .map((rs, ctx) -> new Read(rs.getLong("id"), rs.getString("name"), rs.getString("sender"),
                        rs.getString("subject"), Base64.getDecoder().decode(rs.getString("raw_base64")),
                        rs.getString("unverified")))
                .findOne();
    }

    /**
     * Puts a mail a person says was read wrong back to wait for a learnt rule, with {@value #MISREAD}, in the caller's
     * transaction; returns its waiting id (the one already waiting, when it is there still).
     */
    public long keepMisread(Handle h, Read mail, long paymentId, String actor, String channel) {
        Optional<Long> already = h.createQuery("SELECT id FROM unread_notifications WHERE resolved_at IS NULL"
                        + " AND raw_base64 = :raw ORDER BY id")
                .bind("raw", Base64.getEncoder().encodeToString(mail.raw())).mapTo(Long.class).findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        long id = insertWaiting(h, mail.name(), mail.sender(), mail.subject(), mail.raw(), mail.unverified());
        events.append(h, new Event(clock.instant(), actor, channel, MISREAD, null, null, paymentId,
                "payment #" + paymentId + " was read wrong, says " + actor + ": the notification from " + mail.sender()
                        + " (\"" + mail.subject() + "\") waits as #" + id + " for relance bank learn"));
        return id;
    }

    private long insertWaiting(Handle h, String name, String sender, String subject, byte[] raw, String unverified) {
        return h.createUpdate("INSERT INTO unread_notifications (name, sender, subject, raw_base64, unverified, kept_at)"
                        + " VALUES (:name, :sender, :subject, :raw, :unverified, :at)")
                .bind("name", name).bind("sender", sender).bind("subject", subject)
                .bind("raw", Base64.getEncoder().encodeToString(raw)).bind("unverified", unverified)
                .bind("at", clock.instant().toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The kept mails not yet read, oldest first. */
    public List<Waiting> waiting(Handle h) {
        return h.createQuery("SELECT id, name, sender, subject, raw_base64, unverified, kept_at FROM unread_notifications"
                        + " WHERE resolved_at IS NULL ORDER BY id")
                .map((rs, ctx) -> new Waiting(rs.getLong("id"), rs.getString("name"), rs.getString("sender"),
                        rs.getString("subject"), Base64.getDecoder().decode(rs.getString("raw_base64")),
                        rs.getString("unverified"), Instant.parse(rs.getString("kept_at"))))
                .list();
    }

    public Optional<Waiting> find(Handle h, long id) {
        return waiting(h).stream().filter(w -> w.id() == id).findFirst();
    }

    /** Marks a kept mail read into {@code payments} payments and writes {@value #REREAD}. */
    public void resolve(Handle h, Waiting mail, int payments, String actor, String channel) {
        h.createUpdate("UPDATE unread_notifications SET resolved_at = :at, resolved_by = :by, payments = :n"
                        + " WHERE id = :id AND resolved_at IS NULL")
                .bind("at", clock.instant().toString()).bind("by", actor).bind("n", payments).bind("id", mail.id())
                .execute();
        events.append(h, new Event(clock.instant(), actor, channel, REREAD, null, null, null,
                "notification #" + mail.id() + " from " + mail.sender() + " read by a learnt rule: " + payments
                        + " credit(s)"));
    }

    /** The From address of a raw mail, or "unknown sender". */
    public static String senderOf(byte[] raw) {
        try (InputStream in = new ByteArrayInputStream(raw)) {
            jakarta.mail.Address[] from = new MimeMessage(Session.getInstance(new Properties()), in).getFrom();
            if (from != null && from.length > 0) {
                return from[0] instanceof jakarta.mail.internet.InternetAddress a ? a.getAddress() : from[0].toString();
            }
        } catch (MessagingException | IOException e) {
            // an unreadable header names no sender
        }
        return "unknown sender";
    }

    static String subjectOf(byte[] raw) {
        try (InputStream in = new ByteArrayInputStream(raw)) {
            return EmailText.of(new MimeMessage(Session.getInstance(new Properties()), in)).subject();
        } catch (MessagingException | IOException e) {
            return "";
        }
    }
}
