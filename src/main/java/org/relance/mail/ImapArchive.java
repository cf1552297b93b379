package org.relance.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.util.List;
import org.relance.config.Mail;

/** The company mailbox seen as the archive of sent mail: appends copies and finds them by Message-ID. */
final class ImapArchive {

    private final Mail.Imap imap;
    private final Session session;

    ImapArchive(Mail.Imap imap) {
        this.imap = imap;
        this.session = MailSessions.imap(imap);
    }

    /** Appends {@code message} to {@code folderName} (created when missing), marked as read. */
    void append(String folderName, MimeMessage message) throws MessagingException {
        try (Store store = connect()) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            message.setFlag(Flags.Flag.SEEN, true);
            folder.appendMessages(new Message[] {message});
        }
    }

    /** True when one of {@code folders} holds a message with this Message-ID; missing folders hold none. */
    boolean contains(List<String> folders, String messageId) throws MessagingException {
        try (Store store = connect()) {
            for (String name : folders) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    continue;
                }
                folder.open(Folder.READ_ONLY);
                try {
                    for (Message m : folder.search(new MessageIDTerm(messageId))) {
                        // The server's HEADER search matches substrings: check the exact value.
                        String[] ids = m.getHeader("Message-ID");
                        if (ids != null && List.of(ids).stream().anyMatch(id -> id.trim().equals(messageId))) {
                            return true;
                        }
                    }
                } finally {
                    folder.close(false);
                }
            }
            return false;
        }
    }

    private Store connect() throws MessagingException {
        Store store = session.getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
        return store;
    }
}
