package org.relance.matching;

import java.util.ArrayList;
import java.util.List;

/** ISO 11649 structured creditor references ({@code RF18 5390 0754 7034}): finding and checking them. */
final class CreditorReference {

    /** An RF reference found in a label: where it sits, its payload, and whether its check digits hold. */
    record Found(int start, int end, String payload, boolean valid) {
    }

    private CreditorReference() {
    }

    /** Finds RF references in folded (uppercase) text; printed groups of four separated by single spaces are joined. */
    static List<Found> find(String folded) {
        List<Found> found = new ArrayList<>(1);
        int from = 0;
        while (true) {
            int at = folded.indexOf("RF", from);
            if (at < 0) {
                return found;
            }
            from = at + 2;
            if (at > 0 && Text.isAlnum(folded.charAt(at - 1))) {
                continue;
            }
            if (at + 5 > folded.length() || !Text.isDigit(folded.charAt(at + 2)) || !Text.isDigit(folded.charAt(at + 3))) {
                continue;
            }
            // Printed form is "RF18 5390 0754 7034": a space may follow the check digits and
            // separate groups of four; each group boundary is a possible end of the reference.
            StringBuilder payload = new StringBuilder(25);
            List<int[]> ends = new ArrayList<>(4); // {payload length, text end}
            int i = at + 4;
            if (i < folded.length() && folded.charAt(i) == ' ') {
                i++;
            }
            int group = 0;
            while (i < folded.length() && payload.length() <= 21) {
                char c = folded.charAt(i);
                if (Text.isAlnum(c)) {
                    payload.append(c);
                    group++;
                    i++;
                } else if (c == ' ' && group == 4 && i + 1 < folded.length() && Text.isAlnum(folded.charAt(i + 1))) {
                    ends.add(new int[] {payload.length(), i});
                    group = 0;
                    i++;
                } else {
                    break;
                }
            }
            ends.add(new int[] {payload.length(), i});
            String check = folded.substring(at + 2, at + 4);
            Found best = null;
            for (int k = ends.size() - 1; k >= 0 && best == null; k--) {
                int length = ends.get(k)[0];
                if (length >= 1 && length <= 21 && isValid(payload.substring(0, length), check)) {
                    best = new Found(at, ends.get(k)[1], payload.substring(0, length), true);
                }
            }
            if (best == null) {
                int[] last = ends.get(ends.size() - 1);
                int length = Math.min(last[0], 21);
                if (length == 0) {
                    continue;
                }
                best = new Found(at, last[1], payload.substring(0, length), false);
            }
            found.add(best);
            int end = best.end();
            from = end;
        }
    }

    static boolean isValid(String payload, String checkDigits) {
        return mod97(payload + "RF" + checkDigits) == 1;
    }

    /** Check digits that make {@code RFxx + payload} valid; used to build references (and in tests). */
    static String checkDigits(String payload) {
        int rest = 98 - mod97(payload + "RF00");
        return rest < 10 ? "0" + rest : Integer.toString(rest);
    }

    private static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Text.isDigit(c)) {
                r = (r * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                r = (r * 100 + (c - 'A' + 10)) % 97;
            } else {
                return -1;
            }
        }
        return r;
    }
}
