package org.relance.digest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.OutcomeWords;
import org.relance.decision.DecisionOutcome.Status;

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
     */
    public record Line(String text, List<DecisionOutcome> outcomes, String problem, List<ItemOutcome> items,
                       List<Integer> missing) {
        public Line {
            outcomes = List.copyOf(outcomes);
            items = List.copyOf(items);
            missing = List.copyOf(missing);
        }

        public Line(String text, List<DecisionOutcome> outcomes, String problem) {
            this(text, outcomes, problem, List.of(), List.of());
        }

        /** True when something of this line was refused, stale, missing or not understood (help is fine). */
        public boolean failed() {
            return (problem != null && !HELP.equals(problem)) || !missing.isEmpty()
                    || outcomes.stream().anyMatch(DecisionOutcome::refused);
        }
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

    private static String step(DecisionOutcome o, boolean fr) {
        return o.step() == null ? "" : (fr ? " (étape : " : " (step: ") + o.step() + ")";
    }


}
