package org.relance.invoice;

/** Reads one invoice document's bytes into an outcome; a file that cannot be read is a failure value, never an exception. */
public interface DocumentReader {

    /** Reads a file's content (an email attachment, an upload); {@code name} tells the kind when the bytes do not. */
    ReadOutcome read(String name, byte[] content);
}
