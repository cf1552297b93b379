package org.relance.matching;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How short a payment may fall and still settle an invoice, the gap being bank fees:
 * at most {@code maxAmount} (in currency units) and at most {@code maxRatio} of the amount due.
 */
public record FeeTolerance(BigDecimal maxAmount, BigDecimal maxRatio) {

    /** €10 and 1 %: covers SEPA/SWIFT charges without hiding a real underpayment. */
    public static final FeeTolerance DEFAULT = new FeeTolerance(new BigDecimal("10.00"), new BigDecimal("0.01"));

    public static final FeeTolerance NONE = new FeeTolerance(BigDecimal.ZERO, BigDecimal.ZERO);

    public FeeTolerance {
        Objects.requireNonNull(maxAmount, "maxAmount");
        Objects.requireNonNull(maxRatio, "maxRatio");
        if (maxAmount.signum() < 0 || maxRatio.signum() < 0) {
            throw new IllegalArgumentException("fee tolerance cannot be negative");
        }
    }

    /** True when paying {@code paidMinor} for {@code dueMinor} (minor units, scale {@code scale}) is a fee shortfall. */
    boolean covers(long dueMinor, long paidMinor, int scale) {
        long shortfall = dueMinor - paidMinor;
        if (shortfall <= 0) {
            return false;
        }
        BigDecimal gap = BigDecimal.valueOf(shortfall, scale);
        return gap.compareTo(maxAmount) <= 0
                && gap.compareTo(maxRatio.multiply(BigDecimal.valueOf(dueMinor, scale))) <= 0;
    }
}
