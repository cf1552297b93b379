package org.relance.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparing what people and banks type: accents, case, typographic quotes and spaces. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower case, accents and typographic quotes removed, spacing kept. */
    public static String words(String text) {
        return accents(text).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ')
                .replace('–', '-').replace('—', '-');
    }

    /**
     * NFC, line ends as {@code \n}, and no-break, narrow no-break and thin spaces as plain spaces: what a bank or an
     * HTML mail writes between words and digits, made comparable; null is "".
     */
    public static String plainSpaces(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
    }

    /** The text without its accents (combining marks), case kept: "Référence" → "Reference". */
    public static String accents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * Upper-case ASCII for matching names and references in bulk (a million per run): accented Latin letters to their
     * base letters without the slow Normalizer for the common cases, no-break spaces to spaces; null is "".
     */
    public static String upperAscii(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            b.append(latin(c));
        }
        return (b == null ? s : b.toString()).toUpperCase(Locale.ROOT);
    }

    /** Accented Latin letters to their base letters without the (slow) Normalizer for the common cases. */
    private static String latin(char c) {
        switch (c) {
            case 'à': case 'á': case 'â': case 'ã': case 'ä': case 'å': case 'À': case 'Á': case 'Â': case 'Ã': case 'Ä': case 'Å':
                return "A";
            case 'ç': case 'Ç':
                return "C";
            case 'è': case 'é': case 'ê': case 'ë': case 'È': case 'É': case 'Ê': case 'Ë':
                return "E";
            case 'ì': case 'í': case 'î': case 'ï': case 'Ì': case 'Í': case 'Î': case 'Ï':
                return "I";
            case 'ñ': case 'Ñ':
                return "N";
            case 'ò': case 'ó': case 'ô': case 'õ': case 'ö': case 'ø': case 'Ò': case 'Ó': case 'Ô': case 'Õ': case 'Ö': case 'Ø':
                return "O";
            case 'ù': case 'ú': case 'û': case 'ü': case 'Ù': case 'Ú': case 'Û': case 'Ü':
                return "U";
            case 'ý': case 'ÿ': case 'Ý':
                return "Y";
            case 'ß':
                return "SS";
            case 'œ': case 'Œ':
                return "OE";
            case 'æ': case 'Æ':
                return "AE";
            case '\u00A0': case '\u202F': case '’':
                return c == '’' ? "'" : " ";
            default:
                return accents(String.valueOf(c));
        }
    }

}
