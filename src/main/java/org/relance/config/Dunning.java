package org.relance.config;

import java.math.BigDecimal;
import java.util.List;

/**
 * How overdue invoices are chased: the ladder of steps and the B2B late-payment charges.
 *
 * @param ecbRates         the ECB main refinancing rates per half-year (or one rate for all)
 * @param recoveryIndemnity the fixed recovery indemnity in the invoice's currency, once per invoice
 */
public record Dunning(
        boolean b2b,
        EcbRates ecbRates,
        boolean groupByCustomer,
        BigDecimal recoveryIndemnity,
        int minDaysBetweenSteps,
        List<LadderStep> ladder) {

    public Dunning {
        ladder = List.copyOf(ladder);
    }
}
