package org.relance.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
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

    /** The failure as a user reads it: the server named, then what went wrong ("IMAP host:993: connection refused"). */
    MessagingException named(MessagingException e) {
        return new MessagingException("IMAP " + imap.host() + ":" + imap.port() + ": " + reason(e), e);
    }

    /** What went wrong in a few words, from the deepest cause that says it. */
    static String reason(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return "login refused" + (e.getMessage() == null ? "" : " (" + e.getMessage().strip() + ")");
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer (timed out)";
            }
            if (t instanceof SSLException) {
                return "TLS failed: " + t.getMessage();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }
}
