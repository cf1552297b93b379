package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
 * A ninth blind set ({@code eval/invoices/blind9}): invoices a small French company receives from or sends to its
 * partners abroad, in English, German, Dutch, Spanish, Italian and Portuguese (the UK, the US, Ireland, Germany,
 * Austria, the Netherlands, Flanders, Spain, Italy, India, Canada, Portugal), written without looking at the reader,
 * each in the style of a tool of its own (an accounting package's print, a timesheet export, a Word or Excel template,
 * an online invoicing app, an ERP print in a fixed-pitch font) and none a layout of the earlier sets. Drawn in the
 * embedded DejaVu TrueType fonts, with ruled boxes and shaded bands; the drawing refuses text that overlaps other
 * text, crosses a rule or leaves the page.
 */
public final class BlindLayouts9 {

    /** One layout: draws an invoice on the canvas and says what it contains. */
    interface Layout {
        Truth draw(Canvas doc, Random random);
    }

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("uk-sage-grid-tax-point-vat-codes", BlindLayouts9::ukSage);
        LAYOUTS.put("us-timesheet-2-pages-net-30", BlindLayouts9::usTimesheet);
        LAYOUTS.put("ie-word-centred-totals-in-a-line", BlindLayouts9::irishWord);
        LAYOUTS.put("de-fr-seller-meta-strip-zahlbar-bis", BlindLayouts9::germanFromFrance);
        LAYOUTS.put("at-handwerker-2-pages-zahlungsziel", BlindLayouts9::austrianCraftsman);
        LAYOUTS.put("nl-event-venue-te-betalen-card", BlindLayouts9::dutchVenue);
        LAYOUTS.put("be-nl-aannemer-werf-sections", BlindLayouts9::flemishContractor);
        LAYOUTS.put("es-autonomo-irpf-excel-grid", BlindLayouts9::spanishFreelancer);
        LAYOUTS.put("it-professionista-cassa-ritenuta", BlindLayouts9::italianProfessional);
        LAYOUTS.put("in-gst-app-balance-due-words", BlindLayouts9::indianApp);
        LAYOUTS.put("ca-fr-seller-erp-mono-gst-hst", BlindLayouts9::canadaFromFrance);
        LAYOUTS.put("pt-fatura-2-pages-transporte-resumo-iva", BlindLayouts9::portugueseTwoPages);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind9Test -Drelance.generateBlind9=true}. */
    public static void main(String[] args) throws IOException {
        write(LAYOUTS, args, "src/test/resources/eval/invoices/blind9", 2026_12_10L, 2, "blind9");
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
                Canvas doc = new Canvas();
                Truth t = e.getValue().draw(doc, random);
                String file = String.format(Locale.ROOT, "%s-%03d.pdf", prefix, ++n);
                Files.write(out.resolve(file), doc.render(file));
                labels.append(json.writeValueAsString(t.label(json, file, "layout", e.getKey()))).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    // --- the canvas

    static final int L = 0;
    static final int R = 1;
    static final int C = 2;

    /** Pages of positioned text in an embedded DejaVu family, with lines, boxes and shaded bands. */
    static final class Canvas {
        static final String FONTS = "/usr/share/fonts/truetype/dejavu/";

        private record Mark(float x, float y, String text, float size, boolean bold, int align) {
        }

        /** A stroked segment or box, or a filled box ({@code grey} &lt; 1). */
        private record Rule(float x, float y, float w, float h, float grey, float lineWidth) {
        }

        private final List<List<Mark>> marks = new ArrayList<>();
        private final List<List<Rule>> rules = new ArrayList<>();
        PDRectangle size = PDRectangle.A4;
        String family = "DejaVuSans";
        float y;

        Canvas() {
            newPage();
        }

        /** US Letter paper; call before drawing. */
        void letter() {
            size = PDRectangle.LETTER;
            y = size.getHeight() - 50;
        }

        void newPage() {
            marks.add(new ArrayList<>());
            rules.add(new ArrayList<>());
            y = size.getHeight() - 50;
        }

        void put(float x, float at, String text, float pt, boolean bold, int align) {
            if (text != null && !text.isBlank()) {
                marks.get(marks.size() - 1).add(new Mark(x, at, text, pt, bold, align));
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

        void line(float x, String text, float pt) {
            text(x, y, text, pt);
            y -= pt + 4;
        }

        void lineBold(float x, String text, float pt) {
            bold(x, y, text, pt);
            y -= pt + 4;
        }

        void down(float points) {
            y -= points;
        }

        void hline(float x1, float x2, float at, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(x1, at, x2 - x1, 0, 1, lineWidth));
        }

        void vline(float x, float y1, float y2, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(x, y1, 0, y2 - y1, 1, lineWidth));
        }

        void box(float x, float bottom, float w, float h, float lineWidth) {
            rules.get(rules.size() - 1).add(new Rule(x, bottom, w, h, 1, lineWidth));
        }

        void fill(float x, float bottom, float w, float h, float grey) {
            rules.get(rules.size() - 1).add(new Rule(x, bottom, w, h, grey, 0));
        }

        float width() {
            return size.getWidth();
        }

        float height() {
            return size.getHeight();
        }

        byte[] render(String name) throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                File regularFile = new File(FONTS + family + ".ttf");
                File boldFile = new File(FONTS + family + "-Bold.ttf");
                if (!regularFile.isFile() || !boldFile.isFile()) {
                    throw new IOException("the DejaVu fonts are needed to draw this set: " + regularFile);
                }
                PDType0Font regular = PDType0Font.load(doc, regularFile);
                PDType0Font bold = PDType0Font.load(doc, boldFile);
                for (int p = 0; p < marks.size(); p++) {
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    List<float[]> boxes = new ArrayList<>();
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        for (Rule u : rules.get(p)) {
                            if (u.grey() < 1) {
                                content.setNonStrokingColor(u.grey());
                                content.addRect(u.x(), u.y(), u.w(), u.h());
                                content.fill();
                            }
                        }
                        content.setNonStrokingColor(0f);
                        content.setStrokingColor(0f);
                        for (Rule u : rules.get(p)) {
                            if (u.grey() >= 1) {
                                content.setLineWidth(u.lineWidth());
                                if (u.w() == 0 || u.h() == 0) {
                                    content.moveTo(u.x(), u.y());
                                    content.lineTo(u.x() + u.w(), u.y() + u.h());
                                } else {
                                    content.addRect(u.x(), u.y(), u.w(), u.h());
                                }
                                content.stroke();
                            }
                        }
                        for (Mark t : marks.get(p)) {
                            PDType0Font font = t.bold() ? bold : regular;
                            float w = font.getStringWidth(t.text()) / 1000 * t.size();
                            float x = t.align() == R ? t.x() - w : t.align() == C ? t.x() - w / 2 : t.x();
                            boxes.add(new float[] {x, t.y() - 0.21f * t.size(), x + w, t.y() + 0.74f * t.size()});
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

        /** Refuses a page whose texts overlap, cross a rule or leave the paper. */
        private void check(String name, int page, List<float[]> boxes, List<Mark> texts, List<Rule> lines) {
            for (int i = 0; i < boxes.size(); i++) {
                float[] a = boxes.get(i);
                String where = name + " page " + (page + 1) + ": '" + texts.get(i).text() + "'";
                if (a[0] < 18 || a[2] > size.getWidth() - 18 || a[1] < 16 || a[3] > size.getHeight() - 16) {
                    throw new IllegalStateException(where + " leaves the page " + java.util.Arrays.toString(a));
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
                    if (u.grey() < 1) {
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
                            crosses = s[1] > base - 0.15f * pt && s[1] < base + 0.72f * pt
                                    && Math.min(s[0], s[2]) < a[2] - 0.5f && Math.max(s[0], s[2]) > a[0] + 0.5f;
                        } else {
                            crosses = s[0] > a[0] + 0.5f && s[0] < a[2] - 0.5f
                                    && Math.min(s[1], s[3]) < base + 0.7f * pt && Math.max(s[1], s[3]) > base;
                        }
                        if (crosses) {
                            throw new IllegalStateException(where + " crosses a rule " + java.util.Arrays.toString(s));
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

    /** An issue day of 2026, from early January to early December. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(330));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
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

    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
    }

    private static String de(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
    }

    private static String sp(BigDecimal a) {
        return BlindLayouts7.num(a, 2, " ", ',');
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String d(LocalDate date, String pattern) {
        return d(date, pattern, Locale.ROOT);
    }

    private static String rate(BigDecimal rate, char decimal) {
        String s = rate.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    private static BigDecimal percentOf(BigDecimal base, String rate) {
        return base.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** A code that stays the same for a description ("P4170"). */
    private static String code(String prefix, String label) {
        return prefix + (1000 + Math.floorMod(label.hashCode(), 9000));
    }

    /**
     * Lines drawn from {@code work} ({description, VAT rate, and the least unit price and its spread when the line has
     * its own}), without repeating a description until all were used; unit prices otherwise from {@code least} to
     * {@code least + spread}, in units of the currency.
     */
    private static List<Item> lines(Random r, String[][] work, int min, int max, int least, int spread) {
        int count = min + r.nextInt(max - min + 1);
        List<String[]> left = new ArrayList<>();
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (left.isEmpty()) {
                left.addAll(List.of(work));
            }
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal qty = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            int low = w.length > 3 ? Integer.parseInt(w[2]) : least;
            int wide = w.length > 3 ? Integer.parseInt(w[3]) : spread;
            BigDecimal unit = BigDecimal.valueOf(low * 100L + (long) (r.nextDouble() * wide * 100L), 2);
            out.add(new Item(w[0], qty, unit, new BigDecimal(w.length > 1 ? w[1] : "0")));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    /** A row of cells at the cursor. */
    private static void row(Canvas doc, float[] xs, int[] align, String[] cells, float pt, boolean bold) {
        for (int c = 0; c < cells.length; c++) {
            doc.put(xs[c], doc.y, cells[c], pt, bold, align[c]);
        }
    }

    /** A head row on a shaded band from {@code x0} to {@code x1}. */
    private static void head(Canvas doc, float x0, float x1, float[] xs, int[] align, String[] heads, float pt,
            float grey) {
        doc.fill(x0, doc.y - 0.35f * pt - 2, x1 - x0, pt + 6, grey);
        row(doc, xs, align, heads, pt, true);
    }

    /** Label/value pairs, the labels at {@code labelX}, the values right-aligned at {@code valueX}. */
    private static void pairs(Canvas doc, float labelX, float valueX, String[][] rows, float pt, float step,
            int boldFrom) {
        pairs(doc, labelX, valueX, rows, pt, step, boldFrom, rows.length);
    }

    /** As above, bold from row {@code boldFrom} to before {@code boldTo}. */
    private static void pairs(Canvas doc, float labelX, float valueX, String[][] rows, float pt, float step,
            int boldFrom, int boldTo) {
        for (int i = 0; i < rows.length; i++) {
            boolean b = i >= boldFrom && i < boldTo;
            doc.put(labelX, doc.y, rows[i][0], pt, b, L);
            doc.put(valueX, doc.y, rows[i][1], pt, b, R);
            doc.down(step);
        }
    }

    private static final String[][] FR_COMPANIES = {{"Atelier Vermeil SAS", "7 quai Saint-Vincent", "69001 Lyon"},
        {"Boréale Communication SARL", "18 rue des Carmes", "44000 Nantes"},
        {"Opaline Cosmétiques SAS", "14 rue de la République", "13002 Marseille"},
        {"Les Tisserands de Roubaix SAS", "88 boulevard de Belfort", "59100 Roubaix"},
        {"Lumen Conseil SAS", "5 rue Vivienne", "75002 Paris"},
        {"Maison Carvalho SARL", "22 cours de l'Intendance", "33000 Bordeaux"},
        {"Studio Kerguelen SAS", "3 place du Parlement", "35000 Rennes"},
        {"Ferronnerie Dubreuil SARL", "41 route de Colmar", "67100 Strasbourg"}};

    private static final String[] PEOPLE = {"Claire Martin", "Julien Roche", "Sophie Lemaire", "Nicolas Faure",
        "Camille Girard", "Thomas Aubert", "Élodie Marchand", "Hugo Perrot"};

    private static String siren(Random r) {
        String s = digits(r, 9);
        return s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6);
    }

    // --- 1. the UK

    private static final String[][] UK_SELLERS = {
        {"Thornbury Print & Display Ltd", "Unit 7, Riverside Trading Estate", "Bristol BS2 0JP", "0117 496 0321"},
        {"Kestrel AV Hire Ltd", "14 Canal Street", "Manchester M1 3HE", "0161 496 0877"},
        {"Marlowe Event Services Ltd", "2nd Floor, 41 Great Sutton Street", "London EC1V 0DX", "020 7946 0514"},
        {"Ashdown Joinery & Exhibitions Ltd", "Forge Lane", "Uckfield TN22 5HJ", "01825 496 210"}};
    private static final String[][] UK_VENUES = {{"Stand C42, ExCeL London", "Royal Victoria Dock", "London E16 1XL"},
        {"Hall 3, Stand 3B18, NEC", "North Avenue", "Birmingham B40 1NT"},
        {"Olympia London, Stand K7", "Hammersmith Road", "London W14 8UX"},
        {"Manchester Central, Stand 112", "Windmill Street", "Manchester M2 3GX"}};
    private static final String[][] UK_WORK = {{"Exhibition catalogue A4, 24pp (x500, printed)", "0", "650", "900"},
        {"Flyers A5 double-sided (x1000)", "0", "85", "120"}, {"Roller banner 850 x 2000 mm", "20", "75", "90"},
        {"Stand graphics - vinyl wall panels", "20", "400", "1800"},
        {"55in LED screen hire (per day)", "20", "180", "140"}, {"AV technician (day rate)", "20", "320", "180"},
        {"Delivery, installation & collection", "20", "250", "650"}, {"Event host (hour)", "20", "22", "14"},
        {"Display plinth, white gloss", "20", "140", "260"}, {"Fabric backdrop 3.0 x 2.5 m", "20", "290", "380"},
        {"Printed lanyards (x250)", "20", "180", "120"},
        {"Product brochure A5, 12pp (x1000, printed)", "0", "420", "500"}};

    /**
     * A UK supplier's invoice from a desktop accounting package: "SALES INVOICE", "Page 1 of 1" and a printed-on
     * stamp, the window box "Invoice to" beside "Deliver to" (a trade-fair stand), a ruled grid of Invoice No. /
     * Invoice Date / Tax Point / Account Ref / Your Order No., VAT codes T1/T0 (printed matter zero-rated), a VAT
     * analysis at the left, a totals box at the right ending "AMOUNT DUE" (less a deposit now and then), the terms
     * in days or a date in words.
     */
    static Truth ukSage(Canvas doc, Random r) {
        String[] seller = pick(r, UK_SELLERS);
        String[] customer = pick(r, FR_COMPANIES);
        String[] venue = pick(r, UK_VENUES);
        LocalDate issue = day(r);
        LocalDate taxPoint = issue.minusDays(r.nextInt(5));
        String number = r.nextBoolean() ? String.valueOf(10_000 + r.nextInt(40_000))
                : "SI-" + String.format(Locale.ROOT, "%05d", 100 + r.nextInt(20_000));
        List<Item> items = lines(r, UK_WORK, 3, 9, 0, 0);
        Sums s = sums(items);
        int terms = r.nextInt(3);
        LocalDate due = terms == 1 ? issue.plusDays(14) : issue.plusDays(30);
        boolean deposit = r.nextInt(3) == 0;
        BigDecimal paid = deposit ? s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN) : BigDecimal.ZERO;
        BigDecimal left = s.gross().subtract(paid);
        Function<LocalDate, String> dmy = x -> d(x, "dd/MM/yyyy");
        Function<BigDecimal, String> gbp = a -> (a.signum() < 0 ? "-£" : "£") + en(a.abs());
        float right = 545;
        doc.bold(50, 800, seller[0], 15);
        doc.text(50, 784, seller[1], 8.5f);
        doc.text(50, 773, seller[2], 8.5f);
        doc.text(50, 762, "Tel. " + seller[3], 8.5f);
        doc.text(50, 751, "VAT Reg. No. GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2), 8.5f);
        doc.rightBold(right, 800, "SALES INVOICE", 17);
        doc.right(right, 784, "Page 1 of 1", 8);
        doc.right(right, 773, "Printed " + dmy.apply(issue.plusDays(r.nextInt(3))) + " "
                + String.format(Locale.ROOT, "%02d:%02d", 8 + r.nextInt(10), r.nextInt(60)), 7.5f);
        doc.box(50, 640, 240, 90, 0.7f);
        doc.text(56, 720, "Invoice to:", 7.5f);
        doc.bold(56, 705, customer[0], 10);
        doc.text(56, 692, "Attn: Accounts Payable", 9);
        doc.text(56, 680, customer[1], 9);
        doc.text(56, 668, customer[2], 9);
        doc.text(56, 656, "France", 9);
        doc.box(305, 640, 240, 90, 0.7f);
        doc.text(311, 720, "Deliver to:", 7.5f);
        doc.text(311, 705, venue[0], 9.5f);
        doc.text(311, 692, venue[1], 9);
        doc.text(311, 680, venue[2], 9);
        doc.text(311, 668, "Contact: " + pick(r, PEOPLE) + ", +33 6 " + digits(r, 2) + " " + digits(r, 2) + " "
                + digits(r, 2) + " " + digits(r, 2), 8);
        String accountRef = customer[0].replaceAll("[^A-Z]", "").substring(0, 2) + String.format(Locale.ROOT, "%03d",
                1 + r.nextInt(300));
        String[] heads = {"Invoice No.", "Invoice Date", "Tax Point", "Account Ref", "Your Order No."};
        String[] values = {number, dmy.apply(issue), dmy.apply(taxPoint), accountRef, "PO" + digits(r, 6)};
        float cell = 495f / heads.length;
        doc.fill(50, 595, 495, 16, 0.87f);
        doc.box(50, 575, 495, 36, 0.7f);
        doc.hline(50, 545, 595, 0.5f);
        for (int i = 0; i < heads.length; i++) {
            if (i > 0) {
                doc.vline(50 + i * cell, 575, 611, 0.5f);
            }
            doc.bold(55 + i * cell, 600, heads[i], 7.5f);
            doc.text(55 + i * cell, 582, values[i], 9);
        }
        float top = 548;
        float[] xs = {80, 88, 140, 425, 490, 520};
        int[] al = {R, L, L, R, R, C};
        doc.y = top;
        head(doc, 50, 545, xs, al, new String[] {"Qty", "Code", "Description", "Unit Price", "Net", "VAT"}, 8, 0.87f);
        doc.down(17);
        for (Item i : items) {
            row(doc, xs, al, new String[] {i.qty().toPlainString(), code("P", i.label()), i.label(), en(i.unit()),
                en(i.amount()), i.rate().signum() == 0 ? "T0" : "T1"}, 8.5f, false);
            doc.down(13);
        }
        doc.box(50, doc.y + 4, 495, top + 8.5f - (doc.y + 4), 0.7f);
        doc.down(20);
        float bottom = doc.y;
        doc.bold(50, doc.y, "VAT Analysis", 8.5f);
        doc.down(13);
        float[] vx = {50, 140, 210, 280};
        int[] va = {L, R, R, R};
        row(doc, vx, va, new String[] {"Code", "Rate", "Net", "VAT"}, 8, true);
        doc.hline(50, 285, doc.y - 3, 0.5f);
        doc.down(13);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        for (var e : base.entrySet()) {
            row(doc, vx, va, new String[] {e.getKey().signum() == 0 ? "T0" : "T1",
                e.getKey().setScale(2).toPlainString() + "%", en(e.getValue()), en(s.taxByRate().get(e.getKey()))},
                    8.5f, false);
            doc.down(12);
        }
        doc.down(10);
        doc.line(50, switch (terms) {
            case 0 -> "Terms: strictly 30 days net.";
            case 1 -> "Payment terms: 14 days from date of invoice.";
            default -> "Payment due by " + d(due, "d MMMM yyyy", Locale.UK) + ".";
        }, 8.5f);
        float leftEnd = doc.y;
        doc.y = bottom;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total Net Amount", gbp.apply(s.net())});
        rows.add(new String[] {"Total VAT Amount", gbp.apply(s.tax())});
        rows.add(new String[] {"Invoice Total", gbp.apply(s.gross())});
        if (deposit) {
            rows.add(new String[] {"Less deposit paid " + dmy.apply(issue.minusDays(21 + r.nextInt(30))),
                gbp.apply(paid.negate())});
        }
        float boxTop = doc.y + 12;
        pairs(doc, 338, 538, rows.toArray(new String[0][]), 8.5f, 15, 2, 3);
        doc.down(3);
        doc.fill(330, doc.y - 5, 215, 18, 0.85f);
        doc.bold(338, doc.y, "AMOUNT DUE", 10);
        doc.rightBold(538, doc.y, gbp.apply(left), 10);
        doc.box(330, doc.y - 5, 215, boxTop - (doc.y - 5), 0.7f);
        doc.y = Math.min(leftEnd, doc.y - 20);
        doc.line(50, "Please quote the invoice number with your remittance. Cheques payable to " + seller[0] + ".", 8);
        doc.text(50, 58, "Bank: Barclays Bank PLC · Sort Code 20-" + digits(r, 2) + "-" + digits(r, 2) + " · Account "
                + digits(r, 8) + " · IBAN GB" + digits(r, 2) + " BARC 20" + digits(r, 2) + " " + digits(r, 4) + " "
                + digits(r, 4) + " · BIC BARCGB22", 7);
        doc.text(50, 47, seller[0] + " · Registered in England and Wales No. 0" + digits(r, 7), 7);
        doc.text(50, 37, "Registered office: " + seller[1] + ", " + seller[2], 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "GBP", customer[0]);
        return deposit ? t.withAmountDue(left) : t;
    }

    // --- 2. the US

    private static final String[][] US_SELLERS = {
        {"Pinecrest Analytics LLC", "350 Fifth Avenue, Suite 4810", "New York, NY 10118", "8.875", "(212) 555-0187",
            "Javits Center, Booth 1412", "429 11th Avenue", "New York, NY 10001"},
        {"Harbor Lane Software Inc.", "1201 Western Ave, Floor 6", "Seattle, WA 98101", "10.35", "(206) 555-0143",
            "Summit Convention Center, Rm 440", "900 Pine Street", "Seattle, WA 98101"},
        {"Copperleaf Design Group LLC", "600 Congress Ave, Suite 1400", "Austin, TX 78701", "8.25",
            "(512) 555-0119", "Pop-up store, Unit 3", "1100 S Lamar Blvd", "Austin, TX 78704"}};
    private static final String[] US_CONSULTANTS = {"A. Brennan", "K. Oyelaran", "M. Castillo", "J. Whitaker",
        "S. Iyer"};
    private static final int[] US_RATES = {175, 150, 125, 140, 95};
    private static final String[] US_TASKS = {"Requirements workshop", "Dashboard build - sales KPIs",
        "Data pipeline fixes", "Code review", "UAT support", "Weekly status call", "Report automation",
        "Stakeholder interviews", "Documentation", "Deployment & handover", "Bug triage",
        "Checkout flow mockups", "Localization review (FR/EN)", "Performance tuning", "Sprint planning"};
    private static final String[] US_MATERIALS = {"Tablet for kiosk demo", "USB-C docking station",
        "Printed user guides (box of 50)", "Wireless presenter", "Barcode scanner", "Portable monitor 15.6in"};

    private record TimeEntry(LocalDate date, int who, String task, BigDecimal hours) {
        BigDecimal amount() {
            return hours.multiply(BigDecimal.valueOf(US_RATES[who])).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * A US consultancy's invoice on Letter paper exported from its time tracker: a column of label/value pairs under
     * "INVOICE" (number, date, "Terms: Net 30", the due date or not, project, last month's service period), forty and
     * more dated time entries (MM/DD/YYYY) running onto page 2, taxable materials shipped to a US stand, sales tax on
     * them only, "Payments/Credits" (a retainer applied now and then) and "Balance Due" on page 2, a paid earlier
     * invoice mentioned.
     */
    static Truth usTimesheet(Canvas doc, Random r) {
        doc.letter();
        doc.family = "DejaVuSansCondensed";
        String[] seller = pick(r, US_SELLERS);
        String[] customer = pick(r, FR_COMPANIES);
        int month = 1 + r.nextInt(11);
        LocalDate periodStart = LocalDate.of(2026, month, 1);
        LocalDate periodEnd = endOfMonth(periodStart);
        LocalDate issue = periodEnd.plusDays(1 + r.nextInt(6));
        LocalDate due = issue.plusDays(30);
        boolean showDue = r.nextBoolean();
        String number = "INV-2026-" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(800));
        Function<LocalDate, String> us = x -> d(x, "MM/dd/yyyy");
        int count = 40 + r.nextInt(11);
        List<TimeEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = periodStart.plusDays(r.nextInt(periodStart.lengthOfMonth()));
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1).getMonthValue() == month ? day.minusDays(1) : day.plusDays(3);
            }
            entries.add(new TimeEntry(day, r.nextInt(US_CONSULTANTS.length), pick(r, US_TASKS),
                    BigDecimal.valueOf(1 + r.nextInt(16), 0).multiply(pct("0.5")).setScale(2)));
        }
        entries.sort(Comparator.comparing(TimeEntry::date));
        List<Item> materials = lines(r, new String[][] {{US_MATERIALS[0]}, {US_MATERIALS[1]}, {US_MATERIALS[2]},
            {US_MATERIALS[3]}, {US_MATERIALS[4]}, {US_MATERIALS[5]}}, 1, 3, 40, 560);
        BigDecimal services = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        for (TimeEntry e : entries) {
            services = services.add(e.amount());
            hours = hours.add(e.hours());
        }
        BigDecimal goods = BigDecimal.ZERO;
        for (Item i : materials) {
            goods = goods.add(i.amount());
        }
        BigDecimal tax = percentOf(goods, seller[3]);
        BigDecimal total = services.add(goods).add(tax);
        boolean retainer = r.nextInt(3) == 0;
        BigDecimal credit = retainer ? BigDecimal.valueOf(pick(r, new Integer[] {2500, 5000}), 0).setScale(2)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal balance = total.subtract(credit);
        float right = 562;
        doc.bold(50, 742, seller[0], 15);
        doc.text(50, 727, seller[1], 9);
        doc.text(50, 715, seller[2], 9);
        doc.text(50, 703, seller[4] + " · billing@" + seller[0].split(" ")[0].toLowerCase(Locale.ROOT) + ".com", 9);
        doc.text(50, 691, "EIN " + digits(r, 2) + "-" + digits(r, 7), 8);
        doc.rightBold(right, 736, "INVOICE", 24);
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Invoice #", number});
        meta.add(new String[] {"Invoice Date", us.apply(issue)});
        meta.add(new String[] {"Terms", "Net 30"});
        if (showDue) {
            meta.add(new String[] {"Due Date", us.apply(due)});
        }
        meta.add(new String[] {"Project", pick(r, new String[] {"FR-US retail rollout", "Analytics phase 2",
            "E-shop relaunch"})});
        meta.add(new String[] {"Service Period", us.apply(periodStart) + " - " + us.apply(periodEnd)});
        doc.y = 712;
        for (String[] m : meta) {
            doc.text(355, doc.y, m[0], 9);
            doc.rightBold(right, doc.y, m[1], 9);
            doc.down(13);
        }
        float top = 640;
        doc.bold(50, top, "BILL TO", 8);
        doc.bold(50, top - 14, customer[0], 10);
        doc.text(50, top - 27, "Attn: " + pick(r, PEOPLE), 9);
        doc.text(50, top - 39, customer[1], 9);
        doc.text(50, top - 51, customer[2] + ", France", 9);
        doc.bold(235, top, "SHIP TO (materials)", 8);
        doc.text(235, top - 14, seller[5], 9);
        doc.text(235, top - 27, seller[6], 9);
        doc.text(235, top - 39, seller[7], 9);
        float[] xs = {50, 108, 178, 440, 500, right};
        int[] al = {L, L, L, R, R, R};
        String[] heads = {"Date", "Consultant", "Description", "Hours", "Rate", "Amount"};
        doc.y = 560;
        head(doc, 46, 566, xs, al, heads, 8.5f, 0.86f);
        doc.down(16);
        int perPage = 36;
        for (int i = 0; i < entries.size(); i++) {
            if (i == perPage) {
                doc.text(50, 52, "Continued on page 2", 8);
                doc.right(right, 40, "Page 1 of 2", 8);
                doc.newPage();
                doc.bold(50, 742, seller[0], 10);
                doc.right(right, 742, "Invoice # " + number + " (continued)", 9);
                doc.y = 712;
                head(doc, 46, 566, xs, al, heads, 8.5f, 0.86f);
                doc.down(16);
            }
            TimeEntry e = entries.get(i);
            row(doc, xs, al, new String[] {us.apply(e.date()), US_CONSULTANTS[e.who()], e.task(),
                e.hours().toPlainString(), en(BigDecimal.valueOf(US_RATES[e.who()]).setScale(2)), en(e.amount())},
                    8.5f, false);
            doc.down(12.5f);
        }
        doc.hline(46, 566, doc.y + 8, 0.5f);
        doc.down(4);
        doc.bold(178, doc.y, "Total hours", 8.5f);
        doc.rightBold(440, doc.y, hours.toPlainString(), 8.5f);
        doc.rightBold(right, doc.y, en(services), 8.5f);
        doc.down(26);
        doc.bold(50, doc.y, "Materials & Expenses (taxable)", 9);
        doc.down(15);
        float[] mx = {50, 440, 500, right};
        int[] ma = {L, R, R, R};
        head(doc, 46, 566, mx, ma, new String[] {"Item", "Qty", "Unit Price", "Amount"}, 8.5f, 0.86f);
        doc.down(16);
        for (Item i : materials) {
            row(doc, mx, ma, new String[] {i.label(), i.qty().toPlainString(), en(i.unit()), en(i.amount())}, 8.5f,
                    false);
            doc.down(12.5f);
        }
        doc.hline(46, 566, doc.y + 8, 0.5f);
        doc.down(14);
        float totalsTop = doc.y;
        String[][] rows = {{"Professional services", "$" + en(services)}, {"Materials & expenses", "$" + en(goods)},
            {"Sales tax (" + seller[3] + "% on materials)", "$" + en(tax)}, {"Total", "$" + en(total)},
            {retainer ? "Payments/Credits (retainer applied)" : "Payments/Credits", (retainer ? "-$" : "$")
                + en(credit)}};
        pairs(doc, 340, right, rows, 9, 14, 3, 4);
        doc.down(4);
        doc.fill(334, doc.y - 6, 232, 20, 0.86f);
        doc.bold(340, doc.y, "Balance Due", 11);
        doc.rightBold(right, doc.y, "$" + en(balance), 11);
        float after = doc.y - 30;
        doc.y = totalsTop;
        doc.line(50, "Terms: Net 30", 9);
        doc.line(50, "Please reference the invoice # on your payment.", 8);
        doc.down(4);
        doc.line(50, "Previous invoice INV-2026-" + String.format(Locale.ROOT, "%04d", 20 + r.nextInt(80)) + " ($"
                + en(BigDecimal.valueOf(3000 + r.nextInt(20_000), 0).setScale(2)) + ")", 8);
        doc.line(50, "was paid on " + us.apply(issue.minusDays(10 + r.nextInt(20))) + " - thank you.", 8);
        doc.y = Math.min(doc.y, after);
        doc.line(50, "ACH / Wire: JPMorgan Chase Bank, N.A. · Routing 021000021 · Account " + digits(r, 10)
                + " · SWIFT CHASUS33", 8);
        doc.line(50, "Late balances accrue interest at 1.5% per month. Questions? Reply to your project lead.", 8);
        doc.right(right, 40, "Page 2 of 2", 8);
        Truth t = Truth.invoice(number, issue, due, total, "USD", customer[0]);
        return retainer ? t.withAmountDue(balance) : t;
    }

    // --- 3. Ireland

    private static final String[][] IE_SELLERS = {
        {"Liffey Office Supplies Ltd", "Unit 12, Ballymount Industrial Estate, Dublin 12, D12 X2N5", "+353 1 455 "},
        {"Corrib Catering Services Ltd", "Dock Road, Galway, H91 E2K8", "+353 91 562 "},
        {"Glenveagh IT Solutions Ltd", "Ballyraine Business Park, Letterkenny, Co. Donegal, F92 T2C6", "+353 74 912 "},
        {"Burren Signs & Graphics Ltd", "Ennis Road, Ennistymon, Co. Clare, V95 H7X3", "+353 65 707 "}};
    private static final String[][][] IE_WORK = {
        {{"A4 copier paper (box of 5 reams)", "23", "24", "8"}, {"Toner cartridge, black, high yield", "23", "95",
            "60"}, {"Ergonomic office chair", "23", "180", "220"}, {"Desk pedestal, 3 drawers", "23", "120", "90"},
            {"Whiteboard 1200 x 900 mm", "23", "85", "60"}, {"Delivery", "23", "15", "25"},
            {"Lever arch files (box of 10)", "23", "18", "9"}},
        {{"Working lunch platters (per head)", "13.5", "12", "9"}, {"Tea/coffee service (per head)", "13.5", "3",
            "3"}, {"Hot buffet (per head)", "13.5", "22", "14"}, {"Soft drinks (per head)", "13.5", "2", "2"},
            {"Wine reception (per head)", "23", "14", "10"}, {"Waiting staff (hour)", "23", "24", "8"},
            {"Crockery and linen hire", "23", "60", "140"}},
        {{"Laptop set-up and imaging (hour)", "23", "65", "30"}, {"Microsoft 365 Business licence (annual)", "23",
            "140", "30"}, {"Managed firewall (monthly)", "23", "75", "60"}, {"Network cabling, per point", "23",
            "85", "40"}, {"Wi-Fi access point, installed", "23", "240", "160"}, {"On-site support (hour)", "23", "70",
            "25"}, {"Backup service (monthly)", "23", "40", "50"}},
        {{"Window vinyl graphics", "23", "180", "420"}, {"Meeting room signage, brushed steel", "23", "65", "70"},
            {"Reception sign, illuminated", "23", "650", "900"}, {"Frosted manifestation film (m2)", "23", "38",
            "20"}, {"Design and artwork (hour)", "23", "55", "20"}, {"Installation", "23", "120", "260"}}};

    /**
     * An Irish supplier's invoice from an accountant's Word template, in a serif face: name and address centred over a
     * rule, "INVOICE" centred, "To:" at the left and a colon-aligned column (Invoice No / Date / Your Ref / Account
     * No / Delivery Docket / Date of Supply) at the right, VAT at 23 % and 13.5 %, the totals in one ruled row across
     * the page (Goods / VAT by rate / Invoice Total), terms "end of the month following" or 30 days, no due date.
     */
    static Truth irishWord(Canvas doc, Random r) {
        doc.family = "DejaVuSerif";
        int which = r.nextInt(IE_SELLERS.length);
        String[] seller = IE_SELLERS[which];
        String[] customer = pick(r, FR_COMPANIES);
        LocalDate issue = day(r);
        boolean endOfFollowing = r.nextInt(3) > 0;
        LocalDate due = endOfFollowing ? endOfMonth(issue.plusMonths(1)) : issue.plusDays(30);
        String number = String.valueOf(pick(r, new Integer[] {2, 4, 7})) + digits(r, 3);
        List<Item> items = lines(r, IE_WORK[which], 3, 7, 0, 0);
        int guests = 15 + r.nextInt(60);
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (i.label().contains("per head")) {
                items.set(k, new Item(i.label(), BigDecimal.valueOf(guests), i.unit(), i.rate()));
            }
        }
        Sums s = sums(items);
        Function<LocalDate, String> dmy = x -> d(x, "dd/MM/yyyy");
        float mid = doc.width() / 2;
        doc.centerBold(mid, 800, seller[0], 15);
        doc.center(mid, 785, seller[1], 8.5f);
        doc.center(mid, 773, "Tel: " + seller[2] + digits(r, 4) + "  ·  accounts@" + seller[0].split(" ")[0]
                .toLowerCase(Locale.ROOT) + ".ie", 8.5f);
        doc.hline(50, 545, 764, 1.2f);
        doc.centerBold(mid, 740, "INVOICE", 14);
        float top = 708;
        doc.text(50, top, "To:", 9.5f);
        doc.bold(80, top, customer[0], 10);
        doc.text(80, top - 13, "Dublin Office", 9);
        doc.text(80, top - 25, "Unit " + (1 + r.nextInt(9)) + ", Sandyford Business Park", 9);
        doc.text(80, top - 37, "Dublin 18, D18 " + letters(r, 1) + digits(r, 1) + letters(r, 1) + digits(r, 1), 9);
        doc.text(80, top - 49, "(Head office: " + customer[1] + ", " + customer[2] + ", France)", 7.5f);
        String[][] meta = {{"Invoice No:", number}, {"Date:", dmy.apply(issue)},
            {"Your Ref:", pick(r, new String[] {"PO ", "Order ", "Req. "}) + digits(r, 4)},
            {"Account No:", customer[0].substring(0, 3).toUpperCase(Locale.ROOT) + digits(r, 3)},
            {"Delivery Docket:", "DD" + digits(r, 5)}, {"Date of Supply:", dmy.apply(issue.minusDays(r.nextInt(8)))}};
        for (int i = 0; i < meta.length; i++) {
            doc.right(430, top - 13 * i, meta[i][0], 9);
            doc.text(438, top - 13 * i, meta[i][1], 9);
        }
        doc.y = top - 100;
        float[] xs = {70, 80, 355, 415, 545};
        int[] al = {R, L, R, R, R};
        doc.hline(50, 545, doc.y + 12, 0.6f);
        row(doc, xs, al, new String[] {"Qty", "Description", "Unit Price", "VAT %", "Net Amount"}, 8.5f, true);
        doc.hline(50, 545, doc.y - 5, 0.6f);
        doc.down(19);
        for (Item i : items) {
            row(doc, xs, al, new String[] {i.qty().toPlainString(), i.label(), "€" + en(i.unit()),
                rate(i.rate(), '.'), "€" + en(i.amount())}, 8.5f, false);
            doc.down(14);
        }
        doc.hline(50, 545, doc.y + 6, 0.6f);
        doc.down(26);
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Goods / Services", "€" + en(s.net())});
        s.taxByRate().forEach((k, v) -> cells.add(new String[] {"VAT @ " + rate(k, '.') + "%", "€" + en(v)}));
        cells.add(new String[] {"Invoice Total", "€" + en(s.gross())});
        float w = 495f / cells.size();
        float rowTop = doc.y + 13;
        doc.fill(50 + w * (cells.size() - 1), rowTop - 38, w, 38, 0.88f);
        doc.box(50, rowTop - 38, 495, 38, 0.8f);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                doc.vline(50 + w * i, rowTop - 38, rowTop, 0.5f);
            }
            boolean last = i == cells.size() - 1;
            doc.put(50 + w * i + w / 2, doc.y, cells.get(i)[0], 8.5f, last, C);
            doc.put(50 + w * i + w / 2, doc.y - 17, cells.get(i)[1], last ? 10.5f : 9.5f, last, C);
        }
        doc.down(62);
        doc.line(50, endOfFollowing ? "Terms: payment due by the end of the month following the date of invoice."
                : "Terms: payment within 30 days of invoice date, please.", 9);
        doc.line(50, "Goods remain the property of " + seller[0] + " until paid in full.", 8);
        doc.line(50, "E. & O. E.", 8);
        doc.center(mid, 60, "Bank: AIB · IBAN IE" + digits(r, 2) + " AIBK 9311 " + digits(r, 4) + " " + digits(r, 4)
                + " " + digits(r, 2) + " · BIC AIBKIE2D", 7);
        doc.center(mid, 49, "VAT Reg. No. IE " + digits(r, 7) + letters(r, 1) + " · Registered in Ireland, CRO No. "
                + digits(r, 6), 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }

    // --- 4. Germany, from the French company

    private static final String[][][] DE_GOODS = {
        {{"Savon de Marseille 300 g (Karton à 24)", "19", "58", "20"}, {"Duschgel Lavendel 250 ml", "19", "4", "3"},
            {"Handcreme Olive 75 ml", "19", "3", "3"}, {"Geschenkset Provence", "19", "14", "10"},
            {"Raumduft Feige 100 ml", "19", "9", "6"}, {"Display-Aufsteller Karton", "19", "18", "12"},
            {"Badesalz Zitrone 500 g", "19", "5", "3"}, {"Seifenschale Keramik", "19", "6", "5"}},
        {{"Geschirrtuch Leinen 50 x 70 cm", "19", "7", "5"}, {"Tischdecke Jacquard 160 x 250 cm", "19", "38", "30"},
            {"Kissenbezug 40 x 40 cm", "19", "9", "7"}, {"Plaid Wolle 130 x 170 cm", "19", "45", "35"},
            {"Schürze Halbleinen", "19", "12", "6"}, {"Servietten Baumwolle (6 Stk.)", "19", "11", "6"},
            {"Badetuch Frottee 70 x 140 cm", "19", "14", "9"}},
        {{"Côtes du Rhône AOP 2023 (Karton 6 x 0,75 l)", "19", "39", "20"},
            {"Crémant de Bourgogne brut (6 x 0,75 l)", "19", "54", "25"}, {"Olivenöl nativ extra 0,5 l", "19", "8",
            "6"}, {"Tapenade schwarz 180 g", "19", "3", "3"}, {"Nougat de Montélimar 200 g", "19", "5", "4"},
            {"Geschenkkarton Holz", "19", "6", "5"}}};
    private static final String[][] DE_CUSTOMERS = {{"Kühn Concept Store GmbH", "Schillerstraße 12",
        "60313 Frankfurt am Main"}, {"Brandt & Söhne Feinkost KG", "Hohe Straße 88", "50667 Köln"},
        {"Drogerie Albrecht e.K.", "Königstraße 40", "70173 Stuttgart"},
        {"Hotel Seeblick Konstanz GmbH", "Seestraße 5", "78464 Konstanz"},
        {"Lorenz Lifestyle GmbH", "Neuer Wall 18", "20354 Hamburg"}};

    /**
     * The French company invoicing a German customer in German from an online invoicing tool (German VAT number for
     * its stock in Germany): the name big at the top right, the sender line over the window address, a contact
     * block beside it, "Rechnung" and a strip of labels over values (Rechnungsnummer / Rechnungsdatum /
     * Leistungsdatum / Kundennummer, with "Zahlbar bis" or the order number), article numbers and units, "zzgl.
     * MwSt. 19 %", "Gesamtbetrag", "Zahlbar bis" in a sentence or 30 days, an earlier invoice said settled, a
     * three-column footer (SIRET, RCS, USt-IdNr., IBAN FR76).
     */
    static Truth germanFromFrance(Canvas doc, Random r) {
        int which = r.nextInt(DE_GOODS.length);
        String[] seller = FR_COMPANIES[new int[] {2, 3, 5}[which]];
        String[] customer = pick(r, DE_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate delivered = issue.minusDays(1 + r.nextInt(6));
        int mode = r.nextInt(3);
        LocalDate due = mode == 2 ? issue.plusDays(30) : issue.plusDays(pick(r, new Integer[] {14, 21, 30}));
        String number = "RE-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(900));
        List<Item> items = new ArrayList<>(lines(r, DE_GOODS[which], 3, 7, 0, 0));
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            items.set(i, new Item(it.label(), it.qty().multiply(BigDecimal.valueOf(6)), it.unit(), pct("19")));
        }
        items.add(new Item("Versandkosten (Spedition)", BigDecimal.ONE, BigDecimal.valueOf(4500 + r.nextInt(9000), 2),
                pct("19")));
        Sums s = sums(items);
        Function<LocalDate, String> dots = x -> d(x, "dd.MM.yyyy");
        float right = 545;
        doc.rightBold(right, 800, seller[0], 15);
        doc.right(right, 786, seller[1] + " · " + seller[2] + " · Frankreich", 8);
        doc.right(right, 775, "Niederlassung Deutschland: Lager Kehl, Hafenstraße 20, 77694 Kehl", 8);
        doc.text(50, 738, seller[0] + " · " + seller[1] + " · F-" + seller[2], 6.5f);
        doc.hline(50, 300, 735, 0.4f);
        doc.text(50, 720, customer[0], 10);
        doc.text(50, 707, "Einkauf / Rechnungseingang", 10);
        doc.text(50, 694, customer[1], 10);
        doc.text(50, 681, customer[2], 10);
        String person = pick(r, PEOPLE);
        doc.text(380, 720, "Ihr Ansprechpartner", 7.5f);
        doc.text(380, 708, person, 9);
        doc.text(380, 696, "Tel. +33 4 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " "
                + digits(r, 2), 8);
        doc.text(380, 685, person.toLowerCase(Locale.ROOT).replace(' ', '.').replace('é', 'e').replace('É', 'e')
                + "@" + seller[0].split(" ")[0].toLowerCase(Locale.ROOT).replace('é', 'e') + ".fr", 8);
        doc.bold(50, 630, "Rechnung", 18);
        String orderNo = "45" + digits(r, 6);
        String[] labels = mode == 0
                ? new String[] {"Rechnungsnummer", "Rechnungsdatum", "Leistungsdatum", "Kundennummer", "Zahlbar bis"}
                : new String[] {"Rechnungsnummer", "Rechnungsdatum", "Leistungsdatum", "Kundennummer", "Bestellnummer"};
        String[] values = mode == 0
                ? new String[] {number, dots.apply(issue), dots.apply(delivered), "K-" + digits(r, 5), dots.apply(due)}
                : new String[] {number, dots.apply(issue), dots.apply(delivered), "K-" + digits(r, 5), orderNo};
        for (int i = 0; i < labels.length; i++) {
            doc.text(50 + 99 * i, 605, labels[i], 7.5f);
            doc.bold(50 + 99 * i, 592, values[i], 9.5f);
        }
        doc.hline(50, 545, 584, 0.4f);
        doc.y = 565;
        doc.line(50, "Sehr geehrte Damen und Herren,", 9.5f);
        doc.line(50, "vielen Dank für Ihre Bestellung vom " + dots.apply(issue.minusDays(10 + r.nextInt(20)))
                + (mode == 0 ? " (Nr. " + orderNo + ")" : "") + ".", 9.5f);
        doc.line(50, "Wir berechnen Ihnen die Lieferung laut Lieferschein LS-" + digits(r, 5) + " vom "
                + dots.apply(delivered) + " wie folgt:", 9.5f);
        doc.down(10);
        float[] xs = {50, 76, 124, 362, 370, 470, right};
        int[] al = {L, L, L, R, L, R, R};
        head(doc, 46, 549, xs, al, new String[] {"Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit",
            "Einzelpreis", "Gesamt"}, 8, 0.9f);
        doc.down(17);
        int pos = 1;
        for (Item i : items) {
            boolean freight = i.label().startsWith("Versand");
            row(doc, xs, al, new String[] {String.valueOf(pos++), freight ? "" : code("FR-", i.label()) + "0",
                i.label(), i.qty().toPlainString(), freight ? "psch." : "Stk.", de(i.unit()) + " €",
                de(i.amount()) + " €"}, 8, false);
            doc.hline(46, 549, doc.y - 4.5f, 0.2f);
            doc.down(14);
        }
        doc.down(8);
        pairs(doc, 350, right, new String[][] {{"Gesamtbetrag netto", de(s.net()) + " €"},
            {"zzgl. MwSt. 19 %", de(s.tax()) + " €"}}, 9, 15, 9);
        doc.hline(345, 549, doc.y + 11, 0.5f);
        doc.down(2);
        doc.bold(350, doc.y, "Gesamtbetrag", 10.5f);
        doc.rightBold(right, doc.y, de(s.gross()) + " €", 10.5f);
        doc.hline(345, 549, doc.y - 5, 0.5f);
        doc.hline(345, 549, doc.y - 7, 0.5f);
        doc.down(34);
        doc.line(50, switch (mode) {
            case 0 -> "Zahlbar bis " + dots.apply(due) + " ohne Abzug auf das unten genannte Konto.";
            case 1 -> "Zahlbar bis zum " + dots.apply(due) + " ohne Abzug. Bitte Rechnungsnummer als"
                    + " Verwendungszweck angeben.";
            default -> "Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug.";
        }, 9);
        doc.line(50, "Die Rechnung " + "RE-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%04d",
                10 + r.nextInt(90)) + " vom " + dots.apply(issue.minusDays(35 + r.nextInt(40)))
                + " ist bereits beglichen - vielen Dank.", 8.5f);
        doc.line(50, "Mit freundlichen Grüßen, " + person, 9);
        doc.hline(50, 545, 92, 0.4f);
        String[][] foot = {{seller[0], seller[1], seller[2] + ", Frankreich", "SIRET " + siren(r).replace(" ", "")
            + digits(r, 5)}, {"RCS " + seller[2].substring(6) + " " + siren(r), "USt-IdNr. DE" + digits(r, 9),
                "TVA FR" + digits(r, 2) + " " + siren(r), "Geschäftsführung: " + pick(r, PEOPLE)},
            {"Crédit Agricole", "IBAN FR76 " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 3), "BIC AGRIFRPP" + digits(r, 3),
                "Gläubiger-ID FR" + digits(r, 2) + "ZZZ" + digits(r, 6)}};
        for (int c = 0; c < foot.length; c++) {
            for (int k = 0; k < foot[c].length; k++) {
                doc.text(50 + 168 * c, 80 - 9.5f * k, foot[c][k], 6.8f);
            }
        }
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }

    // --- 5. Austria

    private static final String[][] AT_SELLERS = {{"Hofer Ladenbau GmbH", "Tischlerei · Ladenbau · Innenausbau",
        "Gewerbepark 4", "2345 Brunn am Gebirge", "Brunn am Gebirge"},
        {"Pichler Bau & Ausbau e.U.", "Maler · Trockenbau · Elektro", "Favoritenstraße 118", "1100 Wien", "Wien"},
        {"Wimmer Objekteinrichtung GmbH", "Ladenbau und Generalunternehmer", "Industriezeile 22", "4020 Linz",
            "Linz"}, {"Egger & Söhne Innenausbau KG", "Meisterbetrieb seit 1962", "Dorfstraße 9", "6230 Brixlegg",
            "Brixlegg"}};
    private static final String[][] AT_WORK = {{"Baustelleneinrichtung", "psch."}, {"Abdeckarbeiten Boden und Fenster",
        "m²"}, {"Spachteln Wandflächen Q3", "m²"}, {"Dispersionsanstrich weiß, 2-fach", "m²"},
        {"Lackierung Türzargen", "Stk."}, {"Demontage Altbestand Regale", "psch."},
        {"Wandregal Eiche massiv 180 cm", "Stk."}, {"Verkaufstheke MDF weiß lackiert", "Stk."},
        {"Stromschiene 3-Phasen, montiert", "lfm"}, {"LED-Strahler 12 W inkl. Adapter", "Stk."},
        {"Steckdose UP 3-fach", "Stk."}, {"Kabelkanal verlegen", "lfm"}, {"Spiegelwand montieren", "m²"},
        {"Glasvitrine abschließbar", "Stk."}, {"Arbeitsstunde Geselle", "Std."}, {"Arbeitsstunde Meister", "Std."},
        {"Arbeitsstunde Lehrling", "Std."}, {"Entsorgung Bauschutt", "m³"}, {"Kleinmaterial", "psch."},
        {"Silikonfugen", "lfm"}, {"Sockelleisten Eiche", "lfm"}, {"Schlussreinigung", "psch."},
        {"Anfahrt und Zustellung", "psch."}, {"Schiebetür Lager 90 x 210 cm", "Stk."},
        {"Garderobenleiste Messing", "Stk."}, {"Gipskartonvorsatzschale", "m²"}, {"Revisionsöffnung", "Stk."},
        {"Abgehängte Decke Gipskarton", "m²"}, {"Akustikpaneele Filz", "m²"}, {"Vinylboden Eiche Dekor", "m²"},
        {"Bodenausgleich Spachtelmasse", "m²"}, {"Türblatt tauschen inkl. Beschlag", "Stk."},
        {"Schaufensterpodest lackiert", "Stk."}, {"Umkleidekabine mit Vorhang", "Stk."},
        {"Notbeleuchtung Piktogramm", "Stk."}, {"Unterverteilung erweitern", "psch."},
        {"Netzwerkdose Cat. 6A", "Stk."}, {"Lichtsteuerung programmieren", "Std."},
        {"Sockel Kassentisch", "Stk."}, {"Wandanschlussprofil", "lfm"}, {"Grundierung Tiefgrund", "m²"},
        {"Folierung Schaufenster", "m²"}, {"Schutzabdeckung Treppenhaus", "psch."},
        {"Elektro-Befund und Messprotokoll", "psch."}, {"Montage Kundenware", "Std."}};

    private static BigDecimal[] atQuantityAndPrice(Random r, String unit) {
        return switch (unit) {
            case "m²" -> new BigDecimal[] {BigDecimal.valueOf(8 + r.nextInt(80)),
                BigDecimal.valueOf(800 + r.nextInt(2700), 2)};
            case "Std." -> new BigDecimal[] {BigDecimal.valueOf(2 + r.nextInt(23)),
                BigDecimal.valueOf(4800 + r.nextInt(3000), 2)};
            case "lfm" -> new BigDecimal[] {BigDecimal.valueOf(5 + r.nextInt(36)),
                BigDecimal.valueOf(600 + r.nextInt(1900), 2)};
            case "m³" -> new BigDecimal[] {BigDecimal.valueOf(1 + r.nextInt(6)),
                BigDecimal.valueOf(6500 + r.nextInt(4000), 2)};
            case "psch." -> new BigDecimal[] {BigDecimal.ONE, BigDecimal.valueOf(8000 + r.nextInt(52_000), 2)};
            default -> new BigDecimal[] {BigDecimal.valueOf(1 + r.nextInt(10)),
                BigDecimal.valueOf(1500 + r.nextInt(r.nextBoolean() ? 10_000 : 60_000), 2)};
        };
    }

    /**
     * An Austrian craftsman's Word invoice for fitting out the French company's Vienna shop, in a serif face: the
     * letterhead centred, place and date in words ("Jänner"), "Bauvorhaben", the order and quote dates and the period
     * of the works; some forty positions with units over two pages, "Zwischensumme Seite 1" and "Übertrag", the
     * totals, an advance payment deducted now and then, and only "Zahlungsziel: 14 Tage netto" (with a Skonto amount
     * or not) to say when to pay.
     */
    static Truth austrianCraftsman(Canvas doc, Random r) {
        doc.family = "DejaVuSerifCondensed";
        String[] seller = pick(r, AT_SELLERS);
        String[] customer = pick(r, FR_COMPANIES);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 14, 14, 30});
        LocalDate due = issue.plusDays(days);
        String number = issue.getYear() + "/" + String.format(Locale.ROOT, "%03d", 20 + r.nextInt(400));
        int count = 37 + r.nextInt(9);
        List<Item> items = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(AT_WORK));
        for (int i = 0; i < count; i++) {
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal[] qp = atQuantityAndPrice(r, w[1]);
            items.add(new Item(w[0], qp[0], qp[1], pct("20")));
            units.add(w[1]);
        }
        Sums s = sums(items);
        boolean advance = r.nextInt(3) == 0;
        BigDecimal paid = advance ? s.gross().multiply(pct("0.4")).setScale(-2, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO;
        BigDecimal open = s.gross().subtract(paid);
        boolean skonto = r.nextBoolean();
        Function<LocalDate, String> words = x -> d(x, "d. MMMM yyyy", Locale.GERMAN).replace("Januar", "Jänner");
        Function<LocalDate, String> dots = x -> d(x, "dd.MM.yyyy");
        float mid = doc.width() / 2;
        float right = 545;
        doc.centerBold(mid, 800, seller[0], 17);
        doc.center(mid, 786, seller[1], 9);
        doc.center(mid, 774, seller[2] + " · " + seller[3] + " · Tel. +43 " + digits(r, 1) + " " + digits(r, 3) + " "
                + digits(r, 2) + " " + digits(r, 2) + " · office@" + seller[0].split(" ")[0].toLowerCase(Locale.ROOT)
                .replace('ü', 'u') + ".at", 8);
        doc.hline(50, 545, 765, 0.8f);
        String customerStreet = "Kärntner Straße " + (10 + r.nextInt(40));
        doc.text(50, 735, customer[0], 10);
        doc.text(50, 722, "Filiale Wien", 10);
        doc.text(50, 709, customerStreet, 10);
        doc.text(50, 696, "1010 Wien", 10);
        doc.right(right, 735, seller[4] + ", am " + words.apply(issue), 10);
        doc.right(right, 722, "UID-Nr. Kunde: ATU" + digits(r, 8), 8);
        doc.bold(50, 660, "RECHNUNG Nr. " + number, 13);
        doc.text(50, 643, "Bauvorhaben: Umbau Geschäftslokal " + customerStreet + ", 1010 Wien", 9);
        LocalDate workEnd = issue.minusDays(2 + r.nextInt(10));
        LocalDate workStart = workEnd.minusDays(7 + r.nextInt(20));
        doc.text(50, 631, "Ihr Auftrag vom " + dots.apply(workStart.minusDays(10 + r.nextInt(20)))
                + " · unser Angebot Nr. A-" + (issue.getYear() % 100 - 1) + "/" + digits(r, 3) + " vom "
                + dots.apply(workStart.minusDays(40 + r.nextInt(30))), 9);
        doc.text(50, 619, "Ausführungszeitraum: " + dots.apply(workStart) + " – " + dots.apply(workEnd), 9);
        float[] xs = {50, 110, 116, 150, 465, right};
        int[] al = {L, R, L, L, R, R};
        String[] heads = {"Pos.", "Menge", "Einh.", "Leistungsbeschreibung", "EP €", "GP €"};
        doc.y = 594;
        doc.hline(46, 549, doc.y + 11, 0.6f);
        row(doc, xs, al, heads, 8.5f, true);
        doc.hline(46, 549, doc.y - 5, 0.6f);
        doc.down(18);
        int perPage = 34;
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            if (i == perPage) {
                doc.hline(46, 549, doc.y + 8, 0.6f);
                doc.down(6);
                doc.bold(300, doc.y, "Zwischensumme Seite 1", 9);
                doc.rightBold(right, doc.y, de(carried), 9);
                doc.center(mid, 40, "Seite 1 von 2", 8);
                doc.newPage();
                doc.text(50, 800, seller[0] + " · Rechnung Nr. " + number + " vom " + dots.apply(issue), 8);
                doc.right(right, 800, "Seite 2 von 2", 8);
                doc.y = 770;
                doc.hline(46, 549, doc.y + 11, 0.6f);
                row(doc, xs, al, heads, 8.5f, true);
                doc.hline(46, 549, doc.y - 5, 0.6f);
                doc.down(18);
                doc.text(150, doc.y, "Übertrag von Seite 1", 9);
                doc.right(right, doc.y, de(carried), 9);
                doc.down(16);
            }
            Item it = items.get(i);
            row(doc, xs, al, new String[] {String.format(Locale.ROOT, "%02d", i + 1), it.qty().toPlainString(),
                units.get(i), it.label(), de(it.unit()), de(it.amount())}, 8.5f, false);
            carried = carried.add(it.amount());
            doc.down(13.5f);
        }
        doc.hline(46, 549, doc.y + 8, 0.6f);
        doc.down(12);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Summe netto", "€ " + de(s.net())});
        rows.add(new String[] {"zzgl. 20 % USt.", "€ " + de(s.tax())});
        rows.add(new String[] {"Rechnungsbetrag", "€ " + de(s.gross())});
        if (advance) {
            rows.add(new String[] {"abzgl. Akontozahlung vom " + dots.apply(workStart.minusDays(3)), "€ -" + de(paid)});
            rows.add(new String[] {"Offener Betrag", "€ " + de(open)});
        }
        pairs(doc, 290, right, rows.toArray(new String[0][]), 9.5f, 15, advance ? 4 : 2);
        doc.down(14);
        doc.line(50, "Zahlungsziel: " + days + " Tage netto", 10);
        if (skonto) {
            BigDecimal discount = percentOf(open, "2");
            doc.line(50, "Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 % Skonto (€ " + de(discount)
                    + "), zu zahlen somit € " + de(open.subtract(discount)) + ".", 9);
        }
        doc.line(50, "Die Gewährleistung beträgt 24 Monate ab Übergabe. Die Ware bleibt bis zur vollständigen"
                + " Bezahlung unser Eigentum.", 8);
        doc.down(14);
        doc.line(50, "Mit freundlichen Grüßen", 9.5f);
        doc.down(14);
        doc.line(50, seller[0], 9.5f);
        doc.hline(50, 545, 66, 0.5f);
        doc.center(mid, 54, "Raiffeisenlandesbank · IBAN AT" + digits(r, 2) + " 3200 0000 " + digits(r, 4) + " "
                + digits(r, 4) + " · BIC RLNWATWW · UID ATU" + digits(r, 8) + " · FN " + digits(r, 6)
                + letters(r, 1).toLowerCase(Locale.ROOT), 7.5f);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
        return advance ? t.withAmountDue(open) : t;
    }

    // --- 6. the Netherlands

    private static final String[][] NL_SELLERS = {{"Grachtenhuis Events B.V.", "Herengracht 412", "1017 BX Amsterdam"},
        {"Pakhuis Oostkade Evenementen B.V.", "Oostelijke Handelskade 9", "1019 BL Amsterdam"},
        {"Maasboulevard Congres & Catering B.V.", "Boompjes 60", "3011 XZ Rotterdam"},
        {"Domstad Vergadercentrum B.V.", "Catharijnesingel 30", "3511 GB Utrecht"}};
    private static final String[][] NL_WORK = {{"Zaalhuur plenaire zaal (dagdeel)", "21", "650", "900"},
        {"Zaalhuur break-out ruimte", "21", "180", "220"}, {"AV-pakket: beamer, 2 microfoons", "21", "225", "200"},
        {"Technicus (uur)", "21", "55", "25"}, {"Lunchbuffet (p.p.)", "9", "18", "12"},
        {"Koffie/thee-arrangement (p.p.)", "9", "6", "5"}, {"Borrel bier en wijn (p.p.)", "21", "14", "10"},
        {"Frisdranken (p.p.)", "9", "3", "3"}, {"Garderobe en hostess (uur)", "21", "38", "12"},
        {"Schoonmaaktoeslag", "21", "95", "150"}};

    /**
     * A Dutch venue's invoice from an online invoicing app for an event the French company held there: a shaded band
     * with the name and "FACTUUR", "Factuur aan" at the left, a "Te betalen" card at the right with the amount and
     * "vóór" the due date in words, a row of Factuurnummer / Factuurdatum / Vervaldatum / Uw referentie, the event's
     * date, quantities per person, BTW 9 % and 21 % each "over" its base, a deposit received now and then before
     * "Te betalen".
     */
    static Truth dutchVenue(Canvas doc, Random r) {
        String[] seller = pick(r, NL_SELLERS);
        String[] customer = pick(r, FR_COMPANIES);
        LocalDate issue = day(r);
        LocalDate event = issue.minusDays(2 + r.nextInt(12));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30}));
        String number = pick(r, new String[] {"F", "", "INV-"}) + issue.getYear() + "-" + String.format(Locale.ROOT,
                "%04d", 1 + r.nextInt(900));
        int guests = 20 + r.nextInt(100);
        List<Item> items = lines(r, NL_WORK, 4, 8, 0, 0);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.label().endsWith("(p.p.)")) {
                items.set(i, new Item(it.label(), BigDecimal.valueOf(guests), it.unit(), it.rate()));
            }
        }
        Sums s = sums(items);
        boolean deposit = r.nextInt(3) == 0;
        BigDecimal paid = deposit ? s.gross().multiply(pct("0.5")).setScale(0, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO;
        BigDecimal toPay = s.gross().subtract(paid);
        Locale nl = Locale.forLanguageTag("nl-NL");
        Function<LocalDate, String> dash = x -> d(x, "dd-MM-yyyy");
        Function<LocalDate, String> words = x -> d(x, "d MMMM yyyy", nl);
        float right = 545;
        doc.fill(0, 768, doc.width(), 74, 0.88f);
        doc.bold(50, 808, seller[0], 15);
        doc.text(50, 790, seller[1] + ", " + seller[2] + " · +31 " + digits(r, 2) + " " + digits(r, 3) + " "
                + digits(r, 4), 8.5f);
        doc.text(50, 778, "KvK " + digits(r, 8) + " · Btw NL" + digits(r, 9) + "B01", 8.5f);
        doc.rightBold(right, 804, "FACTUUR", 20);
        doc.text(50, 735, "Factuur aan", 8);
        doc.bold(50, 720, customer[0], 11);
        doc.text(50, 706, "t.a.v. " + pick(r, PEOPLE), 9);
        doc.text(50, 694, customer[1], 9);
        doc.text(50, 682, customer[2] + ", Frankrijk", 9);
        doc.text(50, 670, "Btw-nr. FR" + digits(r, 2) + siren(r).replace(" ", ""), 8);
        doc.box(360, 664, 185, 80, 0.8f);
        doc.text(372, 728, "Te betalen", 9);
        doc.bold(372, 704, "€ " + de(toPay), 18);
        doc.text(372, 684, "vóór " + words.apply(due), 9);
        String[] heads = {"Factuurnummer", "Factuurdatum", "Vervaldatum", "Uw referentie"};
        String[] values = {number, dash.apply(issue), dash.apply(due), pick(r, new String[] {"Séminaire ", "Kick-off ",
            "Lancement "}) + event.getYear()};
        for (int i = 0; i < heads.length; i++) {
            doc.text(50 + 124 * i, 630, heads[i], 8);
            doc.bold(50 + 124 * i, 616, values[i], 9.5f);
        }
        doc.text(50, 594, "Evenement op " + words.apply(event) + ", " + guests + " deelnemers, "
                + pick(r, new String[] {"Zaal De Zolder", "Grote Zaal", "Loods 2"}), 9);
        doc.y = 568;
        float[] xs = {80, 95, 395, 440, right};
        int[] al = {R, L, R, R, R};
        row(doc, xs, al, new String[] {"Aantal", "Omschrijving", "Prijs", "Btw", "Bedrag"}, 8.5f, true);
        doc.hline(50, 545, doc.y - 5, 0.8f);
        doc.down(19);
        for (Item i : items) {
            row(doc, xs, al, new String[] {i.qty().toPlainString(), i.label(), "€ " + de(i.unit()),
                rate(i.rate(), ',') + "%", "€ " + de(i.amount())}, 9, false);
            doc.down(15);
        }
        doc.hline(50, 545, doc.y + 8, 0.4f);
        doc.down(10);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subtotaal", "€ " + de(s.net())});
        base.keySet().stream().sorted().forEach(k -> rows.add(new String[] {"Btw " + rate(k, ',') + "% over € "
            + de(base.get(k)), "€ " + de(s.taxByRate().get(k))}));
        rows.add(new String[] {"Totaal", "€ " + de(s.gross())});
        if (deposit) {
            rows.add(new String[] {"Aanbetaling d.d. " + dash.apply(event.minusDays(20 + r.nextInt(30))),
                "− € " + de(paid)});
        }
        pairs(doc, 330, right, rows.toArray(new String[0][]), 9, 15, 99);
        doc.hline(325, 549, doc.y + 11, 0.6f);
        doc.down(3);
        doc.bold(330, doc.y, "Te betalen", 11);
        doc.rightBold(right, doc.y, "€ " + de(toPay), 11);
        doc.down(40);
        doc.line(50, "Wij verzoeken u het bedrag van € " + de(toPay) + " vóór " + dash.apply(due) + " over te maken", 9);
        doc.line(50, "op NL" + digits(r, 2) + " INGB 000" + digits(r, 7) + " t.n.v. " + seller[0]
                + " o.v.v. het factuurnummer.", 9);
        doc.line(50, "Vragen over deze factuur? Mail naar administratie@" + seller[0].split(" ")[0]
                .toLowerCase(Locale.ROOT) + ".nl.", 8);
        doc.center(doc.width() / 2, 40, "Op al onze diensten zijn de Uniforme Voorwaarden Horeca (UVH) van"
                + " toepassing.", 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
        return deposit ? t.withAmountDue(toPay) : t;
    }

    // --- 7. Flanders

    private static final String[][] BE_SELLERS = {{"Schilderwerken De Smet BV", "Kerkstraat 112", "9000 Gent", "Gent",
        "09", "desmet-schilderwerken.be"}, {"Dakwerken Peeters & Zonen BV", "Liersesteenweg 45", "2800 Mechelen",
        "Antwerpen, afd. Mechelen", "015", "peetersdakwerken.be"}, {"Renovatie Claes BV", "Diestsesteenweg 201",
        "3010 Leuven", "Leuven", "016", "renovatieclaes.be"}, {"Elektro Vermeulen BV", "Brugsesteenweg 8",
        "8500 Kortrijk", "Gent, afd. Kortrijk", "056", "elektrovermeulen.be"}};
    private static final String[] BE_HOURS = {"Vakman - werkuren", "Gezel - werkuren", "Leerling - werkuren",
        "Ploegbaas - werkuren"};
    private static final String[][] BE_MATERIALS = {{"Muurverf mat wit 10 l", "21", "62", "30"},
        {"Grondverf 5 l", "21", "38", "15"}, {"Gipsplaat 12,5 mm", "21", "9", "4"},
        {"Kabel XVB 3G2,5 (m)", "21", "2", "2"}, {"Tegellijm 25 kg", "21", "18", "8"},
        {"Silicone sanitair", "21", "7", "4"}, {"Stopcontact dubbel", "21", "12", "10"},
        {"Afdekfolie 4 x 5 m", "21", "4", "3"}, {"Container 10 m³ (huur)", "21", "290", "120"},
        {"Plamuur 5 kg", "21", "14", "6"}};

    /**
     * A Flemish contractor's Word invoice for works at the French company's Antwerp shop: the seller at the top left,
     * the customer in a window box at the right, "FACTUUR" and a ruled table of Factuurnummer / Factuurdatum /
     * Klantnummer / Offerte, the site ("Werf") and the dates of the works, hours and materials in two sections with
     * their own subtotals, "Totaal incl. BTW" in a shaded box, and only terms (30 or 15 days, or on receipt) plus the
     * general conditions' interest and minimum indemnity.
     */
    static Truth flemishContractor(Canvas doc, Random r) {
        String[] seller = pick(r, BE_SELLERS);
        String[] customer = pick(r, FR_COMPANIES);
        LocalDate issue = day(r);
        int terms = r.nextInt(4);
        LocalDate due = switch (terms) {
            case 0, 1 -> issue.plusDays(30);
            case 2 -> issue.plusDays(15);
            default -> issue;
        };
        String number = (issue.getYear() % 100) + "/" + String.format(Locale.ROOT, "%04d", 10 + r.nextInt(600));
        List<Item> hours = new ArrayList<>();
        List<String> who = new ArrayList<>(List.of(BE_HOURS));
        int nh = 1 + r.nextInt(3);
        for (int i = 0; i < nh; i++) {
            hours.add(new Item(who.remove(r.nextInt(who.size())), BigDecimal.valueOf(8 + r.nextInt(70)),
                    BigDecimal.valueOf(4200 + r.nextInt(2600), 2), pct("21")));
        }
        hours.add(new Item("Verplaatsingen (forfait)", BigDecimal.valueOf(1 + r.nextInt(8)), pct("35.00"), pct("21")));
        List<Item> materials = new ArrayList<>();
        for (Item m : lines(r, BE_MATERIALS, 3, 7, 0, 0)) {
            BigDecimal qty = m.label().contains("(m)") ? BigDecimal.valueOf(25 + 5 * r.nextInt(30))
                    : m.label().startsWith("Gipsplaat") ? BigDecimal.valueOf(10 + r.nextInt(40)) : m.qty();
            materials.add(new Item(m.label(), qty, m.unit(), m.rate()));
        }
        List<Item> all = new ArrayList<>(hours);
        all.addAll(materials);
        Sums s = sums(all);
        Function<LocalDate, String> slash = x -> d(x, "dd/MM/yyyy");
        Function<BigDecimal, String> eur = a -> "€ " + de(a);
        float right = 545;
        doc.bold(50, 800, seller[0], 14);
        doc.text(50, 785, seller[1] + ", " + seller[2], 9);
        doc.text(50, 773, "Tel. " + seller[4] + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2)
                + " · info@" + seller[5], 9);
        String vat = "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3);
        doc.text(50, 761, "BTW BE " + vat + " · RPR " + seller[3], 9);
        doc.box(320, 650, 225, 92, 0.8f);
        doc.bold(330, 725, customer[0], 10);
        doc.text(330, 711, "t.a.v. de boekhouding", 9);
        doc.text(330, 699, customer[1], 9);
        doc.text(330, 687, customer[2], 9);
        doc.text(330, 675, "Frankrijk", 9);
        doc.text(330, 660, "BTW FR" + digits(r, 2) + " " + siren(r), 8);
        doc.bold(50, 640, "FACTUUR", 20);
        String[] heads = {"Factuurnummer", "Factuurdatum", "Klantnummer", "Offerte"};
        LocalDate workEnd = issue.minusDays(1 + r.nextInt(10));
        LocalDate workStart = workEnd.minusDays(3 + r.nextInt(15));
        String[] values = {number, slash.apply(issue), "K" + digits(r, 4), "O" + (issue.getYear() % 100) + "-"
            + digits(r, 3) + " dd. " + slash.apply(workStart.minusDays(30 + r.nextInt(40)))};
        float[] cw = {100, 100, 90, 205};
        float x = 50;
        doc.fill(50, 605, 495, 16, 0.9f);
        doc.box(50, 587, 495, 34, 0.7f);
        doc.hline(50, 545, 605, 0.5f);
        for (int i = 0; i < heads.length; i++) {
            if (i > 0) {
                doc.vline(x, 587, 621, 0.5f);
            }
            doc.bold(x + 5, 610, heads[i], 8);
            doc.text(x + 5, 593, values[i], 9);
            x += cw[i];
        }
        doc.text(50, 568, "Werf: " + pick(r, new String[] {"Meir 45, 2000 Antwerpen", "Veldstraat 60, 9000 Gent",
            "Diestsestraat 120, 3000 Leuven"}) + " - uitgevoerd van " + slash.apply(workStart) + " tot "
                + slash.apply(workEnd), 9);
        doc.y = 544;
        float[] xs = {50, 345, 420, right};
        int[] al = {L, R, R, R};
        head(doc, 46, 549, xs, al, new String[] {"Omschrijving", "Aantal", "Eenheidsprijs", "Bedrag"}, 8.5f, 0.9f);
        doc.down(19);
        BigDecimal[] sub = {BigDecimal.ZERO, BigDecimal.ZERO};
        String[] sections = {"Werkuren", "Materialen"};
        List<List<Item>> groups = List.of(hours, materials);
        for (int g = 0; g < 2; g++) {
            doc.bold(50, doc.y, sections[g], 9);
            doc.down(14);
            for (Item i : groups.get(g)) {
                row(doc, xs, al, new String[] {"   " + i.label(), i.qty().toPlainString(), eur.apply(i.unit()),
                    eur.apply(i.amount())}, 9, false);
                sub[g] = sub[g].add(i.amount());
                doc.down(13);
            }
            doc.hline(430, 549, doc.y + 8, 0.4f);
            doc.text(300, doc.y - 2, "Subtotaal " + sections[g].toLowerCase(Locale.ROOT), 8.5f);
            doc.right(right, doc.y - 2, eur.apply(sub[g]), 8.5f);
            doc.down(22);
        }
        doc.down(6);
        float top = doc.y + 13;
        pairs(doc, 335, 539, new String[][] {{"Totaal excl. BTW", eur.apply(s.net())},
            {"BTW 21 %", eur.apply(s.tax())}}, 9, 15, 9);
        doc.fill(325, doc.y - 6, 220, 20, 0.85f);
        doc.bold(335, doc.y, "Totaal incl. BTW", 10.5f);
        doc.rightBold(539, doc.y, eur.apply(s.gross()), 10.5f);
        doc.box(325, doc.y - 6, 220, top - (doc.y - 6), 0.7f);
        doc.down(36);
        doc.line(50, switch (terms) {
            case 0 -> "Betaalbaar binnen 30 dagen na factuurdatum.";
            case 1 -> "Betaling binnen de 30 dagen na factuurdatum op rekening BE" + digits(r, 2) + " " + digits(r, 4)
                    + " " + digits(r, 4) + " " + digits(r, 4) + ".";
            case 2 -> "Te betalen binnen 15 dagen na factuurdatum.";
            default -> "Betaalbaar bij ontvangst van de factuur.";
        }, 9.5f);
        doc.line(50, "Gelieve bij betaling het factuurnummer " + number + " te vermelden.", 9);
        doc.down(6);
        doc.line(50, "Algemene voorwaarden: bij niet-betaling op de vervaldag is van rechtswege en zonder"
                + " ingebrekestelling een", 7.5f);
        doc.line(50, "verwijlintrest van 10 % per jaar verschuldigd, alsook een forfaitaire schadevergoeding van 10 %"
                + " van het", 7.5f);
        doc.line(50, "factuurbedrag met een minimum van € 50,00. Klachten enkel schriftelijk binnen 8 dagen.", 7.5f);
        doc.hline(50, 545, 60, 0.4f);
        doc.text(50, 48, "KBC Bank · IBAN BE" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " · BIC KREDBEBB · Erkend aannemer klasse 2", 7.5f);
        doc.right(right, 48, "Blad 1/1", 7.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer[0]);
    }

    // --- 8. Spain

    private static final String[][] ES_SELLERS = {{"Lucía Fernández Ortega", "Traducción e interpretación",
        "C/ de Goya 48, 3º B", "28001 Madrid"}, {"Javier Morales Ruiz", "Diseño gráfico y web",
        "Av. del Puerto 112, 2º", "46023 Valencia"}, {"Marta Soler Puig", "Consultoría de marketing",
        "C/ de Provença 210, 4º 1ª", "08036 Barcelona"}, {"Diego Navarro Castillo", "Fotografía comercial",
        "C/ Larios 5, 1º", "29005 Málaga"}};
    private static final String[][][] ES_WORK = {
        {{"Traducción FR-ES catálogo primavera", "21", "380", "900"}, {"Revisión y corrección de textos", "21", "90",
            "250"}, {"Interpretación consecutiva (jornada)", "21", "420", "200"},
            {"Traducción jurada de certificado", "21", "45", "40"}, {"Adaptación de la web (horas)", "21", "35",
            "20"}},
        {{"Diseño de folleto A4 a doble cara", "21", "180", "220"}, {"Adaptación de logotipo", "21", "150", "300"},
            {"Maquetación de catálogo (páginas)", "21", "25", "20"}, {"Banners para redes sociales (pack)", "21",
            "120", "150"}, {"Horas de diseño web", "21", "35", "20"}},
        {{"Consultoría de marketing (horas)", "21", "55", "30"}, {"Plan de redes sociales mensual", "21", "450",
            "500"}, {"Informe de mercado España", "21", "900", "1400"}, {"Gestión de campaña de anuncios", "21",
            "300", "400"}, {"Reunión de seguimiento", "21", "90", "60"}},
        {{"Sesión de fotografía de producto (jornada)", "21", "450", "350"}, {"Retoque fotográfico (imágenes)", "21",
            "8", "10"}, {"Desplazamiento", "21", "40", "80"}, {"Cesión de derechos de imagen", "21", "300", "900"},
            {"Retratos corporativos (sesión)", "21", "250", "200"}}};
    private static final String[][] ES_CUSTOMERS = {{"Boréale Comunicación Ibérica S.L.", "C/ de Serrano 41",
        "28001 Madrid", "Boréale Communication SARL"}, {"Vermeil España S.L.U.", "Passeig de Gràcia 77",
        "08008 Barcelona", "Atelier Vermeil SAS"}, {"Opaline Cosmética Ibérica S.L.", "C/ de Colón 18",
        "46004 Valencia", "Opaline Cosmétiques SAS"}, {"Lumen Consultoría España S.L.", "Av. de la Constitución 20",
        "41004 Sevilla", "Lumen Conseil SAS"}};

    /**
     * A Spanish freelancer's Excel template addressed to the French company's Spanish subsidiary: "FACTURA" in a
     * shaded band with a small grid of Nº FACTURA / FECHA, EMISOR and CLIENTE boxes, a ruled item grid with its empty
     * rows, the billing month, "BASE IMPONIBLE", "IVA 21 %", "IRPF -15 %" withheld and "TOTAL A PAGAR", then
     * "VENCIMIENTO" as a date, as 30 days or at sight, and the withholding's legal note.
     */
    static Truth spanishFreelancer(Canvas doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        int which = r.nextInt(ES_SELLERS.length);
        String[] seller = ES_SELLERS[which];
        String[] customer = pick(r, ES_CUSTOMERS);
        LocalDate issue = day(r);
        int terms = r.nextInt(3);
        LocalDate due = switch (terms) {
            case 0 -> issue.plusDays(pick(r, new Integer[] {15, 30, 45}));
            case 1 -> issue.plusDays(30);
            default -> issue;
        };
        String number = pick(r, new String[] {"2026-", "F26/", "A-2026-"}) + String.format(Locale.ROOT, "%03d",
                1 + r.nextInt(180));
        List<Item> items = lines(r, ES_WORK[which], 1, 5, 0, 0);
        BigDecimal base = BigDecimal.ZERO;
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (i.label().contains("(páginas)") || i.label().contains("(imágenes)")) {
                i = new Item(i.label(), BigDecimal.valueOf(8 + r.nextInt(40)), i.unit(), i.rate());
                items.set(k, i);
            }
            base = base.add(i.amount());
        }
        BigDecimal iva = percentOf(base, "21");
        BigDecimal irpf = percentOf(base, "15");
        BigDecimal total = base.add(iva).subtract(irpf);
        Function<LocalDate, String> slash = x -> d(x, "dd/MM/yyyy");
        Function<BigDecimal, String> eur = a -> de(a) + " €";
        Locale es = Locale.forLanguageTag("es-ES");
        float right = 545;
        doc.fill(50, 765, 495, 48, 0.86f);
        doc.bold(62, 780, "FACTURA", 24);
        doc.fill(350, 773, 185, 14, 0.97f);
        doc.box(350, 773, 185, 30, 0.6f);
        doc.vline(442, 773, 803, 0.5f);
        doc.bold(356, 793, "Nº FACTURA", 7.5f);
        doc.bold(448, 793, "FECHA", 7.5f);
        doc.text(356, 778, number, 9.5f);
        doc.text(448, 778, slash.apply(issue), 9.5f);
        doc.hline(350, 535, 788, 0.5f);
        String[][] boxes = {{"DATOS DEL EMISOR", seller[0], seller[1], "NIF: " + digits(r, 8) + letters(r, 1),
            seller[2], seller[3], "Tel. +34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3)},
            {"DATOS DEL CLIENTE", customer[0], "CIF: B" + digits(r, 8), customer[1], customer[2],
                "(Grupo " + customer[3] + ")"}};
        for (int b = 0; b < 2; b++) {
            float bx = 50 + 252 * b;
            doc.box(bx, 640, 243, 108, 0.6f);
            doc.fill(bx, 732, 243, 16, 0.9f);
            doc.bold(bx + 6, 737, boxes[b][0], 8);
            for (int k = 1; k < boxes[b].length; k++) {
                doc.put(bx + 6, 719 - 12.5f * (k - 1), boxes[b][k], k == 1 ? 9.5f : 8.5f, k == 1, L);
            }
        }
        doc.text(50, 620, pick(r, new String[] {"Periodo de facturación: ", "Servicios prestados en "})
                + d(issue.minusMonths(1), "MMMM 'de' yyyy", es), 9);
        float top = 600;
        float[] xs = {56, 370, 450, 539};
        int[] al = {L, R, R, R};
        doc.y = top;
        head(doc, 50, 545, xs, al, new String[] {"CONCEPTO", "CANTIDAD", "PRECIO UNIT.", "IMPORTE"}, 8, 0.86f);
        doc.down(17);
        int templateRows = 10;
        for (int k = 0; k < templateRows; k++) {
            doc.hline(50, 545, doc.y - 5, 0.3f);
            if (k < items.size()) {
                Item i = items.get(k);
                row(doc, xs, al, new String[] {i.label(), i.qty().toPlainString(), eur.apply(i.unit()),
                    eur.apply(i.amount())}, 9, false);
            }
            doc.down(17);
        }
        float tableBottom = doc.y + 12;
        doc.box(50, tableBottom, 495, top + 9 - tableBottom, 0.6f);
        for (float vx : new float[] {300, 378, 458}) {
            doc.vline(vx, tableBottom, top + 9, 0.3f);
        }
        doc.down(14);
        float sumTop = doc.y;
        String[][] rows = {{"BASE IMPONIBLE", eur.apply(base)}, {"IVA 21 %", eur.apply(iva)},
            {"IRPF -15 %", "-" + eur.apply(irpf)}};
        pairs(doc, 358, 539, rows, 9, 16, 9);
        doc.fill(350, doc.y - 6, 195, 20, 0.86f);
        doc.bold(358, doc.y, "TOTAL A PAGAR", 10.5f);
        doc.rightBold(539, doc.y, eur.apply(total), 10.5f);
        doc.box(350, doc.y - 6, 195, sumTop + 12 - (doc.y - 6), 0.6f);
        doc.y = sumTop;
        doc.bold(50, doc.y, "FORMA DE PAGO:", 8.5f);
        doc.text(130, doc.y, "Transferencia bancaria", 8.5f);
        doc.down(14);
        doc.bold(50, doc.y, "IBAN:", 8.5f);
        doc.text(130, doc.y, "ES" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2) + " "
                + digits(r, 10), 8.5f);
        doc.down(14);
        doc.bold(50, doc.y, "VENCIMIENTO:", 8.5f);
        doc.text(130, doc.y, switch (terms) {
            case 0 -> slash.apply(due);
            case 1 -> "30 días fecha factura";
            default -> "a la vista";
        }, 8.5f);
        doc.down(14);
        doc.bold(50, doc.y, "CONCEPTO PAGO:", 8.5f);
        doc.text(130, doc.y, "Factura " + number, 8.5f);
        doc.y = Math.min(doc.y, 230);
        doc.down(20);
        doc.line(50, "Factura sujeta a retención del IRPF del 15 % (art. 101 de la Ley 35/2006). Profesional dado de"
                + " alta en el RETA.", 7.5f);
        doc.line(50, "Sus datos se tratan conforme al RGPD para la gestión de la relación profesional.", 7.5f);
        doc.center(doc.width() / 2, 40, seller[0] + " · " + seller[2] + " · " + seller[3], 7.5f);
        return Truth.invoice(number, issue, due, total, "EUR", customer[0]);
    }

    // --- 9. Italy

    private static final String[][] IT_SELLERS = {{"Avv. Giulia Romano", "Studio Legale", "Via Montenapoleone 8",
        "20121 Milano", "Contributo Cassa Forense 4 %"}, {"Dott. Marco Bianchi", "Dottore Commercialista",
        "Corso Vittorio Emanuele II 54", "10123 Torino", "Contributo integrativo CNPADC 4 %"},
        {"Ing. Paolo Ferri", "Ingegnere", "Via dei Mille 21", "40121 Bologna", "Contributo Inarcassa 4 %"},
        {"Arch. Chiara Esposito", "Architetto", "Via Toledo 156", "80134 Napoli", "Contributo Inarcassa 4 %"}};
    private static final String[][][] IT_WORK = {
        {{"Assistenza contrattuale: contratto di distribuzione"}, {"Redazione parere legale"},
            {"Consulenza stragiudiziale"}, {"Partecipazione a riunioni (ore)"}, {"Recupero crediti stragiudiziale"}},
        {{"Tenuta contabilità (mese)"}, {"Predisposizione bilancio d'esercizio"}, {"Consulenza fiscale (ore)"},
            {"Dichiarazione IVA annuale"}, {"Adempimenti F24 e scadenze"}},
        {{"Progettazione impianti showroom"}, {"Direzione lavori"}, {"Rilievo e restituzione grafica"},
            {"Pratica SCIA comunale"}, {"Sopralluogo (ore)"}},
        {{"Progetto di allestimento negozio"}, {"Direzione lavori"}, {"Computo metrico estimativo"},
            {"Pratica edilizia CILA"}, {"Sopralluogo (ore)"}}};
    private static final String[] IT_EXPENSES = {"Spese di notifica", "Contributo unificato",
        "Diritti di segreteria", "Marche e bolli anticipati"};
    private static final String[][] IT_CUSTOMERS = {{"Vermeil Italia S.r.l.", "Via Tortona 31", "20144 Milano"},
        {"Opaline Cosmetici Italia S.r.l.", "Via Roma 102", "10121 Torino"},
        {"Boréale Comunicazione S.r.l.", "Via dell'Indipendenza 7", "40121 Bologna"},
        {"Maison Carvalho Italia S.r.l.", "Via Chiaia 41", "80121 Napoli"}};

    /**
     * An Italian professional's courtesy copy of an e-invoice to the French company's Italian subsidiary, in a serif
     * face: the letterhead at the left, the "Committente" in a box at the right, "Fattura n." and "Data", the subject
     * with last month's period and a file number, fees, the professional fund's 4 % contribution, "Imponibile IVA",
     * IVA 22 %, costs outside VAT (art. 15) now and then, "Totale documento", the 20 % withholding on the fees and
     * "Netto a pagare" (the answer); "Scadenza" as a date, as 30 days or at sight.
     */
    static Truth italianProfessional(Canvas doc, Random r) {
        doc.family = "DejaVuSerif";
        int which = r.nextInt(IT_SELLERS.length);
        String[] seller = IT_SELLERS[which];
        String[] customer = pick(r, IT_CUSTOMERS);
        LocalDate issue = day(r);
        int terms = r.nextInt(3);
        LocalDate due = switch (terms) {
            case 0 -> endOfMonth(issue.plusDays(30));
            case 1 -> issue.plusDays(30);
            default -> issue;
        };
        String number = (1 + r.nextInt(90)) + "/" + issue.getYear();
        List<Item> items = lines(r, IT_WORK[which], 1, 4, 120, 1800);
        BigDecimal fees = BigDecimal.ZERO;
        for (Item i : items) {
            fees = fees.add(i.amount());
        }
        BigDecimal fund = percentOf(fees, "4");
        BigDecimal taxable = fees.add(fund);
        BigDecimal iva = percentOf(taxable, "22");
        boolean expenses = r.nextBoolean();
        BigDecimal outside = expenses ? BigDecimal.valueOf(1600 + r.nextInt(30_000), 2) : BigDecimal.ZERO;
        BigDecimal document = taxable.add(iva).add(outside);
        BigDecimal withholding = percentOf(fees, "20");
        BigDecimal net = document.subtract(withholding);
        Function<LocalDate, String> slash = x -> d(x, "dd/MM/yyyy");
        Function<BigDecimal, String> eur = a -> "€ " + de(a);
        Locale it = Locale.ITALIAN;
        float right = 545;
        doc.text(50, 805, seller[1], 9);
        doc.bold(50, 788, seller[0], 15);
        doc.text(50, 773, seller[2] + " – " + seller[3], 8.5f);
        doc.text(50, 762, "P.IVA " + digits(r, 11) + " – C.F. " + letters(r, 6) + digits(r, 2) + letters(r, 1)
                + digits(r, 2) + letters(r, 1) + digits(r, 3) + letters(r, 1), 8.5f);
        doc.text(50, 751, "PEC: " + seller[0].replaceAll("^[A-Za-z]+\\. ", "").toLowerCase(Locale.ROOT)
                .replace(' ', '.') + "@pec.it", 8.5f);
        doc.box(325, 665, 220, 90, 0.7f);
        doc.text(333, 743, "Committente", 7.5f);
        doc.bold(333, 728, customer[0], 10);
        doc.text(333, 715, customer[1], 9);
        doc.text(333, 703, customer[2], 9);
        doc.text(333, 690, "P.IVA IT" + digits(r, 11), 8);
        doc.text(333, 678, "Codice destinatario: " + letters(r, 3) + digits(r, 1) + letters(r, 3), 8);
        doc.bold(50, 640, "Fattura n. " + number, 13);
        doc.text(50, 624, "Data: " + slash.apply(issue), 10);
        LocalDate period = issue.minusMonths(1);
        doc.text(50, 604, "Oggetto: prestazioni professionali " + d(period, "MMMM yyyy", it) + " (dal "
                + slash.apply(period.withDayOfMonth(1)) + " al " + slash.apply(endOfMonth(period)) + ") – pratica n. "
                + issue.getYear() + "/" + digits(r, 3), 8.5f);
        doc.y = 578;
        float[] xs = {50, 380, 455, right};
        int[] al = {L, R, R, R};
        doc.hline(50, 545, doc.y + 11, 0.6f);
        row(doc, xs, al, new String[] {"Descrizione", "Q.tà", "Prezzo", "Importo"}, 8.5f, true);
        doc.hline(50, 545, doc.y - 5, 0.6f);
        doc.down(19);
        for (Item i : items) {
            row(doc, xs, al, new String[] {i.label(), i.qty().toPlainString(), eur.apply(i.unit()),
                eur.apply(i.amount())}, 8.5f, false);
            doc.down(14);
        }
        String expense = pick(r, IT_EXPENSES);
        if (expenses) {
            row(doc, xs, al, new String[] {expense + " (esente art. 15)", "1", eur.apply(outside),
                eur.apply(outside)}, 8.5f, false);
            doc.down(14);
        }
        doc.hline(50, 545, doc.y + 8, 0.6f);
        doc.down(16);
        doc.bold(285, doc.y, "Riepilogo", 9);
        doc.down(16);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Onorari", eur.apply(fees)});
        rows.add(new String[] {seller[4], eur.apply(fund)});
        rows.add(new String[] {"Imponibile IVA", eur.apply(taxable)});
        rows.add(new String[] {"IVA 22 %", eur.apply(iva)});
        if (expenses) {
            rows.add(new String[] {"Spese esenti art. 15 DPR 633/72", eur.apply(outside)});
        }
        for (String[] row : rows) {
            doc.text(285, doc.y, row[0], 9);
            doc.right(right, doc.y, row[1], 9);
            doc.down(14);
        }
        doc.hline(280, 549, doc.y + 10, 0.5f);
        doc.bold(285, doc.y, "Totale documento", 9.5f);
        doc.rightBold(right, doc.y, eur.apply(document), 9.5f);
        doc.down(15);
        doc.text(285, doc.y, "Ritenuta d'acconto 20 % su " + eur.apply(fees), 9);
        doc.right(right, doc.y, "- " + eur.apply(withholding), 9);
        doc.down(5);
        doc.fill(280, doc.y - 19, 269, 19, 0.88f);
        doc.down(13);
        doc.bold(285, doc.y, "Netto a pagare", 10.5f);
        doc.rightBold(right, doc.y, eur.apply(net), 10.5f);
        doc.down(36);
        doc.line(50, "Modalità di pagamento: bonifico bancario", 9);
        doc.line(50, "IBAN: IT" + digits(r, 2) + " " + letters(r, 1) + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 3), 9);
        doc.line(50, "Scadenza: " + switch (terms) {
            case 0 -> slash.apply(due);
            case 1 -> "30 gg data fattura";
            default -> "a vista";
        }, 9);
        doc.down(10);
        doc.line(50, "Il committente, in qualità di sostituto d'imposta, è tenuto a versare la ritenuta entro il 16 del"
                + " mese successivo al pagamento.", 7.5f);
        doc.line(50, "Copia di cortesia: documento privo di valenza fiscale (art. 21 DPR 633/72). L'originale è stato"
                + " trasmesso tramite SdI.", 7.5f);
        Truth t = Truth.invoice(number, issue, due, net, "EUR", customer[0]);
        return t;
    }

    // --- 10. India

    private static final String[][] IN_SELLERS = {{"Vistara Infotech Pvt. Ltd.",
        "No. 42, 3rd Floor, 100 Feet Road, Indiranagar", "Bengaluru, Karnataka 560038"},
        {"Kalpavriksha Design Studio LLP", "#18, 2nd Cross, Jayanagar 4th Block", "Bengaluru, Karnataka 560011"},
        {"Nilgiri Software Services Pvt. Ltd.", "Plot 7, Electronic City Phase 1", "Bengaluru, Karnataka 560100"}};
    private static final String[][] IN_CUSTOMERS = {{"Vermeil India Pvt. Ltd.", "4th Floor, Prestige Tower",
        "Residency Road, Bengaluru 560025"}, {"Boréale Communication India LLP", "201, Embassy Square",
        "Koramangala, Bengaluru 560034"}, {"Opaline Cosmetics India Pvt. Ltd.", "ITPL Main Road, Whitefield",
        "Bengaluru 560066"}, {"Lumen Consulting India Pvt. Ltd.", "12, Lavelle Road", "Bengaluru 560001"}};
    private static final String[][] IN_WORK = {{"Software development sprint", "998314"},
        {"UI/UX design - mobile app", "998391"}, {"Cloud hosting management", "998315"},
        {"QA and testing (hours)", "998314"}, {"Localisation FR-EN-HI", "998395"},
        {"Annual maintenance contract", "998713"}, {"Training workshop (day)", "999293"}};
    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};

    private static String twoDigits(long n) {
        return n < 20 ? ONES[(int) n] : TENS[(int) n / 10] + (n % 10 == 0 ? "" : "-" + ONES[(int) n % 10]);
    }

    /** Rupees in words as the invoicing apps write them ("One Lakh Twenty-Three Thousand Four Hundred Fifty-Six"). */
    static String rupeeWords(long n) {
        StringBuilder b = new StringBuilder();
        long crore = n / 10_000_000;
        long lakh = n / 100_000 % 100;
        long thousand = n / 1000 % 100;
        long hundred = n / 100 % 10;
        long rest = n % 100;
        if (crore > 0) {
            b.append(rupeeWords(crore)).append(" Crore ");
        }
        if (lakh > 0) {
            b.append(twoDigits(lakh)).append(" Lakh ");
        }
        if (thousand > 0) {
            b.append(twoDigits(thousand)).append(" Thousand ");
        }
        if (hundred > 0) {
            b.append(ONES[(int) hundred]).append(" Hundred ");
        }
        if (rest > 0) {
            b.append(twoDigits(rest));
        }
        return b.toString().strip();
    }

    /**
     * An Indian vendor's GST tax invoice from an online invoicing app, billing the French company's Indian
     * subsidiary: "TAX INVOICE", the number with "#" and "Balance Due" at the top right, Bill To / Ship To, a column
     * of "Invoice Date :" / "Terms :" / "Due Date :" (printed or not) / "P.O.#" / "Place Of Supply", per-line SAC,
     * CGST and SGST (rate and amount), lakh-grouped amounts with "₹" or "Rs.", a rounding line, a payment made now and
     * then, the total in words; terms Net 15 / Net 30 / Due on Receipt / Due end of the month.
     */
    static Truth indianApp(Canvas doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        String[] seller = pick(r, IN_SELLERS);
        String[] customer = pick(r, IN_CUSTOMERS);
        LocalDate issue = day(r);
        int terms = r.nextInt(4);
        String termText = new String[] {"Net 15", "Net 30", "Due on Receipt", "Due end of the month"}[terms];
        LocalDate due = switch (terms) {
            case 0 -> issue.plusDays(15);
            case 1 -> issue.plusDays(30);
            case 2 -> issue;
            default -> endOfMonth(issue);
        };
        boolean showDue = r.nextInt(3) > 0;
        String number = "INV-" + String.format(Locale.ROOT, "%06d", 100 + r.nextInt(2000));
        String cur = r.nextBoolean() ? "₹" : "Rs. ";
        int count = 2 + r.nextInt(5);
        List<String[]> left = new ArrayList<>(List.of(IN_WORK));
        List<Item> items = new ArrayList<>();
        List<String> sac = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(r.nextBoolean() ? 3 : 8));
            BigDecimal unit = BigDecimal.valueOf(2500 + r.nextInt(92_500)).setScale(2);
            items.add(new Item(w[0], qty, unit, pct("18")));
            sac.add(w[1]);
        }
        BigDecimal sub = BigDecimal.ZERO;
        BigDecimal cgst = BigDecimal.ZERO;
        for (Item i : items) {
            sub = sub.add(i.amount());
            cgst = cgst.add(percentOf(i.amount(), "9"));
        }
        BigDecimal raw = sub.add(cgst).add(cgst);
        BigDecimal total = raw.setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal rounding = total.subtract(raw);
        boolean advance = r.nextInt(3) == 0;
        BigDecimal paid = advance ? total.multiply(pct("0.5")).setScale(-3, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal balance = total.subtract(paid);
        Function<BigDecimal, String> inr = a -> cur + BlindLayouts.indian(a);
        Function<LocalDate, String> date = r.nextBoolean() ? x -> d(x, "dd/MM/yyyy") : x -> d(x, "dd MMM yyyy",
                Locale.ENGLISH);
        float right = 545;
        doc.bold(50, 800, seller[0], 13);
        doc.text(50, 786, seller[1], 8.5f);
        doc.text(50, 775, seller[2], 8.5f);
        doc.text(50, 764, "GSTIN 29" + letters(r, 5) + digits(r, 4) + letters(r, 1) + "1Z" + digits(r, 1), 8.5f);
        doc.text(50, 753, "+91 80 " + digits(r, 4) + " " + digits(r, 4) + " · accounts@" + seller[0].split(" ")[0]
                .toLowerCase(Locale.ROOT) + ".in", 8.5f);
        doc.rightBold(right, 798, "TAX INVOICE", 20);
        doc.right(right, 782, "# " + number, 10);
        doc.right(right, 764, "Balance Due", 8);
        doc.rightBold(right, 750, inr.apply(balance), 12);
        float top = 712;
        doc.text(50, top, "Bill To", 8);
        doc.bold(50, top - 13, customer[0], 10);
        doc.text(50, top - 25, customer[1], 8.5f);
        doc.text(50, top - 36, customer[2], 8.5f);
        doc.text(50, top - 47, "GSTIN 29" + letters(r, 5) + digits(r, 4) + letters(r, 1) + "1Z" + digits(r, 1), 8.5f);
        doc.text(230, top, "Ship To", 8);
        doc.text(230, top - 13, customer[1], 8.5f);
        doc.text(230, top - 24, customer[2], 8.5f);
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Invoice Date :", date.apply(issue)});
        meta.add(new String[] {"Terms :", termText});
        if (showDue) {
            meta.add(new String[] {"Due Date :", date.apply(due)});
        }
        meta.add(new String[] {"P.O.# :", "PO/" + issue.getYear() + "/" + digits(r, 3)});
        meta.add(new String[] {"Place Of Supply :", "Karnataka (29)"});
        for (int i = 0; i < meta.size(); i++) {
            doc.right(450, top - 13 * i, meta.get(i)[0], 8.5f);
            doc.text(457, top - 13 * i, meta.get(i)[1], 8.5f);
        }
        float[] xs = {54, 66, 212, 268, 325, 350, 402, 427, 479, right};
        int[] al = {L, L, L, R, R, R, R, R, R, R};
        doc.y = 628;
        doc.fill(46, doc.y - 18, 503, 30, 0.3f);
        doc.fill(47, doc.y - 17, 501, 28, 0.9f);
        doc.centerBold(378, doc.y + 2, "CGST", 8);
        doc.centerBold(454, doc.y + 2, "SGST", 8);
        doc.down(12);
        row(doc, xs, al, new String[] {"#", "Item & Description", "HSN/SAC", "Qty", "Rate", "%", "Amt", "%", "Amt",
            "Amount"}, 8, true);
        doc.down(20);
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            BigDecimal half = percentOf(i.amount(), "9");
            row(doc, xs, al, new String[] {String.valueOf(k + 1), i.label(), sac.get(k), i.qty().toPlainString()
                + ".00", BlindLayouts.indian(i.unit()), "9%", BlindLayouts.indian(half), "9%",
                BlindLayouts.indian(half), BlindLayouts.indian(i.amount())}, 8, false);
            doc.hline(46, 549, doc.y - 6, 0.3f);
            doc.down(17);
        }
        doc.down(6);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Sub Total", BlindLayouts.indian(sub)});
        rows.add(new String[] {"CGST9 (9%)", BlindLayouts.indian(cgst)});
        rows.add(new String[] {"SGST9 (9%)", BlindLayouts.indian(cgst)});
        rows.add(new String[] {"Rounding", (rounding.signum() < 0 ? "-" : "") + BlindLayouts.indian(rounding.abs())});
        pairs(doc, 360, right, rows.toArray(new String[0][]), 8.5f, 14, 9);
        doc.bold(360, doc.y, "Total", 10);
        doc.rightBold(right, doc.y, inr.apply(total), 10);
        doc.down(15);
        doc.text(360, doc.y, "Payment Made", 8.5f);
        doc.right(right, doc.y, "(-) " + BlindLayouts.indian(paid), 8.5f);
        doc.down(6);
        doc.fill(354, doc.y - 19, 195, 19, 0.9f);
        doc.down(13);
        doc.bold(360, doc.y, "Balance Due", 10);
        doc.rightBold(right, doc.y, inr.apply(balance), 10);
        doc.down(30);
        doc.bold(50, doc.y, "Total In Words", 8.5f);
        doc.down(12);
        doc.text(50, doc.y, "Indian Rupee " + rupeeWords(total.longValue()) + " Only", 8.5f);
        doc.down(24);
        doc.line(50, "Notes", 8.5f);
        doc.line(50, "Thanks for your business.", 8.5f);
        doc.down(6);
        doc.line(50, "Bank Details: HDFC Bank, A/c No. 5020" + digits(r, 10) + ", IFSC HDFC000" + digits(r, 4)
                + ", Branch Indiranagar", 8.5f);
        doc.line(50, "Terms & Conditions: interest @ 18% p.a. will be charged on bills not paid by the due date.", 8);
        doc.line(50, "Subject to Bengaluru jurisdiction. This is a computer generated invoice.", 8);
        doc.right(right, 70, "For " + seller[0], 8.5f);
        doc.right(right, 44, "Authorized Signature", 8.5f);
        doc.hline(420, 549, 56, 0.5f);
        Truth t = Truth.invoice(number, issue, due, total, "INR", customer[0]);
        return advance ? t.withAmountDue(balance) : t;
    }

    // --- 11. Canada, from the French company

    private static final String[][] CA_CUSTOMERS = {{"Maple Ridge Home Goods Inc.", "2150 Queen Street East",
        "Toronto, ON  M4E 1E6", "HST 13% (ON)", "13"}, {"Lakeshore Boutique Ltd.", "88 Lakeshore Road East",
        "Mississauga, ON  L5G 1E2", "HST 13% (ON)", "13"}, {"Northern Lights Gallery Inc.", "10150 Jasper Avenue",
        "Edmonton, AB  T5J 1W4", "GST 5%", "5"}, {"Fraser Valley Wine Merchants Ltd.", "45 Water Street",
        "Vancouver, BC  V6B 1A1", "GST 5%", "5"}, {"Harbourfront Interiors Corp.", "1 King Street",
        "Saint John, NB  E2L 1G1", "HST 15% (NB)", "15"}};
    private static final String[][] CA_GOODS = {{"Linen tea towel 50x70 (6)", "6302.60", "38", "20"},
        {"Jacquard tablecloth 160x250", "6302.59", "55", "40"}, {"Marseille soap 300g (24)", "3401.11", "85", "30"},
        {"Lavender diffuser 100ml", "3307.49", "12", "8"}, {"Scented candle fig 180g", "3406.00", "14", "10"},
        {"Cushion cover 40x40 stripe", "6304.92", "16", "10"}, {"Ceramic bowl dia. 28cm", "6912.00", "24", "16"},
        {"Enamel mug set (4)", "7323.94", "28", "14"}};

    /**
     * The French company invoicing a Canadian retailer in English from its ERP, printed in a fixed-pitch face:
     * a shaded band with the name and "INVOICE", its GST/HST registration beside SIREN and French VAT, a ruled grid
     * (Invoice No. / Invoice Date / Customer No. / Sales Order / Page) over a second one (Payment Terms with "Due Date"
     * or the customer's PO / Currency / Incoterms), Sold To and Ship To boxes, the shipment's date and waybill, item
     * numbers and HS codes, freight, HST or GST by province, "Invoice Total (CAD)", a euro equivalent, a printed-on
     * stamp; terms "2% 10, Net 30", "Net 30" or "Net 45", ISO dates.
     */
    static Truth canadaFromFrance(Canvas doc, Random r) {
        doc.family = "DejaVuSansMono";
        String[] seller = FR_COMPANIES[pick(r, new Integer[] {0, 2, 3, 5})];
        String[] customer = pick(r, CA_CUSTOMERS);
        LocalDate issue = day(r);
        int terms = r.nextInt(3);
        String termText = new String[] {"2% 10, Net 30", "Net 30", "Net 45"}[terms];
        LocalDate due = issue.plusDays(terms == 2 ? 45 : 30);
        boolean showDue = r.nextBoolean();
        String number = "9" + digits(r, 7);
        List<Item> items = new ArrayList<>();
        List<String> hs = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(CA_GOODS));
        int count = 3 + r.nextInt(6);
        for (int i = 0; i < count; i++) {
            String[] g = left.remove(r.nextInt(left.size()));
            int least = Integer.parseInt(g[2]) * 100;
            items.add(new Item(g[0], BigDecimal.valueOf(6 * (1 + r.nextInt(12))), BigDecimal.valueOf(least
                    + r.nextInt(Integer.parseInt(g[3]) * 100), 2), new BigDecimal(customer[4])));
            hs.add(g[1]);
        }
        BigDecimal goods = BigDecimal.ZERO;
        for (Item i : items) {
            goods = goods.add(i.amount());
        }
        BigDecimal freight = BigDecimal.valueOf(12_000 + r.nextInt(40_000), 2);
        BigDecimal tax = percentOf(goods.add(freight), customer[4]);
        BigDecimal total = goods.add(freight).add(tax);
        BigDecimal fx = BigDecimal.valueOf(6400 + r.nextInt(600), 4);
        Function<LocalDate, String> iso = x -> d(x, "yyyy-MM-dd");
        float right = 545;
        doc.fill(50, 778, 495, 40, 0.87f);
        doc.bold(58, 799, seller[0], 11);
        doc.text(58, 785, seller[1] + ", " + seller[2] + ", France", 7.5f);
        doc.rightBold(537, 794, "INVOICE", 16);
        doc.text(50, 765, "GST/HST Registration No. " + digits(r, 9) + " RT0001", 7.5f);
        doc.text(50, 755, "SIREN " + siren(r) + " - VAT FR" + digits(r, 2) + " " + siren(r), 7.5f);
        doc.right(right, 765, "Printed " + iso.apply(issue.plusDays(r.nextInt(2))) + " "
                + String.format(Locale.ROOT, "%02d:%02d", 7 + r.nextInt(11), r.nextInt(60)), 7.5f);
        String[][] grid1 = {{"Invoice No.", number}, {"Invoice Date", iso.apply(issue)},
            {"Customer No.", "C" + digits(r, 5)}, {"Sales Order", "SO-" + digits(r, 6)}, {"Page", "1 / 1"}};
        String[][] grid2 = {{"Payment Terms", termText}, showDue ? new String[] {"Due Date", iso.apply(due)}
            : new String[] {"Your PO", "PO" + digits(r, 5)}, {"Currency", "CAD"}, {"Incoterms", "DAP "
                + customer[2].split(",")[0]}};
        gridBox(doc, 50, 705, 495, grid1);
        gridBox(doc, 50, 667, 495, grid2);
        String[] shipTo = {"Receiving Dock " + (1 + r.nextInt(6)), customer[1], customer[2]};
        doc.box(50, 560, 240, 90, 0.6f);
        doc.box(305, 560, 240, 90, 0.6f);
        doc.bold(56, 638, "Sold To", 7.5f);
        doc.bold(311, 638, "Ship To", 7.5f);
        doc.bold(56, 622, customer[0], 8.5f);
        doc.text(56, 610, "Attn: Accounts Payable", 8);
        doc.text(56, 599, customer[1], 8);
        doc.text(56, 588, customer[2], 8);
        doc.text(56, 577, "Canada", 8);
        doc.text(311, 622, customer[0], 8);
        for (int i = 0; i < shipTo.length; i++) {
            doc.text(311, 610 - 11 * i, shipTo[i], 8);
        }
        doc.text(50, 543, "Ship Via: DHL Express  Shipped: " + iso.apply(issue.minusDays(1 + r.nextInt(5)))
                + "  Waybill " + digits(r, 10), 7.5f);
        float[] xs = {54, 128, 320, 385, 395, 470, 541};
        int[] al = {L, L, L, R, L, R, R};
        doc.y = 520;
        head(doc, 50, 545, xs, al, new String[] {"Item No.", "Description", "HS Code", "Qty", "UoM", "Unit Price",
            "Amount"}, 7.5f, 0.87f);
        doc.down(16);
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            row(doc, xs, al, new String[] {code("FR-", i.label()) + digits(r, 2), i.label(), hs.get(k),
                i.qty().toPlainString(), "EA", en(i.unit()), en(i.amount())}, 7.5f, false);
            doc.down(13);
        }
        doc.hline(50, 545, doc.y + 7, 0.5f);
        doc.down(12);
        float top = doc.y;
        String[][] rows = {{"Subtotal", en(goods)}, {"Freight", en(freight)}, {customer[3], en(tax)}};
        pairs(doc, 345, 539, rows, 8, 14, 9);
        doc.fill(338, doc.y - 6, 207, 19, 0.87f);
        doc.bold(345, doc.y, "Invoice Total (CAD)", 8.5f);
        doc.rightBold(539, doc.y, "$" + en(total), 8.5f);
        doc.box(338, doc.y - 6, 207, top + 12 - (doc.y - 6), 0.6f);
        float after = doc.y - 30;
        doc.y = top;
        doc.line(50, "For information only:", 7.5f);
        doc.line(50, "CAD 1 = EUR " + fx.toPlainString() + " (ECB " + iso.apply(issue.minusDays(1)) + ")", 7.5f);
        doc.line(50, "Total = EUR " + en(total.multiply(fx).setScale(2, RoundingMode.HALF_UP)), 7.5f);
        doc.down(6);
        doc.line(50, "Terms: " + termText + (terms == 0 ? " (2% if paid within 10 days)" : ""), 7.5f);
        doc.y = Math.min(doc.y, after);
        doc.line(50, "Remit by wire: BNP Paribas, IBAN FR76 3000 4" + digits(r, 3) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 3), 7.5f);
        doc.line(50, "BIC BNPAFRPPXXX. Please quote the invoice number.", 7.5f);
        doc.line(50, "Goods of French origin. Importer of record: " + customer[0], 7.5f);
        doc.right(right, 40, "Page 1 of 1", 7.5f);
        return Truth.invoice(number, issue, due, total, "CAD", customer[0]);
    }

    /** A ruled row of cells, a label over a value in each. */
    private static void gridBox(Canvas doc, float x, float bottom, float w, String[][] cells) {
        float cell = w / cells.length;
        doc.box(x, bottom, w, 30, 0.6f);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                doc.vline(x + cell * i, bottom, bottom + 30, 0.5f);
            }
            doc.text(x + cell * i + 5, bottom + 20, cells[i][0], 7);
            doc.bold(x + cell * i + 5, bottom + 7, cells[i][1], 8);
        }
    }

    // --- 12. Portugal

    private static final String[][] PT_SELLERS = {{"Cerâmicas do Vale, Lda.", "Zona Industrial de Aveiro, Lote 14",
        "3800-055 Aveiro", "C.R.C. Aveiro"}, {"Conservas Atlântico, S.A.", "Rua do Cais 210", "4450-208 Matosinhos",
        "C.R.C. Matosinhos"}, {"Cortiçeira Douro, Lda.", "Rua da Cortiça 77", "4535-155 Santa Maria da Feira",
        "C.R.C. Santa Maria da Feira"}, {"Azulejaria Lusitana, Lda.", "Av. da República 1350",
        "4430-192 Vila Nova de Gaia", "C.R.C. Vila Nova de Gaia"}};
    /** Per seller: {product, VAT rate, least unit price in cents, spread in cents}. */
    private static final String[][][] PT_PRODUCTS = {
        {{"Prato raso 27 cm", "23", "380", "300"}, {"Prato sopa 22 cm", "23", "340", "250"},
            {"Prato sobremesa 20 cm", "23", "290", "200"}, {"Taça sobremesa 14 cm", "23", "210", "180"},
            {"Caneca 35 cl", "23", "320", "260"}, {"Chávena café c/ pires", "23", "280", "200"},
            {"Travessa oval 36 cm", "23", "1350", "800"}, {"Saladeira 24 cm", "23", "890", "600"},
            {"Jarro 1 l", "23", "1050", "600"}, {"Tigela 15 cm", "23", "260", "200"},
            {"Manteigueira", "23", "690", "400"}, {"Bule de chá 1 l", "23", "1580", "900"}},
        {{"Sardinhas em azeite 120 g", "6", "110", "80"}, {"Sardinhas picantes 120 g", "6", "115", "80"},
            {"Sardinhas em tomate 120 g", "6", "105", "70"}, {"Atum posta em azeite 120 g", "6", "160", "100"},
            {"Atum em óleo vegetal 120 g", "6", "120", "60"}, {"Cavala em azeite 125 g", "6", "130", "70"},
            {"Filetes de cavala c/ limão 125 g", "6", "150", "80"}, {"Polvo em azeite e alho 111 g", "6", "300",
            "150"}, {"Lulas recheadas 120 g", "6", "180", "100"}, {"Bacalhau em azeite 120 g", "6", "260", "140"},
            {"Patê de sardinha 75 g", "6", "80", "50"}, {"Mexilhão em escabeche 115 g", "6", "160", "90"},
            {"Enguias em molho 125 g", "6", "320", "150"}, {"Ovas de sardinha 120 g", "6", "190", "100"}},
        {{"Base de copos cortiça (cj 6)", "23", "390", "300"}, {"Individual cortiça 30x45", "23", "280", "200"},
            {"Tábua de queijos cortiça", "23", "890", "600"}, {"Fruteira cortiça", "23", "790", "500"},
            {"Porta-guardanapos cortiça", "23", "290", "200"}, {"Bolsa de cortiça", "23", "1790", "1200"},
            {"Carteira de cortiça", "23", "1090", "700"}, {"Painel de parede cortiça 60x30", "23", "690", "400"},
            {"Caixa de arrumação cortiça", "23", "590", "400"}, {"Sousplat cortiça 33 cm", "23", "390", "300"},
            {"Chapéu de chuva cortiça", "23", "1490", "800"}, {"Mochila de cortiça", "23", "2390", "1400"}},
        {{"Azulejo 15x15 padrão Lisboa (cx 44)", "23", "3800", "2000"},
            {"Azulejo 14x14 padrão Porto (cx 50)", "23", "3500", "1800"},
            {"Azulejo 15x15 liso (cx 44)", "23", "2200", "1000"}, {"Painel de azulejo 4 peças", "23", "2400", "1600"},
            {"Base de tacho em azulejo", "23", "490", "400"}, {"Azulejo decorativo c/ moldura", "23", "890", "600"},
            {"Friso 15x5 (cx 60)", "23", "2800", "1400"}, {"Azulejo relevo 13x13 (cx 40)", "23", "4100", "2000"},
            {"Individual de azulejo", "23", "590", "400"}, {"Íman azulejo (cx 24)", "23", "1890", "800"},
            {"Porta-chaves azulejo (cx 24)", "23", "2090", "900"}, {"Número de porta em azulejo", "23", "390",
            "300"}}};
    private static final String[][] PT_VARIANTS = {{"branco", "azul cobalto", "verde água", "terracota"},
        {"(cx 25)", "(cx 50)", "(cx 100)"}, {"natural", "grafite", "branco", "bordeaux"},
        {"azul", "amarelo", "verde", "policromo"}};
    private static final String[][] PT_EXTRAS = {{"Expositor de balcão em cartão", "23", "900", "800"},
        {"Caixa oferta 3 latas", "23", "250", "150"}, {"Caixa oferta 6 latas", "23", "420", "250"},
        {"Saco de papel kraft (100)", "23", "1400", "600"}};
    private static final String[] PT_PREFIX = {"CV", "CA", "CD", "AL"};

    private record Line(String code, String label, BigDecimal qty, BigDecimal unit, int discount, BigDecimal rate) {
        BigDecimal gross() {
            return qty.multiply(unit).setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal amount() {
            return qty.multiply(unit).multiply(BigDecimal.valueOf(100 - discount)).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * A Portuguese supplier's certified-software "Fatura" over two pages to the French company's Lisbon branch:
     * "Original", the series number, the customer in a box under "Exmo.(s) Sr.(s)", a ruled grid (V/N.º Contribuinte
     * / Requisição / Data / Data de vencimento / Cond. Pagamento / Moeda), the loading and unloading places and
     * times, forty-odd article lines with a discount column, "A transportar" and "Transporte", the VAT summary by
     * rate (23 %, and 6 % for food), Total Ilíquido / Descontos / Total s/ IVA / IVA / Total (EUR), the ATCUD, the
     * date the goods were made available.
     */
    static Truth portugueseTwoPages(Canvas doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        int which = r.nextInt(PT_SELLERS.length);
        String[] seller = PT_SELLERS[which];
        String[] customer = pick(r, FR_COMPANIES);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 60, 30, 45});
        LocalDate due = issue.plusDays(days);
        String series = "FT A" + issue.getYear();
        String number = series + "/" + (100 + r.nextInt(2000));
        List<String[]> catalogue = new ArrayList<>();
        String[][] products = PT_PRODUCTS[which];
        for (int p = 0; p < products.length; p++) {
            for (int v = 0; v < PT_VARIANTS[which].length; v++) {
                String variant = PT_VARIANTS[which][v];
                int tins = variant.startsWith("(cx ") ? Integer.parseInt(variant.replaceAll("\\D", "")) : 1;
                catalogue.add(new String[] {String.format(Locale.ROOT, "%s-%02d%02d", PT_PREFIX[which], p + 1, v + 1),
                    products[p][0] + " " + variant, products[p][1], products[p][2], products[p][3],
                    String.valueOf(tins)});
            }
        }
        if (which == 1) {
            for (int e = 0; e < PT_EXTRAS.length; e++) {
                catalogue.add(new String[] {String.format(Locale.ROOT, "CA-90%02d", e + 1), PT_EXTRAS[e][0],
                    PT_EXTRAS[e][1], PT_EXTRAS[e][2], PT_EXTRAS[e][3], "1"});
            }
        }
        int count = 38 + r.nextInt(7);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = catalogue.remove(r.nextInt(catalogue.size()));
            long cents = (Integer.parseInt(w[3]) + r.nextInt(Integer.parseInt(w[4]))) * Long.parseLong(w[5]);
            lines.add(new Line(w[0], w[1], BigDecimal.valueOf(r.nextInt(3) == 0 ? 12 * (1 + r.nextInt(8))
                    : 1 + r.nextInt(12)), BigDecimal.valueOf(cents, 2), pick(r, new Integer[] {0, 0, 5, 10}),
                    new BigDecimal(w[2])));
        }
        lines.sort(Comparator.comparing(Line::code));
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Line l : lines) {
            gross = gross.add(l.gross());
            net = net.add(l.amount());
            base.merge(l.rate(), l.amount(), BigDecimal::add);
        }
        Map<BigDecimal, BigDecimal> vat = new LinkedHashMap<>();
        BigDecimal vatSum = BigDecimal.ZERO;
        for (var e : base.entrySet()) {
            BigDecimal v = percentOf(e.getValue(), e.getKey().toPlainString());
            vat.put(e.getKey(), v);
            vatSum = vatSum.add(v);
        }
        BigDecimal total = net.add(vatSum);
        boolean iso = r.nextBoolean();
        Function<LocalDate, String> date = iso ? x -> d(x, "yyyy-MM-dd") : x -> d(x, "dd-MM-yyyy");
        float right = 545;
        doc.bold(50, 800, seller[0], 13);
        doc.text(50, 786, seller[1], 8);
        doc.text(50, 776, seller[2] + " · Portugal", 8);
        doc.text(50, 766, "NIF 50" + digits(r, 7) + " · Capital Social 50.000,00 € · " + seller[3], 8);
        doc.text(50, 756, "Tel. +351 2" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3) + " · geral@"
                + seller[0].split(" ")[0].toLowerCase(Locale.ROOT).replace('â', 'a').replace('ç', 'c') + ".pt", 8);
        doc.right(right, 806, "Original", 8.5f);
        doc.rightBold(right, 788, "Fatura", 16);
        doc.rightBold(right, 772, number, 11);
        doc.box(325, 665, 220, 80, 0.6f);
        doc.text(333, 734, "Exmo.(s) Sr.(s)", 7.5f);
        doc.bold(333, 719, customer[0], 9.5f);
        doc.text(333, 707, "Sucursal em Portugal", 8.5f);
        doc.text(333, 695, "Rua Garrett " + (20 + r.nextInt(80)), 8.5f);
        doc.text(333, 683, "1200-" + digits(r, 3) + " Lisboa", 8.5f);
        String[][] cells = {{"V/N.º Contribuinte", "98" + digits(r, 7)}, {"Requisição", "REQ-" + digits(r, 4)},
            {"Data", date.apply(issue)}, {"Data de vencimento", date.apply(due)},
            {"Cond. Pagamento", days + " dias"}, {"Moeda", "EUR"}};
        gridBox(doc, 50, 615, 495, cells);
        LocalDate loading = issue.minusDays(r.nextInt(3));
        doc.text(50, 603, "Local de carga: " + seller[2].substring(9) + " · Data/hora de carga: "
                + date.apply(loading) + " " + String.format(Locale.ROOT, "%02d:%02d", 7 + r.nextInt(10),
                r.nextInt(60)), 7);
        doc.text(50, 593, "Local de descarga: Rua Garrett, Lisboa · Matrícula " + digits(r, 2) + "-" + letters(r, 2)
                + "-" + digits(r, 2), 7);
        float[] xs = {54, 112, 330, 350, 410, 445, 475, 541};
        int[] al = {L, L, R, L, R, R, R, R};
        String[] heads = {"Artigo", "Descrição", "Qtd.", "Un.", "Pr. Unitário", "Desc.%", "IVA%", "Valor"};
        doc.y = 578;
        head(doc, 50, 545, xs, al, heads, 7.5f, 0.87f);
        doc.down(15);
        int perPage = 36;
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            if (i == perPage) {
                doc.hline(50, 545, doc.y + 7, 0.5f);
                doc.down(6);
                doc.bold(400, doc.y, "A transportar", 8.5f);
                doc.rightBold(541, doc.y, sp(carried), 8.5f);
                doc.right(right, 40, "Pág. 1/2", 7.5f);
                doc.text(50, 40, "Processado por programa certificado n.º " + digits(r, 4) + "/AT", 7);
                doc.newPage();
                doc.bold(50, 800, seller[0], 10);
                doc.right(right, 800, "Fatura " + number + " · " + date.apply(issue) + " · Original", 8.5f);
                doc.y = 772;
                head(doc, 50, 545, xs, al, heads, 7.5f, 0.87f);
                doc.down(15);
                doc.bold(400, doc.y, "Transporte", 8.5f);
                doc.rightBold(541, doc.y, sp(carried), 8.5f);
                doc.down(14);
            }
            Line l = lines.get(i);
            row(doc, xs, al, new String[] {l.code(), l.label(), l.qty().toPlainString(), "UN", sp(l.unit()),
                l.discount() == 0 ? "0,00" : l.discount() + ",00", l.rate().toPlainString(), sp(l.amount())}, 7.5f,
                    false);
            carried = carried.add(l.amount());
            doc.down(12);
        }
        doc.hline(50, 545, doc.y + 7, 0.5f);
        doc.down(18);
        float top = doc.y;
        doc.bold(50, doc.y, "Quadro resumo de IVA", 8.5f);
        doc.down(14);
        float[] vx = {50, 120, 190, 255};
        int[] va = {L, R, R, L};
        row(doc, vx, va, new String[] {"Taxa", "Incidência", "Valor IVA", "Motivo de isenção"}, 7.5f, true);
        doc.hline(50, 320, doc.y - 4, 0.4f);
        doc.down(13);
        for (var e : base.entrySet()) {
            row(doc, vx, va, new String[] {"IVA " + e.getKey().toPlainString() + "%", sp(e.getValue()),
                sp(vat.get(e.getKey())), "-"}, 7.5f, false);
            doc.down(12);
        }
        float leftEnd = doc.y;
        doc.y = top;
        String[][] rows = {{"Total Ilíquido", sp(gross) + " €"}, {"Descontos", sp(gross.subtract(net)) + " €"},
            {"Total s/ IVA", sp(net) + " €"}, {"IVA", sp(vatSum) + " €"}};
        pairs(doc, 370, 539, rows, 8.5f, 14, 9);
        doc.fill(362, doc.y - 6, 183, 19, 0.85f);
        doc.bold(370, doc.y, "Total (EUR)", 10);
        doc.rightBold(539, doc.y, sp(total) + " €", 10);
        doc.box(362, doc.y - 6, 183, top + 12 - (doc.y - 6), 0.6f);
        doc.y = Math.min(leftEnd, doc.y - 24) - 14;
        doc.line(50, "Os bens/serviços foram colocados à disposição do adquirente em " + date.apply(loading) + ".", 7.5f);
        doc.line(50, "Pagamento por transferência: IBAN PT50 0035 " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 3) + " · BIC CGDIPTPL", 7.5f);
        doc.line(50, "ATCUD: " + letters(r, 4) + digits(r, 1) + letters(r, 3) + "-" + number.substring(number
                .indexOf('/') + 1) + " · " + letters(r, 1) + digits(r, 1) + letters(r, 2) + "-Processado por"
                + " programa certificado n.º " + digits(r, 4) + "/AT", 7.5f);
        doc.line(50, "Em caso de atraso no pagamento são devidos juros de mora à taxa legal em vigor.", 7.5f);
        doc.right(right, 40, "Pág. 2/2", 7.5f);
        return Truth.invoice(number, issue, due, total, "EUR", customer[0]);
    }
}
