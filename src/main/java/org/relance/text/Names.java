package org.relance.text;

import java.util.Locale;

/** Folds a company or person name to a key that ignores case, accents, punctuation and spacing. */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        String noAccents = Fold.accents(name);
        return noAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
    }
}
