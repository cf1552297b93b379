package org.relance.ledger;

import java.time.Instant;

/**
 * One line of the audit log: who did what, when, through which channel.
 *
 * @param channel  slack, email, cli, web, or system for the bot's own work
 * @param details  free text or JSON saying what changed
 */
public record Event(Instant at, String actor, String channel, String kind,
                    Long invoiceId, Long reminderId, Long paymentId, String details) {

    public static Event onInvoice(Instant at, String actor, String channel, String kind, long invoiceId, String details) {
        return new Event(at, actor, channel, kind, invoiceId, null, null, details);
    }
}
