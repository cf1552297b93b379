package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Plain-PDF invoices in layouts written without looking at the reader, as small vendors of seven countries send them
 * (the blind set, {@code eval/invoices/blind}).
 */
public final class BlindLayouts {

    /** What a document says, so what a perfect reader returns; {@code amountDue} only when it differs from the total. */
    record Truth(String number, LocalDate issueDate, LocalDate dueDate, BigDecimal total, String currency,
            String customerName, String kind, BigDecimal amountDue) {

        static Truth invoice(String number, LocalDate issue, LocalDate due, BigDecimal total, String currency,
                String customer) {
            return new Truth(number, issue, due, total, currency, customer, "invoice", null);
        }

        Truth withAmountDue(BigDecimal due) {
            return new Truth(number, issueDate, dueDate, total, currency, customerName, kind, due);
        }

        /** Its line of {@code labels.jsonl}: the file, the fields, a tag ({@code layout}, {@code category}). */
        ObjectNode label(ObjectMapper json, String file, String tagKey, String tagValue) {
            ObjectNode node = json.createObjectNode();
            node.put("file", file);
            node.put("number", number);
            node.put("issueDate", issueDate == null ? null : issueDate.toString());
            node.put("dueDate", dueDate == null ? null : dueDate.toString());
            node.put("total", total);
            node.put("currency", currency);
            node.put("customerName", customerName);
            node.put(tagKey, tagValue);
            if (!kind.equals("invoice")) {
                node.put("kind", kind);
            }
            if (amountDue != null) {
                node.put("amountDue", amountDue);
            }
            return node;
        }
    }

    /** One layout: draws an invoice on the document and says what it contains. */
    interface Layout {
        Truth draw(Doc doc, Random random);
    }

    private record Placed(float x, float y, String text, float size, Standard14Fonts.FontName font, boolean right) {
    }

    /** A few pages of positioned text in the standard fonts. */
    public static final class Doc {
        final List<List<Placed>> pages = new ArrayList<>();
        PDRectangle size = PDRectangle.A4;
        Standard14Fonts.FontName regular = Standard14Fonts.FontName.HELVETICA;
        Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
        float y;

        public Doc() {
            newPage();
        }

        public void newPage() {
            pages.add(new ArrayList<>());
            y = size.getHeight() - 50;
        }

        public void text(float x, float at, String text, float pt) {
            pages.get(pages.size() - 1).add(new Placed(x, at, text, pt, regular, false));
        }

        public void bold(float x, float at, String text, float pt) {
            pages.get(pages.size() - 1).add(new Placed(x, at, text, pt, bold, false));
        }

        public void right(float x, float at, String text, float pt) {
            pages.get(pages.size() - 1).add(new Placed(x, at, text, pt, regular, true));
        }

        public void rightBold(float x, float at, String text, float pt) {
            pages.get(pages.size() - 1).add(new Placed(x, at, text, pt, bold, true));
        }

        /** A line at the cursor, which then moves down. */
        public void line(float x, String text, float pt) {
            text(x, y, text, pt);
            y -= pt + 4;
        }

        public void lineBold(float x, String text, float pt) {
            bold(x, y, text, pt);
            y -= pt + 4;
        }

        public void down(float points) {
            y -= points;
        }

        public float width() {
            return size.getWidth();
        }

