package org.relance.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ECB main refinancing rates the user configured: one rate for the half-years no published rate covers
 * ({@code dunning.ecbRatePercent}) or one entry per half-year ({@code dunning.ecbRates}, overriding the
 * published ones shipped in the jar, see {@link #published()}).
 */
public record EcbRates(Optional<BigDecimal> single, List<Entry> perHalfYear) {

    /** The published rates in the jar: ECB, "Key ECB interest rates", MRO fixed rate, one line per half-year. */
    static final String PUBLISHED_RESOURCE = "/ecb/main-refinancing-rates.csv";

    private static final List<Entry> PUBLISHED = readPublished();

    public EcbRates {
        perHalfYear = List.copyOf(perHalfYear);
    }

    public static EcbRates single(BigDecimal percent) {
        return new EcbRates(Optional.of(percent), List.of());
    }

    public static EcbRates perHalfYear(List<Entry> entries) {
        return new EcbRates(Optional.empty(), entries);
    }

    /** The ECB rates shipped in the jar, oldest first: the rate in force on each 1 January / 1 July. */
    public static List<Entry> published() {
        return PUBLISHED;
    }

    private static List<Entry> readPublished() {
        try (InputStream in = EcbRates.class.getResourceAsStream(PUBLISHED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PUBLISHED_RESOURCE);
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("half_year_start")) {
                    continue;
                }
                String[] fields = l.split(",");
                entries.add(new Entry(LocalDate.parse(fields[0].strip()), new BigDecimal(fields[1].strip())));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PUBLISHED_RESOURCE, e);
        }
    }

    /** The rate in force for the half-year starting on {@code from} (a 1 January or 1 July). */
    public record Entry(LocalDate from, BigDecimal percent) {
    }
}
