package org.relance.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relance.digest.Digest;
import org.relance.digest.DigestDetails;
import org.relance.digest.DigestItem;
import org.relance.dunning.ReminderFormat;
import org.relance.ledger.Money;

/**
 * The digest as Slack messages (Block Kit), a pure function: split to respect Slack's limits (50 blocks, 3,000
 * characters per text), money and dates in the company's locale.
 *
 * <p>Layout: the summary on top, then per item three blocks — a section ({@code item-N-head:R}), a context with the
 * preview ({@code item-N-preview:R}) and the actions ({@code item-N-actions:R}: approve, escalate, paid, preview
 * buttons, the snooze select and the promise date picker) —, the line counting the items not shown, then the
 * replies waiting, the matches to confirm (each with its buttons) and the messages in review. An item never spans
 * two messages.
 */
public final class DigestView {

    /** Slack refuses a message with more blocks. */
    static final int MAX_BLOCKS = 50;
    /** Slack refuses a longer text field (section, context element). */
    static final int MAX_TEXT = 3000;
    /** Slack's bounds on a header's and a button's plain text. */
    static final int MAX_HEADER = 150;
    static final int MAX_BUTTON = 75;
    /** Matches shown with their buttons; beyond, a line counts them (they are also posted one by one in the thread). */
    static final int MAX_MATCHES = 20;
    /** Invoice numbers listed in one line of the summary before "+ N". */
    static final int MAX_NUMBERS = 10;

    private final Locale locale;
    private final Optional<String> whenEmpty;
    private final ReminderFormat format;
    private final Words words;
    private final ObjectMapper json = new ObjectMapper();

    public DigestView(Locale locale) {
        this(locale, Optional.empty());
    }

    /**
     * @param whenEmpty {@code digest.whenEmpty}: the line posted when nothing is to chase; empty = the built-in line,
     *                  {@code off} = post nothing
     */
    public DigestView(Locale locale, Optional<String> whenEmpty) {
        this.locale = locale;
        this.whenEmpty = whenEmpty;
        this.format = new ReminderFormat(locale.getLanguage());
        this.words = "fr".equals(locale.getLanguage()) ? Words.FRENCH : Words.ENGLISH;
    }

