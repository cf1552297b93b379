package org.relance.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching typed words: lower case, accents and typographic quotes removed, spacing kept. */
public final class Fold {

    private Fold() {
    }

    public static String words(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ')
                .replace('–', '-').replace('—', '-');
    }
}
