package org.relance.config;

import java.util.List;
import java.util.regex.Pattern;

/** Which senders are banks, and the user's extra rules for notifications the built-in reader misses. */
public record Bank(List<String> senders, List<Rule> rules) {

    public Bank {
        senders = List.copyOf(senders);
        rules = List.copyOf(rules);
    }

    /** A compiled regex with named groups among amount, currency, payer, reference, date. */
    public record Rule(String name, Pattern pattern) {
    }
}
