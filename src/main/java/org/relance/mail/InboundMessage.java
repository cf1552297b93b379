package org.relance.mail;

import java.util.List;

/**
 * A message read from the mailbox: the headers routing needs, and its raw bytes unless it was too large to download.
 *
 * @param from                  the sender's address, lower case; null when the From header is missing or unreadable
 * @param replyTo               Message-IDs from In-Reply-To and References, in order
 * @param authenticationResults the Authentication-Results and Received header lines ("Name: value") from the top of
 *                              the message, in order; a bare value counts as an Authentication-Results
 * @param raw                   the whole message, or null when it was not downloaded
 * @param fromProblem           why the From header cannot be trusted (missing, several, several addresses,
 *                              malformed); null when it names exactly one address
 */
record InboundMessage(long uid, String messageId, String from, String subject, List<String> replyTo,
                      List<String> authenticationResults, boolean automatic, long size, byte[] raw,
                      String fromProblem) {

    InboundMessage {
        replyTo = List.copyOf(replyTo);
        authenticationResults = List.copyOf(authenticationResults);
    }

    InboundMessage(long uid, String messageId, String from, String subject, List<String> replyTo,
                   List<String> authenticationResults, boolean automatic, long size, byte[] raw) {
        this(uid, messageId, from, subject, replyTo, authenticationResults, automatic, size, raw, null);
    }

    boolean downloaded() {
        return raw != null;
    }
}
