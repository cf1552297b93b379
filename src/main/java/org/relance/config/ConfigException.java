package org.relance.config;

/**
 * A configuration that cannot be used; the message is one line naming the key (or file) at fault
 * and never contains a secret value.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The dotted key path ({@code mail.imap.port}) or the file name that is wrong. */
    public String key() {
        return key;
    }
}
