package org.relance.invoice;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF with its columns kept: each word starts at the text column of its horizontal position, a
 * wide gap is at least two spaces, and a blank line marks a vertical gap between blocks.
 */
final class PdfLayoutText {

    /** One text column per this many points: finer than any standard font's average character. */
    static final float POINTS_PER_COLUMN = 4f;
    /** No line is padded past this column, whatever the coordinates say. */
    private static final int MAX_COLUMN = 400;

    private PdfLayoutText() {
    }

    /** The layout text of the PDF, at most {@code maxChars} characters (then cut). */
    static String of(byte[] pdf, long maxMemoryBytes, int maxChars) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMixed(maxMemoryBytes).streamCache)) {
            Stripper stripper = new Stripper(maxChars);
            stripper.setSortByPosition(true);
            StringWriter out = new StringWriter();
            try {
                stripper.writeText(doc, out);
            } catch (Full enough) {
                // Stopped at the bound: padding must not grow a hostile PDF's text past what Tika allowed.
            }
            String text = out.toString();
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        }
    }

    /** Thrown to stop the extraction once the bound is reached. */
    private static final class Full extends IOException {
        Full() {
            super("layout text bound reached", null);
        }
    }

    private static final class Stripper extends PDFTextStripper {
        private final int maxChars;
        private long written;
        private final StringBuilder line = new StringBuilder();
        private float lineEnd;
        private float lineY = Float.NaN;
        private float lineHeight;
        private float previousY = Float.NaN;
        private float previousHeight;

        Stripper(int maxChars) throws IOException {
            this.maxChars = maxChars;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty()) {
                line.append(text);
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float x = first.getXDirAdj();
            int column = Math.round(x / POINTS_PER_COLUMN);
            if (line.length() == 0) {
                lineY = first.getYDirAdj();
                lineHeight = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : 2 * first.getHeightDir();
                pad(column);
            } else {
                float gap = x - lineEnd;
                float space = Math.max(first.getWidthOfSpace(), first.getFontSizeInPt() * 0.25f);
                if (gap > 2.5f * space) {
                    pad(Math.max(line.length() + 2, column));
                } else if (gap > 0.1f * space && line.charAt(line.length() - 1) != ' ' && !text.startsWith(" ")) {
                    line.append(' ');
                }
            }
            line.append(text);
            lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        private void pad(int column) {
            while (line.length() < Math.min(column, MAX_COLUMN)) {
                line.append(' ');
            }
        }

        @Override
        protected void writeWordSeparator() {
            // Spacing is decided in writeString from the positions.
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            if (line.toString().isBlank()) {
                line.setLength(0);
                return;
            }
            // A gap of more than one empty line separates blocks (the seller's address from the client's).
            if (!Float.isNaN(previousY) && lineY - previousY > 1.9f * Math.max(lineHeight, previousHeight)) {
                output.write("\n");
            }
            String text = stripTrailing(line);
            output.write(text);
            output.write("\n");
            written += text.length() + 1;
            if (written > maxChars) {
                throw new Full();
            }
            previousY = lineY;
            previousHeight = lineHeight;
            line.setLength(0);
        }

        @Override
        protected void writePageStart() throws IOException {
            previousY = Float.NaN;
            output.write("\n");
        }

        @Override
        protected void writePageEnd() throws IOException {
            if (line.length() > 0) {
                writeLineSeparator();
            }
            output.write("\n");
        }

        private static String stripTrailing(StringBuilder b) {
            return b.toString().stripTrailing();
        }
    }
}
