package org.relance.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.OutcomeWords;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.ReminderFormat;
import org.relance.invoice.InvoiceCorrection;
import org.relance.ledger.Money;

/**
 * What one reply did to a digest, line by line: the decisions taken (with their outcome) and the lines not
 * understood; the confirmation email and the terminal print it.
 *
 * @param lines   one entry per command line of the reply, in order
 * @param skipped lines not read past {@link ReplyGrammar#MAX_COMMANDS}
 */
public record ReplyResult(long digestId, List<Line> lines, int skipped) {

    public ReplyResult {
        lines = List.copyOf(lines);
    }

    public ReplyResult(long digestId, List<Line> lines) {
        this(digestId, lines, 0);
    }

    /** A line's problem besides the grammar's reason codes: "all" against a digest without items. */
    public static final String EMPTY_DIGEST = "empty_digest";
    /** The line asked for help ("aide", "help"): not a failure. */
    public static final String HELP = "help";

    /**
     * One line of the reply and what came of it.
     *
     * @param outcomes the seam's outcomes of the line's decisions (one per item member); empty when not understood
     * @param problem  why nothing was done for this line ({@link ParsedReply.NotUnderstood#why()},
     *                 {@link #EMPTY_DIGEST}, {@link #HELP}), else null
     * @param items    the items acted on, each with its members' outcomes
     * @param missing  item numbers the digest does not have (refused, said so)
     * @param confirmed the invoices to confirm this line confirmed (or tried to), each with its outcome
     * @param hints    numbers of the other kind (a reminder command on an invoice to confirm, or the reverse): when
     *                 there is one, nothing of the line was done
     */
    public record Line(String text, List<DecisionOutcome> outcomes, String problem, List<ItemOutcome> items,
                       List<Integer> missing, List<Confirmed> confirmed, List<Hint> hints) {
        public Line {
            outcomes = List.copyOf(outcomes);
            items = List.copyOf(items);
            missing = List.copyOf(missing);
            confirmed = List.copyOf(confirmed);
            hints = List.copyOf(hints);
        }

        public Line(String text, List<DecisionOutcome> outcomes, String problem, List<ItemOutcome> items,
                    List<Integer> missing) {
            this(text, outcomes, problem, items, missing, List.of(), List.of());
        }

        public Line(String text, List<DecisionOutcome> outcomes, String problem) {
            this(text, outcomes, problem, List.of(), List.of());
        }

        /** True when something of this line was refused, stale, missing or not understood (help is fine). */
        public boolean failed() {
            return (problem != null && !HELP.equals(problem)) || !missing.isEmpty() || !hints.isEmpty()
                    || outcomes.stream().anyMatch(DecisionOutcome::refused);
        }
    }

    /** An invoice to confirm of the digest and what the confirmation (with its correction) came to. */
    public record Confirmed(DigestDetails.ToConfirm invoice, DecisionOutcome outcome) {
    }

    /**
     * A number used with the wrong kind of command.
     *
     * @param toConfirm true: the number is an invoice to confirm (reply "confirm N"); false: a reminder proposal
     */
    public record Hint(int number, boolean toConfirm) {
    }

