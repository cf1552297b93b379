package org.relance.config;

import java.util.Objects;

/** A configuration value that must never be printed: passwords, tokens, signing secrets. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "****";
    }
}
