package org.relance.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.relance.bank.UnreadNotifications;
import org.relance.config.Company;
import org.relance.digest.DigestDetails;
import org.relance.digest.DigestText;
import org.relance.digest.SlackThread;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReminderFormat;
import org.relance.feed.FeedSink;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.Ledger;
import org.relance.ledger.LoggedEvent;
import org.relance.ledger.Money;
import org.relance.text.ReplyText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event feed as Slack notifications, in the day's digest thread (top-level in {@code slack.channel} when no digest
 * was posted today): payments applied, matches to confirm (with buttons), customer replies (text without the quoted
 * history, with resume / snooze / dispute), formal notices written (the PDF uploaded to print), messages to review.
 * Reads what it shows from the ledger; called from the notifier's thread only.
 */
public final class SlackNotifications implements FeedSink {

    /** The cursor's name in {@code feed_cursors}. */
    public static final String NAME = "slack";
    public static final Set<String> KINDS = Set.of("payment.applied", "invoice.paid", "allocation.suggested",
            "customer.replied", "notice.written", "outbox.needs_review", "mail.quarantined", "digest.reply_refused",
            InvoiceStore.TO_CONFIRM_EVENT, UnreadNotifications.KEPT);

    private static final Logger LOG = LoggerFactory.getLogger(SlackNotifications.class);
    private static final Pattern APPLIED = Pattern.compile("→ (-?[0-9.]+) ([A-Z]{3}), ([a-z_]+)$");
    private static final Pattern ALLOCATION = Pattern.compile("^allocation #(\\d+):");
    private static final String KEPT_AS = " kept as ";
    static final int MAX_REPLY_CHARS = 1500;

    /** What one event becomes: a message, or a file with its title. */
    record Notice(SlackMessage message, String filename, String title, byte[] file) {
        static Notice message(SlackMessage message) {
            return new Notice(message, null, null, null);
        }
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final SlackWeb web;
    private final String channel;
    private final Function<LocalDate, Optional<SlackThread>> dayThread;
    private final Company company;
    private final Clock clock;
    private final boolean french;
    private final ReminderFormat format;

