package org.relance.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} and {@code ${NAME:-default}} in scalar values from the given environment. */
final class Placeholders {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    private final Map<String, String> env;

    Placeholders(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** A referenced variable is unset and has no default; the caller decides whether that is an error. */
    static final class Unset extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String variable;

        Unset(String key, String variable) {
            super(key + ": environment variable " + variable + " is not set", null, false, false);
            this.key = key;
            this.variable = variable;
        }

        String key() {
            return key;
        }

        String variable() {
            return variable;
        }

        ConfigException toConfigException() {
            return new ConfigException(key, "environment variable " + variable + " is not set");
        }
    }

    /** The value with every reference replaced; {@code key} only names the value in errors. */
    String resolve(String key, String text) {
        if (!text.contains("${")) {
            return text;
        }
        if (REFERENCE.matcher(text).replaceAll("").contains("${")) {
            throw new ConfigException(key, "malformed ${...} reference (write ${NAME} or ${NAME:-default})");
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String value = env.get(m.group(1));
            if (m.group(2) != null) {
                // Like the shell's :- , an empty value also takes the default.
                out.append(value == null || value.isEmpty() ? m.group(3) : value);
            } else if (value == null) {
                throw new Unset(key, m.group(1));
            } else {
                out.append(value);
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** Names of the variables {@code text} needs that are unset and have no default. */
    List<String> unsetIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(2) == null && !env.containsKey(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
