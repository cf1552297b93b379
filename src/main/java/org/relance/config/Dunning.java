package org.relance.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * How overdue invoices are chased: the ladder of steps, the B2B late-payment charges and the reminder texts.
 *
 * @param ecbRates            the ECB main refinancing rates per half-year (or one rate for all)
 * @param recoveryIndemnity   the fixed recovery indemnity in the invoice's currency, once per invoice
 * @param templatesDir        where the user's templates override the built-in ones ({@code <lang>/<template>.txt});
 *                            null means built-ins only
 * @param paymentDeadlineDays the new deadline a reminder email gives, in days from the day it is written
 * @param noticeDeadlineDays  the final deadline of a formal notice, in days from the day it is written
 */
public record Dunning(
        boolean b2b,
        EcbRates ecbRates,
        boolean groupByCustomer,
        BigDecimal recoveryIndemnity,
        int minDaysBetweenSteps,
        List<LadderStep> ladder,
        Path templatesDir,
        int paymentDeadlineDays,
        int noticeDeadlineDays) {

    public static final int DEFAULT_DEADLINE_DAYS = 8;

    public Dunning {
        ladder = List.copyOf(ladder);
    }

    /** Built-in templates only and the default deadlines. */
    public Dunning(boolean b2b, EcbRates ecbRates, boolean groupByCustomer, BigDecimal recoveryIndemnity,
                   int minDaysBetweenSteps, List<LadderStep> ladder) {
        this(b2b, ecbRates, groupByCustomer, recoveryIndemnity, minDaysBetweenSteps, ladder, null,
                DEFAULT_DEADLINE_DAYS, DEFAULT_DEADLINE_DAYS);
    }
}
