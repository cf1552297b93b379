package org.relance.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Turns an {@link OutgoingMail} into the MIME message that goes over SMTP, with the Message-ID it was queued with. */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage build(Session session, String messageId, OutgoingMail mail, Instant date)
            throws MessagingException {
        return build(session, messageId, mail, date, List.of());
    }

    /** @param replyTo the {@code Reply-To} addresses (none when empty) */
    static MimeMessage build(Session session, String messageId, OutgoingMail mail, Instant date, List<String> replyTo)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(new InternetAddress(mail.from(), true));
        if (!replyTo.isEmpty()) {
            message.setReplyTo(addresses(replyTo));
        }
        message.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
        }
        if (!mail.bcc().isEmpty()) {
            // SMTP never transmits the Bcc header; the archive copy keeps it.
            message.setRecipients(Message.RecipientType.BCC, addresses(mail.bcc()));
        }
        message.setSubject(HeaderText.oneLine(mail.subject()), "UTF-8");
        message.setSentDate(Date.from(date));
        if (mail.inReplyTo().isPresent()) {
            message.setHeader("In-Reply-To", mail.inReplyTo().get());
        }
        List<String> references = new ArrayList<>(mail.references());
        mail.inReplyTo().filter(id -> !references.contains(id)).ifPresent(references::add);
        if (!references.isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", references)));
        }
        if (mail.attachments().isEmpty() && mail.html().isEmpty()) {
            message.setText(mail.text(), "UTF-8");
        } else if (mail.attachments().isEmpty()) {
            message.setContent(alternative(mail.text(), mail.html().get()));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            if (mail.html().isEmpty()) {
                body.setText(mail.text(), "UTF-8");
            } else {
                body.setContent(alternative(mail.text(), mail.html().get()));
            }
            mixed.addBodyPart(body);
            for (OutgoingMail.Attachment a : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mimeType())));
                part.setFileName(a.filename());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    static InternetAddress[] addresses(List<String> list) throws MessagingException {
        InternetAddress[] result = new InternetAddress[list.size()];
        for (int i = 0; i < list.size(); i++) {
            result[i] = new InternetAddress(list.get(i), true);
        }
        return result;
    }

    /** The text and the HTML as alternatives, plain text first (the least preferred). */
    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        return alternative;
    }

    /** A MimeMessage that keeps the Message-ID committed with its outbox row instead of inventing one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
