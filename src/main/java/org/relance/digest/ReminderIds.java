package org.relance.digest;

import org.jdbi.v3.core.Handle;
import org.relance.dunning.Actor;
import org.relance.dunning.Proposal;

/**
 * Gives the reminder a digest shows for a proposal, recording it as proposed when it has no row yet, in the
 * caller's transaction (the digest is stored in the same one). Wired to {@code ReminderDesk.propose}; calling it
 * again for the same proposal returns the same reminder, so building a digest twice never duplicates one.
 */
@FunctionalInterface
public interface ReminderIds {

    long reminderFor(Handle h, Proposal proposal, Actor actor);
}
