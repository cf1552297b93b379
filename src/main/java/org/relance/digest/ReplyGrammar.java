package org.relance.digest;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The reply grammar of the digest (contract §8): one command per line, in French or English, against the digest's
 * numbered items; shared by email replies, {@code relance reply} and the demo's terminal. Pure.
 */
public final class ReplyGrammar {

    private ReplyGrammar() {
    }

    /**
     * The commands of a reply's text, line by line (quoted history, signatures and blank lines removed); a line that
     * is not a command is kept as not understood.
     */
    public static ParsedReply parse(String text, LocalDate today) {
        throw new UnsupportedOperationException("reply grammar: built by the replies part of issue 11");
    }

    /** The commands a reply may use, with examples: the foot of the digest email and the terminal's "help". */
    public static String help(Locale locale) {
        if ("fr".equals(locale.getLanguage())) {
            return String.join("\n",
                    "Répondez à ce message, une commande par ligne :",
                    "  valider 1 3        (ou : ok 1 3, ok 1-3, tout valider)",
                    "  reporter 2 7       (reporter la relance 2 de 7 jours)",
                    "  escalader 4        (passer à l'étape suivante)",
                    "  payé 5             (la facture est payée)",
                    "  promesse 6 15/12/2026   (le client a promis de payer avant cette date)",
                    "Exemple :",
                    "  ok 1 3",
                    "  reporter 2 7");
        }
        return String.join("\n",
                "Reply to this message, one command per line:",
                "  approve 1 3        (or: ok 1 3, ok 1-3, approve all)",
                "  snooze 2 7         (snooze item 2 for 7 days)",
                "  escalate 4         (go to the next step)",
                "  paid 5             (the invoice is paid)",
                "  promise 6 2026-12-15   (the customer promised to pay by then)",
                "Example:",
                "  ok 1 3",
                "  snooze 2 7");
    }
}