    /**
     * @param dayThread where the day's digest was posted (the coordinator passes {@code DigestStore.slackThread} read
     *                  in its own transaction)
     */
    public SlackNotifications(Ledger ledger, InvoiceStore invoices, SlackWeb web, String channel,
            Function<LocalDate, Optional<SlackThread>> dayThread, Company company, Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.web = web;
        this.channel = channel;
        this.dayThread = dayThread;
        this.company = company;
        this.clock = clock;
        this.french = company.locale() != null && "fr".equals(company.locale().getLanguage());
        this.format = new ReminderFormat(french ? "fr" : "en");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public void deliver(LoggedEvent event) {
        Optional<Notice> notice;
        try {
            notice = ledger.read(h -> notice(h, event));
        } catch (RuntimeException e) {
            // Reading or wording this event failed and would fail again: retrying would hold up every later one.
            LOG.error("event #{} ({}) cannot be shown in Slack: {}; skipped (it stays in the history)", event.id(),
                    event.kind(), e.toString(), e);
            return;
        }
        if (notice.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(company.timezone()));
        Optional<SlackThread> thread = dayThread.apply(today);
        String to = thread.map(SlackThread::channel).orElse(channel);
        Optional<String> ts = thread.map(SlackThread::ts);
        Notice n = notice.get();
        if (n.file() != null) {
            web.upload(to, ts, n.filename(), n.title(), n.file());
        } else {
            web.post(to, ts, n.message());
        }
    }

    /** What the event shows, read from the ledger; empty when there is nothing (left) to say. */
    Optional<Notice> notice(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        return switch (e.kind()) {
            case "payment.applied" -> paymentApplied(h, logged);
            case "invoice.paid" -> markedPaid(h, logged);
            case "allocation.suggested" -> suggested(h, logged);
            case "customer.replied" -> replied(h, logged);
            case "notice.written" -> noticeWritten(h, logged);
            case "outbox.needs_review" -> needsReview(h, logged);
            case "mail.quarantined" -> quarantined(logged);
            case "digest.reply_refused" -> replyRefused(logged);
            case InvoiceStore.TO_CONFIRM_EVENT -> toConfirm(h, logged);
            case UnreadNotifications.KEPT -> unreadNotification(logged);
            default -> Optional.empty();
        };
    }

    // ------------------------------------------------------------------ payments

    private Optional<Notice> paymentApplied(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        if (e.invoiceId() == null || e.paymentId() == null) {
            return Optional.empty();
        }
        InvoiceFacts invoice = invoice(h, e.invoiceId());
        Optional<Money> amount = h.createQuery("""
                SELECT a.amount_minor, p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id
                WHERE a.payment_id = :payment AND a.invoice_id = :invoice ORDER BY a.id DESC LIMIT 1""")
                .bind("payment", e.paymentId())
                .bind("invoice", e.invoiceId())
                .map((rs, ctx) -> Money.ofMinor(rs.getLong("amount_minor"),
                        Currency.getInstance(rs.getString("currency"))))
                .findOne();
        Matcher after = APPLIED.matcher(e.details() == null ? "" : e.details());
        boolean found = after.find();
        boolean paid = found && "paid".equals(after.group(3));
        String paidAmount = amount.map(format::money).orElse("?");
        String line;
        if (paid) {
            boolean cancelled = cancelledRightAfter(h, logged, "paid by payment #" + e.paymentId());
            line = french
                    ? "💶 %s a payé %s, %s%s".formatted(invoice.customer(), invoice.number(), paidAmount,
                            cancelled ? " — relance annulée" : "")
                    : "💶 %s paid %s, %s%s".formatted(invoice.customer(), invoice.number(), paidAmount,
                            cancelled ? " — reminder cancelled" : "");
        } else {
            String left = found ? format.money(Money.of(after.group(1), after.group(2))) : "?";
            line = french
                    ? "💶 %s a payé %s sur %s — reste dû %s".formatted(invoice.customer(), paidAmount, invoice.number(),
                            left)
                    : "💶 %s paid %s on %s — %s still due".formatted(invoice.customer(), paidAmount, invoice.number(),
                            left);
        }
        return Optional.of(Notice.message(new FeedBlocks().section(line)
                .actions(ActionIds.paymentBlock(e.paymentId()), List.of(misreadButton(h, e.paymentId())))
                .message(plain(line))));
    }

    /** "Read wrong" on a payment the bot applied, behind Slack's confirmation dialog: it withdraws the payment. */
    private ObjectNode misreadButton(Handle h, long paymentId) {
        Money amount = h.createQuery("SELECT amount_minor, currency FROM payments WHERE id = :id")
                .bind("id", paymentId)
                .map((rs, ctx) -> Money.ofMinor(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))))
                .one();
        ObjectNode button = FeedBlocks.button(ActionIds.PAYMENT_MISREAD, french ? "Mal lu" : "Read wrong",
                new ActionIds.PaymentValue(paymentId, amount).encode(), "danger");
        ObjectNode confirm = button.putObject("confirm");
        confirm.putObject("title").put("type", "plain_text").put("text", french ? "Paiement mal lu ?" : "Read wrong?");
        confirm.putObject("text").put("type", "plain_text").put("text", french
                ? "Le paiement de " + format.money(amount) + " sera retiré et ce qu'il payait sera de nouveau dû."
                : "The payment of " + format.money(amount) + " is withdrawn and what it paid is owed again.");
        confirm.putObject("confirm").put("type", "plain_text").put("text", french ? "Retirer" : "Withdraw");
        confirm.putObject("deny").put("type", "plain_text").put("text", french ? "Annuler" : "Cancel");
        return button;
    }

    /** A person marked the invoice paid (a Slack click already shows itself in the digest, so it is not repeated). */
    private Optional<Notice> markedPaid(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        if (e.invoiceId() == null || "slack".equals(e.channel())) {
            return Optional.empty();
        }
        InvoiceFacts invoice = invoice(h, e.invoiceId());
        boolean cancelled = cancelledRightAfter(h, logged, "cancelled: invoice paid");
        String who = FeedBlocks.escape(ReminderFormat.oneLine(e.actor()));
        String line = french
                ? "✅ %s (%s) marquée payée par %s (%s)%s".formatted(invoice.number(), invoice.customer(), who,
                        e.channel(), cancelled ? " — relance annulée" : "")
                : "✅ %s (%s) marked paid by %s (%s)%s".formatted(invoice.number(), invoice.customer(), who,
                        e.channel(), cancelled ? " — reminder cancelled" : "");
        return Optional.of(Notice.message(new FeedBlocks().section(line).message(plain(line))));
    }

