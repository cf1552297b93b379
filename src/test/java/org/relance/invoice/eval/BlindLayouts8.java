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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * An eighth blind set ({@code eval/invoices/blind8}): invoices of small businesses in France and the French-speaking
 * countries as their own tools print them (a micro-entrepreneur's online generator, a building contractor's progress
 * statement, an ERP's continuous form with a cash discount, a delicatessen's lines with HT / TVA / TTC at three
 * rates, a Belgian accounting package, a Swiss romand package with its QR-bill, a bilingual Luxembourg invoice, a
 * Québec contractor's field-service app, a long two-page invoice with carried subtotals, a balance invoice after a
 * deposit invoice, a SaaS subscription, a craftsman's word-processor letter); written without looking at the reader,
 * none of them a layout of the earlier sets. Drawn in embedded DejaVu fonts (sans, condensed, serif, mono), with the
 * rules and boxes those tools draw.
 *
 * <p>Labels: {@code total} is what this invoice costs the customer incl. tax, after any withholding printed on it
 * (the net where no VAT is charged; a progress statement's TTC, its amount after the 5 % retention as amountDue); an amount
 * already paid that the document deducts (a deposit invoice, a deposit received, a credit balance applied) goes to
 * {@code amountDue} as the rest; a due date given only as terms is the one a person computes (N days from the issue
 * date; "N jours fin de mois" is the end of the month in which issue + N falls; "à réception", "dès réception",
 * "sur réception" and "comptant" are the issue date).
 */
public final class BlindLayouts8 {

    /**
     * One layout: draws an invoice on the canvas and says what it contains; {@code round} (0, 1, …) makes the
     * successive drawings of a layout take its variants in turn.
     */
    interface Layout {
        Truth draw(Canvas c, Random random, int round);
    }

    static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-micro-ei-bandeau-cases-293b", BlindLayouts8::microEntrepreneur);
        LAYOUTS.put("fr-btp-situation-decompte-mo-moe-retenue", BlindLayouts8::progressStatement);
        LAYOUTS.put("fr-erp-mono-escompte-net-financier", BlindLayouts8::erpCashDiscount);
        LAYOUTS.put("fr-epicerie-ht-tva-ttc-par-ligne-3-taux", BlindLayouts8::linesWithVat);
        LAYOUTS.put("be-fr-bandeau-tvac-montant-a-payer-virement", BlindLayouts8::belgianPackage);
        LAYOUTS.put("ch-fr-rabais-ligne-total-chf-qr-section", BlindLayouts8::swissRomandQr);
        LAYOUTS.put("lu-facture-rechnung-bilingue-endeans", BlindLayouts8::luxembourgBilingual);
        LAYOUTS.put("ca-qc-rbq-solde-du-depot-tps-tvq", BlindLayouts8::quebecContractor);
        LAYOUTS.put("fr-2-pages-chapitres-a-reporter-report", BlindLayouts8::twoPagesCarried);
        LAYOUTS.put("fr-facture-solde-acompte-deduit-cadre", BlindLayouts8::balanceInvoice);
        LAYOUTS.put("fr-saas-abonnement-prorata-credit", BlindLayouts8::saasSubscription);
        LAYOUTS.put("fr-word-artisan-nantes-le-en-lettres", BlindLayouts8::craftsmanLetter);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind8Test -Drelance.generateBlind8=true}. */
    public static void main(String[] args) throws IOException {
        write(LAYOUTS, args, "src/test/resources/eval/invoices/blind8", 2026_12_09L, 2, "blind8");
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
                Files.write(out.resolve(file), c.render());
                labels.append(json.writeValueAsString(t.label(json, file, "layout", e.getKey()))).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    // --- the canvas

    /** Some text at a place: {@code align} 0 left, 1 right (x is the right edge), 2 centred on x. */
    record Mark(float x, float y, String text, float size, String family, boolean bold, int align) {
    }

    /** A stroke or a fill: {@code kind} 0 line to (x + w, y + h), 1 rectangle outline, 2 filled rectangle, 3 dashed. */
    record Shape(int kind, float x, float y, float w, float h, float width, float gray) {
    }

    /** Pages of positioned text in embedded DejaVu families, with rules and boxes. */
    static final class Canvas {
        static final String FONTS = "/usr/share/fonts/truetype/dejavu/";
        private static final Map<String, PDType0Font> MEASURING = new HashMap<>();
        private static PDDocument measuringDoc;

        final List<List<Mark>> pages = new ArrayList<>();
        final List<List<Shape>> shapes = new ArrayList<>();
        final PDRectangle size = PDRectangle.A4;
        String family = "DejaVuSans";
        float y;

        Canvas() {
            newPage();
        }

        void newPage() {
            pages.add(new ArrayList<>());
            shapes.add(new ArrayList<>());
            y = size.getHeight() - 50;
        }

        private void put(float x, float at, String text, float pt, boolean bold, int align) {
            pages.get(pages.size() - 1).add(new Mark(x, at, text, pt, family, bold, align));
        }

        void text(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, 0);
        }

        void bold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, 0);
        }

        void right(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, 1);
        }

        void rightBold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, 1);
        }

        void center(float x, float at, String text, float pt) {
            put(x, at, text, pt, false, 2);
        }

        void centerBold(float x, float at, String text, float pt) {
            put(x, at, text, pt, true, 2);
        }

        /** Left-aligned text, made smaller until it fits in {@code max} points. */
        void fit(float x, float at, String text, float pt, float max, boolean bold) {
            float p = pt;
            while (p > 5 && width(text, p, bold) > max) {
                p -= 0.25f;
            }
            put(x, at, text, p, bold, 0);
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

        void rule(float x1, float y1, float x2, float y2, float w) {
            shapes.get(shapes.size() - 1).add(new Shape(0, x1, y1, x2 - x1, y2 - y1, w, 0));
        }

        void dashed(float x1, float y1, float x2, float y2) {
            shapes.get(shapes.size() - 1).add(new Shape(3, x1, y1, x2 - x1, y2 - y1, 0.5f, 0));
        }

        /** An outlined box with its lower left corner at (x, y). */
        void box(float x, float at, float w, float h, float lineWidth) {
            shapes.get(shapes.size() - 1).add(new Shape(1, x, at, w, h, lineWidth, 0));
        }

        void fill(float x, float at, float w, float h, float gray) {
            shapes.get(shapes.size() - 1).add(new Shape(2, x, at, w, h, 0, gray));
        }

        float width() {
            return size.getWidth();
        }

        float height() {
            return size.getHeight();
        }

        /** The width of the text in the current family. */
        float width(String text, float pt, boolean bold) {
            return width(family, text, pt, bold);
        }

        static synchronized float width(String family, String text, float pt, boolean bold) {
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

        byte[] render() throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Map<String, PDType0Font> fonts = new HashMap<>();
                for (int p = 0; p < pages.size(); p++) {
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        for (Shape s : shapes.get(p)) {
                            switch (s.kind()) {
                                case 2 -> {
                                    content.setNonStrokingColor(s.gray(), s.gray(), s.gray());
                                    content.addRect(s.x(), s.y(), s.w(), s.h());
                                    content.fill();
                                    content.setNonStrokingColor(0f, 0f, 0f);
                                }
                                case 1 -> {
                                    content.setLineWidth(s.width());
                                    content.addRect(s.x(), s.y(), s.w(), s.h());
                                    content.stroke();
                                }
                                default -> {
                                    content.setLineWidth(s.width());
                                    if (s.kind() == 3) {
                                        content.setLineDashPattern(new float[] {3, 2}, 0);
                                    }
                                    content.moveTo(s.x(), s.y());
                                    content.lineTo(s.x() + s.w(), s.y() + s.h());
                                    content.stroke();
                                    if (s.kind() == 3) {
                                        content.setLineDashPattern(new float[] {}, 0);
                                    }
                                }
                            }
                        }
                        for (Mark t : pages.get(p)) {
                            String key = t.family() + t.bold();
                            PDType0Font font = fonts.get(key);
                            if (font == null) {
                                font = PDType0Font.load(doc, fontFile(t.family(), t.bold()));
                                fonts.put(key, font);
                            }
                            float w = font.getStringWidth(t.text()) / 1000 * t.size();
                            float x = t.align() == 1 ? t.x() - w : t.align() == 2 ? t.x() - w / 2 : t.x();
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

    /** One of {@code k} variants: in even rounds one of the first {@code k - 1}, in odd rounds the last. */
    private static int variant(Random r, int round, int k) {
        return round % 2 == 0 ? r.nextInt(k - 1) : k - 1;
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    /** An issue day between mid-January and late October 2026, so that every due date is in 2026 too. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 14).plusDays(r.nextInt(280));
    }

    private static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c, 2);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal ratePercent) {
        return amount.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (BigDecimal a : amounts) {
            s = s.add(a);
        }
        return s;
    }

    /** Lines with distinct descriptions: unit prices from {@code leastCents} to {@code leastCents + spreadCents}. */
    private static List<Item> items(Random r, String[] work, int min, int max, int leastCents, int spreadCents,
            BigDecimal... rates) {
        int count = min + r.nextInt(max - min + 1);
        List<String> left = new ArrayList<>(List.of(work));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            BigDecimal qty = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            BigDecimal unit = cents(leastCents + r.nextInt(spreadCents));
            out.add(new Item(left.remove(r.nextInt(left.size())), qty, unit, rates[r.nextInt(rates.length)]));
        }
        return out;
    }

    /** Lines with distinct descriptions and from 1 to {@code maxQty} of each. */
    private static List<Item> fewItems(Random r, String[] work, int min, int max, int leastCents, int spreadCents,
            int maxQty, BigDecimal rate) {
        int count = min + r.nextInt(max - min + 1);
        List<String> left = new ArrayList<>(List.of(work));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            out.add(new Item(left.remove(r.nextInt(left.size())), BigDecimal.valueOf(1 + r.nextInt(maxQty)),
                    cents(leastCents + r.nextInt(spreadCents)), rate));
        }
        return out;
    }

    private static final Set<String> NOT_IN_DOMAIN = Set.of("sarl", "sas", "srl", "inc", "enr", "fils", "eurl",
        "des", "les", "generale", "software", "technologies", "cloud");
    private static final Set<String> TRADES = Set.of("menuiserie", "imprimerie", "bureau", "chauffage",
        "electricite", "renovations", "construction", "ebenisterie", "cabinet", "gestion", "entreprises");

    /** The part of a mail domain a firm makes of its name: "Cabinet Lefort & Associés" gives "lefort-associes". */
    private static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (w.length() > 2 && !NOT_IN_DOMAIN.contains(w)) {
                words.add(w);
            }
        }
        if (words.size() > 1 && TRADES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join("-", words.subList(0, Math.min(2, words.size())));
    }

    private static String num(BigDecimal a, String group, char decimal) {
        return BlindLayouts7.num(a, 2, group, decimal);
    }

    /** "1 234,56" with a no-break space. */
    private static String fr(BigDecimal a) {
        return num(a, "\u00A0", ',');
    }

    /** "1 234,56" with a plain space, as a word processor or a spreadsheet writes it. */
    private static String frSpace(BigDecimal a) {
        return num(a, " ", ',');
    }

    /** "1 234,56" with a narrow no-break space, as a browser's fr-FR number format writes it. */
    private static String frNarrow(BigDecimal a) {
        return num(a, "\u202F", ',');
    }

    private static String dotted(BigDecimal a) {
        return num(a, ".", ',');
    }

    private static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String dmy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String dmyShort(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
    }

    private static String dots(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String iso(LocalDate d) {
        return d.toString();
    }

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_SHORT = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
        "sept.", "oct.", "nov.", "déc."};

    /** "3 novembre 2026", "1er juin 2026". */
    private static String words(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " "
                + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "3 nov. 2026". */
    private static String shortWords(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS_SHORT[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** "N jours fin de mois": the end of the month in which issue + N falls. */
    private static LocalDate endOfMonthAfter(LocalDate issue, int days) {
        return endOfMonth(issue.plusDays(days));
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        b.append(1 + r.nextInt(9));
        for (int i = 1; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    /** A SIREN of nine digits. */
    private static String siren(Random r) {
        return digits(r, 9);
    }

    private static String siret(String siren, Random r) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6) + " "
                + String.format(Locale.ROOT, "%05d", 10 + r.nextInt(90));
    }

    /** The intra-EU VAT number of a SIREN, with its key. */
    private static String vatFr(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String ibanFr(Random r) {
        String raw = "FR76" + digits(r, 5) + String.format(Locale.ROOT, "%05d", r.nextInt(100_000)) + digits(r, 11)
                + String.format(Locale.ROOT, "%02d", r.nextInt(100));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(raw.charAt(i));
        }
        return b.toString();
    }

    private static String mobile(Random r) {
        return "0" + (6 + r.nextInt(2)) + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " "
                + digits(r, 2);
    }

    private static String phone(Random r, String area) {
        return area + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2);
    }

    /** A row of cells at the given x; {@code align} per cell as in {@link Mark}. */
    private static void row(Canvas c, float at, float[] xs, int[] align, String[] cells, float pt, boolean bold) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isEmpty()) {
                continue;
            }
            switch (align[i]) {
                case 1 -> {
                    if (bold) {
                        c.rightBold(xs[i], at, cells[i], pt);
                    } else {
                        c.right(xs[i], at, cells[i], pt);
                    }
                }
                case 2 -> {
                    if (bold) {
                        c.centerBold(xs[i], at, cells[i], pt);
                    } else {
                        c.center(xs[i], at, cells[i], pt);
                    }
                }
                default -> {
                    if (bold) {
                        c.bold(xs[i], at, cells[i], pt);
                    } else {
                        c.text(xs[i], at, cells[i], pt);
                    }
                }
            }
        }
    }

    /** Label at {@code labelX}, amount right-aligned at {@code right}, one row per pair, from the cursor down. */
    private static void pairs(Canvas c, float labelX, float right, String[][] rows, float pt, int boldFrom,
            float step) {
        for (int i = 0; i < rows.length; i++) {
            boolean b = i >= boldFrom;
            if (b) {
                c.bold(labelX, c.y, rows[i][0], pt);
                c.rightBold(right, c.y, rows[i][1], pt);
            } else {
                c.text(labelX, c.y, rows[i][0], pt);
                c.right(right, c.y, rows[i][1], pt);
            }
            c.down(step);
        }
    }

    private static final String[] FR_STREETS = {"18 rue du Général Leclerc", "5 place Saint-Sauveur",
        "42 avenue de la Libération", "7 impasse des Tisserands", "131 boulevard de la Prairie",
        "2 allée des Charmilles", "64 quai de la Fosse", "11 rue des Halles"};
    private static final String[] SELLER_STREETS = {"ZA de la Pentecôte, 3 rue des Métiers",
        "27 rue de la Monnaie", "Parc d'activités du Moulin, bât. C", "9 rue Jean Jaurès", "55 avenue du Maréchal Juin"};
    private static final String[] FR_CITIES = {"44000 Nantes", "35000 Rennes", "49100 Angers", "56100 Lorient",
        "37000 Tours", "72000 Le Mans", "85000 La Roche-sur-Yon", "29000 Quimper", "53000 Laval"};

    // --- layouts

    /**
     * A micro-entrepreneur's invoice from a free online generator: "FACTURE" at the left, the seller (EI) right-aligned
     * at the right, a band of four boxed cells (number, issue date, date of the service, due date or the quote), the
     * customer under "Facturé à", units in the table, a loyalty discount sometimes, "Net à payer" in a shaded box, no
     * VAT (art. 293 B) so the total is the net; on receipt, in N days, or by a date.
     */
    static Truth microEntrepreneur(Canvas c, Random r, int round) {
        String[][] people = {{"Julie Marchand", "Graphiste - Illustratrice"},
            {"Thomas Ribeiro", "Développeur web indépendant"}, {"Inès Haddad", "Photographe"},
            {"Paul-Émile Caron", "Formateur bureautique"}, {"Léa Fournier", "Rédactrice web & SEO"}};
        String[][] work = {
            {"Création identité visuelle|forfait", "Illustration éditoriale|u", "Déclinaison cartes de visite|forfait",
                "Retouches maquette|h", "Affiche A2 événement|u"},
            {"Développement module de réservation|jour", "Maintenance WordPress|h", "Intégration maquette|jour",
                "Mise en ligne et recette|forfait", "Correctifs sécurité|h"},
            {"Séance photo produits|forfait", "Retouche photos|u", "Reportage événementiel|h",
                "Frais de déplacement|forfait", "Tirages 30x40|u"},
            {"Formation Excel intermédiaire|jour", "Formation Word publipostage|jour", "Support de cours|u",
                "Accompagnement individuel|h", "Frais de déplacement|forfait"},
            {"Article de blog 1 000 mots|u", "Audit SEO page d'accueil|forfait", "Fiches produits|u",
                "Optimisation balises|h", "Newsletter mensuelle|u"}};
        int who = r.nextInt(people.length);
        String seller = people[who][0];
        String customer = pick(r, new String[] {"Agence Cobalt Communication", "SARL Les Jardins d'Armor",
            "Cabinet Dentaire du Parc", "Studio Pilates Odéon", "Association Les Petits Loups",
            "Domaine de la Croix Blanche", "Mme Sophie Garnier", "Brasserie L'Écume"});
        LocalDate issue = day(r);
        LocalDate done = issue.minusDays(1 + r.nextInt(20));
        int kind = variant(r, round, 3);
        int days = pick(r, new Integer[] {15, 30});
        LocalDate due = kind == 0 ? issue : kind == 1 ? issue.plusDays(days)
                : issue.plusDays(pick(r, new Integer[] {10, 14, 20, 30}));
        String number = switch (r.nextInt(3)) {
            case 0 -> issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(150));
            case 1 -> String.format(Locale.ROOT, "F%d%02d-%02d", issue.getYear(), issue.getMonthValue(),
                    1 + r.nextInt(30));
            default -> "FACT-" + (100 + r.nextInt(400));
        };
        String quote = "D-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(120));
        List<String> pool = new ArrayList<>(List.of(work[who]));
        int count = 1 + r.nextInt(4);
        List<String[]> rows = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = pool.remove(r.nextInt(pool.size())).split("\\|");
            BigDecimal q = w[1].equals("h") ? BigDecimal.valueOf(1 + r.nextInt(12))
                    : w[1].equals("jour") ? BigDecimal.valueOf(1 + r.nextInt(5))
                    : w[1].equals("u") ? BigDecimal.valueOf(1 + r.nextInt(10)) : BigDecimal.ONE;
            BigDecimal unit = w[1].equals("h") ? BigDecimal.valueOf(35 + 5 * r.nextInt(10)).setScale(2)
                    : w[1].equals("jour") ? BigDecimal.valueOf(280 + 20 * r.nextInt(15)).setScale(2)
                    : w[1].equals("u") ? cents(2_500 + r.nextInt(15_000)) : cents(15_000 + r.nextInt(120_000));
            BigDecimal amount = q.multiply(unit).setScale(2, RoundingMode.HALF_UP);
            amounts.add(amount);
            rows.add(new String[] {w[0], qty(q), w[1], fr(unit) + " €", fr(amount) + " €"});
        }
        BigDecimal sub = sum(amounts);
        boolean discount = r.nextInt(3) == 0;
        BigDecimal off = discount ? share(sub, pct("10")) : BigDecimal.ZERO;
        BigDecimal net = sub.subtract(off);
        String siretNo = siret(siren(r), r);
        float right = c.width() - 50;

        c.bold(50, 778, "FACTURE", 26);
        c.rightBold(right, 800, seller + " EI", 11);
        String[] sellerLines = {people[who][1], pick(r, SELLER_STREETS), pick(r, FR_CITIES), "Tél. " + mobile(r),
            seller.toLowerCase(Locale.ROOT).replace(' ', '.').replace("é", "e").replace("è", "e")
                + "@" + pick(r, new String[] {"gmail.com", "orange.fr", "proton.me"}),
            "SIRET " + siretNo};
        for (int i = 0; i < sellerLines.length; i++) {
            c.right(right, 786 - 11 * i, sellerLines[i], 8.5f);
        }
        float top = 700;
        float cell = (right - 50) / 4;
        String[][] band = {{"N° de facture", number}, {"Date d'émission", dmy(issue)},
            {"Date de la prestation", dmy(done)},
            kind == 2 ? new String[] {"Date d'échéance", dmy(due)} : new String[] {"Réf. devis", quote}};
        for (int i = 0; i < 4; i++) {
            float x = 50 + i * cell;
            c.box(x, top - 34, cell, 34, 0.6f);
            c.text(x + 6, top - 11, band[i][0], 7.5f);
            c.bold(x + 6, top - 26, band[i][1], 10);
        }
        float cy = 640;
        c.text(50, cy, pick(r, new String[] {"Facturé à", "Client", "Adressé à"}), 8);
        c.bold(50, cy - 14, customer, 11);
        c.text(50, cy - 27, pick(r, FR_STREETS), 9);
        c.text(50, cy - 39, pick(r, FR_CITIES), 9);
        c.text(320, cy, "Objet", 8);
        c.text(320, cy - 14, pick(r, new String[] {"Prestations du mois", "Projet « printemps »",
            "Mission ponctuelle", "Suite à votre demande"}) + (kind == 2 ? "" : " - devis " + quote), 9);
        c.y = 570;
        c.fill(50, c.y - 5, right - 50, 17, 0.88f);
        float[] xs = {56, 350, 362, 462, right - 6};
        int[] al = {0, 1, 0, 1, 1};
        row(c, c.y, xs, al, new String[] {"Description", "Qté", "Unité", "Prix unitaire", "Montant"}, 8.5f, true);
        c.down(20);
        for (String[] line : rows) {
            row(c, c.y, xs, al, line, 9, false);
            c.rule(50, c.y - 6, right, c.y - 6, 0.3f);
            c.down(19);
        }
        c.down(6);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", fr(sub) + " €"});
        if (discount) {
            sums.add(new String[] {"Remise fidélité 10 %", "- " + fr(off) + " €"});
        }
        sums.add(new String[] {"TVA", "0,00 €"});
        pairs(c, 345, right - 6, sums.toArray(new String[0][]), 9, 99, 15);
        c.fill(335, c.y - 8, right - 335, 24, 0.88f);
        c.bold(345, c.y, "Net à payer", 11);
        c.rightBold(right - 6, c.y, fr(net) + " €", 11);
        c.down(26);
        c.right(right, c.y, "TVA non applicable, art. 293 B du CGI", 8);
        c.down(34);
        c.lineBold(50, "Conditions de paiement", 9);
        c.line(50, switch (kind) {
            case 0 -> "Paiement à réception de facture, par virement ou par chèque.";
            case 1 -> "Paiement à " + days + " jours à compter de la date d'émission de la facture.";
            default -> "Date limite de règlement : " + dmy(due) + ", par virement.";
        }, 9);
        c.line(50, "Pas d'escompte pour paiement anticipé.", 8);
        c.line(50, "En cas de retard, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire", 8);
        c.line(50, "pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).", 8);
        c.down(8);
        c.line(50, "IBAN : " + ibanFr(r) + "   BIC : " + pick(r, new String[] {"CCBPFRPPNAN", "AGRIFRPP847",
            "BOUSFRPPXXX"}), 8);
        c.center(c.width() / 2, 42, seller + " EI - SIRET " + siretNo + " - Dispensé d'immatriculation au registre du"
                + " commerce et des sociétés (RCS) et au répertoire des métiers (RM)", 6.5f);
        c.right(right, 28, "Page 1 / 1", 7);
        return Truth.invoice(number, issue, due, net, "EUR", customer);
    }

    /**
     * A building contractor's progress statement from a trade package: the statement's box at the top right (number,
     * statement n°, date, works stopped at), three boxes "Maître d'ouvrage" (the customer), "Maître d'œuvre" (the
     * architect, another name) and "Chantier", the contract and an amendment, a table of items with the previous and
     * cumulative progress, the statement worked out at the bottom left (cumulative, earlier statements, this one HT,
     * VAT, TTC, 5 % retention, amount to pay), the amount to pay in a box at the right, the cumulative TTC invoiced so
     * far as a distractor; 30 days from the date, "45 jours fin de mois", or a due date. The total is the TTC, the amount due after retention.
     */
    static Truth progressStatement(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Bâtiments Le Floch SARL", "Guillot Rénovation SAS",
            "Maçonnerie Charpente Texier", "Entreprise Bouvier Construction"});
        String customer = pick(r, new String[] {"SCI Les Tanneurs", "SCI du Moulin Neuf", "Hôtel-Restaurant La Licorne",
            "M. et Mme Roussel", "SAS Clinique Vétérinaire des Ormes", "Syndicat des copropriétaires Le Cèdre"});
        String architect = pick(r, new String[] {"Atelier Ronan Kervella Architecte", "Bellec Architectes Associés",
            "Cabinet Morin Maîtrise d'œuvre"});
        boolean housing = customer.startsWith("M. ") || customer.startsWith("Syndicat");
        BigDecimal rate = housing ? pct("10") : pct("20");
        LocalDate issue = day(r);
        LocalDate stopped = endOfMonth(issue.minusMonths(1));
        int n = 2 + r.nextInt(5);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue.plusDays(30) : kind == 1 ? endOfMonthAfter(issue, 45)
                : issue.plusDays(pick(r, new Integer[] {30, 40, 45}));
        String number = pick(r, new String[] {"SIT", "FS", "F"}) + (issue.getYear() % 100) + "-"
                + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(900));
        String[] posts = {"Installation de chantier", "Démolition, dépose", "Terrassement, fondations",
            "Gros œuvre, maçonnerie", "Charpente, couverture", "Menuiseries extérieures", "Cloisons, doublages",
            "Électricité", "Plomberie, sanitaires", "Chauffage, ventilation", "Carrelage, faïence", "Peinture"};
        int count = 4 + r.nextInt(5);
        int first = r.nextInt(posts.length - count + 1);
        BigDecimal market = BigDecimal.ZERO.setScale(2);
        BigDecimal cumul = BigDecimal.ZERO.setScale(2);
        BigDecimal previous = BigDecimal.ZERO.setScale(2);
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            BigDecimal amount = cents(250_000 + r.nextInt(4_500_000));
            int before = Math.min(k == 0 ? 70 : 100, 10 * r.nextInt(2 + 2 * n));
            int now = k == 0 ? Math.min(100, before + 10 + 10 * r.nextInt(3))
                    : Math.min(100, before + 5 * r.nextInt(6));
            BigDecimal c1 = share(amount, BigDecimal.valueOf(now));
            BigDecimal c0 = share(amount, BigDecimal.valueOf(before));
            market = market.add(amount);
            cumul = cumul.add(c1);
            previous = previous.add(c0);
            rows.add(new String[] {String.valueOf(k + 1), posts[first + k], fr(amount), before + " %", now + " %",
                fr(c1)});
        }
        boolean amendment = r.nextBoolean();
        BigDecimal amendmentAmount = amendment ? cents(80_000 + r.nextInt(900_000)) : BigDecimal.ZERO;
        BigDecimal net = cumul.subtract(previous);
        BigDecimal tax = share(net, rate);
        BigDecimal gross = net.add(tax);
        BigDecimal retention = share(gross, pct("5"));
        BigDecimal toPay = gross.subtract(retention);
        BigDecimal invoicedTtc = cumul.add(share(cumul, rate));
        LocalDate contract = issue.minusDays(90 + r.nextInt(150));
        float right = c.width() - 50;
        String sirenNo = siren(r);

        c.bold(50, 800, seller, 13);
        String[] head = {pick(r, SELLER_STREETS) + " - " + pick(r, FR_CITIES), "Tél. " + phone(r, "02"),
            "SIRET " + siret(sirenNo, r) + " - APE 4399C", "TVA " + vatFr(sirenNo),
            "Qualibat n° " + digits(r, 5) + " - Décennale MAAF Pro n° " + digits(r, 8)};
        for (int i = 0; i < head.length; i++) {
            c.text(50, 786 - 11 * i, head[i], 7.5f);
        }
        c.box(345, 722, right - 345, 88, 0.8f);
        c.bold(355, 795, "SITUATION DE TRAVAUX N° " + n, 11);
        String[][] meta = {{"Facture n°", number}, {"Date d'émission", dmy(issue)},
            {"Travaux arrêtés au", dmy(stopped)}, {"Marché n°", "M" + (contract.getYear() % 100) + "-0"
                + (10 + r.nextInt(80))}};
        for (int i = 0; i < meta.length; i++) {
            c.text(355, 779 - 13 * i, meta[i][0], 8.5f);
            c.right(right - 10, 779 - 13 * i, meta[i][1], 8.5f);
        }
        float top = 705;
        float w = (right - 50 - 16) / 3;
        String[] titles = {"Maître d'ouvrage", "Maître d'œuvre", "Chantier"};
        String[][] boxes = {{customer, pick(r, FR_STREETS), pick(r, FR_CITIES)},
            {architect, pick(r, FR_STREETS), pick(r, FR_CITIES)},
            {housing ? pick(r, new String[] {"Rénovation d'une maison", "Extension d'une maison",
                "Réhabilitation de logements"}) : pick(r, new String[] {"Réhabilitation d'un local",
                    "Rénovation de bureaux", "Surélévation d'un bâtiment"}), pick(r, FR_STREETS), pick(r, FR_CITIES)}};
        for (int b = 0; b < 3; b++) {
            float x = 50 + b * (w + 8);
            c.box(x, top - 58, w, 58, 0.6f);
            c.text(x + 6, top - 11, titles[b], 7);
            c.fit(x + 6, top - 25, boxes[b][0], 9, w - 12, b == 0);
            c.fit(x + 6, top - 37, boxes[b][1], 8, w - 12, false);
            c.fit(x + 6, top - 48, boxes[b][2], 8, w - 12, false);
        }
        c.y = top - 78;
        c.line(50, "Marché de travaux signé le " + dmy(contract) + " - montant initial HT : " + fr(market) + " €", 8.5f);
        if (amendment) {
            c.line(50, "Avenant n° 1 du " + dmy(contract.plusDays(40 + r.nextInt(30))) + " : + " + fr(amendmentAmount)
                    + " € HT (travaux supplémentaires, non encore exécutés)", 8.5f);
        }
        c.down(8);
        float[] xs = {54, 72, 335, 400, 455, right - 4};
        int[] al = {0, 0, 1, 1, 1, 1};
        c.fill(50, c.y - 5, right - 50, 16, 0.9f);
        row(c, c.y, xs, al, new String[] {"N°", "Désignation des ouvrages", "Marché HT", "% antérieur",
            "% cumulé", "Réalisé cumulé HT"}, 8, true);
        c.down(18);
        for (String[] line : rows) {
            row(c, c.y, xs, al, line, 8.5f, false);
            c.down(14);
        }
        c.rule(50, c.y + 8, right, c.y + 8, 0.5f);
        row(c, c.y - 4, xs, al, new String[] {"", "Totaux", fr(market), "", "", fr(cumul)}, 8.5f, true);
        c.down(32);
        float decompte = c.y;
        c.bold(50, c.y, "DÉCOMPTE", 9);
        c.down(15);
        String[][] lines = {{"Total des travaux réalisés HT", fr(cumul)},
            {n == 2 ? "À déduire : situation n° 1 HT" : "À déduire : situations n° 1 à " + (n - 1) + " HT",
                "- " + fr(previous)},
            {"Montant HT de la situation n° " + n, fr(net)}, {"TVA " + rate(rate) + " %", fr(tax)},
            {"Montant TTC de la situation", fr(gross)}, {"Retenue de garantie 5 % du TTC", "- " + fr(retention)},
            {"Montant à régler", fr(toPay)}};
        for (int i = 0; i < lines.length; i++) {
            boolean b = i == 2 || i == lines.length - 1;
            if (b) {
                c.bold(50, c.y, lines[i][0], 8.5f);
                c.rightBold(320, c.y, lines[i][1], 8.5f);
            } else {
                c.text(50, c.y, lines[i][0], 8.5f);
                c.right(320, c.y, lines[i][1], 8.5f);
            }
            c.rule(50, c.y - 4, 320, c.y - 4, 0.25f);
            c.down(14);
        }
        c.down(4);
        c.text(50, c.y, "Pour information : cumul TTC facturé à ce jour " + fr(invoicedTtc) + " €", 7.5f);
        c.box(350, decompte - 66, right - 350, 66, 1f);
        c.bold(360, decompte - 16, "NET À RÉGLER", 10);
        c.rightBold(right - 10, decompte - 38, fr(toPay) + " €", 15);
        c.text(360, decompte - 56, "TTC, retenue de garantie déduite", 7);
        c.y -= 26;
        c.line(50, switch (kind) {
            case 0 -> "Délai de paiement : 30 jours à compter de la date d'émission de la situation.";
            case 1 -> "Règlement : 45 jours fin de mois, par virement.";
            default -> "Date d'échéance : " + dmy(due) + " - règlement par virement.";
        }, 9);
        c.line(50, "Retenue de garantie libérable un an après la réception des travaux (loi n° 71-584 du 16 juillet"
                + " 1971).", 7.5f);
        if (housing) {
            c.line(50, "TVA à 10 % : travaux d'amélioration dans des locaux d'habitation achevés depuis plus de deux"
                    + " ans.", 7.5f);
        }
        c.text(50, 40, "Pénalités de retard : 3 fois le taux d'intérêt légal - indemnité forfaitaire de recouvrement"
                + " : 40 € - IBAN " + ibanFr(r), 6.5f);
        // as blind4: the total is the statement's TTC, the retention held back leaves the amount due
        return Truth.invoice(number, issue, due, gross, "EUR", customer).withAmountDue(toPay);
    }

    /**
     * A hardware wholesaler's ERP printing its continuous form in a monospaced font: a grid of cells at the top right
     * (number, date "dd/MM/yy", customer code, page), the delivery address at the left and the billing one at the
     * right (another name sometimes), order and delivery-note references, item codes with a discount per line and a
     * VAT code, a VAT table by code, and the totals as a row of cells at the foot: either a 2 % cash discount deducted
     * for cash payment ("Net financier", due on the invoice day), or carriage and a cash discount only offered by a
     * date with its own "net escompté" figure, the terms in days or "fin de mois".
     */
    static Truth erpCashDiscount(Canvas c, Random r, int round) {
        c.family = "DejaVuSansMono";
        String seller = pick(r, new String[] {"DISTRIBUTION LOIRE ÉQUIPEMENT SAS", "COMPTOIR ANGEVIN QUINCAILLERIE",
            "SODIPA FOURNITURES INDUSTRIELLES"});
        String customer = pick(r, new String[] {"GARAGE DES TILLEULS SARL", "MENUISERIE GUÉRIN SARL",
            "SAS BRÉVENT INGÉNIERIE", "ETS POULAIN & FILS", "EARL FERME DU VEXIN", "SCOP ATELIERS DU LAYON"});
        String deliverTo = r.nextBoolean() ? customer : pick(r, new String[] {"PLATEFORME LOGISTIQUE OUEST",
            "CHANTIER CLINIQUE ST-LÉONARD", "DÉPÔT ZI DES GRANDS CHAMPS"});
        LocalDate issue = day(r);
        boolean deducted = variant(r, round, 2) == 0;
        BigDecimal escRate = pick(r, new BigDecimal[] {pct("2"), pct("1.5"), pct("3")});
        int days = pick(r, new Integer[] {30, 45, 60});
        boolean endOfMonth = r.nextBoolean();
        LocalDate due = deducted ? issue : endOfMonth ? endOfMonthAfter(issue, days) : issue.plusDays(days);
        String number = "FC" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%06d", r.nextInt(60_000));
        String clientCode = "C" + digits(r, 5);
        String[] goods = {"VIS INOX TF 6X40 (BTE 200)|1890", "CHEVILLE NYLON 8MM (BTE 100)|640",
            "DISQUE TRONÇ. 125X1 INOX|185", "GANTS MANUTENTION T9 (PAIRE)|420", "MASTIC POLYURÉTHANE 300ML|790",
            "FORET BÉTON SDS 10X160|560", "RUBAN ADHÉSIF TOILÉ 50MM|390", "LUBRIFIANT MULTIFONCTION 500ML|850",
            "ÉQUERRE FIXATION 90X90 ZN|210", "COFFRET EMBOUTS 32 PCS|2490", "LAMPE FRONTALE LED 300LM|2950",
            "SAC GRAVATS 80L (LOT 10)|990", "MÈTRE RUBAN 5M|690", "CUTTER LAME 18MM|470", "SERRE-JOINT 300MM|1590",
            "COLLIER SERRAGE 9MM (BTE 100)|1120", "CHAUSSURES SÉCU. S3 T42|5990", "TASSEAU SAPIN 27X40 2M|280",
            "PILE LR06 (BLISTER 10)|650", "GUIDE PRATIQUE ÉLECTRICITÉ (LIVRE)|2490"};
        List<String> pool = new ArrayList<>(List.of(goods));
        int count = 8 + r.nextInt(13);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < count; i++) {
            String[] good = pool.remove(r.nextInt(pool.size())).split("\\|");
            String label = good[0];
            BigDecimal rateI = label.contains("LIVRE") ? pct("5.5") : pct("20");
            BigDecimal q = BigDecimal.valueOf(r.nextInt(3) == 0 ? 10 + 5 * r.nextInt(10) : 1 + r.nextInt(12));
            int list = Integer.parseInt(good[1]);
            BigDecimal unit = cents(list * (85 + r.nextInt(30)) / 100);
            int rem = pick(r, new Integer[] {0, 0, 5, 10, 15, 25});
            BigDecimal brut = q.multiply(unit).setScale(2, RoundingMode.HALF_UP);
            BigDecimal amount = brut.subtract(share(brut, BigDecimal.valueOf(rem)));
            base.merge(rateI, amount, BigDecimal::add);
            gross = gross.add(amount);
            rows.add(new String[] {String.format(Locale.ROOT, "%s%05d", slug(label).toUpperCase(Locale.ROOT).substring(0, 2),
                r.nextInt(100_000)), label, qty(q), fr(unit), rem == 0 ? "" : rem + ",00", fr(amount),
                rateI.compareTo(pct("20")) == 0 ? "1" : "2"});
        }
        BigDecimal carriage = deducted ? BigDecimal.ZERO : r.nextBoolean() ? cents(1_250 + r.nextInt(2_500))
                : BigDecimal.ZERO;
        if (carriage.signum() > 0) {
            base.merge(pct("20"), carriage, BigDecimal::add);
        }
        Map<BigDecimal, BigDecimal[]> perRate = new LinkedHashMap<>();
        BigDecimal esc = BigDecimal.ZERO.setScale(2);
        BigDecimal netHt = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        for (var e : base.entrySet()) {
            BigDecimal e1 = deducted ? share(e.getValue(), escRate) : BigDecimal.ZERO.setScale(2);
            BigDecimal b = e.getValue().subtract(e1);
            BigDecimal t = share(b, e.getKey());
            perRate.put(e.getKey(), new BigDecimal[] {b, t});
            esc = esc.add(e1);
            netHt = netHt.add(b);
            tax = tax.add(t);
        }
        BigDecimal ttc = netHt.add(tax);
        float right = c.width() - 50;
        String sirenNo = siren(r);

        c.bold(50, 805, seller, 9.5f);
        String[] head = {"ZA DES LANDES - 12 RUE DE L'INDUSTRIE", "49070 BEAUCOUZÉ", "TÉL. " + phone(r, "02")
            + "  FAX " + phone(r, "02"), "SAS AU CAPITAL DE 150 000 €", "RCS ANGERS B " + sirenNo,
            "TVA " + vatFr(sirenNo)};
        for (int i = 0; i < head.length; i++) {
            c.text(50, 792 - 10 * i, head[i], 7);
        }
        c.bold(340, 805, "FACTURE", 13);
        float gx = 340;
        float gw = (right - gx) / 4;
        String[][] grid = {{"N° FACTURE", number}, {"DATE", dmyShort(issue)}, {"CODE CLIENT", clientCode},
            {"PAGE", "1/1"}};
        for (int i = 0; i < 4; i++) {
            c.box(gx + i * gw, 766, gw, 28, 0.6f);
            c.text(gx + i * gw + 3, 786, grid[i][0], 6);
            c.fit(gx + i * gw + 3, 772, grid[i][1], 8, gw - 6, true);
        }
        float ay = 735;
        c.box(50, ay - 62, 230, 62, 0.6f);
        c.box(305, ay - 62, right - 305, 62, 0.6f);
        c.text(55, ay - 9, "ADRESSE DE LIVRAISON", 6.5f);
        c.text(310, ay - 9, "ADRESSE DE FACTURATION", 6.5f);
        String street = pick(r, FR_STREETS).toUpperCase(Locale.ROOT);
        String city = pick(r, FR_CITIES).toUpperCase(Locale.ROOT);
        c.fit(55, ay - 23, deliverTo, 8, 220, true);
        c.text(55, ay - 34, deliverTo.equals(customer) ? "QUAI 3 - RÉCEPTION MARCHANDISES" : "ATTN " + pick(r,
            new String[] {"M. LEROUX", "MME PASQUIER", "RESP. MAGASIN"}), 7.5f);
        c.text(55, ay - 45, pick(r, FR_STREETS).toUpperCase(Locale.ROOT), 7.5f);
        c.text(55, ay - 55, pick(r, FR_CITIES).toUpperCase(Locale.ROOT), 7.5f);
        c.fit(310, ay - 23, customer, 8.5f, right - 315, true);
        c.text(310, ay - 34, "SERVICE COMPTABILITÉ FOURNISSEURS", 7.5f);
        c.text(310, ay - 45, street, 7.5f);
        c.text(310, ay - 55, city, 7.5f);
        LocalDate order = issue.minusDays(5 + r.nextInt(20));
        LocalDate delivery = issue.minusDays(1 + r.nextInt(4));
        c.y = ay - 80;
        c.line(50, "V/COMMANDE N° 45" + digits(r, 8) + " DU " + dmyShort(order) + "   N/BL N° BL" + (issue.getYear()
                % 100) + digits(r, 5) + " DU " + dmyShort(delivery), 7.5f);
        c.line(50, "REPRÉSENTANT : " + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(20)) + " " + pick(r,
            new String[] {"M. POIRIER", "MME CHAUVIN", "M. BLANCHARD"}) + "   MODE D'EXPÉDITION : " + pick(r,
            new String[] {"NOS SOINS", "MESSAGERIE", "ENLÈVEMENT CLIENT"}), 7.5f);
        c.down(6);
        float[] xs = {53, 108, 320, 370, 402, 478, right - 4};
        int[] al = {0, 0, 1, 1, 1, 1, 1};
        float tableTop = c.y + 10;
        row(c, c.y, xs, al, new String[] {"RÉFÉRENCE", "DÉSIGNATION", "QTÉ", "P.U. HT", "REM%", "MONTANT HT",
            "TVA"}, 7, true);
        c.rule(50, c.y - 4, right, c.y - 4, 0.5f);
        c.down(15);
        for (String[] line : rows) {
            row(c, c.y, xs, al, line, 7.5f, false);
            c.down(11.5f);
        }
        if (carriage.signum() > 0) {
            row(c, c.y, xs, al, new String[] {"PORT", "FRAIS DE PORT ET EMBALLAGE", "1", fr(carriage), "",
                fr(carriage), "1"}, 7.5f, false);
            c.down(11.5f);
        }
        c.box(50, c.y + 4, right - 50, tableTop - c.y - 4, 0.6f);
        c.down(14);
        float vy = c.y;
        c.bold(50, vy, "CODE  TAUX    BASE HT     MONTANT TVA", 7);
        int line = 1;
        for (var e : perRate.entrySet()) {
            String code = e.getKey().compareTo(pct("20")) == 0 ? "1" : "2";
            c.text(50, vy - 11 * line, String.format(Locale.ROOT, "%-5s %-6s", code, rate(e.getKey()) + "%"), 7);
            c.right(180, vy - 11 * line, fr(e.getValue()[0]), 7);
            c.right(235, vy - 11 * line, fr(e.getValue()[1]), 7);
            line++;
        }
        c.text(280, vy, "POIDS TOTAL : " + (2 + r.nextInt(180)) + "," + r.nextInt(10) + " KG", 7);
        c.text(280, vy - 11, "NB COLIS : " + (1 + r.nextInt(8)), 7);
        c.y = vy - 11 * Math.max(line, 3) - 14;
        String[][] band = deducted
                ? new String[][] {{"TOTAL HT", fr(gross)}, {"ESCOMPTE " + rate(escRate) + "%", "-" + fr(esc)},
                    {"NET FINANCIER HT", fr(netHt)}, {"TOTAL TVA", fr(tax)}, {"NET À PAYER EUR", fr(ttc)}}
                : new String[][] {{"TOTAL HT", fr(gross)}, {"PORT HT", fr(carriage)}, {"BASE HT", fr(netHt)},
                    {"TOTAL TVA", fr(tax)}, {"TOTAL TTC", fr(ttc)}, {"NET À PAYER EUR", fr(ttc)}};
        float bw = (right - 50) / band.length;
        for (int i = 0; i < band.length; i++) {
            boolean last = i == band.length - 1;
            c.box(50 + i * bw, c.y - 30, bw, 30, last ? 1.2f : 0.6f);
            c.fit(50 + i * bw + 3, c.y - 10, band[i][0], 6.5f, bw - 6, false);
            if (last) {
                c.rightBold(50 + (i + 1) * bw - 4, c.y - 24, band[i][1], 8.5f);
            } else {
                c.right(50 + (i + 1) * bw - 4, c.y - 24, band[i][1], 8);
            }
        }
        c.down(48);
        if (deducted) {
            c.line(50, "RÈGLEMENT : COMPTANT À RÉCEPTION DE FACTURE - ESCOMPTE " + rate(escRate) + " % DÉDUIT", 8);
            c.line(50, "MODE : CHÈQUE OU VIREMENT  IBAN " + ibanFr(r), 7.5f);
        } else {
            BigDecimal offered = share(ttc, escRate);
            c.line(50, "RÈGLEMENT : " + (endOfMonth ? "VIREMENT À " + days + " JOURS FIN DE MOIS" : "LCR À " + days
                    + " JOURS DATE DE FACTURE"), 8);
            if (r.nextBoolean()) {
                c.line(50, "ÉCHÉANCE(S) : " + dmyShort(due) + "   " + fr(ttc), 8);
            }
            c.line(50, "ESCOMPTE " + rate(escRate) + " % POUR PAIEMENT AVANT LE " + dmyShort(issue.plusDays(10))
                    + " : " + fr(offered) + " - NET ESCOMPTÉ " + fr(ttc.subtract(offered)), 7.5f);
        }
        c.text(50, 52, "RÉSERVE DE PROPRIÉTÉ : LES MARCHANDISES RESTENT NOTRE PROPRIÉTÉ JUSQU'AU PAIEMENT INTÉGRAL.", 6);
        c.text(50, 43, "PÉNALITÉS DE RETARD : 3 X TAUX LÉGAL - INDEMNITÉ FORFAITAIRE DE RECOUVREMENT 40 EUR.", 6);
        c.text(50, 34, "CODES TVA : 1 = 20,00 %  2 = 5,50 %", 6);
        return Truth.invoice(number, issue, due, ttc, "EUR", customer);
    }

    /**
     * A delicatessen's corporate-gift invoice: the letterhead centred, the invoice's lines at the left under the rule
     * (number, date, delivery date, order) and the customer boxed at the right with a customer number, one column
     * each for HT, VAT and TTC on every line at 5.5, 10 and 20 %, a "TOTAUX" row under those columns, a VAT recap at
     * the bottom left and "Net à payer TTC" boxed at the right; "30 jours fin de mois", 45 days, or a due date.
     */
    static Truth linesWithVat(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Maison Berthelot - Épicerie fine & Cave", "Les Délices de Margaux",
            "Comptoir Gourmand Vauban"});
        String customer = pick(r, new String[] {"SAS Brévent Ingénierie", "Cabinet Lefort & Associés",
            "Agence Cobalt Communication", "Mutuelle des Artisans de l'Ouest", "CSE Airlog Industrie",
            "Notaires Associés Le Gall & Prigent"});
        String[][] catalogue = {
            {"Coffret chocolats grand cru 250 g", "5.5", "1890", "900"},
            {"Foie gras de canard entier 180 g", "5.5", "2450", "800"},
            {"Confiture fraise-rhubarbe 320 g", "5.5", "590", "250"},
            {"Thé Earl Grey vrac 100 g", "5.5", "850", "300"},
            {"Terrine de campagne au cidre 200 g", "5.5", "640", "200"},
            {"Sablés bretons (boîte 300 g)", "5.5", "720", "250"},
            {"Miel de châtaignier 500 g", "5.5", "1100", "300"},
            {"Plateau repas traiteur", "10", "2200", "1200"},
            {"Cocktail dînatoire (par personne)", "10", "1800", "1400"},
            {"Buffet froid (par personne)", "10", "2400", "1000"},
            {"Champagne brut 75 cl", "20", "2800", "1800"},
            {"Saumur-Champigny AOP 75 cl", "20", "1150", "600"},
            {"Whisky single malt 70 cl", "20", "4200", "2500"},
            {"Coffret cadeau osier", "20", "890", "600"},
            {"Carte de vœux personnalisée", "20", "250", "150"},
            {"Livraison et mise en place", "20", "2500", "2000"}};
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? endOfMonthAfter(issue, 30) : kind == 1 ? issue.plusDays(45)
                : issue.plusDays(pick(r, new Integer[] {15, 30}));
        String number = String.format(Locale.ROOT, "%02d-%04d", issue.getYear() % 100, 200 + r.nextInt(3000));
        List<String[]> chosen = new ArrayList<>();
        List<String[]> pool = new ArrayList<>(List.of(catalogue));
        for (String rateWanted : new String[] {"5.5", "10", "20"}) {
            List<String[]> of = pool.stream().filter(a -> a[1].equals(rateWanted)).toList();
            String[] one = of.get(r.nextInt(of.size()));
            chosen.add(one);
            pool.remove(one);
        }
        int more = 3 + r.nextInt(7);
        for (int i = 0; i < more; i++) {
            chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        chosen.sort((a, b) -> new BigDecimal(a[1]).compareTo(new BigDecimal(b[1])));
        List<String[]> rows = new ArrayList<>();
        Map<BigDecimal, BigDecimal[]> recap = new LinkedHashMap<>();
        BigDecimal ht = BigDecimal.ZERO.setScale(2);
        BigDecimal tva = BigDecimal.ZERO.setScale(2);
        for (String[] p : chosen) {
            BigDecimal rateI = new BigDecimal(p[1]);
            BigDecimal q = BigDecimal.valueOf(p[0].contains("personne") || p[0].startsWith("Plateau")
                    ? 10 + r.nextInt(60) : p[0].startsWith("Livraison") ? 1 : 1 + r.nextInt(40));
            BigDecimal unit = cents(Integer.parseInt(p[2]) + r.nextInt(Integer.parseInt(p[3])));
            BigDecimal lineHt = q.multiply(unit).setScale(2, RoundingMode.HALF_UP);
            BigDecimal lineTva = share(lineHt, rateI);
            ht = ht.add(lineHt);
            tva = tva.add(lineTva);
            recap.computeIfAbsent(rateI, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2)});
            recap.get(rateI)[0] = recap.get(rateI)[0].add(lineHt);
            recap.get(rateI)[1] = recap.get(rateI)[1].add(lineTva);
            rows.add(new String[] {p[0], qty(q), fr(unit), rate(rateI) + " %", fr(lineHt), fr(lineTva),
                fr(lineHt.add(lineTva))});
        }
        BigDecimal ttc = ht.add(tva);
        float right = c.width() - 50;
        String sirenNo = siren(r);

        c.centerBold(c.width() / 2, 800, seller, 15);
        c.center(c.width() / 2, 785, pick(r, SELLER_STREETS) + " - " + pick(r, FR_CITIES) + " - Tél. " + phone(r, "02"),
                8);
        c.center(c.width() / 2, 774, "SARL au capital de 20 000 € - SIRET " + siret(sirenNo, r) + " - TVA "
                + vatFr(sirenNo), 7);
        c.rule(50, 765, right, 765, 0.8f);
        c.bold(50, 735, "FACTURE N° " + number, 13);
        LocalDate delivery = issue.minusDays(r.nextInt(8));
        String[][] meta = {{"Date de facture", dmy(issue)}, {"Date de livraison", dmy(delivery)},
            {"Bon de commande", "BC " + digits(r, 6) + " du " + dmy(issue.minusDays(10 + r.nextInt(25)))},
            {"Interlocuteur", pick(r, new String[] {"Margaux Berthelot", "Hugo Vasseur", "Chloé Allain"})}};
        for (int i = 0; i < meta.length; i++) {
            c.text(50, 716 - 12 * i, meta[i][0], 8.5f);
            c.text(140, 716 - 12 * i, ": " + meta[i][1], 8.5f);
        }
        c.box(330, 660, right - 330, 86, 0.7f);
        c.text(340, 734, "Client n° C" + digits(r, 4), 7.5f);
        c.fit(340, 718, customer, 10.5f, right - 350, true);
        c.text(340, 704, pick(r, new String[] {"Service achats", "À l'attention de Mme Morel", "Direction"}), 8.5f);
        c.text(340, 692, pick(r, FR_STREETS), 8.5f);
        c.text(340, 680, pick(r, FR_CITIES), 8.5f);
        c.y = 630;
        float[] xs = {52, 262, 310, 344, 405, 462, right - 3};
        int[] al = {0, 1, 1, 1, 1, 1, 1};
        c.fill(50, c.y - 16, right - 50, 28, 0.9f);
        row(c, c.y, xs, al, new String[] {"Désignation", "Qté", "PU HT", "Taux", "Total HT", "Montant", "Total TTC"},
                7.5f, true);
        row(c, c.y - 10, xs, al, new String[] {"", "", "", "TVA", "", "TVA", ""}, 7.5f, true);
        c.down(30);
        for (String[] line : rows) {
            row(c, c.y, xs, al, line, 8, false);
            c.down(13);
        }
        c.rule(50, c.y + 7, right, c.y + 7, 0.6f);
        c.down(4);
        row(c, c.y, xs, al, new String[] {"TOTAUX", "", "", "", fr(ht), fr(tva), fr(ttc)}, 8, true);
        c.down(34);
        float recapTop = c.y;
        c.bold(50, c.y, "Récapitulatif TVA", 8.5f);
        c.down(14);
        float[] rx = {50, 140, 205, 265};
        int[] ra = {0, 1, 1, 1};
        row(c, c.y, rx, ra, new String[] {"Taux", "Base HT", "TVA", "TTC"}, 7.5f, true);
        c.down(11);
        for (var e : recap.entrySet()) {
            row(c, c.y, rx, ra, new String[] {rate(e.getKey()) + " %", fr(e.getValue()[0]), fr(e.getValue()[1]),
                fr(e.getValue()[0].add(e.getValue()[1]))}, 7.5f, false);
            c.down(11);
        }
        c.box(340, recapTop - 40, right - 340, 40, 1.2f);
        c.bold(350, recapTop - 16, "NET À PAYER TTC", 9);
        c.rightBold(right - 10, recapTop - 32, fr(ttc) + " €", 14);
        c.y = Math.min(c.y, recapTop - 60) - 14;
        c.line(50, switch (kind) {
            case 0 -> "Conditions de règlement : 30 jours fin de mois, par virement ou chèque.";
            case 1 -> "Conditions de règlement : 45 jours date de facture.";
            default -> "Échéance : " + dmy(due) + " - règlement par virement.";
        }, 8.5f);
        c.line(50, "Escompte pour paiement anticipé : néant. Pénalités de retard : 3 fois le taux d'intérêt légal ;"
                + " indemnité forfaitaire de 40 €.", 7);
        c.line(50, "Les denrées alimentaires ne sont ni reprises ni échangées. IBAN " + ibanFr(r), 7);
        return Truth.invoice(number, issue, due, ttc, "EUR", customer);
    }

    /** "+++123/4567/89012+++": ten digits and their remainder by 97 (97 for none). */
    private static String structured(Random r) {
        long base = 1_000_000_000L + (long) (r.nextDouble() * 8_999_999_999L);
        long check = base % 97 == 0 ? 97 : base % 97;
        String d = String.format(Locale.ROOT, "%010d%02d", base, check);
        return d.substring(0, 3) + "/" + d.substring(3, 7) + "/" + d.substring(7);
    }

    private static String beCompany(Random r) {
        return "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3);
    }

    /**
     * A Belgian accounting package in French: a shaded band with the seller and "FACTURE", the customer in the window
     * at the right with its VAT number, a row of boxed cells (number, date, due date or customer reference, your
     * reference, customer number), HTVA lines at 21 % (and 6 % for renovation works), "TVA 21 % sur …", "Total
     * TVAC", a boxed "Montant à payer", and a transfer box with the structured communication and the due date or
     * "dans les 30 jours" / "30 jours fin de mois"; the EPC QR code's caption.
     */
    static Truth belgianPackage(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Menuiserie Collard SRL", "Imprimerie Hainaut Print SA",
            "Bureau d'études Lejeune SRL", "Chauffage Detry & Fils SRL"});
        boolean works = seller.startsWith("Menuiserie") || seller.startsWith("Chauffage");
        String customer = pick(r, new String[] {"Boulangerie Dethier SRL", "Brasserie du Cygne SA",
            "ASBL Les Amis du Musée", "Cabinet Lambert & Associés SRL", "M. Laurent Dumont", "Pharmacie Sainte-Anne SRL"});
        boolean person = customer.startsWith("M. ");
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue.plusDays(pick(r, new Integer[] {15, 30})) : kind == 1 ? issue.plusDays(30)
                : endOfMonthAfter(issue, 30);
        String number = pick(r, new String[] {"2026/0", "F26-", "V2026-"}) + String.format(Locale.ROOT, "%04d",
                10 + r.nextInt(2000));
        String[] work = works
                ? new String[] {"Fourniture et pose de châssis PVC", "Main-d'œuvre (heures)", "Démontage ancien châssis",
                    "Remplacement chaudière condensation", "Entretien annuel chaudière", "Petit matériel",
                    "Déplacement", "Porte intérieure chêne"}
                : seller.startsWith("Imprimerie") ? new String[] {"Impression dépliants A4 (x1000)",
                    "Mise en page brochure", "Cartes de visite (x500)", "Affiches A2 (x50)", "Calage et BAT",
                    "Livraison"}
                : new String[] {"Étude de stabilité", "Plans d'exécution", "Réunion de chantier", "Rapport PEB",
                    "Métré et cahier des charges", "Frais de dossier"};
        BigDecimal[] rates = works && person ? new BigDecimal[] {pct("6"), pct("6"), pct("21")}
                : new BigDecimal[] {pct("21")};
        List<Item> items = items(r, work, 2, 6, 4_500, 90_000, rates);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String comm = structured(r);
        boolean euroFirst = r.nextBoolean();
        Function<BigDecimal, String> eur = a -> euroFirst ? "€ " + dotted(a) : dotted(a) + " €";
        float right = c.width() - 50;
        String company = beCompany(r);

        c.fill(40, 772, c.width() - 80, 36, 0.88f);
        c.bold(52, 785, seller, 13);
        c.rightBold(right, 784, "FACTURE", 17);
        String[] addr = {pick(r, new String[] {"Rue de la Station 42, 4000 Liège", "Chaussée de Namur 118, 5030 Gembloux",
            "Rue du Progrès 7, 7000 Mons"}), "TVA BE " + company + " - RPM " + pick(r, new String[] {"Liège", "Namur",
                "Mons"}), "Tél. +32 " + (2 + r.nextInt(8)) + " " + digits(r, 3) + " " + digits(r, 2) + " "
                + digits(r, 2), "info@" + slug(seller) + ".be"};
        for (int i = 0; i < addr.length; i++) {
            c.text(52, 755 - 11 * i, addr[i], 8);
        }
        float wy = 700;
        c.fit(330, wy, customer, 10.5f, right - 330, true);
        c.text(330, wy - 13, pick(r, new String[] {"Rue des Guillemins 3", "Avenue Louise 221", "Place Saint-Lambert 9",
            "Rue de Fer 26"}), 9.5f);
        c.text(330, wy - 26, pick(r, new String[] {"4020 Liège", "1050 Ixelles", "5000 Namur", "1300 Wavre"}), 9.5f);
        c.text(330, wy - 39, "Belgique", 9.5f);
        if (!person) {
            c.text(330, wy - 55, "N° TVA : BE " + beCompany(r), 8);
        }
        float my = 610;
        String[][] cells = {{"N° de facture", number}, {"Date de facture", dmy(issue)},
            kind == 0 ? new String[] {"Date d'échéance", dmy(due)} : new String[] {"Réf. client", "CL" + digits(r, 4)},
            {"Votre référence", pick(r, new String[] {"Bon de cde " + digits(r, 4), "Devis accepté", "Mail du "
                + dmy(issue.minusDays(12 + r.nextInt(20)))})}, {"Délai", kind == 0 ? "-" : "30 jours"}};
        float cw = (right - 50) / cells.length;
        for (int i = 0; i < cells.length; i++) {
            c.box(50 + i * cw, my - 30, cw, 30, 0.6f);
            c.text(50 + i * cw + 4, my - 10, cells[i][0], 7);
            c.fit(50 + i * cw + 4, my - 23, cells[i][1], 9, cw - 8, true);
        }
        c.y = my - 55;
        float[] xs = {52, 335, 415, 460, right - 3};
        int[] al = {0, 1, 1, 1, 1};
        row(c, c.y, xs, al, new String[] {"Description", "Quantité", "Prix unit. HTVA", "TVA", "Total HTVA"}, 8, true);
        c.rule(50, c.y - 5, right, c.y - 5, 0.6f);
        c.down(18);
        for (Item i : items) {
            row(c, c.y, xs, al, new String[] {i.label(), qty(i.qty()), dotted(i.unit()), rate(i.rate()) + " %",
                dotted(i.amount())}, 8.5f, false);
            c.down(14);
        }
        c.rule(50, c.y + 6, right, c.y + 6, 0.4f);
        c.down(10);
        Map<BigDecimal, BigDecimal> bases = new LinkedHashMap<>();
        for (Item i : items) {
            bases.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        List<String[]> totals = new ArrayList<>();
        totals.add(new String[] {"Total HTVA", eur.apply(s.net())});
        s.taxByRate().forEach((k, v) -> totals.add(new String[] {"TVA " + rate(k) + " % sur " + dotted(bases.get(k)),
            eur.apply(v)}));
        totals.add(new String[] {"Total TVAC", eur.apply(s.gross())});
        pairs(c, 330, right, totals.toArray(new String[0][]), 9, totals.size() - 1, 14);
        c.down(4);
        c.box(325, c.y - 10, right - 325, 26, 1.2f);
        c.bold(333, c.y, "Montant à payer", 11);
        c.rightBold(right - 8, c.y, eur.apply(s.gross()), 11);
        c.down(44);
        float py = c.y;
        c.box(50, py - 72, right - 50, 84, 0.6f);
        c.bold(58, py, "Paiement par virement", 9);
        c.text(58, py - 14, "IBAN BE" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4)
                + "  -  BIC " + pick(r, new String[] {"GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB"}), 8.5f);
        c.text(58, py - 27, "Communication structurée : +++" + comm + "+++", 8.5f);
        c.text(58, py - 40, switch (kind) {
            case 0 -> "À payer au plus tard le " + dmy(due) + ".";
            case 1 -> "Payable dans les 30 jours de la date de facture.";
            default -> "Payable à 30 jours fin de mois.";
        }, 8.5f);
        c.text(58, py - 55, "Merci de mentionner la communication structurée lors de votre paiement.", 7.5f);
        c.box(right - 70, py - 64, 56, 56, 0.6f);
        c.center(right - 42, py - 38, "QR", 10);
        c.right(right - 76, py - 66, "Scannez pour payer avec votre app bancaire", 6.5f);
        if (rates.length > 1) {
            c.text(50, py - 90, "Taux de 6 % : travaux immobiliers dans un logement privé de plus de 10 ans, attestation"
                    + " du client (A.R. n° 20).", 7);
        }
        c.text(50, 48, "Toute facture impayée à l'échéance porte de plein droit un intérêt de 10 % l'an et une"
                + " indemnité forfaitaire de 10 % (min. 40 €).", 6.5f);
        c.text(50, 39, "Nos conditions générales figurent au verso. Tribunal compétent : Entreprise de "
                + pick(r, new String[] {"Liège", "Namur", "Mons"}) + ".", 6.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A QR reference: 26 digits and the recursive modulo-10 check digit, in groups of five after the first two. */
    private static String qrReference(Random r) {
        int[] table = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
        StringBuilder d = new StringBuilder("00000");
        while (d.length() < 26) {
            d.append(r.nextInt(10));
        }
        int carry = 0;
        for (int i = 0; i < d.length(); i++) {
            carry = table[(carry + d.charAt(i) - '0') % 10];
        }
        d.append((10 - carry) % 10);
        StringBuilder out = new StringBuilder(d.substring(0, 2));
        for (int i = 2; i < 27; i += 5) {
            out.append(' ').append(d, i, i + 5);
        }
        return out.toString();
    }

    /**
     * A Swiss romand package: the seller at the top right, the customer in the window at the left, "Facture 10234"
     * then a column of "label: value" (date, due date or terms, customer n°, contact, period of the service), lines
     * with a discount column, "TVA 8,1 % sur CHF …", "Total CHF", and the QR-bill's receipt and payment part at the
     * foot of the page, separated by a dashed line with scissors, the amount written "1 234.55".
     */
    static Truth swissRomandQr(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String seller = pick(r, new String[] {"Informatique Gremaud Sàrl", "Peinture Morel & Cie SA",
            "Jardins Vuilleumier Sàrl", "Studio Graphique Perret"});
        String customer = pick(r, new String[] {"Boulangerie Pasche Sàrl", "Cabinet de physiothérapie Rochat",
            "Commune de Savigny", "Garage du Léman SA", "Mme Nathalie Berset", "Fondation Les Oliviers"});
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        int days = pick(r, new Integer[] {10, 20, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(10_000 + r.nextInt(9000));
        String[][] trades = {
            {"Heures de travail|h", "Licence logicielle annuelle|pce", "Maintenance préventive|h",
                "Déplacement forfaitaire|forfait", "Installation poste de travail|pce"},
            {"Peinture façade|m²", "Peinture intérieure|m²", "Heures de travail|h", "Matériel selon bulletin|forfait",
                "Déplacement forfaitaire|forfait"},
            {"Taille des haies|h", "Tonte et entretien|h", "Évacuation déchets verts|forfait",
                "Plantation massif|m²", "Déplacement forfaitaire|forfait"},
            {"Conception logo|forfait", "Mise en page dépliant|pce", "Heures de graphisme|h",
                "Retouches photos|pce", "Préparation fichiers impression|forfait"}};
        int trade = seller.startsWith("Informatique") ? 0 : seller.startsWith("Peinture") ? 1
                : seller.startsWith("Jardins") ? 2 : 3;
        List<String> pool = new ArrayList<>(List.of(trades[trade]));
        int count = 2 + r.nextInt(4);
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = pool.remove(r.nextInt(pool.size())).split("\\|");
            BigDecimal q = w[1].equals("h") ? BigDecimal.valueOf(1 + r.nextInt(30)).divide(BigDecimal.valueOf(2))
                    : w[1].equals("m²") ? BigDecimal.valueOf(10 + r.nextInt(90)) : BigDecimal.valueOf(1 + r.nextInt(2));
            BigDecimal unit = w[1].equals("h") ? BigDecimal.valueOf(85 + 5 * r.nextInt(10)).setScale(2)
                    : w[1].equals("m²") ? cents(2_200 + 50 * r.nextInt(40)) : w[0].startsWith("Déplacement")
                    ? cents(4_500 + 500 * r.nextInt(20)) : cents(9_000 + 5 * r.nextInt(40_000));
            int rebate = pick(r, new Integer[] {0, 0, 0, 5, 10});
            BigDecimal brut = q.multiply(unit).setScale(2, RoundingMode.HALF_UP);
            BigDecimal amount = brut.subtract(share(brut, BigDecimal.valueOf(rebate)));
            net = net.add(amount);
            rows.add(new String[] {String.valueOf(i + 1), w[0], qty(q).replace(',', '.'), w[1], num(unit, "'", '.'),
                rebate == 0 ? "" : rebate + " %", num(amount, "'", '.')});
        }
        BigDecimal tax = share(net, pct("8.1"));
        BigDecimal gross = net.add(tax);
        String qrAmount = num(gross, " ", '.');
        String iban = "CH" + digits(r, 2) + " 30" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + r.nextInt(10);
        String ref = qrReference(r);
        String sellerStreet = pick(r, new String[] {"Rue de Lausanne 45", "Route de la Glâne 12", "Chemin des Vignes 3"});
        String sellerCity = pick(r, new String[] {"1700 Fribourg", "1950 Sion", "2000 Neuchâtel", "1400 Yverdon-les-Bains"});
        String custStreet = pick(r, new String[] {"Grand-Rue 14", "Avenue de la Gare 30", "Rue du Centre 2"});
        String custCity = pick(r, new String[] {"1072 Forel (Lavaux)", "1110 Morges", "1820 Montreux", "1630 Bulle"});
        float right = c.width() - 50;

        c.rightBold(right, 805, seller, 12);
        c.right(right, 791, sellerStreet + " · " + sellerCity, 8);
        c.right(right, 780, "Tél. +41 " + (21 + r.nextInt(6)) + " " + digits(r, 3) + " " + digits(r, 2) + " "
                + digits(r, 2) + " · IDE CHE-" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3) + " TVA", 8);
        c.text(60, 742, seller + ", " + sellerStreet + ", " + sellerCity, 6.5f);
        c.rule(60, 738, 290, 738, 0.4f);
        c.text(60, 724, customer, 10);
        c.text(60, 711, custStreet, 10);
        c.text(60, 698, custCity, 10);
        c.bold(50, 650, "Facture " + number, 15);
        LocalDate from = issue.minusMonths(1).withDayOfMonth(1);
        String[][] meta = {{"Date de facture", dots(issue)},
            kind == 0 ? new String[] {"Échéance", dots(due)} : new String[] {"Délai de paiement", days + " jours net"},
            {"N° client", String.valueOf(1000 + r.nextInt(9000))}, {"Votre contact", new String[] {
                "Sophie Gremaud", "Marc Morel", "Luca Vuilleumier", "Anne Perret"}[trade]},
            {"Période de prestation", dots(from) + " – " + dots(endOfMonth(from))}};
        for (int i = 0; i < meta.length; i++) {
            c.text(50, 630 - 12 * i, meta[i][0] + ":", 8.5f);
            c.text(150, 630 - 12 * i, meta[i][1], 8.5f);
        }
        c.y = 555;
        float[] xs = {52, 72, 300, 308, 400, 445, right - 3};
        int[] al = {0, 0, 1, 0, 1, 1, 1};
        row(c, c.y, xs, al, new String[] {"Pos.", "Désignation", "Quantité", " Unité", "Prix", "Rabais",
            "Total CHF"}, 8, true);
        c.rule(50, c.y - 5, right, c.y - 5, 0.6f);
        c.down(17);
        for (String[] line : rows) {
            row(c, c.y, xs, al, line, 8.5f, false);
            c.down(13);
        }
        c.rule(50, c.y + 5, right, c.y + 5, 0.4f);
        c.down(8);
        pairs(c, 330, right, new String[][] {{"Sous-total", num(net, "'", '.')},
            {"TVA 8,1 % sur CHF " + num(net, "'", '.'), num(tax, "'", '.')}, {"Total CHF", num(gross, "'", '.')}},
                9, 2, 14);
        c.down(6);
        c.text(50, c.y, kind == 0 ? "Merci de régler le montant jusqu'au " + dots(due) + " au moyen de la section"
                + " paiement ci-dessous." : "Payable à " + days + " jours net, au moyen de la section paiement"
                + " ci-dessous.", 8.5f);
        float qr = 297;
        c.dashed(0, qr, c.width(), qr);
        c.dashed(176, 0, 176, qr);
        c.text(180, qr + 3, "✂", 9);
        c.bold(17, qr - 24, "Récépissé", 11);
        String[][] receipt = {{"Compte / Payable à", iban, seller, sellerStreet, sellerCity},
            {"Référence", ref}, {"Payable par", customer, custStreet, custCity}};
        float ry = qr - 42;
        for (String[] block : receipt) {
            c.bold(17, ry, block[0], 6);
            ry -= 9;
            for (int i = 1; i < block.length; i++) {
                c.fit(17, ry, block[i], 8, 150, false);
                ry -= 9;
            }
            ry -= 5;
        }
        c.bold(17, 85, "Monnaie", 6);
        c.bold(60, 85, "Montant", 6);
        c.text(17, 75, "CHF", 8);
        c.text(60, 75, qrAmount, 8);
        c.bold(110, 45, "Point de dépôt", 6);
        c.bold(190, qr - 24, "Section paiement", 11);
        c.box(190, qr - 180, 130, 130, 0.8f);
        c.center(255, qr - 118, "QR", 12);
        c.bold(190, 85, "Monnaie", 8);
        c.bold(245, 85, "Montant", 8);
        c.text(190, 72, "CHF", 10);
        c.text(245, 72, qrAmount, 10);
        String[][] pay = {{"Compte / Payable à", iban, seller, sellerStreet, sellerCity}, {"Référence", ref},
            {"Informations supplémentaires", "Facture " + number + " du " + dots(issue)},
            {"Payable par", customer, custStreet, custCity}};
        float py = qr - 26;
        for (String[] block : pay) {
            c.bold(335, py, block[0], 8);
            py -= 11;
            for (int i = 1; i < block.length; i++) {
                c.fit(335, py, block[i], 9.5f, right + 35 - 335, false);
                py -= 11;
            }
            py -= 5;
        }
        return Truth.invoice(number, issue, due, gross, "CHF", customer);
    }

    /**
     * A Luxembourg invoice with bilingual labels ("Facture / Rechnung", "Date / Datum", "Montant à payer / Zu
     * zahlen"): the seller at the left with RCS and LU VAT number, the customer in the window at the right, a boxed
     * grid of six cells (date, due date or terms, customer n°, service date, your reference, customer VAT n°), TVA
     * 17 % with 14 % or 3 % lines where the trade has them, or the reverse charge for a French customer (the total is
     * then the net), the terms "endéans 30 jours" / "innerhalb von 30 Tagen" or "dès réception" / "sofort".
     */
    static Truth luxembourgBilingual(Canvas c, Random r, int round) {
        String[] sellers = {"Fiduciaire Weber & Hoffmann S.à r.l.", "Toiture Schmit S.à r.l.", "Traiteur Kremer S.A.",
            "Reuter IT Solutions S.A."};
        int trade = r.nextInt(sellers.length);
        String seller = sellers[trade];
        String customer = pick(r, new String[] {"Boulangerie Fischer S.à r.l.", "Cabinet médical Dr Weis",
            "Brasserie Simon S.A.", "Commune de Bertrange", "Lorraine Habitat SAS", "Garage Muller & Fils S.à r.l."});
        boolean french = customer.endsWith("SAS");
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue.plusDays(30) : kind == 1 ? issue
                : issue.plusDays(pick(r, new Integer[] {15, 30, 45}));
        String number = pick(r, new String[] {"2026-0", "FA26/", "LU-"}) + (100 + r.nextInt(900));
        String[][] work = {
            {"Tenue de la comptabilité (mois)|17", "Déclaration TVA trimestrielle|17", "Établissement des comptes annuels|17",
                "Fiches de salaire (par fiche)|17", "Conseil fiscal (heure)|17"},
            {"Réfection toiture ardoise (m²)|3", "Zinguerie, gouttières (ml)|3", "Main-d'œuvre couvreur (heure)|17",
                "Location échafaudage (semaine)|17", "Isolation sous toiture (m²)|3"},
            {"Menu de fête (par personne)|3", "Vin Crémant de Luxembourg (bouteille)|14", "Service en salle (heure)|17",
                "Location vaisselle (lot)|17", "Plateau de fromages|3", "Riesling Grand Premier Cru (bouteille)|14"},
            {"Licence Microsoft 365 (mois)|17", "Intervention sur site (heure)|17", "Pare-feu, abonnement annuel|17",
                "Sauvegarde en ligne 500 Go|17", "Installation poste de travail|17"}};
        List<String> pool = new ArrayList<>(List.of(work[trade]));
        int count = 2 + r.nextInt(Math.min(4, pool.size() - 1));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = pool.remove(r.nextInt(pool.size())).split("\\|");
            BigDecimal q = BigDecimal.valueOf(w[0].contains("(m²)") || w[0].contains("personne") ? 10 + r.nextInt(80)
                    : w[0].contains("heure") || w[0].contains("bouteille") ? 1 + r.nextInt(24) : 1 + r.nextInt(3));
            BigDecimal unit = w[0].contains("(m²)") || w[0].contains("bouteille") || w[0].contains("personne")
                    ? cents(1_800 + r.nextInt(7_000)) : w[0].contains("heure") ? cents(6_500 + 500 * r.nextInt(12))
                    : cents(12_000 + r.nextInt(140_000));
            items.add(new Item(w[0], q, unit, french ? BigDecimal.ZERO : new BigDecimal(w[1])));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        boolean dotsGroup = r.nextBoolean();
        Function<BigDecimal, String> m = a -> dotsGroup ? dotted(a) : fr(a);
        Function<LocalDate, String> date = r.nextBoolean() ? BlindLayouts8::dots : BlindLayouts8::dmy;
        float right = c.width() - 50;

        c.bold(50, 800, seller, 12.5f);
        String[] head = {pick(r, new String[] {"12, rue de l'Alzette", "45, route d'Esch", "3, Grand-Rue",
            "88, avenue de la Liberté"}) + ", L-" + pick(r, new String[] {"4011 Esch-sur-Alzette", "1470 Luxembourg",
                "9051 Ettelbruck", "1930 Luxembourg"}), "Tél. +352 " + digits(r, 2) + " " + digits(r, 2) + " "
                + digits(r, 2) + (r.nextBoolean() ? "-1" : ""), "RCS Luxembourg B" + digits(r, 6)
                + " · Autorisation d'établissement n° 10" + digits(r, 6), "N° TVA / MwSt.-Nr. LU" + digits(r, 8)};
        for (int i = 0; i < head.length; i++) {
            c.text(50, 786 - 11 * i, head[i], 7.5f);
        }
        float wy = 705;
        c.fit(330, wy, customer, 10.5f, right - 330, true);
        c.text(330, wy - 13, french ? pick(r, new String[] {"15 rue Serpenoise", "2 place de la République"})
                : pick(r, new String[] {"7, rue du Marché", "21, rue de Luxembourg", "1, place de l'Église"}), 9.5f);
        c.text(330, wy - 26, french ? pick(r, new String[] {"F-57000 Metz", "F-54000 Nancy"})
                : pick(r, new String[] {"L-8077 Bertrange", "L-3450 Dudelange", "L-6460 Echternach"}), 9.5f);
        c.bold(50, 640, "FACTURE / RECHNUNG  N° " + number, 13);
        float gy = 625;
        float gw = (right - 50) / 3;
        String[][] grid = {{"Date / Datum", date.apply(issue)},
            kind == 2 ? new String[] {"Échéance / Fälligkeit", date.apply(due)}
                : new String[] {"Conditions / Bedingungen", kind == 0 ? "30 jours / Tage" : "Dès réception / sofort"},
            {"N° client / Kundennr.", "K-" + digits(r, 4)},
            {"Date de prestation / Leistungsdatum", date.apply(issue.minusDays(1 + r.nextInt(25)))},
            {"Votre référence / Ihre Referenz", pick(r, new String[] {"Commande du " + date.apply(issue.minusDays(30)),
                "Devis " + digits(r, 4), "M. Thill"})},
            {"N° TVA client / MwSt.-Nr. Kunde", french ? "FR" + digits(r, 11) : customer.startsWith("Commune")
                ? "-" : "LU" + digits(r, 8)}};
        for (int i = 0; i < grid.length; i++) {
            float x = 50 + (i % 3) * gw;
            float top = gy - (i / 3) * 30;
            c.box(x, top - 30, gw, 30, 0.6f);
            c.fit(x + 4, top - 10, grid[i][0], 6.5f, gw - 8, false);
            c.fit(x + 4, top - 23, grid[i][1], 9, gw - 8, true);
        }
        c.y = gy - 85;
        float[] xs = {52, 320, 400, 445, right - 3};
        int[] al = {0, 1, 1, 1, 1};
        c.fill(50, c.y - 17, right - 50, 28, 0.9f);
        row(c, c.y, xs, al, new String[] {"Désignation", "Qté", "Prix unitaire", "TVA", "Montant HTVA"}, 7.5f, true);
        row(c, c.y - 10, xs, al, new String[] {"Bezeichnung", "Menge", "Einzelpreis", "MwSt", "Netto"}, 7.5f, false);
        c.down(32);
        for (Item i : items) {
            row(c, c.y, xs, al, new String[] {i.label(), qty(i.qty()), m.apply(i.unit()), rate(i.rate()) + " %",
                m.apply(i.amount())}, 8.5f, false);
            c.down(14);
        }
        c.rule(50, c.y + 6, right, c.y + 6, 0.5f);
        c.down(12);
        List<String[]> totals = new ArrayList<>();
        totals.add(new String[] {"Total hors TVA / Netto", m.apply(s.net())});
        s.taxByRate().forEach((k, v) -> totals.add(new String[] {"TVA / MwSt " + rate(k) + " %", m.apply(v)}));
        totals.add(new String[] {"Total TTC / Brutto", m.apply(s.gross())});
        float ty = c.y;
        pairs(c, 292, right - 8, totals.toArray(new String[0][]), 9, 99, 14);
        c.box(284, c.y - 10, right - 284, ty - c.y + 24, 0.6f);
        c.fill(284, c.y - 10, right - 284, 22, 0.88f);
        c.bold(292, c.y - 2, "Montant à payer / Zu zahlen", 9.5f);
        c.rightBold(right - 8, c.y - 2, "EUR " + m.apply(s.gross()), 9.5f);
        c.y -= 40;
        if (french) {
            c.line(50, "Autoliquidation - art. 196 de la directive 2006/112/CE / Steuerschuldnerschaft des"
                    + " Leistungsempfängers.", 7.5f);
        }
        c.line(50, switch (kind) {
            case 0 -> "Payable endéans 30 jours / zahlbar innerhalb von 30 Tagen.";
            case 1 -> "Payable dès réception / zahlbar sofort nach Erhalt der Rechnung.";
            default -> "Payable au plus tard le " + date.apply(due) + " / zahlbar bis spätestens " + date.apply(due) + ".";
        }, 8.5f);
        c.line(50, "IBAN LU" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " · BIC " + pick(r, new String[] {"BCEELULL", "BILLLULL", "CCRALULL"})
                + " · Communication : " + number, 8);
        c.text(50, 40, "Intérêts de retard au taux légal (loi du 18 avril 2004) / Verzugszinsen zum gesetzlichen"
                + " Zinssatz.", 6.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A Québec renovation contractor's field-service app: RBQ licence and NEQ under the name, "FACTURE" at the right
     * over a "Solde dû" box, the client (a person or a company) and the work address, a column of "label : value"
     * (invoice n°, date in words or ISO, terms or due date, quote accepted on), TPS and TVQ with their numbers, a
     * deposit received deducted half of the time ("Solde dû" then differs from the total), interest after 30 days as
     * a distractor.
     */
    static Truth quebecContractor(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Rénovations Bellerive inc.", "Construction Lapointe & Fils inc.",
            "Gestion Rénovaction enr.", "Les Entreprises Fortin Rénovation inc."});
        String customer = pick(r, new String[] {"Mme Geneviève Tremblay", "M. Jean-François Côté",
            "Les Habitations Gagnon inc.", "Clinique dentaire Saint-Roch", "Café Le Brûlot enr.", "Syndicat Copro Le Félix"});
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue : kind == 1 ? issue.plusDays(15) : issue.plusDays(pick(r,
                new Integer[] {10, 20, 30}));
        String number = String.valueOf(1000 + r.nextInt(3000));
        String[] work = {"Démolition et disposition des débris|1|1|80000|250000",
            "Fourniture et pose de gypse (pi²)|200|900|250|150", "Tirage de joints|1|1|60000|150000",
            "Peinture murs et plafonds|1|1|90000|300000", "Pose de céramique (pi²)|40|400|900|900",
            "Plomberie - main-d'œuvre (h)|4|30|8500|2500", "Électricité - maître électricien (h)|4|24|9000|2500",
            "Armoires de cuisine sur mesure|1|1|600000|900000", "Quincaillerie et matériaux|1|1|20000|180000",
            "Location de conteneur 20 vg|1|2|45000|20000"};
        List<String> pool = new ArrayList<>(List.of(work));
        List<Item> items = new ArrayList<>();
        int count = 3 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            String[] w = pool.remove(r.nextInt(pool.size())).split("\\|");
            int lo = Integer.parseInt(w[1]);
            int hi = Integer.parseInt(w[2]);
            items.add(new Item(w[0], BigDecimal.valueOf(lo + r.nextInt(hi - lo + 1)),
                    cents(Integer.parseInt(w[3]) + r.nextInt(Integer.parseInt(w[4]))), BigDecimal.ZERO));
        }
        BigDecimal net = sum(items.stream().map(Item::amount).toList());
        BigDecimal tps = share(net, pct("5"));
        BigDecimal tvq = share(net, pct("9.975"));
        BigDecimal gross = net.add(tps).add(tvq);
        boolean deposit = variant(r, round, 2) == 0;
        BigDecimal paid = deposit ? gross.multiply(pct("0.3")).setScale(-2, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO;
        BigDecimal rest = gross.subtract(paid);
        boolean wordsDate = r.nextBoolean();
        Function<LocalDate, String> date = wordsDate ? BlindLayouts8::words : BlindLayouts8::iso;
        Function<BigDecimal, String> cad = a -> fr(a) + " $";
        float right = c.width() - 50;

        c.bold(50, 800, seller, 14);
        String[] head = {(100 + r.nextInt(8000)) + ", " + pick(r, new String[] {"rue Saint-Joseph Est", "boulevard"
            + " Charest Ouest", "avenue Cartier", "chemin Sainte-Foy"}) + ", Québec (Québec) G1" + (char) ('K' + r.nextInt(10))
            + " " + r.nextInt(10) + (char) ('A' + r.nextInt(20)) + r.nextInt(10),
            "418 " + digits(r, 3) + "-" + digits(r, 4) + " · info@" + slug(seller) + ".ca", "Licence RBQ " + digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 2)
                + " · NEQ 11" + digits(r, 8)};
        for (int i = 0; i < head.length; i++) {
            c.text(50, 786 - 11 * i, head[i], 8);
        }
        c.rightBold(right, 800, "FACTURE", 20);
        c.fill(390, 730, right - 390, 42, 0.9f);
        c.text(400, 758, "Solde dû", 9);
        c.rightBold(right - 10, 740, cad.apply(rest), 15);
        float top = 700;
        c.text(50, top, "Client", 8);
        c.bold(50, top - 14, customer, 11);
        c.text(50, top - 27, (100 + r.nextInt(4000)) + ", " + pick(r, new String[] {"rue des Érables", "avenue Maguire",
            "rue de la Couronne"}), 9);
        c.text(50, top - 39, pick(r, new String[] {"Québec (Québec) G1R 2J4", "Lévis (Québec) G6V 4Z7",
            "Sillery (Québec) G1S 1C1"}), 9);
        c.text(50, top - 58, "Adresse des travaux", 8);
        c.text(50, top - 70, (100 + r.nextInt(4000)) + ", " + pick(r, new String[] {"rue Cartier", "avenue Royale",
            "rue du Pont"}) + ", " + pick(r, new String[] {"Québec", "Beauport", "Lévis"}), 9);
        LocalDate quote = issue.minusDays(30 + r.nextInt(60));
        String[][] meta = {{"Facture n°", number}, {"Date", date.apply(issue)},
            kind == 0 ? new String[] {"Modalités", "Payable sur réception"} : kind == 1
                ? new String[] {"Modalités", "Net 15 jours"} : new String[] {"Échéance", date.apply(due)},
            {"Soumission", "S-" + digits(r, 4) + " acceptée le " + iso(quote)},
            {"Début des travaux", date.apply(quote.plusDays(10 + r.nextInt(10)))}};
        for (int i = 0; i < meta.length; i++) {
            c.text(300, top - 14 * i, meta[i][0], 8.5f);
            c.text(385, top - 14 * i, ": " + meta[i][1], 8.5f);
        }
        c.y = 600;
        float[] xs = {52, 345, 430, right - 3};
        int[] al = {0, 1, 1, 1};
        c.rule(50, c.y + 12, right, c.y + 12, 0.8f);
        row(c, c.y, xs, al, new String[] {"Produit / service", "Qté", "Prix unitaire", "Total"}, 8.5f, true);
        c.rule(50, c.y - 5, right, c.y - 5, 0.8f);
        c.down(18);
        for (Item i : items) {
            row(c, c.y, xs, al, new String[] {i.label(), qty(i.qty()), cad.apply(i.unit()), cad.apply(i.amount())},
                    8.5f, false);
            c.down(14);
        }
        c.down(10);
        List<String[]> totals = new ArrayList<>();
        totals.add(new String[] {"Sous-total", cad.apply(net)});
        totals.add(new String[] {"TPS (5 %) n° " + digits(r, 9) + " RT0001", cad.apply(tps)});
        totals.add(new String[] {"TVQ (9,975 %) n° " + digits(r, 10) + " TQ0001", cad.apply(tvq)});
        totals.add(new String[] {"Total", cad.apply(gross)});
        if (deposit) {
            totals.add(new String[] {"Dépôt reçu le " + iso(quote.plusDays(3)), "-" + cad.apply(paid)});
        }
        totals.add(new String[] {"Solde dû", cad.apply(rest)});
        pairs(c, 300, right, totals.toArray(new String[0][]), 9, totals.size() - 1, 14);
        c.down(16);
        c.line(50, "Tous les montants sont en dollars canadiens (CAD).", 8);
        c.line(50, "Paiement par virement Interac à paiements@" + slug(seller) + ".ca ou par chèque.", 8);
        c.line(50, "Chèque à l'ordre de : " + seller, 8);
        c.line(50, "Des frais d'intérêt de 2 % par mois (26,82 % par année) s'appliquent aux soldes impayés après"
                + " 30 jours.", 7.5f);
        c.line(50, "Garantie de 1 an sur la main-d'œuvre à compter de la fin des travaux.", 7.5f);
        c.center(c.width() / 2, 40, "Merci de votre confiance!", 9);
        Truth t = Truth.invoice(number, issue, due, gross, "CAD", customer);
        return deposit ? t.withAmountDue(rest) : t;
    }

    /**
     * An electrician's long invoice over two pages: items grouped by chapter with a subtotal per chapter, "Total à
     * reporter" at the foot of page one and "Report" at the top of page two, the customer in a window box at the
     * right of page one, the quote and the dates of the works there; the totals, the VAT, the terms ("45 jours fin
     * de mois" or a due date) and the bank only on page two, whose heading repeats the number and the date.
     */
    static Truth twoPagesCarried(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Électricité Générale Morvan SARL", "Kerlann Élec & Domotique",
            "Allain Électricité Industrielle SAS"});
        String customer = pick(r, new String[] {"SCI Les Hauts de Saint-Clair", "Crèche Les Lucioles",
            "SAS Clinique Vétérinaire des Ormes", "Lycée privé Saint-Gabriel", "Hôtel-Restaurant La Licorne",
            "Cave coopérative des Coteaux"});
        LocalDate issue = day(r);
        boolean terms = variant(r, round, 2) == 0;
        LocalDate due = terms ? endOfMonthAfter(issue, 45) : issue.plusDays(pick(r, new Integer[] {30, 45, 60}));
        String number = "FA" + issue.getYear() + String.format(Locale.ROOT, "%02d", issue.getMonthValue()) + "-"
                + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(300));
        BigDecimal rate = pct("20");
        String[][] chapters = {
            {"Tableau et protections", "Tableau 4 rangées 52 modules|u", "Disjoncteur différentiel 40A 30mA|u",
                "Disjoncteur divisionnaire 16A|u", "Parafoudre tétrapolaire|u", "Peigne d'alimentation|u",
                "Repérage et étiquetage|forfait"},
            {"Éclairage", "Dalle LED 600x600 36W|u", "Downlight LED encastré|u", "Détecteur de présence plafond|u",
                "Bloc autonome d'éclairage de sécurité|u", "Câble U1000 R2V 3G1,5|ml", "Boîte de dérivation|u"},
            {"Prises et circuits", "Prise 2P+T encastrée|u", "Prise RJ45 cat. 6|u", "Goulotte PVC 80x50|ml",
                "Câble U1000 R2V 3G2,5|ml", "Circuit spécialisé 20A|u", "Saignée et rebouchage|ml"},
            {"Courants faibles", "Baie de brassage 19 pouces 12U|u", "Panneau de brassage 24 ports|u",
                "Point d'accès Wi-Fi|u", "Câble F/UTP cat. 6A|ml", "Tests et certification|forfait"},
            {"Main-d'œuvre et divers", "Main-d'œuvre électricien|h", "Main-d'œuvre apprenti|h", "Déplacements|u",
                "Petites fournitures|forfait", "Évacuation des déchets|forfait"}};
        List<String[]> rows = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        int ref = 1;
        for (String[] ch : chapters) {
            rows.add(new String[] {"H", ch[0]});
            amounts.add(null);
            BigDecimal chapterSum = BigDecimal.ZERO.setScale(2);
            for (int i = 1; i < ch.length; i++) {
                if (r.nextInt(5) == 0) {
                    continue;
                }
                String[] w = ch[i].split("\\|");
                BigDecimal unit = w[1].equals("ml") ? cents(90 + r.nextInt(900)) : w[1].equals("h")
                        ? BigDecimal.valueOf(42 + 3 * r.nextInt(8)).setScale(2) : cents(900 + r.nextInt(35_000));
                BigDecimal q = w[1].equals("ml") ? BigDecimal.valueOf(10 + r.nextInt(200))
                        : w[1].equals("h") ? BigDecimal.valueOf(4 + r.nextInt(60))
                        : w[1].equals("forfait") ? BigDecimal.ONE : BigDecimal.valueOf(unit.intValue() > 120
                                ? 1 + r.nextInt(3) : 1 + r.nextInt(24));
                BigDecimal amount = q.multiply(unit).setScale(2, RoundingMode.HALF_UP);
                chapterSum = chapterSum.add(amount);
                rows.add(new String[] {String.format(Locale.ROOT, "EL%03d", ref++), w[0], w[1], qty(q), fr(unit),
                    fr(amount)});
                amounts.add(amount);
            }
            rows.add(new String[] {"S", "Sous-total " + ch[0], fr(chapterSum)});
            amounts.add(null);
            net = net.add(chapterSum);
        }
        BigDecimal tax = share(net, rate);
        BigDecimal gross = net.add(tax);
        int firstPage = Math.min(rows.size() - 8, 24 + r.nextInt(6));
        while (rows.get(firstPage - 1)[0].equals("H")) {
            firstPage--;
        }
        float right = c.width() - 50;
        String sirenNo = siren(r);
        LocalDate start = issue.minusDays(20 + r.nextInt(30));
        LocalDate end = issue.minusDays(1 + r.nextInt(6));

        c.bold(50, 800, seller, 13);
        String[] head = {pick(r, SELLER_STREETS), pick(r, FR_CITIES), "Tél. " + phone(r, "02") + " - "
            + "contact@" + slug(seller) + ".fr",
            "SIRET " + siret(sirenNo, r) + " - TVA " + vatFr(sirenNo), "Qualifelec n° " + digits(r, 6)};
        for (int i = 0; i < head.length; i++) {
            c.text(50, 786 - 11 * i, head[i], 7.5f);
        }
        c.box(320, 640, right - 320, 80, 0.6f);
        c.fit(330, 700, customer, 10.5f, right - 340, true);
        c.text(330, 686, pick(r, new String[] {"Service technique", "À l'attention du gérant", "Direction"}), 9);
        c.text(330, 673, pick(r, FR_STREETS), 9);
        c.text(330, 660, pick(r, FR_CITIES), 9);
        c.bold(50, 715, "FACTURE", 16);
        String[][] meta = {{"Numéro", number}, {"Date", dmy(issue)}, {"Client", "CL" + digits(r, 4)},
            {"Devis", "DV" + issue.getYear() + "-" + digits(r, 3) + " du " + dmy(start.minusDays(20 + r.nextInt(30)))},
            {"Travaux", "du " + dmy(start) + " au " + dmy(end)}};
        for (int i = 0; i < meta.length; i++) {
            c.text(50, 698 - 12 * i, meta[i][0], 8.5f);
            c.text(100, 698 - 12 * i, meta[i][1], 8.5f);
        }
        float[] xs = {52, 95, 300, 380, 460, right - 3};
        int[] al = {0, 0, 0, 1, 1, 1};
        String[] heads = {"Réf.", "Désignation", "Unité", "Quantité", "PU HT", "Montant HT"};
        c.y = 610;
        c.fill(50, c.y - 5, right - 50, 16, 0.88f);
        row(c, c.y, xs, al, heads, 8, true);
        c.down(18);
        BigDecimal carried = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < rows.size(); i++) {
            if (i == firstPage) {
                c.rule(50, c.y + 8, right, c.y + 8, 0.6f);
                c.down(4);
                c.bold(300, c.y, "Total HT à reporter", 9);
                c.rightBold(right - 3, c.y, fr(carried), 9);
                c.center(c.width() / 2, 40, "Page 1 / 2 - suite page suivante", 7.5f);
                c.newPage();
                c.text(50, 800, seller + " - Facture " + number + " du " + dmy(issue), 8.5f);
                c.right(right, 800, "Page 2 / 2", 8.5f);
                c.y = 770;
                c.fill(50, c.y - 5, right - 50, 16, 0.88f);
                row(c, c.y, xs, al, heads, 8, true);
                c.down(18);
                c.bold(300, c.y, "Report", 9);
                c.rightBold(right - 3, c.y, fr(carried), 9);
                c.rule(50, c.y - 5, right, c.y - 5, 0.6f);
                c.down(18);
            }
            String[] line = rows.get(i);
            if (line[0].equals("H")) {
                c.down(3);
                c.bold(95, c.y, line[1].toUpperCase(Locale.ROOT), 8.5f);
                c.down(13);
            } else if (line[0].equals("S")) {
                c.text(280, c.y, line[1], 8);
                c.right(right - 3, c.y, line[2], 8);
                c.rule(380, c.y + 9, right, c.y + 9, 0.3f);
                c.down(15);
            } else {
                row(c, c.y, xs, al, line, 8, false);
                carried = carried.add(amounts.get(i));
                c.down(12.5f);
            }
        }
        c.down(10);
        c.box(320, c.y - 62, right - 320, 74, 0.8f);
        pairs(c, 330, right - 8, new String[][] {{"Total HT", fr(net) + " €"}, {"TVA 20 %", fr(tax) + " €"},
            {"Total TTC", fr(gross) + " €"}, {"Net à payer", fr(gross) + " €"}}, 9.5f, 3, 16);
        c.down(28);
        c.line(50, terms ? "Conditions de règlement : 45 jours fin de mois à compter de la date de facture."
                : "Date d'échéance : " + dmy(due), 9);
        c.line(50, "Règlement par virement : IBAN " + ibanFr(r) + " - BIC CMBRFR2BARK", 8);
        c.line(50, "Pénalités de retard : taux BCE + 10 points. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
                7.5f);
        c.line(50, "Garantie de parfait achèvement : un an à compter de la réception des travaux.", 7.5f);
        c.center(c.width() / 2, 40, "Page 2 / 2", 7.5f);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * A balance invoice after a deposit invoice: "FACTURE DE SOLDE" with the accepted quote and the deposit invoice
     * (its number, date and percentage) under the title, a framed box at the top right with number, date, due date
     * or terms and customer n°, the customer and the delivery/fitting address side by side, the whole order's lines,
     * then either Total TTC less the deposit paid TTC, or the deposit deducted HT and VAT ("Solde HT", "TVA sur
     * solde") with the order's total TTC stated; the rest "Net à payer". The total is the order's TTC, the rest goes
     * to {@code amountDue}.
     */
    static Truth balanceInvoice(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Cuisines Lemoine SARL", "Atelier Bois & Créations", "Événements Azur SAS",
            "Stores et Fermetures Jaouen"});
        String customer = pick(r, new String[] {"M. et Mme Roussel", "Madame Claire Dubois", "SAS Brévent Ingénierie",
            "Restaurant Le Comptoir Marin", "M. Antoine Lefort", "Cabinet d'avocats Prigent"});
        String[] work = seller.startsWith("Événements")
                ? new String[] {"Location structure pagode 5x5 m", "Mobilier (tables, chaises)", "Sonorisation et DJ",
                    "Éclairage d'ambiance", "Montage et démontage", "Décoration florale", "Livraison et reprise"}
                : seller.startsWith("Stores") ? new String[] {"Volets roulants motorisés", "Porte d'entrée alu",
                    "Store banne 4 m", "Porte de garage sectionnelle", "Moustiquaires", "Pose et réglages",
                    "Dépose et évacuation de l'existant"}
                : new String[] {"Meubles bas et colonnes (selon plan)", "Plan de travail stratifié", "Crédence verre",
                    "Électroménager encastrable", "Pose et ajustements", "Dépose de l'existant", "Évier et robinetterie"};
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue : kind == 1 ? issue.plusDays(15) : issue.plusDays(pick(r,
                new Integer[] {8, 10, 30}));
        boolean htDeduction = variant(r, round, 2) == 0;
        BigDecimal rate = pct("20");
        List<Item> items = fewItems(r, work, 3, 7, 18_000, 260_000, 2, rate);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        int share = pick(r, new Integer[] {30, 40, 50});
        LocalDate depositDate = issue.minusDays(30 + r.nextInt(70));
        String year = String.valueOf(issue.getYear());
        String depositNo = "FA-" + depositDate.getYear() + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(200));
        String number = "FS-" + year + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(200));
        String quote = "DEV-" + depositDate.getYear() + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(200));
        BigDecimal depositHt = share(s.net(), BigDecimal.valueOf(share));
        BigDecimal depositTax = share(depositHt, rate);
        BigDecimal depositTtc = depositHt.add(depositTax);
        BigDecimal rest = s.gross().subtract(depositTtc);
        float right = c.width() - 50;
        String sirenNo = siren(r);

        c.bold(50, 800, seller, 14);
        c.text(50, 786, pick(r, SELLER_STREETS) + ", " + pick(r, FR_CITIES), 8);
        c.text(50, 775, "Tél. " + phone(r, "02") + " - SIRET " + siret(sirenNo, r), 8);
        c.text(50, 764, "TVA intracommunautaire " + vatFr(sirenNo), 8);
        c.box(350, 715, right - 350, 80, 0.9f);
        String[][] meta = {{"Facture n°", number}, {"Date", dmy(issue)},
            kind == 2 ? new String[] {"Échéance", dmy(due)} : new String[] {"Règlement", kind == 0
                ? "à réception" : "à 15 jours"}, {"Client n°", "C" + digits(r, 4)}};
        for (int i = 0; i < meta.length; i++) {
            c.text(360, 780 - 15 * i, meta[i][0], 9);
            c.rightBold(right - 10, 780 - 15 * i, meta[i][1], 9);
        }
        c.bold(50, 700, "FACTURE DE SOLDE", 16);
        c.text(50, 684, "Suivant devis n° " + quote + " accepté le " + dmy(depositDate.minusDays(2 + r.nextInt(10)))
                + " - facture d'acompte n° " + depositNo + " (" + share + " %) du " + dmy(depositDate), 8);
        float top = 660;
        c.text(50, top, "Client", 8);
        c.bold(50, top - 14, customer, 10.5f);
        c.text(50, top - 27, pick(r, FR_STREETS), 9);
        c.text(50, top - 39, pick(r, FR_CITIES), 9);
        c.text(320, top, seller.startsWith("Événements") ? "Lieu de l'événement" : "Adresse de pose", 8);
        c.text(320, top - 14, seller.startsWith("Événements") ? pick(r, new String[] {"Manoir de Kerlaouen",
            "Domaine du Bois-Joli", "Salle des fêtes de Sautron"}) : pick(r, new String[] {"Résidence Les Sternes,"
                + " bât. B", "Maison individuelle", "Appartement 3e étage"}), 9);
        c.text(320, top - 27, pick(r, FR_STREETS), 9);
        c.text(320, top - 39, pick(r, FR_CITIES), 9);
        if (seller.startsWith("Événements")) {
            c.text(320, top - 52, "Date de l'événement : " + dmy(issue.minusDays(2 + r.nextInt(6))), 8);
        } else {
            c.text(320, top - 52, "Fin de pose : " + dmy(issue.minusDays(1 + r.nextInt(6))), 8);
        }
        c.y = 580;
        float[] xs = {52, 330, 415, right - 3};
        int[] al = {0, 1, 1, 1};
        c.rule(50, c.y + 12, right, c.y + 12, 0.6f);
        row(c, c.y, xs, al, new String[] {"Désignation", "Quantité", "Prix unitaire HT", "Montant HT"}, 8.5f, true);
        c.rule(50, c.y - 5, right, c.y - 5, 0.6f);
        c.down(18);
        for (Item i : items) {
            row(c, c.y, xs, al, new String[] {i.label(), qty(i.qty()), fr(i.unit()), fr(i.amount())}, 8.5f, false);
            c.down(14);
        }
        c.down(12);
        String[][] totals = htDeduction
                ? new String[][] {{"Total HT de la commande", fr(s.net()) + " €"},
                    {"Acompte HT facturé (" + depositNo + ")", "- " + fr(depositHt) + " €"},
                    {"Solde HT", fr(s.net().subtract(depositHt)) + " €"},
                    {"TVA 20 % sur solde", fr(s.tax().subtract(depositTax)) + " €"},
                    {"Net à payer TTC", fr(rest) + " €"}}
                : new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
                    {"Total TTC", fr(s.gross()) + " €"},
                    {"Acompte versé le " + dmy(depositDate.plusDays(r.nextInt(8))) + " (" + depositNo + ")",
                        "- " + fr(depositTtc) + " €"}, {"Net à payer", fr(rest) + " €"}};
        float ty = c.y;
        pairs(c, 255, right - 8, totals, 9, totals.length - 1, 15);
        c.box(247, c.y + 3, right - 247, ty - c.y + 10, 0.6f);
        c.down(8);
        if (htDeduction) {
            c.text(50, c.y, "Montant total de la commande : " + fr(s.gross()) + " € TTC (HT " + fr(s.net())
                    + " €, TVA " + fr(s.tax()) + " €), dont acompte TTC " + fr(depositTtc) + " € déjà réglé.", 7.5f);
            c.down(18);
        }
        c.line(50, switch (kind) {
            case 0 -> "Solde payable à réception de la présente facture.";
            case 1 -> "Solde payable à 15 jours date de facture.";
            default -> "Solde à régler avant le " + dmy(due) + ".";
        }, 9);
        c.line(50, "Virement : " + ibanFr(r) + " - chèque à l'ordre de " + seller + ".", 8);
        c.line(50, "Pas d'escompte pour paiement anticipé. Pénalités : 3 fois le taux légal. Indemnité de recouvrement"
                + " 40 € (professionnels).", 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
        return t.withAmountDue(rest);
    }

    /**
     * A SaaS subscription invoice as a payment platform renders it in French: "Facture" and the number, issue and due
     * dates in words, "X € dus le …" in large, seller and "Facturer à" side by side, lines with their service period
     * under the description, prorations for a plan change (a negative line), a coupon, "TVA (20 % sur …)", "Total",
     * a credit balance applied sometimes, "Montant dû"; amounts with a narrow no-break space; the next debit date as
     * a distractor.
     */
    static Truth saasSubscription(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Planifio SAS", "Kanbo Software SAS", "Stockly Cloud SAS",
            "Agendo Technologies SAS"});
        String customer = pick(r, new String[] {"Agence Cobalt Communication", "Cabinet Lefort & Associés",
            "SARL Les Jardins d'Armor", "Studio Pilates Odéon", "Brasserie L'Écume", "Association Les Petits Loups"});
        LocalDate issue = day(r);
        LocalDate periodEnd = issue.plusMonths(1).minusDays(1);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue : issue.plusDays(kind == 1 ? 14 : 30);
        String prefix = seller.substring(0, 4).toUpperCase(Locale.ROOT);
        String number = prefix + digits(r, 4) + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(40));
        boolean shortDates = r.nextBoolean();
        Function<LocalDate, String> date = shortDates ? BlindLayouts8::shortWords : BlindLayouts8::words;
        Function<BigDecimal, String> eur = a -> (a.signum() < 0 ? "-" : "") + frNarrow(a.abs()) + "\u00A0€";
        int users = 2 + r.nextInt(24);
        BigDecimal price = pick(r, new BigDecimal[] {cents(1_200), cents(1_900), cents(2_900), cents(4_900)});
        List<Item> items = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        items.add(new Item("Forfait Pro (par utilisateur)", BigDecimal.valueOf(users), price, pct("20")));
        periods.add(date.apply(issue) + " – " + date.apply(periodEnd));
        if (r.nextBoolean()) {
            LocalDate change = issue.minusDays(5 + r.nextInt(20));
            BigDecimal unused = cents(-(300 + r.nextInt(2_500)));
            BigDecimal remaining = cents(600 + r.nextInt(4_000));
            items.add(new Item("Temps inutilisé sur Forfait Essentiel après le " + date.apply(change), BigDecimal.ONE,
                    unused, pct("20")));
            periods.add(date.apply(change) + " – " + date.apply(issue.minusDays(1)));
            items.add(new Item("Temps restant sur Forfait Pro après le " + date.apply(change), BigDecimal.ONE,
                    remaining, pct("20")));
            periods.add(date.apply(change) + " – " + date.apply(issue.minusDays(1)));
        }
        if (r.nextBoolean()) {
            items.add(new Item("Stockage supplémentaire 100 Go", BigDecimal.ONE, cents(900), pct("20")));
            periods.add(date.apply(issue) + " – " + date.apply(periodEnd));
        }
        BigDecimal subtotal = sum(items.stream().map(Item::amount).toList());
        boolean coupon = r.nextInt(3) == 0;
        BigDecimal off = coupon ? share(subtotal, pct("20")) : BigDecimal.ZERO.setScale(2);
        BigDecimal ht = subtotal.subtract(off);
        BigDecimal tax = share(ht, pct("20"));
        BigDecimal total = ht.add(tax);
        boolean credit = variant(r, round, 2) == 0;
        BigDecimal applied = credit ? cents(500 + r.nextInt(Math.max(1, total.movePointRight(2).intValue() / 2)))
                : BigDecimal.ZERO.setScale(2);
        BigDecimal owed = total.subtract(applied);
        float right = c.width() - 50;
        String sirenNo = siren(r);

        c.bold(50, 790, "Facture", 20);
        c.rightBold(right, 792, seller.replace(" SAS", "").replace(" Technologies", ""), 14);
        String[][] meta = {{"Numéro de facture", number}, {"Date d'émission", date.apply(issue)},
            {"Date d'échéance", date.apply(due)}};
        for (int i = 0; i < meta.length; i++) {
            c.text(50, 760 - 13 * i, meta[i][0], 8.5f);
            c.text(150, 760 - 13 * i, meta[i][1], 8.5f);
        }
        float top = 705;
        c.bold(50, top, seller, 9);
        c.text(50, top - 12, pick(r, new String[] {"10 rue de Penthièvre", "58 rue de la Victoire", "4 cours Xavier-Arnozan"}),
                8.5f);
        c.text(50, top - 24, pick(r, new String[] {"75008 Paris", "75009 Paris", "33000 Bordeaux"}), 8.5f);
        c.text(50, top - 36, "France", 8.5f);
        c.text(50, top - 48, "facturation@" + seller.split(" ")[0].toLowerCase(Locale.ROOT) + ".io", 8.5f);
        c.text(50, top - 60, "TVA " + vatFr(sirenNo), 8.5f);
        c.bold(240, top, "Facturer à", 9);
        c.text(240, top - 12, customer, 8.5f);
        c.text(240, top - 24, pick(r, FR_STREETS), 8.5f);
        c.text(240, top - 36, pick(r, FR_CITIES), 8.5f);
        c.text(240, top - 48, "compta@" + slug(customer) + ".fr", 8.5f);
        c.bold(50, 615, eur.apply(owed) + " dus le " + date.apply(due), 15);
        c.text(50, 598, "Payer en ligne : https://pay." + seller.split(" ")[0].toLowerCase(Locale.ROOT) + ".io/i/"
                + Long.toHexString(r.nextLong()).substring(0, 10), 8);
        c.y = 560;
        float[] xs = {50, 370, 445, right};
        int[] al = {0, 1, 1, 1};
        row(c, c.y, xs, al, new String[] {"Description", "Qté", "Prix unitaire", "Montant"}, 8, false);
        c.rule(50, c.y - 6, right, c.y - 6, 0.5f);
        c.down(20);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(50, c.y, it.label(), 9, 300, false);
            c.text(50, c.y - 11, periods.get(i), 7.5f);
            c.right(370, c.y, qty(it.qty()), 9);
            c.right(445, c.y, eur.apply(it.unit()), 9);
            c.right(right, c.y, eur.apply(it.amount()), 9);
            c.down(28);
        }
        c.rule(300, c.y + 10, right, c.y + 10, 0.4f);
        c.down(4);
        List<String[]> totals = new ArrayList<>();
        totals.add(new String[] {"Sous-total", eur.apply(subtotal)});
        if (coupon) {
            totals.add(new String[] {"BIENVENUE (20 % de remise)", eur.apply(off.negate())});
        }
        totals.add(new String[] {"Total hors taxes", eur.apply(ht)});
        totals.add(new String[] {"TVA - France (20 % sur " + eur.apply(ht) + ")", eur.apply(tax)});
        totals.add(new String[] {"Total", eur.apply(total)});
        if (credit) {
            totals.add(new String[] {"Solde créditeur appliqué", eur.apply(applied.negate())});
        }
        totals.add(new String[] {"Montant dû", eur.apply(owed)});
        for (String[] t : totals) {
            boolean b = t[0].equals("Montant dû");
            if (b) {
                c.bold(300, c.y, t[0], 9);
                c.rightBold(right, c.y, t[1], 9);
            } else {
                c.text(300, c.y, t[0], 9);
                c.right(right, c.y, t[1], 9);
            }
            c.rule(300, c.y - 5, right, c.y - 5, 0.25f);
            c.down(17);
        }
        c.down(16);
        c.line(50, kind == 0 ? "Cette facture sera prélevée automatiquement sur la carte enregistrée (Visa •••• "
                + digits(r, 4) + ")." : "Paiement par virement SEPA ou par carte via le lien ci-dessus.", 8);
        c.line(50, "Prochaine facturation le " + date.apply(periodEnd.plusDays(1)) + " pour le Forfait Pro.", 8);
        c.text(50, 50, seller + " - SAS au capital de 48 200 € - RCS Paris " + sirenNo + " - " + number, 7);
        c.right(right, 50, "Page 1 sur 1", 7);
        Truth t = Truth.invoice(number, issue, due, total, "EUR", customer);
        return credit ? t.withAmountDue(owed) : t;
    }

    /**
     * A craftsman's invoice typed in a word processor: serif font, the letterhead at the left, "Nantes, le 3 novembre
     * 2026" at the right, the customer (often a couple or a person) under it, "FACTURE N° …" centred and underlined,
     * an "Objet" line with the works' dates in words and the accepted quote, a ruled table, VAT at 10 % or 20 % or
     * the franchise (art. 293 B), and the payment asked in a sentence (on receipt, "sous 30 jours", or before a date
     * in words), a signature.
     */
    static Truth craftsmanLetter(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String[][] sellers = {{"Yann Le Bihan", "Tapissier décorateur", "Nantes", "44000"},
            {"Atelier Mathurin", "Ébénisterie - restauration de meubles", "Vannes", "56000"},
            {"Sébastien Provost", "Plâtrerie - Peinture", "Angers", "49000"},
            {"Nolwenn Guillou", "Céramiste", "Quimper", "29000"}};
        int trade = r.nextInt(sellers.length);
        String[] who = sellers[trade];
        String seller = who[0];
        boolean franchise = r.nextInt(3) == 0;
        String customer = pick(r, new String[] {"M. et Mme Roussel", "Madame Claire Dubois", "Monsieur Antoine Lefort",
            "Mme Sophie Garnier", "Restaurant Le Comptoir Marin", "M. et Mme Le Goff"});
        boolean home = trade == 2 && !customer.startsWith("Restaurant");
        BigDecimal rate = franchise ? BigDecimal.ZERO : home ? pct("10") : pct("20");
        String[][] work = {
            {"Réfection d'un fauteuil Louis XV (garniture traditionnelle)|1|2|38000|30000",
                "Tissu d'ameublement (m)|2|9|3500|5500", "Passementerie, galon (m)|3|12|350|600",
                "Confection de rideaux sur mesure (paire)|1|3|18000|15000", "Réfection d'une banquette|1|1|45000|40000"},
            {"Restauration d'une commode (décapage, cirage)|1|1|55000|60000",
                "Remplacement de la quincaillerie|1|1|6000|9000", "Reprise de placage|1|1|12000|15000",
                "Bibliothèque en chêne massif sur mesure|1|1|180000|150000", "Déplacement|1|2|3500|2500"},
            {"Enduit et peinture d'une pièce (m²)|15|60|2200|1800", "Fourniture de peinture velours (pot 10 L)|1|4|9000|5000",
                "Pose d'une frise décorative (ml)|5|25|1800|1500", "Protection des sols et du mobilier|1|1|9000|6000",
                "Rebouchage de fissures|1|1|12000|12000"},
            {"Pièce unique : vase grès émaillé|1|2|9000|25000", "Service de table (12 assiettes)|1|2|36000|20000",
                "Carreaux décoratifs sur mesure (m²)|1|4|15000|12000", "Emballage et expédition|1|1|1500|2500",
                "Atelier modelage (demi-journée)|1|3|6000|4000"}};
        List<String> pool = new ArrayList<>(List.of(work[trade]));
        List<Item> items = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String[] w = pool.remove(r.nextInt(pool.size())).split("\\|");
            int lo = Integer.parseInt(w[1]);
            items.add(new Item(w[0], BigDecimal.valueOf(lo + r.nextInt(Integer.parseInt(w[2]) - lo + 1)),
                    cents(Integer.parseInt(w[3]) + r.nextInt(Integer.parseInt(w[4]))), rate));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal total = s.gross();
        LocalDate issue = day(r);
        int kind = variant(r, round, 3);
        LocalDate due = kind == 0 ? issue : kind == 1 ? issue.plusDays(30)
                : issue.plusDays(pick(r, new Integer[] {15, 21, 30}));
        String number = String.format(Locale.ROOT, "%02d-%03d", issue.getYear() % 100, 1 + r.nextInt(90));
        LocalDate from = issue.minusDays(10 + r.nextInt(20));
        LocalDate to = from.plusDays(1 + r.nextInt(5));
        LocalDate quote = from.minusDays(20 + r.nextInt(40));
        float right = c.width() - 60;
        String sirenNo = siren(r);

        c.bold(60, 790, seller, 13);
        c.text(60, 775, who[1], 10);
        c.text(60, 761, pick(r, SELLER_STREETS), 9.5f);
        c.text(60, 748, who[3] + " " + who[2], 9.5f);
        c.text(60, 735, "Tél. : " + mobile(r), 9.5f);
        c.right(right, 720, who[2] + ", le " + words(issue), 10.5f);
        c.text(330, 680, customer, 10.5f);
        c.text(330, 666, pick(r, FR_STREETS), 10.5f);
        c.text(330, 652, pick(r, FR_CITIES), 10.5f);
        String title = "FACTURE N° " + number;
        c.centerBold(c.width() / 2, 600, title, 14);
        float tw = Canvas.width(c.family, title, 14, true);
        c.rule(c.width() / 2 - tw / 2, 597, c.width() / 2 + tw / 2, 597, 0.8f);
        c.y = 565;
        c.line(60, trade == 3 ? "Objet : commande livrée le " + words(to) + ","
                : "Objet : travaux réalisés du " + words(from) + " au " + words(to) + ",", 10);
        c.line(60, "conformément au devis n° " + (issue.getYear() % 100) + "-D" + digits(r, 2) + " accepté le "
                + words(quote) + ".", 10);
        c.down(14);
        float[] xs = {66, 375, 455, right - 6};
        int[] al = {0, 1, 1, 1};
        float tableTop = c.y + 14;
        row(c, c.y, xs, al, new String[] {"Désignation", "Quantité", "Prix unitaire", "Montant"}, 9.5f, true);
        c.rule(60, c.y - 6, right, c.y - 6, 0.6f);
        c.down(22);
        for (Item i : items) {
            c.fit(66, c.y, i.label(), 9.5f, 245, false);
            c.right(375, c.y, qty(i.qty()), 9.5f);
            c.right(455, c.y, frSpace(i.unit()) + " €", 9.5f);
            c.right(right - 6, c.y, frSpace(i.amount()) + " €", 9.5f);
            c.rule(60, c.y - 7, right, c.y - 7, 0.3f);
            c.down(21);
        }
        c.box(60, c.y + 14, right - 60, tableTop - c.y - 14, 0.6f);
        c.rule(318, c.y + 14, 318, tableTop, 0.3f);
        c.down(10);
        String[][] totals = franchise
                ? new String[][] {{"Total", frSpace(total) + " €"}}
                : new String[][] {{"Total HT", frSpace(s.net()) + " €"}, {"TVA " + rate(rate) + " %",
                    frSpace(s.tax()) + " €"}, {"Total TTC", frSpace(total) + " €"}};
        pairs(c, 340, right - 6, totals, 10.5f, totals.length - 1, 16);
        if (franchise) {
            c.text(340, c.y, "TVA non applicable, art. 293 B du CGI", 8.5f);
            c.down(16);
        } else if (home) {
            c.text(250, c.y, "TVA à 10 % : travaux dans un logement achevé depuis plus de deux ans.", 8);
            c.down(16);
        }
        c.down(16);
        c.line(60, switch (kind) {
            case 0 -> "Facture payable à réception, par chèque ou par virement.";
            case 1 -> "Je vous remercie de bien vouloir régler cette facture sous 30 jours.";
            default -> "Je vous remercie de bien vouloir me régler la somme de " + frSpace(total) + " € avant le "
                    + words(due) + ".";
        }, 10);
        c.line(60, "Coordonnées bancaires : " + ibanFr(r), 9);
        c.down(20);
        c.line(60, "Avec mes remerciements,", 10);
        c.down(24);
        c.text(right - 150, c.y, seller, 10.5f);
        c.center(c.width() / 2, 50, seller + " - " + (seller.startsWith("Atelier") ? "EURL" : "EI") + " - SIRET "
                + siret(sirenNo, r) + " - RCS / RM " + who[2] + " - Assurance RC Pro Allianz n° " + digits(r, 8), 7);
        c.center(c.width() / 2, 40, "En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt"
                + " légal ; indemnité de 40 € pour les professionnels.", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }
}
