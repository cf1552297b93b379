package org.relance.digest;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relance.dunning.ReminderFormat;
import org.relance.ledger.Money;

/**
 * The digest as plain text, in the company's language: what {@code relance digest} prints, and the body the email
 * digest builds on. Pure.
 */
public final class DigestText {

    private final ReminderFormat format;
    private final boolean french;
    private final Optional<String> whenEmpty;

    public DigestText(Locale locale) {
        this(locale, Optional.empty());
    }

    /** @param whenEmpty {@code digest.whenEmpty}: the line for an empty digest (empty or {@code off}: the built-in one) */
    public DigestText(Locale locale, Optional<String> whenEmpty) {
        this.format = new ReminderFormat(locale.getLanguage());
        this.french = "fr".equals(locale.getLanguage());
        this.whenEmpty = whenEmpty.filter(line -> !"off".equalsIgnoreCase(line));
    }

    public String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append(title(digest)).append('\n');
        for (String line : summary(digest)) {
            out.append(line).append('\n');
        }
        if (digest.isEmpty()) {
            out.append('\n').append(emptyLine()).append('\n');
            return out.toString();
        }
        if (!digest.items().isEmpty()) {
            out.append('\n');
        }
        for (DigestItem item : digest.items()) {
            List<String> lines = item(item);
            out.append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append("   ").append(line).append('\n');
            }
        }
        rest(digest).ifPresent(line -> out.append(line).append('\n'));
        if (!digest.details().toConfirm().isEmpty()) {
            out.append('\n').append(toConfirmTitle(digest)).append('\n');
            for (DigestDetails.ToConfirm t : digest.details().toConfirm()) {
                List<String> lines = toConfirm(t);
                out.append(lines.get(0)).append('\n');
                for (String line : lines.subList(1, lines.size())) {
                    out.append("   ").append(line).append('\n');
                }
            }
        }
        for (Section section : sections(digest)) {
            out.append('\n').append(section.title()).append('\n');
            for (String line : section.lines()) {
                out.append("  - ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** "À relancer — 02/12/2026 (#TOKEN)": the first line, and the email's subject after "[Relance] ". */
    String title(Digest digest) {
        return (french ? "À relancer — " : "To chase — ") + format.shortDate(digest.day()) + " (#" + digest.token() + ")";
    }

    /** The summary under the title: total overdue, count and oldest; the changes since the previous digest. */
    List<String> summary(Digest digest) {
        List<String> lines = new ArrayList<>();
        DigestDetails.Summary s = digest.details().summary();
        StringBuilder out = new StringBuilder();
        if (s.overdueCount() > 0) {
            out.append(french ? "En retard : " : "Overdue: ").append(amounts(s.overdue()))
                    .append(french ? " sur " : " on ").append(s.overdueCount())
                    .append(french ? " facture" : " invoice").append(s.overdueCount() > 1 ? "s" : "");
            if (s.oldest() != null) {
                out.append(french ? " · la plus ancienne : " : " · oldest: ").append(s.oldest().invoice())
                        .append(" (").append(oneLine(s.oldest().customer())).append("), ").append(days(s.oldest().daysOverdue()));
            }
        } else {
            out.append(french ? "Rien n'est en retard." : "Nothing is overdue.");
        }
        lines.add(out.toString());
        if (s.since() != null) {
            lines.add((french ? "Depuis le " : "Since ") + format.shortDate(s.since()) + (french ? " : " : ": ")
                    + s.paidSince().size() + (french ? " payée" + plural(s.paidSince().size()) : " paid")
                    + numbers(s.paidSince()) + " · " + s.newlyOverdue().size()
                    + (french ? " nouvelle" + plural(s.newlyOverdue().size()) + " en retard" : " newly overdue")
                    + numbers(s.newlyOverdue()));
        }
        return lines;
    }

    /** The one line of an empty digest ({@code digest.whenEmpty}, or the built-in one). */
    String emptyLine() {
        return whenEmpty.orElse(french ? "Rien à relancer aujourd'hui." : "Nothing to chase today.");
    }

    /**
     * One numbered item: its head ("1. Customer — F-1, F-2"), then the amount, days and step, the B2B extras when
     * claimed, and the one-line preview when there is one.
     */
    List<String> item(DigestItem item) {
        List<String> lines = new ArrayList<>();
        lines.add(item.position() + ". " + oneLine(item.customer()) + " — " + String.join(", ", item.invoices()));
        lines.add(format.money(item.amountDue()) + " · " + days(item.daysOverdue()) + " · " + item.step() + ", "
                + channel(item.channel()));
        if (item.claimsExtras()) {
            List<String> extras = new ArrayList<>();
            if (item.lateInterest() != null) {
                extras.add((french ? "intérêts de retard " : "late interest ") + format.money(item.lateInterest()));
            }
            if (item.recoveryIndemnity() != null) {
                extras.add((french ? "indemnité forfaitaire " : "recovery indemnity ")
                        + format.money(item.recoveryIndemnity()));
            }
            lines.add(String.join(" + ", extras));
        }
        if (item.preview() != null && !item.preview().isBlank()) {
            lines.add(oneLine(item.preview()));
        }
        return lines;
    }

    /** "À confirmer (2)": the invoices read with doubts, which nothing is planned for until a person confirms them. */
    public String toConfirmTitle(Digest digest) {
        return (french ? "À confirmer (" : "To confirm (") + digest.details().toConfirm().size() + ")";
    }

    /** Doubts are shown in short: one line, cut past this many characters. */
    static final int DOUBTS_SHOWN = 140;

    /**
     * One invoice to confirm: "8. J'ai lu F-1, 968,00 €, échéance 12/12/2026 (Client SARL) — confirmez ou corrigez",
     * then its doubts on one line when there are any.
     */
    public List<String> toConfirm(DigestDetails.ToConfirm t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.number() + ". " + sentence(t));
        if (!t.doubts().isEmpty()) {
            lines.add(doubts(t));
        }
        return lines;
    }

    /** "J'ai lu F-1, 968,00 €, échéance 12/12/2026 (Client SARL) — confirmez ou corrigez", in every channel. */
    public String sentence(DigestDetails.ToConfirm t) {
        return (french ? "J'ai lu " : "I read ") + oneLine(t.invoice()) + ", "
                + format.money(t.total()) + ", "
                + (t.due() == null ? (french ? "sans échéance lue" : "no due date read")
                : (french ? "échéance " : "due ") + format.shortDate(t.due()))
                + (t.customer() == null ? "" : " (" + oneLine(t.customer()) + ")")
                + (french ? " — confirmez ou corrigez" : " — confirm or correct");
    }

    /** "Doutes : …": why the reading waits, on one line, cut. */
    public String doubts(DigestDetails.ToConfirm t) {
        String doubts = oneLine(String.join("; ", french
                ? t.doubts().stream().map(DoubtWords::french).toList() : t.doubts()));
        if (doubts.length() > DOUBTS_SHOWN) {
            doubts = doubts.substring(0, DOUBTS_SHOWN - 1).strip() + "…";
        }
        return (french ? "Doutes : " : "Doubts: ") + doubts;
    }

    /** The proposals not shown in detail, counted and totalled. */
    Optional<String> rest(Digest digest) {
        DigestDetails.Rest rest = digest.details().rest();
        if (rest.count() == 0) {
            return Optional.empty();
        }
        return Optional.of((french ? "… et " : "… and ") + rest.count() + (french ? " de plus, " : " more, ")
                + amounts(rest.totals()) + (french ? " : relance plan" : ": relance plan"));
    }

    /** A titled list under the items: replies waiting, payments to confirm, messages to check. */
    record Section(String title, List<String> lines) {
    }

    /** The other sections, in order; an empty one is left out. */
    List<Section> sections(Digest digest) {
        DigestDetails d = digest.details();
        List<Section> sections = new ArrayList<>();
        if (!d.replies().isEmpty()) {
            sections.add(new Section((french ? "Réponses en attente de décision (" : "Replies waiting for a decision (")
                    + d.replies().size() + ")", d.replies().stream().map(this::reply).toList()));
        }
        if (!d.matches().isEmpty()) {
            sections.add(new Section((french ? "Paiements à confirmer (" : "Payments to confirm (")
                    + d.matches().size() + ")", d.matches().stream().map(this::match).toList()));
        }
        if (!d.inReview().isEmpty()) {
            sections.add(new Section((french ? "Messages à vérifier (" : "Messages to check (")
                    + d.inReview().size() + ")", d.inReview().stream().map(this::review).toList()));
        }
        return sections;
    }

    private String reply(DigestDetails.Reply r) {
        return r.invoice() + " — " + oneLine(r.customer()) + " (" + r.step() + ")" + (french ? " : " : ": ")
                + (r.subject() == null ? "" : "« " + oneLine(r.subject()) + " » ")
                + (french ? "de " : "from ") + (r.from() == null ? "?" : r.from())
                + (r.received() == null ? "" : ", " + format.shortDate(r.received()));
    }

    private String match(DigestDetails.Match m) {
        return "#" + m.allocationId() + ' ' + format.money(m.amount()) + (french ? " de " : " from ")
                + (m.payer() == null ? "?" : oneLine(m.payer()))
                + (m.date() == null ? "" : (french ? " le " : " on ") + format.shortDate(m.date()))
                + (french ? " → facture " : " → invoice ") + m.invoice();
    }

    private String review(DigestDetails.InReview r) {
        boolean outgoing = DigestDetails.InReview.OUTBOX.equals(r.kind());
        return (outgoing ? "" : french ? "quarantaine : " : "quarantined: ")
                + (r.invoice() == null ? "" : r.invoice() + " : ")
                + (r.subject() == null ? "?" : oneLine(r.subject()))
                + (r.reason() == null ? "" : " — " + oneLine(r.reason()));
    }

    private String channel(String channel) {
        return switch (channel) {
            case "email" -> french ? "par email" : "by email";
            case "task" -> french ? "appel (tâche pour l'équipe)" : "call (a task for the team)";
            case "letter" -> french ? "mise en demeure (lettre)" : "formal notice (letter)";
            default -> channel;
        };
    }

    private String days(int days) {
        return days + (french ? (days == 1 ? " jour de retard" : " jours de retard")
                : (days == 1 ? " day overdue" : " days overdue"));
    }

    private String amounts(List<Money> totals) {
        return totals.isEmpty() ? format.money(Money.zero(Currency.getInstance("EUR")))
                : String.join(" + ", totals.stream().map(format::money).toList());
    }

    private static String numbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", numbers.stream().limit(10).toList());
        return " (" + shown + (numbers.size() > 10 ? " + " + (numbers.size() - 10) : "") + ")";
    }

    private static String plural(int n) {
        return n > 1 ? "s" : "";
    }

    private static String oneLine(String text) {
        return ReminderFormat.oneLine(text);
    }
}
