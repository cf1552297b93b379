package org.relance.dunning;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Handle;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Ledger;

/**
 * One invoice's story from the audit log, in time order: its import and source file, reminders with their subject,
 * decisions with who and through which channel, payments and allocations, customer replies with their text.
 */
public final class InvoiceHistory {

    /** Longest reply text shown; the whole message stays in its kept file. */
    static final int MAX_REPLY_CHARS = 4000;

    /** An invoice and its entries, oldest first. */
    public record History(Invoice invoice, Customer customer, List<Entry> entries) {
        public History {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One event with what it refers to.
     *
     * @param file     the source document kept for the invoice, on its import entry; null otherwise
     * @param reminder the reminder the event is about; null when none
     * @param paymentId the payment the event is about; null when none
     * @param reply    the customer's message, on a reply entry; null otherwise
     */
    public record Entry(Instant at, String actor, String channel, String kind, String details, String file,
                        ReminderRef reminder, Long paymentId, Reply reply) {
    }

    /** @param subject the subject of the last message written for it; null when none was written */
    public record ReminderRef(long id, String step, String subject) {
    }

    /** @param text the message's plain text (shortened); null when its kept file cannot be read */
    public record Reply(String from, String subject, String text, String file) {
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;

    public InvoiceHistory(Ledger ledger, InvoiceStore invoices) {
        this.ledger = ledger;
        this.invoices = invoices;
    }

    /** The history of every document with that number (an invoice and a credit note may share one). */
    public List<History> of(String number) {
        return ledger.read(h -> {
            List<History> out = new ArrayList<>();
            for (Invoice invoice : invoices.findByNumber(h, number)) {
                out.add(new History(invoice, invoices.customers(h).get(invoice.customerId()), entries(h, invoice)));
            }
            return out;
        });
    }

    private List<Entry> entries(Handle h, Invoice invoice) {
        String file = h.createQuery("SELECT file_path FROM invoices WHERE id = :id").bind("id", invoice.id())
                .mapTo(String.class).findOne().orElse(null);
        Deque<Reply> replies = new ArrayDeque<>(h.createQuery("""
                SELECT from_address, subject, file_path FROM customer_replies WHERE invoice_id = :id
                ORDER BY received_at, id""")
                .bind("id", invoice.id())
                .map((rs, ctx) -> new Reply(rs.getString("from_address"), rs.getString("subject"),
                        text(rs.getString("file_path")), rs.getString("file_path")))
                .list());
        List<Entry> out = new ArrayList<>();
        for (RawEvent e : h.createQuery("""
                SELECT at, actor, channel, kind, details, reminder_id, payment_id FROM events WHERE invoice_id = :id
                ORDER BY at, id""")
                .bind("id", invoice.id())
                .map((rs, ctx) -> new RawEvent(Instant.parse(rs.getString("at")), rs.getString("actor"),
                        rs.getString("channel"), rs.getString("kind"), rs.getString("details"),
                        nullableLong(rs, "reminder_id"), nullableLong(rs, "payment_id")))
                .list()) {
            ReminderRef reminder = e.reminderId() == null ? null : reminder(h, e.reminderId()).orElse(null);
            // A reply's row and its event are written in one transaction, in the same order.
            Reply reply = e.kind().startsWith("customer.") && !replies.isEmpty() ? replies.poll() : null;
            out.add(new Entry(e.at(), e.actor(), e.channel(), e.kind(), e.details(),
                    "invoice.created".equals(e.kind()) ? file : null, reminder, e.paymentId(), reply));
        }
        return out;
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record RawEvent(Instant at, String actor, String channel, String kind, String details, Long reminderId,
                            Long paymentId) {
    }

    private static Optional<ReminderRef> reminder(Handle h, long id) {
        Optional<String> subject = h.createQuery("""
                SELECT subject FROM outbox WHERE reminder_id = :id
                   OR id IN (SELECT outbox_id FROM outbox_reminders WHERE reminder_id = :id)
                ORDER BY id DESC LIMIT 1""")
                .bind("id", id).mapTo(String.class).findOne();
        return h.createQuery("SELECT step FROM reminders WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .map(step -> new ReminderRef(id, step, subject.orElse(null)));
    }

    /** The plain text of a kept .eml (its first text part), shortened; null when it cannot be read. */
    public static String text(String path) {
        if (path == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String text = plain(message);
            if (text == null) {
                return null;
            }
            text = text.strip();
            return text.length() > MAX_REPLY_CHARS ? text.substring(0, MAX_REPLY_CHARS) + "…" : text;
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String plain(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                String text = plain(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
