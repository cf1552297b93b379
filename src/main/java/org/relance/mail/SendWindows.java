package org.relance.mail;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.relance.config.Mail;

/** Whether customer mail may leave at an instant: a configured day, within the hours, not a French holiday; pure. */
final class SendWindows {

    private SendWindows() {
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
