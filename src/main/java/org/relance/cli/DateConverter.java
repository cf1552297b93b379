package org.relance.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option ({@code --today}, {@code --by}, {@code --date}…): {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, a real
 * calendar day between {@link #EARLIEST} and {@link #LATEST}; anything else is bad usage with a one-line reason.
 * Registered for every {@link LocalDate} option in {@link Cli#run}.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    /** Bounds no receivable falls outside of; far-off years would overflow day arithmetic downstream. */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        LocalDate date = parse(text, text.contains("/") ? FRENCH : ISO);
        if (date == null) {
            throw new TypeConversionException("'" + value + "' is not a calendar date (expected YYYY-MM-DD or DD/MM/YYYY)");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new TypeConversionException("'" + value + "' is out of range (a date from " + EARLIEST + " to "
                    + LATEST + ")");
        }
        return date;
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
