package org.relance.dunning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder of one invoice at one ladder step.
 *
 * @param escalated    created by an explicit escalation: due at once, whatever the ladder's days
 * @param snoozedUntil for {@link ReminderState#SNOOZED}: the day it is proposed again
 * @param waitingUntil for {@link ReminderState#WAITING}: the date the customer promised to pay by
 * @param sentAt       when it reached the customer (or the task was done); null until then
 */
public record Reminder(
        long id,
        long invoiceId,
        String step,
        String channel,
        ReminderState state,
        boolean escalated,
        LocalDate snoozedUntil,
        LocalDate waitingUntil,
        Instant sentAt,
        Instant createdAt) {
}
