package org.relance.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Reads plain PDF invoices: text through Tika, then the label heuristics of {@link InvoiceTextFields}. */
final class TextInvoiceReader {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxTextChars;
    private final long maxMemoryBytes;

    TextInvoiceReader(int maxTextChars, long maxMemoryBytes) {
        this.maxTextChars = maxTextChars;
        this.maxMemoryBytes = maxMemoryBytes;
    }

    ExtractedInvoice read(String file, byte[] pdf) throws Unreadable {
        Text text = text(pdf);
        if (text.value().isBlank()) {
            throw new Unreadable("no text in the PDF (a scanned image? OCR is not supported)");
        }
        ExtractedInvoice invoice = InvoiceTextFields.read(file, text.truncated() ? text.value() : layout(pdf, text.value()));
        if (text.truncated()) {
            invoice = invoice.withWarning("text cut after " + maxTextChars + " characters");
        }
        return invoice;
    }

    /**
     * The same text with its columns kept ({@link PdfLayoutText}), read once Tika has accepted the PDF; Tika's
     * text when that fails, so a PDF reads no worse than before.
     */
    private String layout(byte[] pdf, String tikaText) {
        try {
            String layout = PdfLayoutText.of(pdf, maxMemoryBytes, maxTextChars);
            return layout.isBlank() ? tikaText : layout;
        } catch (IOException | RuntimeException e) {
            return tikaText;
        }
    }

    private record Text(String value, boolean truncated) {
    }

    private Text text(byte[] pdf) throws Unreadable {
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        ParseContext context = new ParseContext();
        PDFParserConfig config = new PDFParserConfig();
        // Reading order by position keeps a label and its value on one line in two-column layouts.
        config.setSortByPosition(true);
        config.setExtractInlineImages(false);
        config.setExtractAnnotationText(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setMaxMainMemoryBytes(maxMemoryBytes);
        context.set(PDFParserConfig.class, config);
        try {
            parser.parse(new ByteArrayInputStream(pdf), handler, new Metadata(), context);
            return new Text(handler.toString(), false);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Text(handler.toString(), true);
            }
            throw new Unreadable("unreadable PDF: " + e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new Unreadable("encrypted PDF: it needs a password to be read", e);
        } catch (TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Text(handler.toString(), true);
            }
            if (isEncrypted(e)) {
                throw new Unreadable("encrypted PDF: it needs a password to be read", e);
            }
            throw new Unreadable("corrupt or unreadable PDF: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new Unreadable("corrupt or unreadable PDF: " + rootMessage(e), e);
        }
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
