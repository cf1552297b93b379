package org.relance.invoice;

import java.time.LocalDate;

/**
 * The original message's headers as quoted in a forwarded email (or an attached message/rfc822 part).
 *
 * @param to   the original recipient's address: the customer the invoice was sent to
 * @param date the day the original was sent, when it could be read
 */
public record ForwardedHeaders(String from, String to, LocalDate date, String subject) {
}
