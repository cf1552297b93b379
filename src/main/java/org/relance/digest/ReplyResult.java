package org.relance.digest;

import java.util.List;
import java.util.Locale;
import org.relance.decision.DecisionOutcome;

/**
 * What one reply did to a digest, line by line: the decisions taken (with their outcome) and the lines not
 * understood; the confirmation email and the terminal print it.
 *
 * @param lines one entry per command line of the reply, in order
 */
public record ReplyResult(long digestId, List<Line> lines) {

    public ReplyResult {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the reply and what came of it.
     *
     * @param outcomes the seam's outcomes of the line's decisions (one per item member); empty when not understood
     * @param problem  why nothing was done for this line (not understood, no such item), else null
     */
    public record Line(String text, List<DecisionOutcome> outcomes, String problem) {
        public Line {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** The confirmation's text in the company language: what was done, what was refused and why, what was not understood. */
    public String confirmation(Locale locale) {
        throw new UnsupportedOperationException("reply confirmation: built by the replies part of issue 11");
    }
}
