package org.relance.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the morning digest is built, who receives it by email, what it says when nothing is to chase and how many
 * items it shows in detail.
 *
 * @param whenEmpty the line posted when nothing is to chase; empty = the built-in line in the company's language;
 *                  {@link #OFF} = post nothing
 * @param maxItems  items shown in detail, biggest first; the rest are summarised with their count and total
 */
public record Digest(LocalTime time, Set<DayOfWeek> days, List<String> emailTo, Optional<String> whenEmpty,
                     int maxItems) {

    /** {@code digest.whenEmpty: off}: an empty digest posts nothing. */
    public static final String OFF = "off";
    public static final int DEFAULT_MAX_ITEMS = 50;

    public Digest {
        days = Set.copyOf(days);
        emailTo = List.copyOf(emailTo);
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1");
        }
    }

    public Digest(LocalTime time, Set<DayOfWeek> days, List<String> emailTo) {
        this(time, days, emailTo, Optional.empty(), DEFAULT_MAX_ITEMS);
    }

    /** True when an empty digest posts nothing at all. */
    public boolean silentWhenEmpty() {
        return whenEmpty.filter(OFF::equalsIgnoreCase).isPresent();
    }
}
