package org.relance.bank;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "/DE payer /MOTIF reference /REF id" fields French banks put in a transfer's label.
 *
 * @param bankTxId the /REF value when a /MOTIF carries the payer's reference; otherwise /REF is the reference
 */
record SlashFields(String payer, String reference, String bankTxId) {

    private static final Pattern FIELD = Pattern.compile(
            "(?<![\\p{L}\\d/])/(DE|EXP|FRM|FROM|NOM|ORD|MOTIF|LIB|RMT|RI|REF|NOPT|ID|IDT)\\b\\s*:?\\s*(.*?)"
                    + "(?=\\s+/[A-Z]{2,6}\\b|$)",
            Pattern.CASE_INSENSITIVE);

    static SlashFields parse(String label) {
        String payer = null;
        String motif = null;
        String ref = null;
        String id = null;
        Matcher m = FIELD.matcher(label.strip());
        while (m.find()) {
            String value = Words.clean(m.group(2));
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "DE", "EXP", "FRM", "FROM", "NOM", "ORD" -> payer = first(payer, value);
                case "MOTIF", "LIB", "RMT", "RI" -> motif = first(motif, value);
                case "REF" -> ref = first(ref, value);
                default -> id = first(id, value);
            }
        }
        if (motif == null) {
            return new SlashFields(payer, ref, id);
        }
        return new SlashFields(payer, motif, first(ref, id));
    }

    boolean isEmpty() {
        return payer == null && reference == null && bankTxId == null;
    }

    private static String first(String kept, String candidate) {
        return kept != null ? kept : candidate;
    }
}
