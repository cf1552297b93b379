package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * A seventh blind set ({@code eval/invoices/blind7}): invoices of foreign suppliers and customers a small French
 * company deals with (Austria, Switzerland, Poland, Czechia, the Nordics, Finland, Greece, the Maghreb, Senegal,
 * Australia, Singapore, Japan, the Emirates), written without looking at the reader, none of them a layout of the
 * earlier sets. Drawn in an embedded Unicode TrueType font (DejaVu, as installed by the system), since the standard
 * fonts cannot show "zł", "Kč", "ø" or Greek; as their own invoicing tools do.
 */
public final class BlindLayouts7 {

    /** One layout: draws an invoice on the sheet and says what it contains. */
    interface Layout {
        Truth draw(Sheet doc, Random random);
    }

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("at-rechnung-uid-jaenner", BlindLayouts7::austria);
        LAYOUTS.put("ch-de-innert-tagen-apostroph", BlindLayouts7::swissGerman);
        LAYOUTS.put("pl-faktura-vat-sprzedawca-nabywca", BlindLayouts7::poland);
        LAYOUTS.put("cz-danovy-doklad-variabilni-symbol", BlindLayouts7::czech);
        LAYOUTS.put("se-faktura-ocr-oresavrundning", BlindLayouts7::sweden);
        LAYOUTS.put("fi-lasku-tilisiirto-erapaiva", BlindLayouts7::finland);
        LAYOUTS.put("ma-facture-ice-arretee-dirhams", BlindLayouts7::morocco);
        LAYOUTS.put("au-tax-invoice-abn-payment-advice", BlindLayouts7::australia);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind7=true}. */
    public static void main(String[] args) throws IOException {
        write(LAYOUTS, args, "src/test/resources/eval/invoices/blind7", 2026_12_08L, 2, "blind7");
    }

    /** As {@link BlindLayouts#write}, for these sheets. */
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
                Sheet doc = new Sheet();
                Truth t = e.getValue().draw(doc, random);
                String file = String.format(Locale.ROOT, "%s-%03d.pdf", prefix, ++n);
                Files.write(out.resolve(file), doc.render());
                labels.append(json.writeValueAsString(t.label(json, file, "layout", e.getKey()))).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    private record Mark(float x, float y, String text, float size, boolean bold, boolean right) {
    }

    /** Pages of positioned text in an embedded TrueType family; the API of {@link BlindLayouts.Doc}. */
    static final class Sheet {
        static final String FONTS = "/usr/share/fonts/truetype/dejavu/";
        final List<List<Mark>> pages = new ArrayList<>();
        final PDRectangle size = PDRectangle.A4;
        String family = "DejaVuSans";
        float y;

        Sheet() {
            newPage();
        }

        void newPage() {
            pages.add(new ArrayList<>());
            y = size.getHeight() - 50;
        }

        private void put(float x, float at, String text, float pt, boolean bold, boolean right) {
            pages.get(pages.size() - 1).add(new Mark(x, at, text, pt, bold, right));
        }

        void text(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, false);
        }

        void bold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, false);
        }

        void right(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, true);
        }

        void rightBold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, true);
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

        float width() {
            return size.getWidth();
        }

        float height() {
            return size.getHeight();
        }

        byte[] render() throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                File regularFile = new File(FONTS + family + ".ttf");
                File boldFile = new File(FONTS + family + "-Bold.ttf");
                if (!regularFile.isFile() || !boldFile.isFile()) {
                    throw new IOException("the DejaVu fonts are needed to draw this set: " + regularFile);
                }
                PDType0Font regular = PDType0Font.load(doc, regularFile);
                PDType0Font bold = PDType0Font.load(doc, boldFile);
                for (List<Mark> marks : pages) {
                    PDPage p = new PDPage(size);
                    doc.addPage(p);
                    try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                        for (Mark t : marks) {
                            PDType0Font font = t.bold() ? bold : regular;
                            float x = t.right() ? t.x() - font.getStringWidth(t.text()) / 1000 * t.size() : t.x();
                            content.beginText();
                            content.setFont(font, t.size());
                            content.newLineAtOffset(x, t.y());
                            content.showText(t.text());
                            content.endText();
                        }
                    }
                }
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    // --- helpers

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** An issue day between mid-January and late December 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 12).plusDays(r.nextInt(340));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    /** Lines in a currency: unit prices from {@code least} to {@code least + spread} (in units), whole units if asked. */
    private static List<Item> items(Random r, String[] work, int min, int max, int least, int spread, boolean whole,
            BigDecimal... rates) {
        int count = min + r.nextInt(max - min + 1);
        List<Item> out = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(work));
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            BigDecimal qty = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(least * 100L + (long) (r.nextDouble() * spread * 100L), 2);
            if (whole) {
                unit = unit.setScale(0, RoundingMode.HALF_UP);
            }
            out.add(new Item(left.remove(r.nextInt(left.size())), qty, unit, rates[r.nextInt(rates.length)]));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    /** Sums in a currency without minor unit: tax per rate rounded to whole units. */
    private static Sums wholeSums(List<Item> items) {
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Item i : items) {
            base.merge(i.rate(), i.amount().setScale(0, RoundingMode.HALF_UP), BigDecimal::add);
            net = net.add(i.amount().setScale(0, RoundingMode.HALF_UP));
        }
        Map<BigDecimal, BigDecimal> tax = new LinkedHashMap<>();
        BigDecimal taxSum = BigDecimal.ZERO;
        for (var e : base.entrySet()) {
            BigDecimal t = e.getValue().multiply(e.getKey()).movePointLeft(2).setScale(0, RoundingMode.DOWN);
            tax.put(e.getKey(), t);
            taxSum = taxSum.add(t);
        }
        return new Sums(net, tax, taxSum, net.add(taxSum));
    }

    /** An amount with {@code scale} decimals, thousands grouped by {@code group} (may be empty). */
    static String num(BigDecimal amount, int scale, String group, char decimal) {
        String plain = amount.setScale(scale, RoundingMode.HALF_UP).abs().toPlainString();
        String units = scale == 0 ? plain : plain.substring(0, plain.length() - scale - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                b.append(group);
            }
            b.append(units.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + b + (scale == 0 ? "" : decimal + plain.substring(plain.length()
                - scale));
    }

    private static String de(BigDecimal a) {
        return num(a, 2, ".", ',');
    }

    private static String en(BigDecimal a) {
        return num(a, 2, ",", '.');
    }

    private static String sp(BigDecimal a) {
        return num(a, 2, " ", ',');
    }

    private static String nb(BigDecimal a) {
        return num(a, 2, "\u00A0", ',');
    }

    private static String ch(BigDecimal a) {
        return num(a, 2, "'", '.');
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String d(LocalDate date, String pattern) {
        return d(date, pattern, Locale.ROOT);
    }

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static String frWords(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String rate(BigDecimal rate, char decimal) {
        String s = rate.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        b.append(1 + r.nextInt(9));
        for (int i = 1; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    /** Columns at the given x (right-aligned where asked): a bold head row, then the rows. */
    private static void grid(Sheet doc, float[] xs, boolean[] rightAligned, String[] heads, List<String[]> rows,
            float pt) {
        for (int c = 0; c < heads.length; c++) {
            if (rightAligned[c]) {
                doc.rightBold(xs[c], doc.y, heads[c], pt);
            } else {
                doc.bold(xs[c], doc.y, heads[c], pt);
            }
        }
        doc.down(pt + 6);
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (rightAligned[c]) {
                    doc.right(xs[c], doc.y, row[c], pt);
                } else {
                    doc.text(xs[c], doc.y, row[c], pt);
                }
            }
            doc.down(pt + 5);
        }
        doc.down(8);
    }

    /** Right-aligned label/amount pairs; bold from {@code boldFrom}. */
    private static void totals(Sheet doc, float labelX, String[][] rows, int boldFrom) {
        float right = doc.width() - 50;
        for (int i = 0; i < rows.length; i++) {
            if (i >= boldFrom) {
                doc.bold(labelX, doc.y, rows[i][0], 10);
                doc.rightBold(right, doc.y, rows[i][1], 10);
            } else {
                doc.text(labelX, doc.y, rows[i][0], 9);
                doc.right(right, doc.y, rows[i][1], 9);
            }
            doc.down(14);
        }
    }

    private static final String[] UNITS_FR = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final String[] TENS_FR = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

    /** A whole number in French words ("douze mille cinq cent quarante-trois"). */
    static String frenchWords(long n) {
        if (n < 17) {
            return UNITS_FR[(int) n];
        }
        if (n < 20) {
            return "dix-" + UNITS_FR[(int) n - 10];
        }
        if (n < 70) {
            int t = (int) n / 10;
            int u = (int) n % 10;
            return TENS_FR[t] + (u == 0 ? "" : u == 1 ? " et un" : "-" + UNITS_FR[u]);
        }
        if (n < 80) {
            return n == 71 ? "soixante et onze" : "soixante-" + frenchWords(n - 60);
        }
        if (n < 100) {
            return n == 80 ? "quatre-vingts" : "quatre-vingt-" + frenchWords(n - 80);
        }
        if (n < 1000) {
            long h = n / 100;
            long rest = n % 100;
            String head = h == 1 ? "cent" : UNITS_FR[(int) h] + " cent" + (rest == 0 ? "s" : "");
            return rest == 0 ? head : head + " " + frenchWords(rest);
        }
        if (n < 1_000_000) {
            long k = n / 1000;
            long rest = n % 1000;
            String head = k == 1 ? "mille" : frenchWords(k).replaceAll("(cent|vingt)s$", "$1") + " mille";
            return rest == 0 ? head : head + " " + frenchWords(rest);
        }
        long m = n / 1_000_000;
        long rest = n % 1_000_000;
        String head = frenchWords(m) + (m == 1 ? " million" : " millions");
        return rest == 0 ? head : head + " " + frenchWords(rest);
    }

    // --- layouts

    private static final String[] DE_WORK = {"Wartung Serveranlage (Std.)", "Montage Einbauschrank",
        "Materialpauschale", "Anfahrt Zone 2", "Webdesign Relaunch", "Übersetzung DE-FR (Normseite)",
        "Buchhaltung Monat", "Schulung Mitarbeiter (halber Tag)", "Reinigung Büro", "Softwarelizenz 12 Monate"};

    /** An Austrian Rechnung: UID numbers, "Jänner", Zahlungsbedingungen in days (net date after Skonto), a boxed total. */
    static Truth austria(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Huber Haustechnik GmbH", "Gruber & Partner Steuerberatung GmbH",
            "Alpenblick Software e.U.", "Tischlerei Steiner KG"});
        String customer = pick(r, new String[] {"Maison Vermeil SAS", "Boréale Communication SARL",
            "Hotel Edelweiss Kitzbühel GmbH", "Bäckerei Wagner OG", "Mayr Logistik GmbH"});
        boolean french = customer.endsWith("SAS") || customer.endsWith("SARL");
        LocalDate issue = day(r);
        int kind = r.nextInt(3);
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = kind == 1 ? issue.plusDays(60) : issue.plusDays(days);
        String number = "RE-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(4000));
        List<Item> items = items(r, DE_WORK, 2, 5, 40, 1400, false, french ? new BigDecimal[] {BigDecimal.ZERO}
                : new BigDecimal[] {pct("20"), pct("20"), pct("10")});
        Sums s = sums(items);
        Function<LocalDate, String> words = x -> d(x, "d. MMMM yyyy", Locale.GERMAN).replace("Januar", "Jänner");
        Function<LocalDate, String> dots = x -> d(x, "dd.MM.yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, new String[] {"Mariahilfer Straße 112, 1070 Wien", "Landstraße 44, 4020 Linz",
            "Getreidegasse 9, 5020 Salzburg"}), 8);
        doc.line(50, "UID: ATU" + digits(r, 8) + "  ·  FN " + digits(r, 6) + "a, Handelsgericht Wien", 8);
        doc.down(30);
        float top = doc.y;
        doc.text(50, top + 12, seller + " · " + "Postfach 12 · AT-1070 Wien", 6);
        doc.text(50, top, customer, 10);
        doc.text(50, top - 13, french ? pick(r, new String[] {"12 rue des Lilas", "4 avenue Jean Jaurès"})
                : pick(r, new String[] {"Hauptplatz 3", "Bahnhofstraße 17"}), 10);
        doc.text(50, top - 26, french ? pick(r, new String[] {"69003 Lyon", "33000 Bordeaux"}) + ", Frankreich"
                : pick(r, new String[] {"6370 Kitzbühel", "8010 Graz"}), 10);
        if (french) {
            doc.text(50, top - 44, "Ihre UID: FR" + digits(r, 11), 8);
        }
        String[][] meta = {{"Rechnungs-Nr.:", number}, {"Rechnungsdatum:", words.apply(issue)},
            {"Lieferdatum:", dots.apply(issue.minusDays(2 + r.nextInt(12)))}, {"Kunden-Nr.:", "K" + digits(r, 5)},
            {"Sachbearbeiter:", pick(r, new String[] {"Ing. M. Huber", "Mag. S. Gruber", "DI K. Steiner"})}};
        for (int i = 0; i < meta.length; i++) {
            doc.text(340, top - 13 * i, meta[i][0], 9);
            doc.right(right, top - 13 * i, meta[i][1], 9);
        }
        doc.y = top - 95;
        doc.lineBold(50, "RECHNUNG", 16);
        doc.line(50, "Wir erlauben uns, für folgende Leistungen in Rechnung zu stellen:", 9);
        doc.down(6);
        List<String[]> rows = new ArrayList<>();
        int pos = 1;
        for (Item i : items) {
            rows.add(new String[] {String.valueOf(pos++), i.label(), i.qty().toPlainString(), de(i.unit()),
                rate(i.rate(), ',') + " %", de(i.amount())});
        }
        grid(doc, new float[] {50, 75, right - 200, right - 130, right - 75, right},
                new boolean[] {false, false, true, true, true, true},
                new String[] {"Pos.", "Bezeichnung", "Menge", "Einzelpreis", "USt.", "Gesamt EUR"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Summe netto", de(s.net())});
        if (french) {
            sums.add(new String[] {"USt. 0 %", "0,00"});
        } else {
            s.taxByRate().forEach((k, v) -> sums.add(new String[] {"zzgl. " + rate(k, ',') + " % USt.", de(v)}));
        }
        totals(doc, right - 230, sums.toArray(new String[0][]), 99);
        doc.text(right - 236, doc.y + 4, "════════════════════════════════════", 8);
        doc.down(14);
        doc.bold(right - 230, doc.y, "Gesamtbetrag", 11);
        doc.rightBold(right, doc.y, "EUR " + de(s.gross()), 11);
        doc.down(16);
        doc.text(right - 236, doc.y + 4, "════════════════════════════════════", 8);
        doc.down(24);
        if (french) {
            doc.line(50, "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gem. Art. 196 MwStSyst-RL.", 8);
        }
        String terms = switch (kind) {
            case 0 -> "Zahlungsbedingungen: " + days + " Tage netto ab Rechnungsdatum.";
            case 1 -> "Zahlungsbedingungen: 14 Tage 3 % Skonto, 60 Tage netto.";
            default -> "Zahlungsbedingungen: zahlbar bis " + words.apply(due) + " ohne Abzug.";
        };
        doc.line(50, terms, 9);
        doc.line(50, "Bitte geben Sie bei der Überweisung die Rechnungsnummer an.", 9);
        doc.text(50, 52, "Bankverbindung: Erste Bank · IBAN AT61 1904 3002 3457 3201 · BIC GIBAATWWXXX", 7);
        doc.text(50, 42, "Es gelten unsere AGB, Stand " + words.apply(LocalDate.of(2025, 1, 1)) + ".", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Swiss German letter-invoice: place and date in words, CHF with apostrophes, terms "innert" days only. */
    static Truth swissGerman(Sheet doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        String seller = pick(r, new String[] {"Meier Informatik AG", "Schreinerei Brunner GmbH",
            "Kellerhals Treuhand AG", "Zürcher Druckwerk AG"});
        String customer = pick(r, new String[] {"Boréale Communication SARL", "Hotel Bellevue Luzern AG",
            "Praxis Dr. med. Keller", "Fischer Bau AG", "Maison Vermeil Suisse SA"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {10, 20, 30});
        LocalDate due = issue.plusDays(days);
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(2500));
        List<Item> items = items(r, DE_WORK, 1, 4, 90, 2400, false, pct("8.1"));
        Sums s = sums(items);
        Function<LocalDate, String> words = x -> d(x, "d. MMMM yyyy", Locale.GERMAN);
        String city = pick(r, new String[] {"Zürich", "Winterthur", "Basel", "St. Gallen"});
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Bahnhofstrasse 21", "Industriestrasse 8", "Marktgasse 5"}) + " · CH-"
                + (8000 + r.nextInt(1500)) + " " + city, 8);
        doc.line(50, "Tel. +41 44 " + digits(r, 3) + " " + digits(r, 2) + " " + digits(r, 2), 8);
        float top = doc.height() - 150;
        doc.text(330, top, customer, 10);
        doc.text(330, top - 13, pick(r, new String[] {"z. Hd. Buchhaltung", "Frau A. Keller", "Herr M. Fischer"}), 10);
        doc.text(330, top - 26, pick(r, new String[] {"Seestrasse 40", "Haldenstrasse 4", "Rue du Rhône 12"}), 10);
        doc.text(330, top - 39, pick(r, new String[] {"6006 Luzern", "3011 Bern", "1204 Genève"}), 10);
        doc.text(330, top - 80, city + ", " + words.apply(issue), 10);
        doc.y = top - 115;
        doc.lineBold(50, "Rechnung Nr. " + number, 13);
        doc.down(4);
        doc.line(50, "Ihre Bestellung vom " + words.apply(issue.minusDays(15 + r.nextInt(30))) + " · Leistungszeitraum "
                + d(issue.minusMonths(1).withDayOfMonth(1), "dd.MM.yyyy") + " – "
                + d(endOfMonth(issue.minusMonths(1)), "dd.MM.yyyy"), 9);
        doc.down(8);
        doc.line(50, "Sehr geehrte Damen und Herren", 10);
        doc.line(50, "Für die erbrachten Leistungen erlauben wir uns, Ihnen folgenden Betrag in Rechnung zu stellen:",
                10);
        doc.down(8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), ch(i.unit()), ch(i.amount())});
        }
        grid(doc, new float[] {50, right - 170, right - 90, right}, new boolean[] {false, true, true, true},
                new String[] {"Leistung", "Anzahl", "Ansatz CHF", "Betrag CHF"}, rows, 9);
        totals(doc, right - 220, new String[][] {{"Total exkl. MWST", ch(s.net())},
            {"MWST 8.1 %", ch(s.tax())}, {"Rechnungsbetrag CHF", ch(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, pick(r, new String[] {"Zahlbar innert " + days + " Tagen netto.",
            "Zahlbar innert " + days + " Tagen rein netto, ohne Abzug."}), 10);
        doc.line(50, "Wir danken Ihnen für den geschätzten Auftrag.", 10);
        doc.down(10);
        doc.line(50, "Freundliche Grüsse", 10);
        doc.line(50, seller, 10);
        doc.text(50, 52, "MWST-Nr. CHE-" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3) + " MWST"
                + "  ·  IBAN CH93 0076 2011 6238 5295 7  ·  Zürcher Kantonalbank", 7);
        return Truth.invoice(number, issue, due, s.gross(), "CHF", customer);
    }

    /** A Polish Faktura VAT: Sprzedawca / Nabywca side by side, sale date, "Do zapłaty" in zł, terms in days or a date. */
    static Truth poland(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Kowalski i Wspólnicy Sp. z o.o.", "Drukarnia Wiśniewski s.c.",
            "Nowak IT Solutions Sp. z o.o.", "Zakład Stolarski Lewandowski"});
        String customer = pick(r, new String[] {"Hurtownia Mazur Sp. z o.o.", "Biuro Rachunkowe Zielińska",
            "Maison Vermeil Polska Sp. z o.o.", "Restauracja Pod Lipami", "Auto-Serwis Wójcik"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {7, 14, 30});
        boolean termsOnly = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = "FV/" + (1 + r.nextInt(300)) + "/" + d(issue, "MM/yyyy");
        List<Item> items = items(r, new String[] {"Usługa programistyczna (godz.)", "Projekt graficzny ulotki",
            "Druk katalogów A4", "Montaż mebli biurowych", "Transport", "Szkolenie BHP", "Obsługa serwisowa - miesiąc",
            "Materiały eksploatacyjne"}, 2, 5, 150, 4000, false, pct("23"), pct("23"), pct("8"));
        Sums s = sums(items);
        boolean zl = r.nextInt(3) > 0;
        Function<BigDecimal, String> money = a -> sp(a) + (zl ? " zł" : " PLN");
        float right = doc.width() - 50;
        doc.text(right - 200, doc.y, "Miejsce wystawienia:", 8);
        doc.right(right, doc.y, pick(r, new String[] {"Kraków", "Warszawa", "Poznań", "Wrocław"}), 8);
        doc.text(right - 200, doc.y - 12, "Data wystawienia:", 8);
        doc.right(right, doc.y - 12, d(issue, "yyyy-MM-dd"), 8);
        doc.text(right - 200, doc.y - 24, "Data sprzedaży:", 8);
        doc.right(right, doc.y - 24, d(issue.minusDays(r.nextInt(10)), "yyyy-MM-dd"), 8);
        doc.lineBold(50, seller, 12);
        doc.down(50);
        doc.lineBold(50, "Faktura VAT nr " + number, 15);
        doc.line(50, "ORYGINAŁ", 8);
        doc.down(10);
        float top = doc.y;
        doc.bold(50, top, "Sprzedawca:", 9);
        doc.text(50, top - 13, seller, 9);
        doc.text(50, top - 25, "ul. Floriańska 15, 31-019 Kraków", 9);
        doc.text(50, top - 37, "NIP: " + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2),
                9);
        doc.bold(310, top, "Nabywca:", 9);
        doc.text(310, top - 13, customer, 9);
        doc.text(310, top - 25, "ul. Marszałkowska 84, 00-514 Warszawa", 9);
        doc.text(310, top - 37, "NIP: " + digits(r, 10), 9);
        doc.y = top - 65;
        List<String[]> rows = new ArrayList<>();
        int lp = 1;
        for (Item i : items) {
            BigDecimal vat = i.amount().multiply(i.rate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            rows.add(new String[] {lp++ + ".", i.label(), i.qty().toPlainString(), "szt.", sp(i.unit()), sp(i.amount()),
                rate(i.rate(), ',') + "%", sp(i.amount().add(vat))});
        }
        grid(doc, new float[] {50, 68, 268, 275, 345, 410, 450, right},
                new boolean[] {false, false, true, false, true, true, true, true},
                new String[] {"Lp.", "Nazwa towaru/usługi", "Ilość", "j.m.", "Cena netto", "Wart. netto", "VAT",
                    "Wart. brutto"}, rows, 7.5f);
        List<String[]> recap = new ArrayList<>();
        s.taxByRate().forEach((k, v) -> {
            BigDecimal base = BigDecimal.ZERO;
            for (Item i : items) {
                if (i.rate().equals(k)) {
                    base = base.add(i.amount());
                }
            }
            recap.add(new String[] {"", "", "", "", "w tym", sp(base), rate(k, ',') + "%", sp(base.add(v))});
        });
        recap.add(new String[] {"", "", "", "", "Razem:", sp(s.net()), sp(s.tax()), sp(s.gross())});
        grid(doc, new float[] {50, 68, 268, 275, 345, 410, 450, right},
                new boolean[] {false, false, true, false, true, true, true, true},
                new String[] {"", "", "", "", "", "Netto", "VAT", "Brutto"}, recap, 7.5f);
        doc.down(6);
        doc.line(50, "Sposób płatności: przelew", 9);
        doc.line(50, "Termin płatności: " + (termsOnly ? days + " dni" : d(due, "yyyy-MM-dd")), 9);
        doc.line(50, "Numer konta: PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)", 9);
        doc.down(8);
        doc.lineBold(50, "Do zapłaty: " + money.apply(s.gross()), 13);
        doc.line(50, "Zapłacono: " + money.apply(BigDecimal.ZERO) + "     Pozostało do zapłaty: " + money.apply(s.gross()),
                9);
        doc.down(40);
        doc.text(60, doc.y, "..................................................", 8);
        doc.text(330, doc.y, "..................................................", 8);
        doc.text(60, doc.y - 11, "Osoba upoważniona do odbioru", 7);
        doc.text(330, doc.y - 11, "Osoba upoważniona do wystawienia", 7);
        return Truth.invoice(number, issue, due, s.gross(), "PLN", customer);
    }

    /** A Czech "Faktura – daňový doklad": Dodavatel / Odběratel, DUZP beside the due date, variable symbol, Kč. */
    static Truth czech(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Novák Stavby s.r.o.", "Tiskárna Dvořák a syn s.r.o.",
            "Svoboda Software s.r.o.", "Pekárna U Černého koně s.r.o."});
        String customer = pick(r, new String[] {"Maison Vermeil SAS", "Hotel Zlatá Hvězda s.r.o.",
            "Procházka Logistika a.s.", "Kavárna Slavie s.r.o."});
        boolean french = customer.endsWith("SAS");
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 21, 30}));
        String number = issue.getYear() + String.format(Locale.ROOT, "%06d", 1 + r.nextInt(900));
        List<Item> items = items(r, new String[] {"Programátorské práce (hod.)", "Tisk letáků A5", "Grafický návrh",
            "Montáž", "Doprava", "Materiál dle dodacího listu", "Servisní paušál - měsíc", "Konzultace (hod.)"}, 1, 5,
                400, 24_000, false, french ? new BigDecimal[] {BigDecimal.ZERO}
                        : new BigDecimal[] {pct("21"), pct("21"), pct("12")});
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> x.getDayOfMonth() + ". " + x.getMonthValue() + ". " + x.getYear();
        float right = doc.width() - 50;
        doc.lineBold(50, "Faktura – daňový doklad č. " + number, 15);
        doc.down(14);
        float top = doc.y;
        doc.bold(50, top, "Dodavatel", 8);
        doc.bold(50, top - 14, seller, 10);
        doc.text(50, top - 27, "Vinohradská 1511/230, 100 00 Praha 10", 9);
        doc.text(50, top - 39, "IČO: " + digits(r, 8) + "   DIČ: CZ" + digits(r, 8), 9);
        doc.text(50, top - 51, "Zapsáno v OR u Městského soudu v Praze, oddíl C, vložka " + digits(r, 5), 7);
        doc.bold(320, top, "Odběratel", 8);
        doc.bold(320, top - 14, customer, 10);
        doc.text(320, top - 27, french ? "27 boulevard Carnot, 31000 Toulouse, Francie"
                : "Náměstí Míru 12, 602 00 Brno", 9);
        doc.text(320, top - 39, french ? "DIČ: FR" + digits(r, 11) : "IČO: " + digits(r, 8) + "   DIČ: CZ" + digits(r, 8),
                9);
        doc.y = top - 80;
        top = doc.y;
        String[][] left = {{"Datum vystavení:", date.apply(issue)},
            {"Datum zdanitelného plnění:", date.apply(issue.minusDays(r.nextInt(6)))},
            {"Datum splatnosti:", date.apply(due)}, {"Forma úhrady:", "převodem"}};
        String[][] rightMeta = {{"Bankovní účet:", digits(r, 9) + "/0800"}, {"Variabilní symbol:", number},
            {"Konstantní symbol:", "0308"}, {"Objednávka č.:", "OBJ-" + digits(r, 4)}};
        for (int i = 0; i < left.length; i++) {
            doc.text(50, top - 13 * i, left[i][0], 9);
            doc.text(225, top - 13 * i, left[i][1], 9);
            doc.text(320, top - 13 * i, rightMeta[i][0], 9);
            doc.right(right, top - 13 * i, rightMeta[i][1], 9);
        }
        doc.y = top - 70;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), nb(i.unit()), rate(i.rate(), ',') + " %",
                nb(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Označení dodávky", "Počet", "Cena za MJ", "DPH", "Celkem bez DPH"}, rows, 9);
        List<String[]> recap = new ArrayList<>();
        if (french) {
            recap.add(new String[] {"Základ daně", nb(s.net()) + " Kč"});
            recap.add(new String[] {"DPH", "0,00 Kč"});
        } else {
            s.taxByRate().forEach((k, v) -> {
                BigDecimal base = BigDecimal.ZERO;
                for (Item i : items) {
                    if (i.rate().equals(k)) {
                        base = base.add(i.amount());
                    }
                }
                recap.add(new String[] {"Základ DPH " + rate(k, ',') + " %", nb(base) + " Kč"});
                recap.add(new String[] {"DPH " + rate(k, ',') + " %", nb(v) + " Kč"});
            });
        }
        totals(doc, right - 230, recap.toArray(new String[0][]), 99);
        doc.down(6);
        doc.bold(right - 230, doc.y, "Celkem k úhradě:", 12);
        doc.rightBold(right, doc.y, nb(s.gross()) + " Kč", 12);
        doc.down(30);
        if (french) {
            doc.line(50, "Daň odvede zákazník (přenesení daňové povinnosti, čl. 196 směrnice 2006/112/ES).", 8);
        }
        doc.line(50, "Fakturu vystavil: " + pick(r, new String[] {"Jana Horáková", "Petr Černý", "Lucie Veselá"}), 8);
        doc.text(50, 40, "Převzal: ..............................     Razítko a podpis: ..............................", 8);
        return Truth.invoice(number, issue, due, s.gross(), "CZK", customer);
    }

    /** A Swedish faktura: a header grid, an OCR number, öresavrundning to whole kronor, "Att betala" in a footer row. */
    static Truth sweden(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Lindqvist Konsult AB", "Berg & Ström Reklambyrå AB",
            "Nordisk Tryck AB", "Ekholm Bygg & Snickeri AB"});
        String customer = pick(r, new String[] {"Maison Vermeil Nordic AB", "Café Kanelbullen HB",
            "Andersson Fastigheter AB", "Sjöberg Advokatbyrå KB"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {10, 20, 30});
        boolean termsOnly = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(10_000 + r.nextInt(9000));
        List<Item> items = items(r, new String[] {"Konsulttimmar", "Trycksaker A4", "Logotyp och grafisk profil",
            "Snickeriarbete (tim)", "Material enligt följesedel", "Resekostnad", "Webbhotell 12 mån",
            "Fotografering"}, 2, 5, 300, 9000, false, pct("25"), pct("25"), pct("12"));
        Sums s = sums(items);
        BigDecimal pay = s.gross().setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal rounding = pay.subtract(s.gross());
        Function<BigDecimal, String> kr = a -> sp(a);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.bold(right - 150, doc.height() - 50, "FAKTURA", 16);
        float top = doc.height() - 90;
        String[][] head = {{"Fakturadatum", d(issue, "yyyy-MM-dd")}, {"Fakturanummer", number},
            {"Kundnummer", digits(r, 4)}, {"Er referens", pick(r, new String[] {"Anna Berg", "Lars Nilsson"})},
            {"Vår referens", pick(r, new String[] {"Erik Lind", "Maria Ström"})},
            {"Betalningsvillkor", days + " dagar netto"}, {"Förfallodatum", termsOnly ? "" : d(due, "yyyy-MM-dd")},
            {"Dröjsmålsränta", "8 %"}};
        for (int i = 0; i < head.length; i++) {
            if (head[i][1].isEmpty()) {
                continue;
            }
            doc.text(300, top - 12 * i, head[i][0], 8);
            doc.text(400, top - 12 * i, head[i][1], 9);
        }
        doc.text(50, top - 10, customer, 10);
        doc.text(50, top - 23, pick(r, new String[] {"Drottninggatan 53", "Storgatan 7", "Kungsvägen 112"}), 10);
        doc.text(50, top - 36, pick(r, new String[] {"111 21 Stockholm", "411 07 Göteborg", "211 22 Malmö"}), 10);
        doc.y = top - 120;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), "st", kr.apply(i.unit()),
                rate(i.rate(), ',') + "%", kr.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 215, right - 130, right - 80, right},
                new boolean[] {false, true, false, true, true, true},
                new String[] {"Benämning", "Antal", "", "À-pris", "Moms", "Belopp"}, rows, 9);
        float foot = 130;
        String[] heads = {"Netto", "Moms", "Öresavrundning", "Att betala"};
        String[] values = {kr.apply(s.net()), kr.apply(s.tax()), kr.apply(rounding), "SEK " + kr.apply(pay)};
        float[] xs = {180, 280, 390, right};
        doc.text(50, foot + 24, "_________________________________________________________________________________________"
                + "_____", 8);
        for (int i = 0; i < heads.length; i++) {
            doc.right(xs[i], foot + 10, heads[i], 8);
            if (i == 3) {
                doc.rightBold(xs[i], foot - 5, values[i], 12);
            } else {
                doc.right(xs[i], foot - 5, values[i], 10);
            }
        }
        doc.text(50, foot - 24, "varav moms 25 %: " + kr.apply(s.taxByRate().getOrDefault(pct("25"), BigDecimal.ZERO)), 7);
        doc.text(50, foot - 40, "Bankgiro 5050-1055   ·   OCR " + number + digits(r, 3), 8);
        doc.text(50, foot - 52, "Vid betalning ange OCR-nummer. Efter förfallodagen debiteras ränta enligt räntelagen.",
                7);
        doc.text(50, 40, seller + " · Org.nr 556" + digits(r, 3) + "-" + digits(r, 4) + " · Momsreg.nr SE556"
                + digits(r, 7) + "01 · Godkänd för F-skatt", 7);
        return Truth.invoice(number, issue, due, pay, "SEK", customer);
    }

    /** A Finnish lasku with the bank-transfer form at the foot (Saaja, Maksaja, Viitenumero, Eräpäivä, Euro). */
    static Truth finland(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Virtanen Rakennus Oy", "Korhonen Design Oy", "Mäkinen IT-palvelut Oy",
            "Lahtinen Kuljetus Ky"});
        String customer = pick(r, new String[] {"Maison Vermeil Finland Oy", "Ravintola Kaisla Oy",
            "Nieminen Kiinteistöt Oy", "Helsingin Hammaslääkärit Oy"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {7, 14, 21, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(1000 + r.nextInt(9000));
        String reference = number + digits(r, 4);
        List<Item> items = items(r, new String[] {"Suunnittelutyö (h)", "Asennustyö", "Tarvikkeet", "Kuljetus",
            "Ylläpitosopimus, kuukausi", "Verkkosivujen päivitys", "Matkakulut", "Konsultointi (h)"}, 1, 5, 35, 1600,
                false, pct("25.5"), pct("25.5"), pct("14"));
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> x.getDayOfMonth() + "." + x.getMonthValue() + "." + x.getYear();
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Mannerheimintie 12 B, 00100 Helsinki", "Hämeenkatu 20, 33200 Tampere"}),
                8);
        doc.bold(320, doc.height() - 50, "LASKU", 14);
        float top = doc.height() - 75;
        String[][] head = {{"Päivämäärä", date.apply(issue)}, {"Laskun numero", number},
            {"Asiakasnumero", digits(r, 4)}, {"Toimituspäivä", date.apply(issue.minusDays(1 + r.nextInt(7)))},
            {"Maksuehto", days + " pv netto"}, {"Eräpäivä", date.apply(due)}, {"Viivästyskorko", "8,0 %"},
            {"Huomautusaika", "8 pv"}, {"Viitenumero", reference}};
        for (int i = 0; i < head.length; i++) {
            doc.text(320, top - 12 * i, head[i][0], 8);
            doc.text(420, top - 12 * i, head[i][1], 9);
        }
        doc.text(50, top - 30, customer, 10);
        doc.text(50, top - 43, pick(r, new String[] {"Aleksanterinkatu 5", "Satamakatu 3"}), 10);
        doc.text(50, top - 56, pick(r, new String[] {"00170 Helsinki", "20100 Turku"}), 10);
        doc.y = top - 135;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            BigDecimal withTax = i.amount().multiply(BigDecimal.ONE.add(i.rate().movePointLeft(2)))
                    .setScale(2, RoundingMode.HALF_UP);
            rows.add(new String[] {i.label(), i.qty().toPlainString(), "kpl", sp(i.unit()), rate(i.rate(), ','),
                sp(i.amount()), sp(withTax)});
        }
        grid(doc, new float[] {50, right - 260, right - 250, right - 170, right - 125, right - 65, right},
                new boolean[] {false, true, false, true, true, true, true},
                new String[] {"Tuote / palvelu", "Määrä", "", "À-hinta", "Alv %", "Veroton", "Verollinen"}, rows,
                8.5f);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Veroton yhteensä", sp(s.net())});
        s.taxByRate().forEach((k, v) -> sums.add(new String[] {"Alv " + rate(k, ',') + " %", sp(v)}));
        sums.add(new String[] {"Yhteensä EUR", sp(s.gross())});
        totals(doc, right - 220, sums.toArray(new String[0][]), sums.size() - 1);
        float form = 150;
        doc.text(50, form + 16, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
                + " - - - - - - - - - - - - - - - - - - - - -", 8);
        doc.text(50, form, "Saajan tilinumero", 7);
        doc.text(140, form, "FI21 1234 5600 0007 85   NDEAFIHH", 9);
        doc.text(50, form - 16, "Saaja", 7);
        doc.text(140, form - 16, seller, 9);
        doc.text(50, form - 34, "Maksajan nimi ja osoite", 7);
        doc.text(140, form - 34, customer, 9);
        doc.text(50, form - 60, "Viitenro", 7);
        doc.text(140, form - 60, reference, 9);
        doc.text(320, form - 60, "Eräpäivä", 7);
        doc.text(370, form - 60, date.apply(due), 9);
        doc.text(450, form - 60, "Euro", 7);
        doc.right(right, form - 60, sp(s.gross()), 9);
        doc.text(50, 40, seller + " · Y-tunnus " + digits(r, 7) + "-" + r.nextInt(10) + " · ALV rek.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Moroccan facture: ICE / IF / RC, order and delivery-note dates, "Arrêtée la présente facture" in words, DH. */
    static Truth morocco(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"Atlas Informatique SARL", "Imprimerie Al Massira",
            "Société Bennani Travaux SARL", "Cabinet Alami Conseil"});
        String customer = pick(r, new String[] {"Maison Vermeil Maroc SARL", "Riad Dar Yasmine",
            "Clinique Al Amal", "Boréale Communication SARL", "Société Tazi Distribution"});
        String city = pick(r, new String[] {"Casablanca", "Rabat", "Tanger", "Marrakech"});
        LocalDate issue = day(r);
        int kind = r.nextInt(3);
        LocalDate due = switch (kind) {
            case 0 -> issue;
            case 1 -> issue.plusDays(60);
            default -> issue.plusDays(30);
        };
        String number = String.format(Locale.ROOT, "%04d/%d", 1 + r.nextInt(900), issue.getYear());
        List<Item> items = items(r, new String[] {"Maintenance parc informatique (mois)", "Fourniture toner HP 85A",
            "Impression dépliants 3 volets x 1000", "Travaux de peinture (m²)", "Étude et conseil (jour)",
            "Installation réseau", "Frais de déplacement", "Licence antivirus (poste)"}, 2, 5, 150, 6000, false,
                pct("20"), pct("20"), pct("10"));
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> d(x, "dd/MM/yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, new String[] {"45, Bd Zerktouni", "12, Avenue Mohammed V", "Lot. Al Wifak n° 8"}) + " - "
                + city, 8);
        doc.line(50, "Tél. : 05 22 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), 8);
        doc.right(right, doc.height() - 50, city + ", le " + frWords(issue), 10);
        doc.down(20);
        float top = doc.y;
        doc.bold(330, top, "Client :", 9);
        doc.text(330, top - 14, customer, 10);
        doc.text(330, top - 27, pick(r, new String[] {"Quartier Gauthier", "Agdal", "Hay Riad"}) + ", " + city, 9);
        doc.text(330, top - 40, "ICE : " + "00" + digits(r, 13), 9);
        doc.y = top;
        doc.lineBold(50, "FACTURE N° " + number, 14);
        doc.down(4);
        doc.line(50, "Bon de commande n° BC-" + digits(r, 4) + " du " + date.apply(issue.minusDays(20 + r.nextInt(20))),
                9);
        doc.line(50, "Bon de livraison n° BL-" + digits(r, 4) + " du " + date.apply(issue.minusDays(1 + r.nextInt(8))),
                9);
        doc.y = top - 70;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), sp(i.unit()), rate(i.rate(), ',') + " %",
                sp(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", sp(s.net()) + " DH"});
        s.taxByRate().forEach((k, v) -> sums.add(new String[] {"TVA " + rate(k, ',') + " %", sp(v) + " DH"}));
        sums.add(new String[] {"Total TTC", sp(s.gross()) + " DH"});
        totals(doc, right - 220, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(8);
        long dirhams = s.gross().longValue();
        int cents = s.gross().remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = frenchWords(dirhams) + " dirhams" + (cents == 0 ? "" : " et " + frenchWords(cents)
                + " centimes");
        doc.line(50, "Arrêtée la présente facture à la somme de :", 9);
        doc.lineBold(50, words.substring(0, 1).toUpperCase(Locale.FRENCH) + words.substring(1) + " TTC.", 9);
        doc.down(6);
        doc.line(50, switch (kind) {
            case 0 -> "Mode de règlement : virement bancaire, payable à réception de la facture.";
            case 1 -> "Mode de règlement : virement - à 60 jours date de facture.";
            default -> "Mode de règlement : chèque ou virement - échéance le " + date.apply(due) + ".";
        }, 9);
        doc.text(50, 52, "RIB : 007 780 000" + digits(r, 7) + "000000123 45 - Attijariwafa bank", 7);
        doc.text(50, 42, "ICE : 00" + digits(r, 13) + " - IF : " + digits(r, 8) + " - RC : " + digits(r, 6) + " - Patente : "
                + digits(r, 8) + " - CNSS : " + digits(r, 7), 7);
        return Truth.invoice(number, issue, due, s.gross(), "MAD", customer);
    }

    /** An Australian tax invoice in the accounting-app style: stacked label/value column, part paid, payment advice. */
    static Truth australia(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Bluegum Web Studio Pty Ltd", "Koala Coast Plumbing",
            "Harbourside Bookkeeping Pty Ltd", "Red Earth Logistics Pty Ltd"});
        String customer = pick(r, new String[] {"Maison Vermeil Australia Pty Ltd", "Wattle Grove Cafe",
            "Coogee Physio Clinic", "Southern Cross Realty"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {7, 14, 30});
        boolean termsOnly = r.nextInt(3) == 0;
        LocalDate due = issue.plusDays(days);
        String number = "INV-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(3000));
        List<Item> items = items(r, new String[] {"Website maintenance (monthly)", "Hot water system service",
            "BAS preparation", "Freight Sydney - Melbourne", "Call-out fee", "Parts & materials", "Logo design",
            "Bookkeeping (hours)"}, 1, 4, 60, 1500, false, pct("10"));
        Sums s = sums(items);
        boolean part = r.nextInt(3) == 0;
        BigDecimal paid = part ? s.gross().multiply(pct("0.5")).setScale(0, RoundingMode.HALF_UP).setScale(2)
                : BigDecimal.ZERO;
        BigDecimal left = s.gross().subtract(paid);
        Function<LocalDate, String> date = r.nextBoolean() ? x -> d(x, "d MMM yyyy", Locale.ENGLISH)
                : x -> d(x, "d/MM/yyyy");
        float right = doc.width() - 50;
        doc.bold(50, doc.height() - 60, "TAX INVOICE", 22);
        float top = doc.height() - 100;
        doc.text(50, top, customer, 10);
        doc.text(50, top - 13, pick(r, new String[] {"Level 4, 100 George Street", "12 Beach Road"}), 9);
        doc.text(50, top - 25, pick(r, new String[] {"Sydney NSW 2000", "Coogee NSW 2034", "Melbourne VIC 3000"}), 9);
        String[][] col = {{"Invoice Date", date.apply(issue)}, {"Invoice Number", number},
            {"Reference", "PO " + digits(r, 4)}, {"ABN", digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3) + " "
                + digits(r, 3)}};
        for (int i = 0; i < col.length; i++) {
            doc.bold(300, top - 26 * i, col[i][0], 8);
            doc.text(300, top - 26 * i - 11, col[i][1], 9);
        }
        doc.text(430, top, seller, 9);
        doc.text(430, top - 12, "PO Box " + digits(r, 3), 8);
        doc.text(430, top - 24, "Parramatta NSW 2150", 8);
        doc.y = top - 130;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString() + ".00", en(i.unit()), "10%", en(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Description", "Quantity", "Unit Price", "GST", "Amount AUD"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Subtotal", en(s.net())});
        sums.add(new String[] {"TOTAL GST 10%", en(s.tax())});
        sums.add(new String[] {"TOTAL AUD", en(s.gross())});
        if (part) {
            sums.add(new String[] {"Less Amount Paid", en(paid)});
        }
        sums.add(new String[] {"AMOUNT DUE AUD", en(left)});
        totals(doc, right - 200, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(14);
        doc.lineBold(50, termsOnly ? "Payment terms: " + days + " days from invoice date" : "Due Date: "
                + d(due, "d MMMM yyyy", Locale.ENGLISH), 10);
        doc.line(50, "Please pay by EFT: BSB 062-000  Account 1234 5678  Reference " + number, 9);
        float stub = 170;
        doc.text(50, stub + 20, "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
                + " - - - - - - - - - - - - - - - - - - -", 8);
        doc.bold(50, stub, "PAYMENT ADVICE", 12);
        doc.text(50, stub - 18, "To: " + seller, 9);
        String[][] advice = {{"Customer", customer}, {"Invoice Number", number}, {"Amount Due", en(left)},
            {"Due Date", termsOnly ? "" : date.apply(due)}, {"Amount Enclosed", "____________________"}};
        for (int i = 0; i < advice.length; i++) {
            doc.bold(300, stub - 14 * i, advice[i][0], 8);
            doc.text(400, stub - 14 * i, advice[i][1], 9);
        }
        doc.text(50, 40, "Registered office: " + seller + ", ABN as above. GST-inclusive prices.", 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "AUD", customer);
        return part ? t.withAmountDue(left) : t;
    }
}