    /** Whether the events that follow on the same invoice (same transaction) cancelled a reminder for this reason. */
    private static boolean cancelledRightAfter(Handle h, LoggedEvent logged, String reasonEnd) {
        List<Event> next = h.createQuery("""
                SELECT kind, details FROM events WHERE invoice_id = :invoice AND id > :id ORDER BY id LIMIT 20""")
                .bind("invoice", logged.event().invoiceId())
                .bind("id", logged.id())
                .map((rs, ctx) -> new Event(null, null, null, rs.getString("kind"), null, null, null,
                        rs.getString("details")))
                .list();
        for (Event n : next) {
            if (!n.kind().equals("reminder.cancelled")) {
                return false;
            }
            if (n.details() != null && n.details().endsWith(reasonEnd)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Notice> suggested(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        Matcher id = ALLOCATION.matcher(e.details() == null ? "" : e.details());
        if (!id.find()) {
            return Optional.empty();
        }
        long allocationId = Long.parseLong(id.group(1));
        Optional<SuggestionFacts> facts = h.createQuery("""
                SELECT a.state, a.amount_minor, a.method, a.confidence, a.invoice_id, p.amount_minor AS paid_minor,
                       p.currency, p.payer, p.reference, p.payment_date
                FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.id = :id""")
                .bind("id", allocationId)
                .map((rs, ctx) -> {
                    Currency c = Currency.getInstance(rs.getString("currency"));
                    return new SuggestionFacts(rs.getString("state"), Money.ofMinor(rs.getLong("amount_minor"), c),
                            rs.getString("method"), rs.getString("confidence"), rs.getLong("invoice_id"),
                            Money.ofMinor(rs.getLong("paid_minor"), c), rs.getString("payer"),
                            rs.getString("reference"), LocalDate.parse(rs.getString("payment_date")));
                })
                .findOne();
        if (facts.isEmpty() || !"suggested".equals(facts.get().state())) {
            // Decided already (the CLI, another click): nothing left to confirm.
            return Optional.empty();
        }
        SuggestionFacts s = facts.get();
        InvoiceFacts invoice = invoice(h, s.invoiceId());
        String payer = s.payer() == null ? (french ? "Un payeur inconnu" : "An unknown payer")
                : FeedBlocks.escape(ReminderFormat.oneLine(s.payer()));
        String reference = s.reference() == null || s.reference().isBlank() ? ""
                : (french ? " (réf. « " : " (ref. “") + FeedBlocks.escape(ReminderFormat.oneLine(s.reference()))
                        + (french ? " »)" : "”)");
        String confidence = percent(s.confidence());
        String line = french
                ? "🔎 *Paiement à confirmer* : %s a versé %s le %s%s.\nProposé : %s sur *%s* (%s, %s dû) — %s%s"
                        .formatted(payer, format.money(s.paid()), format.shortDate(s.date()), reference,
                                format.money(s.amount()), invoice.number(), invoice.customer(),
                                format.money(invoice.amountDue()), s.method(),
                                confidence.isEmpty() ? "" : ", confiance " + confidence)
                : "🔎 *Payment to confirm*: %s paid %s on %s%s.\nProposed: %s to *%s* (%s, %s due) — %s%s"
                        .formatted(payer, format.money(s.paid()), format.shortDate(s.date()), reference,
                                format.money(s.amount()), invoice.number(), invoice.customer(),
                                format.money(invoice.amountDue()), s.method(),
                                confidence.isEmpty() ? "" : ", confidence " + confidence);
        String value = Long.toString(allocationId);
        FeedBlocks b = new FeedBlocks().section(line).actions("feed-" + logged.id() + "-actions", List.of(
                FeedBlocks.button(ActionIds.MATCH_CONFIRM, french ? "Confirmer" : "Confirm", value, "primary"),
                FeedBlocks.button(ActionIds.MATCH_REJECT, french ? "Rejeter" : "Reject", value, "danger")));
        return Optional.of(Notice.message(b.message(plain(line))));
    }

    // ------------------------------------------------------------------ invoices read with doubts

    /** "I read F-…, 968,00 €, due 12/12/2026 — confirm or correct", with the digest's buttons; nothing once confirmed. */
    private Optional<Notice> toConfirm(Handle h, LoggedEvent logged) {
        Long invoiceId = logged.event().invoiceId();
        if (invoiceId == null) {
            return Optional.empty();
        }
        Optional<DigestDetails.ToConfirm> read = invoices.find(h, invoiceId)
                .filter(i -> i.status() == InvoiceStatus.TO_CONFIRM)
                .map(i -> DigestDetails.ToConfirm.of(0, i, invoices.customer(h, i.customerId()),
                        invoices.doubts(h, i.id())));
        if (read.isEmpty()) {
            return Optional.empty(); // confirmed (or corrected) before the feed reached it
        }
        DigestDetails.ToConfirm t = read.get();
        DigestText text = new DigestText(french ? Locale.FRENCH : Locale.ENGLISH);
        String line = "📝 " + FeedBlocks.escape(text.sentence(t))
                + (t.doubts().isEmpty() ? "" : "\n_" + FeedBlocks.escape(text.doubts(t)) + "_");
        String value = new ActionIds.InvoiceValue(t.invoice(), t.total(), t.due()).encode();
        FeedBlocks b = new FeedBlocks().section(line).actions("feed-" + logged.id() + "-actions", List.of(
                FeedBlocks.button(ActionIds.INVOICE_CONFIRM, french ? "Confirmer" : "Confirm", value, "primary"),
                FeedBlocks.button(ActionIds.INVOICE_EDIT, french ? "Corriger…" : "Correct…", value, null)));
        return Optional.of(Notice.message(b.message(plain(line))));
    }

    private static String percent(String confidence) {
        try {
            return new java.math.BigDecimal(confidence).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + " %";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private record SuggestionFacts(String state, Money amount, String method, String confidence, long invoiceId,
                                   Money paid, String payer, String reference, LocalDate date) {
    }

    // ------------------------------------------------------------------ replies

    private Optional<Notice> replied(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        if (e.invoiceId() == null) {
            return Optional.empty();
        }
        InvoiceFacts invoice = invoice(h, e.invoiceId());
        // This event's reply row: the n-th person's reply to the invoice, n counting this invoice's reply events.
        int n = h.createQuery("""
                SELECT COUNT(*) FROM events WHERE invoice_id = :invoice AND kind = 'customer.replied' AND id <= :id""")
                .bind("invoice", e.invoiceId()).bind("id", logged.id()).mapTo(Integer.class).one();
        List<String[]> rows = h.createQuery("""
                SELECT from_address, subject, file_path FROM customer_replies
                WHERE invoice_id = :invoice AND automatic = :automatic ORDER BY id""")
                .bind("invoice", e.invoiceId())
                .bind("automatic", false)
                .map((rs, ctx) -> new String[] {rs.getString("from_address"), rs.getString("subject"),
                        rs.getString("file_path")})
                .list();
        String[] row = rows.isEmpty() ? null : rows.get(Math.min(Math.max(n, 1), rows.size()) - 1);
        String from = row != null ? row[0] : e.actor();
        String subject = row != null && row[1] != null && !row[1].isBlank() ? row[1]
                : (french ? "(sans objet)" : "(no subject)");
        String text = row == null ? null : InvoiceHistory.text(row[2]);
        String body = text == null ? "" : FeedBlocks.cut(ReplyText.withoutQuotedHistory(text), MAX_REPLY_CHARS);
        String head = french
                ? "✉️ *Réponse de %s* sur %s (%s) — « %s »".formatted(FeedBlocks.escape(ReminderFormat.oneLine(from)),
                        invoice.number(), invoice.customer(), FeedBlocks.escape(ReminderFormat.oneLine(subject)))
                : "✉️ *Reply from %s* about %s (%s) — “%s”".formatted(FeedBlocks.escape(ReminderFormat.oneLine(from)),
                        invoice.number(), invoice.customer(), FeedBlocks.escape(ReminderFormat.oneLine(subject)));
        FeedBlocks b = new FeedBlocks().section(head);
        if (!body.isEmpty()) {
            List<String> quoted = new ArrayList<>();
            body.lines().forEach(l -> quoted.add(">" + FeedBlocks.escape(l)));
            b.section(String.join("\n", quoted));
        }
        Optional<Long> held = h.createQuery("""
                SELECT id FROM reminders WHERE invoice_id = :invoice AND state = 'on_hold' ORDER BY id DESC LIMIT 1""")
                .bind("invoice", e.invoiceId()).mapTo(Long.class).findOne();
        if (held.isPresent()) {
            String value = held.get().toString();
            List<String[]> options = new ArrayList<>();
            for (int days : ActionIds.SNOOZE_DAYS) {
                options.add(new String[] {days + (french ? " jours" : " days"), value + "|" + days});
            }
            b.context(french ? "La relance est en attente jusqu'à votre décision."
                    : "The chase is on hold until you decide.");
            b.actions("feed-" + logged.id() + "-actions", List.<ObjectNode>of(
                    FeedBlocks.button(ActionIds.APPROVE, french ? "Reprendre" : "Resume", value, "primary"),
                    FeedBlocks.select(ActionIds.SNOOZE, french ? "Reporter…" : "Snooze…", options),
                    FeedBlocks.button(ActionIds.DISPUTE, french ? "Litige" : "Dispute", value, "danger")));
        }
        String fallback = (french ? "Réponse de " : "Reply from ") + ReminderFormat.oneLine(from) + " — "
                + invoice.plainNumber();
        return Optional.of(Notice.message(b.message(fallback)));
    }

    // ------------------------------------------------------------------ notices and review

    private Optional<Notice> noticeWritten(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        String details = e.details() == null ? "" : e.details();
        int at = details.lastIndexOf(KEPT_AS);
        if (at < 0 || sameAsPrevious(h, logged)) {
            return Optional.empty();
        }
        String filename = details.substring(0, at);
        Path kept = Path.of(details.substring(at + KEPT_AS.length()));
        List<String> numbers = new ArrayList<>();
        String customer = "";
        for (Long invoiceId : group(h, logged)) {
            InvoiceFacts invoice = invoice(h, invoiceId);
            numbers.add(invoice.plainNumber());
            customer = invoice.plainCustomer();
        }
        String title = french
                ? "Mise en demeure — %s (%s) : à imprimer et envoyer en recommandé avec accusé de réception"
                        .formatted(String.join(", ", numbers), customer)
                : "Formal notice — %s (%s): print it and send it by registered post".formatted(
                        String.join(", ", numbers), customer);
        try {
            return Optional.of(new Notice(null, filename, title, Files.readAllBytes(kept)));
        } catch (IOException e2) {
            LOG.warn("notice {}: its kept PDF {} cannot be read: {}", filename, kept, e2.toString());
            String line = (french ? "📄 " + title + " — le PDF est introuvable : " : "📄 " + title
                    + " — the PDF cannot be read: ") + "`" + FeedBlocks.escape(kept.toString()) + "`";
            return Optional.of(Notice.message(new FeedBlocks().section(FeedBlocks.escape(line)).message(title)));
        }
    }

    private Optional<Notice> needsReview(Handle h, LoggedEvent logged) {
        Event e = logged.event();
        if (sameAsPrevious(h, logged)) {
            return Optional.empty();
        }
        List<String> numbers = new ArrayList<>();
        for (Long invoiceId : group(h, logged)) {
            numbers.add(invoice(h, invoiceId).number());
        }
        String what = numbers.isEmpty() ? "" : (french ? " (" : " (") + String.join(", ", numbers) + ")";
        String details = FeedBlocks.escape(ReminderFormat.oneLine(e.details()));
        String line = french
                ? "⚠️ *Message à vérifier*%s : %s\nIl est peut-être parti : vérifiez le dossier Envoyés, puis `relance reviewed`."
                        .formatted(what, details)
                : "⚠️ *Message to review*%s: %s\nIt may have left: check the Sent folder, then `relance reviewed`."
                        .formatted(what, details);
        return Optional.of(Notice.message(new FeedBlocks().section(line).message(plain(line))));
    }

    private Optional<Notice> quarantined(LoggedEvent logged) {
        String details = FeedBlocks.escape(ReminderFormat.oneLine(logged.event().details()));
        String line = french ? "🚫 *Mail mis en quarantaine* : " + details
                : "🚫 *Mail quarantined*: " + details;
        return Optional.of(Notice.message(new FeedBlocks().section(line).message(plain(line))));
    }

    /** A bank mail that reads like a credit but gave none: kept, waiting for {@code relance bank learn}. */
    private Optional<Notice> unreadNotification(LoggedEvent logged) {
        String details = FeedBlocks.escape(ReminderFormat.oneLine(logged.event().details()));
        String line = (french ? "🏦 *Notification bancaire illisible* : " : "🏦 *Bank notification not read*: ")
                + details;
        return Optional.of(Notice.message(new FeedBlocks().section(line).message(plain(line))));
    }

    /** An answer to the digest that changed nothing (outsider, forged, unknown token, expired): who and why. */
    private Optional<Notice> replyRefused(LoggedEvent logged) {
        String details = FeedBlocks.escape(ReminderFormat.oneLine(logged.event().details()));
        String line = french ? "⛔ *Réponse au digest refusée* (rien n'a changé) : " + details
                : "⛔ *Digest reply refused* (nothing changed): " + details;
        return Optional.of(Notice.message(new FeedBlocks().section(line).message(plain(line))));
    }

    /**
     * One message or notice carrying several invoices writes one event per invoice, one after the other: the first
     * tells, the others are skipped.
     */
    private static boolean sameAsPrevious(Handle h, LoggedEvent logged) {
        return h.createQuery("SELECT kind, details FROM events WHERE id = :id")
                .bind("id", logged.id() - 1)
                .map((rs, ctx) -> logged.kind().equals(rs.getString("kind"))
                        && java.util.Objects.equals(logged.event().details(), rs.getString("details")))
                .findOne().orElse(false);
    }

    /** The invoices of this event and of the same events that follow it directly. */
    private static List<Long> group(Handle h, LoggedEvent logged) {
        List<Long> out = new ArrayList<>();
        if (logged.event().invoiceId() != null) {
            out.add(logged.event().invoiceId());
        }
        List<Event> next = h.createQuery("""
                SELECT kind, details, invoice_id FROM events WHERE id > :id ORDER BY id LIMIT 100""")
                .bind("id", logged.id())
                .map((rs, ctx) -> {
                    long invoice = rs.getLong("invoice_id");
                    return new Event(null, null, null, rs.getString("kind"), rs.wasNull() ? null : invoice, null,
                            null, rs.getString("details"));
                })
                .list();
        for (Event n : next) {
            if (!n.kind().equals(logged.kind()) || !java.util.Objects.equals(n.details(), logged.event().details())) {
                break;
            }
            if (n.invoiceId() != null && !out.contains(n.invoiceId())) {
                out.add(n.invoiceId());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ facts

    /** An invoice as the notifications name it (number and customer escaped for mrkdwn). */
    private record InvoiceFacts(String plainNumber, String plainCustomer, Money amountDue) {
        String number() {
            return FeedBlocks.escape(plainNumber);
        }

        String customer() {
            return FeedBlocks.escape(plainCustomer);
        }
    }

    private static InvoiceFacts invoice(Handle h, long invoiceId) {
        return h.createQuery("""
                SELECT i.number, c.name, i.amount_due_minor, i.currency FROM invoices i
                JOIN customers c ON c.id = i.customer_id WHERE i.id = :id""")
                .bind("id", invoiceId)
                .map((rs, ctx) -> new InvoiceFacts(ReminderFormat.oneLine(rs.getString("number")),
                        ReminderFormat.oneLine(rs.getString("name")),
                        Money.ofMinor(rs.getLong("amount_due_minor"), Currency.getInstance(rs.getString("currency")))))
                .findOne()
                .orElse(new InvoiceFacts("#" + invoiceId, "?", null));
    }

    /** The notification text (push, screen readers): the line without mrkdwn marks or escapes. */
    private static String plain(String mrkdwn) {
        return mrkdwn.replace("*", "").replace("`", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .lines().findFirst().orElse("");
    }
}