    /** One digest item of a line and its members' outcomes (one per invoice). */
    public record ItemOutcome(DigestItem item, List<DecisionOutcome> outcomes) {
        public ItemOutcome {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** True when every line was understood and acted on without refusal. */
    public boolean allOk() {
        return lines.stream().noneMatch(Line::failed);
    }

    public List<DecisionOutcome> outcomes() {
        return lines.stream().flatMap(l -> l.outcomes().stream()).toList();
    }

    /** The confirmation's text in the company language: what was done, what was refused and why, what was not understood. */
    public String confirmation(Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(fr ? "dd/MM/yyyy" : "yyyy-MM-dd");
        StringBuilder out = new StringBuilder();
        boolean help = false;
        boolean trouble = false;
        for (Line line : lines) {
            if (HELP.equals(line.problem())) {
                help = true;
                continue;
            }
            if (line.problem() != null) {
                trouble = true;
                out.append("? « ").append(line.text()).append(" » : ").append(notUnderstood(line.problem(), fr))
                        .append('\n');
                continue;
            }
            for (ItemOutcome item : line.items()) {
                for (DecisionOutcome o : item.outcomes()) {
                    trouble |= o.refused();
                    out.append(o.ok() ? "✔ " : "✘ ").append(item.item().position()).append(' ')
                            .append(item.item().customer()).append(' ')
                            .append(o.invoice() == null ? String.join(", ", item.item().invoices()) : o.invoice())
                            .append(" : ").append(said(o, fr, dates)).append('\n');
                }
            }
            for (Confirmed c : line.confirmed()) {
                trouble |= c.outcome().refused();
                out.append(c.outcome().ok() ? "✔ " : "✘ ").append(c.invoice().number()).append(' ')
                        .append(c.invoice().invoice())
                        .append(c.invoice().customer() == null ? "" : " (" + c.invoice().customer() + ")")
                        .append(" : ").append(confirmed(c, fr, dates)).append('\n');
            }
            for (Hint hint : line.hints()) {
                trouble = true;
                int n = hint.number();
                out.append("✘ « ").append(line.text()).append(" » : ").append(hint.toConfirm()
                        ? (fr ? n + " est une facture à confirmer : répondez « confirmer " + n + " » ou « corriger "
                        + n + " montant … »" : n + " is an invoice to confirm: reply \"confirm " + n
                        + "\" or \"correct " + n + " total …\"")
                        : (fr ? n + " est une relance proposée, pas une facture à confirmer : répondez « valider " + n
                        + " »" : n + " is a reminder proposal, not an invoice to confirm: reply \"approve " + n
                        + "\""))
                        .append(fr ? " (rien n'a été fait pour cette ligne)" : " (nothing was done for this line)")
                        .append('\n');
            }
            for (int missing : line.missing()) {
                trouble = true;
                out.append("✘ « ").append(line.text()).append(" » : ")
                        .append(fr ? "pas d'élément " + missing + " dans ce digest"
                                : "no item " + missing + " in this digest")
                        .append('\n');
            }
        }
        if (skipped > 0) {
            out.append(fr ? "… " + skipped + " lignes de plus non lues (au plus " + ReplyGrammar.MAX_COMMANDS
                    + " par réponse)" : "… " + skipped + " more lines not read (at most " + ReplyGrammar.MAX_COMMANDS
                    + " per reply)").append('\n');
        }
        if (out.isEmpty() && !help) {
            out.append(fr ? "Aucune commande trouvée dans votre réponse." : "No command found in your reply.")
                    .append('\n');
            trouble = true;
        }
        if (help) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(ReplyGrammar.help(locale)).append('\n');
        } else if (trouble) {
            out.append('\n').append(fr ? "Répondez « aide » pour la liste des commandes."
                    : "Reply \"help\" for the list of commands.").append('\n');
        }
        return out.toString().strip();
    }

    private static String notUnderstood(String why, boolean fr) {
        return switch (why) {
            case "no_items" -> fr ? "quel élément ? (ex. : ok 1 3)" : "which item? (e.g. ok 1 3)";
            case "no_date" -> fr ? "quelle date ? (ex. : promesse 2 15/12/2026)"
                    : "which date? (e.g. promise 2 2026-12-15)";
            case "bad_date" -> fr ? "date invalide ou passée" : "invalid or past date";
            case "bad_days" -> fr ? "nombre de jours invalide (1 à " + ReplyGrammar.MAX_SNOOZE_DAYS + ")"
                    : "invalid number of days (1 to " + ReplyGrammar.MAX_SNOOZE_DAYS + ")";
            case "too_many" -> fr ? "trop d'éléments sur une ligne" : "too many items on one line";
            case "too_long" -> fr ? "ligne trop longue" : "line too long";
            case "bad_amount" -> fr ? "montant invalide (ex. : corriger 8 montant 968,00)"
                    : "invalid amount (e.g. correct 8 total 968.00)";
            case "bad_due" -> fr ? "échéance invalide (ex. : corriger 8 échéance 12/12/2026)"
                    : "invalid due date (e.g. correct 8 due 2026-12-12)";
            case "bad_email" -> fr ? "adresse email invalide" : "invalid email address";
            case "no_correction" -> fr ? "que corriger ? (ex. : corriger 8 montant 968,00 échéance 12/12/2026)"
                    : "what to correct? (e.g. correct 8 total 968.00 due 2026-12-12)";
            case "one_item" -> fr ? "une correction par facture (ex. : corriger 8 montant 968,00)"
                    : "one invoice per correction (e.g. correct 8 total 968.00)";
            case EMPTY_DIGEST -> fr ? "ce digest n'a aucun élément" : "this digest has no items";
            default -> fr ? "pas compris" : "not understood";
        };
    }

