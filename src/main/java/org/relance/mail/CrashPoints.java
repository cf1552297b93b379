package org.relance.mail;

/**
 * Places in a send where tests make the sender "crash" (by throwing); production uses {@link #NONE}. Each point
 * is passed the Message-ID being sent.
 */
public interface CrashPoints {

    CrashPoints NONE = new CrashPoints() {
    };

    /** The row is claimed (sending) and its Message-ID committed; nothing went to the SMTP server yet. */
    default void beforeSmtp(String messageId) {
    }

    /** The SMTP server accepted the message; no archive copy yet, nothing committed. */
    default void afterSmtp(String messageId) {
    }

    /** Sent and copied to the archive; the row is not yet marked sent. */
    default void beforeCommit(String messageId) {
    }
}
