package org.relance.digest;

import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.relance.config.Company;
import org.relance.decision.Decisions;
import org.relance.dunning.Actor;
import org.relance.ledger.Ledger;

/**
 * Applies a reply's commands (email, {@code relance reply}, the demo's terminal) to a stored digest's items through
 * the decision seam; a stale item is refused by the seam and said so.
 */
public final class DigestReplies {

    private final Ledger ledger;
    private final Decisions decisions;
    private final DigestStore store;
    private final Company company;
    private final Clock clock;

    public DigestReplies(Ledger ledger, Decisions decisions, DigestStore store, Company company, Clock clock) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.store = store;
        this.company = company;
        this.clock = clock;
    }

    /** In the caller's transaction (an email reply commits with its processed message); approvals queue next round. */
    public ReplyResult apply(Handle h, long digestId, String text, Actor actor) {
        throw new UnsupportedOperationException("digest replies: built by the replies part of issue 11");
    }

    /** In its own transaction, approvals queued after the commit (the terminal, relance reply). */
    public ReplyResult apply(long digestId, String text, Actor actor) {
        throw new UnsupportedOperationException("digest replies: built by the replies part of issue 11");
    }
}
