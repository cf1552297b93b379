package org.relance.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as invoices and bank emails write them, in French, English and German:
 * "20/11/2026", "20.11.2026", "2026-11-20", "15 octobre 2026", "1er août 2026",
 * "18 November 2026", "November 18, 2026" (also "November 18 , 2026" as some PDF
 * generators space it), "18. März 2026", Dutch "18 maart 2026", and "18-Nov-2026".
 */
public final class DateText {

    /** A date found in text. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** Dates outside this range are typing mistakes or hostile input, never a receivable's. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH_WORD = "([A-Za-zÀ-ÿ]{3,10})\\.?";
    /** "2026-11-12", and "2026/11/12" as South Africa and East Asia write it: year first is never day-month swapped. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d/])(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?![\\d/])");
    /** A numeric date's two leading parts: which is the day can be told only when one is over 12. */
    public static final Pattern NUMERIC_PARTS = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+" + MONTH_WORD + "\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![A-Za-zÀ-ÿ])" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);

    /** "18-Nov-2026", and a French spreadsheet's "17-févr-26" or "17-févr.-26" (accented, dotted abbreviations). */
    /** Spanish and Portuguese "4 de diciembre de 2026", "23 de agosto de 2026". */
    private static final Pattern DAY_DE_MONTH_DE_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+de\\s+" + MONTH_WORD + "\\s+(?:de|del)\\s+(\\d{4})(?!\\d)", Pattern.UNICODE_CASE);
    private static final Pattern DAY_MON_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})[-/ ]([A-Za-zÀ-ÿ]{3,9})\\.?[-/ ](\\d{4}|(?<=-)\\d{2})(?![\\d\\-/])", Pattern.UNICODE_CASE);

    private DateText() {
    }

    /** Parses a string that is only a date; day first for numeric dates. */
    public static Optional<LocalDate> parse(String text) {
        return parse(text, false);
    }

    /** Like {@link #parse(String)}, month first for numeric dates when asked. */
    public static Optional<LocalDate> parse(String text, boolean monthFirst) {
        if (text == null) {
            return Optional.empty();
        }
        List<Found> found = findAll(text.strip(), monthFirst);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.strip().length()) {
            return Optional.of(found.get(0).date());
        }
        return Optional.empty();
    }

    /** Every date in a piece of text, in order of appearance; numeric dates are read day first. */
    public static List<Found> findAll(String text) {
        return findAll(text, false);
    }

    /** Like {@link #findAll(String)}, reading numeric dates month first ("11/07/2026" = 7 November) when asked. */
    public static List<Found> findAll(String text, boolean monthFirst) {
        List<Found> found = new ArrayList<>();
        collect(ISO.matcher(text), found, m -> of(m.group(1), m.group(3), m.group(4)));
        collect(NUMERIC.matcher(text), found, m -> monthFirst ? of(year(m.group(3)), m.group(1), m.group(2))
                : of(year(m.group(3)), m.group(2), m.group(1)));
        collect(DAY_MONTH_YEAR.matcher(text), found, m -> ofWord(m.group(3), m.group(2), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), found, m -> ofWord(m.group(3), m.group(1), m.group(2)));
        collect(DAY_MON_YEAR.matcher(text), found, m -> ofWord(m.group(3), m.group(2), m.group(1)));
        collect(DAY_DE_MONTH_DE_YEAR.matcher(text), found, m -> ofWord(m.group(3), m.group(2), m.group(1)));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return removeOverlaps(found);
    }

    private static final Pattern DAY_MONTH_AT_START = Pattern.compile(
            "^\\s*(\\d{1,2})(?:er|st|nd|rd|th)?(?:\\.?\\s+" + MONTH_WORD + "|/(\\d{1,2})|\\.(\\d{2})\\.?)(?=\\s|$)",
            Pattern.UNICODE_CASE);

    /**
     * A day and month without a year at the start of a line ("30 Nov", "30/11", "30.11."), as account summaries
     * write them: the year is the one that puts the date on or before {@code latest} (the day the mail was sent).
     */
    public static Optional<Found> dayMonthAtStart(String line, LocalDate latest) {
        Matcher m = DAY_MONTH_AT_START.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Integer> month = m.group(2) != null ? month(m.group(2)) : Optional.of(Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4)));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        for (int year = latest.getYear(); year >= latest.getYear() - 1; year--) {
            Optional<LocalDate> date = of(String.valueOf(year), String.valueOf(month.get()), m.group(1));
            if (date.isPresent() && !date.get().isAfter(latest)) {
                return Optional.of(new Found(date.get(), m.start(1), m.end()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+" + MONTH_WORD + "(?![\\p{L}])(?!\\s*[,.]?\\s*\\d{4}(?!\\d))",
            Pattern.UNICODE_CASE);
    // not "mar. 13/10" (Tuesday the 13th of October): a day followed by "/10" is a numeric date's
    private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?![/.]\\d)(?!\\s*[,.]?\\s*\\d{4}(?!\\d))",
            Pattern.UNICODE_CASE);

    // "le 24/11", "on 24/11", "mar. 24/11": digits only after a word that introduces a day, never a bare "24/11" (a fraction, a ratio)
    private static final Pattern DAY_SLASH_MONTH_NO_YEAR = Pattern.compile(
            "(?iu)(?<=\\b(?:le|du|on|am|au)\\s|\\b(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                    + "|mon|tue|wed|thu|fri|sat|sun)\\.?\\s)(\\d{1,2})[/.](\\d{1,2})(?![/.]?\\d)");

    /**
     * The first day and month named in words without a year ("digest — Feb 16", "le 16 février"), as a subject
     * names a summary's day: the year is the one that puts the date on or before {@code latest} (the mail's day).
     */
    public static Optional<Found> firstYearless(String text, LocalDate latest) {
        List<Found> found = new ArrayList<>();
        collect(DAY_MONTH_NO_YEAR.matcher(text), found, m -> latestOn(m.group(2), m.group(1), latest));
        collect(MONTH_DAY_NO_YEAR.matcher(text), found, m -> latestOn(m.group(1), m.group(2), latest));
        collect(DAY_SLASH_MONTH_NO_YEAR.matcher(text), found, m -> latestOn(m.group(2), m.group(1), latest));
        return found.stream().min((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private static Optional<LocalDate> latestOn(String monthWord, String day, LocalDate latest) {
        Optional<Integer> month = monthWord.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(monthWord)) : month(monthWord);
        for (int year = latest.getYear(); month.isPresent() && year >= latest.getYear() - 1; year--) {
            Optional<LocalDate> date = of(String.valueOf(year), String.valueOf(month.get()), day);
            if (date.isPresent() && !date.get().isAfter(latest)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Why a date read from outside cannot be stored (before 1900 or after 2200), or empty when it can. */
    public static Optional<String> implausible(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            return Optional.of(date + " is outside " + EARLIEST.getYear() + "–" + LATEST.getYear());
        }
        return Optional.empty();
    }

    /** The month number for a month name or abbreviation in French, English or German. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(fold(word)));
    }

    private interface DateOf {
        Optional<LocalDate> apply(Matcher m);
    }

    private static void collect(Matcher m, List<Found> into, DateOf dateOf) {
        while (m.find()) {
            dateOf.apply(m).ifPresent(d -> into.add(new Found(d, m.start(), m.end())));
        }
    }

    private static List<Found> removeOverlaps(List<Found> sorted) {
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : sorted) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }

    private static Optional<LocalDate> ofWord(String year, String monthWord, String day) {
        // "13-Jul-26": accounting software's short year is this century's
        String fullYear = year.length() == 2 ? "20" + year : year;
        return month(monthWord).flatMap(mo -> of(fullYear, String.valueOf(mo), day));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    private static String fold(String word) {
        String noAccents = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"janvier", "january", "januar", "jan", "janv", "jänner", "januari", "gennaio", "enero", "janeiro"},
            {"fevrier", "february", "februar", "feb", "fev", "fevr", "februari", "febbraio", "febrero", "fevereiro"},
            {"mars", "march", "marz", "mar", "maart", "mrt", "marzo", "marco"},
            {"avril", "april", "apr", "avr", "aprile", "abril"},
            {"mai", "may", "mei", "maggio", "mayo", "maio"},
            {"juin", "june", "juni", "jun", "giugno", "junio", "junho"},
            {"juillet", "july", "juli", "jul", "juil", "luglio", "julio", "julho"},
            {"aout", "august", "aug", "augustus", "agosto"},
            {"septembre", "september", "sep", "sept", "settembre", "septiembre", "setiembre", "setembro"},
            {"octobre", "october", "oktober", "oct", "okt", "ottobre", "octubre", "outubro"},
            {"novembre", "november", "nov", "noviembre", "novembro"},
            {"decembre", "december", "dezember", "dec", "dez", "dicembre", "diciembre", "dezembro"},
        };
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(fold(n), i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