        public byte[] render() throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Map<Standard14Fonts.FontName, PDType1Font> fonts = new LinkedHashMap<>();
                for (List<Placed> placed : pages) {
                    PDPage p = new PDPage(size);
                    doc.addPage(p);
                    try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                        for (Placed t : placed) {
                            PDType1Font font = fonts.computeIfAbsent(t.font(), PDType1Font::new);
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

    /** An invoice line: description, quantity, unit price, VAT rate in percent. */
    record Item(String label, BigDecimal qty, BigDecimal unit, BigDecimal rate) {
        BigDecimal amount() {
            return qty.multiply(unit).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The sums of some lines: net, tax per rate, total. */
    record Sums(BigDecimal net, Map<BigDecimal, BigDecimal> taxByRate, BigDecimal tax, BigDecimal gross) {
        static Sums of(List<Item> items, BigDecimal discount) {
            Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
            BigDecimal net = BigDecimal.ZERO;
            for (Item i : items) {
                base.merge(i.rate(), i.amount(), BigDecimal::add);
                net = net.add(i.amount());
            }
            Map<BigDecimal, BigDecimal> tax = new LinkedHashMap<>();
            BigDecimal taxSum = BigDecimal.ZERO;
            BigDecimal factor = BigDecimal.ONE.subtract(discount.movePointLeft(2));
            for (var e : base.entrySet()) {
                BigDecimal t = e.getValue().multiply(factor).multiply(e.getKey()).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP);
                tax.put(e.getKey(), t);
                taxSum = taxSum.add(t);
            }
            BigDecimal discounted = net.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            return new Sums(discounted, tax, taxSum, discounted.add(taxSum));
        }
    }

    // --- the generator

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-auto-entrepreneur", BlindLayouts::frAutoEntrepreneur);
        LAYOUTS.put("fr-sarl-two-columns", BlindLayouts::frSarlTwoColumns);
        LAYOUTS.put("fr-letter", BlindLayouts::frLetter);
        LAYOUTS.put("fr-deposit-balance", BlindLayouts::frDepositBalance);
        LAYOUTS.put("fr-two-pages", BlindLayouts::frTwoPages);
        LAYOUTS.put("fr-credit-note", BlindLayouts::frCreditNote);
        LAYOUTS.put("be-fr-structured", BlindLayouts::beFrench);
        LAYOUTS.put("be-nl", BlindLayouts::beDutch);
        LAYOUTS.put("ch", BlindLayouts::swiss);
        LAYOUTS.put("uk-balance", BlindLayouts::ukBalance);
        LAYOUTS.put("us-bill-ship", BlindLayouts::usBillShip);
        LAYOUTS.put("de-din", BlindLayouts::germanDin);
        LAYOUTS.put("nl", BlindLayouts::dutch);
        LAYOUTS.put("in-gst", BlindLayouts::indianGst);
        LAYOUTS.put("header-row", BlindLayouts::headerRow);
        LAYOUTS.put("en-eur-saas", BlindLayouts::saasReceipt);
    }

    /**
     * Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind=true}. The rupee sign is absent
     * because the standard fonts cannot show it ("Rs." and "INR" are used instead).
     */
    public static void main(String[] args) throws IOException {
        write(LAYOUTS, args, "src/test/resources/eval/invoices/blind", 2026_12_02L, 3, "blind");
    }

    /**
     * Draws each layout {@code perLayout} times in turn into numbered PDFs plus {@code labels.jsonl}; the arguments
     * (folder, seed, per layout, file prefix) override the defaults given.
     */
    static void write(Map<String, Layout> layouts, String[] args, String defaultOut, long defaultSeed, int defaultPerLayout,
            String defaultPrefix) throws IOException {
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
                Doc doc = new Doc();
                Truth t = e.getValue().draw(doc, random);
                String file = String.format(Locale.ROOT, "%s-%03d.pdf", prefix, ++n);
                Files.write(out.resolve(file), doc.render());
                labels.append(json.writeValueAsString(t.label(json, file, "layout", e.getKey()))).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"Boulangerie Martin", "Cabinet Lefèvre Avocats",
        "SAS Horizon Conseil", "Garage des Tilleuls", "Atelier Moreau", "Hôtel du Parc", "Librairie Vauban",
        "Ferme Bio du Vexin", "Pharmacie de l'Église", "Chocolaterie Perrin"};
    private static final String[] FR_STREETS = {"12 rue des Lilas", "4 avenue Jean Jaurès", "27 boulevard Carnot",
        "8 place du Marché", "115 route de Lyon", "3 impasse des Acacias"};
    private static final String[] FR_CITIES = {"69003 Lyon", "75011 Paris", "33000 Bordeaux", "44000 Nantes",
        "31000 Toulouse", "67000 Strasbourg", "13006 Marseille"};
    private static final String[] FR_WORK = {"Création logo et charte graphique", "Maintenance site internet",
        "Intervention plomberie", "Remplacement tableau électrique", "Formation bureautique (jour)",
        "Impression flyers A5 x 1000", "Nettoyage locaux - forfait mensuel", "Déplacement", "Pièces détachées",
        "Rédaction articles de blog", "Audit SEO", "Conseil stratégique (heure)", "Photographies produits"};
    private static final String[] EN_WORK = {"Website design", "Monthly bookkeeping", "Consulting (hours)",
        "Logo refresh", "Hosting - annual plan", "Delivery charge", "Copywriting", "Photography session",
        "Kitchen fitting labour", "Materials", "Data migration", "Support retainer"};
    private static final String[] DE_WORK = {"Beratung (Std.)", "Montage Küche", "Wartung Heizungsanlage",
        "Material laut Aufstellung", "Anfahrt", "Webdesign Pauschale", "Übersetzung DE-FR (Seite)",
        "Reinigung Büroräume", "Softwarelizenz 12 Monate"};
    private static final String[] NL_WORK = {"Advieswerk (uur)", "Installatie cv-ketel", "Voorrijkosten",
        "Materiaal", "Ontwerp huisstijl", "Onderhoud tuin", "Vertaling NL-EN", "Hosting jaarabonnement"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    static <T> T pick(Random r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static final ItemShape SHAPE = new ItemShape(12, 1500, 120_000, 5);

    private static LocalDate day(Random r) {
        return day(r, 360);
    }

    /** A day of 2026 within the first {@code spread} days. */
    static LocalDate day(Random r, int spread) {
        return LocalDate.of(2026, 1, 1).plusDays(r.nextInt(spread));
    }

    /** How a set draws its lines: the most units of a bulk line, the unit price's least and spread in cents, the stride between descriptions. */
    record ItemShape(int maxBulk, int leastCents, int spreadCents, int stride) {
    }

    private static List<Item> items(Random r, String[] work, int min, int max, BigDecimal... rates) {
        return items(r, SHAPE, work, min, max, rates);
    }

    static List<Item> items(Random r, ItemShape shape, String[] work, int min, int max, BigDecimal... rates) {
        int count = min + r.nextInt(max - min + 1);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal qty = BigDecimal.valueOf(r.nextInt(4) == 0 ? 1 + r.nextInt(shape.maxBulk()) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(shape.leastCents() + r.nextInt(shape.spreadCents()), 2);
            out.add(new Item(work[(i * shape.stride() + r.nextInt(work.length)) % work.length], qty, unit,
                    rates[r.nextInt(rates.length)]));
        }
        return out;
    }

    static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    // --- number formats

    private static String grouped(BigDecimal amount, char group, char decimal) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        String units = plain.substring(0, plain.length() - 3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                b.append(group);
            }
            b.append(units.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + b + decimal + plain.substring(plain.length() - 2);
    }

    static String fr(BigDecimal a) {
        return grouped(a, '\u00A0', ',');
    }

    static String frPlain(BigDecimal a) {
        return grouped(a, ' ', ',');
    }

    static String de(BigDecimal a) {
        return grouped(a, '.', ',');
    }

    static String en(BigDecimal a) {
        return grouped(a, ',', '.');
    }

    static String ch(BigDecimal a) {
        return grouped(a, '\'', '.');
    }

    static String indian(BigDecimal a) {
        String plain = a.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String units = plain.substring(0, plain.length() - 3);
        String cents = plain.substring(plain.length() - 3);
        if (units.length() <= 3) {
            return units + cents;
        }
        String last = units.substring(units.length() - 3);
        String rest = units.substring(0, units.length() - 3);
        StringBuilder b = new StringBuilder();
        while (rest.length() > 2) {
            b.insert(0, "," + rest.substring(rest.length() - 2));
            rest = rest.substring(0, rest.length() - 2);
        }
        return rest + b + "," + last + cents;
    }

    static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    static String frDate(LocalDate date) {
        return d(date, "dd/MM/yyyy", Locale.FRANCE);
    }

    static String frWords(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String rateText(BigDecimal rate, char decimal) {
        String s = rate.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    /** Draws a line table: description, quantity, unit price, amount (and VAT rate when asked). */
    private static void table(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money,
            boolean rateColumn, char decimal) {
        float right = doc.width() - 50;
        doc.bold(50, doc.y, heads[0], 9);
        doc.rightBold(right - 230, doc.y, heads[1], 9);
        doc.rightBold(right - 150, doc.y, heads[2], 9);
        if (rateColumn) {
            doc.rightBold(right - 85, doc.y, heads[3], 9);
        }
        doc.rightBold(right, doc.y, heads[rateColumn ? 4 : 3], 9);
        doc.down(14);
        for (Item i : items) {
            doc.text(50, doc.y, i.label(), 9);
            doc.right(right - 230, doc.y, i.qty().toPlainString(), 9);
            doc.right(right - 150, doc.y, money.apply(i.unit()), 9);
            if (rateColumn) {
                doc.right(right - 85, doc.y, rateText(i.rate(), decimal) + " %", 9);
            }
            doc.right(right, doc.y, money.apply(i.amount()), 9);
            doc.down(13);
        }
        doc.down(8);
    }

    /** Right-aligned label/amount pairs under a table. */
    private static void totals(Doc doc, String[][] rows, int boldFrom) {
        float right = doc.width() - 50;
        for (int i = 0; i < rows.length; i++) {
            if (i >= boldFrom) {
                doc.bold(right - 230, doc.y, rows[i][0], 10);
                doc.rightBold(right, doc.y, rows[i][1], 10);
            } else {
                doc.text(right - 230, doc.y, rows[i][0], 9);
                doc.right(right, doc.y, rows[i][1], 9);
            }
            doc.down(14);
        }
    }

    private static void footer(Doc doc, String text, int page, int pages) {
        doc.text(50, 40, text, 7);
        doc.right(doc.width() - 50, 28, "Page " + page + "/" + pages, 7);
    }

    // --- layouts

    /** A French sole trader: no VAT, terms in days, the client block at the right. */
    static Truth frAutoEntrepreneur(Doc doc, Random r) {
        String[] sellers = {"Julie Besson Graphisme", "Thomas Roux - Développeur web", "Camille Petit Traductions",
            "Nicolas Garnier Photographe"};
        String seller = pick(r, sellers);
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 45});
        boolean writtenDue = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%s%d-%03d", pick(r, new String[] {"F", "FA-", "AE"}),
                issue.getYear(), 1 + r.nextInt(180));
        List<Item> items = items(r, FR_WORK, 1, 4, BigDecimal.ZERO);
        BigDecimal total = Sums.of(items, BigDecimal.ZERO).net();

        doc.lineBold(50, seller, 14);
        doc.line(50, "Entrepreneur individuel", 9);
        doc.line(50, pick(r, FR_STREETS), 9);
        doc.line(50, pick(r, FR_CITIES), 9);
        doc.line(50, "SIRET : " + (800_000_000L + r.nextInt(99_999_999)) + " 000" + (10 + r.nextInt(89)), 9);
        doc.line(50, "contact@" + seller.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").substring(0, 8) + ".fr", 9);
        float top = doc.size.getHeight() - 140;
        doc.bold(340, top, customer, 11);
        doc.text(340, top - 14, pick(r, FR_STREETS), 9);
        doc.text(340, top - 27, pick(r, FR_CITIES), 9);
        doc.y = top - 70;
        doc.lineBold(50, "FACTURE N° " + number, 16);
        doc.down(4);
        doc.line(50, "Date d'émission : " + frDate(issue), 10);
        doc.line(50, "Date de la prestation : " + frDate(issue.minusDays(3 + r.nextInt(20))), 10);
        if (writtenDue) {
            doc.line(50, "Date limite de paiement : " + frDate(due), 10);
        }
        doc.down(12);
        table(doc, items, new String[] {"Désignation", "Qté", "Prix unitaire", "Montant"}, a -> fr(a) + " €",
                false, ',');
        totals(doc, new String[][] {{"Total HT", fr(total) + " €"}, {"TVA", "0,00 €"},
            {"Net à payer", fr(total) + " €"}}, 2);
        doc.down(10);
        doc.line(50, "TVA non applicable, art. 293 B du CGI", 9);
        doc.line(50, writtenDue ? "Paiement par virement à réception ou au plus tard à la date limite ci-dessus."
                : "Conditions de paiement : " + days + " jours à compter de la date d'émission.", 9);
        doc.line(50, "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal.", 8);
        doc.line(50, "Indemnité forfaitaire pour frais de recouvrement : 40 €.", 8);
        doc.line(50, "IBAN : FR76 3000 4000 0312 3456 7890 143 - BIC : BNPAFRPPXXX", 8);
        footer(doc, seller + " - Dispensé d'immatriculation au RCS et au RM", 1, 1);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /** A French SARL: seller and client side by side, each with dates, two VAT rates, a legal footer. */
    static Truth frSarlTwoColumns(Doc doc, Random r) {
        String[] sellers = {"Plomberie Girard SARL", "Imprimerie Delmas SARL", "Électricité Fabre SARL",
            "Nettoyage Pro 69 SARL"};
        String seller = pick(r, sellers);
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate order = issue.minusDays(10 + r.nextInt(20));
        LocalDate delivery = issue.minusDays(1 + r.nextInt(8));
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FC%02d%02d-%04d", issue.getYear() % 100, issue.getMonthValue(),
                1 + r.nextInt(3000));
        List<Item> items = items(r, FR_WORK, 2, 5, pct("20"), pct("20"), pct("5.5"), pct("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);

        float top = doc.y;
        doc.bold(50, top, seller, 12);
        doc.text(50, top - 14, pick(r, FR_STREETS), 9);
        doc.text(50, top - 26, pick(r, FR_CITIES), 9);
        doc.text(50, top - 38, "Tél. 04 78 " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " 12", 9);
        doc.text(50, top - 56, "Facture n° : " + number, 10);
        doc.text(50, top - 70, "Date de facture : " + frDate(issue), 10);
        doc.text(50, top - 84, "Échéance : " + frDate(due), 10);

        doc.bold(320, top, "Client", 9);
        doc.bold(320, top - 14, customer, 11);
        doc.text(320, top - 27, pick(r, FR_STREETS), 9);
        doc.text(320, top - 39, pick(r, FR_CITIES), 9);
        doc.text(320, top - 56, "Réf. client : C" + (1000 + r.nextInt(9000)), 10);
        doc.text(320, top - 70, "Date de commande : " + frDate(order), 10);
        doc.text(320, top - 84, "Livraison le : " + frDate(delivery), 10);
        doc.y = top - 120;
        doc.lineBold(50, "FACTURE", 18);
        doc.down(6);
        table(doc, items, new String[] {"Description", "Quantité", "P.U. HT", "TVA", "Total HT"}, BlindLayouts::fr,
                true, ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HT", fr(s.net()) + " €"});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"TVA " + rateText(rate, ',') + " %",
            fr(tax) + " €"}));
        rows.add(new String[] {"Total TTC", fr(s.gross()) + " €"});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Règlement à 30 jours date de facture, par virement ou chèque.", 9);
        doc.line(50, "En cas de retard, pénalités au taux de 10 % et indemnité forfaitaire de 40 €.", 8);
        footer(doc, seller + " au capital de " + pick(r, new String[] {"7 500", "10 000", "50 000"})
                + " € - RCS Lyon B 4" + (10 + r.nextInt(89)) + " 512 " + (100 + r.nextInt(899)) + " - SIRET 4"
                + (10 + r.nextInt(89)) + " 512 " + (100 + r.nextInt(899)) + " 00021 - TVA FR12 4"
                + (10 + r.nextInt(89)) + "512" + (100 + r.nextInt(899)), 1, 1);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A letter: the invoice's number, amount and deadline are said in a sentence. */
    static Truth frLetter(Doc doc, Random r) {
        String[] sellers = {"Cabinet Aubert Expertise", "Menuiserie Lemaire", "Agence Pixel & Papier",
            "Lefort Géomètres Associés"};
        String seller = pick(r, sellers);
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate letter = r.nextBoolean() ? issue : issue.plusDays(1 + r.nextInt(4));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 45, 60}));
        String number = (issue.getYear()) + "-" + (100 + r.nextInt(800));
        BigDecimal net = BigDecimal.valueOf(20_000 + r.nextInt(900_000), 2);
        BigDecimal gross = net.multiply(pct("1.2")).setScale(2, RoundingMode.HALF_UP);
        String city = pick(r, FR_CITIES);

        doc.lineBold(50, seller.toUpperCase(Locale.FRANCE), 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + city, 8);
        doc.line(50, "SAS au capital de 20 000 € - SIREN 5" + (10 + r.nextInt(89)) + " 287 " + (100 + r.nextInt(899)),
                8);
        float top = doc.size.getHeight() - 150;
        doc.text(330, top, customer, 10);
        doc.text(330, top - 13, "À l'attention du service comptable", 10);
        doc.text(330, top - 26, pick(r, FR_STREETS), 10);
        doc.text(330, top - 39, pick(r, FR_CITIES), 10);
        doc.text(330, top - 75, city.substring(6) + ", le " + frWords(letter), 10);
        doc.y = top - 115;
        doc.line(50, "Objet : facture n° " + number, 10);
        doc.down(12);
        doc.line(50, "Madame, Monsieur,", 10);
        doc.down(6);
        doc.line(50, "Suite à notre intervention du " + frDate(issue.minusDays(5 + r.nextInt(10)))
                + ", veuillez trouver ci-joint notre facture n° " + number, 10);
        doc.line(50, "du " + frWords(issue) + " d'un montant de " + frPlain(gross) + " euros TTC (soit "
                + frPlain(net) + " € HT),", 10);
        doc.line(50, "à régler avant le " + frWords(due) + " par virement sur le compte ci-dessous.", 10);
        doc.down(6);
        doc.line(50, "IBAN : FR76 1027 8060 4100 0204 5670 182 - BIC : CMCIFR2A", 10);
        doc.down(6);
        doc.line(50, "Nous restons à votre disposition pour tout renseignement complémentaire et vous prions", 10);
        doc.line(50, "d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", 10);
        doc.down(20);
        doc.line(330, "Pierre " + seller.split(" ")[1], 10);
        doc.line(330, "Gérant", 10);
        doc.line(50, "P.J. : facture n° " + number, 9);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /** A balance invoice: total, deposit already paid, what remains; a discount line. */
    static Truth frDepositBalance(Doc doc, Random r) {
        String[] sellers = {"Rénov'Habitat SARL", "Cuisines Mercier", "Jardins de Provence SAS"};
        String seller = pick(r, sellers);
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(15);
        LocalDate depositDay = issue.minusDays(20 + r.nextInt(40));
        String number = "FAC-" + issue.getYear() + "-" + (1000 + r.nextInt(8000));
        List<Item> items = items(r, FR_WORK, 2, 4, pct("10"));
        BigDecimal discount = pct("5");
        Sums s = Sums.of(items, discount);
        BigDecimal brut = Sums.of(items, BigDecimal.ZERO).net();
        BigDecimal deposit = s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN);
        BigDecimal rest = s.gross().subtract(deposit);

        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.down(10);
        doc.lineBold(50, "Facture de solde n° " + number, 14);
        doc.line(50, "Émise le " + frDate(issue) + " - Devis n° D-" + (300 + r.nextInt(600)) + " accepté le "
                + frDate(depositDay.minusDays(3)), 10);
        doc.down(8);
        doc.line(50, "Facturé à :", 9);
        doc.lineBold(50, customer, 11);
        doc.line(50, pick(r, FR_STREETS), 9);
        doc.line(50, pick(r, FR_CITIES), 9);
        doc.line(50, "Chantier : du " + d(issue.minusDays(30), "dd/MM", Locale.FRANCE) + " au "
                + d(issue.minusDays(2), "dd/MM", Locale.FRANCE), 9);
        doc.down(12);
        table(doc, items, new String[] {"Travaux", "Qté", "P.U. HT", "TVA", "Montant HT"}, BlindLayouts::fr, true,
                ',');
        totals(doc, new String[][] {
            {"Total brut HT", fr(brut) + " €"},
            {"Remise 5 %", "-" + fr(brut.subtract(s.net())) + " €"},
            {"Total net HT", fr(s.net()) + " €"},
            {"TVA 10 %", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"},
            {"Acompte versé le " + frDate(depositDay), "-" + fr(deposit) + " €"},
            {"Reste à payer", fr(rest) + " €"}}, 6);
        doc.down(10);
        doc.line(50, "À régler au plus tard le " + frDate(due) + ".", 10);
        doc.line(50, "Escompte pour paiement anticipé : néant.", 8);
        footer(doc, seller + " - SIRET 812 345 678 00034 - Assurance décennale n° 2026-55812", 1, 1);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /** A long invoice whose totals and due date are on page 2. */
    static Truth frTwoPages(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Distribution Bureau Plus", "Fournitures Leroy SAS"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(45);
        String number = "" + (260_000 + r.nextInt(9000));
        String[] goods = {"Ramette papier A4 80 g", "Stylos bille bleu (boîte 50)", "Classeurs levier dos 8 cm",
            "Cartouche toner noir", "Post-it 76x76 (lot 12)", "Enveloppes C5 (500)", "Agrafes 24/6 (boîte)",
            "Chemises cartonnées (100)", "Surligneurs (lot 4)", "Câble USB-C 2 m"};
        List<Item> items = items(r, goods, 30, 36, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);

        doc.lineBold(50, seller, 14);
        doc.line(50, "ZI des Chênes - 38070 Saint-Quentin-Fallavier", 9);
        doc.text(340, doc.size.getHeight() - 50, "FACTURE", 16);
        doc.text(340, doc.size.getHeight() - 68, "Numéro : " + number, 10);
        doc.text(340, doc.size.getHeight() - 82, "Date : " + frDate(issue), 10);
        doc.text(340, doc.size.getHeight() - 96, "Bon de commande : BC" + (7000 + r.nextInt(999)) + " du "
                + frDate(issue.minusDays(12)), 10);
        doc.y = doc.size.getHeight() - 130;
        doc.line(50, "Adresse de facturation", 8);
        doc.lineBold(50, customer, 10);
        doc.line(50, pick(r, FR_STREETS) + " " + pick(r, FR_CITIES), 9);
        doc.down(10);
        BigDecimal carried = BigDecimal.ZERO;
        List<Item> first = new ArrayList<>();
        int i = 0;
        for (; i < items.size() && first.size() < 24; i++) {
            first.add(items.get(i));
            carried = carried.add(items.get(i).amount());
        }
        table(doc, first, new String[] {"Article", "Qté", "P.U. HT", "Montant HT"}, BlindLayouts::fr, false, ',');
        totals(doc, new String[][] {{"À reporter", fr(carried)}}, 9);
        footer(doc, seller + " - SAS au capital de 150 000 € - RCS Vienne 433 912 650", 1, 2);
        doc.newPage();
        doc.line(50, "Facture " + number + " (suite)", 9);
        doc.down(8);
        totals(doc, new String[][] {{"Report", fr(carried)}}, 9);
        table(doc, items.subList(i, items.size()), new String[] {"Article", "Qté", "P.U. HT", "Montant HT"},
                BlindLayouts::fr, false, ',');
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"TVA 20 %", fr(s.tax())},
            {"Total TTC (EUR)", fr(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, "Date d'échéance : " + frDate(due) + " - Mode de règlement : LCR", 10);
        footer(doc, seller + " - SAS au capital de 150 000 € - RCS Vienne 433 912 650", 2, 2);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A credit note referring to an invoice. */
    static Truth frCreditNote(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Imprimerie Delmas SARL", "Traiteur Bonnet", "Cuisines Mercier"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        String number = "AV-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(60));
        List<Item> items = items(r, FR_WORK, 1, 2, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 9);
        doc.down(20);
        doc.text(340, doc.y, "Destinataire :", 9);
        doc.bold(340, doc.y - 13, customer, 11);
        doc.text(340, doc.y - 26, pick(r, FR_CITIES), 9);
        doc.down(50);
        doc.lineBold(50, "AVOIR N° " + number, 16);
        doc.line(50, "Date : " + frDate(issue), 10);
        doc.line(50, "Sur facture n° F" + issue.getYear() + "-" + (200 + r.nextInt(300)) + " du "
                + frDate(issue.minusDays(20 + r.nextInt(30))), 10);
        doc.line(50, "Motif : " + pick(r, new String[] {"retour marchandise", "erreur de facturation",
            "geste commercial"}), 10);
        doc.down(10);
        table(doc, items, new String[] {"Désignation", "Qté", "P.U. HT", "Montant HT"}, BlindLayouts::fr, false, ',');
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
            {"Montant de l'avoir TTC", fr(s.gross()) + " €"}}, 2);
        doc.down(10);
        doc.line(50, "Ce montant sera déduit de votre prochaine facture ou remboursé sur demande.", 9);
        footer(doc, seller + " - RCS Lyon 512 334 908", 1, 1);
        return new Truth(number, issue, null, s.gross(), "EUR", customer, "credit_note", null);
    }

    /** A Belgian invoice in French: HTVA/TVAC, structured communication, BE VAT number. */
    static Truth beFrench(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Menuiserie Dubois SRL", "Studio Lumen SPRL", "Toitures Collard SRL"});
        String customer = pick(r, new String[] {"Brasserie Lambert SA", "Maison Lemaire SRL", "Bureau Renard",
            "Commune de Jodoigne", "Pharmacie Hubert"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = issue.getYear() + "/" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        List<Item> items = items(r, FR_WORK, 1, 4, pct("21"), pct("21"), pct("6"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String comm = String.format(Locale.ROOT, "+++%03d/%04d/%05d+++", r.nextInt(1000), r.nextInt(10000),
                r.nextInt(100000));
        doc.lineBold(50, seller, 13);
        doc.line(50, "Rue de la Station 14 - 1300 Wavre", 9);
        doc.line(50, "TVA BE 0" + (400 + r.nextInt(500)) + "." + (100 + r.nextInt(899)) + "." + (100 + r.nextInt(899)),
                9);
        doc.text(330, doc.size.getHeight() - 120, customer, 11);
        doc.text(330, doc.size.getHeight() - 133, "Avenue Louise 221", 9);
        doc.text(330, doc.size.getHeight() - 145, "1050 Ixelles", 9);
        doc.text(330, doc.size.getHeight() - 157, "TVA BE 0" + (400 + r.nextInt(500)) + ".221.904", 9);
        doc.y = doc.size.getHeight() - 200;
        doc.lineBold(50, "FACTURE " + number, 15);
        doc.line(50, "Date de facture : " + d(issue, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.line(50, "Date d'échéance : " + d(due, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.line(50, "Votre référence : bon de commande du " + d(issue.minusDays(9), "dd-MM-yyyy", Locale.ROOT), 10);
        doc.down(10);
        table(doc, items, new String[] {"Description", "Qté", "Prix HTVA", "TVA", "Total HTVA"}, BlindLayouts::de,
                true, ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HTVA", "€ " + de(s.net())});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"TVA " + rateText(rate, ',') + " %",
            "€ " + de(tax)}));
        rows.add(new String[] {"Total TVAC", "€ " + de(s.gross())});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Merci de verser le montant sur le compte BE68 5390 0754 7034 (BIC TRIOBEBB)", 9);
        doc.line(50, "avec la communication structurée " + comm, 9);
        doc.line(50, "Toute facture non payée à l'échéance portera un intérêt de 1 % par mois.", 8);
        footer(doc, seller + " - RPM Nivelles - BE 0" + (400 + r.nextInt(500)) + ".512.887", 1, 1);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Flemish invoice: Factuurnummer, Vervaldag, gestructureerde mededeling. */
    static Truth beDutch(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Schrijnwerkerij Peeters BV", "Drukkerij Wouters", "Elektro Claes BV"});
        String customer = pick(r, new String[] {"Apotheek Janssens", "Bakkerij Maes BV", "Gemeente Herent",
            "Vandenberghe & Zonen NV"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30}));
        String number = "F" + issue.getYear() % 100 + "-" + (10_000 + r.nextInt(89_999));
        List<Item> items = items(r, NL_WORK, 1, 4, pct("21"), pct("6"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float top = doc.y;
        doc.bold(50, top, seller, 12);
        doc.text(50, top - 13, "Leuvensesteenweg 88, 3000 Leuven", 9);
        doc.text(50, top - 25, "BTW BE 0" + (600 + r.nextInt(300)) + ".331.017 - RPR Leuven", 9);
        doc.text(50, top - 60, "Factuurnummer: " + number, 10);
        doc.text(50, top - 74, "Factuurdatum: " + d(issue, "dd/MM/yyyy", Locale.ROOT), 10);
        doc.text(50, top - 88, "Vervaldag: " + d(due, "dd/MM/yyyy", Locale.ROOT), 10);
        doc.text(50, top - 102, "Leverdatum: " + d(issue.minusDays(4), "dd/MM/yyyy", Locale.ROOT), 10);
        doc.text(330, top - 60, "Klant:", 9);
        doc.bold(330, top - 74, customer, 11);
        doc.text(330, top - 88, "Kerkstraat 5", 9);
        doc.text(330, top - 100, "2800 Mechelen", 9);
        doc.y = top - 140;
        table(doc, items, new String[] {"Omschrijving", "Aantal", "Eenheidsprijs", "BTW", "Bedrag"},
                BlindLayouts::de, true, ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Totaal excl. btw", de(s.net()) + " EUR"});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"Btw " + rateText(rate, ',') + "%",
            de(tax) + " EUR"}));
        rows.add(new String[] {"Te betalen", de(s.gross()) + " EUR"});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Gelieve te betalen op BE71 0961 2345 6769 met gestructureerde mededeling", 9);
        doc.line(50, String.format(Locale.ROOT, "+++%03d/%04d/%05d+++", r.nextInt(1000), r.nextInt(10000),
                r.nextInt(100000)), 9);
        footer(doc, seller + " - IBAN BE71 0961 2345 6769 - KBO 0" + (600 + r.nextInt(300)) + ".331.017", 1, 1);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Swiss invoice, in German or French: CHF, apostrophe thousands, MWST, 8.1 %. */
    static Truth swiss(Doc doc, Random r) {
        boolean german = r.nextBoolean();
        String seller = german ? pick(r, new String[] {"Huber Treuhand GmbH", "Schreinerei Keller AG"})
                : pick(r, new String[] {"Atelier Rochat Sàrl", "Fiduciaire Morel SA"});
        String customer = german ? pick(r, new String[] {"Müller Immobilien AG", "Gemeinde Thalwil",
            "Bäckerei Frei"}) : pick(r, new String[] {"Café des Alpes Sàrl", "Garage Favre SA", "Étude Perrin Notaires"});
        LocalDate issue = day(r);
        int days = 30;
        LocalDate due = issue.plusDays(days);
        String number = "" + (10_000 + r.nextInt(9000));
        List<Item> items = items(r, german ? DE_WORK : FR_WORK, 1, 3, pct("8.1"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.regular = Standard14Fonts.FontName.TIMES_ROMAN;
        doc.bold = Standard14Fonts.FontName.TIMES_BOLD;
        doc.lineBold(50, seller, 14);
        doc.line(50, german ? "Bahnhofstrasse 12, 8001 Zürich" : "Rue du Rhône 40, 1204 Genève", 9);
        doc.line(50, "CHE-" + (100 + r.nextInt(899)) + ".456.789 " + (german ? "MWST" : "TVA"), 9);
        doc.y -= 30;
        doc.line(330, customer, 11);
        doc.line(330, german ? "Seestrasse 3" : "Chemin des Vignes 9", 10);
        doc.line(330, german ? "8800 Thalwil" : "1009 Pully", 10);
        doc.down(30);
        String date = d(issue, "dd.MM.yyyy", Locale.ROOT);
        if (german) {
            doc.lineBold(50, "Rechnung " + number, 14);
            doc.line(50, r.nextBoolean() ? "Zürich, " + date : "Datum: " + date, 10);
        } else {
            doc.lineBold(50, "Facture n° " + number, 14);
            doc.line(50, "Genève, le " + date, 10);
        }
        doc.down(10);
        table(doc, items, german ? new String[] {"Bezeichnung", "Menge", "Preis", "Betrag"}
                : new String[] {"Désignation", "Qté", "Prix", "Montant"}, BlindLayouts::ch, false, '.');
        totals(doc, german ? new String[][] {{"Total exkl. MWST", "CHF " + ch(s.net())},
            {"MWST 8.1 %", "CHF " + ch(s.tax())}, {"Rechnungsbetrag", "CHF " + ch(s.gross())}}
                : new String[][] {{"Total HT", "CHF " + ch(s.net())}, {"TVA 8.1 %", "CHF " + ch(s.tax())},
                    {"Total TTC", "CHF " + ch(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, german ? "Zahlbar innert " + days + " Tagen netto." : "Payable dans les " + days + " jours net.",
                10);
        doc.line(50, "IBAN CH93 0076 2011 6238 5295 7 - " + (german ? "Zürcher Kantonalbank" : "BCGE"), 9);
        return Truth.invoice(number, issue, due, s.gross(), "CHF", customer);
    }

    /** A UK invoice: terms Net N, amount paid and balance due in GBP. */
    static Truth ukBalance(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Oakfield Digital Ltd", "Hartley & Sons Joinery", "Bramble Design Co."});
        String customer = pick(r, new String[] {"Harrington & Cole Ltd", "Bluebell Nursery Ltd",
            "The Old Forge Café", "Pennine Outdoor Ltd"});
        LocalDate issue = day(r);
        int net = pick(r, new Integer[] {14, 15, 30});
        LocalDate due = issue.plusDays(net);
        String number = "INV-" + String.format(Locale.ROOT, "%04d", 10 + r.nextInt(3000));
        List<Item> items = items(r, EN_WORK, 1, 4, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        boolean paidPart = r.nextBoolean();
        BigDecimal paid = paidPart ? s.gross().divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN) : BigDecimal.ZERO;
        BigDecimal balance = s.gross().subtract(paid);
        doc.lineBold(50, "INVOICE", 22);
        doc.down(4);
        float top = doc.y;
        doc.bold(50, top, seller, 11);
        doc.text(50, top - 13, "Unit 4, Mill Lane, Leeds LS6 2AB", 9);
        doc.text(50, top - 25, "VAT Reg. No. GB " + (100 + r.nextInt(899)) + " 4567 89", 9);
        doc.text(50, top - 37, "Company No. 0" + (7_000_000 + r.nextInt(999_999)), 9);
        doc.text(360, top, "Invoice #: " + number, 10);
        doc.text(360, top - 14, "Invoice date: " + d(issue, "d MMMM yyyy", Locale.UK), 10);
        doc.text(360, top - 28, "Terms: Net " + net, 10);
        doc.text(360, top - 42, "Due date: " + d(due, "d MMMM yyyy", Locale.UK), 10);
        doc.y = top - 75;
        doc.lineBold(50, "Bill to", 9);
        doc.line(50, customer, 11);
        doc.line(50, "22 High Street, York YO1 7HU", 9);
        doc.down(12);
        table(doc, items, new String[] {"Description", "Qty", "Rate", "Amount"}, a -> "£" + en(a), false, '.');
        List<String[]> rows = new ArrayList<>(List.of(new String[] {"Subtotal", "£" + en(s.net())},
                new String[] {"VAT (20%)", "£" + en(s.tax())}, new String[] {"Total", "£" + en(s.gross())}));
        if (paidPart) {
            rows.add(new String[] {"Amount paid", "-£" + en(paid)});
        }
        rows.add(new String[] {"Amount due (GBP)", "£" + en(balance)});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Please pay by bank transfer: Sort code 20-45-77, Account 43219876, ref " + number + ".", 9);
        doc.line(50, "Late payments may incur interest under the Late Payment of Commercial Debts Act 1998.", 8);
        doc.text(50, 40, "Registered in England and Wales. Thank you for your business!", 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "GBP", customer);
        return paidPart ? t.withAmountDue(balance) : t;
    }

    /** A US invoice: Bill To and Ship To side by side, US dates, sales tax, balance due. */
    static Truth usBillShip(Doc doc, Random r) {
        doc.size = PDRectangle.LETTER;
        doc.pages.clear();
        doc.newPage();
        String seller = pick(r, new String[] {"Brightline Web Studio LLC", "Summit Plumbing Co.", "Ridge Creative Inc."});
        String customer = pick(r, new String[] {"Redwood Dental Group", "Maple Street Bakery LLC",
            "Cobalt Analytics Inc.", "Sunrise Yoga Studio"});
        String shipTo = pick(r, new String[] {"Warehouse 3, Attn: Receiving", "Dana Whitfield", "Front Desk"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = "" + (1000 + r.nextInt(8000));
        List<Item> items = items(r, EN_WORK, 2, 4, pct("8.875"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        boolean words = r.nextInt(3) == 0;
        Function<LocalDate, String> date = words ? x -> d(x, "MMM d, yyyy", Locale.US)
                : x -> d(x, "MM/dd/yyyy", Locale.US);
        doc.lineBold(50, seller, 15);
        doc.line(50, "1450 Market St, Suite 200, Denver, CO 80202", 9);
        doc.line(50, "(303) 555-0142 | billing@example.com", 9);
        doc.rightBold(doc.width() - 50, doc.size.getHeight() - 50, "INVOICE", 20);
        doc.right(doc.width() - 50, doc.size.getHeight() - 72, "Invoice # " + number, 10);
        doc.right(doc.width() - 50, doc.size.getHeight() - 86, "Date: " + date.apply(issue), 10);
        doc.right(doc.width() - 50, doc.size.getHeight() - 100, "P.O. # " + (40_000 + r.nextInt(9999)), 10);
        doc.right(doc.width() - 50, doc.size.getHeight() - 114, "Due Date: " + date.apply(due), 10);
        float top = doc.size.getHeight() - 150;
        doc.bold(50, top, "Bill To", 9);
        doc.text(50, top - 13, customer, 10);
        doc.text(50, top - 25, "88 Oak Avenue", 9);
        doc.text(50, top - 37, "Boulder, CO 80301", 9);
        doc.bold(300, top, "Ship To", 9);
        doc.text(300, top - 13, shipTo, 10);
        doc.text(300, top - 25, "500 Industrial Pkwy", 9);
        doc.text(300, top - 37, "Golden, CO 80401", 9);
        doc.y = top - 70;
        doc.line(50, "Ship date: " + date.apply(issue.minusDays(2)) + "    Terms: Net 30    Sales rep: JM", 9);
        doc.down(8);
        table(doc, items, new String[] {"Item", "Qty", "Unit Price", "Line Total"}, BlindLayouts::en, false, '.');
        totals(doc, new String[][] {{"Subtotal", "$" + en(s.net())}, {"Sales Tax (8.875%)", "$" + en(s.tax())},
            {"Total", "$" + en(s.gross())}, {"Balance Due", "$" + en(s.gross())}}, 3);
        doc.down(10);
        doc.line(50, "Make all checks payable to " + seller.replaceAll("\\.$", "") + ". A 1.5% monthly finance charge applies after 30 days.",
                8);
        return Truth.invoice(number, issue, due, s.gross(), "USD", customer);
    }

    /** A German DIN 5008 letter-invoice: sender line over the window address, info block, Zahlungsziel. */
    static Truth germanDin(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Schmidt Haustechnik GmbH", "Grafikbüro Lange", "Weber IT-Service UG"});
        String customer = pick(r, new String[] {"Bäckerei Schneider GmbH", "Praxis Dr. Hoffmann",
            "Weber Logistik GmbH & Co. KG", "Autohaus König"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30});
        boolean explicit = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = "RE-" + issue.getYear() + "-" + (100 + r.nextInt(900));
        List<Item> items = items(r, DE_WORK, 2, 4, pct("19"), pct("19"), pct("7"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.rightBold(doc.width() - 50, doc.y, seller, 13);
        doc.right(doc.width() - 50, doc.y - 14, "Industriestraße 7 · 80339 München", 9);
        doc.right(doc.width() - 50, doc.y - 26, "Tel. 089 123456-0", 9);
        float window = doc.size.getHeight() - 140;
        doc.text(50, window + 14, seller + " · Industriestraße 7 · 80339 München", 7);
        doc.text(50, window, customer, 10);
        doc.text(50, window - 13, "z. Hd. Buchhaltung", 10);
        doc.text(50, window - 26, "Hauptstraße 21", 10);
        doc.text(50, window - 39, "86150 Augsburg", 10);
        doc.text(380, window, "Rechnung Nr.: " + number, 9);
        doc.text(380, window - 13, "Kundennummer: " + (10_000 + r.nextInt(9000)), 9);
        doc.text(380, window - 26, "Rechnungsdatum: " + d(issue, "dd.MM.yyyy", Locale.GERMANY), 9);
        doc.text(380, window - 39, "Leistungsdatum: " + d(issue.minusDays(5), "dd.MM.yyyy", Locale.GERMANY), 9);
        doc.text(380, window - 52, "Auftrag vom: " + d(issue.minusDays(25), "dd.MM.yyyy", Locale.GERMANY), 9);
        doc.y = window - 90;
        doc.lineBold(50, "Rechnung", 14);
        doc.line(50, "Sehr geehrte Damen und Herren, für unsere Leistungen berechnen wir Ihnen:", 10);
        doc.down(6);
        table(doc, items, new String[] {"Bezeichnung", "Menge", "Einzelpreis", "USt.", "Gesamt"}, BlindLayouts::de,
                true, ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Nettobetrag", de(s.net()) + " €"});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"zzgl. " + rateText(rate, ',') + " % USt.",
            de(tax) + " €"}));
        rows.add(new String[] {pick(r, new String[] {"Gesamtbetrag", "Bruttobetrag", "Rechnungsbetrag"}),
            de(s.gross()) + " €"});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, explicit ? "Bitte überweisen Sie den Betrag bis zum " + d(due, "dd.MM.yyyy", Locale.GERMANY)
                + " ohne Abzug." : "Zahlbar innerhalb von " + days + " Tagen ohne Abzug.", 10);
        doc.line(50, "Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 % Skonto.", 9);
        doc.text(50, 52, "Geschäftsführer: M. Schmidt · Amtsgericht München HRB 2" + (10_000 + r.nextInt(80_000))
                + " · USt-IdNr. DE" + (100_000_000 + r.nextInt(899_999_999)), 7);
        doc.text(50, 42, "Bankverbindung: Stadtsparkasse München · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
                7);
        doc.right(doc.width() - 50, 30, "Seite 1 von 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A Dutch invoice: Factuurnummer / Factuurdatum / Vervaldatum, two BTW rates, KvK. */
    static Truth dutch(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Van Dijk Webdesign", "Installatiebedrijf Bos B.V.", "Studio Groen"});
        String customer = pick(r, new String[] {"Bakkerij Jansen B.V.", "De Vries Installatietechniek",
            "Café 't Hoekje", "Smit & Bakker Advocaten"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        String number = issue.getYear() + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(500));
        List<Item> items = items(r, NL_WORK, 1, 4, pct("21"), pct("9"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 14);
        doc.line(50, "Prinsengracht 250, 1016 HH Amsterdam", 9);
        doc.line(50, "KvK 6" + (1_000_000 + r.nextInt(8_999_999)) + " · Btw-nr NL00" + (1_000_000 + r.nextInt(8_999_999))
                + "B01", 9);
        doc.down(20);
        doc.lineBold(50, "FACTUUR", 18);
        float top = doc.y;
        doc.text(50, top, "Factuur aan:", 9);
        doc.bold(50, top - 13, customer, 11);
        doc.text(50, top - 26, "Dorpsstraat 12", 9);
        doc.text(50, top - 38, "3511 AB Utrecht", 9);
        doc.text(330, top, "Factuurnummer", 9);
        doc.text(430, top, number, 9);
        doc.text(330, top - 13, "Factuurdatum", 9);
        doc.text(430, top - 13, d(issue, "d MMMM yyyy", Locale.forLanguageTag("nl-NL")), 9);
        doc.text(330, top - 26, "Vervaldatum", 9);
        doc.text(430, top - 26, d(due, "d MMMM yyyy", Locale.forLanguageTag("nl-NL")), 9);
        doc.text(330, top - 39, "Periode", 9);
        doc.text(430, top - 39, d(issue.minusMonths(1).withDayOfMonth(1), "dd-MM", Locale.ROOT) + " t/m "
                + d(issue.withDayOfMonth(1).minusDays(1), "dd-MM-yyyy", Locale.ROOT), 9);
        doc.y = top - 70;
        table(doc, items, new String[] {"Omschrijving", "Aantal", "Prijs", "Btw", "Totaal"}, a -> "€ " + de(a), true,
                ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subtotaal", "€ " + de(s.net())});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"BTW " + rateText(rate, ',') + "%",
            "€ " + de(tax)}));
        rows.add(new String[] {"Totaal incl. BTW", "€ " + de(s.gross())});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Gelieve het totaalbedrag binnen 14 dagen over te maken op NL91 ABNA 0417 1643 00", 9);
        doc.line(50, "o.v.v. het factuurnummer.", 9);
        doc.right(doc.width() - 50, 30, "Pagina 1 van 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** An Indian GST tax invoice: GSTIN, CGST + SGST, Grand Total in Rs., amount in words. */
    static Truth indianGst(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Kaveri Software Solutions", "Shree Ganesh Enterprises",
            "Nandi Print House"});
        String customer = pick(r, new String[] {"Sharma Textiles Pvt. Ltd.", "Patel Agro Industries",
            "Mehta Electronics", "Sri Lakshmi Traders"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(15);
        String number = "KS/" + (issue.getYear() % 100) + "-" + (issue.getYear() % 100 + 1) + "/"
                + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        List<Item> items = items(r, EN_WORK, 1, 3, pct("18"));
        BigDecimal net = BigDecimal.ZERO;
        for (Item i : items) {
            net = net.add(i.amount().multiply(BigDecimal.valueOf(40)));
        }
        BigDecimal half = net.multiply(pct("0.09")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(half).add(half);
        boolean rs = r.nextBoolean();
        doc.rightBold(doc.width() / 2 + 40, doc.y, "TAX INVOICE", 14);
        doc.down(22);
        doc.lineBold(50, seller, 12);
        doc.line(50, "Plot 14, MIDC Industrial Area, Pune, Maharashtra 411019", 9);
        doc.line(50, "GSTIN: 27AAPFU" + (1000 + r.nextInt(8999)) + "F1ZV    PAN: AAPFU0939F", 9);
        doc.down(8);
        float top = doc.y;
        doc.text(50, top, "Invoice No.: " + number, 10);
        doc.text(50, top - 14, "Invoice Date: " + d(issue, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.text(50, top - 28, "Due Date: " + d(due, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.text(330, top, "Place of Supply: Maharashtra (27)", 10);
        doc.text(330, top - 14, "Challan Date: " + d(issue.minusDays(3), "dd-MM-yyyy", Locale.ROOT), 10);
        doc.text(330, top - 28, "Reverse Charge: No", 10);
        top -= 55;
        doc.bold(50, top, "Bill To:", 9);
        doc.text(50, top - 13, customer, 10);
        doc.text(50, top - 25, "GSTIN: 27AABCS" + (1000 + r.nextInt(8999)) + "K1Z2", 9);
        doc.bold(330, top, "Ship To:", 9);
        doc.text(330, top - 13, "Godown No. 4, Bhiwandi", 10);
        doc.text(330, top - 25, "Thane 421302", 9);
        doc.y = top - 55;
        List<Item> scaled = new ArrayList<>();
        for (Item i : items) {
            scaled.add(new Item(i.label() + " (SAC 9983)", i.qty(), i.unit().multiply(BigDecimal.valueOf(40)),
                    i.rate()));
        }
        table(doc, scaled, new String[] {"Description", "Qty", "Rate", "Amount"}, BlindLayouts::indian, false, '.');
        String cur = rs ? "Rs. " : "INR ";
        totals(doc, new String[][] {{"Taxable Value", cur + indian(net)}, {"CGST @ 9%", cur + indian(half)},
            {"SGST @ 9%", cur + indian(half)}, {"Grand Total", cur + indian(gross)}}, 3);
        doc.down(8);
        int paise = gross.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        doc.line(50, "Amount in words: Rupees " + words(gross.longValue()) + (paise == 0 ? "" : " and "
                + words(paise) + " Paise") + " Only", 9);
        doc.line(50, "Bank: HDFC Bank, A/c No. 50200012345678, IFSC HDFC0001234", 9);
        doc.line(50, "Payment within 15 days. Interest @ 18% p.a. will be charged on overdue bills.", 8);
        doc.right(doc.width() - 50, 60, "For " + seller, 9);
        doc.right(doc.width() - 50, 40, "Authorised Signatory", 9);
        return Truth.invoice(number, issue, due, gross, "INR", customer);
    }

    /** Header row of labels over a row of values, then the lines; in French or English. */
    static Truth headerRow(Doc doc, Random r) {
        boolean french = r.nextBoolean();
        String seller = french ? pick(r, new String[] {"Transports Vidal", "Sécurité Alpha Services"})
                : pick(r, new String[] {"Northwind Supplies Ltd", "Clearwater IT Ltd"});
        String customer = french ? pick(r, FR_CUSTOMERS) : pick(r, new String[] {"Ashford Veterinary Clinic",
            "Greenway Builders Ltd", "Lumen Events Ltd"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = (french ? "F" : "SI-") + (50_000 + r.nextInt(9999));
        List<Item> items = items(r, french ? FR_WORK : EN_WORK, 2, 5, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Function<LocalDate, String> date = french ? BlindLayouts::frDate : x -> d(x, "dd/MM/yyyy", Locale.UK);
        doc.lineBold(50, seller, 14);
        doc.line(50, french ? "Zone Artisanale, 26000 Valence" : "14 Harbour Road, Bristol BS1 5TT", 9);
        doc.down(14);
        doc.lineBold(50, french ? "FACTURE" : "SALES INVOICE", 16);
        doc.down(6);
        String[] heads = french ? new String[] {"N° facture", "Date", "Échéance", "Code client", "Mode de règlement"}
                : new String[] {"Invoice No.", "Date", "Due", "Account", "Payment"};
        String[] values = {number, date.apply(issue), date.apply(due), "C" + (100 + r.nextInt(800)),
            french ? "Virement" : "BACS"};
        float[] xs = {50, 150, 240, 330, 420};
        for (int i = 0; i < heads.length; i++) {
            doc.bold(xs[i], doc.y, heads[i], 9);
            doc.text(xs[i], doc.y - 13, values[i], 9);
        }
        doc.down(40);
        doc.line(50, french ? "Client :" : "Customer:", 9);
        doc.lineBold(50, customer, 11);
        doc.line(50, french ? pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES) : "9 Park Row, Bath BA1 1AA", 9);
        doc.down(10);
        Function<BigDecimal, String> money = french ? BlindLayouts::fr : BlindLayouts::en;
        table(doc, items, french ? new String[] {"Désignation", "Qté", "P.U.", "Total"}
                : new String[] {"Description", "Qty", "Unit", "Net"}, money, false, french ? ',' : '.');
        String sign = french ? " €" : "";
        totals(doc, french ? new String[][] {{"Montant HT", fr(s.net()) + sign}, {"TVA 20 %", fr(s.tax()) + sign},
            {"Montant TTC", fr(s.gross()) + sign}}
                : new String[][] {{"Net total", "£" + en(s.net())}, {"VAT @ 20%", "£" + en(s.tax())},
                    {"Invoice total", "£" + en(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, french ? "Offre valable jusqu'au " + frDate(issue.plusDays(60)) + " pour toute nouvelle commande."
                : "Bank details valid from " + date.apply(issue.minusDays(200)) + ". Please quote the invoice number.",
                8);
        footer(doc, seller, 1, 1);
        return Truth.invoice(number, issue, due, s.gross(), french ? "EUR" : "GBP", customer);
    }

    /** A software-style receipt in English billed in euros: "€1,234.00 due November 30, 2026". */
    static Truth saasReceipt(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Tallyhub Inc.", "Pagewright B.V.", "Cloudnest Ltd"});
        String customer = pick(r, new String[] {"SAS Horizon Conseil", "Atelier Moreau", "Studio Nord GmbH",
            "Kumar & Rao LLP"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {7, 14, 30}));
        String number = Integer.toHexString(0x1A2B0000 + r.nextInt(0xFFFF)).toUpperCase(Locale.ROOT) + "-000"
                + (1 + r.nextInt(9));
        BigDecimal seats = BigDecimal.valueOf(2 + r.nextInt(20));
        BigDecimal price = BigDecimal.valueOf(900 + r.nextInt(5000), 2);
        List<Item> items = List.of(new Item("Team plan (per seat, monthly)", seats, price, pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Function<LocalDate, String> date = x -> d(x, "MMMM d, yyyy", Locale.US);
        doc.lineBold(50, "Invoice", 20);
        doc.down(6);
        doc.text(50, doc.y, "Invoice number", 9);
        doc.text(160, doc.y, number, 9);
        doc.down(13);
        doc.text(50, doc.y, "Date of issue", 9);
        doc.text(160, doc.y, date.apply(issue), 9);
        doc.down(13);
        doc.text(50, doc.y, "Date due", 9);
        doc.text(160, doc.y, date.apply(due), 9);
        doc.down(24);
        float top = doc.y;
        doc.bold(50, top, seller, 10);
        doc.text(50, top - 12, "548 Market Street", 9);
        doc.text(50, top - 24, "support@example.com", 9);
        doc.bold(300, top, "Bill to", 10);
        doc.text(300, top - 12, customer, 9);
        doc.text(300, top - 24, "billing@example.org", 9);
        doc.y = top - 60;
        doc.lineBold(50, "€" + en(s.gross()) + " due " + date.apply(due), 14);
        doc.down(12);
        doc.line(50, d(issue, "MMM d", Locale.US) + " - " + d(issue.plusMonths(1), "MMM d, yyyy", Locale.US), 9);
        table(doc, items, new String[] {"Description", "Qty", "Unit price", "Tax", "Amount"}, a -> "€" + en(a), true,
                '.');
        totals(doc, new String[][] {{"Subtotal", "€" + en(s.net())}, {"VAT (20% on €" + en(s.net()) + ")",
            "€" + en(s.tax())}, {"Total", "€" + en(s.gross())}, {"Amount due", "€" + en(s.gross())}}, 3);
        doc.down(10);
        doc.line(50, "Reverse charge does not apply. Questions? Contact support@example.com", 8);
        doc.right(doc.width() - 50, 30, number + " · €" + en(s.gross()) + " due " + date.apply(due) + " · Page 1 of 1",
                7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};

    /** A number in words, Indian style (lakh, crore). */
    static String words(long n) {
        if (n == 0) {
            return "Zero";
        }
        StringBuilder b = new StringBuilder();
        long[] units = {10_000_000, 100_000, 1000, 100};
        String[] names = {"Crore", "Lakh", "Thousand", "Hundred"};
        for (int i = 0; i < units.length; i++) {
            if (n >= units[i]) {
                b.append(words(n / units[i])).append(' ').append(names[i]).append(' ');
                n %= units[i];
            }
        }
        if (n >= 20) {
            b.append(TENS[(int) n / 10]).append(n % 10 == 0 ? "" : " " + ONES[(int) n % 10]);
        } else if (n > 0) {
            b.append(ONES[(int) n]);
        }
        return b.toString().strip();
    }
}
