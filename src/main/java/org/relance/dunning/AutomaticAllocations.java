package org.relance.dunning;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Money;

/** What reopening an invoice needs from the payments side: the allocations the matcher applied alone, and undoing one. */
public interface AutomaticAllocations {

    /** The allocations applied to this invoice by the matcher without a person's confirmation, oldest first. */
    List<Applied> on(Handle h, long invoiceId);

    /**
     * Undoes one of them in the caller's transaction: kept on record as rejected, with its event; its payment waits
     * for a person and is never applied again automatically.
     */
    void undo(Handle h, Applied allocation, String invoiceNumber, Actor actor);

    /** One applied allocation: what it took off the invoice (its amount plus any bank fees accepted). */
    record Applied(long id, long paymentId, Money amount, Money fees) {
    }

}
