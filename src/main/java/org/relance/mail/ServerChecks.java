package org.relance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Optional;
import org.relance.config.Mail;

/** Tries the configured mail servers once, sending nothing, for {@code check-config}: empty when all is well. */
public final class ServerChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private ServerChecks() {
    }

    /** Logs in to the IMAP mailbox and out again; the reason when it fails. */
    public static Optional<String> imap(Mail.Imap imap) {
        try (Store store = new ImapConnector(imap, TIMEOUT, TIMEOUT, TIMEOUT).connect()) {
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(reason(e));
        }
    }

    /** Connects and authenticates to the SMTP server; the reason when it fails. */
    public static Optional<String> smtp(Mail.Smtp smtp) {
        try (Transport transport = MailSessions.smtp(smtp).getTransport("smtp")) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password().value());
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(reason(e));
        }
    }

    private static String reason(MessagingException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }
}
