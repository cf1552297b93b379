package org.relance.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matching benchmark on synthetic receivables with known answers: auto-precision, recall and timings.
 * Not a test (surefire ignores the name); run it as described in bench/README.md.
 */
public final class MatchingBenchmark {

    private final GeneratedBook book;
    private final List<Receivable> receivables;
    private final List<Credit> credits;
    private final Set<String> truth;

    private MatchingBenchmark(long seed, int size) {
        this.book = GeneratedBook.of(seed, size);
        this.receivables = book.receivables();
        this.credits = book.credits();
        this.truth = book.truth();
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "cores=%d java=%s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        Matcher matcher = new Matcher();
        long offset = args.length > 0 ? Long.parseLong(args[0]) : 0;
        for (int size : new int[] {10_000, 100_000}) {
            MatchingBenchmark data = new MatchingBenchmark(size + offset, size);
            data.report(matcher, size);
        }
        latency(matcher);
    }

    // ------------------------------------------------------------ measurement

    private void report(Matcher matcher, int size) {
        List<Allocation> result = null;
        long best = Long.MAX_VALUE;
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            result = matcher.match(receivables, credits);
            long elapsed = System.nanoTime() - start;
            if (round >= 1) {
                times.add(elapsed);
            }
            best = Math.min(best, elapsed);
        }
        times.sort(null);
        int auto = 0;
        int autoRight = 0;
        Set<String> proposed = new HashSet<>();
        int unmatchedCredits = 0;
        for (Allocation a : result) {
            if (!a.matched()) {
                unmatchedCredits++;
                continue;
            }
            String pair = a.creditId() + "|" + a.invoiceNumber();
            proposed.add(pair);
            if (a.auto()) {
                auto++;
                autoRight += truth.contains(pair) ? 1 : 0;
            }
        }
        long found = truth.stream().filter(proposed::contains).count();
        System.out.printf(Locale.ROOT,
                "%,d invoices x %,d credits: match %.0f ms (median of 4 after warm-up; first run %.0f ms), "
                        + "auto-precision %.3f%% (%d/%d), recall %.2f%% (%d/%d true allocations proposed), "
                        + "auto share of true allocations %.1f%%, credits left unmatched %d%n",
                receivables.size(), credits.size(), times.get(times.size() / 2) / 1e6, best / 1e6,
                100.0 * autoRight / Math.max(auto, 1), autoRight, auto,
                100.0 * found / truth.size(), found, truth.size(), 100.0 * autoRight / truth.size(), unmatchedCredits);
    }

    private static void latency(Matcher matcher) {
        MatchingBenchmark data = new MatchingBenchmark(7, 10_000);
        List<Credit> sample = data.credits.subList(0, 2_000);
        // Warm-up, then one credit at a time against an indexed run of 10,000 invoices.
        for (int round = 0; round < 3; round++) {
            MatchingRun run = matcher.start(data.receivables);
            sample.forEach(run::match);
        }
        MatchingRun run = matcher.start(data.receivables);
        long[] each = new long[sample.size()];
        for (int k = 0; k < sample.size(); k++) {
            long start = System.nanoTime();
            run.match(sample.get(k));
            each[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(each);
        // And from scratch: index 10,000 invoices and match a single credit.
        long[] cold = new long[30];
        for (int k = 0; k < cold.length; k++) {
            long start = System.nanoTime();
            matcher.match(data.receivables, List.of(sample.get(k)));
            cold[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(cold);
        System.out.printf(Locale.ROOT, "one credit vs 10,000 invoices: indexed run median %.3f ms, p99 %.3f ms, max %.3f ms; "
                        + "index built from scratch + match median %.2f ms%n",
                each[each.length / 2] / 1e6, each[each.length * 99 / 100] / 1e6, each[each.length - 1] / 1e6,
                cold[cold.length / 2] / 1e6);
    }
}