    private static String said(DecisionOutcome o, boolean fr, DateTimeFormatter dates) {
        String until = o.until() == null ? "" : dates.format(o.until());
        if (o.status() == Status.ALREADY_DONE) {
            return fr ? "déjà fait" : "already done";
        }
        if (o.status() == Status.STALE) {
            String why = new OutcomeWords(fr ? Locale.FRENCH : Locale.ENGLISH).stale(o.reason());
            return (fr ? "refusé, périmé : " : "refused, stale: ") + why
                    + (fr ? " (voir le digest de demain)" : " (see tomorrow's digest)");
        }
        if (o.status() == Status.REFUSED) {
            return (fr ? "refusé : " : "refused: ") + new OutcomeWords(fr ? Locale.FRENCH : Locale.ENGLISH).refused(o);
        }
        return switch (o.reason()) {
            case APPROVED -> fr ? "relance approuvée, part au prochain créneau d'envoi"
                    : "reminder approved, leaves in the next send window";
            case SNOOZED -> fr ? "reportée jusqu'au " + until : "snoozed until " + until;
            case ESCALATED -> fr ? "escaladée" + step(o, fr) : "escalated" + step(o, fr);
            case MARKED_PAID -> fr ? "marquée payée" : "marked paid";
            case PROMISED -> fr ? "promesse de paiement notée pour le " + until : "promise to pay by " + until + " noted";
            case DISPUTED -> fr ? "en litige, relances suspendues" : "disputed, reminders paused";
            default -> o.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** "confirmée : 968,00 €, échéance 12/12/2026", saying what was corrected. */
    private static String confirmed(Confirmed c, boolean fr, DateTimeFormatter dates) {
        DecisionOutcome o = c.outcome();
        if (o.status() == Status.ALREADY_DONE) {
            return fr ? "déjà confirmée" : "already confirmed";
        }
        if (o.status() != Status.DONE) {
            return said(o, fr, dates);
        }
        ReminderFormat format = new ReminderFormat(fr ? "fr" : "en");
        InvoiceCorrection correction = o.request() instanceof DecisionRequest.ConfirmInvoice ci ? ci.correction()
                : InvoiceCorrection.NONE;
        DigestDetails.ToConfirm read = c.invoice();
        Money total = correction.total() == null ? read.total() : Money.of(correction.total(), read.total().currency());
        LocalDate due = correction.due() == null ? read.due() : correction.due();
        StringBuilder out = new StringBuilder(correction.isNone() ? (fr ? "confirmée : " : "confirmed: ")
                : (fr ? "corrigée et confirmée : " : "corrected and confirmed: "));
        out.append(format.money(total));
        if (correction.total() != null && correction.total().compareTo(read.total().amount()) != 0) {
            out.append(fr ? " (lu " : " (read ").append(format.money(read.total())).append(")");
        }
        out.append(due == null ? "" : (fr ? ", échéance " : ", due ") + format.shortDate(due));
        if (correction.due() != null && read.due() != null && !correction.due().equals(read.due())) {
            out.append(fr ? " (lu " : " (read ").append(format.shortDate(read.due())).append(")");
        }
        if (correction.customerEmail() != null) {
            out.append(fr ? ", email " : ", email ").append(correction.customerEmail());
        }
        return out.toString();
    }

    private static String step(DecisionOutcome o, boolean fr) {
        return o.step() == null ? "" : (fr ? " (étape : " : " (step: ") + o.step() + ")";
    }


}
