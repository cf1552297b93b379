package org.relance.matching;

import java.util.Locale;

/** Precision and recall on blind books of 2k to 20k credits over many seeds (a main: bench/blind-matching.sh). */
public final class BlindMatchingBenchmark {

    private BlindMatchingBenchmark() {
    }

    public static void main(String[] args) {
        long first = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf(Locale.ROOT, "cores=%d java=%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Matcher matcher = new Matcher();
        for (int size : new int[] {2_000, 5_000, 20_000}) {
            int auto = 0;
            int wrong = 0;
            int should = 0;
            int applied = 0;
            double worstPrecision = 100;
            double worstRecall = 100;
            long millis = 0;
            for (long seed = first; seed < first + seeds; seed++) {
                BlindBook book = BlindBook.of(seed * 7919 + size, size);
                long start = System.nanoTime();
                var result = matcher.match(book.receivables(), book.credits());
                millis += (System.nanoTime() - start) / 1_000_000;
                BlindBookPrecisionTest.Score s = BlindBookPrecisionTest.score(book, result);
                auto += s.auto();
                wrong += s.wrong();
                should += s.shouldBeAuto();
                applied += s.applied();
                worstPrecision = Math.min(worstPrecision, s.precision());
                worstRecall = Math.min(worstRecall, s.recall());
                System.out.printf(Locale.ROOT, "  size %6d seed %4d: %s%n", size, seed, s.line());
                if (args.length > 2) {
                    s.examples().forEach(x -> System.out.println("    " + x));
                }
            }
            System.out.printf(Locale.ROOT,
                    "size %6d x %d seeds: precision %.3f %% (%d wrong of %d automatic, worst seed %.3f %%),"
                            + " recall %.2f %% (%d of %d, worst seed %.2f %%), matching %d ms per book%n",
                    size, seeds, 100.0 * (auto - wrong) / auto, wrong, auto, worstPrecision,
                    100.0 * applied / should, applied, should, worstRecall, millis / seeds);
        }
    }
}
