package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;

/**
 * A tenth blind set ({@code eval/invoices/blind10}): invoices printed by the invoicing and accounting software French
 * small businesses use, each imitated in its own visual style without naming the product: an online invoicing SaaS
 * with a coloured header and a "Payer en ligne" button, a CRM's invoice with its quote and a two-instalment
 * "Échéancier", a freelancer's tool ("Facture n°" in the title, "Date de prestation"), a desktop accounting program's
 * grey grid with its boxed footer, an ERP's print with "Tiers", "Réf. commande", a global discount, carriage and a
 * deposit paid, an open-source ERP's default template, a credit note cancelling an invoice, a pharmacy's or shop's A5
 * receipt-like invoice, an agency's invoice in English, a lawyer's fee note with the provision received deducted, a
 * training organisation's VAT-exempt invoice with its sessions, and a restaurant group's monthly invoice listing its
 * delivery notes. Written without looking at the reader, none of them a layout of the earlier sets. Drawn in the
 * embedded DejaVu TrueType fonts with colour bands, ruled grids and boxes; the drawing refuses text that overlaps other
 * text, crosses a rule or leaves the page.
 *
 * <p>Labels: {@code total} is what the invoice costs the customer incl. tax (the net where no VAT is charged); an
 * amount already paid that the document deducts (deposit, provision, earlier payment) gives {@code amountDue} the rest;
 * a due date given only as terms is the one a person computes (N days from the issue date; "N jours fin de mois" is
 * the end of the month in which issue + N falls; "à réception" is the issue date); an instalment plan's due date is
 * the first instalment's; an invoice paid at the counter says nothing on when to pay (null).
 */
public final class BlindLayouts10 {

