package org.relance.cli;

/** The {@code --table} / {@code --json} choice of the listing commands: one or the other, never both. */
final class OutputFormat {

    private OutputFormat() {
    }

    /** Bad usage (exit 2) when both were given. */
    static void check(boolean table, boolean json) {
        if (table && json) {
            throw new UsageProblem("--table and --json cannot be used together: choose one");
        }
    }
}
