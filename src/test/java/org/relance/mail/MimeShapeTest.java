package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The part limit is counted on the boundary delimiters of the raw message, before any MIME tree is built. */
class MimeShapeTest {

    /** A multipart/mixed message of {@code parts} bare parts: delimiter, blank line, a word — no part headers. */
    private static byte[] bareParts(int parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("From: " + TestMails.FOUNDER + "\r\nMessage-ID: <bare@acme.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"xx\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] part = "--xx\r\n\r\np\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < parts; i++) {
            out.writeBytes(part);
        }
        out.writeBytes("--xx--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static MimeShape shape(byte[] raw, int maxParts) throws MessagingException {
        return MimeShape.of(TestMails.parse(raw), raw, 20, maxParts);
    }

    @Test
    void barePartsWithoutHeadersCountAgainstTheLimit() throws MessagingException {
        MimeShape shape = shape(bareParts(600), 500);

        assertThat(shape.acceptable()).isFalse();
        assertThat(shape.tooComplex()).isEqualTo("more than 500 MIME parts (mail.limits.maxMimeParts)");
    }

    @Test
    void twoHundredThousandBarePartsAreRefusedFromTheCountAloneWhichStopsAtTheLimit() throws MessagingException {
        MimeShape shape = shape(bareParts(200_000), 500);

        assertThat(shape.acceptable()).isFalse();
        // Counting stopped just past the limit: the tree was never walked, the rest never looked at.
        assertThat(shape.parts()).isBetween(501, 502);
        assertThat(shape.depth()).isZero();
    }

    @Test
    void aMessageWithinTheLimitIsWalkedAndOnlyDeclaredBoundariesCount() throws MessagingException {
        String raw = "From: " + TestMails.FOUNDER + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                + "--outer\r\nContent-Type: text/plain\r\n\r\n--not-a-boundary\r\n--outer-x\r\n"
                + "--outer\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--outer--\r\n";
        MimeShape shape = shape(raw.getBytes(StandardCharsets.US_ASCII), 3);

        assertThat(shape.acceptable()).isTrue();
        assertThat(shape.hasDocument()).isTrue();
    }
}
