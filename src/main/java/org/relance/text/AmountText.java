package org.relance.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money amounts as people and banks write them: "1 234,56 €", "1.234,56", "1,234.56",
 * "EUR 1234.56", "+1 453,76 EUR", "£1,200.00", and Indian rupees: "Rs. 1,00,000.00", "₹ 4,500.00", "INR 250".
 */
public final class AmountText {

    /** An amount found in text, with the currency written next to it if any. */
    public record Found(BigDecimal amount, Optional<Currency> currency, int start, int end) {
    }

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("e", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("us$", "USD"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("chf", "CHF"), Map.entry("fr.", "CHF"), Map.entry("sfr.", "CHF"),
            Map.entry("₹", "INR"), Map.entry("inr", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
            Map.entry("ca$", "CAD"), Map.entry("c$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
            Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("hk$", "HKD"),
            Map.entry("fcfa", "XOF"), Map.entry("f cfa", "XOF"), Map.entry("dh", "MAD"), Map.entry("dhs", "MAD"),
            Map.entry("zł", "PLN"), Map.entry("zl", "PLN"), Map.entry("kč", "CZK"), Map.entry("kc", "CZK"), Map.entry("ft", "HUF"));

    // never a line break: "ref BC 26-1442" ends its line, and "EUR 615,50" on the next is another amount's currency
    private static final String SPACE = "[ \\t\\u00A0\\u202F\\u2009]";
    // "Rs" only as a word of its own: "Hours 12.00" carries no currency.
    // A code is a word of its own: "Blanc chaud 2700 K" is no AUD, "fournisseur 12,00" no EUR.
    private static final String CURRENCY = "(?<![\\p{L}])(€|EUR|EUROS?|USD|US\\$|(?<![\\p{L}])(?:CA|C|AU?|NZ|S|HK)\\$|\\$|£|GBP|CHF|₹|INR"
            + "|CAD|AUD|NZD|SGD|HKD|SEK|NOK|DKK|PLN|CZK|JPY|ZAR|MAD|XOF|F\\s?CFA|(?<![\\p{L}])DHS?|(?<![\\p{L}])Rs\\.?|z[łl](?![\\p{L}])|K[čc](?![\\p{L}])|(?<![\\p{L}])S?Fr\\.)";
    // a French SMS's "+320,00E": a capital E stuck to an amount with cents is the euro
    private static final String CURRENCY_AFTER = CURRENCY.substring(0, CURRENCY.length() - 1) + "|(?<=\\d,\\d{2})(?-i:E)(?![\\p{L}\\d]))";
    // Digits with optional thousands groups (space, NBSP, narrow NBSP, dot, comma, apostrophe) and decimals.
    // Indian grouping first ("1,00,000.00": lakhs then thousands), as it would otherwise stop at "1,00".
    // never the head of a longer dotted code: "kontoen 1203.45.67890" is an account number
    private static final String NUMBER = "([+\\-−]?[ \\t]?\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?(?!\\d)(?![.,]\\d)"
            + "|[+\\-−]?[ \\t]?\\d{1,3}(?:[ \\u00A0\\u202F\\u2009.,'’]\\d{3})*(?:[.,]\\d{1,2})?(?!\\d)(?![.,]\\d)"
            + "|[+\\-−]?[ \\t]?\\d+(?:[.,]\\d{1,2})?(?!\\d)(?![.,]\\d))";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(?:" + CURRENCY + SPACE + "?)?" + NUMBER + "(?:" + SPACE + "?\\(?" + CURRENCY_AFTER + "(?![A-Za-z])\\)?)?(?:" + SPACE + "?\\((CAD|AUD|USD|NZD|SGD|HKD)\\))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AmountText() {
    }

    /** Parses a string that is only an amount (with or without currency); empty if it is not one. */
    public static Optional<Found> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher m = AMOUNT.matcher(trimmed);
        if (m.matches()) {
            return toFound(m);
        }
        return Optional.empty();
    }

    /** Every amount in a piece of text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            toFound(m).map(f -> m.group(1) == null ? f : signedBefore(text, f)).ifPresent(found::add);
        }
        return found;
    }

    /** Parses a bare number such as "1 234,56" or "1,234.56" into a BigDecimal; empty if not one or out of bounds. */
    public static Optional<BigDecimal> number(String raw) {
        return bareNumber(raw).value();
    }

    /**
     * Like {@link #parse} for a field that must be an amount: the value, or why not (not an amount, or one no
     * invoice can carry: see {@link Decimals}).
     */
    public static Decimals.Result read(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > 4 * Decimals.MAX_TEXT_LENGTH) {
            return new Decimals.Refused("not a plausible amount (" + s.length() + " characters)", true);
        }
        Matcher m = AMOUNT.matcher(s);
        if (m.matches()) {
            return bareNumber(m.group(2));
        }
        return new Decimals.Refused("not an amount: \"" + s + "\"");
    }

    /** Like {@link #number}, with the reason when it is not one. */
    public static Decimals.Result bareNumber(String raw) {
        String s = raw.strip().replace('−', '-');
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        s = s.replaceAll("[\\s\\u00A0\\u202F'’]", "");
        if (s.isEmpty() || !s.matches("[\\d.,]+") || !Character.isDigit(s.charAt(0))) {
            return new Decimals.Refused("not an amount: \"" + raw.strip() + "\"");
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int decimalAt = -1;
        if (lastDot >= 0 && lastComma >= 0) {
            decimalAt = Math.max(lastDot, lastComma);
        } else {
            int sep = Math.max(lastDot, lastComma);
            if (sep >= 0) {
                char c = s.charAt(sep);
                boolean single = s.indexOf(c) == sep;
                int digitsAfter = s.length() - sep - 1;
                // One separator followed by 1-2 digits is a decimal mark; 3 digits is a thousands group.
                if (single && digitsAfter <= 2) {
                    decimalAt = sep;
                }
            }
        }
        String integer = (decimalAt < 0 ? s : s.substring(0, decimalAt)).replaceAll("[.,]", "");
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (integer.isEmpty() || !fraction.matches("\\d*")) {
            return new Decimals.Refused("not an amount: \"" + raw.strip() + "\"");
        }
        String plain = integer.replaceFirst("^0+(?=\\d)", "");
        if (plain.length() > Decimals.MAX_INTEGER_DIGITS) {
            return new Decimals.Refused("too large: more than " + Decimals.MAX_INTEGER_DIGITS
                    + " digits before the decimal mark", true);
        }
        Decimals.Result value = Decimals.parse(fraction.isEmpty() ? plain : plain + "." + fraction);
        return negative && value instanceof Decimals.Value v ? new Decimals.Value(v.amount().negate()) : value;
    }

    /** Maps "€", "EUR", "euros", "$", "£"... to a currency. */
    public static Optional<Currency> currency(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String code = CURRENCY_WORDS.get(word.strip().toLowerCase(Locale.ROOT));
        if (code == null && word.strip().matches("[A-Za-z]{3}")) {
            try {
                return Optional.of(Currency.getInstance(word.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notACurrency) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(code).map(Currency::getInstance);
    }

    /**
     * A sign just before a currency sign is the amount's: "-€40,00" and "−US$224.00" are refunds and fees; spaced from
     * it, only at a line's or a column's start ("Incoming - €240.00" is a dash between words).
     */
    private static Found signedBefore(String text, Found found) {
        int at = found.start();
        boolean spaced = at > 0 && text.charAt(at - 1) == ' ';
        if (spaced) {
            at--;
        }
        if (at == 0 || "+-−".indexOf(text.charAt(at - 1)) < 0 || at >= 2 && Character.isLetterOrDigit(text.charAt(at - 2))) {
            return found;
        }
        if (spaced && at >= 2 && text.charAt(at - 2) != '\n' && text.charAt(at - 2) != '\t'
                && !(at >= 3 && text.charAt(at - 2) == ' ' && text.charAt(at - 3) == ' ')) {
            return found;
        }
        BigDecimal amount = text.charAt(at - 1) == '+' ? found.amount() : found.amount().negate();
        return new Found(amount, found.currency(), at - 1, found.end());
    }

    private static Optional<Found> toFound(Matcher m) {
        Optional<BigDecimal> amount = number(m.group(2));
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        String cur = m.group(1) != null ? m.group(1) : m.group(3);
        if (m.group(1) != null && m.group(3) != null && m.group(1).equals("$")) {
            cur = m.group(3); // "$1,275.00 (CAD)": the code says which dollar
        }
        if (m.group(4) != null) {
            cur = m.group(4); // "350,00 $ (CAD)"
        }
        return Optional.of(new Found(amount.get(), currency(cur), m.start(), m.end()));
    }
}
