package org.relance.invoice;

/** A file that cannot be read as an invoice; the readers turn it into a {@link ReadOutcome.Failed}. */
final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
        super(message);
    }

    Unreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
