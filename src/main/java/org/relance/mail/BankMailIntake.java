package org.relance.mail;

import org.jdbi.v3.core.Handle;

/** Records the credits of one bank notification email in the caller's transaction (the payments feature). */
@FunctionalInterface
public interface BankMailIntake {

    /** What the notification gave; {@code unreadable} sends the message to quarantine with {@code summary}. */
    record Result(String summary, boolean unreadable) {
    }

    Result record(Handle h, String name, byte[] rawEml, String actor);
}
