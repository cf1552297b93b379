package org.relance.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Builds small one-page PDFs for tests, one text line per string. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static byte[] withLines(String... lines) throws IOException {
        return build(null, lines);
    }

    public static byte[] encrypted(String userPassword, String... lines) throws IOException {
        return build(userPassword, lines);
    }

    private static byte[] build(String userPassword, String... lines) throws IOException {
        byte[] plain = org.relance.demo.DemoPdfs.textPdf(java.util.List.of(lines));
        if (userPassword == null) {
            return plain;
        }
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
