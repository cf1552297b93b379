package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On blind books (written without reading the matcher), what the matcher applies alone is right at least 99.95 % of
 * the time, and it applies at least 97 % of the credits whose evidence is unique ({@link BlindBook.Truth}'s definition).
 */
class BlindBookPrecisionTest {

    /** Precision and recall of one run, with the wrong automatic allocations and missed credits by kind. */
    record Score(int auto, int wrong, int shouldBeAuto, int applied, Map<String, Integer> wrongByKind,
            Map<String, Integer> missedByKind, List<String> examples) {

        double precision() {
            return auto == 0 ? 100.0 : 100.0 * (auto - wrong) / auto;
        }

        double recall() {
            return shouldBeAuto == 0 ? 100.0 : 100.0 * applied / shouldBeAuto;
        }

        String line() {
            return String.format(Locale.ROOT,
                    "precision %.3f %% (%d wrong of %d automatic), recall %.2f %% (%d of %d should be automatic)"
                            + " wrong by kind %s, missed by kind %s",
                    precision(), wrong, auto, recall(), applied, shouldBeAuto, wrongByKind, missedByKind);
        }
    }

    static Score score(BlindBook book, List<Allocation> result) {
        Map<String, Set<String>> autoByCredit = new HashMap<>();
        Map<String, Integer> wrongByKind = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        Map<String, Credit> credits = new HashMap<>();
        book.credits().forEach(c -> credits.put(c.id(), c));
        int auto = 0;
        int wrong = 0;
        Map<String, List<String>> given = new HashMap<>();
        for (Allocation a : result) {
            given.computeIfAbsent(a.creditId(), k -> new ArrayList<>()).add(a.invoiceNumber() + (a.auto() ? " auto " : " ")
                    + a.method() + " " + a.note());
            if (!a.matched() || !a.auto()) {
                continue;
            }
            auto++;
            autoByCredit.computeIfAbsent(a.creditId(), k -> new HashSet<>()).add(a.invoiceNumber());
            BlindBook.Truth t = book.truth(a.creditId());
            if (!t.invoices().contains(a.invoiceNumber())) {
                wrong++;
                wrongByKind.merge(t.kind(), 1, Integer::sum);
                if (examples.size() < 40) {
                    examples.add("wrong " + t.kind() + " " + credits.get(a.creditId()) + " → " + a.invoiceNumber() + " ("
                            + a.method() + ", " + a.note() + "), truth " + t.invoices());
                }
            }
        }
        int should = 0;
        int applied = 0;
        Map<String, Integer> missedByKind = new TreeMap<>();
        for (Map.Entry<String, BlindBook.Truth> e : book.truths().entrySet()) {
            BlindBook.Truth t = e.getValue();
            if (!t.shouldBeAutomatic()) {
                continue;
            }
            should++;
            if (autoByCredit.getOrDefault(e.getKey(), Set.of()).containsAll(t.invoices())) {
                applied++;
            } else {
                missedByKind.merge(t.kind(), 1, Integer::sum);
                if (examples.size() < 80) {
                    examples.add("missed " + t.kind() + " " + credits.get(e.getKey()) + " truth " + t.invoices()
                            + " given " + given.getOrDefault(e.getKey(), List.of()));
                }
            }
        }
        return new Score(auto, wrong, should, applied, wrongByKind, missedByKind, examples);
    }

    @ParameterizedTest(name = "seed {0}, {1} credits")
    @CsvSource({"20261202, 2000", "777001, 5000", "31337, 5000"})
    void automaticAllocationsAreRightAtLeast9995PerCentAndUniqueEvidenceIsApplied97PerCent(long seed, int size) {
        BlindBook book = BlindBook.of(seed, size);
        Score s = score(book, new Matcher().match(book.receivables(), book.credits()));
        System.out.println("blind book seed " + seed + " size " + size + ": " + s.line());
        s.examples().forEach(x -> System.out.println("  " + x));
        assertThat(s.precision()).as(s.line()).isGreaterThanOrEqualTo(99.95);
        assertThat(s.recall()).as(s.line()).isGreaterThanOrEqualTo(97.0);
    }

    /** The benchmark over many seeds and books up to 20k credits: {@code bench/blind-matching.sh FIRST SEEDS}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.blindBench", matches = ".+")
    void benchmarkOverManySeeds() {
        String[] args = System.getProperty("relance.blindBench").trim().split("[ ,]+");
        BlindMatchingBenchmark.main(args);
    }

    /** The previous generator's benchmark (10k and 100k invoices), for comparison: {@code -Drelance.generatedBench=0}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generatedBench", matches = ".+")
    void generatedBookBenchmark() {
        MatchingBenchmark.main(new String[] {System.getProperty("relance.generatedBench").trim()});
    }
}
