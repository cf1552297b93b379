package org.relance.invoice;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.text.DateText;

/**
 * Takes a founder's forwarded email apart: the invoice attachments, and the original message's
 * headers (Gmail and Outlook quoted blocks in French, English or German, or an attached message).
 */
final class ForwardedEmailReader {

    /** An attachment that may be an invoice. */
    record Attachment(String name, byte[] content) {
    }

    /** What the email holds: candidate invoice files and the original headers, if found. */
    /** @param bodies the text of the mail's own parts (the forwarding note and the quoted original), HTML as text */
    record Parts(List<Attachment> attachments, Optional<ForwardedHeaders> headers, List<String> bodies) {
    }

    private static final Pattern HEADER_LINE = Pattern.compile(
            "^[\\s>*]*(from|de|von|to|à|a|an|date|sent|envoyé|datum|gesendet|subject|objet|betreff|cc)\\s*:\\s*\\**\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ForwardedEmailReader.class);

    private final int maxDepth;
    private final int maxParts;

    ForwardedEmailReader(int maxDepth, int maxParts) {
        this.maxDepth = maxDepth;
        this.maxParts = maxParts;
    }

    Parts parts(byte[] eml) throws Unreadable {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            Walk walk = new Walk();
            walk.visit(message, 0);
            Optional<ForwardedHeaders> headers = walk.attachedMessage;
            if (headers.isEmpty()) {
                for (String body : walk.bodies) {
                    headers = quotedHeaders(body);
                    if (headers.isPresent()) {
                        break;
                    }
                }
            }
            return new Parts(walk.attachments, headers, walk.bodies);
        } catch (MessagingException | IOException e) {
            throw new Unreadable("unreadable email: " + e.getMessage(), e);
        }
    }

    /** Depth-first walk over the MIME tree, bounded in depth and part count. */
    private final class Walk {
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();
        Optional<ForwardedHeaders> attachedMessage = Optional.empty();
        int seen;

        void visit(Part part, int depth) throws MessagingException, IOException, Unreadable {
            if (depth > maxDepth || ++seen > maxParts) {
                throw new Unreadable("email too deeply nested or with too many parts");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child, depth + 1);
                }
            } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage inner) {
                if (attachedMessage.isEmpty()) {
                    attachedMessage = Optional.of(headersOf(inner));
                }
                visit(inner, depth + 1);
            } else if (isInvoiceFile(part)) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(nameOf(part), in.readAllBytes()));
                }
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && (part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
                String s = text(part);
                if (s != null) {
                    bodies.add(part.isMimeType("text/html") ? htmlToText(s) : s);
                }
            }
        }
    }

    /**
     * A text part's content; a charset Java does not know (utf-7, a typo) is decoded as UTF-8 with replacement
     * characters, with a warning, so that the attachments beside it are still read.
     */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        } catch (java.io.UnsupportedEncodingException e) {
            LOG.warn("text part in an unknown charset ({}): read as UTF-8 with replacement characters",
                    e.getMessage());
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private static boolean isInvoiceFile(Part part) throws MessagingException {
        String name = Optional.ofNullable(part.getFileName()).orElse("").toLowerCase(Locale.ROOT);
        return part.isMimeType("application/pdf") || part.isMimeType("application/xml") || part.isMimeType("text/xml")
                || name.endsWith(".pdf") || name.endsWith(".xml");
    }

    private static String nameOf(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        return part.isMimeType("application/pdf") ? "attachment.pdf" : "attachment.xml";
    }

    private static ForwardedHeaders headersOf(MimeMessage message) throws MessagingException {
        String from = first(message.getFrom()).orElse(null);
        String to = first(message.getRecipients(Message.RecipientType.TO)).orElse(null);
        Date sent = message.getSentDate();
        LocalDate date = sent == null ? null : sent.toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        return new ForwardedHeaders(from, to, date, message.getSubject(), message.getMessageID());
    }

    private static Optional<String> first(jakarta.mail.Address[] addresses) {
        if (addresses == null) {
            return Optional.empty();
        }
        for (jakarta.mail.Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                return Optional.of(ia.getAddress());
            }
        }
        return Optional.empty();
    }

    /**
     * The original headers quoted in a forwarded body: the first block of consecutive
     * "Key: value" lines that starts with the sender and names a recipient.
     */
    static Optional<ForwardedHeaders> quotedHeaders(String body) {
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = HEADER_LINE.matcher(lines.get(i));
            if (!start.matches() || !isFromKey(start.group(1))) {
                continue;
            }
            String from = null;
            String to = null;
            String subject = null;
            LocalDate date = null;
            for (int j = i; j < lines.size(); j++) {
                Matcher m = HEADER_LINE.matcher(lines.get(j));
                if (!m.matches()) {
                    break;
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2).strip();
                switch (key) {
                    case "from", "de", "von" -> from = from == null ? email(value).orElse(value) : from;
                    case "to", "à", "a", "an" -> to = to == null ? email(value).orElse(null) : to;
                    case "subject", "objet", "betreff" -> subject = subject == null ? value : subject;
                    case "date", "sent", "envoyé", "datum", "gesendet" -> date = date == null
                            ? DateText.findAll(value).stream().findFirst().map(DateText.Found::date).orElse(null) : date;
                    default -> {
                        // Cc and the like: part of the block, not needed.
                    }
                }
            }
            if (to != null) {
                return Optional.of(new ForwardedHeaders(from, to, date, subject));
            }
        }
        return Optional.empty();
    }

    private static boolean isFromKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("from") || k.equals("de") || k.equals("von");
    }

    private static Optional<String> email(String value) {
        Matcher m = EMAIL.matcher(value);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String htmlToText(String html) {
        String withBreaks = html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n");
        return TAG.matcher(withBreaks).replaceAll("").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
