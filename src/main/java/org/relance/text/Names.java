package org.relance.text;

import java.util.Locale;
import java.util.Set;

/** Folds a company or person name to a key that ignores case, accents, punctuation and spacing; knows legal forms. */
public final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "SARL", "SAS", "SASU", "SA", "EURL", "SNC", "SCI", "SCOP", "SCP", "SCM", "SELARL", "SELAS", "SEL",
            "EI", "EIRL", "GIE", "GMBH", "AG", "KG", "OHG", "UG", "GBR", "LTD", "LIMITED", "INC", "INCORPORATED",
            "LLC", "LLP", "PLC", "CORP", "BV", "NV", "SRL", "SPA", "SL", "SC", "CO", "CIE");

    private Names() {
    }

    /** Whether a word is a company's legal form: "SARL", "S.A.R.L.", "GmbH", "Ltd." (dots and case ignored). */
    public static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(Fold.upperAscii(word).replace(".", ""));
    }

    public static String key(String name) {
        String noAccents = Fold.accents(name);
        return noAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
    }
}
