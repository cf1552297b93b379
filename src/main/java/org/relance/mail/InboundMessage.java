package org.relance.mail;

import java.util.List;

/**
 * A message read from the mailbox: the headers routing needs, and its raw bytes unless it was too large to download.
 *
 * @param from                  the sender's address, lower case; null when the From header is missing or unreadable
 * @param replyTo               Message-IDs from In-Reply-To and References, in order
 * @param authenticationResults every Authentication-Results header, as received
 * @param raw                   the whole message, or null when it was not downloaded
 */
record InboundMessage(long uid, String messageId, String from, String subject, List<String> replyTo,
                      List<String> authenticationResults, boolean automatic, long size, byte[] raw) {

    InboundMessage {
        replyTo = List.copyOf(replyTo);
        authenticationResults = List.copyOf(authenticationResults);
    }

    boolean downloaded() {
        return raw != null;
    }
}
