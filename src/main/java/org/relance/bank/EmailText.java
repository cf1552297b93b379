package org.relance.bank;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relance.text.HtmlText;

/**
 * The readable text of an email: decoded subject, its text parts, its HTML parts as text, and the day it was sent.
 */
record EmailText(String subject, String plain, String html, Optional<LocalDate> sent, Optional<String> from,
        Optional<String> fromName) {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_BODY_CHARS = 1_000_000;

    /** Reads a message; throws only for MIME that cannot be parsed at all. */
    static EmailText of(Part message) throws MessagingException, IOException {
        String subject = "";
        Optional<LocalDate> sent = Optional.empty();
        Optional<String> from = Optional.empty();
        Optional<String> fromName = Optional.empty();
        if (message instanceof MimeMessage mime) {
            subject = decodeHeader(mime.getHeader("Subject", null));
            sent = sentDay(mime);
            from = fromAddress(mime);
            fromName = fromName(mime);
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(message, plain, html, 0);
        return new EmailText(subject, plain.toString(), HtmlText.toText(html.toString()), sent, from, fromName);
    }

    /** The address of the From header, lower-cased; empty when there is none or it cannot be parsed. */
    private static Optional<String> fromAddress(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
                    && address.getAddress() != null) {
                return Optional.of(address.getAddress().strip().toLowerCase(Locale.ROOT));
            }
        } catch (MessagingException unparsable) {
            // a broken From header only means sender-scoped rules are not tried
        }
        return Optional.empty();
    }

    /** The display name of the From header ("Paddle", "Accounts Payable - Corvid Health"); empty when there is none. */
    private static Optional<String> fromName(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address && address.getPersonal() != null) {
                return Optional.of(address.getPersonal().strip()).filter(n -> !n.isEmpty());
            }
        } catch (MessagingException unparsable) {
            // no name: the payer is then only what the text says
        }
        return Optional.empty();
    }

    /** The bodies worth reading, best first: the text part, then the HTML (some text parts only say "view in browser"). */
    List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        if (!plain.isBlank()) {
            bodies.add(plain);
        }
        if (!html.isBlank()) {
            bodies.add(html);
        }
        return bodies;
    }

    private static void collect(Part part, StringBuilder plain, StringBuilder html, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH || plain.length() + html.length() > MAX_BODY_CHARS) {
            return;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, plain, html, depth + 1);
                }
            }
        } else if (part.isMimeType("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof Part inner) {
                collect(inner, plain, html, depth + 1);
            }
        } else if (part.isMimeType("text/html")) {
            html.append(decode(part)).append('\n');
        } else if (part.isMimeType("text/*") || part.getContentType() == null) {
            plain.append(decode(part)).append('\n');
        }
    }

    /** Decodes a text part ourselves so that an unknown or wrong charset never loses the message. */
    private static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_CHARS * 4);
        }
        Charset declared = charsetOf(part.getContentType()).orElse(StandardCharsets.UTF_8);
        Optional<String> strict = strictDecode(bytes, declared);
        if (strict.isPresent()) {
            return strict.get();
        }
        // Mislabelled bodies are common: UTF-8 first, then the Windows Latin-1 that French banks still send.
        return strictDecode(bytes, StandardCharsets.UTF_8).orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
    }

    private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException wrongCharset) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            String name = new ContentType(contentType).getParameter("charset");
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name.strip())));
        } catch (ParseException | IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static String decodeHeader(String raw) {
        if (raw == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
        } catch (UnsupportedEncodingException unknownCharset) {
            return raw.strip();
        }
    }

    private static Optional<LocalDate> sentDay(MimeMessage message) throws MessagingException {
        String header = message.getHeader("Date", null);
        if (header != null) {
            // The day as the bank wrote it (its own offset), not converted to this machine's zone.
            String cleaned = header.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
            try {
                return Optional.of(ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                        .toLocalDate());
            } catch (DateTimeParseException unusual) {
                // fall through to Jakarta Mail's lenient parser
            }
        }
        Date date = message.getSentDate();
        return date == null ? Optional.empty() : Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
