package org.relance.mail;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.relance.config.Mail;

/** Whether customer mail may leave at an instant: a configured day, within the hours, not a French holiday; pure. */
public final class SendWindows {

    private SendWindows() {
    }

    /**
     * The first minute at or after {@code after} when the window is open (the send loop runs every minute), within
     * 60 days; empty when the window never opens (no days configured).
     */
    public static java.util.Optional<Instant> nextOpen(Mail.SendWindow window, Instant after, ZoneId zone) {
        ZonedDateTime t = after.atZone(zone).withSecond(0).withNano(0);
        if (t.toInstant().isBefore(after)) {
            t = t.plusMinutes(1);
        }
        for (int i = 0; i < 400 && t.isBefore(after.atZone(zone).plusDays(60)); i++) {
            if (isOpen(window, t.toInstant(), zone)) {
                return java.util.Optional.of(t.toInstant());
            }
            // Jump to the window's next start: today's when before it, else tomorrow's.
            ZonedDateTime start = t.with(window.from());
            t = t.toLocalTime().isBefore(window.from()) ? start : start.plusDays(1);
        }
        return java.util.Optional.empty();
    }

    /** {@code from} is inclusive, {@code to} exclusive, both in the company's time zone. */
    static boolean isOpen(Mail.SendWindow window, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return window.days().contains(local.getDayOfWeek())
                && !(window.skipHolidays() && FrenchHolidays.isHoliday(local.toLocalDate()))
                && !time.isBefore(window.from())
                && time.isBefore(window.to());
    }
}
