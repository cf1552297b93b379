package org.relance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import org.relance.config.Mail;

/** Opens IMAP connections to the configured mailbox with every timeout set (Jakarta Mail's defaults are infinite). */
final class ImapConnector {

    private final Mail.Imap imap;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;

    /**
     * @param readTimeout must outlast an IDLE: the watcher re-issues it before this runs out
     */
    ImapConnector(Mail.Imap imap, Duration connectTimeout, Duration readTimeout, Duration writeTimeout) {
        this.imap = imap;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
    }

    /** A connected store; the caller closes it. */
    Store connect() throws MessagingException {
        Store store = MailSessions.imap(imap, connectTimeout, readTimeout, writeTimeout).getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
        return store;
    }
}
