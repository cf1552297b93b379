package org.relance.matching;

import org.relance.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an invoice number or a payment label into comparable tokens: runs of letters or digits,
 * uppercase, with {@code O} read as {@code 0} inside runs that carry digits (a common typo).
 */
final class NumberTokens {

    /** One token: {@code raw} as written (after the O/0 repair), {@code bare} without leading zeros. */
    record Token(String raw, String bare, boolean digits) {
    }

    private NumberTokens() {
    }

    static List<Token> of(String text) {
        String s = Fold.upperAscii(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Text.isAlnum(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean hasDigit = false;
            while (i < n && Text.isAlnum(s.charAt(i))) {
                hasDigit |= Text.isDigit(s.charAt(i));
                i++;
            }
            String run = s.substring(start, i);
            if (hasDigit && run.indexOf('O') >= 0) {
                run = run.replace('O', '0');
            }
            split(run, tokens);
        }
        return tokens;
    }

    private static void split(String run, List<Token> out) {
        int start = 0;
        for (int j = 1; j <= run.length(); j++) {
            if (j == run.length() || Text.isDigit(run.charAt(j)) != Text.isDigit(run.charAt(j - 1))) {
                String raw = run.substring(start, j);
                boolean digits = Text.isDigit(raw.charAt(0));
                out.add(new Token(raw, digits ? stripZeros(raw) : raw, digits));
                start = j;
            }
        }
    }

    static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return k == 0 ? digits : digits.substring(k);
    }

    /** Key ignoring separators but keeping zeros: {@code F-2026-0042} and {@code F20260042} agree. */
    static String compact(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(24);
        for (int k = from; k < to; k++) {
            b.append(tokens.get(k).raw());
        }
        return b.toString();
    }

    /** Key keeping token boundaries but dropping leading zeros: {@code F-2026-0042} and {@code F2026-42} agree. */
    static String grouped(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(24);
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append('|');
            }
            b.append(tokens.get(k).bare());
        }
        return b.toString();
    }
}
