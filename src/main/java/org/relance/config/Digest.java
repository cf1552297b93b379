package org.relance.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** When the morning digest is built and who receives it by email. */
public record Digest(LocalTime time, Set<DayOfWeek> days, List<String> emailTo) {

    public Digest {
        days = Set.copyOf(days);
        emailTo = List.copyOf(emailTo);
    }
}
