package org.relance.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.relance.matching.MatchIndex.Evidence;

/**
 * Matches bank credits to open receivables: pure and deterministic, the same inputs in any order give
 * the same allocations. Expected outcomes (nothing matched, several candidates) are allocations too.
 */
public final class Matcher {

    /** Below this many credits, reading the labels in parallel costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 2_000;
    private static final int CHUNK = 4_096;
    /** Rounds of matching the waiting credits again; each needs a credit applied in the one before. */
    public static final int MAX_ROUNDS = 5;

    private final FeeTolerance tolerance;

    public Matcher(FeeTolerance tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    public Matcher() {
        this(FeeTolerance.DEFAULT);
    }

    /**
     * Allocates every credit, oldest first (then by id), so partial payments reduce what is due in date order.
     * Returns allocations in that order; a credit with nothing matched gets one allocation with a null invoice.
     */
    public List<Allocation> match(Collection<Receivable> receivables, Collection<Credit> credits) {
        MatchingRun run = start(receivables);
        List<Credit> ordered = new ArrayList<>(credits);
        ordered.sort(Comparator.comparing(Credit::date).thenComparing(Credit::id)
                .thenComparing(c -> c.amount().amount()).thenComparing(Credit::reference).thenComparing(Credit::payerName));
        MatchIndex index = run.index();
        // Reading labels and names only consults the immutable index, so it runs in parallel; allocating is
        // sequential because each allocation changes what remains due. Chunks keep the evidence short-lived.
        List<List<Allocation>> byCredit = new ArrayList<>(ordered.size());
        // The evidence of credits left waiting, kept for the next rounds (it depends on the index only).
        java.util.Map<Integer, Evidence> waiting = new java.util.HashMap<>();
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            int to = Math.min(ordered.size(), from + CHUNK);
            int base = from;
            IntStream range = IntStream.range(from, to);
            if (ordered.size() >= PARALLEL_THRESHOLD) {
                range = range.parallel();
            }
            Evidence[] evidence = range.mapToObj(k -> index.analyse(ordered.get(k))).toArray(Evidence[]::new);
            for (int k = from; k < to; k++) {
                List<Allocation> found = run.apply(ordered.get(k), evidence[k - base]);
                byCredit.add(found);
                if (found.stream().noneMatch(Allocation::auto)) {
                    waiting.put(k, evidence[k - base]);
                }
            }
        }
        // A credit applied may leave a waiting one's evidence unique (its twin invoice now paid): the bot, fed one
        // payment at a time, matches the waiting ones again after each, so the whole book gets the same rounds.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            MatchingRun again = run.next();
            boolean changed = false;
            for (int k = 0; k < ordered.size(); k++) {
                List<Allocation> before = byCredit.get(k);
                Evidence evidence = waiting.get(k);
                if (evidence == null || before.stream().anyMatch(Allocation::auto)) {
                    continue;
                }
                List<Allocation> now = again.apply(ordered.get(k), evidence);
                boolean unmatchedBefore = before.stream().noneMatch(Allocation::matched);
                if (now.stream().anyMatch(Allocation::auto)) {
                    byCredit.set(k, now);
                    changed = true;
                } else if (unmatchedBefore && now.stream().anyMatch(Allocation::matched)) {
                    byCredit.set(k, now);
                }
            }
            run = again;
            if (!changed) {
                break;
            }
        }
        List<Allocation> out = new ArrayList<>(ordered.size() + ordered.size() / 8);
        for (int k = 0; k < ordered.size(); k++) {
            out.addAll(withoutSettled(ordered.get(k), byCredit.get(k), run));
        }
        return out;
    }

    /**
     * A credit's suggestions, less those for invoices a later credit paid automatically (the live intake withdraws
     * them the same way); a credit left with none is unmatched, saying so.
     */
    private static List<Allocation> withoutSettled(Credit credit, List<Allocation> allocations, MatchingRun last) {
        if (allocations.stream().anyMatch(Allocation::auto)) {
            return allocations;
        }
        List<Allocation> kept = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        for (Allocation a : allocations) {
            if (a.matched() && last.settledByAutomatic(a.invoiceNumber())) {
                settled.add(a.invoiceNumber());
            } else {
                kept.add(a);
            }
        }
        if (settled.isEmpty() || !kept.isEmpty()) {
            return settled.isEmpty() ? allocations : kept;
        }
        return List.of(new Allocation(credit.id(), null, credit.amount(), Method.NONE, BigDecimal.ZERO.setScale(2),
                false, "no open invoice left: " + String.join(", ", settled) + " paid by another payment"));
    }

    /** Indexes the receivables for a session that matches credits one at a time (as they arrive). */
    public MatchingRun start(Collection<Receivable> receivables) {
        return new MatchingRun(new MatchIndex(List.copyOf(receivables)), tolerance);
    }
}
