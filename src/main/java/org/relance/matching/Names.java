package org.relance.matching;

import org.relance.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reduces a company or payer name to its distinctive words: accents, case, punctuation, legal forms
 * (SARL, S.A.R.L., GmbH, Ltd…), filler words and bank label noise removed.
 */
final class Names {

    // Filler words and what banks put around the payer's name ("VIR SEPA RECU /DE ...").
    private static final Set<String> NOISE = Set.of(
            "DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "ET", "EN", "AU", "AUX", "THE", "OF", "AND", "UND",
            "VIR", "VIREMENT", "SEPA", "RECU", "EMIS", "INST", "INSTANTANE", "PRLV", "ORDRE", "DONNEUR", "PAR",
            "M", "MR", "MME", "MLLE", "MM", "MONSIEUR", "MADAME", "STE", "SOCIETE");

    private Names() {
    }

    /** Distinctive words of a name, in order, without duplicates; never empty for a name that has letters or digits. */
    static List<String> words(String name) {
        String s = Fold.upperAscii(name);
        List<String> all = new ArrayList<>(6);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Text.isAlnum(c) || c == '.') {
                word.append(c);
            } else if (word.length() > 0) {
                addWord(word.toString(), all);
                word.setLength(0);
            }
        }
        List<String> kept = new ArrayList<>(all.size());
        for (String w : all) {
            // Single letters (initials, "S A R L" spelled out) identify nobody.
            if (w.length() > 1 && !org.relance.text.Names.isLegalForm(w) && !NOISE.contains(w) && !kept.contains(w)) {
                kept.add(w);
            }
        }
        // A name made only of filler ("SAS", "LA SOCIETE") keeps its words rather than vanish.
        return kept.isEmpty() ? distinct(all) : kept;
    }

    /** {@code S.A.R.L.} is one word (an acronym); {@code J.DUPONT} is two. */
    private static void addWord(String raw, List<String> out) {
        if (raw.indexOf('.') < 0) {
            out.add(raw);
            return;
        }
        String[] parts = raw.split("\\.");
        boolean acronym = true;
        for (String p : parts) {
            acronym &= p.length() <= 1;
        }
        if (acronym) {
            String joined = String.join("", parts);
            if (!joined.isEmpty()) {
                out.add(joined);
            }
            return;
        }
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    private static List<String> distinct(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Customer identity: the same words in any order are the same customer. */
    static String key(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        return String.join(" ", sorted);
    }
}
