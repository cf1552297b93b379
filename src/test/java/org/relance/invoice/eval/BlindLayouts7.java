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
        LAYOUTS.put("dk-faktura-lobende-maaned", BlindLayouts7::denmark);
        LAYOUTS.put("no-faktura-kid-overfort-2-pages", BlindLayouts7::norwayTwoPages);
        LAYOUTS.put("gr-en-mydata-mark-series", BlindLayouts7::greece);
        LAYOUTS.put("tn-facture-doit-timbre-millimes", BlindLayouts7::tunisia);
        LAYOUTS.put("sn-facture-fcfa-acompte-reste", BlindLayouts7::senegal);
        LAYOUTS.put("sg-tax-invoice-far-values", BlindLayouts7::singapore);
        LAYOUTS.put("jp-en-yen-boxed-end-next-month", BlindLayouts7::japan);
        LAYOUTS.put("ae-tax-invoice-trn-2-pages", BlindLayouts7::emiratesTwoPages);
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

    /** A Danish faktura: "Faktureres til" / "Leveres til", dotted amounts, "Løbende måned + 30 dage" or net days. */
    static Truth denmark(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Jensen Tømrer ApS", "Nielsen & Hansen Reklame A/S",
            "Københavns IT-Service ApS", "Møller Transport ApS"});
        String customer = pick(r, new String[] {"Maison Vermeil Danmark ApS", "Café Søstrene ApS",
            "Pedersen Ejendomme A/S", "Tandlæge Andersen"});
        LocalDate issue = day(r);
        int kind = r.nextInt(3);
        LocalDate due = switch (kind) {
            case 0 -> issue.plusDays(8);
            case 1 -> endOfMonth(issue).plusDays(30);
            default -> issue.plusDays(14);
        };
        String number = String.valueOf(20_000 + r.nextInt(9000));
        List<Item> items = items(r, new String[] {"Tømrerarbejde (timer)", "Materialer iflg. følgeseddel",
            "Kørsel", "Grafisk design", "Trykning af brochurer", "IT-support (timer)", "Serviceaftale, måned",
            "Transport København - Aarhus"}, 2, 5, 250, 6000, false, pct("25"));
        Sums s = sums(items);
        Locale da = Locale.forLanguageTag("da-DK");
        boolean wordsDate = r.nextBoolean();
        Function<LocalDate, String> date = wordsDate ? x -> d(x, "d. MMMM yyyy", da) : x -> d(x, "dd.MM.yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, new String[] {"Vesterbrogade 42, 1620 København V", "Søndergade 8, 8000 Aarhus C"}), 8);
        doc.line(50, "CVR-nr. " + digits(r, 8) + " · Tlf. +45 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2)
                + " " + digits(r, 2), 8);
        doc.down(20);
        float top = doc.y;
        doc.bold(50, top, "Faktureres til:", 8);
        doc.text(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, new String[] {"Strøget 11", "Nørrebrogade 150"}), 9);
        doc.text(50, top - 36, pick(r, new String[] {"1160 København K", "2200 København N"}), 9);
        doc.bold(230, top, "Leveres til:", 8);
        doc.text(230, top - 12, pick(r, new String[] {"Lager 3, Havnevej 9", "Byggeplads Carlsberg Byen"}), 9);
        doc.text(230, top - 24, pick(r, new String[] {"4600 Køge", "1799 København V"}), 9);
        String[][] meta = {{"Fakturanr.", number}, {"Fakturadato", date.apply(issue)},
            {"Leveringsdato", date.apply(issue.minusDays(1 + r.nextInt(9)))}, {"Kundenr.", digits(r, 4)},
            {"Ordrenr.", digits(r, 5)}};
        for (int i = 0; i < meta.length; i++) {
            doc.text(400, top - 12 * i, meta[i][0], 8);
            doc.right(right, top - 12 * i, meta[i][1], 9);
        }
        doc.y = top - 80;
        doc.lineBold(50, "FAKTURA", 16);
        doc.down(4);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), de(i.unit()), de(i.amount())});
        }
        grid(doc, new float[] {50, right - 190, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Beskrivelse", "Antal", "Enhedspris", "Beløb"}, rows, 9);
        totals(doc, right - 220, new String[][] {{"Subtotal ekskl. moms", de(s.net())},
            {"Moms 25 %", de(s.tax())}, {"Total DKK", de(s.gross())}}, 2);
        doc.down(12);
        doc.line(50, switch (kind) {
            case 0 -> "Betalingsbetingelser: Netto 8 dage";
            case 1 -> "Betalingsbetingelser: Løbende måned + 30 dage";
            default -> "Betalingsbetingelser: Netto 14 dage · Forfaldsdato: " + date.apply(due);
        }, 9);
        doc.line(50, "Ved betaling efter forfald tilskrives renter på 0,7 % pr. påbegyndt måned.", 8);
        doc.text(50, 48, "Danske Bank · Reg.nr. 3409 · Kontonr. " + digits(r, 10) + " · FIK +71<" + digits(r, 15)
                + " +" + digits(r, 8) + "<", 7);
        return Truth.invoice(number, issue, due, s.gross(), "DKK", customer);
    }

    /** A Norwegian faktura over two pages: dated hour lines, "Overført" carried to page 2, totals, KID and due date. */
    static Truth norwayTwoPages(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Hansen Elektro AS", "Fjord Design AS", "Berg Regnskap AS",
            "Nordlys Transport AS"});
        String customer = pick(r, new String[] {"Maison Vermeil Norge AS", "Kafé Bølgen AS", "Olsen Eiendom AS",
            "Tannlege Dahl"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {10, 14, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(100_000 + r.nextInt(90_000));
        String[] tasks = {"Montørtime", "Feilsøking", "Montering lysarmatur", "Kabling", "Servicebesøk", "Kjøring",
            "Materiell", "Prosjektering"};
        int count = 24 + r.nextInt(8);
        List<Item> items = new ArrayList<>();
        LocalDate from = issue.minusMonths(1).withDayOfMonth(1);
        for (int i = 0; i < count; i++) {
            LocalDate when = from.plusDays(i * 27L / count);
            items.add(new Item(d(when, "dd.MM") + " " + pick(r, tasks) + ", ordre " + (4000 + r.nextInt(300)),
                    BigDecimal.valueOf(1 + r.nextInt(8)), BigDecimal.valueOf(49_500 + r.nextInt(80_000), 2),
                    pct("25")));
        }
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> x.getDayOfMonth() + "." + x.getMonthValue() + "." + x.getYear();
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Org.nr. " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3) + " MVA", 8);
        doc.bold(right - 110, doc.height() - 50, "FAKTURA", 16);
        float top = doc.height() - 100;
        doc.text(50, top, customer, 10);
        doc.text(50, top - 13, pick(r, new String[] {"Karl Johans gate 22", "Bryggen 5"}), 10);
        doc.text(50, top - 26, pick(r, new String[] {"0159 Oslo", "5003 Bergen"}), 10);
        String[][] meta = {{"Fakturanr.", number}, {"Fakturadato", date.apply(issue)}, {"Kundenr.", digits(r, 5)},
            {"Deres ref.", pick(r, new String[] {"Kari Nordmann", "Ola Hansen"})},
            {"Periode", date.apply(from) + " - " + date.apply(endOfMonth(from))}};
        for (int i = 0; i < meta.length; i++) {
            doc.text(360, top - 12 * i, meta[i][0], 8);
            doc.right(right, top - 12 * i, meta[i][1], 9);
        }
        doc.y = top - 80;
        float[] xs = {50, right - 170, right - 90, right};
        boolean[] ra = {false, true, true, true};
        String[] heads = {"Beskrivelse", "Antall", "Pris", "Beløp"};
        int firstPage = count - 4 - r.nextInt(4);
        List<String[]> rows = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < firstPage; i++) {
            Item it = items.get(i);
            rows.add(new String[] {it.label(), it.qty().toPlainString(), sp(it.unit()), sp(it.amount())});
            carried = carried.add(it.amount());
        }
        grid(doc, xs, ra, heads, rows, 9);
        doc.bold(right - 220, doc.y, "Å overføre", 9);
        doc.right(right, doc.y, sp(carried), 9);
        doc.right(right, 30, "Side 1 av 2", 7);
        doc.newPage();
        doc.text(50, doc.y, seller + " · Faktura " + number + " · " + customer, 8);
        doc.down(30);
        doc.bold(right - 220, doc.y, "Overført", 9);
        doc.right(right, doc.y, sp(carried), 9);
        doc.down(18);
        rows = new ArrayList<>();
        for (int i = firstPage; i < count; i++) {
            Item it = items.get(i);
            rows.add(new String[] {it.label(), it.qty().toPlainString(), sp(it.unit()), sp(it.amount())});
        }
        grid(doc, xs, ra, heads, rows, 9);
        totals(doc, right - 220, new String[][] {{"Sum eks. mva", sp(s.net())}, {"Mva 25 %", sp(s.tax())},
            {"Å betale NOK", sp(s.gross())}}, 2);
        doc.down(20);
        String[][] pay = {{"Forfallsdato", date.apply(due)}, {"Kontonr.", "1234.56.78903"},
            {"KID-nr.", "000" + number + digits(r, 3)}, {"Betalingsbetingelser", days + " dager netto"}};
        for (int i = 0; i < pay.length; i++) {
            doc.text(50, doc.y, pay[i][0], 9);
            doc.text(180, doc.y, pay[i][1], 9);
            doc.down(13);
        }
        doc.line(50, "Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.", 8);
        doc.right(right, 30, "Side 2 av 2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "NOK", customer);
    }

    /** A Greek invoice in English with Greek headings: series and number, the myDATA MARK, reverse charge abroad. */
    static Truth greece(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Aegean Digital Services S.A.", "Papadopoulos & Co. O.E.",
            "Hellenic Print Solutions IKE", "Olympus Logistics S.A."});
        String customer = pick(r, new String[] {"Maison Vermeil SAS", "Boréale Communication SARL",
            "Santorini Blue Hotels S.A.", "Athens Dental Clinic IKE"});
        boolean french = customer.endsWith("SAS") || customer.endsWith("SARL");
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(terms ? 60 : 30);
        String series = pick(r, new String[] {"A", "TPY", "B"});
        String number = series + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(2000));
        List<Item> items = items(r, new String[] {"Web development services", "Hotel booking platform licence",
            "Printing of brochures", "Freight Piraeus - Marseille", "Translation EN-FR", "Consulting (days)",
            "Photography", "Event logistics"}, 1, 4, 120, 3000, false, french ? new BigDecimal[] {BigDecimal.ZERO}
                        : new BigDecimal[] {pct("24")});
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> d(x, "dd/MM/yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"25 Vasilissis Sofias Ave., 106 74 Athens",
            "14 Tsimiski Str., 546 24 Thessaloniki"}), 8);
        doc.line(50, "VAT No: EL" + digits(r, 9) + " · Tax Office: Δ.Ο.Υ. ΦΑΕ Αθηνών · GEMI: " + digits(r, 12), 8);
        doc.down(16);
        doc.lineBold(50, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ / SERVICE INVOICE", 13);
        doc.down(6);
        float top = doc.y;
        doc.text(50, top, "Series: " + series, 9);
        doc.text(150, top, "No: " + number, 9);
        doc.text(280, top, "Date: " + date.apply(issue), 9);
        doc.text(400, top, "Time: " + (8 + r.nextInt(10)) + ":" + String.format(Locale.ROOT, "%02d", r.nextInt(60)), 9);
        doc.text(50, top - 14, "MARK: " + "4" + digits(r, 14), 8);
        doc.text(280, top - 14, "UID: " + Long.toHexString(r.nextLong()).toUpperCase(Locale.ROOT), 7);
        doc.y = top - 40;
        top = doc.y;
        doc.bold(50, top, "Customer / Πελάτης", 8);
        doc.text(50, top - 12, customer, 10);
        doc.text(50, top - 24, french ? "8 place du Marché, 44000 Nantes, France" : "Oia, 847 02 Santorini", 9);
        doc.text(50, top - 36, "VAT No: " + (french ? "FR" + digits(r, 11) : "EL" + digits(r, 9)), 9);
        doc.bold(330, top, "Payment / Πληρωμή", 8);
        doc.text(330, top - 12, "Method: Bank transfer", 9);
        doc.text(330, top - 24, terms ? "Terms: 60 days from invoice date" : "Due date: " + date.apply(due), 9);
        doc.text(330, top - 36, "Order ref. dated " + date.apply(issue.minusDays(10 + r.nextInt(30))), 9);
        doc.y = top - 60;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), de(i.unit()), rate(i.rate(), ',') + "%",
                de(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Description", "Qty", "Unit price €", "VAT", "Net value €"}, rows, 9);
        totals(doc, right - 220, new String[][] {{"Net value", de(s.net()) + " €"},
            {"VAT " + (french ? "0%" : "24%"), de(s.tax()) + " €"}, {"Total amount payable", de(s.gross()) + " €"}},
                2);
        doc.down(10);
        if (french) {
            doc.line(50, "VAT exempt - reverse charge, Article 196 of Directive 2006/112/EC. Άρθρο 14 ν. 2859/2000.", 8);
        }
        doc.line(50, "Eurobank · IBAN GR16 0260 1250 0000 0000 1234 567 · BIC ERBKGRAA", 8);
        doc.text(50, 40, "Invoice issued through a certified e-invoicing provider. Transmitted to myDATA.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Tunisian facture: "Doit", matricule fiscal, amounts in dinars with millimes, the stamp duty added to pay. */
    static Truth tunisia(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Ben Salah Informatique SARL", "Imprimerie Carthage",
            "Bureau d'études Trabelsi", "Sfax Emballages SA"});
        String customer = pick(r, new String[] {"Maison Vermeil Tunisie SARL", "Hôtel Les Jasmins Hammamet",
            "Clinique El Manar", "Société Gharbi Distribution"});
        LocalDate issue = day(r);
        boolean reception = r.nextInt(3) == 0;
        LocalDate due = reception ? issue : endOfMonth(issue.plusDays(30));
        String number = "FA" + (issue.getYear() % 100) + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        List<Item> items = items(r, new String[] {"Maintenance informatique (mois)", "Cartouches d'encre",
            "Impression catalogues", "Étude technique", "Cartons double cannelure (lot)", "Installation",
            "Frais de transport", "Assistance technique (jour)"}, 2, 5, 20, 1500, false, pct("19"), pct("19"),
                pct("7"));
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
            net = net.add(i.amount());
        }
        Map<BigDecimal, BigDecimal> tax = new LinkedHashMap<>();
        BigDecimal taxSum = BigDecimal.ZERO;
        for (var e : base.entrySet()) {
            BigDecimal t = e.getValue().multiply(e.getKey()).movePointLeft(2).setScale(3, RoundingMode.HALF_UP);
            tax.put(e.getKey(), t);
            taxSum = taxSum.add(t);
        }
        BigDecimal ttc = net.add(taxSum).setScale(3);
        BigDecimal stamp = new BigDecimal("1.000");
        BigDecimal pay = ttc.add(stamp);
        Function<BigDecimal, String> dt = a -> num(a, 3, " ", ',');
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Rue du Lac Léman, Les Berges du Lac, 1053 Tunis",
            "Route de Gabès km 3, 3003 Sfax"}), 8);
        doc.line(50, "M.F. : " + digits(r, 7) + "/" + pick(r, new String[] {"A", "B", "N"}) + "/M/000 · RC : B0"
                + digits(r, 8), 8);
        doc.right(right, doc.height() - 50, "Tunis, le " + d(issue, "dd/MM/yyyy"), 10);
        doc.down(20);
        float top = doc.y;
        doc.lineBold(50, "FACTURE N° " + number, 14);
        doc.text(330, top, "Doit :", 9);
        doc.bold(330, top - 14, customer, 10);
        doc.text(330, top - 27, pick(r, new String[] {"Avenue Habib Bourguiba", "Zone touristique Yasmine"}), 9);
        doc.text(330, top - 40, "Matricule fiscal : " + digits(r, 7) + "/B/A/000", 9);
        doc.y = top - 22;
        doc.line(50, "Bon de commande n° " + digits(r, 4) + " du " + d(issue.minusDays(7 + r.nextInt(20)), "dd/MM/yyyy"),
                9);
        doc.y = top - 70;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), dt.apply(i.unit()), rate(i.rate(), ',') + " %",
                dt.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Désignation", "Qté", "P.U. HT", "TVA", "Total HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", dt.apply(net)});
        tax.forEach((k, v) -> sums.add(new String[] {"TVA " + rate(k, ',') + " %", dt.apply(v)}));
        sums.add(new String[] {"Total TTC", dt.apply(ttc)});
        sums.add(new String[] {"Timbre fiscal", dt.apply(stamp)});
        sums.add(new String[] {"Net à payer (DT)", dt.apply(pay)});
        totals(doc, right - 220, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(10);
        doc.line(50, reception ? "Règlement : à réception de facture." : "Règlement : par virement à 30 jours fin de mois.",
                9);
        doc.line(50, "RIB : 08 " + digits(r, 3) + " 0" + digits(r, 9) + " " + digits(r, 8) + " 62 - BIAT", 8);
        doc.text(50, 40, "Montants exprimés en dinars tunisiens (TND).", 7);
        return Truth.invoice(number, issue, due, pay, "TND", customer);
    }

    /** A Senegalese facture in FCFA (no decimals): NINEA, deposit already paid, "Reste à payer", amount in words. */
    static Truth senegal(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"Diop Services Informatiques SARL", "Imprimerie Ndiaye & Fils",
            "Sow BTP SA", "Teranga Conseil SUARL"});
        String customer = pick(r, new String[] {"Maison Vermeil Sénégal SA", "Hôtel Le Baobab",
            "Clinique Pasteur Dakar", "Boréale Communication SARL"});
        LocalDate issue = day(r);
        boolean reception = r.nextBoolean();
        LocalDate due = reception ? issue : issue.plusDays(30);
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(700));
        List<Item> items = items(r, new String[] {"Installation réseau informatique", "Ordinateur portable",
            "Impression affiches A2", "Travaux de maçonnerie (forfait)", "Mission de conseil (jour)",
            "Formation du personnel", "Transport et manutention", "Maintenance annuelle"}, 2, 4, 50_000, 900_000,
                true, pct("18"));
        Sums s = wholeSums(items);
        boolean deposit = r.nextInt(3) > 0;
        BigDecimal paid = deposit ? s.gross().multiply(pick(r, new BigDecimal[] {pct("0.3"), pct("0.5")}))
                .setScale(-3, RoundingMode.HALF_UP).setScale(0) : BigDecimal.ZERO;
        BigDecimal rest = s.gross().subtract(paid);
        Function<BigDecimal, String> cfa = a -> num(a, 0, " ", ',') + " FCFA";
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Rue Carnot x Rue Jules Ferry", "Sicap Liberté 6, Villa n° 12"})
                + ", Dakar", 8);
        doc.line(50, "NINEA : " + digits(r, 9) + " 2G3 · RCCM : SN-DKR-" + (2015 + r.nextInt(9)) + "-B-" + digits(r, 5), 8);
        doc.right(right, doc.height() - 50, "Dakar, le " + frWords(issue), 10);
        doc.down(24);
        doc.lineBold(50, "FACTURE N° " + number, 14);
        doc.down(6);
        doc.line(50, "Client : " + customer, 10);
        doc.line(50, pick(r, new String[] {"Plateau, Avenue Léopold Sédar Senghor", "Almadies, Route de Ngor"}), 9);
        if (deposit) {
            doc.line(50, "Réf. : notre facture d'acompte du " + frWords(issue.minusDays(30 + r.nextInt(40))), 9);
        }
        doc.down(10);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), num(i.unit(), 0, " ", ','),
                num(i.amount(), 0, " ", ',')});
        }
        grid(doc, new float[] {50, right - 190, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Désignation", "Qté", "Prix unitaire", "Montant HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", cfa.apply(s.net())});
        sums.add(new String[] {"TVA 18 %", cfa.apply(s.tax())});
        sums.add(new String[] {"Montant total TTC", cfa.apply(s.gross())});
        if (deposit) {
            sums.add(new String[] {"Acompte versé", "- " + cfa.apply(paid)});
            sums.add(new String[] {"Reste à payer", cfa.apply(rest)});
        }
        totals(doc, right - 220, sums.toArray(new String[0][]), deposit ? 4 : 2);
        doc.down(8);
        String words = frenchWords(s.gross().longValue());
        doc.line(50, "Arrêtée la présente facture à la somme de " + words + " (" + num(s.gross(), 0, " ", ',')
                + ") francs CFA TTC.", 9);
        doc.down(4);
        doc.line(50, reception ? "Conditions de paiement : payable à réception." : "Conditions de paiement : 30 jours"
                + " à compter de la date de facture.", 9);
        doc.line(50, "Banque : CBAO Groupe Attijariwafa bank · IBAN SN08 SN01 0015 2000 0123 4567 8901", 8);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "XOF", customer);
        return deposit ? t.withAmountDue(rest) : t;
    }

    /** A Singapore invoice: the document's labels at the left margin, their values far off at the right. */
    static Truth singapore(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Lion City Tech Pte. Ltd.", "Marina Bay Events Pte. Ltd.",
            "Tan & Lim Accounting LLP", "Orchard Print Pte. Ltd."});
        String customer = pick(r, new String[] {"Maison Vermeil Asia Pte. Ltd.", "Kopi Corner Pte. Ltd.",
            "Raffles Dental Group Pte. Ltd.", "Boréale Communication SARL"});
        boolean abroad = customer.endsWith("SARL");
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30, 60});
        boolean termsOnly = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = "SI" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(20_000));
        List<Item> items = items(r, new String[] {"Cloud migration services", "Event venue setup", "Corporate tax filing",
            "Name cards printing (box)", "Annual maintenance", "Manpower (man-day)", "Delivery", "Banner printing"},
                1, 5, 80, 2500, false, abroad ? new BigDecimal[] {BigDecimal.ZERO} : new BigDecimal[] {pct("9")});
        Sums s = sums(items);
        boolean sgd = r.nextBoolean();
        Function<BigDecimal, String> money = a -> (sgd ? "S$" : "") + en(a);
        Function<LocalDate, String> date = r.nextBoolean() ? x -> d(x, "dd MMM yyyy", Locale.ENGLISH)
                : x -> d(x, "dd/MM/yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, new String[] {"10 Anson Road, #22-02 International Plaza, Singapore 079903",
            "1 Raffles Place, #19-61, Singapore 048616"}), 8);
        doc.line(50, "UEN / GST Reg No: 2019" + digits(r, 5) + pick(r, new String[] {"K", "M", "D"}), 8);
        doc.down(20);
        doc.lineBold(50, abroad ? "INVOICE" : "TAX INVOICE", 16);
        doc.down(8);
        String[][] meta = {{"Invoice No", number}, {"Invoice Date", date.apply(issue)},
            {"Terms", days + " Days"}, {"Due Date", termsOnly ? "" : date.apply(due)},
            {"Your P.O. No", "PO-" + digits(r, 5)}, {"D/O No", "DO" + digits(r, 5)},
            {"D/O Date", date.apply(issue.minusDays(1 + r.nextInt(6)))}, {"Salesperson", pick(r, new String[] {
                "Jason Tan", "Priya Nair", "Wei Ling"})}};
        for (String[] m : meta) {
            if (m[1].isEmpty()) {
                continue;
            }
            doc.text(50, doc.y, m[0], 9);
            doc.text(120, doc.y, ":", 9);
            doc.right(right, doc.y, m[1], 9);
            doc.down(13);
        }
        doc.down(10);
        doc.bold(50, doc.y, "Bill To", 9);
        doc.down(13);
        doc.line(50, customer, 10);
        doc.line(50, abroad ? "27 boulevard Carnot, 31000 Toulouse, France" : "80 Robinson Road, Singapore 068898", 9);
        doc.line(50, "Attn: " + pick(r, new String[] {"Accounts Payable", "Ms. Tan", "Mr. Lee"}), 9);
        doc.down(12);
        List<String[]> rows = new ArrayList<>();
        int sn = 1;
        for (Item i : items) {
            rows.add(new String[] {String.valueOf(sn++), i.label(), i.qty().toPlainString(), en(i.unit()),
                en(i.amount())});
        }
        grid(doc, new float[] {50, 75, right - 190, right - 100, right},
                new boolean[] {false, false, true, true, true},
                new String[] {"S/N", "Description", "Qty", "Unit Price", "Amount (SGD)"}, rows, 9);
        totals(doc, right - 230, new String[][] {{"Sub-Total", money.apply(s.net())},
            {abroad ? "GST 0% (zero-rated, exported service)" : "GST @ 9%", money.apply(s.tax())},
            {"Total Payable (SGD)", money.apply(s.gross())}}, 2);
        doc.down(12);
        doc.line(50, "Please make cheque payable to \"" + seller + "\" or PayNow to UEN.", 8);
        doc.line(50, "DBS Bank Ltd · Account No. 003-" + digits(r, 6) + "-" + r.nextInt(10) + " · SWIFT DBSSSGSG", 8);
        doc.text(50, 40, "This is a computer generated invoice. No signature is required.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "SGD", customer);
    }

    /** A Japanese supplier's invoice in English: the total boxed at the top, yen without decimals, end of next month. */
    static Truth japan(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Sakura Systems Co., Ltd.", "Tanaka Trading Co., Ltd.",
            "Kyoto Craft Works K.K.", "Nippon Logistics Partners Inc."});
        String customer = pick(r, new String[] {"Maison Vermeil Japan K.K.", "Boréale Communication SARL",
            "Osaka Bistro Co., Ltd.", "Yamamoto Design Office"});
        boolean abroad = customer.endsWith("SARL");
        LocalDate issue = day(r);
        LocalDate due = endOfMonth(issue.plusMonths(1));
        boolean termsOnly = r.nextBoolean();
        String number = String.format(Locale.ROOT, "%d%02d-%03d", issue.getYear(), issue.getMonthValue(),
                1 + r.nextInt(200));
        List<Item> items = items(r, new String[] {"System development (person-month)", "Ceramic tableware set",
            "Lacquer trays", "Air freight Narita - CDG", "Software licence", "Translation JP-FR", "Customs clearance",
            "Packing materials"}, 2, 5, 8_000, 400_000, true, abroad ? new BigDecimal[] {BigDecimal.ZERO}
                        : new BigDecimal[] {pct("10"), pct("10"), pct("8")});
        Sums s = wholeSums(items);
        boolean wordsDate = r.nextBoolean();
        Function<LocalDate, String> date = wordsDate ? x -> d(x, "MMMM d, yyyy", Locale.US) : x -> d(x, "yyyy/MM/dd");
        Function<BigDecimal, String> yen = a -> "¥" + num(a, 0, ",", '.');
        float right = doc.width() - 50;
        doc.bold(doc.width() / 2 - 40, doc.height() - 55, "INVOICE", 20);
        float top = doc.height() - 95;
        doc.text(right - 170, top, "No.", 9);
        doc.right(right, top, number, 9);
        doc.text(right - 170, top - 13, "Issue Date", 9);
        doc.right(right, top - 13, date.apply(issue), 9);
        doc.bold(50, top, "Messrs. " + customer, 12);
        doc.text(50, top - 16, abroad ? "4 avenue Jean Jaurès, 75011 Paris, France" : "2-4-1 Marunouchi, Chiyoda-ku, Tokyo",
                9);
        doc.y = top - 100;
        doc.line(50, "We hereby invoice you as follows.", 9);
        doc.down(4);
        doc.text(50, doc.y, "Total Amount Due", 11);
        doc.bold(200, doc.y, yen.apply(s.gross()) + " -", 16);
        doc.text(330, doc.y, "(tax included)", 8);
        doc.down(30);
        float sellerTop = top - 36;
        doc.bold(380, sellerTop, seller, 10);
        doc.text(380, sellerTop - 13, pick(r, new String[] {"3-5-12 Shibuya, Shibuya-ku", "45 Karasuma-dori, Kyoto"}), 8);
        doc.text(380, sellerTop - 25, "Registration No. T" + digits(r, 13), 8);
        doc.text(380, sellerTop - 37, "TEL 03-" + digits(r, 4) + "-" + digits(r, 4), 8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label() + (i.rate().compareTo(pct("8")) == 0 ? " *" : ""),
                i.qty().toPlainString(), yen.apply(i.unit()), yen.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 190, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Description", "Quantity", "Unit Price", "Amount"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Subtotal", yen.apply(s.net())});
        if (abroad) {
            sums.add(new String[] {"Consumption Tax (export, exempt)", yen.apply(BigDecimal.ZERO)});
        } else {
            s.taxByRate().forEach((k, v) -> sums.add(new String[] {"Consumption Tax (" + rate(k, '.') + "%)",
                yen.apply(v)}));
        }
        sums.add(new String[] {"Total (JPY)", yen.apply(s.gross())});
        totals(doc, right - 230, sums.toArray(new String[0][]), sums.size() - 1);
        if (!abroad && s.taxByRate().containsKey(pct("8"))) {
            doc.line(50, "* reduced tax rate item", 7);
        }
        doc.down(12);
        doc.line(50, termsOnly ? "Payment terms: payable by the end of the month following the invoice date."
                : "Payment Due Date: " + date.apply(due), 9);
        doc.line(50, "Bank: MUFG Bank, Shibuya Branch (135), Ordinary Account " + digits(r, 7) + ", SWIFT BOTKJPJT", 8);
        doc.line(50, "Bank charges are to be borne by the remitter.", 8);
        return Truth.invoice(number, issue, due, s.gross(), "JPY", customer);
    }

    /** A UAE tax invoice over two pages: TRN numbers, LPO date, totals and terms on page 2, zero-rated export abroad. */
    static Truth emiratesTwoPages(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Desert Rose Trading L.L.C.", "Gulf Bridge IT Solutions FZ-LLC",
            "Al Noor Events Management L.L.C.", "Emirates Print House L.L.C."});
        String customer = pick(r, new String[] {"Maison Vermeil Middle East FZE", "Palm Dental Clinic L.L.C.",
            "Boréale Communication SARL", "Al Futtaim Interiors L.L.C."});
        boolean abroad = customer.endsWith("SARL");
        LocalDate issue = day(r);
        boolean termsOnly = r.nextBoolean();
        int days = pick(r, new Integer[] {30, 45, 60});
        LocalDate due = issue.plusDays(days);
        String number = "TI-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(30_000));
        String[] work = {"Exhibition stand build (sqm)", "LED screen rental (day)", "Printing roll-up banners",
            "Network cabling point", "Laptop Dell Latitude 5450", "Site supervision (day)", "Transport Jebel Ali",
            "Office furniture set", "Annual support contract", "Catering per pax", "Photography (hour)",
            "Signage installation", "Sound system rental", "Event staff (per day)", "Graphic design (hour)",
            "Cloud backup licence", "Delivery & installation", "Printed brochures (100)", "Carpet tiles (sqm)",
            "Security staff (shift)", "Forklift rental (day)", "Barcode scanners", "UPS 3kVA", "Cable trays"};
        List<Item> items = items(r, work, 18, 24, 150, 6000, false, abroad ? new BigDecimal[] {BigDecimal.ZERO}
                : new BigDecimal[] {pct("5")});
        Sums s = sums(items);
        Function<LocalDate, String> date = x -> d(x, "dd-MMM-yyyy", Locale.ENGLISH);
        String trn = "100" + digits(r, 9) + "003";
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, new String[] {"Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai",
            "Plot 23, Mussafah Industrial, Abu Dhabi"}), 8);
        doc.line(50, "TRN: " + trn + " · Tel +971 4 " + digits(r, 3) + " " + digits(r, 4), 8);
        doc.bold(right - 120, doc.height() - 50, "TAX INVOICE", 14);
        doc.down(18);
        float top = doc.y;
        doc.bold(50, top, "Customer:", 9);
        doc.text(50, top - 13, customer, 10);
        doc.text(50, top - 25, abroad ? "3 impasse des Acacias, 13006 Marseille, France" : "P.O. Box " + digits(r, 5)
                + ", Dubai, U.A.E.", 9);
        doc.text(50, top - 37, abroad ? "VAT No.: FR" + digits(r, 11) : "Customer TRN: 100" + digits(r, 9) + "003", 9);
        String[][] meta = {{"Invoice No.", number}, {"Invoice Date", date.apply(issue)},
            {"LPO No.", "LPO/" + digits(r, 5)}, {"LPO Date", date.apply(issue.minusDays(14 + r.nextInt(30)))},
            {"Delivery Date", date.apply(issue.minusDays(1 + r.nextInt(5)))}};
        for (int i = 0; i < meta.length; i++) {
            doc.text(360, top - 13 * i, meta[i][0], 9);
            doc.right(right, top - 13 * i, meta[i][1], 9);
        }
        doc.y = top - 80;
        float[] xs = {50, 70, right - 210, right - 130, right - 75, right};
        boolean[] ra = {false, false, true, true, true, true};
        String[] heads = {"#", "Description", "Qty", "Rate", "VAT", "Amount AED"};
        int firstPage = Math.min(items.size(), 15 + r.nextInt(3));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            rows.add(new String[] {String.valueOf(i + 1), it.label(), it.qty().toPlainString(), en(it.unit()),
                rate(it.rate(), '.') + "%", en(it.amount())});
        }
        grid(doc, xs, ra, heads, rows.subList(0, firstPage), 9);
        doc.line(50, "continued overleaf ...", 8);
        doc.right(right, 30, "Page 1 of 2", 7);
        doc.newPage();
        doc.text(50, doc.y, seller + " · Tax Invoice " + number + " · " + date.apply(issue), 8);
        doc.down(30);
        grid(doc, xs, ra, heads, rows.subList(firstPage, rows.size()), 9);
        totals(doc, right - 240, new String[][] {{"Total (Excl. VAT) AED", en(s.net())},
            {abroad ? "VAT 0% (zero-rated export of services)" : "VAT @ 5%", en(s.tax())},
            {"Total Amount Payable (AED)", en(s.gross())}}, 2);
        doc.down(16);
        doc.line(50, termsOnly ? "Credit terms: " + days + " days from date of invoice." : "Due Date: " + date.apply(due),
                9);
        doc.line(50, "Payment by bank transfer to Emirates NBD, IBAN AE07 0331 2345 6789 0123 456, in AED only.", 8);
        doc.line(50, "Cheques to be drawn in favour of " + seller + ".", 8);
        doc.down(30);
        doc.line(50, "Received by: ____________________          For " + seller, 8);
        doc.right(right, 30, "Page 2 of 2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "AED", customer);
    }
}
