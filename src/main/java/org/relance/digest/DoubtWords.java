package org.relance.digest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's doubt ("dueDate: computed from …", written in English by the reader and kept in the ledger) in French
 * words for a French digest; a doubt it does not know keeps its wording, with the field named in French. Pure.
 */
final class DoubtWords {

    private static final Map<String, String> FIELDS = Map.of(
            "number", "numéro", "issueDate", "date de facture", "dueDate", "échéance", "total", "total",
            "amountDue", "reste dû", "currency", "devise", "customerName", "client", "customerEmail", "courriel du client");

    private record Rule(Pattern pattern, Function<Matcher, String> french) {
    }

    private static final Pattern FIELD = Pattern.compile("^([a-zA-Z]+): (.*)$", Pattern.DOTALL);

    private static final List<Rule> RULES = List.of(
            rule("^(\\S+) is not net (\\S+) \\+ tax (\\S+)$", m -> m.group(1) + " n'est pas HT " + m.group(2)
                    + " + TVA " + m.group(3)),
            rule("^not checked, no (net|tax) amount written next to it$", m -> "non vérifié, pas de montant "
                    + ("net".equals(m.group(1)) ? "HT" : "de TVA") + " écrit à côté"),
            rule("^no total label; not derived from net \\+ tax$", m -> "sans libellé de total, ni HT + TVA"),
            rule("^none written; assumed EUR from the VAT words.*$", m -> "aucune écrite, EUR d'après les mots de TVA"),
            rule("^no currency written next to the amounts$", m -> "aucune écrite à côté des montants"),
            rule("^(\\S+) is before the issue date (\\S+); dropped$", m -> m.group(1)
                    + " est avant la date de facture " + m.group(2) + ", écartée"),
            rule("^numeric dates in a dollar invoice; day and month may be swapped$",
                    m -> "dates en chiffres sur une facture en dollars : jour et mois peut-être inversés"),
            rule("^no label; taken from the place and date \"(.*)\"$", m -> "sans libellé, lue dans « " + m.group(1)
                    + " »"),
            rule("^terms \"(.*)\" but no issue date to count from$", m -> "conditions « " + m.group(1)
                    + " » sans date de facture pour compter"),
            rule("^computed from the issue date (\\S+) and the terms \"(.*)\"$", m -> "calculée depuis la date de facture "
                    + m.group(1) + " et les conditions « " + m.group(2) + " »"),
            rule("^not found$", m -> "introuvable"),
            rule("^(\\S+ \\S+) does not fit the total (\\S+ \\S+); left out$", m -> m.group(1)
                    + " ne va pas avec le total " + m.group(2) + ", écarté"),
            rule("^several currencies written (.*); took the most used$", m -> "plusieurs devises " + m.group(1)
                    + ", la plus utilisée retenue"),
            rule("^several values \\((.*)\\)(.*)$", m -> "plusieurs valeurs (" + m.group(1) + ")"),
            rule("^doubtful, left out$", m -> "douteux, écarté"),
            rule("^(.*) read after (.*)$", m -> m.group(1) + " lu après " + m.group(2)),
            rule("^the email states (.*); the document reads (.*)$", m -> "le courriel indique " + m.group(1)
                    + ", le document " + m.group(2)));

    private static final Pattern CONFIDENCE = Pattern.compile("^confidence (\\S+) is under invoices\\.confirmBelow (\\S+)$");

    private DoubtWords() {
    }

    private static Rule rule(String regex, Function<Matcher, String> french) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), french);
    }

    /** The doubt in French. */
    static String french(String doubt) {
        Matcher confidence = CONFIDENCE.matcher(doubt);
        if (confidence.matches()) {
            return "confiance " + confidence.group(1) + " sous le seuil invoices.confirmBelow " + confidence.group(2);
        }
        Matcher field = FIELD.matcher(doubt);
        if (!field.matches()) {
            return doubt;
        }
        String name = FIELDS.getOrDefault(field.group(1), field.group(1));
        String rest = field.group(2);
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(rest);
            if (m.matches()) {
                return name + " : " + r.french().apply(m);
            }
        }
        return name + " : " + rest;
    }
}
