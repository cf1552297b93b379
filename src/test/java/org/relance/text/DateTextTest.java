package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20/11/2026|2026-11-20",
        "20.11.2026|2026-11-20",
        "2026-11-20|2026-11-20",
        "15 octobre 2026|2026-10-15",
        "1er août 2026|2026-08-01",
        "18 November 2026|2026-11-18",
        "November 18, 2026|2026-11-18",
        "Aug 3, 2014|2014-08-03",
        "August 3 , 2014|2014-08-03",
        "02 Juillet 2015|2015-07-02",
        "18. März 2026|2026-03-18",
        "3 févr. 2026|2026-02-03",
        "05/12/26|2026-12-05",
        // A French spreadsheet's day-month-year: accented and dotted month abbreviations.
        "3-déc-26|2026-12-03",
        "17-févr.-26|2026-02-17",
        "9-août-2026|2026-08-09",
        // Spanish and Portuguese write "de" between day, month and year.
        "4 de diciembre de 2026|2026-12-04",
        "23 de agosto de 2026|2026-08-23",
        "1 de março de 2026|2026-03-01",
        "30 de novembro de 2026|2026-11-30",
    })
    void readsDatesInFrenchEnglishAndGerman(String text, String expected) {
        assertThat(DateText.parse(text)).contains(LocalDate.parse(expected));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(DateText.parse("31/02/2026")).isEmpty();
        assertThat(DateText.parse("13 brumaire 2026")).isEmpty();
    }

    @Test
    void findsDatesInOrderOfAppearance() {
        assertThat(DateText.findAll("Date : 03/11/2026 — échéance le 3 décembre 2026"))
                .extracting(DateText.Found::date)
                .containsExactly(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Daily digest — Feb 16|2027-02-16",
        "Relevé du 30 décembre|2026-12-30", "le 1er mars, 9 h|2026-03-01", "November 3rd summary|2026-11-03",
        "Credit de 30,00EUR le 24/11 sur cpte|2026-11-24", "ratio 3/4 au total|", "16 février 2027|", "Feb 16, 2027|", "Jan 2027|",
        "3 items, 12 000 €|", "le 12/11/2026|"})
    void aDayAndMonthWithoutAYearTakeTheYearThatPutsThemOnOrBeforeTheMailsDay(String text, String expected) {
        assertThat(DateText.firstYearless(text, LocalDate.of(2027, 2, 18)).map(DateText.Found::date))
                .isEqualTo(java.util.Optional.ofNullable(expected).map(LocalDate::parse));
    }
}
