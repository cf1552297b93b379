package org.relance.bank;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payer and reference written inside a transfer's free label, in words rather than slash fields:
 * "VIR SEPA ACME SARL REF F-12", "VIREMENT EN VOTRE FAVEUR DE X MOTIF Y", "Bank transfer from X, ref Y",
 * "Gutschrift von X, Verwendungszweck Y".
 *
 * @param transfer true when the label starts with the words of an incoming transfer (so what follows is a name)
 */
record LabelFields(String payer, String reference, boolean transfer) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern KIND = Pattern.compile("^(?:(?:vir(?:ement)?s?|virt|sepa|sct|re[çc]us?|inst(?:antan[ée]e?)?|"
            + "entrants?|en\\s+votre\\s+faveur|europ[ée]ens?|internationa(?:l|ux)|nationa(?:l|ux)|bank|faster|payments?|transfers?|incoming|cr[ée]dits?|credit\\s+transfer|"
            + "sepa-gutschrift|gutschrift|bonifications?|[üu]berweisung|eingang|zahlungseingang|giro|remise|bacs|bgc|fpi|fps|tfr|chaps|cr|receipts?)"
            + "\\b[\\s.:\\-]*)+", FLAGS);
    private static final Pattern PAYER_WORD = Pattern.compile("^(?:de|d['’]|from|von|par|by|da)\\s*", FLAGS);
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "(?:^|\\s*[,;]\\s*|\\s+)(?:motif|r[ée]f[ée]rence|r[ée]f\\.?|libell[ée]|verwendungszweck|svwz\\+|zahlungsreferenz|"
                    + "reference|ref|note|communication|objet|concepto|causale|caus"
                    // "Virement Interac reçu de Julie Roy Message : atelier photo": a cell's second line, run on
                    + "|(?:message|infos?|m[ée]mo)(?=\\s*:))\\b\\s*[:+]?\\s*", FLAGS);

    private static final Pattern NAME_REFERENCE_GAP = Pattern.compile("\\s+[-–—·•|]\\s+|\\s{2,}|\\t");

    /** A SEPA slash field ("/EREF", "/MOTIF"): the free words of a label end there. */
    private static final Pattern SLASH_FIELD = Pattern.compile("\\s+/[A-Z]{2,6}\\b");

    /** The words of a label before its reference word ("Blue Harbour Ltd  ref BH-77" → "Blue Harbour Ltd"). */
    static String head(String label) {
        String text = beforeSlashFields(SlashFields.plusCodesAsSlashes(label.strip()));
        Matcher reference = REFERENCE_WORD.matcher(text);
        return Words.clean(reference.find() ? text.substring(0, reference.start()) : text);
    }

    /** "Réf. QR 00 00000 …" → "00 00000 …": the value without the word that names it. */
    static String withoutReferenceWord(String text) {
        Matcher reference = REFERENCE_WORD.matcher(text.strip());
        String rest = reference.lookingAt() && reference.end() > 0 ? text.strip().substring(reference.end()) : text.strip();
        return rest.replaceFirst("^[.:]\\s*", "").replaceFirst("^(?i:QR|SCOR|BVR|ESR)\\s+(?=\\d)", "");
    }

    static boolean startsWithReferenceWord(String text) {
        Matcher reference = REFERENCE_WORD.matcher(text.strip());
        return reference.lookingAt() && reference.end() > 0;
    }

    private static String beforeSlashFields(String text) {
        Matcher slash = SLASH_FIELD.matcher(text);
        return slash.find() ? text.substring(0, slash.start()) : text;
    }

    static LabelFields parse(String label) {
        String text = SlashFields.plusCodesAsSlashes(label.strip());
        SlashFields colons = SlashFields.parseColons(text);
        if (colons.payer() != null || colons.reference() != null) {
            return new LabelFields(colons.payer(), colons.reference(), true);
        }
        Matcher kind = KIND.matcher(text);
        boolean transfer = kind.lookingAt() && kind.end() > 0;
        String rest = transfer ? text.substring(kind.end()) : text;
        if (transfer && rest.startsWith("/")) {
            SlashFields slashes = SlashFields.parse(rest); // "VIR SEPA RECU /DE X /MOTIF Y /REF Z": fields only
            if (slashes.payer() != null) {
                return new LabelFields(slashes.payer(), slashes.reference(), true);
            }
        }
        String slashFree = beforeSlashFields(rest);
        String slashReference = null;
        if (slashFree.length() < rest.length() && !slashFree.isBlank()) {
            slashReference = SlashFields.parse(rest.substring(slashFree.length())).reference();
            rest = slashFree; // "/EREF/…/RFB/…" after the name: the fields give the reference
        }
        Matcher reference = REFERENCE_WORD.matcher(rest);
        String head = rest;
        String ref = null;
        if (reference.find()) {
            head = rest.substring(0, reference.start());
            ref = Words.clean(rest.substring(reference.end()));
        }
        if (ref == null) {
            ref = slashReference;
        }
        String payer = null;
        if (transfer && ref == null) {
            // "Virement de X - Facture 12" or aligned "X    RG 12": a spaced dash or a column gap parts the name from
            // what the payer wrote
            head = head.strip();
            Matcher gap = NAME_REFERENCE_GAP.matcher(head);
            if (gap.find() && gap.start() > 0) {
                ref = Words.clean(head.substring(gap.end()));
                head = head.substring(0, gap.start());
            }
        }
        if (transfer) {
            Matcher word = PAYER_WORD.matcher(head);
            payer = Words.clean(word.lookingAt() ? head.substring(word.end()) : head);
            if (payer != null && !payer.matches("(?s).*\\p{L}.*")) {
                payer = null;
            }
        }
        return new LabelFields(payer, ref, transfer);
    }
}
