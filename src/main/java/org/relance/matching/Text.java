package org.relance.matching;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding shared by the number and name normalisers: uppercase ASCII, accents removed. */
final class Text {

    private Text() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                ascii = false;
                break;
            }
        }
        // Normalizer is the slow path; bank exports are mostly plain ASCII already.
        String base = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's')
                .replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae");
        return base.toUpperCase(Locale.ROOT);
    }

    static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
