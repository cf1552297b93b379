package org.relance.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Bounded search for sets of at least two amounts that add up exactly to a payment. */
final class SubsetSum {

    /** Index sets (into the input array) summing to the target; {@code complete} when the search was exhaustive. */
    record Result(List<int[]> solutions, boolean complete) {
    }

    private final long[] values;
    private final Integer[] order;
    private final long[] suffix;
    private final int maxSolutions;
    private int budget;
    private final List<int[]> solutions = new ArrayList<>(2);
    private final int[] chosen;

    private SubsetSum(long[] values, int maxSolutions, int budget) {
        this.values = values;
        this.maxSolutions = maxSolutions;
        this.budget = budget;
        // Largest first: the remaining target shrinks fastest and pruning bites early.
        order = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> values[b] != values[a] ? Long.compare(values[b], values[a]) : Integer.compare(a, b));
        suffix = new long[values.length + 1];
        for (int k = values.length - 1; k >= 0; k--) {
            suffix[k] = suffix[k + 1] + values[order[k]];
        }
        chosen = new int[values.length];
    }

    static Result find(long[] values, long target, int maxSolutions, int nodeBudget) {
        SubsetSum search = new SubsetSum(values, maxSolutions, nodeBudget);
        boolean complete = search.walk(0, target, 0);
        return new Result(List.copyOf(search.solutions), complete);
    }

    /** Returns false when the budget ran out or enough solutions were found (the search stopped early). */
    private boolean walk(int k, long rest, int depth) {
        if (rest == 0) {
            if (depth >= 2) {
                int[] solution = new int[depth];
                for (int d = 0; d < depth; d++) {
                    solution[d] = order[chosen[d]];
                }
                Arrays.sort(solution);
                solutions.add(solution);
                return solutions.size() < maxSolutions;
            }
            return true;
        }
        if (k == values.length || rest < 0 || suffix[k] < rest) {
            return true;
        }
        if (--budget < 0) {
            return false;
        }
        long v = values[order[k]];
        if (v <= rest) {
            chosen[depth] = k;
            if (!walk(k + 1, rest - v, depth + 1)) {
                return false;
            }
        }
        return walk(k + 1, rest, depth);
    }
}
