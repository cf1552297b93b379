package org.relance.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One email to send, as the outbox stores it. Header values (addresses, subject, filenames, message ids) are made
 * one-line on construction, so no caller can inject headers; addresses must parse strictly.
 *
 * @param from        the company address the message comes from (may carry a display name)
 * @param html        an HTML alternative to {@code text}, when there is one
 * @param inReplyTo   the Message-ID this one answers (the invoice email), to thread with it
 * @param references  the References chain, oldest first
 * @param purpose     what the message is: {@link #REMINDER} (bound by the send window) or team mail such as
 *                    {@link #DIGEST} and {@link #NOTICE_COPY}
 */
public record OutgoingMail(
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String text,
        Optional<String> html,
        List<Attachment> attachments,
        Optional<String> inReplyTo,
        List<String> references,
        String purpose) {

    /** A reminder to a customer: only sent within the send window. */
    public static final String REMINDER = "reminder";
    /** The daily digest to the team. */
    public static final String DIGEST = "digest";
    /** A copy of a formal notice for the team to print. */
    public static final String NOTICE_COPY = "notice-copy";

    public OutgoingMail {
        from = address(Objects.requireNonNull(from, "from"));
        to = addresses(to);
        cc = addresses(cc);
        bcc = addresses(bcc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an outgoing mail needs at least one recipient");
        }
        subject = HeaderText.oneLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(text, "text");
        html = Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
        inReplyTo = Objects.requireNonNull(inReplyTo, "inReplyTo").map(HeaderText::oneLine).filter(s -> !s.isEmpty());
        references = references.stream().map(HeaderText::oneLine).filter(s -> !s.isEmpty()).toList();
        purpose = HeaderText.oneLine(Objects.requireNonNull(purpose, "purpose"));
        if (!purpose.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("purpose must be a lower-case word such as reminder: " + purpose);
        }
    }

    /** A plain-text mail with no copies, attachments or threading. */
    public static OutgoingMail plain(String from, List<String> to, String subject, String text, String purpose) {
        return new OutgoingMail(from, to, List.of(), List.of(), subject, text, Optional.empty(), List.of(),
                Optional.empty(), List.of(), purpose);
    }

    public boolean isReminder() {
        return REMINDER.equals(purpose);
    }

    private static List<String> addresses(List<String> list) {
        return list.stream().map(OutgoingMail::address).toList();
    }

    private static String address(String text) {
        String line = HeaderText.oneLine(text);
        try {
            // Strict parsing refuses what a neutralised injection attempt leaves behind ("a@b Bcc: c@d").
            return new InternetAddress(line, true).toString();
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address: " + line, e);
        }
    }

    /** A file attached to the mail. */
    public record Attachment(String filename, String mimeType, byte[] content) {

        public Attachment {
            filename = HeaderText.oneLine(Objects.requireNonNull(filename, "filename"));
            mimeType = HeaderText.oneLine(Objects.requireNonNull(mimeType, "mimeType"));
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a && a.filename.equals(filename) && a.mimeType.equals(mimeType)
                    && Arrays.equals(a.content, content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filename, mimeType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + mimeType + ", " + content.length + " bytes]";
        }
    }
}
