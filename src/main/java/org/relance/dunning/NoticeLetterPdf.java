package org.relance.dunning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.relance.text.Fold;

/**
 * Lays out a formal notice as an A4 PDF letter: sender and addressee blocks, place and date, subject, then the body
 * rendered from its template. Body markup: a blank line separates paragraphs, {@code - } starts a bullet,
 * {@code **text**} on its own line is bold. Standard 14 Helvetica only, so characters outside WinAnsi are replaced.
 * Stateless; thread-safe.
 */
final class NoticeLetterPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14.5f;
    private static final float RIGHT_BLOCK_X = 320;

    /** @param model the reminder model (names, addresses, dates); {@code body} the rendered letter template */
    @SuppressWarnings("unchecked")
    byte[] render(Map<String, Object> model, String language, String body) {
        boolean fr = "fr".equals(language);
        // Fonts per document: a font object becomes part of the document it is used in.
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(fr ? "Mise en demeure de payer" : "Formal notice to pay");
            doc.getDocumentInformation().setAuthor(safe((String) model.get("companyName"), regular));
            Writer w = new Writer(doc);

            // Sender top left, addressee to the right below it, as on a window envelope.
            w.line((String) model.get("companyName"), bold, MARGIN);
            for (String l : (List<String>) model.get("companyAddressLines")) {
                w.line(l, regular, MARGIN);
            }
            w.line((String) model.get("companyEmail"), regular, MARGIN);
            if (Boolean.TRUE.equals(model.get("hasSiren"))) {
                w.line("SIREN " + model.get("siren"), regular, MARGIN);
            }
            w.gap(2);
            w.line((String) model.get("customerName"), bold, RIGHT_BLOCK_X);
            for (String l : (List<String>) model.get("customerAddressLines")) {
                w.line(l, regular, RIGHT_BLOCK_X);
            }
            w.gap(2);
            String place = (String) model.get("place");
            String today = (String) model.get("today");
            String dated = fr
                    ? (place.isEmpty() ? "Le " + today : "Fait à " + place + ", le " + today)
                    : (place.isEmpty() ? today : place + ", " + today);
            w.line(dated, regular, RIGHT_BLOCK_X);
            w.gap(2);
            w.line(fr ? "Lettre recommandée avec accusé de réception" : "Sent by registered post with acknowledgement of receipt",
                    regular, MARGIN);
            w.line(fr ? "Objet : Mise en demeure de payer" : "Subject: Formal notice to pay", bold, MARGIN);
            w.gap(1);

            for (String raw : body.strip().split("\n", -1)) {
                String line = raw.stripTrailing();
                if (line.isBlank()) {
                    w.gap(0.6f);
                } else if (line.startsWith("**") && line.endsWith("**") && line.length() > 4) {
                    w.wrapped(line.substring(2, line.length() - 2), bold, MARGIN, MARGIN);
                } else if (line.startsWith("- ")) {
                    w.wrapped("•  " + line.substring(2), regular, MARGIN + 8, MARGIN + 20);
                } else {
                    w.wrapped(line, regular, MARGIN, MARGIN);
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the formal notice PDF", e);
        }
    }

    /**
     * Text the font can encode: no-break spaces kept where WinAnsi has them, other spaces plain, accented letters
     * it lacks stripped of their accent, anything else a question mark; never an exception while printing.
     */
    static String safe(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == ReminderFormat.NARROW_NBSP || cp == ReminderFormat.NBSP || cp == '\u2007' || cp == '\u2009') {
                out.append(encodable(font, "\u00A0") ? '\u00A0' : ' ');
                return;
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(Character.isWhitespace(cp) ? " " : "");
                return;
            }
            String s = new String(Character.toChars(cp));
            if (encodable(font, s)) {
                out.append(s);
                return;
            }
            String base = Fold.accents(s);
            out.append(!base.isEmpty() && encodable(font, base) ? base : "?");
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private PDPageContentStream cs;
        private float y;
        private final float width = PDRectangle.A4.getWidth();

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float lines) {
            y -= LEADING * lines;
        }

        void line(String text, PDFont font, float x) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            String s = safe(text, font);
            if (!s.isEmpty()) {
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.newLineAtOffset(x, y);
                cs.showText(s);
                cs.endText();
            }
            y -= LEADING;
        }

        /** Breaks at plain spaces only, so "1 234,56 €" (no-break spaces) stays on one line. */
        void wrapped(String text, PDFont font, float firstX, float nextX) throws IOException {
            String s = safe(text, font);
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float x = firstX;
            for (String word : s.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                float max = width - MARGIN - (lines.isEmpty() ? firstX : nextX);
                if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > max) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            for (String l : lines) {
                line(l, font, x);
                x = nextX;
            }
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
