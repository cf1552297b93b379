package org.relance.text;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one bound on numbers read from outside: checked on the text, before a {@code BigDecimal} is built. */
public final class Decimals {

    /** Amounts must stay below 10^13 units (10 000 billion): far inside a BIGINT of minor units. */
    public static final int MAX_INTEGER_DIGITS = 13;

    /** No money amount or rate needs more; a longer number is hostile or garbage. */
    static final int MAX_TEXT_LENGTH = 40;

    /** Exponents beyond this are not amounts; checked on the text so "1E100000000" costs nothing. */
    static final int MAX_EXPONENT = 20;

    /** The most decimals a number may carry (rates, percentages); amounts are further bound by their currency. */
    static final int MAX_FRACTION_DIGITS = 10;

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");

    /** A number read, or why it was refused. */
    public sealed interface Result permits Value, Refused {

        /** The value, if it was accepted. */
        default Optional<BigDecimal> value() {
            return this instanceof Value v ? Optional.of(v.amount()) : Optional.empty();
        }
    }

    /** An accepted number. */
    public record Value(BigDecimal amount) implements Result {
    }

    /**
     * A refused number; {@code reason} says what is wrong, without the (possibly huge) text.
     *
     * @param outOfBounds true when the text is a number, only one no amount can be (too large, too long, too precise)
     */
    public record Refused(String reason, boolean outOfBounds) implements Result {

        public Refused(String reason) {
            this(reason, false);
        }

        static Refused bound(String reason) {
            return new Refused(reason, true);
        }
    }

    private Decimals() {
    }

    /**
     * Reads machine-written decimals ("1234.56", "-0.5", "1.2E3"): XML amounts, CAMT, config values.
     * Refuses, without building it, a number too long, with an exponent beyond {@value #MAX_EXPONENT}, with
     * {@value #MAX_INTEGER_DIGITS} or more digits before the decimal mark or more than
     * {@value #MAX_FRACTION_DIGITS} decimals.
     */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Refused("empty");
        }
        String s = text.strip();
        if (s.length() > MAX_TEXT_LENGTH) {
            return Refused.bound("not a plausible number (" + s.length() + " characters)");
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
            return new Refused("not a number: \"" + s + "\"");
        }
        if (m.group(4) != null) {
            String exponent = m.group(4).replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
            if (exponent.length() > 2 || Integer.parseInt(exponent) > MAX_EXPONENT) {
                return Refused.bound("exponent out of range: \"" + s + "\"");
            }
        }
        return bounded(new BigDecimal(s));
    }

    /**
     * Checks a value read some other way (its text already bounded in length): fewer than
     * {@value #MAX_INTEGER_DIGITS} integer digits and at most {@value #MAX_FRACTION_DIGITS} decimals.
     */
    public static Result bounded(BigDecimal value) {
        if (value.signum() == 0) {
            return new Value(value.scale() < 0 ? value.setScale(0) : value);
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Refused.bound("too large: more than " + MAX_INTEGER_DIGITS + " digits before the decimal mark");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            return Refused.bound("too many decimals (" + stripped.scale() + ")");
        }
        return new Value(value.scale() < 0 ? value.setScale(0) : value);
    }

    /**
     * Why {@code value} cannot be an amount of {@code currency} (too large, or more decimals than the currency
     * has), or empty when it can.
     */
    public static Optional<String> amountProblem(BigDecimal value, Currency currency) {
        if (bounded(value) instanceof Refused refused) {
            return Optional.of(refused.reason());
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > digits) {
            return Optional.of("more decimals than " + currency.getCurrencyCode() + " has: " + value.toPlainString());
        }
        return Optional.empty();
    }
}
