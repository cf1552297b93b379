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

    private static final String CODES = "DE|EXP|FRM|FROM|NOM|ORD|ORDP|NAME|MOTIF|LIB|RMT|RI|REMI|EREF|RFB|REF|NOPT|ID|IDT"
            + "|SVWZ|ABWA|KREF|MREF|CRED|MESSAGE|MEMO|NOTE";
    /** The German SEPA codes "SVWZ+ text EREF+ id": the same fields with a plus after the code. */
    private static final Pattern PLUS_CODE = Pattern.compile("(?<![\\p{L}\\d])(SVWZ|EREF|KREF|MREF|CRED|ABWA)\\+\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A code after a space, or glued to the previous value in the compact "/EREF/X/RFB/Y" form. */
    private static final Pattern FIELD = Pattern.compile(
            "(?:(?<![\\p{L}\\d/])|(?=/(?:EREF|RFB|REMI|ORDP|NAME)/))/(" + CODES + ")\\b\\s*[:/]?\\s*(.*?)"
                    + "(?=\\s+/[A-Z]{2,7}\\b|/(?:EREF|RFB|REMI|ORDP|NAME)/|$)",
            Pattern.CASE_INSENSITIVE);
    /** "DE: X MOTIF: Y REF: Z": the same fields written with colons inside a label. */
    private static final Pattern COLON_FIELD = Pattern.compile(
            "(?<![\\p{L}\\d/])(DE|NOM|FROM|MOTIF|LIB|REF|EREF|RFB|ID|MESSAGE|MEMO)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    /** "VIR INST RE 559120 DE: ATELIER NOVA": one colon field, naming the payer after an operation's type and number. */
    private static final Pattern LONE_PAYER = Pattern.compile("^\\p{L}[\\p{L}.\\s]*(?:\\s\\d+)?\\s+DE\\s*:\\s*\\p{L}", Pattern.CASE_INSENSITIVE);

    /** "X SVWZ+ Rechnung 12 EREF+ 12" → "X /SVWZ Rechnung 12 /EREF 12". */
    static String plusCodesAsSlashes(String label) {
        return PLUS_CODE.matcher(label).replaceAll(m -> " /" + m.group(1).toUpperCase(Locale.ROOT) + " ");
    }

    static SlashFields parse(String label) {
        String payer = null;
        String motif = null;
        String endToEnd = null;
        String ref = null;
        String id = null;
        Matcher m = FIELD.matcher(plusCodesAsSlashes(label.strip()));
        while (m.find()) {
            String value = Words.clean(m.group(2));
            if (value != null && value.replaceAll("[^A-Za-z]", "").equalsIgnoreCase("notprovided")) {
                continue;
            }
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "DE", "EXP", "FRM", "FROM", "NOM", "ORD", "ORDP", "NAME", "ABWA" -> payer = first(payer, value);
                case "MOTIF", "LIB", "RMT", "RI", "REMI", "SVWZ", "MESSAGE", "MEMO", "NOTE" -> motif = first(motif, value);
                case "EREF", "RFB" -> endToEnd = first(endToEnd, value);
                case "REF" -> ref = first(ref, value);
                case "KREF", "MREF", "CRED" -> {
                    // mandate and creditor ids: never the payer's words nor the bank's id of the credit
                }
                default -> id = first(id, value);
            }
        }
        motif = first(motif, endToEnd);
        if (motif == null) {
            return new SlashFields(payer, ref, id);
        }
        return new SlashFields(payer, motif, first(ref, id));
    }

    /** The fields of a whole mail, line by line (a value never runs into the next line), the first of each kept. */
    static SlashFields byLine(String text) {
        String payer = null;
        String reference = null;
        String bankTxId = null;
        for (String line : text.split("\n")) {
            if (line.indexOf('/') < 0 && line.indexOf('+') < 0) {
                continue;
            }
            SlashFields f = parse(line);
            payer = first(payer, f.payer());
            reference = first(reference, f.reference());
            bankTxId = first(bankTxId, f.bankTxId());
        }
        return new SlashFields(payer, reference, bankTxId);
    }

    /** Reads "VIR RECU 123 DE: X MOTIF: Y REF: Z" when at least two such fields are there; empty fields otherwise. */
    static SlashFields parseColons(String label) {
        Matcher m = COLON_FIELD.matcher(label);
        int count = 0;
        while (m.find()) {
            count++;
        }
        Matcher alone = LONE_PAYER.matcher(label);
        if (count < 2 && !(count == 1 && alone.find())) {
            return new SlashFields(null, null, null);
        }
        return parse(COLON_FIELD.matcher(label).replaceAll(" /$1 "));
    }

    boolean isEmpty() {
        return payer == null && reference == null && bankTxId == null;
    }

    private static String first(String kept, String candidate) {
        return kept != null ? kept : candidate;
    }
}