    /** The messages to post, in order; the first is the day's thread. Empty when nothing is to chase and whenEmpty is off. */
    public List<SlackMessage> messages(Digest digest) {
        String title = words.title.formatted(format.shortDate(digest.day()));
        if (digest.isEmpty()) {
            if (whenEmpty.filter("off"::equalsIgnoreCase).isPresent()) {
                return List.of();
            }
            String line = whenEmpty.orElse(words.nothing);
            ArrayNode blocks = json.createArrayNode();
            blocks.add(section(null, fit(escape(line))));
            return List.of(message(fit(title + " : " + line), blocks));
        }
        List<List<ObjectNode>> units = new ArrayList<>();
        units.add(summary(digest, title));
        for (DigestItem item : digest.items()) {
            units.add(item(item));
        }
        DigestDetails d = digest.details();
        if (d.rest().count() > 0) {
            units.add(List.of(section("rest", fit(words.rest.formatted(d.rest().count(), amounts(d.rest().totals()))))));
        }
        if (!d.toConfirm().isEmpty()) {
            org.relance.digest.DigestText text = new org.relance.digest.DigestText(locale);
            units.add(List.of(section("to-confirm", "*" + escape(text.toConfirmTitle(digest)) + "*")));
            d.toConfirm().forEach(t -> units.add(toConfirm(text, t)));
        }
        if (!d.replies().isEmpty()) {
            units.addAll(lines("replies", words.repliesTitle.formatted(d.replies().size()),
                    d.replies().stream().map(this::reply).toList()));
        }
        if (!d.matches().isEmpty()) {
            units.add(List.of(section("matches", words.matchesTitle.formatted(d.matches().size()))));
            d.matches().stream().limit(MAX_MATCHES).forEach(m -> units.add(match(m)));
            if (d.matches().size() > MAX_MATCHES) {
                units.add(List.of(section("matches-more",
                        words.matchesMore.formatted(d.matches().size() - MAX_MATCHES))));
            }
        }
        if (!d.inReview().isEmpty()) {
            units.addAll(lines("review", words.reviewTitle.formatted(d.inReview().size()),
                    d.inReview().stream().map(this::review).toList()));
        }
        List<ArrayNode> messages = pack(units);
        String count = words.count.formatted(digest.items().size() + d.rest().count());
        List<SlackMessage> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String text = messages.size() == 1 ? title + " : " + count
                    : title + " (" + (i + 1) + "/" + messages.size() + ")" + (i == 0 ? " : " + count : "");
            out.add(message(text, messages.get(i)));
        }
        return out;
    }

    /** Fills messages in order, never splitting a unit (an item's three blocks stay together). */
    private List<ArrayNode> pack(List<List<ObjectNode>> units) {
        List<ArrayNode> messages = new ArrayList<>();
        ArrayNode current = json.createArrayNode();
        for (List<ObjectNode> unit : units) {
            if (current.size() + unit.size() > MAX_BLOCKS && current.size() > 0) {
                messages.add(current);
                current = json.createArrayNode();
            }
            unit.forEach(current::add);
        }
        if (current.size() > 0) {
            messages.add(current);
        }
        return messages;
    }

    private List<ObjectNode> summary(Digest digest, String title) {
        List<ObjectNode> blocks = new ArrayList<>();
        ObjectNode header = json.createObjectNode().put("type", "header").put("block_id", "summary-title");
        header.set("text", plain(FeedBlocks.cut(title, MAX_HEADER)));
        blocks.add(header);
        DigestDetails.Summary s = digest.details().summary();
        StringBuilder text = new StringBuilder();
        if (s.overdueCount() > 0) {
            text.append(words.overdue.formatted(amounts(s.overdue()), s.overdueCount(), plural(s.overdueCount())));
            if (s.oldest() != null) {
                text.append(" · ").append(words.oldest.formatted(escape(s.oldest().invoice()),
                        escape(s.oldest().customer()), days(s.oldest().daysOverdue())));
            }
        } else {
            text.append(words.noneOverdue);
        }
        if (s.since() != null) {
            text.append('\n').append(words.since.formatted(format.shortDate(s.since()),
                    s.paidSince().size(), plural(s.paidSince().size()), numbers(s.paidSince()),
                    s.newlyOverdue().size(), plural(s.newlyOverdue().size()), numbers(s.newlyOverdue())));
        }
        int proposals = digest.items().size() + digest.details().rest().count();
        text.append('\n').append(words.proposals.formatted(proposals, plural(proposals)));
        blocks.add(section("summary", fit(text.toString())));
        blocks.add(json.createObjectNode().put("type", "divider").put("block_id", "summary-end"));
        return blocks;
    }

    private List<ObjectNode> item(DigestItem item) {
        long reminder = item.reminderId();
        int n = item.position();
        StringBuilder head = new StringBuilder();
        head.append('*').append(n).append(". ").append(escape(item.customer())).append("* — ");
        String extrasLine = item.claimsExtras() ? "\n" + extras(item) : "";
        String facts = "\n*" + format.money(item.amountDue()) + "* · " + days(item.daysOverdue()) + " · "
                + words.step.formatted(escape(item.step()), words.channel(item.channel()));
        // The invoice list gives way first: a grouped reminder of hundreds of invoices still fits one text field.
        int room = MAX_TEXT - head.length() - facts.length() - extrasLine.length();
        head.append(invoiceList(item.invoices(), room)).append(facts).append(extrasLine);
        List<ObjectNode> blocks = new ArrayList<>();
        blocks.add(section(ActionIds.itemBlock(n, "head", reminder), fit(head.toString())));
        ObjectNode context = json.createObjectNode().put("type", "context")
                .put("block_id", ActionIds.itemBlock(n, "preview", reminder));
        String preview = item.preview() == null || item.preview().isBlank() ? words.noPreview : item.preview();
        context.putArray("elements").add(mrkdwn(fit("_" + escape(preview) + "_")));
        blocks.add(context);
        ObjectNode actions = json.createObjectNode().put("type", "actions")
                .put("block_id", ActionIds.itemBlock(n, "actions", reminder));
        ArrayNode elements = actions.putArray("elements");
        String value = Long.toString(reminder);
        elements.add(button(ActionIds.APPROVE, words.approve, value, "primary"));
        elements.add(button(ActionIds.ESCALATE, words.escalate, value, null));
        elements.add(button(ActionIds.MARK_PAID, words.paid, value, null));
        elements.add(button(ActionIds.PREVIEW, words.preview, value, null));
        ObjectNode snooze = json.createObjectNode().put("type", "static_select").put("action_id", ActionIds.SNOOZE);
        snooze.set("placeholder", plain(words.snooze));
        ArrayNode options = snooze.putArray("options");
        for (int d : ActionIds.SNOOZE_DAYS) {
            ObjectNode option = json.createObjectNode();
            option.set("text", plain(words.snoozeDays.formatted(d)));
            option.put("value", reminder + "|" + d);
            options.add(option);
        }
        elements.add(snooze);
        ObjectNode promise = json.createObjectNode().put("type", "datepicker").put("action_id", ActionIds.PROMISE);
        promise.set("placeholder", plain(words.promise));
        elements.add(promise);
        blocks.add(actions);
        return blocks;
    }

    private String extras(DigestItem item) {
        List<String> parts = new ArrayList<>();
        if (item.lateInterest() != null) {
            parts.add(words.interest.formatted(format.money(item.lateInterest())));
        }
        if (item.recoveryIndemnity() != null) {
            parts.add(words.indemnity.formatted(format.money(item.recoveryIndemnity())));
        }
        return String.join(" + ", parts);
    }

    /** The invoice numbers within {@code room} characters, the rest as "+ N". */
    private String invoiceList(List<String> invoices, int room) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < invoices.size(); i++) {
            String next = (i == 0 ? "" : ", ") + escape(invoices.get(i));
            String more = " " + words.more.formatted(invoices.size() - i);
            if (out.length() + next.length() + (i + 1 < invoices.size() ? more.length() : 0) > room) {
                return out.append(out.length() == 0 ? "" : " ").append(words.more.formatted(invoices.size() - i))
                        .toString();
            }
            out.append(next);
        }
        return out.toString();
    }

    private List<ObjectNode> match(DigestDetails.Match m) {
        String value = Long.toString(m.allocationId());
        String text = words.match.formatted(format.money(m.amount()),
                m.payer() == null ? words.unknownPayer : escape(m.payer()),
                m.date() == null ? "?" : format.shortDate(m.date()), escape(m.invoice()),
                m.reference() == null ? "" : " (« " + escape(m.reference()) + " »)");
        ObjectNode actions = json.createObjectNode().put("type", "actions").put("block_id", "match-actions:" + value);
        actions.putArray("elements")
                .add(button(ActionIds.MATCH_CONFIRM, words.confirm, value, "primary"))
                .add(button(ActionIds.MATCH_REJECT, words.reject, value, null));
        return List.of(section("match:" + value, fit(text)), actions);
    }

    /** An invoice read with doubts: the digest's sentence, its doubts, and the confirm and correct buttons. */
    private List<ObjectNode> toConfirm(org.relance.digest.DigestText text, DigestDetails.ToConfirm t) {
        List<String> lines = text.toConfirm(t);
        String value = new ActionIds.InvoiceValue(t.invoice(), t.total(), t.due()).encode();
        StringBuilder head = new StringBuilder(escape(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            head.append("\n_").append(escape(line)).append("_");
        }
        boolean fr = "fr".equals(locale.getLanguage());
        ObjectNode actions = json.createObjectNode().put("type", "actions")
                .put("block_id", ActionIds.confirmBlock(t.number(), "actions"));
        actions.putArray("elements")
                .add(button(ActionIds.INVOICE_CONFIRM, fr ? "Confirmer" : "Confirm", value, "primary"))
                .add(button(ActionIds.INVOICE_EDIT, fr ? "Corriger…" : "Correct…", value, null));
        return List.of(section(ActionIds.confirmBlock(t.number(), "head"), fit(head.toString())), actions);
    }

    private String reply(DigestDetails.Reply r) {
        return words.reply.formatted(escape(r.invoice()), escape(r.customer()), escape(r.step()),
                r.subject() == null ? "" : "« " + escape(r.subject()) + " » ",
                r.from() == null ? "?" : escape(r.from()),
                r.received() == null ? "" : ", " + format.shortDate(r.received()));
    }

    private String review(DigestDetails.InReview r) {
        String what = r.subject() == null ? "?" : escape(r.subject());
        String why = r.reason() == null ? "" : " — " + escape(r.reason());
        return DigestDetails.InReview.OUTBOX.equals(r.kind())
                ? words.reviewOutbox.formatted(r.invoice() == null ? "" : escape(r.invoice()) + " : ", what, why)
                : words.reviewQuarantine.formatted(what, why);
    }

    /** A titled list as sections of at most 3,000 characters each, every one its own unit. */
    private List<List<ObjectNode>> lines(String blockId, String title, List<String> lines) {
        List<List<ObjectNode>> units = new ArrayList<>();
        StringBuilder text = new StringBuilder(title);
        int part = 0;
        for (String line : lines) {
            String l = FeedBlocks.cut("• " + line, MAX_TEXT - 1);
            if (text.length() + 1 + l.length() > MAX_TEXT) {
                units.add(List.of(section(blockId + "-" + part++, text.toString())));
                text = new StringBuilder();
            }
            text.append(text.length() == 0 ? "" : "\n").append(l);
        }
        units.add(List.of(section(blockId + "-" + part, text.toString())));
        return units;
    }

    private String amounts(List<Money> totals) {
        return totals.isEmpty() ? format.money(Money.zero(java.util.Currency.getInstance("EUR")))
                : String.join(" + ", totals.stream().map(format::money).toList());
    }

    private String numbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        List<String> shown = numbers.stream().limit(MAX_NUMBERS).map(DigestView::escape).toList();
        String more = numbers.size() > MAX_NUMBERS ? " " + words.more.formatted(numbers.size() - MAX_NUMBERS) : "";
        return " (" + String.join(", ", shown) + more + ")";
    }

    private String days(int days) {
        return (days == 1 ? words.day : words.days).formatted(days);
    }

    private String plural(int n) {
        return n > 1 ? "s" : "";
    }

    private SlackMessage message(String text, ArrayNode blocks) {
        try {
            return new SlackMessage(text, json.writeValueAsString(blocks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode section(String blockId, String mrkdwn) {
        ObjectNode section = json.createObjectNode().put("type", "section");
        if (blockId != null) {
            section.put("block_id", blockId);
        }
        section.set("text", mrkdwn(mrkdwn));
        return section;
    }

    private ObjectNode mrkdwn(String text) {
        return json.createObjectNode().put("type", "mrkdwn").put("text", text);
    }

    private ObjectNode plain(String text) {
        return json.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
    }

    private ObjectNode button(String actionId, String text, String value, String style) {
        ObjectNode button = json.createObjectNode().put("type", "button").put("action_id", actionId);
        button.set("text", plain(FeedBlocks.cut(text, MAX_BUTTON)));
        button.put("value", value);
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    /** On one line and escaped as every Slack message is ({@link FeedBlocks#escape}). */
    static String escape(String text) {
        return text == null ? "" : FeedBlocks.escape(ReminderFormat.oneLine(text));
    }

    /** At most one text field; cut as every Slack message is ({@link FeedBlocks#cut}: never inside a surrogate pair). */
    private static String fit(String text) {
        return FeedBlocks.cut(text, MAX_TEXT);
    }

    /** The digest's words in the company's language. */
    private record Words(String title, String count, String overdue, String oldest, String noneOverdue, String since,
                         String proposals, String day, String days, String step, String email, String task,
                         String letter, String interest, String indemnity, String more, String noPreview,
                         String approve, String escalate, String paid, String preview, String snooze,
                         String snoozeDays, String promise, String rest, String repliesTitle, String reply,
                         String matchesTitle, String match, String matchesMore, String unknownPayer, String confirm,
                         String reject, String reviewTitle, String reviewOutbox, String reviewQuarantine,
                         String nothing) {

        static final Words FRENCH = new Words(
                "À relancer — %s", "%d proposition(s)",
                "*En retard :* %s sur %d facture%s", "la plus ancienne : %s (%s), %s", "*Rien n'est en retard.*",
                "*Depuis le %s :* %d payée%s%s · %d nouvelle%s en retard%s", "Relances proposées : %d%.0s",
                "%d jour de retard", "%d jours de retard", "%s, %s", "par email", "appel (tâche pour l'équipe)",
                "mise en demeure (lettre)", "intérêts de retard %s", "indemnité forfaitaire %s", "+ %d autres",
                "pas d'aperçu", "Valider", "Escalader", "Payée", "Aperçu", "Reporter…", "%d jours",
                "Promesse de paiement", "… et %d de plus, %s : `relance plan`",
                "*Réponses en attente de décision (%d)*", "%s — %s (%s) : %sde %s%s",
                "*Paiements à confirmer (%d)*", "%s de %s le %s → facture %s%s",
                "… et %d autres : `relance payments --suggested`", "payeur inconnu", "Confirmer", "Rejeter",
                "*Messages à vérifier (%d)*", "✉️ %s%s%s", "🚫 courriel en quarantaine %s%s",
                "Rien à relancer aujourd'hui.");

        static final Words ENGLISH = new Words(
                "To chase — %s", "%d proposal(s)",
                "*Overdue:* %s on %d invoice%s", "oldest: %s (%s), %s", "*Nothing is overdue.*",
                "*Since %s:* %d paid%.0s%s · %d newly overdue%.0s%s", "Reminders proposed: %d%.0s",
                "%d day overdue", "%d days overdue", "%s, %s", "by email", "call (a task for the team)",
                "formal notice (letter)", "late interest %s", "recovery indemnity %s", "+ %d more",
                "no preview", "Approve", "Escalate", "Paid", "Preview", "Snooze…", "%d days",
                "Promised payment", "… and %d more, %s: `relance plan`",
                "*Replies waiting for a decision (%d)*", "%s — %s (%s): %sfrom %s%s",
                "*Payments to confirm (%d)*", "%s from %s on %s → invoice %s%s",
                "… and %d more: `relance payments --suggested`", "unknown payer", "Confirm", "Reject",
                "*Messages to check (%d)*", "✉️ %s%s%s", "🚫 quarantined mail %s%s",
                "Nothing to chase today.");

        String channel(String channel) {
            return switch (channel) {
                case "email" -> email;
                case "task" -> task;
                case "letter" -> letter;
                default -> escape(channel);
            };
        }
    }
}
