package org.relance.demo;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the company's receiving server does for the bot's mailbox, played by the demo: every message arriving for the
 * bot's address (the samples, or one a user sends from a mail client) is moved to the mailbox the bot watches
 * ({@link SampleMail#BOT_INBOX}), with an {@code Authentication-Results} header on top — dmarc pass for a sender with a demo mailbox, fail
 * for anyone else. So bank payments are trusted, and the founder can answer the digest from any mail client, with
 * {@code mail.requireAuthenticationResults} on as in a real deployment. One daemon thread; close stops it.
 */
final class ReceivingServer implements AutoCloseable {

    private static final long EVERY_MS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(ReceivingServer.class);

    private final DemoMailServer mail;
    private final String mailbox;
    private final String target;
    private final Set<String> known;
    private final Thread thread;
    private volatile boolean closing;

    /** Moves what reaches {@code mailbox} to {@code target}. */
    ReceivingServer(DemoMailServer mail, String mailbox, String target) {
        this.mail = mail;
        this.mailbox = mailbox;
        this.target = target;
        this.known = Set.copyOf(mail.users().keySet());
        this.thread = new Thread(this::run, "relance-demo-mx");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closing) {
            try {
                Store store = connect();
                try {
                    while (!closing) {
                        passOnce(store);
                        Thread.sleep(EVERY_MS);
                    }
                } finally {
                    store.close();
                }
            } catch (InterruptedException e) {
                return;
            } catch (MessagingException | IOException | RuntimeException e) {
                if (!closing) {
                    LOG.warn("demo receiving server: {}; trying again", e.toString());
                    sleep();
                }
            }
        }
    }

    /**
     * Moves what is in the INBOX to the watched mailbox, each message stamped; delivered (not appended over IMAP) so
     * that the bot's IDLE hears of it at once.
     */
    void passOnce(Store store) throws MessagingException, IOException {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        try {
            Message[] arrived = inbox.getMessages();
            if (arrived.length == 0) {
                return;
            }
            for (Message m : arrived) {
                mail.deliver(target, stamped((MimeMessage) m));
                m.setFlag(Flags.Flag.DELETED, true);
            }
        } finally {
            inbox.close(true);
        }
    }

    /** The message with our Authentication-Results as its very first header line. */
    private MimeMessage stamped(MimeMessage m) throws MessagingException, IOException {
        String from = m.getFrom() == null || m.getFrom().length == 0 ? null
                : ((InternetAddress) m.getFrom()[0]).getAddress().toLowerCase(java.util.Locale.ROOT);
        String verdict = from != null && known.contains(from) ? "pass" : "fail";
        String domain = from == null ? "unknown" : SampleMail.domainOf(from);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(("Authentication-Results: " + SampleMail.AUTHSERV_ID + "; dmarc=" + verdict + " header.from="
                + domain + "\r\n").getBytes(StandardCharsets.US_ASCII));
        m.writeTo(raw);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.toByteArray()));
    }

    private Store connect() throws MessagingException {
        Properties p = new Properties();
        p.put("mail.imap.host", DemoMailServer.HOST);
        p.put("mail.imap.port", String.valueOf(mail.imapPort()));
        p.put("mail.imap.connectiontimeout", "5000");
        p.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect(mailbox, mail.users().get(mailbox));
        return store;
    }

    private void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
