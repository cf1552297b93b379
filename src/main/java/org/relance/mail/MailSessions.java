package org.relance.mail;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Properties;
import org.relance.config.Mail;

/** Jakarta Mail sessions for the configured servers, always with timeouts (Angus's defaults wait forever). */
final class MailSessions {

    static final int TIMEOUT_MILLIS = 20_000;

    private MailSessions() {
    }

    static Session smtp(Mail.Smtp smtp) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        p.setProperty("mail.smtp.auth", Boolean.toString(!smtp.password().isBlank()));
        security(p, "smtp", smtp.security());
        timeouts(p, "smtp");
        return Session.getInstance(p);
    }

    static Session imap(Mail.Imap imap) {
        Duration timeout = Duration.ofMillis(TIMEOUT_MILLIS);
        return imap(imap, timeout, timeout, timeout);
    }

    /** An IMAP session whose read timeout may be longer, to outlast an IDLE. */
    static Session imap(Mail.Imap imap, Duration connect, Duration read, Duration write) {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", imap.host());
        p.setProperty("mail.imap.port", Integer.toString(imap.port()));
        // Reading a message must not mark it read for the people who share the mailbox.
        p.setProperty("mail.imap.peek", "true");
        security(p, "imap", imap.security());
        p.setProperty("mail.imap.connectiontimeout", Long.toString(connect.toMillis()));
        p.setProperty("mail.imap.timeout", Long.toString(read.toMillis()));
        p.setProperty("mail.imap.writetimeout", Long.toString(write.toMillis()));
        return Session.getInstance(p);
    }

    private static void security(Properties p, String protocol, Mail.Security security) {
        String prefix = "mail." + protocol + ".";
        switch (security) {
            case SSL -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                // Never fall back to plain text when the server does not offer STARTTLS.
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
    }

    private static void timeouts(Properties p, String protocol) {
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty(prefix + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
    }
}
