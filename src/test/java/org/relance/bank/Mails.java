package org.relance.bank;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

/** Builds bank emails as .eml bytes, the way a mailbox would hand them over. */
final class Mails {

    private Mails() {
    }

    static MimeMessage message(String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("alertes@banque.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("relance@acme.test"));
        message.setSubject(subject, "UTF-8");
        message.setHeader("Date", "Wed, 18 Nov 2026 10:00:00 +0100");
        return message;
    }

    static byte[] text(String subject, String body) throws MessagingException, IOException {
        MimeMessage message = message(subject);
        message.setText(body, "UTF-8", "plain");
        return bytes(message);
    }

    static byte[] html(String subject, String html, String charset, String transferEncoding)
            throws MessagingException, IOException {
        MimeMessage message = message(subject);
        message.setText(html, charset, "html");
        message.setHeader("Content-Transfer-Encoding", transferEncoding);
        return bytes(message);
    }

    static byte[] alternative(String subject, String plain, String html) throws MessagingException, IOException {
        MimeMessage message = message(subject);
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(plain, "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        return bytes(message);
    }

    static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
