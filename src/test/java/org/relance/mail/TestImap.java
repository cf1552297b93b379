package org.relance.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;

/** Looks into a test server's mailbox as a separate IMAP client would. */
final class TestImap {

    private TestImap() {
    }

    /** How many messages {@code folder} ("Relance/Processed" style path) holds; 0 when it does not exist. */
    static int count(int port, String login, String password, String folder) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, login, password);
        try {
            Folder f = store.getFolder(folder.replace('/', store.getDefaultFolder().getSeparator()));
            if (!f.exists()) {
                return 0;
            }
            f.open(Folder.READ_ONLY);
            try {
                return f.getMessageCount();
            } finally {
                f.close(false);
            }
        } finally {
            store.close();
        }
    }
}
