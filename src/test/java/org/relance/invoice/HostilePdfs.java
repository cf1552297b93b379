package org.relance.invoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Builds hostile PDFs for tests, small on disk and huge once read: written as raw bytes and compressed a chunk at a
 * time, so making them never costs the test's own heap what parsing them would.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A page whose embedded TrueType font inflates to {@code inflatedMb} of zeros: a reader must buffer it whole. */
    public static byte[] flateBomb(int inflatedMb) {
        byte[] font = deflateRepeated(new byte[1024 * 1024], inflatedMb);
        Raw pdf = new Raw();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream("", ascii("BT /F1 12 Tf 50 700 Td (Facture n F-BOMB-1) Tj ET"));
        pdf.object("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126"
                + " /FontDescriptor 6 0 R >>");
        pdf.object("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
                + " /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.stream("/Filter /FlateDecode /Length1 " + inflatedMb * 1024L * 1024L, font);
        return pdf.finish();
    }

    /**
     * An object-count bomb: one compressed object stream holding an array of {@code millions} million numbers,
     * referenced from the catalog, so merely opening the document materialises them all.
     */
    public static byte[] objectBomb(int millions) {
        String header = "6 0 ";
        byte[] chunk = ascii(" 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 9.5 0.5".repeat(100_000));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buffer = new byte[64 * 1024];
        feed(deflater, ascii(header + "["), compressed, buffer);
        for (int i = 0; i < millions; i++) {
            feed(deflater, chunk, compressed, buffer);
        }
        feed(deflater, ascii(" ]"), compressed, buffer);
        deflater.finish();
        drain(deflater, compressed, buffer);
        deflater.end();
        Raw pdf = new Raw();
        pdf.object("<< /Type /Catalog /Pages 2 0 R /Names 6 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.stream("", ascii("BT /F1 12 Tf 50 700 Td (Facture) Tj ET"));
        pdf.stream("/Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode", compressed.toByteArray());
        return pdf.finishWithXrefStream(6, 5);
    }

    /** A page that shows {@code millionGlyphs} million characters, compressed to a few kilobytes: a text bomb. */
    public static byte[] textBomb(int millionGlyphs) {
        byte[] line = ascii("(" + "A".repeat(1000) + ") Tj\n");
        byte[] start = ascii("BT /F1 1 Tf 10 10 Td\n");
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buffer = new byte[64 * 1024];
        feed(deflater, start, compressed, buffer);
        for (int i = 0; i < millionGlyphs * 1000; i++) {
            feed(deflater, line, compressed, buffer);
        }
        feed(deflater, ascii("ET\n"), compressed, buffer);
        deflater.finish();
        drain(deflater, compressed, buffer);
        deflater.end();
        Raw pdf = new Raw();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream("/Filter /FlateDecode", compressed.toByteArray());
        pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.finish();
    }

    private static byte[] deflateRepeated(byte[] chunk, int times) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < times; i++) {
            feed(deflater, chunk, compressed, buffer);
        }
        deflater.finish();
        drain(deflater, compressed, buffer);
        deflater.end();
        return compressed.toByteArray();
    }

    private static void feed(Deflater deflater, byte[] input, ByteArrayOutputStream out, byte[] buffer) {
        deflater.setInput(input);
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
    }

    private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Numbered objects written in order, with their offsets for the cross-reference. */
    private static final class Raw {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        Raw() {
            write(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        }

        void object(String body) {
            start();
            write(ascii(body + "\nendobj\n"));
        }

        void stream(String dictionary, byte[] data) {
            start();
            write(ascii("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
            write(data);
            write(ascii("\nendstream\nendobj\n"));
        }

        private void start() {
            offsets.add(out.size());
            write(ascii(offsets.size() + " 0 obj\n"));
        }

        byte[] finish() {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            write(ascii(table.toString()));
            return out.toByteArray();
        }

        /** A cross-reference stream, with object {@code inStream} stored in object stream {@code streamNumber}. */
        byte[] finishWithXrefStream(int inStream, int streamNumber) {
            int self = offsets.size() + 2;
            int xref = out.size();
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            entry(entries, 0, 0, 0xFFFF);
            for (int n = 1; n < self; n++) {
                if (n == inStream) {
                    entry(entries, 2, streamNumber, 0);
                } else {
                    entry(entries, 1, offsets.get(n - 1), 0);
                }
            }
            entry(entries, 1, xref, 0);
            byte[] data = entries.toByteArray();
            write(ascii(self + " 0 obj\n<< /Type /XRef /Size " + (self + 1) + " /W [1 4 2] /Root 1 0 R /Length "
                    + data.length + " >>\nstream\n"));
            write(data);
            write(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
            return out.toByteArray();
        }

        private static void entry(ByteArrayOutputStream entries, int type, long field2, int field3) {
            entries.write(type);
            for (int shift = 24; shift >= 0; shift -= 8) {
                entries.write((int) (field2 >>> shift) & 0xFF);
            }
            entries.write((field3 >>> 8) & 0xFF);
            entries.write(field3 & 0xFF);
        }

        private void write(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
        }
    }
}