    /**
     * One layout: draws an invoice on the canvas and says what it contains; {@code round} (0, 1, …) makes the
     * successive drawings of a layout take its variants in turn.
     */
    interface Layout {
        Truth draw(Canvas c, Random random, int round);
    }

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-saas-bandeau-couleur-cartes-payer-en-ligne", BlindLayouts10::saasPayOnline);
        LAYOUTS.put("fr-crm-reference-devis-echeancier-2-versements", BlindLayouts10::crmInstalments);
        LAYOUTS.put("fr-freelance-titre-facture-n-date-de-prestation", BlindLayouts10::freelanceTool);
        LAYOUTS.put("fr-compta-bureau-grille-grise-pied-encadre", BlindLayouts10::desktopGrid);
        LAYOUTS.put("fr-erp-tiers-remise-globale-port-acompte-verse", BlindLayouts10::erpTiers);
        LAYOUTS.put("fr-erp-libre-emetteur-adresse-a-conditions", BlindLayouts10::openSourceErp);
        LAYOUTS.put("fr-facture-avoir-annulation-facture-origine", BlindLayouts10::creditNote);
        LAYOUTS.put("fr-pharmacie-boutique-a5-ticket-mono", BlindLayouts10::receiptA5);
        LAYOUTS.put("fr-agence-en-invoice-due-date-vat-20", BlindLayouts10::agencyEnglish);
        LAYOUTS.put("fr-avocat-note-honoraires-diligences-provision", BlindLayouts10::lawyerNote);
        LAYOUTS.put("fr-formation-exoneree-261-4-4-sessions", BlindLayouts10::trainingExempt);
        LAYOUTS.put("fr-restauration-mensuelle-bons-de-livraison", BlindLayouts10::restaurantMonthly);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind10Test -Drelance.generateBlind10=true}. */
    public static void main(String[] args) throws IOException {
        write(LAYOUTS, args, "src/test/resources/eval/invoices/blind10", 2026_12_11L, 2, "blind10");
    }

    /** As {@link BlindLayouts#write}, for these canvases. */
    static void write(Map<String, Layout> layouts, String[] args, String defaultOut, long defaultSeed,
            int defaultPerLayout, String defaultPrefix) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : defaultOut);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : defaultSeed;
        int perLayout = args.length > 2 ? Integer.parseInt(args[2]) : defaultPerLayout;
        String prefix = args.length > 3 ? args[3] : defaultPrefix;
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        StringBuilder labels = new StringBuilder();
        Random random = new Random(seed);
        int n = 0;
        for (int round = 0; round < perLayout; round++) {
            for (var e : layouts.entrySet()) {
                Canvas c = new Canvas();
                Truth t = e.getValue().draw(c, random, round);
                String file = String.format(Locale.ROOT, "%s-%03d.pdf", prefix, ++n);
                Files.write(out.resolve(file), c.render(file));
                labels.append(json.writeValueAsString(t.label(json, file, "layout", e.getKey()))).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    // --- the canvas

    static final int L = 0;
    static final int R = 1;
    static final int C = 2;

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;
    private static final int LIGHT = 0xD1D5DB;

    /**
     * Pages of positioned text in embedded DejaVu families and colours, with strokes, dashed lines, filled and rounded
     * boxes; A4 or A5.
     */
    static final class Canvas {
        static final String FONTS = "/usr/share/fonts/truetype/dejavu/";
        private static final Map<String, PDType0Font> MEASURING = new HashMap<>();
        private static PDDocument measuringDoc;

        private record Mark(float x, float y, String text, float size, String family, boolean bold, int align,
                int rgb) {
        }

        /** {@code kind}: 0 stroked segment or box, 1 filled box, 2 filled rounded box, 3 dashed segment. */
        private record Rule(int kind, float x, float y, float w, float h, float lineWidth, int rgb) {
        }

        private final List<List<Mark>> marks = new ArrayList<>();
        private final List<List<Rule>> rules = new ArrayList<>();
        PDRectangle size = PDRectangle.A4;
        String family = "DejaVuSans";
        int ink = BLACK;
        int pen = BLACK;
        float y;

        Canvas() {
            newPage();
        }

        /** A5 paper; call before drawing. */
        void a5() {
            size = PDRectangle.A5;
            y = size.getHeight() - 40;
        }

        void newPage() {
            marks.add(new ArrayList<>());
            rules.add(new ArrayList<>());
            y = size.getHeight() - 50;
        }

        int page() {
            return marks.size();
        }

        void put(float x, float at, String text, float pt, boolean bold, int align) {
            if (text != null && !text.isBlank()) {
                marks.get(marks.size() - 1).add(new Mark(x, at, text, pt, family, bold, align, ink));
            }
        }

        void text(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, L);
        }

        void bold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, L);
        }

        void right(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, R);
        }

        void rightBold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, R);
        }

        void center(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, C);
        }

        void centerBold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, C);
        }

        /** Text made smaller until it fits in {@code max} points. */
        void fit(float x, float at, String text, float pt, float max, boolean bold, int align) {
            float p = pt;
            while (p > 5 && width(text, p, bold) > max) {
                p -= 0.25f;
            }
            put(x, at, text, p, bold, align);
        }

        void down(float points) {
            y -= points;
        }

        void hline(float x1, float x2, float at, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(0, x1, at, x2 - x1, 0, lineWidth, pen));
        }

        void vline(float x, float y1, float y2, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(0, x, y1, 0, y2 - y1, lineWidth, pen));
        }

        void box(float x, float bottom, float w, float h, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(0, x, bottom, w, h, lineWidth, pen));
        }

        void dashed(float x1, float x2, float at) {
            rules.get(rules.size() - 1).add(new Rule(3, x1, at, x2 - x1, 0, 0.5f, pen));
        }

        void fill(float x, float bottom, float w, float h, float grey) {
            int g = Math.round(grey * 255);
            fillRgb(x, bottom, w, h, (g << 16) | (g << 8) | g);
        }

        void fillRgb(float x, float bottom, float w, float h, int rgb) {
            rules.get(rules.size() - 1).add(new Rule(1, x, bottom, w, h, 0, rgb));
        }

        /** A filled box with rounded corners (a button). */
        void pill(float x, float bottom, float w, float h, int rgb) {
            rules.get(rules.size() - 1).add(new Rule(2, x, bottom, w, h, 0, rgb));
        }

        float width() {
            return size.getWidth();
        }

        float height() {
            return size.getHeight();
        }

        float width(String text, float pt, boolean bold) {
            return measure(family, text, pt, bold);
        }

        static synchronized float measure(String family, String text, float pt, boolean bold) {
            try {
                if (measuringDoc == null) {
                    measuringDoc = new PDDocument();
                }
                PDType0Font font = MEASURING.get(family + bold);
                if (font == null) {
                    font = PDType0Font.load(measuringDoc, fontFile(family, bold));
                    MEASURING.put(family + bold, font);
                }
                return font.getStringWidth(text) / 1000 * pt;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static File fontFile(String family, boolean bold) throws IOException {
            File file = new File(FONTS + family + (bold ? "-Bold" : "") + ".ttf");
            if (!file.isFile()) {
                throw new IOException("the DejaVu fonts are needed to draw this set: " + file);
            }
            return file;
        }

        private static void colour(PDPageContentStream content, int rgb, boolean stroke) throws IOException {
            float r = ((rgb >> 16) & 0xFF) / 255f;
            float g = ((rgb >> 8) & 0xFF) / 255f;
            float b = (rgb & 0xFF) / 255f;
            if (stroke) {
                content.setStrokingColor(r, g, b);
            } else {
                content.setNonStrokingColor(r, g, b);
            }
        }

        byte[] render(String name) throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Map<String, PDType0Font> fonts = new HashMap<>();
                for (int p = 0; p < marks.size(); p++) {
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    List<float[]> boxes = new ArrayList<>();
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        for (Rule u : rules.get(p)) {
                            if (u.kind() == 1) {
                                colour(content, u.rgb(), false);
                                content.addRect(u.x(), u.y(), u.w(), u.h());
                                content.fill();
                            } else if (u.kind() == 2) {
                                colour(content, u.rgb(), false);
                                float rad = Math.min(u.h() / 2, 8);
                                float k = 0.5523f * rad;
                                float x0 = u.x();
                                float y0 = u.y();
                                float x1 = u.x() + u.w();
                                float y1 = u.y() + u.h();
                                content.moveTo(x0 + rad, y0);
                                content.lineTo(x1 - rad, y0);
                                content.curveTo(x1 - rad + k, y0, x1, y0 + rad - k, x1, y0 + rad);
                                content.lineTo(x1, y1 - rad);
                                content.curveTo(x1, y1 - rad + k, x1 - rad + k, y1, x1 - rad, y1);
                                content.lineTo(x0 + rad, y1);
                                content.curveTo(x0 + rad - k, y1, x0, y1 - rad + k, x0, y1 - rad);
                                content.lineTo(x0, y0 + rad);
                                content.curveTo(x0, y0 + rad - k, x0 + rad - k, y0, x0 + rad, y0);
                                content.closePath();
                                content.fill();
                            }
                        }
                        for (Rule u : rules.get(p)) {
                            if (u.kind() == 0 || u.kind() == 3) {
                                colour(content, u.rgb(), true);
                                content.setLineWidth(u.lineWidth());
                                if (u.kind() == 3) {
                                    content.setLineDashPattern(new float[] {2, 2}, 0);
                                }
                                if (u.w() == 0 || u.h() == 0) {
                                    content.moveTo(u.x(), u.y());
                                    content.lineTo(u.x() + u.w(), u.y() + u.h());
                                } else {
                                    content.addRect(u.x(), u.y(), u.w(), u.h());
                                }
                                content.stroke();
                                if (u.kind() == 3) {
                                    content.setLineDashPattern(new float[] {}, 0);
                                }
                            }
                        }
                        for (Mark t : marks.get(p)) {
                            String key = t.family() + t.bold();
                            PDType0Font font = fonts.get(key);
                            if (font == null) {
                                font = PDType0Font.load(doc, fontFile(t.family(), t.bold()));
                                fonts.put(key, font);
                            }
                            float w = font.getStringWidth(t.text()) / 1000 * t.size();
                            float x = t.align() == R ? t.x() - w : t.align() == C ? t.x() - w / 2 : t.x();
                            boxes.add(new float[] {x, t.y() - 0.21f * t.size(), x + w, t.y() + 0.74f * t.size()});
                            colour(content, t.rgb(), false);
                            content.beginText();
                            content.setFont(font, t.size());
                            content.newLineAtOffset(x, t.y());
                            content.showText(t.text());
                            content.endText();
                        }
                    }
                    check(name, p, boxes, marks.get(p), rules.get(p));
                }
                doc.save(out);
                return out.toByteArray();
            }
        }

        /** Refuses a page whose texts overlap, cross a stroked rule or leave the paper. */
        private void check(String name, int page, List<float[]> boxes, List<Mark> texts, List<Rule> lines) {
            for (int i = 0; i < boxes.size(); i++) {
                float[] a = boxes.get(i);
                String where = name + " page " + (page + 1) + ": '" + texts.get(i).text() + "'";
                if (a[0] < 18 || a[2] > size.getWidth() - 18 || a[1] < 16 || a[3] > size.getHeight() - 16) {
                    throw new IllegalStateException(where + " leaves the page " + Arrays.toString(a));
                }
                for (int j = i + 1; j < boxes.size(); j++) {
                    float[] b = boxes.get(j);
                    if (a[0] < b[2] - 0.5f && b[0] < a[2] - 0.5f && a[1] < b[3] - 0.5f && b[1] < a[3] - 0.5f) {
                        throw new IllegalStateException(where + " overlaps '" + texts.get(j).text() + "'");
                    }
                }
                float base = texts.get(i).y();
                float pt = texts.get(i).size();
                for (Rule u : lines) {
                    if (u.kind() == 1 || u.kind() == 2) {
                        continue;
                    }
                    List<float[]> segments = new ArrayList<>();
                    if (u.w() == 0 || u.h() == 0) {
                        segments.add(new float[] {u.x(), u.y(), u.x() + u.w(), u.y() + u.h()});
                    } else {
                        segments.add(new float[] {u.x(), u.y(), u.x() + u.w(), u.y()});
                        segments.add(new float[] {u.x(), u.y() + u.h(), u.x() + u.w(), u.y() + u.h()});
                        segments.add(new float[] {u.x(), u.y(), u.x(), u.y() + u.h()});
                        segments.add(new float[] {u.x() + u.w(), u.y(), u.x() + u.w(), u.y() + u.h()});
                    }
                    for (float[] s : segments) {
                        boolean crosses;
                        if (s[1] == s[3]) {
                            crosses = s[1] > base - 0.22f * pt && s[1] < base + 0.75f * pt
                                    && Math.min(s[0], s[2]) < a[2] - 0.5f && Math.max(s[0], s[2]) > a[0] + 0.5f;
                        } else {
                            crosses = s[0] > a[0] - 0.5f && s[0] < a[2] + 0.5f
                                    && Math.min(s[1], s[3]) < base + 0.7f * pt && Math.max(s[1], s[3]) > base;
                        }
                        if (crosses) {
                            throw new IllegalStateException(where + " crosses a rule " + Arrays.toString(s));
                        }
                    }
                }
            }
        }
    }

    // --- helpers

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** One of {@code k} variants: in even rounds one of the first {@code k - 1}, in odd rounds the last. */
    private static int variant(Random r, int round, int k) {
        return round % 2 == 0 ? r.nextInt(k - 1) : k - 1;
    }

    /** An issue day from early January to mid-October 2026, so that the due dates stay in 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(284));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    private static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c, 2);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal ratePercent) {
        return amount.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        b.append(1 + r.nextInt(9));
        for (int i = 1; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** "1 234,56" with a no-break space. */
    private static String fr(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "\u00A0", ',');
    }

    /** "1 234,56" with a plain space. */
    private static String frs(BigDecimal a) {
        return BlindLayouts7.num(a, 2, " ", ',');
    }

    /** "1234,56" without grouping, as an old program prints it. */
    private static String frBare(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "", ',');
    }

    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
    }

    private static String eur(BigDecimal a) {
        return fr(a) + "\u00A0€";
    }

    private static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String d(LocalDate date, String pattern) {
        return d(date, pattern, Locale.ROOT);
    }

    private static String dmy(LocalDate date) {
        return d(date, "dd/MM/yyyy");
    }

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static String frWords(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String frMonth(LocalDate date) {
        return MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** The next working day from {@code d} on (itself if it is one). */
    private static LocalDate workday(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static String siren(Random r) {
        return digits(r, 9);
    }

    private static String spacedSiren(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }

    private static String siret(String siren, Random r) {
        return spacedSiren(siren) + " " + String.format(Locale.ROOT, "%05d", 10 + r.nextInt(60));
    }

    /** The French VAT number of a SIREN, with its true key. */
    private static String tva(String siren) {
        long n = Long.parseLong(siren);
        long key = (12 + 3 * (n % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String iban(Random r) {
        String bank = pick(r, new String[] {"30004", "30003", "10278", "18206", "20041", "16606"});
        String rest = bank + String.format(Locale.ROOT, "%05d", r.nextInt(100_000)) + digits(r, 11)
                + String.format(Locale.ROOT, "%02d", r.nextInt(100));
        String all = "FR76" + rest;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(all.charAt(i));
        }
        return b.toString();
    }

    private static String bic(Random r) {
        return pick(r, new String[] {"BNPAFRPPXXX", "SOGEFRPP", "CMCIFR2A", "AGRIFRPP881", "PSSTFRPPLIL",
            "CCBPFRPPNAN"});
    }

    private static String phone(Random r, String area) {
        return area + " " + String.format(Locale.ROOT, "%02d %02d %02d %02d", r.nextInt(100), r.nextInt(100),
                r.nextInt(100), r.nextInt(100));
    }

    /** A pale shade of a colour (its share {@code amount} mixed with white). */
    private static int tint(int rgb, float amount) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = Math.round(255 - (255 - r) * amount);
        g = Math.round(255 - (255 - g) * amount);
        b = Math.round(255 - (255 - b) * amount);
        return (r << 16) | (g << 8) | b;
    }

    /** A code that stays the same for a description ("P4170"). */
    private static String code(String prefix, String label) {
        return prefix + (1000 + Math.floorMod(label.hashCode(), 9000));
    }

    /**
     * Lines drawn from {@code work} ({description, VAT rate, least unit price, spread}), without repeating a
     * description until all were used.
     */
    private static List<Item> lines(Random r, String[][] work, int min, int max) {
        int count = min + r.nextInt(max - min + 1);
        List<String[]> left = new ArrayList<>();
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (left.isEmpty()) {
                left.addAll(List.of(work));
            }
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal qty = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(Integer.parseInt(w[2]) * 100L
                    + (long) (r.nextDouble() * Integer.parseInt(w[3]) * 100L), 2);
            out.add(new Item(w[0], qty, unit, new BigDecimal(w[1])));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    /** An amount after a line discount in percent. */
    private static BigDecimal discounted(BigDecimal qty, BigDecimal unit, int discount) {
        return qty.multiply(unit).multiply(BigDecimal.valueOf(100 - discount)).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Words of {@code text} in lines no wider than {@code max} points. */
    private static List<String> wrap(Canvas c, String text, float pt, float max, boolean bold) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && c.width(tried, pt, bold) > max) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** Label/value pairs, the labels at {@code labelX}, the values at {@code valueX} with {@code align}. */
    private static void pairs(Canvas c, float labelX, float valueX, int align, String[][] rows, float pt,
            float step) {
        for (String[] row : rows) {
            c.text(labelX, c.y, row[0], pt);
            c.put(valueX, c.y, row[1], pt, false, align);
            c.down(step);
        }
    }

    /** The customers: name, street, city. */
    private static final String[][] CLIENTS = {{"Brasserie des Halles SARL", "6 place des Halles", "37000 Tours"},
        {"Cabinet Dentaire du Parc", "41 avenue Foch", "54000 Nancy"},
        {"Menuiserie Lacroix et Fils", "ZA des Écluses, 3 rue Denis Papin", "49000 Angers"},
        {"Kermadec Voyages SAS", "17 quai Duguay-Trouin", "35400 Saint-Malo"},
        {"Librairie La Plume Vagabonde", "9 rue du Bourg", "21000 Dijon"},
        {"Agence Immobilière Duval", "88 cours Gambetta", "34000 Montpellier"},
        {"Domaine des Trois Chênes", "Route de Beaune", "71150 Chagny"},
        {"Fromagerie Mercier SAS", "2 rue de la Halle", "74000 Annecy"},
        {"Transports Royer SARL", "ZI Nord, 12 rue Ampère", "51100 Reims"},
        {"Clinique Vétérinaire des Sources", "15 boulevard de la Liberté", "59800 Lille"},
        {"SCI Les Terrasses du Lac", "1 chemin du Lac", "73100 Aix-les-Bains"},
        {"Hôtel Le Cormoran", "5 boulevard de la Mer", "17200 Royan"}};

    private static final String[] PEOPLE = {"Claire Fontaine", "Julien Marchal", "Sophie Renaud", "Nicolas Bertin",
        "Camille Lemoine", "Thomas Rivière", "Élodie Garnier", "Hugo Lambert", "Manon Chevalier", "Antoine Roussel"};

    private static final String[] MEN = {"Julien Marchal", "Nicolas Bertin", "Thomas Rivière", "Hugo Lambert",
        "Antoine Roussel"};
    private static final String[] WOMEN = {"Claire Fontaine", "Sophie Renaud", "Camille Lemoine", "Élodie Garnier",
        "Manon Chevalier"};

    /** A contact with "M." or "Mme". */
    private static String civil(Random r) {
        return r.nextBoolean() ? "M. " + pick(r, MEN) : "Mme " + pick(r, WOMEN);
    }

    // --- 1. an online invoicing SaaS

    private static final String[][] SAAS_SELLERS = {
        {"Pixelune Studio", "22 rue Paul Bert", "69003 Lyon", "bonjour@pixelune.fr", "SAS au capital de 8 000 €",
            "Lyon"},
        {"Onde Claire Conseil", "9 rue de Strasbourg", "44000 Nantes", "contact@ondeclaire.fr",
            "SARL au capital de 5 000 €", "Nantes"},
        {"Atelier Boussole", "51 rue Sainte-Catherine", "33000 Bordeaux", "hello@atelier-boussole.fr",
            "SAS au capital de 12 000 €", "Bordeaux"},
        {"Mistral Data", "3 cours Julien", "13006 Marseille", "facturation@mistraldata.fr",
            "SAS au capital de 20 000 €", "Marseille"}};
    private static final String[][] SAAS_WORK = {{"Refonte du site vitrine (forfait)", "20", "1800", "2400"},
        {"Maintenance et hébergement - mensuel", "20", "89", "120"}, {"Atelier UX (demi-journée)", "20", "450", "200"},
        {"Rédaction de contenus (page)", "20", "120", "80"}, {"Gestion campagne publicitaire - mois", "20", "350", "300"},
        {"Audit SEO technique", "20", "900", "600"}, {"Shooting photo produits (demi-journée)", "20", "480", "300"},
        {"Formation à l'outil d'édition (heure)", "20", "75", "40"}, {"Nom de domaine et certificat (an)", "20", "35", "30"},
        {"Développement module de réservation", "20", "1200", "2000"}, {"Tableau de bord analytique", "20", "650", "700"}};

    /**
     * An online invoicing SaaS: a full-width coloured header with the seller and "FACTURE N° F-2026-00123" in white,
     * three tinted cards (issue date, due date or "À réception", amount due), "Facturé à" and "Émetteur" side by
     * side, a table with a tinted head row, the totals at the right and a rounded "Payer en ligne" button with the
     * payment link, the bank details and the late-payment mentions (the 40 € indemnity) in the footer; dates in
     * figures or in words.
     */
    static Truth saasPayOnline(Canvas c, Random r, int round) {
        String[] seller = pick(r, SAAS_SELLERS);
        String[] customer = pick(r, CLIENTS);
        int accent = pick(r, new Integer[] {0x4338CA, 0x0F766E, 0x1D4ED8, 0x7C3AED, 0xBE185D});
        int pale = tint(accent, 0.10f);
        LocalDate issue = day(r);
        int v = variant(r, round, 3);
        int days = v == 0 ? 30 : v == 1 ? pick(r, new Integer[] {15, 45}) : 0;
        LocalDate due = issue.plusDays(days);
        String number = "F-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%05d", 10 + r.nextInt(900));
        List<Item> items = lines(r, SAAS_WORK, 2, 6);
        Sums s = sums(items);
        boolean words = r.nextBoolean();
        Function<LocalDate, String> date = x -> words ? frWords(x) : dmy(x);
        String sirenSeller = siren(r);
        float w = c.width();
        c.fillRgb(0, c.height() - 112, w, 112, accent);
        c.ink = WHITE;
        c.bold(40, 790, seller[0], 19);
        c.text(40, 771, seller[1] + " · " + seller[2], 8.5f);
        c.rightBold(555, 790, "FACTURE", 22);
        c.right(555, 771, "N° " + number, 10.5f);
        String[][] cards = {{"Date d'émission", date.apply(issue)},
            days == 0 ? new String[] {"Conditions", "À réception"} : new String[] {"Date d'échéance", date.apply(due)},
            {"Montant dû", eur(s.gross())}};
        for (int k = 0; k < 3; k++) {
            float x = 40 + k * 174;
            c.fillRgb(x, 664, 163, 44, pale);
            c.ink = GREY;
            c.text(x + 10, 694, cards[k][0], 7.5f);
            c.ink = k == 2 ? accent : BLACK;
            c.bold(x + 10, 675, cards[k][1], 11.5f);
        }
        c.ink = accent;
        c.bold(40, 636, "FACTURÉ À", 7.5f);
        c.bold(320, 636, "ÉMETTEUR", 7.5f);
        c.ink = BLACK;
        c.bold(40, 621, customer[0], 10.5f);
        c.text(40, 608, customer[1], 8.5f);
        c.text(40, 596, customer[2], 8.5f);
        c.ink = GREY;
        c.text(40, 584, "SIREN " + spacedSiren(siren(r)), 7.5f);
        c.ink = BLACK;
        c.bold(320, 621, seller[0], 10.5f);
        c.text(320, 608, seller[1], 8.5f);
        c.text(320, 596, seller[2], 8.5f);
        c.ink = GREY;
        c.text(320, 584, seller[3] + " · " + phone(r, "0" + (1 + r.nextInt(5))), 7.5f);
        c.text(320, 573, "SIRET " + siret(sirenSeller, r) + " · TVA " + tva(sirenSeller), 7.5f);
        float top = 540;
        c.fillRgb(40, top - 6, 515, 19, pale);
        c.ink = accent;
        c.bold(48, top, "Description", 8);
        c.rightBold(360, top, "Qté", 8);
        c.rightBold(440, top, "Prix unit. HT", 8);
        c.rightBold(485, top, "TVA", 8);
        c.rightBold(547, top, "Total HT", 8);
        c.ink = BLACK;
        c.y = top - 24;
        for (Item i : items) {
            c.fit(48, c.y, i.label(), 9, 285, false, L);
            c.right(360, c.y, qty(i.qty()), 9);
            c.right(440, c.y, eur(i.unit()), 9);
            c.right(485, c.y, rate(i.rate()) + " %", 9);
            c.right(547, c.y, eur(i.amount()), 9);
            c.pen = LIGHT;
            c.hline(40, 555, c.y - 8, 0.5f);
            c.pen = BLACK;
            c.down(22);
        }
        c.down(4);
        c.text(372, c.y, "Total HT", 9);
        c.right(547, c.y, eur(s.net()), 9);
        c.down(15);
        for (var e : s.taxByRate().entrySet()) {
            c.text(372, c.y, "TVA " + rate(e.getKey()) + " %", 9);
            c.right(547, c.y, eur(e.getValue()), 9);
            c.down(15);
        }
        c.down(5);
        c.fillRgb(362, c.y - 7, 193, 21, pale);
        c.ink = accent;
        c.bold(372, c.y, "Total TTC", 11);
        c.rightBold(547, c.y, eur(s.gross()), 12);
        c.ink = BLACK;
        c.down(48);
        c.pill(395, c.y - 8, 160, 28, accent);
        c.ink = WHITE;
        c.centerBold(475, c.y + 2, "Payer en ligne", 11);
        c.ink = BLACK;
        c.text(40, c.y + 8, "Réglez cette facture en ligne par carte bancaire ou virement instantané :", 8);
        c.ink = accent;
        String domain = seller[3].substring(seller[3].indexOf('@') + 1);
        c.text(40, c.y - 4, "https://factures." + domain + "/p/" + letters(r, 4) + digits(r, 4), 8);
        c.ink = BLACK;
        c.down(36);
        c.text(40, c.y, days == 0 ? "Paiement à réception de la facture."
                : "Paiement à " + days + " jours, soit au plus tard le " + date.apply(due) + ".", 8.5f);
        c.pen = LIGHT;
        c.hline(40, 555, 100, 0.5f);
        c.pen = BLACK;
        c.ink = GREY;
        c.text(40, 88, "Virement : IBAN " + iban(r) + " · BIC " + bic(r), 7);
        c.text(40, 78, "En cas de retard de paiement : pénalités au taux de trois fois le taux d'intérêt légal et "
                + "indemnité forfaitaire pour frais de recouvrement de 40 €.", 6.5f);
        c.text(40, 68, seller[0] + " · " + seller[4] + " · RCS " + seller[5] + " " + spacedSiren(sirenSeller), 6.5f);
        c.right(555, 68, "Page 1/1", 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }

    // --- 2. a CRM's invoice with an instalment plan

    private static final String[][] CRM_SELLERS = {
        {"Solévia Énergies", "Photovoltaïque et bornes de recharge", "145 avenue de la République",
            "59110 La Madeleine", "03", "SOL"},
        {"Bureau Équipement Ouest", "Mobilier et aménagement de bureaux", "ZA de la Lande, 4 rue Gutenberg",
            "35740 Pacé", "02", "BEO"},
        {"Kalyps Intégration", "Intégration de logiciels de gestion", "18 rue du Faubourg Saint-Jean", "45000 Orléans",
            "02", "KLY"}};
    private static final String[][][] CRM_WORK = {
        {{"Panneau photovoltaïque 425 Wc", "20", "180", "60"}, {"Onduleur hybride 6 kW", "20", "1350", "400"},
            {"Borne de recharge 7,4 kW", "20", "890", "300"}, {"Système de fixation toiture", "20", "420", "200"},
            {"Pose et raccordement (forfait)", "20", "1200", "900"}, {"Mise en service et Consuel", "20", "250", "150"},
            {"Passerelle de supervision", "20", "190", "80"}},
        {{"Bureau opératif 160 x 80", "20", "320", "180"}, {"Fauteuil ergonomique synchrone", "20", "280", "190"},
            {"Caisson mobile 3 tiroirs", "20", "150", "70"}, {"Cloison acoustique H 150", "20", "240", "160"},
            {"Table de réunion 8 places", "20", "890", "500"}, {"Livraison et montage (forfait)", "20", "350", "300"},
            {"Armoire haute à portes battantes", "20", "410", "180"}},
        {{"Licence logiciel de gestion (utilisateur / an)", "20", "420", "180"},
            {"Paramétrage et reprise des données (jour)", "20", "750", "150"},
            {"Formation des utilisateurs (jour)", "20", "850", "150"}, {"Développement spécifique (jour)", "20", "700", "200"},
            {"Contrat de maintenance annuel", "20", "1100", "900"}, {"Connecteur banque et paiements", "20", "490", "300"}}};

    /**
     * A CRM's invoice: the seller at the left with a dark accent, "FACTURE" and its number at the right, a boxed
     * "Client" with the contact to the attention of, a column of label/value (invoice date, the quote and the day it
     * was accepted, customer code, sales rep), the subject, lines with a reference and a discount column, the totals
     * at the right, and an "Échéancier" of two instalments at the left (the first due on receipt or later, the second
     * a month or two after); the due date is the first instalment's, the total the whole invoice.
     */
    static Truth crmInstalments(Canvas c, Random r, int round) {
        int which = r.nextInt(CRM_SELLERS.length);
        String[] seller = CRM_SELLERS[which];
        String[] customer = pick(r, CLIENTS);
        int accent = pick(r, new Integer[] {0x1E3A5F, 0x14532D, 0x7F1D1D});
        LocalDate issue = day(r);
        LocalDate accepted = issue.minusDays(20 + r.nextInt(50));
        String number = "FAC-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(800));
        String quote = "DEV-" + accepted.getYear() + "-" + String.format(Locale.ROOT, "%04d", 50 + r.nextInt(700));
        List<String[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Item i : lines(r, CRM_WORK[which], 3, 6)) {
            int rem = r.nextInt(3) == 0 ? pick(r, new Integer[] {5, 10, 15}) : 0;
            BigDecimal amount = discounted(i.qty(), i.unit(), rem);
            items.add(new Item(i.label(), BigDecimal.ONE, amount, i.rate()));
            rows.add(new String[] {code(seller[5] + "-", i.label()), i.label(), qty(i.qty()), fr(i.unit()),
                rem == 0 ? "" : rem + " %", fr(amount)});
        }
        Sums s = sums(items);
        int firstDays = variant(r, round, 3) == 2 ? 0 : pick(r, new Integer[] {15, 30});
        LocalDate first = issue.plusDays(firstDays);
        LocalDate second = first.plusDays(first.getMonthValue() >= 10 ? 30 : pick(r, new Integer[] {30, 60}));
        int share = pick(r, new Integer[] {30, 40, 50});
        BigDecimal one = share(s.gross(), BigDecimal.valueOf(share));
        BigDecimal two = s.gross().subtract(one);
        String rep = pick(r, PEOPLE);
        String contact = pick(r, PEOPLE);
        String sirenSeller = siren(r);
        c.ink = accent;
        c.bold(40, 800, seller[0], 15);
        c.ink = GREY;
        c.text(40, 786, seller[1], 8);
        c.ink = BLACK;
        c.text(40, 774, seller[2], 8);
        c.text(40, 763, seller[3], 8);
        c.text(40, 752, "Tél. " + phone(r, seller[4]), 8);
        c.ink = accent;
        c.rightBold(555, 800, "FACTURE", 20);
        c.ink = BLACK;
        c.right(555, 782, number, 11);
        c.pen = accent;
        c.box(330, 650, 225, 84, 0.7f);
        c.pen = BLACK;
        c.ink = GREY;
        c.text(340, 722, "Client", 7.5f);
        c.ink = BLACK;
        c.bold(340, 707, customer[0], 10);
        c.text(340, 694, "À l'attention de " + contact, 8.5f);
        c.text(340, 682, customer[1], 8.5f);
        c.text(340, 670, customer[2], 8.5f);
        c.text(340, 658, "Code client : CLI-" + String.format(Locale.ROOT, "%05d", 10 + r.nextInt(4000)), 7.5f);
        String[][] meta = {{"Date de facture", dmy(issue)}, {"Référence devis", quote},
            {"Devis accepté le", dmy(accepted)}, {"Commercial", rep},
            {"Votre commande", r.nextBoolean() ? "BC-" + digits(r, 5) : "par signature du devis"}};
        c.y = 712;
        for (String[] m : meta) {
            c.ink = GREY;
            c.text(40, c.y, m[0], 8);
            c.ink = BLACK;
            c.text(130, c.y, m[1], 8.5f);
            c.down(12.5f);
        }
        String subject = switch (which) {
            case 0 -> "Installation photovoltaïque en autoconsommation - " + customer[2].substring(6);
            case 1 -> "Aménagement des bureaux - " + customer[1];
            default -> "Déploiement du logiciel de gestion - lot " + (1 + r.nextInt(3));
        };
        c.fit(40, 630, "Objet : " + subject, 9, 515, true, L);
        float top = 604;
        c.fill(40, top - 6, 515, 19, 0.94f);
        String[] heads = {"Réf.", "Désignation", "Qté", "PU HT", "Remise", "Total HT"};
        float[] xs = {46, 112, 350, 418, 466, 549};
        int[] al = {L, L, R, R, R, R};
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top, heads[k], 8, true, al[k]);
        }
        c.y = top - 20;
        for (String[] row : rows) {
            c.text(xs[0], c.y, row[0], 7.5f);
            c.fit(xs[1], c.y, row[1], 8.5f, 215, false, L);
            for (int k = 2; k < row.length; k++) {
                c.right(xs[k], c.y, row[k], 8.5f);
            }
            c.down(15);
        }
        c.pen = accent;
        c.hline(40, 555, c.y + 6, 0.8f);
        c.pen = BLACK;
        c.down(12);
        float mark = c.y;
        c.text(368, c.y, "Total HT", 9);
        c.right(549, c.y, eur(s.net()), 9);
        c.down(14);
        for (var e : s.taxByRate().entrySet()) {
            c.text(368, c.y, "TVA " + rate(e.getKey()) + " %", 9);
            c.right(549, c.y, eur(e.getValue()), 9);
            c.down(14);
        }
        c.down(6);
        c.fillRgb(360, c.y - 6, 195, 19, tint(accent, 0.12f));
        c.bold(368, c.y, "Total TTC", 10.5f);
        c.rightBold(549, c.y, eur(s.gross()), 10.5f);
        c.y = mark;
        c.ink = accent;
        c.bold(40, c.y, "Échéancier", 10);
        c.ink = BLACK;
        c.down(15);
        c.bold(40, c.y, "Échéance", 7.5f);
        c.bold(112, c.y, "Date", 7.5f);
        c.rightBold(262, c.y, "Part", 7.5f);
        c.rightBold(335, c.y, "Montant TTC", 7.5f);
        c.hline(40, 340, c.y - 5, 0.5f);
        c.down(16);
        String[][] plan = {{"1er versement", firstDays == 0 ? dmy(first) + " (à réception)" : dmy(first),
            share + " %", eur(one)}, {"2e versement", dmy(second), (100 - share) + " %", eur(two)}};
        for (String[] p : plan) {
            c.text(40, c.y, p[0], 8.5f);
            c.text(112, c.y, p[1], 8.5f);
            c.right(262, c.y, p[2], 8.5f);
            c.right(335, c.y, p[3], 8.5f);
            c.down(13);
        }
        c.y = Math.min(c.y, mark - 60) - 20;
        c.text(40, c.y, "Conditions de règlement : en deux versements selon l'échéancier ci-dessus.", 8.5f);
        c.down(12);
        c.text(40, c.y, "Mode de règlement : virement bancaire ou prélèvement SEPA - IBAN " + iban(r), 8);
        c.down(12);
        c.ink = GREY;
        c.text(40, c.y, "Tout retard entraîne des pénalités égales à trois fois le taux d'intérêt légal et une indemnité"
                + " forfaitaire de 40 € pour frais de recouvrement.", 7);
        c.center(297, 52, seller[0] + " - SAS au capital de " + pick(r, new String[] {"30 000", "50 000", "120 000"})
                + " € - SIRET " + siret(sirenSeller, r) + " - TVA " + tva(sirenSeller), 7);
        c.right(555, 40, "Page 1 / 1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, first, s.gross(), "EUR", customer[0]);
    }

    // --- 3. a freelancer's invoicing tool

    private static final String[][] FREELANCERS = {
        {"Julie Moreau", "Développeuse web indépendante", "14 rue Oberkampf", "75011 Paris", "julie@juliemoreau.dev",
            "06 12 48 73 90"},
        {"Thomas Lebrun", "Graphiste et directeur artistique", "5 rue Saint-Rome", "31000 Toulouse",
            "hello@thomaslebrun.fr", "06 71 22 09 45"},
        {"Inès Benali", "Consultante en ressources humaines", "28 rue de Metz", "59000 Lille",
            "contact@ines-benali-rh.fr", "07 68 30 15 22"},
        {"Maxime Carré", "Photographe professionnel", "2 quai de la Fosse", "44000 Nantes",
            "studio@maximecarre.photo", "06 45 91 37 08"}};
    /** Per freelancer: description, unit, least unit price, spread. */
    private static final String[][][] FREELANCE_WORK = {
        {{"Développement front-end", "jour", "420", "180"}, {"Intégration des maquettes", "jour", "380", "120"},
            {"Correctifs et maintenance", "heure", "55", "30"}, {"Mise en production et recette", "forfait", "350", "300"},
            {"Réunion de cadrage", "heure", "65", "20"}},
        {{"Création de logo et déclinaisons", "forfait", "900", "900"}, {"Charte graphique", "forfait", "600", "600"},
            {"Mise en page brochure (page)", "page", "45", "30"}, {"Retouches et allers-retours", "heure", "50", "20"},
            {"Direction artistique (jour)", "jour", "450", "150"}},
        {{"Accompagnement recrutement", "jour", "650", "200"}, {"Entretiens annuels - préparation", "forfait", "800",
            "600"}, {"Atelier managers (demi-journée)", "forfait", "700", "300"}, {"Conseil RH à distance", "heure", "90",
            "40"}},
        {{"Reportage photo entreprise (demi-journée)", "forfait", "550", "250"}, {"Portraits collaborateurs", "unité",
            "45", "25"}, {"Post-production et retouche", "heure", "60", "25"}, {"Cession de droits - usage web 3 ans",
            "forfait", "300", "500"}, {"Frais de déplacement", "forfait", "40", "80"}}};

    /**
     * A freelancer's invoicing tool: "Facture n° 2026-034" large at the top left with "Date d'émission", "Date de
     * prestation" (a day, a period or a month) and the due date or the terms under it, the freelancer's block
     * right-aligned at the top right, "Client" with the contact, a quantity/unit table ruled in an accent colour,
     * VAT at 20 % or the franchise (art. 293 B, the total is then the net), a "Paiement" section; due 30 days after
     * the issue date (printed), 15 days (terms only) or on receipt.
     */
    static Truth freelanceTool(Canvas c, Random r, int round) {
        int which = r.nextInt(FREELANCERS.length);
        String[] me = FREELANCERS[which];
        String[] customer = pick(r, CLIENTS);
        int accent = pick(r, new Integer[] {0x0EA5E9, 0xF97316, 0x10B981, 0xE11D48});
        LocalDate issue = day(r);
        int v = variant(r, round, 3);
        LocalDate due = v == 0 ? issue.plusDays(30) : v == 1 ? issue.plusDays(15) : issue;
        boolean franchise = r.nextBoolean();
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 5 + r.nextInt(140));
        List<String[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        String[][] work = FREELANCE_WORK[which];
        List<String[]> left = new ArrayList<>(List.of(work));
        int count = 2 + r.nextInt(Math.min(4, work.length - 1));
        for (int k = 0; k < count; k++) {
            String[] wk = left.remove(r.nextInt(left.size()));
            int q = switch (wk[1]) {
                case "jour" -> 1 + r.nextInt(12);
                case "heure" -> 2 + r.nextInt(18);
                case "page", "unité" -> 4 + r.nextInt(30);
                default -> 1;
            };
            BigDecimal unit = BigDecimal.valueOf(Integer.parseInt(wk[2]) + r.nextInt(Integer.parseInt(wk[3])))
                    .setScale(2);
            Item i = new Item(wk[0], BigDecimal.valueOf(q), unit, franchise ? BigDecimal.ZERO : pct("20"));
            items.add(i);
            rows.add(new String[] {wk[0], String.valueOf(q), wk[1], eur(unit), eur(i.amount())});
        }
        Sums s = sums(items);
        String prestation = switch (r.nextInt(3)) {
            case 0 -> dmy(issue.minusDays(1 + r.nextInt(8)));
            case 1 -> {
                LocalDate m = issue.minusMonths(1);
                yield "du " + dmy(workday(m.withDayOfMonth(1))) + " au " + dmy(endOfMonth(m).minusDays(r.nextInt(3)));
            }
            default -> frMonth(issue.minusMonths(1));
        };
        String sirenMe = siren(r);
        c.ink = accent;
        c.fillRgb(40, 772, 4, 30, accent);
        c.ink = BLACK;
        c.bold(52, 780, "Facture n° " + number, 22);
        c.y = 748;
        String[][] meta = {{"Date d'émission :", dmy(issue)}, {"Date de prestation :", prestation},
            v == 0 ? new String[] {"Date d'échéance :", dmy(due)}
                : new String[] {"Conditions de paiement :", v == 1 ? "à 15 jours" : "à réception"}};
        for (String[] m : meta) {
            c.ink = GREY;
            c.text(52, c.y, m[0], 9);
            c.ink = BLACK;
            c.text(52 + c.width(m[0], 9, false) + 5, c.y, m[1], 9);
            c.down(13);
        }
        String[] block = {me[1], me[2], me[3], me[4], me[5], "SIRET " + siret(sirenMe, r)};
        c.rightBold(555, 795, me[0] + (franchise ? " EI" : ""), 11);
        float by = 782;
        for (String b : block) {
            c.right(555, by, b, 8);
            by -= 11;
        }
        c.ink = accent;
        c.bold(52, 676, "Client", 8.5f);
        c.ink = BLACK;
        c.bold(52, 661, customer[0], 10.5f);
        c.text(52, 648, "À l'attention de " + civil(r), 8.5f);
        c.text(52, 636, customer[1], 8.5f);
        c.text(52, 624, customer[2], 8.5f);
        if (r.nextBoolean()) {
            c.ink = GREY;
            c.text(320, 661, "Votre référence", 8);
            c.ink = BLACK;
            c.text(320, 648, "Bon de commande n° " + digits(r, 6), 8.5f);
        }
        float top = 585;
        String[] heads = {"Description", "Qté", "Unité", "Prix unitaire HT", "Montant HT"};
        float[] xs = {52, 330, 345, 470, 555};
        int[] al = {L, R, L, R, R};
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top, heads[k], 8, true, al[k]);
        }
        c.pen = accent;
        c.hline(48, 555, top - 6, 1.2f);
        c.pen = LIGHT;
        c.y = top - 22;
        for (String[] row : rows) {
            c.fit(xs[0], c.y, row[0], 9, 270, false, L);
            c.right(xs[1], c.y, row[1], 9);
            c.text(xs[2], c.y, row[2], 9);
            c.right(xs[3], c.y, row[3], 9);
            c.right(xs[4], c.y, row[4], 9);
            c.hline(48, 555, c.y - 8, 0.5f);
            c.down(22);
        }
        c.pen = BLACK;
        c.down(4);
        if (franchise) {
            c.bold(380, c.y, "Total", 11);
            c.rightBold(555, c.y, eur(s.gross()), 11);
            c.down(14);
            c.ink = GREY;
            c.right(555, c.y, "TVA non applicable, art. 293 B du CGI", 7.5f);
            c.ink = BLACK;
            c.down(14);
        } else {
            c.text(380, c.y, "Total HT", 9);
            c.right(555, c.y, eur(s.net()), 9);
            c.down(14);
            c.text(380, c.y, "TVA (20 %)", 9);
            c.right(555, c.y, eur(s.tax()), 9);
            c.down(16);
            c.bold(380, c.y, "Total TTC", 11);
            c.rightBold(555, c.y, eur(s.gross()), 11);
            c.down(14);
        }
        c.down(26);
        c.ink = accent;
        c.bold(52, c.y, "Paiement", 9);
        c.ink = BLACK;
        c.down(14);
        c.text(52, c.y, v == 0 ? "À régler avant le " + dmy(due) + ", par virement bancaire."
                : v == 1 ? "Paiement à 15 jours à compter de la date d'émission." : "Paiement à réception de facture.",
                8.5f);
        c.down(12);
        c.text(52, c.y, "IBAN : " + iban(r) + "   BIC : " + bic(r), 8.5f);
        c.down(12);
        c.ink = GREY;
        c.text(52, c.y, "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal."
                + " Indemnité forfaitaire de recouvrement : 40 €.", 7);
        c.center(297, 46, me[0] + (franchise ? " - Entrepreneur individuel - Dispensé d'immatriculation au RCS et au RM"
                : " - EI - TVA " + tva(sirenMe)), 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }
    // --- 4. a desktop accounting program's grey grid

    private static final String[][] GRID_SELLERS = {
        {"HYGIÈNE SERVICES DU CENTRE", "Produits d'entretien et d'hygiène professionnelle", "Rue des Varennes, ZA Les Gravanches",
            "63100 Clermont-Ferrand", "04", "4690Z"},
        {"BUREAUTIQUE ARMOR", "Fournitures et consommables de bureau", "7 rue de la Rigourdière", "35510 Cesson-Sévigné",
            "02", "4666Z"},
        {"QUINCAILLERIE PROFESSIONNELLE DU SUD", "Outillage, fixations, équipement", "Chemin de la Carrière",
            "30900 Nîmes", "04", "4674A"}};
    private static final String[][][] GRID_WORK = {
        {{"Essuie-mains ouate 2 plis (colis de 20)", "20", "28", "14"}, {"Savon mousse cartouche 1 L", "20", "7", "5"},
            {"Sacs poubelle 110 L (carton de 200)", "20", "32", "12"}, {"Détergent sols 5 L", "20", "11", "8"},
            {"Désinfectant surfaces 750 ml", "20", "4", "3"}, {"Gants nitrile T.M (boîte de 100)", "20", "6", "4"},
            {"Papier toilette 200 m (colis de 12)", "20", "18", "9"}, {"Distributeur essuie-mains", "20", "35", "25"},
            {"Chiffons microfibre (lot de 10)", "20", "9", "6"}, {"Liquide vaisselle 5 L", "20", "10", "6"},
            {"Balai frange 40 cm", "20", "14", "8"}, {"Seau de lavage 25 L", "20", "38", "20"},
            {"Dégraissant cuisine 5 L", "20", "16", "9"}, {"Pastilles lave-vaisselle (seau de 150)", "20", "24", "10"},
            {"Sel régénérant 10 kg", "20", "8", "4"}, {"Gel hydroalcoolique 1 L", "20", "9", "5"}},
        {{"Ramette papier A4 80 g (carton de 5)", "20", "19", "7"}, {"Cartouche toner noir", "20", "62", "70"},
            {"Classeur levier dos 80 mm", "20", "3", "2"}, {"Stylo bille bleu (boîte de 50)", "20", "14", "8"},
            {"Enveloppes DL fenêtre (boîte de 500)", "20", "21", "9"}, {"Post-it 76 x 76 (lot de 12)", "20", "12", "6"},
            {"Chemises cartonnées (paquet de 100)", "20", "13", "7"}, {"Agrafeuse de bureau", "20", "15", "12"},
            {"Étiquettes adresse (boîte de 1400)", "20", "24", "11"}, {"Surligneurs (pochette de 4)", "20", "4", "3"},
            {"Bloc-notes A4 quadrillé", "20", "2", "2"}, {"Pochettes perforées (boîte de 100)", "20", "5", "4"},
            {"Corbeille à courrier", "20", "6", "5"}, {"Ruban correcteur (lot de 10)", "20", "17", "6"},
            {"Piles AA (boîte de 24)", "20", "13", "6"}, {"Câble HDMI 2 m", "20", "9", "8"}},
        {{"Vis agglo 4 x 40 (boîte de 500)", "20", "11", "6"}, {"Chevilles nylon 8 mm (boîte de 100)", "20", "6", "4"},
            {"Forets métal HSS (coffret de 19)", "20", "24", "18"}, {"Disque à tronçonner 125 mm", "20", "2", "2"},
            {"Mastic silicone transparent", "20", "6", "4"}, {"Mousse polyuréthane 750 ml", "20", "9", "5"},
            {"Gants de manutention (paire)", "20", "3", "3"}, {"Mètre ruban 5 m", "20", "8", "6"},
            {"Cadenas laiton 40 mm", "20", "12", "8"}, {"Charnière inox 80 mm", "20", "4", "3"},
            {"Colle néoprène 1 L", "20", "17", "8"}, {"Niveau à bulle 60 cm", "20", "19", "12"},
            {"Lame de cutter 18 mm (lot de 10)", "20", "4", "3"}, {"Rallonge électrique 25 m", "20", "29", "20"},
            {"Ruban adhésif toilé", "20", "5", "3"}, {"Serre-joint 300 mm", "20", "14", "9"}}};

    /** The grid's column edges and heads. */
    private static final float[] GRID_X = {40, 96, 292, 328, 384, 420, 494, 555};
    private static final String[] GRID_HEADS = {"Code", "Désignation", "Qté", "P.U. HT", "Rem.%", "Montant HT", "TVA"};

    /**
     * A desktop accounting program's print in condensed type: the seller's block in capitals at the top left, a grey
     * "FACTURE" box over a grid of Numéro / Date / Code client / Page at the top right, the customer in the window,
     * the order and delivery note, an item grid with vertical rules down to the footer (codes, a discount column,
     * VAT code), and a boxed footer: VAT recap by code, "Mode de règlement" and "Date d'échéance" cells, totals and a
     * grey "Net à payer"; in odd rounds a long order over two pages grouped by delivery note, the footer only on page 2.
     */
    static Truth desktopGrid(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        int which = r.nextInt(GRID_SELLERS.length);
        String[] seller = GRID_SELLERS[which];
        String[] customer = pick(r, CLIENTS);
        LocalDate issue = day(r);
        boolean two = round % 2 == 1;
        String number = r.nextBoolean() ? "FA" + String.format(Locale.ROOT, "%06d", 1000 + r.nextInt(9000))
                : "F" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%05d", 100 + r.nextInt(3000));
        String client = "411" + customer[0].replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, 5);
        int terms = r.nextInt(4);
        LocalDate due = switch (terms) {
            case 0 -> issue.plusDays(30);
            case 1 -> endOfMonth(issue.plusDays(45));
            case 2 -> issue.plusDays(45);
            default -> endOfMonth(issue).plusDays(r.nextBoolean() ? 0 : 10);
        };
        String mode = pick(r, new String[] {"Virement", "Chèque", "LCR directe", "Prélèvement"});
        // rows: {code, label, qty, unit, rem, amount, vat code} or a delivery-note heading {null, heading}
        List<String[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int groups = two ? 4 : 1;
        LocalDate bl = issue.minusDays(3 * groups + 2 + r.nextInt(6));
        for (int g = 0; g < groups; g++) {
            if (two) {
                rows.add(new String[] {null, "BL n° " + digits(r, 5) + " du " + dmy(bl)});
                bl = workday(bl.plusDays(3 + r.nextInt(3)));
            }
            for (Item i : lines(r, GRID_WORK[which], two ? 9 : 6, two ? 12 : 15)) {
                int rem = r.nextInt(4) == 0 ? pick(r, new Integer[] {5, 10}) : 0;
                BigDecimal amount = discounted(i.qty(), i.unit(), rem);
                items.add(new Item(i.label(), BigDecimal.ONE, amount, i.rate()));
                rows.add(new String[] {code("", i.label()), i.label(), qty(i.qty()) + ",00", frBare(i.unit()),
                    rem == 0 ? "" : rem + ",00", frBare(amount), "1"});
            }
        }
        Sums s = sums(items);
        String sirenSeller = siren(r);
        String pages = two ? "2" : "1";
        header(c, seller, customer, number, issue, client, "1/" + pages, r, true);
        c.family = "DejaVuSansCondensed";
        c.text(40, 690, "Votre commande n° " + (r.nextBoolean() ? "CDE" + digits(r, 5) : digits(r, 7)) + " du "
                + dmy(issue.minusDays(8 + r.nextInt(10))), 8);
        if (!two) {
            c.text(40, 678, "Livraison : BL n° " + digits(r, 5) + " du " + dmy(issue.minusDays(r.nextInt(4))), 8);
        }
        c.text(40, 666, "Représentant : " + pick(r, PEOPLE), 8);
        int at = 0;
        float bottom = two ? 96 : 248;
        at = grid(c, rows, at, 600, bottom);
        if (two) {
            c.center(297, 80, "Suite page suivante...", 8);
            c.newPage();
            header(c, seller, customer, number, issue, client, "2/2", r, false);
            c.family = "DejaVuSansCondensed";
            at = grid(c, rows, at, 720, 248);
        }
        if (at < rows.size()) {
            throw new IllegalStateException("the grid holds " + at + " of " + rows.size() + " rows");
        }
        // the boxed footer
        c.box(40, 80, 515, 158, 0.8f);
        c.vline(312, 80, 238, 0.6f);
        c.fill(40.4f, 218, 271.2f, 19.6f, 0.85f);
        c.bold(48, 224, "Code", 7.5f);
        c.rightBold(150, 224, "Base HT", 7.5f);
        c.rightBold(205, 224, "Taux", 7.5f);
        c.rightBold(300, 224, "Montant TVA", 7.5f);
        c.hline(40, 312, 218, 0.6f);
        c.y = 205;
        BigDecimal base = s.net();
        for (var e : s.taxByRate().entrySet()) {
            c.text(48, c.y, "1", 8);
            c.right(150, c.y, frBare(base), 8);
            c.right(205, c.y, rate(e.getKey()) + ",00", 8);
            c.right(300, c.y, frBare(e.getValue()), 8);
            c.down(12);
        }
        String[][] cells = {{"Mode de règlement", mode}, {"Date d'échéance", dmy(due)}};
        for (int k = 0; k < 2; k++) {
            float x = 48 + k * 130;
            c.fill(x, 124, 124, 16, 0.85f);
            c.box(x, 96, 124, 44, 0.6f);
            c.hline(x, x + 124, 124, 0.6f);
            c.centerBold(x + 62, 129, cells[k][0], 7.5f);
            c.center(x + 62, 106, cells[k][1], 9);
        }
        String[][] tot = {{"Total HT", frBare(s.net())}, {"Total TVA", frBare(s.tax())}, {"Total TTC", frBare(s.gross())},
            {"Acompte", "0,00"}};
        float ty = 224;
        for (String[] t : tot) {
            c.text(322, ty, t[0], 8.5f);
            c.right(547, ty, t[1], 8.5f);
            c.hline(312, 555, ty - 6, 0.4f);
            ty -= 16;
        }
        c.fill(312.4f, 128, 242.2f, 26, 0.85f);
        c.bold(322, 137, "NET À PAYER", 10);
        c.rightBold(547, 137, frs(s.gross()) + " EUR", 11);
        c.text(322, 106, "Escompte pour paiement anticipé : néant", 7.5f);
        c.text(322, 94, "Conditions : " + switch (terms) {
            case 0 -> "30 jours date de facture";
            case 1 -> "45 jours fin de mois";
            case 2 -> "45 jours date de facture";
            default -> due.getDayOfMonth() == 10 ? "fin de mois le 10" : "fin de mois";
        }, 7.5f);
        c.center(297, 66, "Pénalités de retard : 3 fois le taux d'intérêt légal - Indemnité forfaitaire pour frais de "
                + "recouvrement : 40 € (art. L441-10 du Code de commerce)", 6.5f);
        c.center(297, 56, seller[0] + " - SARL au capital de " + pick(r, new String[] {"7 622", "15 000", "40 000"})
                + " € - SIRET " + siret(sirenSeller, r) + " - APE " + seller[5] + " - TVA intracom. " + tva(sirenSeller),
                6.5f);
        c.center(297, 46, "Imprimé le " + dmy(issue.plusDays(r.nextInt(3))), 6.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0].toUpperCase(Locale.ROOT));
    }

    /** The desktop print's heading: the seller, the grey title and its grid, the customer's window (page one). */
    private static void header(Canvas c, String[] seller, String[] customer, String number, LocalDate issue,
            String client, String page, Random r, boolean first) {
        c.family = "DejaVuSansCondensed";
        c.bold(40, 800, seller[0], first ? 12 : 10);
        if (first) {
            c.text(40, 787, seller[1], 8);
            c.text(40, 776, seller[2], 8);
            c.text(40, 765, seller[3], 8);
            c.text(40, 754, "Tél. : " + phone(r, seller[4]) + "   Fax : " + phone(r, seller[4]), 8);
        }
        c.fill(340, 782, 215, 24, 0.8f);
        c.box(340, 782, 215, 24, 0.6f);
        c.centerBold(447.5f, 790, "FACTURE", 14);
        String[] heads = {"Numéro", "Date", "Code client", "Page"};
        String[] values = {number, dmy(issue), client, page};
        float cell = 215f / 4;
        c.fill(340, 762, 215, 14, 0.9f);
        c.box(340, 744, 215, 32, 0.6f);
        c.hline(340, 555, 762, 0.6f);
        for (int k = 0; k < 4; k++) {
            if (k > 0) {
                c.vline(340 + k * cell, 744, 776, 0.6f);
            }
            c.centerBold(340 + k * cell + cell / 2, 766, heads[k], 7);
            c.fit(340 + k * cell + cell / 2, 750, values[k], 8, cell - 6, false, C);
        }
        if (first) {
            c.box(320, 620, 235, 92, 0.5f);
            c.bold(332, 692, customer[0].toUpperCase(Locale.ROOT), 10);
            c.text(332, 678, customer[1], 9);
            c.text(332, 665, customer[2].toUpperCase(Locale.ROOT), 9);
        }
    }

    /** Draws the grid rows from {@code from} between {@code top} and {@code bottom}; the next row's index. */
    private static int grid(Canvas c, List<String[]> rows, int from, float top, float bottom) {
        c.fill(40, top - 16, 515, 16, 0.85f);
        c.box(40, bottom, 515, top - bottom, 0.7f);
        c.hline(40, 555, top - 16, 0.6f);
        for (int k = 1; k < GRID_X.length - 1; k++) {
            c.vline(GRID_X[k], bottom, top, 0.5f);
        }
        for (int k = 0; k < GRID_HEADS.length; k++) {
            c.centerBold((GRID_X[k] + GRID_X[k + 1]) / 2, top - 11, GRID_HEADS[k], 7.5f);
        }
        float y = top - 28;
        int i = from;
        while (i < rows.size() && y > bottom + 6) {
            String[] row = rows.get(i);
            if (row[0] == null) {
                c.bold(GRID_X[1] + 4, y, row[1], 8);
            } else {
                c.text(GRID_X[0] + 4, y, row[0], 8);
                c.fit(GRID_X[1] + 4, y, row[1], 8, GRID_X[2] - GRID_X[1] - 8, false, L);
                for (int k = 2; k < 7; k++) {
                    c.right(GRID_X[k + 1] - 4, y, row[k], 8);
                }
            }
            y -= 13;
            i++;
        }
        return i;
    }

    // --- 5. an ERP with Tiers, global discount, carriage and deposit

    private static final String[][] ERP_SELLERS = {
        {"Rhône Équipement Professionnel", "Matériel de cuisine professionnelle", "14 rue du Dauphiné", "69960 Corbas",
            "04", "REP"},
        {"Atlantique Froid Distribution", "Froid commercial et climatisation", "Parc d'activités de la Chantrerie",
            "44300 Nantes", "02", "AFD"},
        {"Lorraine Agencement Magasins", "Mobilier commercial et présentoirs", "2 allée des Tilleuls", "54500 Vandœuvre",
            "03", "LAM"}};
    private static final String[][][] ERP_WORK = {
        {{"Four mixte 6 niveaux GN 1/1", "20", "4200", "2500"}, {"Table inox adossée 1400 mm", "20", "390", "200"},
            {"Plonge 2 bacs avec égouttoir", "20", "620", "300"}, {"Batteur-mélangeur 20 L", "20", "1850", "900"},
            {"Armoire réfrigérée positive 700 L", "20", "1450", "700"}, {"Bac gastronorme GN 1/1 inox", "20", "18", "12"},
            {"Étagère murale inox 1200 mm", "20", "95", "60"}, {"Lave-verres frontal", "20", "1150", "500"}},
        {{"Vitrine réfrigérée 1,25 m", "20", "2600", "1400"}, {"Groupe de condensation 2 CV", "20", "1350", "600"},
            {"Chambre froide démontable 6 m3", "20", "4300", "2200"}, {"Rideau de nuit vitrine", "20", "210", "120"},
            {"Climatiseur mural 3,5 kW", "20", "890", "400"}, {"Kit de raccordement frigorifique", "20", "140", "90"},
            {"Thermomètre enregistreur", "20", "85", "60"}},
        {{"Gondole centrale double face 1,33 m", "20", "340", "180"}, {"Tablette métal 1000 x 400", "20", "22", "14"},
            {"Comptoir caisse 1,60 m", "20", "980", "500"}, {"Présentoir rotatif", "20", "190", "110"},
            {"Porte-étiquettes clipsable (x 50)", "20", "28", "12"}, {"Panier de course plastique (x 10)", "20", "45",
            "20"}, {"Éclairage LED rail 1 m", "20", "75", "40"}}};

    /**
     * An ERP's print: the seller at the top left, "FACTURE" and a label column at the top right (N° facture, Date,
     * Tiers code, Réf. commande, Date commande, N° BL, Commercial), billing and delivery addresses in headed boxes, the
     * item table with article codes, units and discounts, the payment block at the bottom left and a totals column:
     * Total HT, Remise globale, Port, Total HT net, TVA 20 %, Total TTC, Acompte versé, Net à payer. The total is the
     * TTC; a deposit paid (most of the time) makes the net to pay the amount due. Due 30 days net (printed), "45 jours
     * fin de mois" with the date printed, or the terms alone.
     */
    static Truth erpTiers(Canvas c, Random r, int round) {
        int which = r.nextInt(ERP_SELLERS.length);
        String[] seller = ERP_SELLERS[which];
        String[] customer = pick(r, CLIENTS);
        LocalDate issue = day(r);
        LocalDate ordered = issue.minusDays(10 + r.nextInt(30));
        String number = "FC" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%05d", 200 + r.nextInt(9000));
        String tiers = "C" + String.format(Locale.ROOT, "%05d", 10 + r.nextInt(5000));
        String orderRef = pick(r, new String[] {"CMD-", "BC ", "PO"}) + digits(r, 5);
        int v = variant(r, round, 3);
        LocalDate due = v == 0 ? issue.plusDays(30) : endOfMonth(issue.plusDays(45));
        List<String[]> rows = new ArrayList<>();
        BigDecimal lines = BigDecimal.ZERO.setScale(2);
        for (Item i : lines(r, ERP_WORK[which], 4, 7)) {
            int rem = r.nextInt(3) == 0 ? pick(r, new Integer[] {3, 5, 8}) : 0;
            BigDecimal amount = discounted(i.qty(), i.unit(), rem);
            lines = lines.add(amount);
            rows.add(new String[] {code(seller[5], i.label()), i.label(), qty(i.qty()), "U", fr(i.unit()),
                rem == 0 ? "" : rem + ",00", fr(amount), "20 %"});
        }
        int global = pick(r, new Integer[] {2, 3, 5});
        BigDecimal discount = share(lines, BigDecimal.valueOf(global));
        BigDecimal carriage = r.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2) : cents(2500 + r.nextInt(15000));
        BigDecimal base = lines.subtract(discount).add(carriage);
        BigDecimal tax = share(base, pct("20"));
        BigDecimal gross = base.add(tax);
        BigDecimal deposit = r.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2)
                : gross.multiply(pick(r, new BigDecimal[] {pct("0.2"), pct("0.3"), pct("0.4")}))
                        .setScale(-1, RoundingMode.DOWN).setScale(2);
        BigDecimal net = gross.subtract(deposit);
        String sirenSeller = siren(r);
        c.family = "DejaVuSans";
        c.bold(40, 800, seller[0], 13);
        c.text(40, 786, seller[1], 8);
        c.text(40, 775, seller[2], 8);
        c.text(40, 764, seller[3], 8);
        c.text(40, 753, "Tél. " + phone(r, seller[4]) + " - www." + seller[5].toLowerCase(Locale.ROOT) + "-pro.fr", 8);
        c.rightBold(555, 800, "FACTURE", 16);
        String[][] meta = {{"N° facture", number}, {"Date", dmy(issue)}, {"Tiers", tiers}, {"Réf. commande", orderRef},
            {"Date commande", dmy(ordered)}, {"N° BL", "BL" + (issue.getYear() % 100) + digits(r, 5)},
            {"Commercial", pick(r, PEOPLE)}};
        c.y = 783;
        for (String[] m : meta) {
            c.text(375, c.y, m[0], 8);
            c.text(447, c.y, ": " + m[1], 8);
            c.down(11);
        }
        String[] site = pick(r, new String[][] {{"Dépôt", "Rue de l'Industrie", "69800 Saint-Priest"},
            {"Chantier - nouveau point de vente", "Centre commercial Les Arcades", "93160 Noisy-le-Grand"},
            {"Entrepôt", "12 rue des Entrepreneurs", "31200 Toulouse"}});
        String[][] boxes = {{"Adresse de facturation", customer[0], customer[1], customer[2]},
            {"Adresse de livraison", customer[0] + " - " + site[0], site[1], site[2]}};
        for (int k = 0; k < 2; k++) {
            float x = 40 + k * 262;
            c.fill(x, 686, 253, 14, 0.88f);
            c.box(x, 624, 253, 76, 0.6f);
            c.hline(x, x + 253, 686, 0.6f);
            c.bold(x + 6, 690, boxes[k][0], 7.5f);
            c.fit(x + 6, 672, boxes[k][1], k == 0 ? 9.5f : 8.5f, 240, k == 0, L);
            c.text(x + 6, 659, boxes[k][2], 8.5f);
            c.text(x + 6, 647, boxes[k][3], 8.5f);
        }
        float top = 600;
        String[] heads = {"Article", "Désignation", "Qté", "U", "PU HT", "Rem. %", "Montant HT", "TVA"};
        float[] xs = {44, 104, 338, 344, 414, 452, 516, 551};
        int[] al = {L, L, R, L, R, R, R, R};
        c.fill(40, top - 5, 515, 17, 0.88f);
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top, heads[k], 7.5f, true, al[k]);
        }
        c.y = top - 18;
        for (String[] row : rows) {
            c.text(xs[0], c.y, row[0], 7.5f);
            c.fit(xs[1], c.y, row[1], 8, 205, false, L);
            for (int k = 2; k < row.length; k++) {
                c.put(xs[k], c.y, row[k], 8, false, al[k]);
            }
            c.down(13);
        }
        c.hline(40, 555, c.y + 5, 0.6f);
        c.y = Math.min(c.y - 14, 330);
        float ty = c.y;
        String[][] tot = {{"Total HT", fr(lines)}, {"Remise globale " + global + " %", "-" + fr(discount)},
            {"Port", carriage.signum() == 0 ? "Franco" : fr(carriage)}, {"Total HT net", fr(base)},
            {"TVA 20 %", fr(tax)}, {"Total TTC", fr(gross)}, {"Acompte versé", deposit.signum() == 0 ? "0,00"
                : "-" + fr(deposit)}};
        c.box(340, ty - 112, 215, 125, 0.6f);
        for (int k = 0; k < tot.length; k++) {
            boolean b = k == 5;
            c.put(348, ty, tot[k][0], 8.5f, b, L);
            c.put(547, ty, tot[k][1], 8.5f, b, R);
            ty -= 14;
        }
        c.fill(340.3f, ty - 9, 214.4f, 22, 0.88f);
        c.bold(348, ty, "Net à payer", 10);
        c.rightBold(547, ty, fr(net) + " EUR", 10);
        String terms = v == 0 ? "30 jours net" : "45 jours fin de mois";
        c.bold(40, c.y, "Conditions de paiement", 8);
        c.down(12);
        c.text(40, c.y, "Règlement : " + terms, 8);
        c.down(11);
        if (v < 2) {
            c.text(40, c.y, "Échéance : " + dmy(due), 8);
            c.down(11);
        }
        c.text(40, c.y, "Mode : " + pick(r, new String[] {"virement", "LCR", "traite acceptée"}), 8);
        c.down(11);
        if (deposit.signum() > 0) {
            c.text(40, c.y, "Acompte reçu le " + dmy(ordered.plusDays(2 + r.nextInt(5))) + " par virement", 8);
            c.down(11);
        }
        c.down(6);
        c.text(40, c.y, "IBAN " + iban(r), 7.5f);
        c.down(10);
        c.text(40, c.y, "BIC " + bic(r), 7.5f);
        c.ink = GREY;
        c.center(297, 68, "Réserve de propriété : les marchandises restent notre propriété jusqu'au paiement intégral"
                + " du prix (loi du 12 mai 1980).", 6.5f);
        c.center(297, 59, "Pénalités de retard : 3 fois le taux d'intérêt légal - indemnité forfaitaire de recouvrement"
                + " : 40 €", 6.5f);
        c.center(297, 50, seller[0] + " - SAS au capital de 150 000 € - SIRET " + siret(sirenSeller, r) + " - TVA "
                + tva(sirenSeller), 6.5f);
        c.text(40, 40, "Édité le " + dmy(issue) + " à " + String.format(Locale.ROOT, "%02d:%02d", 8 + r.nextInt(10),
                r.nextInt(60)), 6.5f);
        c.right(555, 40, "Page 1/1", 6.5f);
        c.ink = BLACK;
        Truth t = Truth.invoice(number, issue, due, gross, "EUR", customer[0]);
        return deposit.signum() > 0 ? t.withAmountDue(net) : t;
    }

    // --- 6. an open-source ERP's default template

    private static final String[][] OPEN_SELLERS = {
        {"Librenet Services", "4 rue des Artisans", "67200 Strasbourg", "03", "contact@librenet.fr",
            "www.librenet.fr", "6202A"},
        {"Ateliers Numériques du Berry", "11 avenue de la Libération", "18000 Bourges", "02", "compta@anb18.fr",
            "www.anb18.fr", "6201Z"},
        {"Cévennes Informatique", "Place de la Mairie", "30140 Anduze", "04", "facturation@cevennes-info.fr",
            "www.cevennes-info.fr", "9511Z"}};
    private static final String[][] OPEN_WORK = {{"Contrat d'assistance informatique - trimestre", "20", "390", "300"},
        {"Intervention sur site (heure)", "20", "55", "25"}, {"Poste de travail reconditionné", "20", "290", "220"},
        {"Écran 24 pouces", "20", "129", "60"}, {"Installation et paramétrage serveur", "20", "450", "500"},
        {"Sauvegarde externalisée - 500 Go / an", "20", "180", "120"}, {"Licence antivirus (poste / an)", "20", "29", "20"},
        {"Câblage réseau (prise RJ45)", "20", "85", "40"}, {"Déplacement", "20", "25", "30"},
        {"Borne Wi-Fi professionnelle", "20", "160", "90"}};

    /**
     * An open-source ERP's default template: the seller's name for a logo at the top left, "Facture FA2603-0042"
     * at the top right over right-aligned lines (Réf. client, "Date facturation", "Date échéance", Code client), an
     * "Émetteur" grey box at the left and an "Adressé à" framed box at the right, "Montants exprimés en Euros", a
     * framed table reaching down to the totals, "Conditions de règlement" and "Mode de règlement" with the bank
     * account at the bottom left, totals cells at the bottom right ("Payé" and "Reste à payer" after a part payment),
     * the legal footer and "1/1".
     */
    static Truth openSourceErp(Canvas c, Random r, int round) {
        String[] seller = pick(r, OPEN_SELLERS);
        String[] customer = pick(r, CLIENTS);
        LocalDate issue = day(r);
        int cond = round % 2 == 0 ? r.nextInt(3) : 3;
        String condition = new String[] {"30 jours", "30 jours fin de mois", "60 jours", "À réception"}[cond];
        LocalDate due = switch (cond) {
            case 0 -> issue.plusDays(30);
            case 1 -> endOfMonth(issue.plusDays(30));
            case 2 -> issue.plusDays(60);
            default -> issue;
        };
        String number = "FA" + d(issue, "yyMM") + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(300));
        String clientCode = "CU" + d(issue.minusMonths(3 + r.nextInt(20)), "yyMM") + "-"
                + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(400));
        List<Item> items = lines(r, OPEN_WORK, 2, 8);
        int[] rems = new int[items.size()];
        List<Item> net = new ArrayList<>();
        boolean anyRem = false;
        for (int k = 0; k < items.size(); k++) {
            rems[k] = r.nextInt(5) == 0 ? 10 : 0;
            anyRem |= rems[k] > 0;
            Item i = items.get(k);
            net.add(new Item(i.label(), BigDecimal.ONE, discounted(i.qty(), i.unit(), rems[k]), i.rate()));
        }
        Sums s = sums(net);
        boolean paid = r.nextInt(3) == 0 && cond != 3;
        BigDecimal paidAmount = paid ? s.gross().multiply(pct("0.5")).setScale(0, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO;
        String sirenSeller = siren(r);
        c.bold(40, 792, seller[0], 16);
        c.rightBold(555, 800, "Facture " + number, 13);
        c.y = 784;
        if (r.nextBoolean()) {
            c.right(555, c.y, "Réf. client : " + pick(r, new String[] {"Cde ", "BC-", "PO "}) + digits(r, 5), 8.5f);
            c.down(11);
        }
        c.right(555, c.y, "Date facturation : " + dmy(issue), 8.5f);
        c.down(11);
        c.right(555, c.y, "Date échéance : " + dmy(due), 8.5f);
        c.down(11);
        c.right(555, c.y, "Code client : " + clientCode, 8.5f);
        c.text(40, 726, "Émetteur", 8);
        c.text(300, 726, "Adressé à", 8);
        c.fill(40, 628, 245, 92, 0.92f);
        c.box(300, 628, 255, 92, 0.6f);
        c.bold(46, 706, seller[0], 9.5f);
        c.text(46, 693, seller[1], 8.5f);
        c.text(46, 681, seller[2], 8.5f);
        c.text(46, 667, "Tél. : " + phone(r, seller[3]), 8);
        c.text(46, 656, "Email : " + seller[4], 8);
        c.text(46, 645, "Web : " + seller[5], 8);
        c.bold(306, 706, customer[0], 9.5f);
        c.text(306, 693, customer[1], 8.5f);
        c.text(306, 681, customer[2], 8.5f);
        String custSiren = siren(r);
        c.text(306, 662, "N° TVA : " + tva(custSiren), 8);
        c.right(555, 614, "Montants exprimés en Euros", 7.5f);
        float top = 606;
        float bottom = 320;
        c.box(40, bottom, 515, top - bottom, 0.6f);
        c.hline(40, 555, top - 17, 0.6f);
        String[] heads = anyRem ? new String[] {"Désignation", "TVA", "P.U. HT", "Qté", "Réduc.", "Total HT"}
                : new String[] {"Désignation", "TVA", "P.U. HT", "Qté", "Total HT"};
        float[] xs = anyRem ? new float[] {44, 330, 400, 440, 490, 551} : new float[] {44, 350, 430, 475, 551};
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top - 12, heads[k], 8, false, k == 0 ? L : R);
        }
        c.y = top - 32;
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            List<String> cells = new ArrayList<>(List.of(rate(i.rate()) + "%", fr(i.unit()), qty(i.qty())));
            if (anyRem) {
                cells.add(rems[k] == 0 ? "" : rems[k] + "%");
            }
            cells.add(fr(net.get(k).amount()));
            c.fit(44, c.y, i.label(), 8.5f, (anyRem ? 290 : 300) - 44 + 0, false, L);
            for (int j = 0; j < cells.size(); j++) {
                c.right(xs[j + 1], c.y, cells.get(j), 8.5f);
            }
            c.down(17);
        }
        c.y = bottom - 16;
        c.text(40, c.y, "Conditions de règlement : " + condition, 8.5f);
        c.down(12);
        c.text(40, c.y, "Mode de règlement : Virement bancaire", 8.5f);
        c.down(18);
        c.text(40, c.y, "Règlement par virement sur le compte bancaire suivant :", 7.5f);
        c.down(10);
        c.text(40, c.y, "Banque : " + pick(r, new String[] {"Crédit Mutuel", "CIC Est", "Banque Populaire", "La Banque "
            + "Postale"}), 7.5f);
        c.down(10);
        String ib = iban(r);
        String compact = ib.replace(" ", "");
        c.text(40, c.y, "Code banque " + compact.substring(4, 9) + " - Code guichet " + compact.substring(9, 14),
                7.5f);
        c.down(10);
        c.text(40, c.y, "Numéro de compte " + compact.substring(14, 25) + " - Clé RIB " + compact.substring(25), 7.5f);
        c.down(10);
        c.text(40, c.y, "IBAN : " + ib, 7.5f);
        c.down(10);
        c.text(40, c.y, "BIC/SWIFT : " + bic(r), 7.5f);
        List<String[]> tot = new ArrayList<>();
        tot.add(new String[] {"Total HT", fr(s.net())});
        for (var e : s.taxByRate().entrySet()) {
            tot.add(new String[] {"Total TVA " + rate(e.getKey()) + "%", fr(e.getValue())});
        }
        tot.add(new String[] {"Total TTC", fr(s.gross())});
        if (paid) {
            tot.add(new String[] {"Payé", fr(paidAmount)});
            tot.add(new String[] {"Reste à payer", fr(s.gross().subtract(paidAmount))});
        }
        float ty = bottom - 16;
        for (int k = 0; k < tot.size(); k++) {
            String lab = tot.get(k)[0];
            boolean strong = lab.equals("Total TTC") || lab.equals("Reste à payer");
            if (strong) {
                c.fill(360, ty - 5, 195, 16, 0.92f);
            }
            c.put(366, ty, lab, 8.5f, strong, L);
            c.put(551, ty, tot.get(k)[1], 8.5f, strong, R);
            ty -= 16;
        }
        c.ink = GREY;
        c.center(297, 58, seller[0] + " - SARL au capital de " + pick(r, new String[] {"5 000", "10 000", "25 000"})
                + " € - " + seller[1] + " " + seller[2], 6.5f);
        c.center(297, 49, "N° SIRET : " + siret(sirenSeller, r) + " - Code NAF-APE : " + seller[6] + " - RCS "
                + seller[2].substring(6) + " " + spacedSiren(sirenSeller) + " - Numéro TVA : " + tva(sirenSeller), 6.5f);
        c.right(555, 36, "1/1", 7);
        c.ink = BLACK;
        Truth t = Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
        return paid ? t.withAmountDue(s.gross().subtract(paidAmount)) : t;
    }
    // --- 7. a credit note cancelling an invoice

    private static final String[][] AVOIR_SELLERS = {
        {"Imprimerie du Vieux Port", "28 rue de la Loge", "13002 Marseille", "04", "SARL au capital de 30 000 €"},
        {"Vins & Spiritueux Lemaire", "3 rue de la Gare", "51160 Aÿ-Champagne", "03", "SAS au capital de 60 000 €"},
        {"Textiles Bréhat", "Zone de Kerbriant", "22300 Lannion", "02", "SARL au capital de 12 000 €"}};
    private static final String[][][] AVOIR_WORK = {
        {{"Flyers A5 recto-verso 135 g (x 2 500)", "20", "120", "80"}, {"Affiches A2 (x 50)", "20", "180", "90"},
            {"Cartes de visite (x 500)", "20", "38", "20"}, {"Brochure 16 pages A4 (x 300)", "20", "690", "400"},
            {"Kakémono 85 x 200 cm", "20", "95", "40"}, {"Création graphique (forfait)", "20", "250", "250"}},
        {{"Champagne brut - carton de 6", "20", "120", "60"}, {"Crémant de Bourgogne - carton de 6", "20", "55", "25"},
            {"Coffret dégustation 3 bouteilles", "20", "65", "30"}, {"Magnum brut rosé", "20", "70", "40"},
            {"Frais de port palette", "20", "45", "40"}},
        {{"Polo brodé logo (unité)", "20", "18", "8"}, {"Sweat zippé brodé", "20", "29", "12"},
            {"Casquette brodée", "20", "9", "5"}, {"Tablier de service", "20", "16", "8"},
            {"Frais de mise en place broderie", "20", "60", "40"}}};

    /**
     * A credit note ("facture d'avoir") from a trade package: the seller at the left, the customer in the window at
     * the right, a framed title band "FACTURE D'AVOIR" with its number and date, the reference block naming the
     * invoice it cancels in full (its number, date, original due date and amount), the reason, the same lines as that
     * invoice with positive amounts, "Total TTC de l'avoir", and how the credit will be used (set against the next
     * invoice, refunded, nothing to pay). No due date.
     */
    static Truth creditNote(Canvas c, Random r, int round) {
        int which = r.nextInt(AVOIR_SELLERS.length);
        String[] seller = AVOIR_SELLERS[which];
        String[] customer = pick(r, CLIENTS);
        LocalDate issue = day(r);
        LocalDate original = issue.minusDays(6 + r.nextInt(40));
        String number = pick(r, new String[] {"AV-" + issue.getYear() + "-", "AV" + d(issue, "yyMM") + "-",
            "A" + (issue.getYear() % 100) + "-"}) + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(120));
        String invoice = "FA-" + original.getYear() + "-" + String.format(Locale.ROOT, "%04d", 200 + r.nextInt(900));
        List<Item> items = lines(r, AVOIR_WORK[which], 1, 4);
        Sums s = sums(items);
        boolean words = round % 2 == 1;
        Function<LocalDate, String> date = x -> words ? frWords(x) : dmy(x);
        String sirenSeller = siren(r);
        c.family = round % 2 == 0 ? "DejaVuSans" : "DejaVuSerif";
        c.bold(40, 800, seller[0], 14);
        c.text(40, 785, seller[1], 8.5f);
        c.text(40, 773, seller[2], 8.5f);
        c.text(40, 761, "Tél. " + phone(r, seller[3]), 8.5f);
        c.text(40, 749, "TVA intracommunautaire : " + tva(sirenSeller), 8);
        c.text(330, 724, customer[0], 10.5f);
        c.text(330, 710, customer[1], 9);
        c.text(330, 697, customer[2], 9);
        c.pen = 0x444444;
        c.box(40, 620, 515, 44, 1.2f);
        c.pen = BLACK;
        c.bold(52, 636, "FACTURE D'AVOIR", 17);
        c.rightBold(543, 645, "N° " + number, 11);
        c.right(543, 630, "du " + date.apply(issue), 9.5f);
        String reason = pick(r, new String[] {"commande annulée par le client", "double facturation",
            "marchandise retournée (non conforme)", "erreur sur l'adresse de facturation"});
        String[][] refs = {{"Facture d'origine", invoice + " du " + date.apply(original)},
            {"Échéance initiale", dmy(original.plusDays(30))},
            {"Code client", "C" + digits(r, 4)}, {"Motif", reason}};
        c.y = 598;
        for (String[] f : refs) {
            c.text(40, c.y, f[0], 8.5f);
            c.text(150, c.y, ": " + f[1], 8.5f);
            c.down(12.5f);
        }
        c.down(4);
        c.fit(40, c.y, "Le présent avoir annule intégralement la facture n° " + invoice + " d'un montant de "
                + eur(s.gross()) + " TTC.", 9, 515, true, L);
        c.down(26);
        float top = c.y;
        c.fill(40, top - 5, 515, 17, 0.9f);
        String[] heads = {"Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"};
        float[] xs = {46, 360, 435, 480, 549};
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top, heads[k], 8, true, k == 0 ? L : R);
        }
        c.y = top - 20;
        for (Item i : items) {
            c.fit(46, c.y, i.label(), 9, 290, false, L);
            c.right(360, c.y, qty(i.qty()), 9);
            c.right(435, c.y, fr(i.unit()), 9);
            c.right(480, c.y, rate(i.rate()) + " %", 9);
            c.right(549, c.y, fr(i.amount()), 9);
            c.down(15);
        }
        c.hline(40, 555, c.y + 5, 0.6f);
        c.down(14);
        c.text(360, c.y, "Total HT", 9);
        c.right(549, c.y, eur(s.net()), 9);
        c.down(14);
        c.text(360, c.y, "TVA 20 %", 9);
        c.right(549, c.y, eur(s.tax()), 9);
        c.down(22);
        c.box(352, c.y - 7, 203, 22, 0.8f);
        c.bold(360, c.y, "Total TTC de l'avoir", 10);
        c.rightBold(549, c.y, eur(s.gross()), 10);
        c.down(44);
        c.text(40, c.y, pick(r, new String[] {"Cet avoir sera déduit de votre prochaine facture.",
            "Ce montant vous sera remboursé par virement sur le compte de votre choix.",
            "Document sans règlement : aucune somme n'est à payer au titre de la facture " + invoice + "."}), 9);
        c.down(13);
        c.text(40, c.y, "Merci de conserver ce document avec votre facture d'origine.", 8.5f);
        c.ink = GREY;
        c.center(297, 52, seller[0] + " - " + seller[4] + " - RCS " + seller[2].substring(6) + " "
                + spacedSiren(sirenSeller) + " - SIRET " + siret(sirenSeller, r), 7);
        c.ink = BLACK;
        return new Truth(number, issue, null, s.gross(), "EUR", customer[0], "credit_note", null);
    }

    // --- 8. a pharmacy's or shop's receipt-like A5 invoice

    private static final String[][] SHOPS = {
        {"PHARMACIE DES ARCADES", "12 place des Arcades", "82000 Montauban", "05", "pharmacy"},
        {"GRANDE PHARMACIE DU MARCHÉ", "3 rue du Marché", "86000 Poitiers", "05", "pharmacy"},
        {"QUINCAILLERIE CENTRALE", "47 Grande Rue", "25000 Besançon", "03", "shop"},
        {"PAPETERIE-LIBRAIRIE DU LYCÉE", "1 avenue Victor Hugo", "26000 Valence", "04", "books"}};
    private static final String[][] PHARMACY_WORK = {{"PARACETAMOL 1G CPR B/8", "2.1", "1", "2"},
        {"IBUPROFENE 400MG CPR B/30", "10", "3", "3"}, {"SERUM PHYSIO 5ML B/40", "20", "4", "3"},
        {"COMPRESSES STERILES 10X10 B/50", "10", "5", "4"}, {"GANTS NITRILE T.M B/100", "20", "8", "5"},
        {"GEL HYDROALCOOLIQUE 500ML", "20", "6", "4"}, {"BANDE CREPE 10CMX4M", "10", "2", "2"},
        {"THERMOMETRE FRONTAL", "20", "24", "15"}, {"CREME SOLAIRE SPF50 200ML", "20", "14", "8"},
        {"SPARADRAP MICROPORE 2,5CM", "10", "3", "2"}, {"ANTISEPTIQUE 250ML", "2.1", "3", "2"},
        {"MASQUES CHIRURGICAUX B/50", "20", "6", "4"}, {"PROTECTIONS ANATOMIQUES X30", "5.5", "11", "6"}};
    private static final String[][] SHOP_WORK = {{"VIS INOX 5X50 BTE 100", "20", "9", "6"},
        {"CHEVILLES 8MM X50", "20", "4", "3"}, {"AMPOULE LED E27 9W", "20", "4", "4"}, {"CADENAS 40MM", "20", "9", "8"},
        {"SILICONE BLANC 310ML", "20", "6", "4"}, {"RALLONGE 10M", "20", "14", "9"}, {"PINCEAU PLAT 50MM", "20", "4", "3"},
        {"GANTS MANUTENTION T9", "20", "3", "3"}, {"RUBAN ADHESIF 50MM", "20", "3", "2"}, {"DOUBLE CLE PLATE", "20", "4", "3"},
        {"PILES LR06 X8", "20", "6", "3"}, {"COLLIER SERRAGE X100", "20", "5", "3"}};
    private static final String[][] BOOK_WORK = {{"CAHIER 24X32 96P SEYES", "20", "2", "2"},
        {"CLASSEUR A4 DOS 40MM", "20", "3", "2"}, {"RAMETTE A4 80G 500F", "20", "5", "3"},
        {"STYLO BILLE BLEU X4", "20", "2", "2"}, {"CALCULATRICE COLLEGE", "20", "17", "8"},
        {"DICTIONNAIRE FRANCAIS POCHE", "5.5", "8", "6"}, {"ROMAN POCHE", "5.5", "6", "5"},
        {"ATLAS GEOGRAPHIQUE", "5.5", "15", "10"}, {"AGENDA SCOLAIRE", "20", "7", "5"},
        {"ENCRE CARTOUCHE X6", "20", "3", "2"}, {"CISEAUX 17CM", "20", "3", "2"}};

    /**
     * A pharmacy's or shop's invoice printed by its till on A5 paper in a fixed-pitch face: the shop's name centred in
     * capitals, address, phone, SIRET (and FINESS), "FACTURE N°" centred between dashed rules, the date and time, the
     * till and the operator, the receipt number, the customer (a person or an account), lines priced incl. VAT with
     * a VAT code, the number of items, "TOTAL TTC", a VAT table by code computed back from the prices incl. VAT, and
     * either the payment at the counter (no due date) or an account sale payable in 30 days or on receipt.
     */
    static Truth receiptA5(Canvas c, Random r, int round) {
        c.a5();
        c.family = "DejaVuSansMono";
        String[] shop = pick(r, SHOPS);
        String[][] work = switch (shop[4]) {
            case "pharmacy" -> PHARMACY_WORK;
            case "books" -> BOOK_WORK;
            default -> SHOP_WORK;
        };
        boolean account = round % 2 == 1;
        String customer = account ? pick(r, new String[] {"EHPAD Les Glycines", "Crèche Les Petits Loups",
            "Cabinet Infirmier du Centre", "Mairie de Saint-Aubin", "Garage Pons Automobiles", "Collège Jean Moulin"})
                : pick(r, new String[] {"M. Jean Dupuis", "Mme Martine Roux", "M. Karim Haddad", "Mme Sylvie Bonnet",
                    "Association Les Amis du Rail"});
        LocalDate issue = day(r);
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%06d", 1000 + r.nextInt(90_000));
        String[] codes = {"A", "B", "C", "D"};
        BigDecimal[] rates = {pct("2.1"), pct("5.5"), pct("10"), pct("20")};
        Map<BigDecimal, BigDecimal> ttcByRate = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int count = 0;
        int n = 3 + r.nextInt(10);
        List<String[]> left = new ArrayList<>(List.of(work));
        for (int k = 0; k < n && !left.isEmpty(); k++) {
            String[] w = left.remove(r.nextInt(left.size()));
            int q = r.nextInt(3) == 0 ? 2 + r.nextInt(9) : 1;
            BigDecimal unit = BigDecimal.valueOf(Integer.parseInt(w[2]) * 100L + r.nextInt(Integer.parseInt(w[3]) * 100),
                    2).add(cents(r.nextInt(2) == 0 ? 90 : 0)).setScale(2);
            BigDecimal amount = unit.multiply(BigDecimal.valueOf(q)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal rt = new BigDecimal(w[1]);
            int ci = 0;
            for (int j = 0; j < rates.length; j++) {
                if (rates[j].compareTo(rt) == 0) {
                    ci = j;
                }
            }
            ttcByRate.merge(rates[ci], amount, BigDecimal::add);
            total = total.add(amount);
            count += q;
            rows.add(String.format(Locale.ROOT, "%-38.38s %4d %9s %10s  %s", w[0], q, frBare(unit), frBare(amount),
                    codes[ci]));
        }
        String sirenShop = siren(r);
        String dash = "-".repeat(67);
        float colW = c.width(dash, 7.5f, false);
        float x = (c.width() - colW) / 2;
        float edge = x + colW;
        float step = 10.5f;
        c.y = 555;
        c.centerBold(210, c.y, shop[0], 10);
        c.down(13);
        c.center(210, c.y, shop[1] + " - " + shop[2], 7.5f);
        c.down(step);
        c.center(210, c.y, "Tél. " + phone(r, shop[3]) + " - SIRET " + siret(sirenShop, r).replace(" ", ""), 7.5f);
        c.down(step);
        if (shop[4].equals("pharmacy")) {
            c.center(210, c.y, "N° FINESS " + digits(r, 9) + " - TVA " + tva(sirenShop), 7.5f);
        } else {
            c.center(210, c.y, "TVA " + tva(sirenShop), 7.5f);
        }
        c.down(step);
        c.text(x, c.y, dash, 7.5f);
        c.down(step + 2);
        c.centerBold(210, c.y, "FACTURE N° " + number, 10);
        c.down(step + 2);
        c.text(x, c.y, dash, 7.5f);
        c.down(step + 1);
        c.text(x, c.y, String.format(Locale.ROOT, "Date : %s %02d:%02d", dmy(issue), 8 + r.nextInt(11),
                r.nextInt(60)), 7.5f);
        c.right(edge, c.y, "Caisse " + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(4)) + " / Vend. "
                + pick(r, new String[] {"SOPHIE", "KARINE", "LUCAS", "NADIA", "PIERRE"}), 7.5f);
        c.down(step);
        c.text(x, c.y, "Ticket n° " + digits(r, 4) + "-" + digits(r, 4), 7.5f);
        c.down(step + 3);
        c.text(x, c.y, "Client : " + customer, 7.5f);
        c.down(step);
        String[] addr = pick(r, CLIENTS);
        c.text(x, c.y, "         " + addr[1] + " - " + shop[2], 7.5f);
        c.down(step);
        if (account) {
            c.text(x, c.y, "         Compte client n° " + String.format(Locale.ROOT, "%05d", r.nextInt(2000)), 7.5f);
            c.down(step);
        }
        c.text(x, c.y, dash, 7.5f);
        c.down(step);
        c.text(x, c.y, String.format(Locale.ROOT, "%-38s %4s %9s %10s  %s", "Désignation", "Qté", "P.U.", "Montant",
                "T"), 7.5f);
        c.down(step);
        for (String row : rows) {
            c.text(x, c.y, row, 7.5f);
            c.down(step);
        }
        c.text(x, c.y, dash, 7.5f);
        c.down(step);
        c.text(x, c.y, "Nombre d'articles : " + count, 7.5f);
        c.down(step + 4);
        c.bold(x, c.y, "TOTAL TTC", 10);
        c.rightBold(edge, c.y, frBare(total) + " EUR", 10);
        c.down(step + 3);
        c.text(x, c.y, dash, 7.5f);
        c.down(step);
        c.text(x, c.y, String.format(Locale.ROOT, "%-2s %7s %10s %9s %10s", "T", "Taux", "HT", "TVA", "TTC"), 7.5f);
        c.down(step);
        for (int j = 0; j < rates.length; j++) {
            BigDecimal ttc = ttcByRate.get(rates[j]);
            if (ttc == null) {
                continue;
            }
            BigDecimal ht = ttc.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(100).add(rates[j]), 2,
                    RoundingMode.HALF_UP);
            c.text(x, c.y, String.format(Locale.ROOT, "%-2s %7s %10s %9s %10s", codes[j],
                    rate(rates[j]) + "%", frBare(ht), frBare(ttc.subtract(ht)), frBare(ttc)), 7.5f);
            c.down(step);
        }
        c.text(x, c.y, dash, 7.5f);
        c.down(step + 1);
        LocalDate due = null;
        if (account) {
            boolean thirty = r.nextBoolean();
            due = thirty ? issue.plusDays(30) : issue;
            c.text(x, c.y, "Vente sur compte client", 7.5f);
            c.down(step);
            c.text(x, c.y, thirty ? "Règlement à 30 jours date de facture" : "Facture payable à réception", 7.5f);
            c.down(step);
            c.text(x, c.y, "par chèque ou virement - IBAN :", 7.5f);
            c.down(step);
            c.text(x, c.y, iban(r), 7.5f);
        } else {
            String means = pick(r, new String[] {"CB", "ESPECES", "CHEQUE"});
            BigDecimal given = means.equals("ESPECES") ? total.setScale(-1, RoundingMode.UP).setScale(2) : total;
            c.text(x, c.y, String.format(Locale.ROOT, "Réglé %-10s", means), 7.5f);
            c.right(edge, c.y, frBare(given), 7.5f);
            c.down(step);
            c.text(x, c.y, "Rendu", 7.5f);
            c.right(edge, c.y, frBare(given.subtract(total)), 7.5f);
            c.down(step);
            c.text(x, c.y, "Facture acquittée le " + dmy(issue), 7.5f);
        }
        c.down(step + 6);
        c.center(210, c.y, "Merci de votre visite - Exemplaire client", 7.5f);
        c.down(step);
        c.center(210, c.y, "Édité le " + dmy(issue.plusDays(account ? 0 : r.nextInt(5))), 7);
        Truth t = Truth.invoice(number, issue, due, total, "EUR", customer);
        return t;
    }

    // --- 9. an agency's invoice in English from a French company

    private static final String[][] AGENCIES = {
        {"maison origami", "Maison Origami SAS", "31 rue de Paradis", "75010 Paris", "billing@maison-origami.fr"},
        {"studio bascule", "Studio Bascule SARL", "7 place Sathonay", "69001 Lyon", "accounts@studiobascule.fr"},
        {"agence hélice", "Agence Hélice SAS", "40 rue Esquermoise", "59800 Lille", "finance@agence-helice.fr"}};
    private static final String[][] AGENCY_CLIENTS = {{"Northwind Retail Europe SAS", "12 rue de la Chaussée-d'Antin",
        "75009 Paris"}, {"Bluefin Analytics France SAS", "92 avenue de France", "75013 Paris"},
        {"Oakridge Hotels Paris SAS", "5 rue Scribe", "75009 Paris"},
        {"Halcyon Games Studio SARL", "2 quai Perrache", "69002 Lyon"},
        {"Vertex Mobility France SAS", "18 rue de la Bourse", "31000 Toulouse"}};
    private static final String[][] AGENCY_WORK = {{"Brand strategy workshop (day)", "20", "1400", "600"},
        {"Visual identity - logo and guidelines", "20", "3500", "3000"}, {"Website UX/UI design (hours)", "20", "85", "30"},
        {"Motion design - 30s teaser", "20", "2200", "1500"}, {"Social media content pack (12 posts)", "20", "900", "600"},
        {"Project management (hours)", "20", "70", "25"}, {"Copywriting EN/FR (page)", "20", "140", "60"},
        {"Photo retouching (images)", "20", "18", "12"}, {"Media buying fee", "20", "500", "900"}};

    /**
     * A French design agency's invoice in English: "Invoice" in a large serif at the top left, the agency's
     * lower-case name and address at the top right, a row of four labelled values (Invoice number, Date of issue,
     * Due date, Amount due (EUR)), "Billed to" with the customer's VAT number and the project block (project, PO
     * number, period), the lines with hours or quantities, Subtotal / VAT 20 % / Total (EUR), the payment terms and
     * bank details, the French legal footer; amounts "€12,345.67" or "EUR 12,345.67", dates in English words or
     * figures.
     */
    static Truth agencyEnglish(Canvas c, Random r, int round) {
        String[] agency = pick(r, AGENCIES);
        String[] customer = pick(r, AGENCY_CLIENTS);
        LocalDate issue = day(r);
        int v = variant(r, round, 3);
        int days = v == 0 ? 30 : v == 1 ? 45 : 15;
        LocalDate due = issue.plusDays(days);
        String number = pick(r, new String[] {"INV-", "", "MO-"}) + issue.getYear() + "-"
                + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(300));
        List<Item> items = new ArrayList<>();
        for (Item i : lines(r, AGENCY_WORK, 2, 6)) {
            int q = i.label().contains("(hours)") ? 4 + r.nextInt(36) : i.label().contains("(images)") ? 10 + r.nextInt(50)
                    : i.label().contains("(page)") ? 2 + r.nextInt(11) : i.label().contains("(day)") ? 1 + r.nextInt(3) : 1;
            items.add(new Item(i.label(), BigDecimal.valueOf(q), i.unit(), i.rate()));
        }
        Sums s = sums(items);
        boolean prefix = r.nextBoolean();
        Function<BigDecimal, String> money = a -> prefix ? "€" + en(a) : "EUR " + en(a);
        int style = r.nextInt(3);
        Function<LocalDate, String> date = x -> switch (style) {
            case 0 -> d(x, "MMMM d, yyyy", Locale.ENGLISH);
            case 1 -> d(x, "d MMMM yyyy", Locale.ENGLISH);
            default -> dmy(x);
        };
        String sirenAgency = siren(r);
        c.family = "DejaVuSerif";
        c.text(40, 770, "Invoice", 32);
        c.family = "DejaVuSans";
        c.rightBold(555, 796, agency[0], 13);
        c.ink = GREY;
        c.right(555, 781, agency[2], 8);
        c.right(555, 770, agency[3] + ", France", 8);
        c.right(555, 759, agency[4], 8);
        c.ink = BLACK;
        String[][] head = {{"Invoice number", number}, {"Date of issue", date.apply(issue)},
            {"Due date", date.apply(due)}, {"Amount due (EUR)", money.apply(s.gross())}};
        c.hline(40, 555, 722, 0.5f);
        for (int k = 0; k < 4; k++) {
            float x = 40 + k * 130;
            c.ink = GREY;
            c.text(x, 706, head[k][0], 7.5f);
            c.ink = BLACK;
            c.fit(x, 690, head[k][1], 10, 122, k == 3, L);
        }
        c.hline(40, 555, 678, 0.5f);
        c.ink = GREY;
        c.text(40, 656, "Billed to", 7.5f);
        c.text(300, 656, "Project", 7.5f);
        c.ink = BLACK;
        c.bold(40, 641, customer[0], 10);
        c.text(40, 628, customer[1], 8.5f);
        c.text(40, 616, customer[2] + ", France", 8.5f);
        c.text(40, 604, "VAT " + tva(siren(r)), 8);
        String project = pick(r, new String[] {"Brand refresh - phase 2", "Spring campaign", "Website relaunch",
            "Product launch kit", "Annual report design"});
        LocalDate m = issue.minusMonths(1);
        c.text(300, 641, project, 9.5f);
        c.text(300, 628, "PO number: PO-" + digits(r, 6), 8.5f);
        c.text(300, 616, "Period: " + d(m.withDayOfMonth(1), "d MMMM", Locale.ENGLISH) + " - "
                + d(endOfMonth(m), "d MMMM yyyy", Locale.ENGLISH), 8.5f);
        float top = 566;
        c.hline(40, 555, top + 13, 0.8f);
        c.bold(40, top, "Description", 8);
        c.rightBold(390, top, "Qty / hrs", 8);
        c.rightBold(470, top, "Unit price", 8);
        c.rightBold(555, top, "Amount", 8);
        c.hline(40, 555, top - 7, 0.5f);
        c.y = top - 24;
        for (Item i : items) {
            c.fit(40, c.y, i.label(), 9, 290, false, L);
            c.right(390, c.y, i.qty().toPlainString(), 9);
            c.right(470, c.y, money.apply(i.unit()), 9);
            c.right(555, c.y, money.apply(i.amount()), 9);
            c.down(18);
        }
        c.hline(330, 555, c.y + 8, 0.5f);
        c.down(8);
        c.text(340, c.y, "Subtotal", 9);
        c.right(555, c.y, money.apply(s.net()), 9);
        c.down(15);
        c.text(340, c.y, "VAT 20 %", 9);
        c.right(555, c.y, money.apply(s.tax()), 9);
        c.down(8);
        c.hline(330, 555, c.y, 0.8f);
        c.down(15);
        c.bold(340, c.y, "Total (EUR)", 11);
        c.rightBold(555, c.y, money.apply(s.gross()), 11);
        c.down(44);
        c.bold(40, c.y, "Payment", 9);
        c.down(14);
        c.text(40, c.y, "Payment terms: " + days + " days from the date of issue. Please quote the invoice number with "
                + "your payment.", 8.5f);
        c.down(12);
        c.text(40, c.y, "Bank transfer to " + agency[1] + " - IBAN " + iban(r) + " - BIC " + bic(r), 8.5f);
        c.down(12);
        c.ink = GREY;
        c.text(40, c.y, "Late payment: interest at three times the French legal rate, plus a fixed recovery fee of €40"
                + " (art. L441-10 French Commercial Code).", 7);
        c.center(297, 50, agency[1] + " · share capital €" + pick(r, new String[] {"10,000", "25,000", "5,000"})
                + " · RCS " + agency[3].substring(6) + " " + spacedSiren(sirenAgency) + " · SIRET "
                + siret(sirenAgency, r) + " · VAT " + tva(sirenAgency), 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }
    // --- 10. a lawyer's fee note with the provision received

    private static final String[][] LAWYERS = {
        {"Maître Hélène Garnier", "Avocat au Barreau de Lyon", "24 quai Jean Moulin", "69002 Lyon", "04", "Lyon"},
        {"Maître Olivier Teyssier", "Avocat au Barreau de Bordeaux", "9 cours de Verdun", "33000 Bordeaux", "05",
            "Bordeaux"},
        {"Maître Sarah Kacem", "Avocate au Barreau de Paris - Toque C 1452", "61 rue de Rennes", "75006 Paris", "01",
            "Paris"}};
    private static final String[] DILIGENCES = {"Entretien avec le client et analyse du dossier",
        "Étude des pièces communiquées", "Rédaction d'une mise en demeure", "Recherches de jurisprudence",
        "Rédaction de l'assignation", "Correspondances avec le confrère adverse", "Préparation de l'audience",
        "Audience de mise en état", "Rédaction de conclusions en réponse", "Audience de plaidoirie",
        "Compte rendu au client", "Négociation d'un protocole transactionnel", "Rendez-vous au cabinet",
        "Relecture et modification du projet d'accord"};
    private static final String[] LAW_CLIENTS = {"M. Laurent Petit", "Mme Isabelle Morel", "M. et Mme Girard",
        "SARL Boulangerie Aubert", "SAS Trans-Alpes Logistique", "Mme Nathalie Perrin", "SCI du Moulin Neuf"};

    /**
     * A lawyer's "Note d'honoraires" in a serif face: the lawyer's letterhead at the left, the client at the right,
     * the title centred over a rule with the note's number and date, the matter and the fee agreement's date, a dated
     * list of the work done with the time spent, the fees (hours at the agreed rate, a file fee), VAT 20 %, court
     * costs outside VAT now and then, "Total de la note", one or two provisions received deducted, "Solde à régler"
     * (the amount due); payable on receipt, within 15 days, or before a date.
     */
    static Truth lawyerNote(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String[] lawyer = pick(r, LAWYERS);
        String customer = pick(r, LAW_CLIENTS);
        String[] addr = pick(r, CLIENTS);
        LocalDate issue = day(r);
        int v = variant(r, round, 3);
        LocalDate due = v == 0 ? issue.plusDays(15) : v == 1 ? issue.plusDays(30) : issue;
        String number = issue.getYear() + "/" + String.format(Locale.ROOT, "%03d", 20 + r.nextInt(400));
        String file = String.format(Locale.ROOT, "%02d/%04d", (issue.getYear() - 1 - r.nextInt(2)) % 100,
                100 + r.nextInt(900));
        int hourly = pick(r, new Integer[] {220, 250, 280, 300, 350});
        List<String[]> entries = new ArrayList<>();
        int n = 5 + r.nextInt(8);
        LocalDate when = issue.minusDays(15 + 6L * n + r.nextInt(20));
        int quarters = 0;
        List<String> left = new ArrayList<>(List.of(DILIGENCES));
        for (int k = 0; k < n; k++) {
            when = workday(when.plusDays(2 + r.nextInt(6)));
            if (!when.isBefore(issue)) {
                break;
            }
            int q = 2 + r.nextInt(14);
            quarters += q;
            entries.add(new String[] {dmy(when), left.remove(r.nextInt(left.size())),
                qty(BigDecimal.valueOf(q * 25L, 2)) + " h"});
        }
        BigDecimal hours = BigDecimal.valueOf(quarters * 25L, 2);
        BigDecimal time = hours.multiply(BigDecimal.valueOf(hourly)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fileFee = r.nextBoolean() ? BigDecimal.valueOf(pick(r, new Integer[] {50, 80, 120})).setScale(2)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal fees = time.add(fileFee);
        BigDecimal tax = share(fees, pct("20"));
        BigDecimal costs = r.nextBoolean() ? cents(3500 + r.nextInt(20000)) : BigDecimal.ZERO.setScale(2);
        BigDecimal total = fees.add(tax).add(costs);
        int provisions = 1 + r.nextInt(2);
        List<BigDecimal> received = new ArrayList<>();
        BigDecimal sumReceived = BigDecimal.ZERO.setScale(2);
        for (int k = 0; k < provisions; k++) {
            BigDecimal p = total.multiply(pct(provisions == 1 ? "0.5" : "0.3")).setScale(-2, RoundingMode.DOWN)
                    .setScale(2);
            if (p.signum() == 0) {
                p = BigDecimal.valueOf(100).setScale(2);
            }
            received.add(p);
            sumReceived = sumReceived.add(p);
        }
        BigDecimal rest = total.subtract(sumReceived);
        String sirenLawyer = siren(r);
        c.bold(40, 800, lawyer[0], 13);
        c.text(40, 785, lawyer[1], 8.5f);
        c.text(40, 773, lawyer[2], 8.5f);
        c.text(40, 761, lawyer[3], 8.5f);
        c.text(40, 749, "Tél. " + phone(r, lawyer[4]), 8.5f);
        c.text(40, 737, "TVA " + tva(sirenLawyer), 8);
        c.bold(340, 730, customer, 10.5f);
        c.text(340, 716, addr[1], 9);
        c.text(340, 703, addr[2], 9);
        c.centerBold(297, 650, "NOTE D'HONORAIRES", 15);
        c.hline(190, 404, 643, 0.6f);
        c.center(297, 628, "N° " + number + " du " + dmy(issue), 9.5f);
        c.y = 600;
        String adverse = pick(r, new String[] {"SCI Bellevue", "Transports Guérin", "M. Lambert", "Banque Rhodanienne",
            "SARL Batipro"});
        String[][] meta = {{"Dossier", customer + " c/ " + adverse}, {"Réf. cabinet", file},
            {"Convention d'honoraires", "du " + dmy(issue.minusMonths(3 + r.nextInt(9))) + " - taux horaire "
                + hourly + ",00 € HT"}};
        for (String[] m : meta) {
            c.text(40, c.y, m[0], 8.5f);
            c.text(165, c.y, ": " + m[1], 8.5f);
            c.down(12);
        }
        c.down(12);
        c.bold(40, c.y, "Détail des diligences", 9.5f);
        c.down(15);
        c.bold(40, c.y, "Date", 8);
        c.bold(110, c.y, "Diligence", 8);
        c.rightBold(555, c.y, "Temps", 8);
        c.hline(40, 555, c.y - 5, 0.5f);
        c.down(17);
        for (String[] e : entries) {
            c.text(40, c.y, e[0], 8.5f);
            c.text(110, c.y, e[1], 8.5f);
            c.right(555, c.y, e[2], 8.5f);
            c.down(13);
        }
        c.hline(40, 555, c.y + 7, 0.5f);
        c.down(10);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Honoraires : " + qty(hours) + " h x " + fr(BigDecimal.valueOf(hourly).setScale(2))
            + " € HT", eur(time)});
        if (fileFee.signum() > 0) {
            rows.add(new String[] {"Frais de dossier et de secrétariat (forfait)", eur(fileFee)});
        }
        rows.add(new String[] {"Total honoraires HT", eur(fees)});
        rows.add(new String[] {"TVA 20 %", eur(tax)});
        if (costs.signum() > 0) {
            rows.add(new String[] {"Débours non soumis à TVA (frais de greffe et de signification)", eur(costs)});
        }
        rows.add(new String[] {"Total de la note TTC", eur(total)});
        LocalDate given = issue.minusMonths(2 + provisions);
        for (BigDecimal p : received) {
            given = given.plusDays(20 + r.nextInt(20));
            rows.add(new String[] {"Provision reçue le " + dmy(given), "- " + eur(p)});
        }
        for (String[] row : rows) {
            boolean b = row[0].startsWith("Total de la note");
            c.put(200, c.y, row[0], 9, b, L);
            c.put(555, c.y, row[1], 9, b, R);
            c.down(14);
        }
        c.down(12);
        c.box(190, c.y - 9, 365, 26, 1);
        c.bold(200, c.y, "Solde à régler", 11);
        c.rightBold(547, c.y, eur(rest), 11);
        c.down(40);
        c.text(40, c.y, switch (v) {
            case 0 -> "Honoraires payables sous quinze jours à compter de la présente note.";
            case 1 -> "Solde à régler avant le " + frWords(due) + ".";
            default -> "Payable à réception de la présente note.";
        }, 9);
        c.down(13);
        c.text(40, c.y, "Règlement par chèque à l'ordre de " + lawyer[0].replace("Maître ", "Me ")
                + " ou par virement : IBAN " + iban(r), 8.5f);
        c.down(13);
        c.ink = GREY;
        c.text(40, c.y, "En cas de différend, le client peut saisir le Bâtonnier de l'Ordre des avocats du Barreau de "
                + lawyer[5] + ".", 7.5f);
        c.center(297, 46, "Membre d'une association agréée, le règlement des honoraires par chèque est accepté - SIRET "
                + siret(sirenLawyer, r), 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, total, "EUR", customer).withAmountDue(rest);
    }

    // --- 11. a training organisation's VAT-exempt invoice

    private static final String[][] TRAINERS = {
        {"Forma'Sud Compétences", "Organisme de formation professionnelle", "Le Millénaire, 1350 avenue Albert Einstein",
            "34000 Montpellier", "04", "76 34", "Occitanie"},
        {"Institut Horizon Management", "Formation des managers et des équipes", "5 rue de la Bourse",
            "69002 Lyon", "04", "84 69", "Auvergne-Rhône-Alpes"},
        {"Atelier Numérique Formation", "Bureautique, numérique et données", "30 boulevard de Strasbourg",
            "59000 Lille", "03", "32 59", "Hauts-de-France"}};
    private static final String[][] COURSES = {{"Excel perfectionnement - tableaux croisés dynamiques", "2", "1450"},
        {"Manager une équipe à distance", "2", "1900"}, {"Gestion des conflits et communication", "1", "1150"},
        {"Sauveteur secouriste du travail (SST)", "2", "1300"}, {"Prise de parole en public", "2", "1750"},
        {"Initiation au langage SQL", "3", "2400"}, {"Entretien professionnel : conduire l'entretien", "1", "1050"},
        {"Habilitation électrique B0-H0V", "1", "980"}};

    /**
     * A training organisation's invoice for intra-company sessions: a grey band with the organisation and "FACTURE",
     * its registration as a training provider ("déclaration d'activité", Qualiopi), the customer in the window, a
     * colon-aligned reference column (number, date, training agreement and its date, order, OPCO file now and then),
     * one row per session with its dates, hours and number of trainees, the trainer's travel and the training
     * materials, the trainees named under the table, no VAT ("Exonération de TVA - article 261-4-4° a du CGI", the
     * total is the net); terms 30 days from the invoice date (not written as a date), a limit date, or on receipt.
     */
    static Truth trainingExempt(Canvas c, Random r, int round) {
        String[] org = pick(r, TRAINERS);
        String[] customer = pick(r, CLIENTS);
        LocalDate issue = day(r);
        if (issue.isBefore(LocalDate.of(2026, 2, 15))) {
            issue = issue.plusDays(40);
        }
        int v = variant(r, round, 3);
        LocalDate due = v == 0 ? issue.plusDays(30) : v == 1 ? issue.plusDays(45) : issue;
        String number = "FOR-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 30 + r.nextInt(600));
        LocalDate agreement = issue.minusDays(50 + r.nextInt(30));
        int sessions = 1 + r.nextInt(3);
        List<String[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(COURSES));
        LocalDate start = agreement.plusDays(10);
        for (int k = 0; k < sessions; k++) {
            String[] course = left.remove(r.nextInt(left.size()));
            int daysOf = Integer.parseInt(course[1]);
            start = workday(start.plusDays(3 + r.nextInt(8)));
            LocalDate end = start;
            for (int j = 1; j < daysOf; j++) {
                end = workday(end.plusDays(1));
            }
            String dates = daysOf == 1 ? "le " + dmy(start) : "du " + dmy(start) + " au " + dmy(end);
            int trainees = 4 + r.nextInt(9);
            BigDecimal price = BigDecimal.valueOf(Integer.parseInt(course[2]) * daysOf + r.nextInt(6) * 50L).setScale(2);
            items.add(new Item(course[0], BigDecimal.ONE, price, BigDecimal.ZERO));
            rows.add(new String[] {course[0], dates, daysOf * 7 + " h", String.valueOf(trainees), eur(price)});
            start = end.plusDays(1);
        }
        if (r.nextBoolean()) {
            BigDecimal travel = cents(8000 + r.nextInt(30000));
            items.add(new Item("Frais de déplacement du formateur", BigDecimal.ONE, travel, BigDecimal.ZERO));
            rows.add(new String[] {"Frais de déplacement du formateur", "", "", "", eur(travel)});
        }
        if (r.nextBoolean()) {
            BigDecimal kits = BigDecimal.valueOf(15 + r.nextInt(20)).setScale(2);
            int count = 6 + r.nextInt(10);
            Item kit = new Item("Supports pédagogiques (" + count + " x " + fr(kits) + " €)", BigDecimal.valueOf(count),
                    kits, BigDecimal.ZERO);
            items.add(kit);
            rows.add(new String[] {kit.label(), "", "", "", eur(kit.amount())});
        }
        Sums s = sums(items);
        c.fill(0, 762, c.width(), 80, 0.92f);
        c.bold(40, 808, org[0], 15);
        c.text(40, 792, org[1], 8.5f);
        c.text(40, 780, org[2] + " - " + org[3], 8);
        c.rightBold(555, 802, "FACTURE", 18);
        c.right(555, 784, "Tél. " + phone(r, org[4]), 8);
        String nda = org[5] + " " + digits(r, 5) + " " + org[5].substring(3);
        c.ink = GREY;
        c.text(40, 746, "Déclaration d'activité enregistrée sous le n° " + nda + " auprès du préfet de région "
                + org[6] + ".", 7);
        c.text(40, 737, "Cet enregistrement ne vaut pas agrément de l'État. Certification Qualiopi délivrée au titre "
                + "de la catégorie : actions de formation.", 7);
        c.ink = BLACK;
        c.pen = LIGHT;
        c.box(320, 612, 235, 90, 0.8f);
        c.pen = BLACK;
        c.bold(332, 684, customer[0], 10);
        c.text(332, 670, "Service formation - ressources humaines", 8.5f);
        c.text(332, 657, customer[1], 8.5f);
        c.text(332, 644, customer[2], 8.5f);
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Facture n°", number});
        meta.add(new String[] {"Date", dmy(issue)});
        meta.add(new String[] {"Convention n°", "CF-" + agreement.getYear() + "-" + digits(r, 3)});
        meta.add(new String[] {"du", dmy(agreement)});
        meta.add(new String[] {"Bon de commande", r.nextBoolean() ? "BC" + digits(r, 6) : "-"});
        if (r.nextBoolean()) {
            meta.add(new String[] {"Dossier OPCO", "DOS-" + digits(r, 7)});
        }
        c.y = 698;
        for (String[] m : meta) {
            c.text(40, c.y, m[0], 8.5f);
            c.text(130, c.y, ": " + m[1], 8.5f);
            c.down(12.5f);
        }
        float top = 586;
        c.fill(40, top - 5, 515, 17, 0.88f);
        String[] heads = {"Action de formation", "Dates de session", "Durée", "Stagiaires", "Montant"};
        float[] xs = {46, 246, 414, 468, 549};
        int[] al = {L, L, R, R, R};
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], top, heads[k], 8, true, al[k]);
        }
        c.y = top - 20;
        for (String[] row : rows) {
            List<String> title = wrap(c, row[0], 8.5f, 192, false);
            c.text(xs[0], c.y, title.get(0), 8.5f);
            c.fit(xs[1], c.y, row[1], 8.5f, 132, false, L);
            for (int k = 2; k < 5; k++) {
                c.right(xs[k], c.y, row[k], 8.5f);
            }
            for (String more : title.subList(1, title.size())) {
                c.down(11);
                c.text(xs[0], c.y, more, 8.5f);
            }
            if (!row[1].isEmpty()) {
                c.down(11);
                c.ink = GREY;
                c.text(xs[0], c.y, "Intra-entreprise - dans vos locaux, " + customer[2].substring(6), 7.5f);
                c.ink = BLACK;
            }
            c.down(16);
        }
        c.hline(40, 555, c.y + 7, 0.6f);
        c.down(8);
        List<String> trainees = new ArrayList<>(List.of(PEOPLE));
        StringBuilder names = new StringBuilder("Stagiaires : ");
        int shown = 3 + r.nextInt(4);
        for (int k = 0; k < shown; k++) {
            names.append(k == 0 ? "" : ", ").append(trainees.remove(r.nextInt(trainees.size())));
        }
        names.append(" (liste complète et feuilles d'émargement jointes)");
        c.ink = GREY;
        for (String l : wrap(c, names.toString(), 7.5f, 300, false)) {
            c.text(40, c.y, l, 7.5f);
            c.down(10);
        }
        c.ink = BLACK;
        float ty = c.y - 6;
        c.text(370, ty, "Total HT", 9);
        c.right(549, ty, eur(s.net()), 9);
        c.text(370, ty - 14, "TVA", 9);
        c.right(549, ty - 14, "Exonérée", 9);
        c.fill(362, ty - 36, 193, 18, 0.92f);
        c.bold(370, ty - 30, "Net à payer", 10.5f);
        c.rightBold(549, ty - 30, eur(s.gross()), 10.5f);
        c.y = ty - 66;
        c.box(40, c.y - 8, 515, 22, 0.6f);
        c.bold(50, c.y, "Exonération de TVA - article 261-4-4° a du CGI", 9);
        c.down(36);
        c.text(40, c.y, switch (v) {
            case 0 -> "Règlement à 30 jours date de facture, par virement.";
            case 1 -> "Date limite de règlement : " + dmy(due);
            default -> "Facture payable à réception.";
        }, 9);
        c.down(13);
        c.text(40, c.y, "IBAN " + iban(r) + " - BIC " + bic(r), 8.5f);
        c.down(13);
        c.ink = GREY;
        c.text(40, c.y, "Pénalités de retard : taux d'intérêt légal x 3 ; indemnité forfaitaire pour frais de "
                + "recouvrement : 40 €.", 7.5f);
        String sirenOrg = siren(r);
        c.center(297, 46, org[0] + " - SAS au capital de 10 000 € - SIRET " + siret(sirenOrg, r) + " - Code APE 8559A",
                7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }

    // --- 12. a restaurant group's monthly invoice with its delivery notes

    private static final String[][] CATERERS = {
        {"Les Tables de Louise - Cuisine centrale", "Groupe Louise & Cie - restauration", "8 rue des Métiers",
            "69740 Genas", "04"},
        {"Brasseries Vauban Traiteur", "Groupe Vauban Restauration", "ZAC du Pont Rouge, 3 rue Newton",
            "59000 Lille", "03"},
        {"Maison Cardinal - Plateaux & Réceptions", "Groupe Cardinal Restaurants", "22 route de Narbonne",
            "31400 Toulouse", "05"}};
    /** Per kitchen: the customer, to the attention of, street, city, its two delivery sites. */
    private static final String[][][] CANTEENS = {
        {{"Laboratoires Orbéa SAS", "Services généraux", "14 avenue Tony Garnier", "69007 Lyon",
            "Restaurant d'entreprise", "Cafétéria bâtiment C"},
            {"Clinique du Parc SAS", "Service restauration", "155 boulevard Stalingrad", "69006 Lyon", "Self du personnel",
                "Service pédiatrie"},
            {"Crèche Les Lucioles", "Direction", "3 impasse des Mésanges", "69100 Villeurbanne", "Crèche - cuisine",
                "Micro-crèche Les Lilas"}},
        {{"Collège Jean Moulin", "Service intendance", "Rue du Stade", "59650 Villeneuve-d'Ascq", "Demi-pension",
            "Gymnase (stages)"},
            {"Mutuelle des Flandres", "Direction administrative", "40 rue Nationale", "59000 Lille", "Restaurant du siège",
                "Agence Euralille"}},
        {{"Technopôle Atlantique SAS", "Services généraux", "2 rue Galilée", "31400 Toulouse",
            "Restaurant inter-entreprises", "Cafétéria Galilée"},
            {"EHPAD Les Cèdres", "Économat", "12 chemin de la Flambère", "31300 Toulouse", "Salle à manger",
                "Unité protégée"}}};

    /**
     * A restaurant group's central kitchen billing a company or an institution once a month: the kitchen and its group
     * at the top left, "FACTURE MENSUELLE" with its number, date, the month's period, customer number and contract,
     * the customer boxed at the right, one row per delivery note (number, date, site, covers, HT, VAT 10 %, TTC),
     * the last month's invoice mentioned as paid; in odd rounds two sites served daily over two pages (page 1 ends
     * with the sum carried, the totals and the terms on page 2); terms "30 jours fin de mois", 45 days from the
     * invoice date, or a due date.
     */
    static Truth restaurantMonthly(Canvas c, Random r, int round) {
        int which = r.nextInt(CATERERS.length);
        String[] kitchen = CATERERS[which];
        String[] customer = pick(r, CANTEENS[which]);
        int month = 1 + r.nextInt(10);
        LocalDate first = LocalDate.of(2026, month, 1);
        LocalDate last = endOfMonth(first);
        LocalDate issue = first.plusMonths(1).plusDays(r.nextInt(5));
        int v = variant(r, round, 3);
        boolean two = round % 2 == 1;
        int terms = v == 2 ? r.nextInt(2) : v;
        LocalDate due = switch (terms) {
            case 0 -> endOfMonth(issue.plusDays(30));
            default -> issue.plusDays(45);
        };
        boolean printed = v == 2;
        String number = "FM" + d(first, "yyMM") + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(120));
        String[] sites = two ? new String[] {customer[4], customer[5]} : new String[] {customer[4]};
        List<String[]> rows = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        int bl = 1000 + r.nextInt(8000);
        BigDecimal price = cents(620 + r.nextInt(900));
        for (LocalDate x = first; !x.isAfter(last); x = x.plusDays(1)) {
            if (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            if (!two && r.nextInt(3) == 0) {
                continue;
            }
            for (String site : sites) {
                int covers = 20 + r.nextInt(two ? 140 : 90);
                BigDecimal ht = price.multiply(BigDecimal.valueOf(covers)).setScale(2, RoundingMode.HALF_UP);
                BigDecimal vat = share(ht, pct("10"));
                net = net.add(ht);
                tax = tax.add(vat);
                bl += 1 + r.nextInt(3);
                rows.add(new String[] {"BL" + (first.getYear() % 100) + "-" + bl, dmy(x), site,
                    String.valueOf(covers), fr(ht), fr(vat), fr(ht.add(vat))});
            }
        }
        BigDecimal gross = net.add(tax);
        String sirenKitchen = siren(r);
        c.bold(40, 800, kitchen[0], 12.5f);
        c.ink = GREY;
        c.text(40, 786, kitchen[1], 8);
        c.ink = BLACK;
        c.text(40, 774, kitchen[2] + " - " + kitchen[3], 8);
        c.text(40, 763, "Tél. " + phone(r, kitchen[4]) + " - comptabilite@" + kitchen[0].toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", "").substring(0, 9) + ".fr", 8);
        c.rightBold(555, 740, "FACTURE MENSUELLE", 13);
        String[][] meta = {{"N°", number}, {"Date", dmy(issue)}, {"Période", "du " + dmy(first) + " au " + dmy(last)},
            {"Client n°", String.format(Locale.ROOT, "%06d", 100 + r.nextInt(9000))},
            {"Contrat", "CT-" + (2024 + r.nextInt(2)) + "-" + digits(r, 3)}};
        c.y = 722;
        for (String[] m : meta) {
            c.text(40, c.y, m[0], 8.5f);
            c.text(100, c.y, ": " + m[1], 8.5f);
            c.down(12);
        }
        c.box(330, 640, 225, 80, 0.6f);
        c.bold(340, 702, customer[0], 10);
        c.text(340, 689, customer[1], 8.5f);
        c.text(340, 676, customer[2], 8.5f);
        c.text(340, 663, customer[3], 8.5f);
        c.bold(40, 612, "Récapitulatif des bons de livraison de " + frMonth(first), 9.5f);
        String[] heads = {"N° BL", "Date", "Site de livraison", "Couverts", "Montant HT", "TVA 10 %", "Montant TTC"};
        float[] xs = {44, 112, 176, 360, 432, 490, 551};
        int[] al = {L, L, L, R, R, R, R};
        float top = 590;
        int at = 0;
        BigDecimal carried = BigDecimal.ZERO.setScale(2);
        int page = 1;
        int pages = two ? 2 : 1;
        while (true) {
            c.fill(40, top - 5, 515, 17, 0.9f);
            for (int k = 0; k < heads.length; k++) {
                c.put(xs[k], top, heads[k], 7.5f, true, al[k]);
            }
            c.y = top - 18;
            float floor = page < pages ? 110 : 80;
            while (at < rows.size() && c.y > floor) {
                String[] row = rows.get(at);
                for (int k = 0; k < row.length; k++) {
                    c.put(xs[k], c.y, row[k], 8, false, al[k]);
                }
                carried = carried.add(new BigDecimal(row[6].replace("\u00A0", "").replace(',', '.')));
                c.down(12.5f);
                at++;
            }
            c.hline(40, 555, c.y + 6, 0.5f);
            if (at >= rows.size()) {
                break;
            }
            c.down(6);
            c.bold(300, c.y, "Total TTC à reporter", 8.5f);
            c.rightBold(551, c.y, fr(carried), 8.5f);
            c.ink = GREY;
            c.right(555, 40, "Page " + page + "/" + pages, 7);
            c.ink = BLACK;
            c.newPage();
            page++;
            c.bold(40, 800, kitchen[0], 10);
            c.right(555, 800, "Facture " + number + " du " + dmy(issue) + " - suite", 8.5f);
            c.bold(300, 770, "Report", 8.5f);
            c.rightBold(551, 770, fr(carried), 8.5f);
            top = 745;
        }
        if (page != pages) {
            throw new IllegalStateException(number + ": " + page + " pages instead of " + pages);
        }
        c.down(12);
        if (c.y < 250) {
            throw new IllegalStateException(number + ": no room for the totals");
        }
        float ty = c.y;
        c.text(370, ty, "Nombre de bons : " + rows.size(), 8.5f);
        c.text(370, ty - 15, "Total HT", 9);
        c.right(551, ty - 15, eur(net), 9);
        c.text(370, ty - 29, "TVA 10 %", 9);
        c.right(551, ty - 29, eur(tax), 9);
        c.fill(362, ty - 51, 193, 20, 0.9f);
        c.bold(370, ty - 45, "Total TTC", 10.5f);
        c.rightBold(551, ty - 45, eur(gross), 10.5f);
        c.y = ty - 15;
        String termsText = terms == 0 ? "30 jours fin de mois" : "45 jours date de facture";
        c.text(40, c.y, "Conditions de règlement : " + termsText, 8.5f);
        c.down(12);
        if (printed) {
            c.text(40, c.y, "Date d'échéance : " + dmy(due), 8.5f);
            c.down(12);
        }
        c.text(40, c.y, "Par virement - IBAN " + iban(r), 8);
        c.down(12);
        LocalDate previous = first.minusMonths(1);
        BigDecimal previousAmount = gross.multiply(BigDecimal.valueOf(80 + r.nextInt(40))).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        c.ink = GREY;
        c.text(40, c.y, "Facture FM" + d(previous, "yyMM") + "-" + String.format(Locale.ROOT, "%03d",
                10 + r.nextInt(120)) + " (" + eur(previousAmount) + ") réglée le " + dmy(previous.plusMonths(1)
                .plusDays(20 + r.nextInt(8))) + ", merci.", 7.5f);
        c.center(297, 52, kitchen[0] + " - SAS au capital de 80 000 € - SIRET " + siret(sirenKitchen, r) + " - TVA "
                + tva(sirenKitchen), 7);
        c.right(555, 40, "Page " + page + "/" + pages, 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, gross, "EUR", customer[0]);
    }
}
