package org.relance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import org.relance.config.Mail;

/** Opens IMAP connections to the configured mailbox with every timeout set (Jakarta Mail's defaults are infinite). */
public final class ImapConnector {

    private final Mail.Imap imap;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;

    /**
     * @param readTimeout must outlast an IDLE: the watcher re-issues it before this runs out
     */
    public ImapConnector(Mail.Imap imap, Duration connectTimeout, Duration readTimeout, Duration writeTimeout) {
        this.imap = imap;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
    }

    /** A connected store; the caller closes it. */
    public Store connect() throws MessagingException {
        boolean ssl = imap.security() == Mail.Security.SSL;
        String protocol = ssl ? "imaps" : "imap";
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.setProperty(prefix + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(readTimeout.toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(writeTimeout.toMillis()));
        // Reading a message must not mark it read for the people who share the mailbox.
        p.setProperty(prefix + "peek", "true");
        if (imap.security() == Mail.Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (imap.security() != Mail.Security.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
        return store;
    }

    /** Logs in and out once; the reason when it fails, for check-config. */
    public String check() {
        try (Store store = connect()) {
            return null;
        } catch (MessagingException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
