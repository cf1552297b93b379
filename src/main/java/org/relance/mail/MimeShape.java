package org.relance.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Locale;

/**
 * The outline of a message's MIME tree — whether it carries a document that may be an invoice — measured under a
 * depth and part-count bound so that a hostile message is refused before anything reads its content.
 */
record MimeShape(int parts, int depth, boolean hasDocument, String tooComplex) {

    boolean acceptable() {
        return tooComplex == null;
    }

    /** Counts part headers in the raw text first: a message with thousands of parts is refused without parsing. */
    static MimeShape of(MimeMessage message, byte[] raw, int maxDepth, int maxParts) {
        int declared = countContentTypeHeaders(raw);
        if (declared > maxParts + 1) {
            return new MimeShape(declared, 0, false,
                    "more than " + maxParts + " MIME parts (mail.limits.maxMimeParts)");
        }
        Walk walk = new Walk(maxDepth, maxParts);
        try {
            walk.visit(message, 0);
        } catch (TooComplex e) {
            return new MimeShape(walk.parts, walk.depth, walk.document, e.getMessage());
        } catch (MessagingException | IOException e) {
            return new MimeShape(walk.parts, walk.depth, walk.document, "unreadable MIME structure: " + e.getMessage());
        }
        return new MimeShape(walk.parts, walk.depth, walk.document, null);
    }

    private static int countContentTypeHeaders(byte[] raw) {
        int count = 0;
        boolean lineStart = true;
        byte[] needle = "content-type:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < raw.length; i++) {
            if (lineStart && matches(raw, i, needle)) {
                count++;
            }
            lineStart = raw[i] == '\n';
        }
        return count;
    }

    private static boolean matches(byte[] raw, int at, byte[] lowerNeedle) {
        if (at + lowerNeedle.length > raw.length) {
            return false;
        }
        for (int k = 0; k < lowerNeedle.length; k++) {
            int c = raw[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerNeedle[k]) {
                return false;
            }
        }
        return true;
    }

    private static final class TooComplex extends Exception {
        TooComplex(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Walk {
        private final int maxDepth;
        private final int maxParts;
        private int parts;
        private int depth;
        private boolean document;

        Walk(int maxDepth, int maxParts) {
            this.maxDepth = maxDepth;
            this.maxParts = maxParts;
        }

        void visit(Part part, int level) throws MessagingException, IOException, TooComplex {
            depth = Math.max(depth, level);
            if (level > maxDepth) {
                throw new TooComplex("MIME nesting deeper than " + maxDepth + " levels (mail.limits.maxMimeDepth)");
            }
            if (++parts > maxParts) {
                throw new TooComplex("more than " + maxParts + " MIME parts (mail.limits.maxMimeParts)");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child, level + 1);
                }
            } else if (part.isMimeType("message/rfc822")) {
                // The original invoice email attached to a forward.
                document = true;
                if (part.getContent() instanceof Part inner) {
                    visit(inner, level + 1);
                }
            } else if (isDocument(part)) {
                document = true;
            }
        }

        private static boolean isDocument(Part part) throws MessagingException {
            String name = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
            return part.isMimeType("application/pdf") || part.isMimeType("application/xml")
                    || part.isMimeType("text/xml") || name.endsWith(".pdf") || name.endsWith(".xml");
        }
    }
}
