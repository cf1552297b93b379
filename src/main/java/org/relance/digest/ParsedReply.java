package org.relance.digest;

import java.util.List;

/**
 * A reply's text read with {@link ReplyGrammar}: its commands in order, and the lines it did not understand.
 * Shape owned by the replies part of issue 11 (it may add fields).
 */
public record ParsedReply(List<String> lines) {

    public ParsedReply {
        lines = List.copyOf(lines);
    }
}
