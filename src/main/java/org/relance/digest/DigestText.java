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
        out.append(french ? "À relancer — " : "To chase — ").append(format.shortDate(digest.day()))
                .append(" (#").append(digest.token()).append(")\n");
        DigestDetails d = digest.details();
        DigestDetails.Summary s = d.summary();
        if (s.overdueCount() > 0) {
            out.append(french ? "En retard : " : "Overdue: ").append(amounts(s.overdue()))
                    .append(french ? " sur " : " on ").append(s.overdueCount())
                    .append(french ? " facture" : " invoice").append(s.overdueCount() > 1 ? "s" : "");
            if (s.oldest() != null) {
                out.append(french ? " · la plus ancienne : " : " · oldest: ").append(s.oldest().invoice())
                        .append(" (").append(s.oldest().customer()).append("), ").append(days(s.oldest().daysOverdue()));
            }
            out.append('\n');
        } else {
            out.append(french ? "Rien n'est en retard.\n" : "Nothing is overdue.\n");
        }
        if (s.since() != null) {
            out.append(french ? "Depuis le " : "Since ").append(format.shortDate(s.since())).append(french ? " : " : ": ")
                    .append(s.paidSince().size()).append(french ? " payée" + plural(s.paidSince().size()) : " paid")
                    .append(numbers(s.paidSince())).append(" · ").append(s.newlyOverdue().size())
                    .append(french ? " nouvelle" + plural(s.newlyOverdue().size()) + " en retard" : " newly overdue")
                    .append(numbers(s.newlyOverdue())).append('\n');
        }
        if (digest.isEmpty()) {
            out.append('\n').append(whenEmpty.orElse(french ? "Rien à relancer aujourd'hui." : "Nothing to chase today."))
                    .append('\n');
            return out.toString();
        }
        if (!digest.items().isEmpty()) {
            out.append('\n');
        }
        for (DigestItem item : digest.items()) {
            out.append(item.position()).append(". ").append(oneLine(item.customer())).append(" — ")
                    .append(String.join(", ", item.invoices())).append('\n');
            out.append("   ").append(format.money(item.amountDue())).append(" · ").append(days(item.daysOverdue()))
                    .append(" · ").append(item.step()).append(", ").append(channel(item.channel())).append('\n');
            if (item.claimsExtras()) {
                List<String> extras = new ArrayList<>();
                if (item.lateInterest() != null) {
                    extras.add((french ? "intérêts de retard " : "late interest ") + format.money(item.lateInterest()));
                }
                if (item.recoveryIndemnity() != null) {
                    extras.add((french ? "indemnité forfaitaire " : "recovery indemnity ")
                            + format.money(item.recoveryIndemnity()));
                }
                out.append("   ").append(String.join(" + ", extras)).append('\n');
            }
            if (item.preview() != null && !item.preview().isBlank()) {
                out.append("   ").append(oneLine(item.preview())).append('\n');
            }
        }
        if (d.rest().count() > 0) {
            out.append(french ? "… et " : "… and ").append(d.rest().count()).append(french ? " de plus, " : " more, ")
                    .append(amounts(d.rest().totals())).append(french ? " : relance plan\n" : ": relance plan\n");
        }
        if (!d.replies().isEmpty()) {
            out.append('\n').append(french ? "Réponses en attente de décision (" : "Replies waiting for a decision (")
                    .append(d.replies().size()).append(")\n");
            for (DigestDetails.Reply r : d.replies()) {
                out.append("  - ").append(r.invoice()).append(" — ").append(oneLine(r.customer())).append(" (")
                        .append(r.step()).append(")").append(french ? " : " : ": ")
                        .append(r.subject() == null ? "" : "« " + oneLine(r.subject()) + " » ")
                        .append(french ? "de " : "from ").append(r.from() == null ? "?" : r.from())
                        .append(r.received() == null ? "" : ", " + format.shortDate(r.received())).append('\n');
            }
        }
        if (!d.matches().isEmpty()) {
            out.append('\n').append(french ? "Paiements à confirmer (" : "Payments to confirm (")
                    .append(d.matches().size()).append(")\n");
            for (DigestDetails.Match m : d.matches()) {
                out.append("  - #").append(m.allocationId()).append(' ').append(format.money(m.amount()))
                        .append(french ? " de " : " from ")
                        .append(m.payer() == null ? "?" : oneLine(m.payer()))
                        .append(m.date() == null ? "" : (french ? " le " : " on ") + format.shortDate(m.date()))
                        .append(french ? " → facture " : " → invoice ").append(m.invoice()).append('\n');
            }
        }
        if (!d.inReview().isEmpty()) {
            out.append('\n').append(french ? "Messages à vérifier (" : "Messages to check (")
                    .append(d.inReview().size()).append(")\n");
            for (DigestDetails.InReview r : d.inReview()) {
                boolean outgoing = DigestDetails.InReview.OUTBOX.equals(r.kind());
                out.append("  - ").append(outgoing ? "" : french ? "quarantaine : " : "quarantined: ")
                        .append(r.invoice() == null ? "" : r.invoice() + " : ")
                        .append(r.subject() == null ? "?" : oneLine(r.subject()))
                        .append(r.reason() == null ? "" : " — " + oneLine(r.reason())).append('\n');
            }
        }
        return out.toString();
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
