package org.relance.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * When the day's digest is due, a pure function of the settings ({@code digest.time}, {@code digest.days},
 * {@code company.timezone}), the time now and the last day published: once per day from its time on; a bot that was
 * down at that time posts when it comes back, the same day only (a past day is never posted late).
 *
 * <p>A time that does not exist on a spring-forward day (02:30 in Paris on the last Sunday of March) is due when the
 * clocks have jumped (03:30); a time that happens twice in autumn is due at its first occurrence.
 */
public record DigestSchedule(LocalTime time, Set<DayOfWeek> days, ZoneId zone) {

    public DigestSchedule {
        days = Set.copyOf(days);
    }

    public static DigestSchedule of(org.relance.config.Digest digest, ZoneId zone) {
        return new DigestSchedule(digest.time(), digest.days(), zone);
    }

    /**
     * The day whose digest must be published now, or empty.
     *
     * @param lastPublished the day of the last digest the schedule published, empty when none
     */
    public Optional<LocalDate> due(Instant now, Optional<LocalDate> lastPublished) {
        LocalDate today = today(now);
        if (!days.contains(today.getDayOfWeek())) {
            return Optional.empty();
        }
        if (now.isBefore(slot(today))) {
            return Optional.empty();
        }
        if (lastPublished.filter(day -> !day.isBefore(today)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(today);
    }

    /** The day in the company's time zone. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The instant the digest of {@code day} is due (the DST rules of the class comment). */
    public Instant slot(LocalDate day) {
        // ZonedDateTime.of shifts a time in a gap forward by the gap's length and takes the earlier offset in an
        // overlap: the rules stated above.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The next slot at or after {@code now} (for the log: "next digest at …"); empty when no day is configured. */
    public Optional<Instant> next(Instant now) {
        LocalDate day = today(now);
        for (int i = 0; i < 8 && !days.isEmpty(); i++, day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek()) && !slot(day).isBefore(now)) {
                return Optional.of(slot(day));
            }
        }
        return Optional.empty();
    }
}
