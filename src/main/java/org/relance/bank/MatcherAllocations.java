package org.relance.bank;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.relance.dunning.Actor;
import org.relance.dunning.AutomaticAllocations;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;

/** The allocations the matcher applied without a person, as reopening an invoice finds and undoes them. */
public final class MatcherAllocations implements AutomaticAllocations {

    private final PaymentStore payments;
    private final EventLog events;
    private final Clock clock;

    public MatcherAllocations(EventLog events, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.payments = new PaymentStore(events, clock);
    }

    @Override
    public List<Applied> on(Handle h, long invoiceId) {
        return payments.appliedBy(h, invoiceId, PaymentIntake.MATCHER).stream()
                .map(a -> new Applied(a.id(), a.paymentId(), a.amount(), a.fees()))
                .toList();
    }

    /**
     * Marks the allocation rejected with its reason, then records that its payment is unmatched again. The payment
     * keeps an allocation row, so {@link PaymentIntake#matchWaiting} never applies it again by itself: a person decides.
     */
    @Override
    public void undo(Handle h, Applied allocation, String invoiceNumber, Actor actor) {
        String why = "reversed: " + invoiceNumber + " reopened by " + actor.who() + " (" + actor.channel() + ")";
        if (!payments.reverse(h, allocation.id(), why, actor.who(), actor.channel())) {
            // Read in this same transaction: only a concurrent writer can get here; roll everything back.
            throw new IllegalStateException("allocation #" + allocation.id() + " changed while it was reversed");
        }
        long invoiceId = h.createQuery("SELECT invoice_id FROM allocations WHERE id = :id")
                .bind("id", allocation.id()).mapTo(Long.class).one();
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "allocation.reversed", invoiceId,
                null, allocation.paymentId(), "allocation #" + allocation.id() + ": " + allocation.amount()
                        + (allocation.fees().isZero() ? "" : " + " + allocation.fees() + " bank fees") + " to "
                        + invoiceNumber + " undone"));
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "payment.unmatched", null, null,
                allocation.paymentId(), "back to matching: its allocation to " + invoiceNumber
                        + " was undone; waiting for a person, never applied again automatically"));
    }
}
