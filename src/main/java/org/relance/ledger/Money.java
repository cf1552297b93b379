package org.relance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount of money in one currency, kept at the currency's scale (cents for EUR). */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.scale() != scale) {
            // Reject silent rounding: 12.345 EUR is a bug upstream, not something to round here.
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Rounds half-up to the currency's scale; for computed amounts such as interest. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(scaleOf(currency), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /** Builds from an amount in minor units (cents), the way the ledger stores money. */
    public static Money ofMinor(long minor, Currency currency) {
        return new Money(BigDecimal.valueOf(minor, scaleOf(currency)), currency);
    }

    public long toMinor() {
        return amount.movePointRight(scaleOf(currency)).longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    private static int scaleOf(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
