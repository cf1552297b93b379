package org.relance.invoice;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds IBANs in text and keeps only those whose ISO 13616 check digits are right; prints them for people. */
public final class Iban {

    private static final Pattern CANDIDATE = Pattern.compile("\\b([A-Z]{2}\\d{2}(?:[ \\u00A0]?[A-Z0-9]{1,5}){3,9})\\b");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The first valid IBAN in the text, without spaces. */
    static Optional<String> find(String text) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            // Groups after the IBAN (a BIC, a reference) may have been swallowed: shorten until it checks.
            String[] groups = m.group(1).split("[ \\u00A0]");
            for (int n = groups.length; n >= 1; n--) {
                String candidate = String.join("", java.util.Arrays.copyOf(groups, n));
                if (candidate.length() >= 15 && candidate.length() <= 34 && valid(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The IBAN as ISO 13616 prints it for people, in groups of four ("FR76 3000 6000 …"), whatever spacing it came
     * with; the one place reminders and notices take it from.
     */
    public static String grouped(String iban) {
        String compact = iban.replaceAll("[\\s\\u00A0]", "").toUpperCase(java.util.Locale.ROOT);
        return String.join(" ", compact.split("(?<=\\G.{4})"));
    }

    static boolean valid(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
