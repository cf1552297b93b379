package org.relance.mail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.relance.text.HtmlText;

/**
 * The text a person typed in a reply: its first text/plain body, or its HTML body as text when it has none
 * (attachments and forwarded messages skipped); bounded in depth and size.
 */
final class ReplyBody {

    private static final int MAX_DEPTH = 10;
    static final int MAX_CHARS = 200_000;

    private ReplyBody() {
    }

    /** The reply's text; empty when the message has no readable text body. */
    static String of(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            String plain = first(message, "text/plain", 0);
            if (plain != null && !plain.isBlank()) {
                return cut(plain);
            }
            String html = first(message, "text/html", 0);
            return html == null ? "" : cut(HtmlText.toText(withoutQuotedHtml(cut(html))));
        } catch (jakarta.mail.MessagingException | IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String first(Part part, String type, int depth) throws jakarta.mail.MessagingException,
            IOException {
        if (depth > MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = first(multipart.getBodyPart(i), type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (part.isMimeType(type)) {
            try {
                Object content = part.getContent();
                if (content instanceof String s) {
                    return s;
                }
            } catch (java.io.UnsupportedEncodingException unknownCharset) {
                // read as UTF-8 below
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readNBytes(MAX_CHARS * 4), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * Cuts an HTML reply at its quoted original, which mail clients mark up rather than prefix with "&gt;": Gmail's
     * {@code gmail_quote}, Apple Mail's and Thunderbird's {@code <blockquote type="cite">}, Outlook's
     * {@code divRplyFwdMsg} / {@code appendonsend}, and any {@code <blockquote>}.
     */
    static String withoutQuotedHtml(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        int cut = html.length();
        for (String marker : QUOTE_MARKERS) {
            int at = lower.indexOf(marker);
            if (at >= 0) {
                int tag = lower.lastIndexOf('<', at);
                cut = Math.min(cut, tag >= 0 ? tag : at);
            }
        }
        return html.substring(0, cut);
    }

    private static final java.util.List<String> QUOTE_MARKERS = java.util.List.of("<blockquote", "class=\"gmail_quote",
            "id=\"divrplyfwdmsg", "id=\"appendonsend", "class=\"moz-cite-prefix");

    private static String cut(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
