package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.relance.config.Mail;

class FrenchHolidaysTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Mail.SendWindow DEFAULT = new Mail.SendWindow(LocalTime.of(8, 30), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), true);

    @Test
    void theElevenHolidaysOf2026IncludeTheEasterBasedOnes() {
        assertThat(FrenchHolidays.of(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
    }

    @Test
    void theElevenHolidaysOf2027IncludeTheEasterBasedOnes() {
        assertThat(FrenchHolidays.of(2027)).containsExactlyInAnyOrder(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 11, 1),
                LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25));
    }

    @Test
    void easterSundayIsRightForKnownYears() {
        assertThat(FrenchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theWindowOpensAtHalfPastEightParisTimeAndClosesAtSix() {
        // 2026-12-01 is a Tuesday; Paris is UTC+1 in winter.
        assertThat(open("2026-12-01T07:29:59Z")).isFalse();
        assertThat(open("2026-12-01T07:30:00Z")).isTrue();
        assertThat(open("2026-12-01T16:59:59Z")).isTrue();
        assertThat(open("2026-12-01T17:00:00Z")).isFalse();
    }

    @Test
    void theWindowIsClosedOnWeekendsAndHolidaysUnlessHolidaysAreAllowed() {
        assertThat(open("2026-12-05T10:00:00Z")).isFalse();            // Saturday
        assertThat(open("2027-05-17T10:00:00Z")).isFalse();            // Whit Monday
        assertThat(open("2027-05-18T10:00:00Z")).isTrue();
        Mail.SendWindow holidaysToo = new Mail.SendWindow(DEFAULT.from(), DEFAULT.to(), DEFAULT.days(), false);
        assertThat(SendWindows.isOpen(holidaysToo, Instant.parse("2027-05-17T10:00:00Z"), PARIS)).isTrue();
    }

    private static boolean open(String instant) {
        return SendWindows.isOpen(DEFAULT, Instant.parse(instant), PARIS);
    }
}
