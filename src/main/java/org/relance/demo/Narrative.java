package org.relance.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relance.App;
import org.relance.dunning.Plan;

/**
 * What the pipeline did with the delivered mail, counted from the store (processed messages, events, the plan): the
 * few lines the demo prints before the digest. Nothing in it is written in advance.
 */
record Narrative(long emails, long documentEmails, long bankEmails, long replyEmails, List<String> repliedTo,
                 long quarantined, List<String> invoices, List<String> creditNotes, long payments,
                 List<String> paid, List<String> partlyPaid, long remindersCancelled, long paymentsToConfirm,
                 Plan plan, List<String> invoicesToConfirm) {

    static Narrative of(App app, LocalDate today) {
        return app.ledger().read(h -> {
            long emails = h.createQuery("SELECT COUNT(*) FROM processed_messages").mapTo(Long.class).one();
            long documentEmails = outcome(h, "invoice.created") + outcome(h, "invoice.updated");
            long bankEmails = outcome(h, "bank.recorded");
            long replyEmails = h.createQuery("SELECT COUNT(*) FROM processed_messages WHERE outcome LIKE 'customer%'")
                    .mapTo(Long.class).one();
            List<String> repliedTo = h.createQuery("""
                    SELECT DISTINCT c.name || ' (' || i.number || ')' FROM events e
                    JOIN invoices i ON i.id = e.invoice_id JOIN customers c ON c.id = i.customer_id
                    WHERE e.kind = 'customer.replied' ORDER BY 1""").mapTo(String.class).list();
            long quarantined = count(h, "mail.quarantined");
            List<String> invoices = h.createQuery("""
                    SELECT DISTINCT i.number FROM events e JOIN invoices i ON i.id = e.invoice_id
                    WHERE e.kind = 'invoice.created' AND i.kind = :kind ORDER BY i.number""")
                    .bind("kind", "invoice").mapTo(String.class).list();
            List<String> creditNotes = h.createQuery("""
                    SELECT DISTINCT i.number FROM events e JOIN invoices i ON i.id = e.invoice_id
                    WHERE e.kind = 'invoice.created' AND i.kind = :kind ORDER BY i.number""")
                    .bind("kind", "credit_note").mapTo(String.class).list();
            long payments = count(h, "payment.received");
            List<String> paid = applied(h, "paid");
            List<String> partly = applied(h, "partially_paid");
            long cancelled = count(h, "reminder.cancelled");
            long toConfirm = count(h, "allocation.suggested");
            return new Narrative(emails, documentEmails, bankEmails, replyEmails, repliedTo, quarantined, invoices, creditNotes, payments, paid, partly, cancelled,
                    toConfirm, app.plans().planFor(today), h.createQuery(
                            "SELECT number FROM invoices WHERE status = 'to_confirm' ORDER BY number")
                            .mapTo(String.class).list());
        });
    }

    private static long count(org.jdbi.v3.core.Handle h, String kind) {
        return h.createQuery("SELECT COUNT(*) FROM events WHERE kind = :kind").bind("kind", kind)
                .mapTo(Long.class).one();
    }

    /** The invoices a payment was applied to, that are now in this status. */
    private static List<String> applied(org.jdbi.v3.core.Handle h, String status) {
        return h.createQuery("""
                SELECT DISTINCT i.number FROM events e JOIN invoices i ON i.id = e.invoice_id
                WHERE e.kind = 'payment.applied' AND i.status = :status ORDER BY i.number""")
                .bind("status", status).mapTo(String.class).list();
    }

    private static long outcome(org.jdbi.v3.core.Handle h, String outcome) {
        return h.createQuery("SELECT COUNT(*) FROM processed_messages WHERE outcome = :o").bind("o", outcome)
                .mapTo(Long.class).one();
    }

    String render() {
        List<String> parts = new ArrayList<>();
        String read = "read " + invoices.size() + " invoice" + plural(invoices.size());
        if (!creditNotes.isEmpty()) {
            read += " and " + creditNotes.size() + " credit note" + plural(creditNotes.size());
        }
        parts.add(read + " from " + documentEmails + " email" + plural((int) documentEmails));
        StringBuilder bank = new StringBuilder(payments + " payment" + plural((int) payments) + " in "
                + bankEmails + " bank notification" + plural((int) bankEmails));
        List<String> matched = new ArrayList<>();
        if (!paid.isEmpty()) {
            matched.add(String.join(", ", paid) + " paid");
        }
        if (!partlyPaid.isEmpty()) {
            matched.add(String.join(", ", partlyPaid) + " partly paid");
        }
        if (!matched.isEmpty()) {
            bank.append(" matched: ").append(String.join(", ", matched));
        }
        if (remindersCancelled > 0) {
            bank.append(", ").append(remindersCancelled).append(" reminder").append(plural((int) remindersCancelled))
                    .append(" cancelled");
        }
        if (paymentsToConfirm > 0) {
            bank.append(", ").append(paymentsToConfirm).append(" match").append(paymentsToConfirm > 1 ? "es" : "")
                    .append(" to confirm");
        }
        parts.add(bank.toString());
        if (!repliedTo.isEmpty()) {
            parts.add(repliedTo.size() + " customer repl" + (repliedTo.size() == 1 ? "y" : "ies") + ": "
                    + String.join(", ", repliedTo) + ", chase on hold");
        }
        Set<String> customers = new LinkedHashSet<>();
        plan.proposals().forEach(p -> customers.add(p.customer()));
        parts.add(plan.proposals().size() + " to chase" + (customers.isEmpty() ? ""
                : " (" + String.join(", ", customers) + ")"));
        if (!invoicesToConfirm.isEmpty()) {
            parts.add(invoicesToConfirm.size() + " invoice" + plural(invoicesToConfirm.size()) + " to confirm ("
                    + String.join(", ", invoicesToConfirm) + ": read from a plain PDF with doubts, never chased before "
                    + "you confirm)");
        }
        StringBuilder out = new StringBuilder(String.join(" · ", parts)).append('\n');
        long other = emails - documentEmails - bankEmails - replyEmails - quarantined;
        if (other > 0) {
            out.append(other).append(" other message").append(plural((int) other)).append(" (see relance history)\n");
        }
        if (quarantined > 0) {
            out.append(quarantined).append(" message").append(plural((int) quarantined))
                    .append(" quarantined (see relance status)\n");
        }
        return out.toString();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
