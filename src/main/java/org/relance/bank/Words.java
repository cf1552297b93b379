package org.relance.bank;

import java.util.Locale;
import org.relance.text.Fold;

/** Folding of labels and headers so that "Référence :", "REFERENCE" and "reference" compare equal. */
final class Words {

    private Words() {
    }

    static String fold(String text) {
        String noAccents = Fold.accents(Fold.plainSpaces(text));
        return noAccents.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s:.*\\-]+|[\\s:.*\\-]+$", "");
    }

    /** Trims spaces and the separators banks leave around values (" : ", trailing dots, quotes). */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = Fold.plainSpaces(value).replaceAll("\\s+", " ")
                .replaceAll("^[\\s:;,\\-–«\"“„‚‘‹']+|[\\s:;,\\-–»\"”“‘’›']+$", "")
                .strip();
        if (s.endsWith(".") && !s.matches(".*\\b\\p{L}\\.\\p{L}\\.$")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
