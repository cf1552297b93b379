package org.relance.demo;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The demo's mail server: GreenMail in this JVM, IMAP and SMTP on free loopback ports, one mailbox per demo person.
 * Started once and closed once; GreenMail serves clients on its own threads.
 */
final class DemoMailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    /** Address → password, in the order they are printed. */
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server with a mailbox for each address (login = the address). */
    static DemoMailServer start(Map<String, String> users) {
        ServerSetup[] setups = ServerSetup.dynamicPort(new ServerSetup[] {
                new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP)});
        GreenMail greenMail = new GreenMail(setups);
        greenMail.start();
        DemoMailServer server = new DemoMailServer(greenMail);
        users.forEach((address, password) -> {
            greenMail.setUser(address, address, password);
            server.passwords.put(address, password);
        });
        return server;
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    Map<String, String> users() {
        return passwords;
    }

    /** Puts a message straight into a mailbox's INBOX, as the company's receiving server would. */
    void deliver(String address, MimeMessage message) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            throw new IllegalArgumentException("no demo mailbox " + address);
        }
        user.deliver(message);
    }

    /**
     * The messages of a mailbox's INBOX read back over IMAP, as any mail client sees them (fully loaded: usable
     * after the connection is closed).
     */
    List<MimeMessage> inbox(String address) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.imap.host", HOST);
        p.put("mail.imap.port", String.valueOf(imapPort()));
        p.put("mail.imap.connectiontimeout", "5000");
        p.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect(address, passwords.get(address));
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> all = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    all.add(new MimeMessage((MimeMessage) m));
                }
                return all;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
