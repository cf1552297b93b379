package org.relance.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Builds the messages the watcher tests deliver: real corpus files, forwarded or attached, and hostile shapes. */
final class TestMails {

    static final Path CORPUS = Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    static final String FOUNDER = "founder@acme.test";
    static final String BOT = "relance@acme.test";
    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMails() {
    }

    /** A corpus .eml as it was written (a forward from the founder). */
    static MimeMessage corpus(String relative) throws IOException, MessagingException {
        return parse(Files.readAllBytes(CORPUS.resolve(relative)));
    }

    /** The same corpus .eml under another Message-ID: the founder forwarding the same invoice a second time. */
    static MimeMessage corpusAgain(String relative, String messageId) throws IOException, MessagingException {
        MimeMessage copy = corpus(relative);
        copy.setHeader("Message-ID", messageId);
        return reparse(copy, messageId);
    }

    static MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    /** A message from {@code from} with one attachment and a short text. */
    static MimeMessage withAttachment(String from, String messageId, String fileName, String mime, byte[] content)
            throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject("Facture " + fileName);
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Ci-joint la facture envoyée au client.", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(content, mime)));
        file.setFileName(fileName);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        return reparse(m, messageId);
    }

    static MimeMessage withCorpusPdf(String from, String messageId, String relative)
            throws MessagingException, IOException {
        return withAttachment(from, messageId, Path.of(relative).getFileName().toString(), "application/pdf",
                Files.readAllBytes(CORPUS.resolve(relative)));
    }

    static MimeMessage plain(String from, String messageId, String subject, String body) throws MessagingException,
            IOException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        return reparse(m, messageId);
    }

    /** A message whose multiparts nest {@code levels} deep, a PDF at the bottom. */
    static MimeMessage nested(String from, String messageId, int levels, byte[] pdf) throws MessagingException,
            IOException {
        MimeBodyPart inner = new MimeBodyPart();
        inner.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        inner.setFileName("facture.pdf");
        for (int i = 0; i < levels; i++) {
            MimeMultipart wrap = new MimeMultipart("mixed");
            wrap.addBodyPart(inner);
            MimeBodyPart outer = new MimeBodyPart();
            outer.setContent(wrap);
            inner = outer;
        }
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject("Facture imbriquée");
        MimeMultipart top = new MimeMultipart();
        top.addBodyPart(inner);
        m.setContent(top);
        return reparse(m, messageId);
    }

    /** The message with header lines put on top, as a receiving server prepends its trace. */
    static MimeMessage withHeadersOnTop(MimeMessage m, String... lines) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.write((line + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        m.writeTo(out);
        return parse(out.toByteArray());
    }

    /** What our server (mx.acme.test) writes on top of a message whose DMARC check passed for {@code domain}. */
    static MimeMessage authenticated(MimeMessage m, String domain) throws MessagingException, IOException {
        return withHeadersOnTop(m, "Authentication-Results: mx.acme.test; dmarc=pass header.from=" + domain,
                "Received: from mail." + domain + " by mx.acme.test; Tue, 1 Dec 2026 08:00:00 +0000");
    }

    /**
     * A founder's Gmail-style forward of an invoice PDF: the original headers quoted in the text, the PDF attached.
     *
     * @param to the original recipient (the customer's address the founder chose)
     */
    static MimeMessage forwarded(String from, String messageId, String to, byte[] pdf)
            throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, BOT);
        m.setSubject("Fwd: Facture");
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("---------- Forwarded message ---------\nFrom: Acme SAS <" + FOUNDER + ">\n"
                + "Date: Mon, 2 Nov 2026 at 10:02\nSubject: Facture\nTo: <" + to + ">\n\nBonjour,\n", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        file.setFileName("facture.pdf");
        mixed.addBodyPart(file);
        m.setContent(mixed);
        return reparse(m, messageId);
    }

    static byte[] encryptedPdf() throws IOException {
        return org.relance.invoice.TestPdfs.encrypted("user", "Facture n° F-SECRET-1  Total TTC 100,00 EUR");
    }

    /** Saves and parses again, so the message carries its final headers (and the given Message-ID). */
    private static MimeMessage reparse(MimeMessage m, String messageId) throws MessagingException, IOException {
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return parse(out.toByteArray());
    }
}
