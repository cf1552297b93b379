package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest's slot: once a day from digest.time in the company's zone, on digest.days, across DST changes. */
class DigestScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final EnumSet<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final DigestSchedule NINE = new DigestSchedule(LocalTime.of(9, 0), WORKING_DAYS, PARIS);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void dueFromItsTimeInTheCompanysZoneAndNotAMinuteBefore() {
        // 09:00 in Paris in winter is 08:00 UTC
        assertThat(NINE.due(at("2026-12-02T07:59:59Z"), Optional.empty())).isEmpty();
        assertThat(NINE.due(at("2026-12-02T08:00:00Z"), Optional.empty())).contains(WEDNESDAY);
        assertThat(NINE.due(at("2026-12-02T22:59:00Z"), Optional.empty())).contains(WEDNESDAY);
    }

    @Test
    void onceADayOnceTheDayIsPublishedNothingMoreUntilTheNextDay() {
        assertThat(NINE.due(at("2026-12-02T10:00:00Z"), Optional.of(WEDNESDAY))).isEmpty();
        assertThat(NINE.due(at("2026-12-03T08:00:00Z"), Optional.of(WEDNESDAY))).contains(WEDNESDAY.plusDays(1));
    }

    @Test
    void aBotDownAtTheTimePostsWhenItComesBackTheSameDayOnlyNeverForAPastDay() {
        // back at 16:00 on Wednesday: Wednesday's digest, late
        assertThat(NINE.due(at("2026-12-02T15:00:00Z"), Optional.of(WEDNESDAY.minusDays(2)))).contains(WEDNESDAY);
        // down all Wednesday, back at 08:30 Paris on Thursday: nothing yet, Wednesday's is never posted
        assertThat(NINE.due(at("2026-12-03T07:30:00Z"), Optional.of(WEDNESDAY.minusDays(1)))).isEmpty();
        // the company's midnight ends the day, not UTC's: 23:30 UTC is already Thursday in Paris, before 09:00
        assertThat(NINE.due(at("2026-12-02T23:30:00Z"), Optional.empty())).isEmpty();
    }

    @Test
    void daysOutsideDigestDaysHaveNoDigest() {
        // Saturday 5 December
        assertThat(NINE.due(at("2026-12-05T10:00:00Z"), Optional.empty())).isEmpty();
        assertThat(NINE.next(at("2026-12-05T10:00:00Z"))).contains(at("2026-12-07T08:00:00Z"));
        assertThat(new DigestSchedule(LocalTime.of(9, 0), EnumSet.noneOf(DayOfWeek.class), PARIS)
                .due(at("2026-12-02T10:00:00Z"), Optional.empty())).isEmpty();
    }

    @Test
    void acrossTheSpringAndAutumnChangesNineOClockStaysNineOClockLocal() {
        DigestSchedule everyDay = new DigestSchedule(LocalTime.of(9, 0), EnumSet.allOf(DayOfWeek.class), PARIS);
        // Sunday 29 March 2026: summer time from 02:00, 09:00 is 07:00 UTC (08:00 UTC the day before)
        assertThat(everyDay.slot(LocalDate.of(2026, 3, 28))).isEqualTo(at("2026-03-28T08:00:00Z"));
        assertThat(everyDay.due(at("2026-03-29T06:59:00Z"), Optional.of(LocalDate.of(2026, 3, 28)))).isEmpty();
        assertThat(everyDay.due(at("2026-03-29T07:00:00Z"), Optional.of(LocalDate.of(2026, 3, 28))))
                .contains(LocalDate.of(2026, 3, 29));
        // Sunday 25 October 2026: back to winter time, 09:00 is 08:00 UTC
        assertThat(everyDay.due(at("2026-10-25T07:30:00Z"), Optional.of(LocalDate.of(2026, 10, 24)))).isEmpty();
        assertThat(everyDay.due(at("2026-10-25T08:00:00Z"), Optional.of(LocalDate.of(2026, 10, 24))))
                .contains(LocalDate.of(2026, 10, 25));
    }

    @Test
    void aTimeSkippedBySpringForwardIsDueWhenTheClocksHaveJumpedAndARepeatedOneAtItsFirstOccurrence() {
        DigestSchedule earlyBird = new DigestSchedule(LocalTime.of(2, 30), EnumSet.allOf(DayOfWeek.class), PARIS);
        // 02:30 does not exist on 29 March: due at 03:30 summer time = 01:30 UTC
        assertThat(earlyBird.slot(LocalDate.of(2026, 3, 29))).isEqualTo(at("2026-03-29T01:30:00Z"));
        assertThat(earlyBird.due(at("2026-03-29T01:29:00Z"), Optional.empty())).isEmpty();
        assertThat(earlyBird.due(at("2026-03-29T01:30:00Z"), Optional.empty())).contains(LocalDate.of(2026, 3, 29));
        // 02:30 happens twice on 25 October: the first, still summer time = 00:30 UTC; once published, not again
        assertThat(earlyBird.slot(LocalDate.of(2026, 10, 25))).isEqualTo(at("2026-10-25T00:30:00Z"));
        assertThat(earlyBird.due(at("2026-10-25T01:30:00Z"), Optional.of(LocalDate.of(2026, 10, 25)))).isEmpty();
    }
}
