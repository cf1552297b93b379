package org.relance.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The outline of a message's MIME tree — whether it carries a document that may be an invoice — measured under a
 * depth and part-count bound so that a hostile message is refused before anything reads its content.
 */
record MimeShape(int parts, int depth, boolean hasDocument, String tooComplex) {

    boolean acceptable() {
        return tooComplex == null;
    }

    /**
     * Counts the parts in the raw bytes first — the delimiter lines of the declared boundaries, whether or not a part
     * has headers — so that a message with thousands of parts is refused without parsing.
     */
    static MimeShape of(MimeMessage message, byte[] raw, int maxDepth, int maxParts) {
        // The message itself is a part, as in the walk below.
        int counted = 1 + countDelimiters(raw, boundaries(raw, maxParts + 1), maxParts);
        if (counted > maxParts) {
            return new MimeShape(counted, 0, false,
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

    private static final byte[] BOUNDARY = "boundary=".getBytes(StandardCharsets.US_ASCII);

    /**
     * Every boundary a {@code boundary=} parameter declares anywhere in the message (a Content-Type header of any
     * part), at most {@code max} of them: each multipart declares one, so more cannot be a message within the limit.
     */
    static Set<ByteBuffer> boundaries(byte[] raw, int max) {
        Set<ByteBuffer> found = new HashSet<>();
        for (int i = 0; i + BOUNDARY.length <= raw.length && found.size() < max; i++) {
            if (!matches(raw, i, BOUNDARY)) {
                continue;
            }
            int from = i + BOUNDARY.length;
            int to;
            if (from < raw.length && raw[from] == '"') {
                from++;
                to = from;
                while (to < raw.length && raw[to] != '"' && raw[to] != '\r' && raw[to] != '\n') {
                    to++;
                }
            } else {
                to = from;
                while (to < raw.length && raw[to] > ' ' && raw[to] != ';' && raw[to] != '"') {
                    to++;
                }
            }
            // RFC 2046: 1 to 70 characters.
            if (to > from && to - from <= 70) {
                found.add(ByteBuffer.wrap(Arrays.copyOfRange(raw, from, to)));
            }
            i = to;
        }
        return found;
    }

    /**
     * Lines "--boundary" (not the closing "--boundary--") of a declared boundary, counted over the raw bytes
     * without building a string per line; counting stops once it is past {@code limit}.
     */
    static int countDelimiters(byte[] raw, Set<ByteBuffer> boundaries, int limit) {
        if (boundaries.isEmpty()) {
            return 0;
        }
        int count = 0;
        int i = 0;
        while (i < raw.length && count <= limit) {
            int end = i;
            while (end < raw.length && raw[end] != '\n') {
                end++;
            }
            if (end - i > 2 && raw[i] == '-' && raw[i + 1] == '-') {
                int to = end;
                while (to > i + 2 && (raw[to - 1] == '\r' || raw[to - 1] == ' ' || raw[to - 1] == '\t')) {
                    to--;
                }
                if (boundaries.contains(ByteBuffer.wrap(raw, i + 2, to - i - 2).slice())) {
                    count++;
                }
            }
            i = end + 1;
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
