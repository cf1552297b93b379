package org.relance.invoice;

import java.time.LocalDate;

/**
 * The original message's headers as quoted in a forwarded email (or an attached message/rfc822 part).
 *
 * @param to   the original recipient's address: the customer the invoice was sent to
 * @param date      the day the original was sent, when it could be read
 * @param messageId the original's Message-ID when the original itself is attached (message/rfc822); else null
 */
public record ForwardedHeaders(String from, String to, LocalDate date, String subject, String messageId) {

    public ForwardedHeaders(String from, String to, LocalDate date, String subject) {
        this(from, to, date, subject, null);
    }
}
