package org.relance.mail;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The payments feature as the mailbox sees it: records a bank email's credits in the caller's transaction. */
@FunctionalInterface
public interface BankMailIntake {

    /** What the notification gave; {@code unreadable} sends the message to quarantine with {@code summary}. */
    record Result(String summary, boolean unreadable) {
    }

    /**
     * @param unverified null when our server authenticated the sender; else why not: the credits are recorded but
     *                   only suggested for a person to confirm, never applied automatically
     */
    Result record(Handle h, String name, byte[] rawEml, String actor, String unverified);

    /**
     * When a trusted person's mail without a document forwards a bank notification: the forwarded message's sender
     * ("" when its headers name none); empty when it forwards nothing that reads as a credit.
     */
    default Optional<String> forwardedNotification(String name, byte[] rawEml) {
        return Optional.empty();
    }

    /** New or changed invoices came in by mail: payments that arrived before them may now match. */
    default void invoicesChanged(Handle h, String actor) {
    }
}
