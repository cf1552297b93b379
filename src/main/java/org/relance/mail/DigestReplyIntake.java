package org.relance.mail;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The digest feature as the mailbox sees it: applies (or refuses) an answer to a digest in the caller's transaction,
 * so its decisions, its confirmation and the message's processed record commit together.
 */
public interface DigestReplyIntake {

    /**
     * An answer to a digest as the mailbox read it.
     *
     * @param repliedTo our Message-IDs among its In-Reply-To and References, in order
     * @param token     the {@code (#TOKEN)} of its subject, or null
     * @param text      what its sender typed (text body, or the HTML body as text); empty when refused
     * @param refusal   null, or why the mailbox refuses it already: {@code untrusted_sender}, {@code not_authenticated}
     * @param detail    the refusal in words
     */
    record Reply(String from, String messageId, String subject, List<String> repliedTo, String token, String text,
                 String refusal, String detail) {
        public Reply {
            repliedTo = List.copyOf(repliedTo);
        }
    }

    /**
     * @param outcome {@code digest.reply_applied}, {@code digest.reply_refused}, or {@code not_handled.trusted-reply}
     *                (a trusted sender answering one of our reminders, not a digest: left for a person)
     */
    record Result(String outcome, String summary) {
        public boolean applied() {
            return "digest.reply_applied".equals(outcome);
        }
    }

    /** Whether a Message-ID is a digest's email (an answer to it is never a customer's reply). */
    boolean isDigestMessage(Handle h, String messageId);

    Result handle(Handle h, Reply reply);
}
