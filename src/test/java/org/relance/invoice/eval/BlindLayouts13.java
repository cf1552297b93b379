package org.relance.invoice.eval;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;
import org.relance.invoice.eval.BlindLayouts7.Sheet;

/**
 * A thirteenth blind set ({@code eval/invoices/blind13}): invoices of small English-speaking businesses billing a
 * French company (a UK design agency, an Irish consultancy, a US freelancer, a Canadian developer, an Australian
 * studio, a New Zealand contractor, an Indian IT services firm, a Singapore agency, a South African production
 * services company, a US law firm, a UK sole trader, a Hong Kong trading company), written without looking at the
 * reader, none of them a layout of the earlier sets. Drawn with the embedded DejaVu fonts of {@link Sheet}.
 */
public final class BlindLayouts13 {

    private static final Map<String, BlindLayouts7.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("uk-agency-three-columns-invoice-date-payment-due-vat-20", BlindLayouts13::ukAgency);
        LAYOUTS.put("ie-consultancy-serif-window-inv-no-vat-analysis-23-0", BlindLayouts13::irishConsultancy);
        LAYOUTS.put("us-freelancer-doc-template-mdy-net-terms-no-tax", BlindLayouts13::usFreelancer);
        LAYOUTS.put("ca-developer-monospace-sold-to-iso-gst-hst", BlindLayouts13::canadianDeveloper);
        LAYOUTS.put("au-studio-tax-invoice-abn-gst-free-lines-within-days", BlindLayouts13::australianStudio);
        LAYOUTS.put("nz-marine-contractor-20th-following-timesheet-p2", BlindLayouts13::nzContractor);
        LAYOUTS.put("in-it-services-sac-place-of-supply-cgst-sgst-igst", BlindLayouts13::indianItServices);
        LAYOUTS.put("sg-agency-meta-row-sr-zr-summary-eur-reference", BlindLayouts13::singaporeAgency);
        LAYOUTS.put("za-production-services-r-space-comma-deposit-7-days", BlindLayouts13::southAfrica);
        LAYOUTS.put("us-law-statement-of-services-retainer-applied-2-pages", BlindLayouts13::usLawFirm);
        LAYOUTS.put("uk-sole-trader-word-not-vat-registered", BlindLayouts13::ukSoleTrader);
        LAYOUTS.put("hk-trading-messrs-fob-say-total-deposit-2-pages", BlindLayouts13::hongKongTrading);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind13Test -Drelance.generateBlind13=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts7.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind13", 2026_13_07L, 2, "blind13");
    }

    // --- helpers

    private static final float L = 50;
    private static final float R = 545;

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** An issue day between early January and early December 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(335));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    private static BigDecimal money(Random r, int least, int spread) {
        return BigDecimal.valueOf(least * 100L + (long) (r.nextDouble() * spread * 100L), 2);
    }

    /** "1,234.56". */
    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
    }

    /** A sign before the amount, the minus before the sign: "£1,234.56", "-$50.00". */
    private static String cur(String sign, BigDecimal a) {
        return (a.signum() < 0 ? "-" : "") + sign + en(a.abs());
    }

    private static String d(LocalDate date, String pattern) {
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }

    private static String digits(Random r, int count) {
        StringBuilder b = new StringBuilder().append(1 + r.nextInt(9));
        for (int i = 1; i < count; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }

    private static Item item(String label, BigDecimal qty, BigDecimal unit, BigDecimal rate) {
        return new Item(label, qty, unit, rate);
    }

    /** {@code min..max} distinct lines of {@code work}, 1–3 units (now and then more), prices in a range. */
    private static List<Item> draw(Random r, String[] work, int min, int max, int least, int spread, BigDecimal rate) {
        int count = min + r.nextInt(max - min + 1);
        List<String> left = new ArrayList<>(List.of(work));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            BigDecimal q = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(6) : 1 + r.nextInt(3));
            out.add(item(left.remove(r.nextInt(left.size())), q, money(r, least, spread), rate));
        }
        return out;
    }

    /** Hours in quarter steps between {@code least} and {@code least + spread}. */
    private static BigDecimal hours(Random r, int least, int spread) {
        return BigDecimal.valueOf(least * 4L + r.nextInt(spread * 4 + 1)).divide(BigDecimal.valueOf(4));
    }

    /** Days in half steps between {@code least} and {@code least + spread}. */
    private static BigDecimal halves(Random r, int least, int spread) {
        return BigDecimal.valueOf(least * 2L + r.nextInt(spread * 2 + 1)).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal sum(List<Item> items) {
        BigDecimal s = BigDecimal.ZERO;
        for (Item i : items) {
            s = s.add(i.amount());
        }
        return s;
    }

    private static Map<BigDecimal, BigDecimal> bases(List<Item> items) {
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        return base;
    }

    private static final PDDocument METRICS_DOC = new PDDocument();
    private static final Map<String, PDType0Font> METRICS = new HashMap<>();

    /** The printed width of a text in the sheet's family. */
    private static float width(Sheet doc, String text, float pt, boolean bold) {
        String file = Sheet.FONTS + doc.family + (bold ? "-Bold" : "") + ".ttf";
        PDType0Font font = METRICS.computeIfAbsent(file, f -> {
            try {
                return PDType0Font.load(METRICS_DOC, new File(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return font.getStringWidth(text) / 1000 * pt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void center(Sheet doc, float y, String text, float pt, boolean bold) {
        float x = (doc.width() - width(doc, text, pt, bold)) / 2;
        if (bold) {
            doc.bold(x, y, text, pt);
        } else {
            doc.text(x, y, text, pt);
        }
    }

    /** Columns at x (right-aligned where asked): a bold head row, then the rows. */
    private static void grid(Sheet doc, float[] xs, boolean[] right, String[] heads, List<String[]> rows, float pt,
            float gap) {
        if (heads != null) {
            for (int c = 0; c < heads.length; c++) {
                if (right[c]) {
                    doc.rightBold(xs[c], doc.y, heads[c], pt);
                } else {
                    doc.bold(xs[c], doc.y, heads[c], pt);
                }
            }
            doc.down(pt + gap + 2);
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null || row[c].isEmpty()) {
                    continue;
                }
                if (right[c]) {
                    doc.right(xs[c], doc.y, row[c], pt);
                } else {
                    doc.text(xs[c], doc.y, row[c], pt);
                }
            }
            doc.down(pt + gap);
        }
    }

    /** Label / amount pairs, the amount right-aligned at {@code right}; bold from {@code boldFrom}. */
    private static void totals(Sheet doc, float labelX, float right, String[][] rows, int boldFrom, float pt) {
        for (int i = 0; i < rows.length; i++) {
            if (i >= boldFrom) {
                doc.bold(labelX, doc.y, rows[i][0], pt + 1);
                doc.rightBold(right, doc.y, rows[i][1], pt + 1);
            } else {
                doc.text(labelX, doc.y, rows[i][0], pt);
                doc.right(right, doc.y, rows[i][1], pt);
            }
            doc.down(pt + 6);
        }
    }

    /** A rule of a repeated character from x to about {@code to}. */
    private static void rule(Sheet doc, float x, float to, float y, String ch, float pt) {
        float w = width(doc, ch, pt, false);
        int n = Math.max(1, (int) ((to - x) / w));
        doc.text(x, y, ch.repeat(n), pt);
    }

    // --- the billed French companies

    private record Client(String name, String street, String city, String vat, String contact, String role) {
    }

    private static final String[] FR_COMPANIES = {"Maison Vermeil SAS", "Boréale Communication SARL",
        "Atelier Lumière SAS", "Groupe Hexaline SA", "Nova Santé Conseil SAS", "Éditions du Pont-Neuf SA",
        "Alpine Outdoor France SAS", "Kermarrec Industrie SAS", "Cave & Comptoir Dufresne SARL",
        "Société Lyonnaise de Logistique (SLL)", "Orphée Cosmétiques SAS", "Domaines Castagnac SCEA"};
    private static final String[] FR_STREETS = {"18 rue de la Roquette", "42 avenue de l'Opéra",
        "7 quai Saint-Vincent", "135 cours Lafayette", "9 rue du Faubourg Saint-Honoré", "24 rue Sainte-Catherine",
        "3 allée Alan Turing", "61 boulevard Haussmann", "12 place Bellecour"};
    private static final String[] FR_CITIES = {"75011 Paris", "75002 Paris", "69001 Lyon", "69003 Lyon",
        "33000 Bordeaux", "13002 Marseille", "44200 Nantes", "31400 Toulouse", "59000 Lille", "67000 Strasbourg"};
    private static final String[] CONTACTS = {"Claire Dubois", "Julien Moreau", "Sophie Laurent", "Antoine Garnier",
        "Camille Roche", "Nicolas Perrot", "Élodie Fabre", "Mathilde Chevalier", "Thomas Leroy"};
    private static final String[] ROLES = {"Head of Marketing", "Procurement", "Accounts Payable",
        "Brand Director", "Chief Operating Officer", "Finance Department"};

    private static Client client(Random r, String[] names) {
        return new Client(pick(r, names), pick(r, FR_STREETS), pick(r, FR_CITIES), "FR" + digits(r, 2) + " "
                + digits(r, 9), pick(r, CONTACTS), pick(r, ROLES));
    }

    private static Client client(Random r) {
        return client(r, FR_COMPANIES);
    }

    // --- 1. UK design agency

    private static final String[] AGENCY_WORK = {"Discovery & research workshop", "Brand strategy & positioning",
        "Visual identity – logo system", "Typography & colour palette", "Brand guidelines (64 pp.)",
        "Campaign key visual & adaptations", "Social media templates (x12)", "Website design – 8 page templates",
        "Art direction – photo shoot", "Packaging design – 3 SKUs", "Motion identity (logo sting)",
        "Project management"};

    /**
     * A London design agency's invoice from its project tool: a lower-case wordmark, the studio address at the top
     * right, "Invoice" big, then three columns (Client / Invoice number, Invoice date, Payment due / Project, Purchase
     * order, Estimate); days at a day rate plus a stock licence expense; "Subtotal", "VAT @ 20%", "Total GBP", and an
     * "Amount due" repeating the total; kick-off and estimate dates, sort code and account number, company and VAT
     * registration numbers.
     */
    static Truth ukAgency(Sheet doc, Random r) {
        String[] agency = pick(r, new String[][] {{"north&co.", "North & Co. Studio Ltd", "Shoreditch"},
            {"fieldwork", "Fieldwork Design Ltd", "Clerkenwell"}, {"halftone", "Halftone Creative Ltd", "Hackney Wick"}});
        Client c = client(r);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30, 30});
        LocalDate due = issue.plusDays(days);
        LocalDate kickoff = issue.minusDays(35 + r.nextInt(60));
        LocalDate estimate = kickoff.minusDays(5 + r.nextInt(20));
        String number = "INV-" + String.format(Locale.ROOT, "%04d", 180 + r.nextInt(700));
        String estimateNo = "EST-" + String.format(Locale.ROOT, "%04d", 90 + r.nextInt(300));
        String project = pick(r, new String[] {"Spring '27 campaign identity", "UK market launch", "Brand refresh",
            "E-commerce redesign"});
        List<Item> items = new ArrayList<>();
        int count = 3 + r.nextInt(4);
        List<String> left = new ArrayList<>(List.of(AGENCY_WORK));
        BigDecimal dayRate = money(r, 550, 400).setScale(0, RoundingMode.HALF_UP).setScale(2);
        for (int i = 0; i < count; i++) {
            items.add(item(left.remove(r.nextInt(left.size())), halves(r, 1, 5), dayRate, pct("20")));
        }
        items.add(item("Stock image licences (Getty, extended)", BigDecimal.ONE, money(r, 80, 380), pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String fmt = "d MMMM yyyy";

        doc.bold(L, 782, agency[0], 26);
        float top = 796;
        for (String line : new String[] {agency[1], (12 + r.nextInt(180)) + " " + pick(r, new String[] {
            "Curtain Road", "Old Street", "Great Eastern Street"}), agency[2] + ", London EC2A " + (1 + r.nextInt(4))
                + pick(r, new String[] {"AY", "PB", "HT"}), "hello@" + agency[0].replace("&", "and").replace(".", "")
                    + ".studio", "+44 20 7946 0" + digits(r, 3)}) {
            doc.right(R, top, line, 8);
            top -= 11;
        }
        doc.bold(L, 700, "Invoice", 28);
        float y = 655;
        doc.text(L, y, "Client", 8);
        doc.text(270, y, "Invoice number", 8);
        doc.text(410, y, "Project", 8);
        doc.bold(L, y - 13, c.name(), 9.5f);
        doc.text(L, y - 26, "FAO " + c.contact(), 9);
        doc.text(L, y - 38, c.street(), 9);
        doc.text(L, y - 50, c.city() + ", France", 9);
        doc.text(L, y - 62, "VAT " + c.vat(), 9);
        doc.bold(270, y - 13, number, 10);
        doc.text(410, y - 13, project, 9);
        doc.text(270, y - 34, "Invoice date", 8);
        doc.text(270, y - 47, d(issue, fmt), 10);
        doc.text(410, y - 34, "Purchase order", 8);
        doc.text(410, y - 47, "PO " + digits(r, 8), 9);
        doc.text(270, y - 68, "Payment due", 8);
        doc.bold(270, y - 81, d(due, fmt), 10);
        doc.text(410, y - 68, "Estimate", 8);
        doc.text(410, y - 81, estimateNo + " of " + d(estimate, "d MMM yyyy"), 9);
        doc.y = y - 125;
        rule(doc, L, R, doc.y + 12, "─", 8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            boolean expense = i.label().startsWith("Stock");
            rows.add(new String[] {expense ? "Expense" : "Service", i.label(), qty(i.qty()), expense ? "item" : "days",
                en(i.unit()), en(i.amount())});
        }
        grid(doc, new float[] {L, 110, 365, 375, 465, R}, new boolean[] {false, false, true, false, true, true},
                new String[] {"Type", "Description", "Qty", "Unit", "Unit price", "Amount"}, rows, 9, 6);
        rule(doc, L, R, doc.y + 6, "─", 8);
        doc.down(10);
        float sy = doc.y;
        totals(doc, 360, R, new String[][] {{"Subtotal", en(s.net())}, {"VAT @ 20%", en(s.tax())},
            {"Total GBP", "£" + en(s.gross())}}, 2, 9);
        doc.down(6);
        doc.bold(360, doc.y, "Amount due", 12);
        doc.rightBold(R, doc.y, "£" + en(s.gross()), 14);
        doc.y = sy;
        doc.bold(L, doc.y, "Notes", 9);
        doc.down(13);
        doc.line(L, "Work from kick-off on " + d(kickoff, fmt) + " to date,", 8);
        doc.line(L, "as per " + estimateNo + ". Thanks for working with us!", 8);
        doc.down(30);
        doc.bold(L, doc.y, "Payment details", 9);
        doc.down(13);
        doc.line(L, "Bank transfer to " + agency[1], 8);
        doc.line(L, "Sort code " + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 2) + "   Account "
                + digits(r, 8), 8);
        doc.line(L, "IBAN GB" + digits(r, 2) + " BUKB " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4)
                + "  BIC BUKBGB22", 8);
        doc.line(L, "Please use " + number + " as the payment reference.", 8);
        doc.text(L, 58, agency[1] + " · Registered in England & Wales No. " + String.format(Locale.ROOT, "%08d",
                r.nextInt(14_000_000)) + " · VAT Reg. No. GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2),
                7);
        doc.right(R, 44, "Page 1 of 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "GBP", c.name());
    }

    // --- 2. Irish consultancy

    private static final String[] CONSULTING = {"Strategy workshop, Dublin (facilitation, per day)",
        "Stakeholder interviews (hours)", "Market entry assessment – Ireland & UK", "Findings report and board pack",
        "Follow-up advisory session (hours)", "Regulatory briefing – Irish food labelling"};

    /**
     * An Irish consultancy's invoice from an accountant's Word template, in a serif face: the letterhead centred, the
     * customer at the window position, a ruled meta block at the right (Inv. No., Date, Customer A/C, Your Ref.,
     * Terms), lines at 23 % and outlays at 0 %, a VAT analysis at the left and the totals at the right; the due date
     * only as the terms ("Payment within 14 days", "Net 30 days", 21 days).
     */
    static Truth irishConsultancy(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"O'Donnell Keane Advisory Ltd", "Liffey Bridge Consulting Ltd",
            "Brennan & Walsh Partners Ltd"});
        Client c = client(r);
        LocalDate issue = day(r);
        LocalDate engagement = issue.minusDays(40 + r.nextInt(80));
        LocalDate workshop = issue.minusDays(3 + r.nextInt(20));
        String[][] termsList = {{"Payment within 14 days", "14"}, {"Net 30 days", "30"},
            {"21 days from date of invoice", "21"}};
        String[] terms = pick(r, termsList);
        LocalDate due = issue.plusDays(Integer.parseInt(terms[1]));
        String number = "OKA" + (issue.getYear() % 100) + "/" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(800));
        List<Item> items = draw(r, CONSULTING, 2, 4, 400, 1400, pct("23"));
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.label().contains("hours")) {
                items.set(i, item(it.label(), hours(r, 3, 12), money(r, 180, 90), it.rate()));
            }
        }
        items.add(item("Outlay – venue hire, Merrion Square (at cost)", BigDecimal.ONE, money(r, 300, 500),
                BigDecimal.ZERO));
        if (r.nextBoolean()) {
            items.add(item("Outlay – catering for participants (at cost)", BigDecimal.ONE, money(r, 120, 300),
                    BigDecimal.ZERO));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);

        center(doc, 800, seller.toUpperCase(Locale.ROOT), 15, true);
        center(doc, 784, "Management Consultants", 9, false);
        center(doc, 772, (10 + r.nextInt(30)) + " Fitzwilliam Square East, Dublin 2, D02 R" + digits(r, 3), 8, false);
        center(doc, 761, "T +353 1 661 " + digits(r, 4) + "  ·  accounts@" + seller.split(" ")[0].toLowerCase(Locale.ROOT)
                .replace("'", "") + ".ie", 8, false);
        rule(doc, L, R, 748, "─", 8);

        doc.text(L + 10, 712, "Customer", 8);
        doc.bold(L + 10, 698, c.name(), 10);
        doc.text(L + 10, 685, "Attn: " + c.contact(), 9);
        doc.text(L + 10, 673, c.street(), 9);
        doc.text(L + 10, 661, c.city(), 9);
        doc.text(L + 10, 649, "FRANCE", 9);
        doc.text(L + 10, 633, "Customer VAT No.: " + c.vat(), 8);

        doc.rightBold(R, 718, "INVOICE", 18);
        String account = c.name().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, 4)
                + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(20));
        String[][] meta = {{"Inv. No.", number}, {"Date", d(issue, "d MMM yyyy")}, {"Customer A/C", account},
            {"Your Ref.", "PO " + digits(r, 7)}, {"Terms", terms[0]}};
        float my = 696;
        rule(doc, 320, R, my + 10, "─", 7);
        for (String[] m : meta) {
            doc.text(325, my, m[0], 8.5f);
            doc.text(400, my, m[1], 8.5f);
            my -= 13;
        }
        rule(doc, 320, R, my + 6, "─", 7);

        doc.y = 595;
        doc.line(L, "Re: engagement letter of " + d(engagement, "d MMM yyyy") + " – workshop held in Dublin on "
                + d(workshop, "d MMM yyyy"), 9);
        doc.down(8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), en(i.unit()), rate(i.rate()), en(i.amount())});
        }
        rule(doc, L, R, doc.y + 11, "─", 7);
        grid(doc, new float[] {L, 360, 425, 470, R}, new boolean[] {false, true, true, true, true},
                new String[] {"Description", "Qty", "Rate €", "VAT", "Net €"}, rows, 8.5f, 6);
        rule(doc, L, R, doc.y + 6, "─", 7);
        doc.down(12);
        float sy = doc.y;
        doc.bold(L, sy, "VAT analysis", 8.5f);
        doc.bold(140, sy, "Net €", 8.5f);
        doc.bold(210, sy, "VAT €", 8.5f);
        float ay = sy - 13;
        Map<BigDecimal, BigDecimal> base = bases(items);
        for (var e : base.entrySet()) {
            doc.text(L, ay, rate(e.getKey()) + (e.getKey().signum() == 0 ? " (outlay)" : ""), 8.5f);
            doc.right(170, ay, en(e.getValue()), 8.5f);
            doc.right(240, ay, en(s.taxByRate().get(e.getKey())), 8.5f);
            ay -= 12;
        }
        doc.y = sy;
        totals(doc, 360, R, new String[][] {{"Total Net", en(s.net())}, {"Total VAT", en(s.tax())},
            {"INVOICE TOTAL €", en(s.gross())}}, 2, 9);
        doc.y = Math.min(doc.y, ay) - 20;
        doc.line(L, "Irish VAT is charged as the services relate to an event held in Ireland. Outlays are recharged",
                8);
        doc.line(L, "at cost on behalf of the customer and are not subject to VAT.", 8);
        doc.down(8);
        doc.line(L, "Please quote the Inv. No. with your remittance.", 8);
        doc.line(L, "Bank of Ireland, College Green  ·  IBAN IE" + digits(r, 2) + " BOFI 9000 " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 2) + "  ·  BIC BOFIIE2D", 8);
        center(doc, 60, "Registered in Ireland No. " + digits(r, 6) + "  ·  VAT No. IE " + digits(r, 7) + "FH", 7,
                false);
        center(doc, 50, "Directors: " + pick(r, new String[] {"A. O'Donnell, M. Keane", "S. Brennan, C. Walsh",
            "F. Byrne, N. Doyle"}), 7, false);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", c.name());
    }

    // --- 3. US freelancer

    private static final String[] ILLUSTRATION = {"Character design – 3 poses", "Storyboard (per frame)",
        "Motion design – 30s explainer", "Illustrations for product pages", "Icon set (24 icons)",
        "Revisions (hourly)", "Animated GIFs for social", "Project call & art direction (hourly)"};

    /**
     * A US freelancer's invoice from a document template: "INVOICE" big at the left, the freelancer's name and
     * contacts at the right, "Invoice #" and a US date (MM/dd/yyyy), "Bill To", hours at a rate, no tax, a discount
     * now and then, "Amount Paid $0.00" and "Balance Due"; only "Terms: Net 30" (or Net 15) to say when to pay; a
     * delivery date and a late-fee clause as distractors.
     */
    static Truth usFreelancer(Sheet doc, Random r) {
        String[] me = pick(r, new String[][] {{"JORDAN ALVAREZ", "Illustration & Motion Design", "Portland, OR 97205",
            "(503) 555-01"}, {"MAYA R. CHEN", "Illustration · Animation", "Brooklyn, NY 11211", "(718) 555-01"},
            {"CASEY BROOKS", "Motion Graphics & Illustration", "Austin, TX 78704", "(512) 555-01"}});
        Client c = client(r);
        LocalDate issue = day(r);
        LocalDate delivered = issue.minusDays(2 + r.nextInt(12));
        int net = pick(r, new Integer[] {30, 30, 15});
        LocalDate due = issue.plusDays(net);
        String number = String.valueOf(1000 + r.nextInt(140));
        List<Item> items = new ArrayList<>();
        int count = 2 + r.nextInt(4);
        List<String> left = new ArrayList<>(List.of(ILLUSTRATION));
        BigDecimal hourly = BigDecimal.valueOf(85 + 5 * r.nextInt(14)).setScale(2);
        for (int i = 0; i < count; i++) {
            String label = left.remove(r.nextInt(left.size()));
            if (label.contains("hourly")) {
                items.add(item(label, hours(r, 1, 8), hourly, BigDecimal.ZERO));
            } else if (label.contains("per frame")) {
                items.add(item(label, BigDecimal.valueOf(8 + r.nextInt(30)), money(r, 35, 40), BigDecimal.ZERO));
            } else {
                items.add(item(label, BigDecimal.ONE, money(r, 600, 3200).setScale(0, RoundingMode.HALF_UP).setScale(2),
                        BigDecimal.ZERO));
            }
        }
        boolean discount = r.nextInt(3) == 0;
        Sums s = Sums.of(items, discount ? pct("10") : BigDecimal.ZERO);
        BigDecimal gross = sum(items);

        doc.bold(L, 770, "INVOICE", 30);
        doc.rightBold(R, 792, me[0], 13);
        doc.right(R, 777, me[1], 9);
        doc.right(R, 765, me[2], 9);
        doc.right(R, 753, me[3] + digits(r, 2), 9);
        doc.right(R, 741, me[0].split(" ")[0].toLowerCase(Locale.ROOT) + "@" + me[0].replace(" ", "").replace(".", "")
                .toLowerCase(Locale.ROOT) + ".com", 9);
        doc.text(L, 736, "Invoice #:", 10);
        doc.bold(115, 736, number, 10);
        doc.text(L, 722, "Date:", 10);
        doc.text(115, 722, d(issue, "MM/dd/yyyy"), 10);
        doc.text(L, 708, "Terms:", 10);
        doc.text(115, 708, "Net " + net, 10);
        doc.bold(L, 670, "Bill To:", 10);
        doc.text(L, 656, c.name(), 10);
        doc.text(L, 643, "Attn: " + c.contact(), 9);
        doc.text(L, 631, c.street(), 9);
        doc.text(L, 619, c.city() + ", France", 9);
        doc.text(330, 670, "Project:", 10);
        doc.text(330, 656, pick(r, new String[] {"Product launch video", "Website illustrations", "Social campaign Q"
                + (1 + (issue.getMonthValue() - 1) / 3)}), 10);
        doc.text(330, 643, "Final files delivered " + d(delivered, "MM/dd/yyyy"), 9);
        doc.y = 585;
        rule(doc, L, R, doc.y + 12, "_", 9);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            boolean hourlyLine = i.label().contains("hourly");
            rows.add(new String[] {i.label(), hourlyLine ? qty(i.qty()) : qty(i.qty()), hourlyLine ? "$" + en(i.unit())
                    + "/hr" : "$" + en(i.unit()), "$" + en(i.amount())});
        }
        doc.down(4);
        grid(doc, new float[] {L, 350, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"DESCRIPTION", "HOURS/QTY", "RATE", "AMOUNT"}, rows, 9.5f, 8);
        rule(doc, L, R, doc.y + 8, "_", 9);
        doc.down(12);
        List<String[]> tot = new ArrayList<>();
        tot.add(new String[] {"Subtotal", cur("$", gross)});
        if (discount) {
            tot.add(new String[] {"Discount (10% returning client)", cur("$", s.net().subtract(gross))});
        }
        tot.add(new String[] {"Tax", "$0.00"});
        tot.add(new String[] {"Total", cur("$", s.net())});
        tot.add(new String[] {"Amount Paid", "$0.00"});
        totals(doc, 320, R, tot.toArray(new String[0][]), tot.size() - 2, 9.5f);
        doc.down(4);
        doc.bold(320, doc.y, "Balance Due", 13);
        doc.rightBold(R, doc.y, cur("$", s.net()), 13);
        doc.down(50);
        doc.bold(L, doc.y, "Notes", 10);
        doc.down(14);
        doc.line(L, "Payment by Zelle or ACH (routing " + digits(r, 9) + ", account ****" + digits(r, 4)
                + "). International clients: wire via Wise.", 8.5f);
        doc.line(L, "Late payments are subject to a 1.5% monthly fee after the terms above.", 8.5f);
        doc.line(L, "No sales tax: services delivered electronically to a client outside the United States.", 8.5f);
        doc.down(10);
        doc.line(L, "Thank you for your business!", 10);
        return Truth.invoice(number, issue, due, s.net(), "USD", c.name());
    }

    // --- 4. Canadian developer

    private static final String[] DEV_WORK = {"Backend API – sprint ", "Mobile app (React Native) – sprint ",
        "Code review & pairing sessions", "CI/CD pipeline hardening", "Database migration to PostgreSQL 17",
        "Bug fixing – support queue", "Architecture review & ADRs", "On-call (flat, per week)"};

    /**
     * A Canadian developer's invoice typeset from a plain-text template in a monospace face: "INVOICE" and "No." at
     * the top, From / Sold To side by side, ISO dates, the billing period, hours at a rate, GST/HST either zero-rated
     * (export of services to a non-resident) or HST 13 % when billed to the customer's Toronto office; terms "Net 15",
     * "Net 30" or "Due on receipt", no due date.
     */
    static Truth canadianDeveloper(Sheet doc, Random r) {
        doc.family = "DejaVuSansMono";
        String[] me = pick(r, new String[][] {{"Tremblay Software Inc.", "Montréal QC H2T 1S6"},
            {"Northwind Dev Studio Ltd.", "Vancouver BC V6B 1A1"}, {"Okafor Code Works Inc.", "Ottawa ON K1P 5G4"}});
        Client c = client(r);
        boolean toronto = r.nextBoolean();
        LocalDate issue = day(r);
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        LocalDate periodStart = periodEnd.withDayOfMonth(1);
        String[][] termsList = {{"Net 15", "15"}, {"Net 30", "30"}, {"Due on receipt", "0"}};
        String[] terms = pick(r, termsList);
        LocalDate due = issue.plusDays(Integer.parseInt(terms[1]));
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 5 + r.nextInt(60));
        BigDecimal hourly = BigDecimal.valueOf(110 + 5 * r.nextInt(10)).setScale(2);
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(DEV_WORK));
        int count = 3 + r.nextInt(3);
        int sprint = 20 + r.nextInt(30);
        BigDecimal taxRate = toronto ? pct("13") : BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            String label = left.remove(r.nextInt(left.size()));
            if (label.endsWith("sprint ")) {
                label = label + (sprint++);
            }
            if (label.startsWith("On-call")) {
                items.add(item(label, BigDecimal.valueOf(1 + r.nextInt(3)), BigDecimal.valueOf(750).setScale(2), taxRate));
            } else {
                items.add(item(label, hours(r, 4, 40), hourly, taxRate));
            }
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float pt = 8.5f;
        String eq = "=".repeat(93);
        String dash = "-".repeat(93);

        doc.y = 790;
        doc.bold(L, doc.y, "INVOICE", 16);
        doc.rightBold(R, doc.y, "No. " + number, 12);
        doc.down(14);
        doc.text(L, doc.y, eq, pt);
        doc.down(16);
        String[] from = {me[0], (100 + r.nextInt(800)) + " " + pick(r, new String[] {"rue Saint-Viateur O.",
            "Water St", "Bank St"}), me[1], "Canada", "GST/HST # " + digits(r, 5) + " " + digits(r, 4) + " RT0001"};
        List<String> to = new ArrayList<>(List.of(c.name()));
        if (toronto) {
            to.add("c/o Toronto office");
            to.add((100 + r.nextInt(300)) + " Bay St, Suite " + (1000 + r.nextInt(3000)));
            to.add("Toronto ON M5J 2J2, Canada");
            to.add("GST/HST # " + digits(r, 5) + " " + digits(r, 4) + " RT0001");
        } else {
            to.add(c.street());
            to.add(c.city() + ", France");
            to.add("VAT " + c.vat());
        }
        doc.text(L, doc.y, "From:", pt);
        doc.text(300, doc.y, "Sold To:", pt);
        for (int i = 0; i < Math.max(from.length, to.size()); i++) {
            if (i < from.length) {
                doc.text(100, doc.y, from[i], pt);
            }
            if (i < to.size()) {
                doc.text(355, doc.y, to.get(i), pt);
            }
            doc.down(11);
        }
        doc.down(10);
        String[][] meta = {{"Date issued", issue.toString()}, {"Terms", terms[0]},
            {"Billing period", periodStart + " .. " + periodEnd}, {"Currency", "CAD"},
            {"Contract", "MSA-" + digits(r, 4) + " signed " + issue.minusMonths(4 + r.nextInt(8)).withDayOfMonth(1)}};
        for (String[] m : meta) {
            doc.text(L, doc.y, String.format(Locale.ROOT, "%-15s: %s", m[0], m[1]), pt);
            doc.down(11);
        }
        doc.down(8);
        doc.text(L, doc.y, dash, pt);
        doc.down(12);
        doc.text(L, doc.y, String.format(Locale.ROOT, "%-3s %-44s", "#", "Item"), pt);
        doc.right(400, doc.y, "Qty/Hrs", pt);
        doc.right(470, doc.y, "Rate", pt);
        doc.right(R, doc.y, "Amount", pt);
        doc.down(11);
        doc.text(L, doc.y, dash, pt);
        doc.down(12);
        int k = 1;
        for (Item i : items) {
            doc.text(L, doc.y, String.format(Locale.ROOT, "%-3d %-44s", k++, i.label()), pt);
            doc.right(400, doc.y, qty(i.qty()), pt);
            doc.right(470, doc.y, en(i.unit()), pt);
            doc.right(R, doc.y, en(i.amount()), pt);
            doc.down(12);
        }
        doc.text(L, doc.y, dash, pt);
        doc.down(13);
        doc.right(470, doc.y, "Subtotal", pt);
        doc.right(R, doc.y, en(s.net()), pt);
        doc.down(12);
        doc.right(470, doc.y, toronto ? "HST 13% (ON)" : "GST/HST 0% (zero-rated)", pt);
        doc.right(R, doc.y, en(s.tax()), pt);
        doc.down(12);
        doc.rightBold(470, doc.y, "TOTAL CAD", 9.5f);
        doc.rightBold(R, doc.y, en(s.gross()), 9.5f);
        doc.down(12);
        doc.text(L, doc.y, eq, pt);
        doc.down(16);
        if (!toronto) {
            doc.line(L, "Zero-rated: export of services to a non-resident not registered for GST/HST", pt);
            doc.line(L, "(Excise Tax Act, Sch. VI, Part V, s. 7).", pt);
        } else {
            doc.line(L, "HST charged at the Ontario rate: place of supply of the services is Ontario.", pt);
        }
        doc.down(6);
        doc.line(L, "Hours from the time tracker export " + periodStart + ".." + periodEnd + ", commits "
                + Integer.toHexString(0x100000 + r.nextInt(0xEFFFFF)) + ".." + Integer.toHexString(0x100000
                        + r.nextInt(0xEFFFFF)) + ".", pt);
        doc.line(L, "Pay by wire: RBC Royal Bank, transit " + String.format(Locale.ROOT, "%05d", r.nextInt(99999))
                + ", institution 003, account " + digits(r, 7) + ", SWIFT ROYCCAT2.", pt);
        doc.line(L, "Or Interac e-Transfer to billing@" + me[0].split(" ")[0].toLowerCase(Locale.ROOT) + ".dev (CAD only).",
                pt);
        doc.down(6);
        doc.line(L, "-- generated " + issue + " from invoice.md, page 1/1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "CAD", c.name());
    }

    // --- 5. Australian studio

    private static final String[] FASHION = {"Maison Vermeil SAS", "Orphée Cosmétiques SAS",
        "Alpine Outdoor France SAS", "Atelier Lumière SAS", "Boréale Communication SARL"};

    /**
     * A Sydney photo studio's "TAX INVOICE" from a design template: the title centred, the studio and its ABN under it,
     * "Invoice to" at the left, a right column of Invoice No., Issue date (dd/MM/yyyy), Booking ref., Shoot date;
     * lines marked GST or FRE (GST-free exports: retouching and the licence for the offshore client); "Subtotal (ex
     * GST)", "Total GST", "TOTAL AUD (inc. GST)"; the due date only as "Payment within N days of invoice date" (7 or
     * 14); BSB and account number.
     */
    static Truth australianStudio(Sheet doc, Random r) {
        String studio = pick(r, new String[] {"Saltbush Studio Pty Ltd", "Bondi Light Studios Pty Ltd",
            "Harbour & Haze Creative Pty Ltd"});
        Client c = client(r, FASHION);
        LocalDate issue = day(r);
        LocalDate shoot = issue.minusDays(4 + r.nextInt(14));
        int days = pick(r, new Integer[] {14, 7, 14});
        LocalDate due = issue.plusDays(days);
        String number = "INV-" + String.format(Locale.ROOT, "%05d", 1000 + r.nextInt(3000));
        List<Item> items = new ArrayList<>();
        items.add(item("Studio hire – full day (Studio 2, Alexandria)", BigDecimal.valueOf(1 + r.nextInt(2)),
                money(r, 900, 700), pct("10")));
        items.add(item("Photographer – full day incl. assistant", BigDecimal.valueOf(1 + r.nextInt(2)),
                money(r, 1800, 1200), pct("10")));
        items.add(item("Hair & make-up artist", BigDecimal.ONE, money(r, 450, 350), pct("10")));
        if (r.nextBoolean()) {
            items.add(item("Catering – crew lunch", BigDecimal.valueOf(8 + r.nextInt(10)), money(r, 22, 15),
                    pct("10")));
        }
        items.add(item("Retouching (per final image)", BigDecimal.valueOf(10 + r.nextInt(30)), money(r, 45, 40),
                BigDecimal.ZERO));
        items.add(item("Usage licence – worldwide digital, 12 months", BigDecimal.ONE, money(r, 1500, 3500),
                BigDecimal.ZERO));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String fmt = "dd/MM/yyyy";

        center(doc, 795, "TAX INVOICE", 22, true);
        center(doc, 774, studio, 10, false);
        center(doc, 762, "ABN " + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)
                + "  ·  " + (2 + r.nextInt(80)) + " Mitchell Road, Alexandria NSW 2015  ·  +61 2 9" + digits(r, 3)
                + " " + digits(r, 4), 8, false);
        rule(doc, L, R, 748, "·", 8);
        doc.text(L, 718, "INVOICE TO", 8);
        doc.bold(L, 704, c.name(), 10);
        doc.text(L, 691, c.contact() + ", " + c.role(), 9);
        doc.text(L, 679, c.street(), 9);
        doc.text(L, 667, c.city() + " France", 9);
        String[][] meta = {{"Invoice No.", number}, {"Issue date", d(issue, fmt)}, {"Booking ref.", "BK-" + digits(r, 4)},
            {"Shoot date", d(shoot, fmt)}, {"Your PO", digits(r, 10)}};
        float my = 718;
        for (String[] m : meta) {
            doc.text(360, my, m[0], 8.5f);
            doc.right(R, my, m[1], 8.5f);
            my -= 13;
        }
        doc.y = 620;
        rule(doc, L, R, doc.y + 12, "·", 8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), en(i.unit()), i.rate().signum() == 0 ? "FRE" : "GST",
                en(i.amount())});
        }
        grid(doc, new float[] {L, 350, 425, 440, R}, new boolean[] {false, true, true, false, true},
                new String[] {"Description", "Qty", "Price ex GST", "Tax", "Amount AUD"}, rows, 9, 7);
        rule(doc, L, R, doc.y + 6, "·", 8);
        doc.down(10);
        totals(doc, 350, R, new String[][] {{"Subtotal (ex GST)", en(s.net())},
            {"Total GST 10%", en(s.tax())}, {"TOTAL AUD (inc. GST)", "$" + en(s.gross())}}, 2, 9);
        doc.down(14);
        doc.line(L, "GST = taxable supply at 10%.  FRE = GST-free supply: export of services to a non-resident", 8);
        doc.line(L, "client not in Australia when the thing supplied is done (GST Act s 38-190).", 8);
        doc.down(10);
        doc.bold(L, doc.y, "How to pay", 9);
        doc.down(13);
        doc.line(L, "Payment within " + days + " days of invoice date, by EFT in AUD.", 9);
        doc.line(L, "Account name " + studio + "  ·  BSB " + digits(r, 3) + "-" + digits(r, 3) + "  ·  Account "
                + digits(r, 4) + " " + digits(r, 4), 8.5f);
        doc.line(L, "International: SWIFT CTBAAU2S. Please use " + number + " as reference.", 8.5f);
        doc.text(L, 50, "Thank you for shooting with us – see you next season!", 9);
        return Truth.invoice(number, issue, due, s.gross(), "AUD", c.name());
    }

    // --- 6. New Zealand contractor

    private static final String[] SAILING = {"Team Mistral Voile SAS", "Écurie Océane Racing SAS",
        "Voiles & Carènes de Lorient SARL", "Alizé Yachting SAS"};

    /**
     * An Auckland marine contractor's tax invoice from a spreadsheet, in condensed type: TAX INVOICE and the GST number
     * at the top, "Client:" and "Job:" lines, labour hours, materials and van kilometres, "GST @ 15%", "TOTAL DUE NZD
     * incl. GST"; "Payment due on the 20th of the month following invoice date"; a second page with the timesheet
     * (day by day hours, dates dd/MM) that adds up to the labour line.
     */
    static Truth nzContractor(Sheet doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        String seller = pick(r, new String[] {"Kiwi Rigging & Marine Ltd", "Waitematā Marine Services Ltd",
            "Hauraki Spars & Rigging Ltd"});
        String tech = pick(r, new String[] {"Rāwiri Ngata", "Liam O'Connor", "Sione Taufa", "Ben McKenzie"});
        Client c = client(r, SAILING);
        LocalDate issue = day(r);
        LocalDate due = issue.plusMonths(1).withDayOfMonth(20);
        String number = String.format(Locale.ROOT, "%05d", 2000 + r.nextInt(5000));
        String job = "J" + digits(r, 4);
        List<LocalDate> days = new ArrayList<>();
        List<BigDecimal> hrs = new ArrayList<>();
        LocalDate at = issue.minusDays(3 + r.nextInt(5));
        int n = 5 + r.nextInt(9);
        BigDecimal labour = BigDecimal.ZERO;
        while (days.size() < n) {
            if (at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                BigDecimal h = BigDecimal.valueOf(8 + r.nextInt(17)).divide(BigDecimal.valueOf(2));
                days.add(0, at);
                hrs.add(0, h);
                labour = labour.add(h);
            }
            at = at.minusDays(1);
        }
        BigDecimal rateHr = BigDecimal.valueOf(95 + 5 * r.nextInt(9)).setScale(2);
        List<Item> items = new ArrayList<>();
        items.add(item("Labour – rigger (see timesheet p. 2)", labour, rateHr, pct("15")));
        items.add(item("Dyneema SK99 12 mm (per m)", BigDecimal.valueOf(20 + r.nextInt(60)), money(r, 18, 14),
                pct("15")));
        items.add(item("Stainless shackles & fittings (lot)", BigDecimal.ONE, money(r, 180, 600), pct("15")));
        if (r.nextBoolean()) {
            items.add(item("Mast crane hire – Viaduct Harbour (hrs)", BigDecimal.valueOf(2 + r.nextInt(5)),
                    money(r, 160, 60), pct("15")));
        }
        items.add(item("Van travel (km)", BigDecimal.valueOf(40 + r.nextInt(200)), new BigDecimal("1.04"), pct("15")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String fmt = "d MMMM yyyy";

        doc.bold(L, 790, seller, 16);
        doc.text(L, 776, "Unit " + (1 + r.nextInt(9)) + ", " + (10 + r.nextInt(80)) + " Beaumont Street, Westhaven, "
                + "Auckland 1010  ·  021 " + digits(r, 3) + " " + digits(r, 4), 8.5f);
        doc.rightBold(R, 760, "TAX INVOICE", 18);
        doc.right(R, 744, "GST No. " + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3), 9);
        doc.y = 720;
        String[][] left = {{"Invoice:", number}, {"Date:", d(issue, fmt)}, {"Client:", c.name()},
            {"", "c/o " + pick(r, new String[] {"Team Base, Wynyard Quarter", "Hall 3, Silo Park"}) + ", Auckland"},
            {"Job:", job + " – " + pick(r, new String[] {"re-rig AC40 mast", "running rigging refit",
                "standing rigging inspection"})}, {"Order No.:", "PO-" + digits(r, 5)}};
        for (String[] m : left) {
            doc.text(L, doc.y, m[0], 9.5f);
            if (m[0].equals("Client:")) {
                doc.bold(120, doc.y, m[1], 9.5f);
            } else {
                doc.text(120, doc.y, m[1], 9.5f);
            }
            doc.down(14);
        }
        doc.down(14);
        rule(doc, L, R, doc.y + 12, "═", 8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), en(i.unit()), en(i.amount())});
        }
        grid(doc, new float[] {L, 360, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"Description", "Qty", "Rate", "Amount"}, rows, 9.5f, 7);
        rule(doc, L, R, doc.y + 6, "═", 8);
        doc.down(12);
        totals(doc, 340, R, new String[][] {{"Sub-total", en(s.net())}, {"GST @ 15%", en(s.tax())},
            {"TOTAL DUE NZD incl. GST", "$" + en(s.gross())}}, 2, 9.5f);
        doc.down(20);
        doc.line(L, "Payment due on the 20th of the month following invoice date.", 9.5f);
        doc.line(L, "Direct credit: ASB Bank " + "12-" + digits(r, 4) + "-" + String.format(Locale.ROOT, "%07d",
                r.nextInt(9_999_999)) + "-00, ref. " + number + ". Overseas: SWIFT ASBBNZ2A.", 9);
        doc.line(L, "Materials remain the property of " + seller + " until paid in full.", 8);
        doc.right(R, 45, "Page 1 of 2", 8);

        doc.newPage();
        doc.bold(L, 790, "Timesheet – invoice " + number + " / job " + job, 12);
        doc.text(L, 774, "Technician: " + tech + "   ·   rate $" + en(rateHr) + " per hour + GST", 9);
        doc.y = 745;
        List<String[]> ts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            ts.add(new String[] {d(days.get(i), "EEE"), d(days.get(i), "dd/MM"), pick(r, new String[] {
                "Unstep mast, strip rigging", "Measure & splice", "Fit new halyards", "Tune rig, sea trial",
                "Inspect chainplates", "Lead blocks, clutches", "Re-step mast"}), qty(hrs.get(i))});
        }
        grid(doc, new float[] {L, 90, 140, 400}, new boolean[] {false, false, false, true},
                new String[] {"Day", "Date", "Work", "Hours"}, ts, 9, 6);
        rule(doc, L, 400, doc.y + 3, "─", 8);
        doc.down(10);
        doc.bold(140, doc.y, "Total hours", 9);
        doc.rightBold(400, doc.y, qty(labour), 9);
        doc.down(30);
        doc.line(L, "Signed off by client's boat captain: ______________________", 9);
        doc.right(R, 45, "Page 2 of 2", 8);
        return Truth.invoice(number, issue, due, s.gross(), "NZD", c.name());
    }

    // --- 7. Indian IT services

    private static final String[] IT_SERVICES = {"Software development – offshore team (man-months)",
        "QA & test automation services", "Application maintenance & support (monthly)",
        "Cloud infrastructure management", "Data migration services", "UI/UX design services"};

    /**
     * An Indian IT services firm's GST tax invoice to the Indian branch office of a French company: "TAX INVOICE" and
     * "ORIGINAL FOR RECIPIENT", GSTIN / PAN / CIN, Invoice No. with the financial year, "Invoice Date" and "Due Date"
     * dd/MM/yyyy, Place of Supply with the state code, "Reverse Charge: No", "Details of Receiver (Billed to)", SAC
     * 998314; CGST 9 % + SGST 9 % (branch in Karnataka) or IGST 18 % (branch elsewhere), a round-off, amounts in
     * lakh grouping with "₹" or "Rs.", the total in words.
     */
    static Truth indianItServices(Sheet doc, Random r) {
        String[] sellerCode = pick(r, new String[][] {{"Kaveri Infotech Solutions Pvt. Ltd.", "KIS"},
            {"Nandi Hills Software Services Pvt. Ltd.", "NHS"}, {"Cubbon Digital Technologies Pvt. Ltd.", "CDT"}});
        String seller = sellerCode[0];
        Client c = client(r);
        String[] branch = pick(r, new String[][] {{"Karnataka", "29", "4th Floor, Prestige Tech Park, Outer Ring Road",
            "Bengaluru 560103"}, {"Maharashtra", "27", "Unit 702, Lodha Supremus, Lower Parel", "Mumbai 400013"},
            {"Tamil Nadu", "33", "Tidel Park, Rajiv Gandhi Salai, Taramani", "Chennai 600113"},
            {"Karnataka", "29", "Embassy Golf Links, Domlur", "Bengaluru 560071"}});
        boolean intra = branch[1].equals("29");
        String sign = r.nextBoolean() ? "₹" : "Rs.";
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 45, 15}));
        LocalDate po = issue.minusDays(30 + r.nextInt(120));
        int fy = issue.getMonthValue() >= 4 ? issue.getYear() : issue.getYear() - 1;
        String number = sellerCode[1] + "/" + (fy % 100) + "-" + (fy % 100 + 1) + "/" + String.format(Locale.ROOT, "%04d",
                100 + r.nextInt(2000));
        String pan = "AA" + pick(r, new String[] {"GCK", "HCN", "FCC"}) + digits(r, 4) + "L";
        String buyerPan = "AA" + pick(r, new String[] {"BCM", "DCB", "ECA"}) + digits(r, 4) + "F";
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(IT_SERVICES));
        int count = 2 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String label = left.remove(r.nextInt(left.size()));
            BigDecimal q = label.contains("man-months") ? BigDecimal.valueOf(2 + r.nextInt(8)) : BigDecimal.ONE;
            items.add(item(label, q, money(r, 60_000, 400_000).setScale(0, RoundingMode.HALF_UP).setScale(2),
                    pct("18")));
        }
        BigDecimal taxable = sum(items);
        BigDecimal half = taxable.multiply(pct("0.09")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal igst = taxable.multiply(pct("0.18")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = intra ? half.add(half) : igst;
        BigDecimal exact = taxable.add(tax);
        BigDecimal total = exact.setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal roundOff = total.subtract(exact);
        String fmt = "dd/MM/yyyy";
        float pt = 8.5f;

        center(doc, 805, "TAX INVOICE", 14, true);
        doc.right(R, 806, "ORIGINAL FOR RECIPIENT", 7);
        doc.bold(L, 780, seller, 12);
        doc.text(L, 766, "No. " + (10 + r.nextInt(80)) + ", " + pick(r, new String[] {"Koramangala 5th Block",
            "HSR Layout Sector 2", "Whitefield Main Road"}) + ", Bengaluru, Karnataka 5600" + digits(r, 2), pt);
        doc.text(L, 754, "GSTIN: 29" + pan + "1Z" + (1 + r.nextInt(9)) + "   PAN: " + pan + "   State: Karnataka, Code: 29",
                pt);
        doc.text(L, 742, "CIN: U72200KA20" + (10 + r.nextInt(12)) + "PTC" + digits(r, 6) + "   Tel: +91 80 4" + digits(r, 3)
                + " " + digits(r, 4), pt);
        rule(doc, L, R, 732, "─", 8);
        String[][] metaL = {{"Invoice No.", number}, {"Invoice Date", d(issue, fmt)}, {"Due Date", d(due, fmt)},
            {"Reverse Charge", "No"}};
        String[][] metaR = {{"Place of Supply", branch[0] + " (" + branch[1] + ")"}, {"PO No.", "4500" + digits(r, 6)},
            {"PO Date", d(po, fmt)}, {"Project Code", "PRJ-" + digits(r, 4)}};
        float my = 718;
        for (int i = 0; i < metaL.length; i++) {
            doc.text(L, my, metaL[i][0], pt);
            doc.text(130, my, ": " + metaL[i][1], pt);
            doc.text(320, my, metaR[i][0], pt);
            doc.text(405, my, ": " + metaR[i][1], pt);
            my -= 12;
        }
        rule(doc, L, R, my + 3, "─", 8);
        my -= 10;
        doc.bold(L, my, "Details of Receiver (Billed to)", pt);
        doc.bold(320, my, "Details of Consignee (Shipped to)", pt);
        my -= 13;
        String[] recv = {c.name(), "(India Branch Office)", branch[2], branch[3] + ", " + branch[0],
            "GSTIN: " + branch[1] + buyerPan + "1Z" + (1 + r.nextInt(9)), "State: " + branch[0] + ", Code: " + branch[1]};
        for (int i = 0; i < recv.length; i++) {
            if (i == 0) {
                doc.bold(L, my, recv[i], 9);
                doc.bold(320, my, recv[i], 9);
            } else {
                doc.text(L, my, recv[i], pt);
                doc.text(320, my, recv[i], pt);
            }
            my -= 11;
        }
        rule(doc, L, R, my + 2, "─", 8);
        doc.y = my - 10;
        List<String[]> rows = new ArrayList<>();
        int k = 1;
        for (Item i : items) {
            rows.add(new String[] {String.valueOf(k++), i.label(), "998314", qty(i.qty()),
                BlindLayouts.indian(i.unit()), BlindLayouts.indian(i.amount())});
        }
        grid(doc, new float[] {L, 70, 315, 385, 455, R}, new boolean[] {false, false, false, true, true, true},
                new String[] {"Sr.", "Description of Services", "SAC", "Qty", "Rate", "Taxable Value"}, rows, pt, 6);
        rule(doc, L, R, doc.y + 5, "─", 8);
        doc.down(10);
        List<String[]> tot = new ArrayList<>();
        tot.add(new String[] {"Total Taxable Value", sign + " " + BlindLayouts.indian(taxable)});
        if (intra) {
            tot.add(new String[] {"CGST @ 9%", BlindLayouts.indian(half)});
            tot.add(new String[] {"SGST @ 9%", BlindLayouts.indian(half)});
        } else {
            tot.add(new String[] {"IGST @ 18%", BlindLayouts.indian(igst)});
        }
        tot.add(new String[] {"Total Tax Amount", BlindLayouts.indian(tax)});
        tot.add(new String[] {"Round Off", (roundOff.signum() < 0 ? "(-) " : "(+) ") + BlindLayouts.indian(
                roundOff.abs())});
        tot.add(new String[] {"Total Invoice Value", sign + " " + BlindLayouts.indian(total)});
        float ty = doc.y;
        totals(doc, 330, R, tot.toArray(new String[0][]), tot.size() - 1, pt);
        float after = doc.y;
        doc.y = ty;
        doc.bold(L, doc.y, "Tax summary (SAC 998314)", pt);
        doc.down(12);
        if (intra) {
            doc.line(L, "Taxable " + BlindLayouts.indian(taxable) + " | CGST 9% " + BlindLayouts.indian(half)
                    + " | SGST 9% " + BlindLayouts.indian(half), 7.5f);
        } else {
            doc.line(L, "Taxable " + BlindLayouts.indian(taxable) + " | IGST 18% " + BlindLayouts.indian(igst), 7.5f);
        }
        doc.y = Math.min(after, doc.y) - 8;
        doc.line(L, "Amount in words: Rupees " + BlindLayouts.words(total.longValue()) + " Only", 8.5f);
        doc.down(10);
        doc.bold(L, doc.y, "Bank details", pt);
        doc.down(12);
        doc.line(L, "HDFC Bank Ltd, Koramangala branch  ·  A/c No. 502000" + digits(r, 8) + "  ·  IFSC HDFC000"
                + digits(r, 4) + "  ·  SWIFT HDFCINBB", 8);
        doc.down(8);
        doc.line(L, "Terms: interest @ 18% p.a. on payments received after the due date. Subject to Bengaluru "
                + "jurisdiction.", 7.5f);
        doc.line(L, "Certified that the particulars given above are true and correct. E. & O.E.", 7.5f);
        doc.down(16);
        doc.right(R, doc.y, "for " + seller, 9);
        doc.down(34);
        doc.right(R, doc.y, "Authorised Signatory", 8);
        doc.text(L, 40, "This is a computer generated invoice.", 7);
        return Truth.invoice(number, issue, due, total, "INR", c.name());
    }

    // --- 8. Singapore agency

    /**
     * A Singapore agency's tax invoice from its accounting package: the company and its UEN / GST Reg. No. at the
     * left, "TAX INVOICE" at the right, "Sold To" with "Attn", a meta row of headings over values (Invoice No., Date,
     * Terms, Job No., Sales Person), lines coded SR (9 %) or ZR (0 %), a GST summary by code, "Total Amount Payable
     * (SGD)", and a EUR equivalent "for reference only"; the due date only as "Terms: 30 Days" or "14 Days".
     */
    static Truth singaporeAgency(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"LION CITY CREATIVE PTE. LTD.", "MERLION MEDIA WORKS PTE. LTD.",
            "TIONG BAHRU DIGITAL PTE. LTD."});
        Client c = client(r);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 14, 30});
        LocalDate due = issue.plusDays(days);
        String number = "SI-" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(900));
        List<Item> items = new ArrayList<>();
        items.add(item("Event production – launch at Marina Bay (venue, AV)", BigDecimal.ONE, money(r, 6000, 12000),
                pct("9")));
        items.add(item("On-site event crew (man-days)", BigDecimal.valueOf(4 + r.nextInt(12)), money(r, 380, 200),
                pct("9")));
        if (r.nextBoolean()) {
            items.add(item("Printing – backdrop & collaterals", BigDecimal.ONE, money(r, 800, 2500), pct("9")));
        }
        items.add(item("Regional campaign strategy (APAC)", BigDecimal.ONE, money(r, 3000, 6000), BigDecimal.ZERO));
        items.add(item("Social media content – 4 weeks", BigDecimal.valueOf(4), money(r, 600, 900), BigDecimal.ZERO));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal fx = new BigDecimal("1.4").add(BigDecimal.valueOf(r.nextInt(1500), 4));
        BigDecimal eur = s.gross().divide(fx, 2, RoundingMode.HALF_UP);
        String fmt = "dd MMM yyyy";

        doc.bold(L, 795, seller, 13);
        doc.text(L, 781, (1 + r.nextInt(200)) + " " + pick(r, new String[] {"Kim Seng Promenade #10-01",
            "Tiong Bahru Road #03-12", "Robinson Road #18-04"}) + ", Singapore " + digits(r, 6), 8);
        doc.text(L, 770, "Tel: +65 6" + digits(r, 3) + " " + digits(r, 4) + "   UEN / GST Reg. No.: 20" + digits(r, 7)
                + "K", 8);
        doc.rightBold(R, 790, "TAX INVOICE", 18);
        doc.bold(L, 735, "Sold To", 9);
        doc.bold(L, 721, c.name(), 10);
        doc.text(L, 708, c.street(), 9);
        doc.text(L, 696, c.city() + ", France", 9);
        doc.text(L, 684, "Attn: " + c.contact(), 9);
        String[] heads = {"Invoice No.", "Date", "Terms", "Job No.", "Sales Person"};
        String[] values = {number, d(issue, fmt), days + " Days", "J" + digits(r, 5), pick(r, new String[] {
            "Rachel Tan", "Marcus Lim", "Priya Nair"})};
        float[] hx = {290, 348, 405, 450, 492};
        for (int i = 0; i < heads.length; i++) {
            doc.bold(hx[i], 735, heads[i], 7);
            doc.text(hx[i], 721, values[i], 7.5f);
        }
        doc.y = 650;
        rule(doc, L, R, doc.y + 12, "─", 8);
        List<String[]> rows = new ArrayList<>();
        int k = 1;
        for (Item i : items) {
            rows.add(new String[] {String.valueOf(k++), i.label(), i.rate().signum() == 0 ? "ZR" : "SR", qty(i.qty()),
                en(i.unit()), en(i.amount())});
        }
        grid(doc, new float[] {L, 70, 310, 395, 462, R}, new boolean[] {false, false, false, true, true, true},
                new String[] {"No.", "Description", "Tax Code", "Qty", "Unit Price", "Amount (SGD)"}, rows, 8.5f, 7);
        rule(doc, L, R, doc.y + 6, "─", 8);
        doc.down(12);
        float sy = doc.y;
        doc.bold(L, sy, "GST Summary", 8.5f);
        doc.bold(140, sy, "Amount (SGD)", 8);
        doc.bold(220, sy, "GST (SGD)", 8);
        Map<BigDecimal, BigDecimal> base = bases(items);
        float gy = sy - 12;
        for (var e : base.entrySet()) {
            doc.text(L, gy, (e.getKey().signum() == 0 ? "ZR @ 0%" : "SR @ 9%"), 8);
            doc.right(190, gy, en(e.getValue()), 8);
            doc.right(260, gy, en(s.taxByRate().get(e.getKey())), 8);
            gy -= 11;
        }
        doc.y = sy;
        totals(doc, 330, R, new String[][] {{"Sub-Total", en(s.net())}, {"GST @ 9%", en(s.tax())},
            {"Total Amount Payable (SGD)", en(s.gross())}}, 2, 8.5f);
        doc.y = Math.min(doc.y, gy) - 8;
        doc.right(R, doc.y, "For reference only: EUR " + en(eur) + " (1 EUR = " + fx.toPlainString() + " SGD)", 7.5f);
        doc.down(30);
        doc.line(L, "ZR: zero-rated international services under s.21(3) of the GST Act.", 8);
        doc.line(L, "Cheques should be crossed and made payable to \"" + seller + "\".", 8);
        doc.line(L, "Bank transfer: DBS Bank Ltd, A/C No. 072-" + digits(r, 6) + "-" + digits(r, 1)
                + ", SWIFT DBSSSGSG. PayNow UEN accepted.", 8);
        doc.line(L, "Interest of 1% per month may be charged on overdue accounts.", 8);
        doc.text(L, 52, "This is a computer-generated invoice. No signature is required.", 7);
        doc.right(R, 52, "Page 1 of 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "SGD", c.name());
    }

    // --- 9. South Africa

    private static final String[] FILM = {"Les Films du Mistral SAS", "Pastel Productions SARL",
        "Nouvelle Vague Studio SAS", "Boréale Communication SARL"};

    private static String zar(BigDecimal a) {
        return (a.signum() < 0 ? "-R " : "R ") + BlindLayouts7.num(a.abs(), 2, " ", ',');
    }

    /**
     * A Cape Town production services company's tax invoice: company and VAT numbers (the registration number looks
     * like a date, "2015/123456/07"), dates "2026/11/12", "Bill To", the production and its shoot period, crew days
     * and vehicles at 15 % VAT, a film permit as a disbursement without VAT, amounts "R 12 345,00"; "Total Incl. VAT",
     * the 50 % deposit received deducted, "Balance Due"; "strictly 7 days from invoice date".
     */
    static Truth southAfrica(Sheet doc, Random r) {
        String[] sellerDomain = pick(r, new String[][] {{"Cape Fixers Production Services (Pty) Ltd", "capefixers"},
            {"Table Bay Film Services (Pty) Ltd", "tablebayfilm"}, {"Atlantic Seaboard Productions (Pty) Ltd",
                "atlanticseaboard"}});
        String seller = sellerDomain[0];
        Client c = client(r, FILM);
        LocalDate issue = day(r);
        LocalDate shootEnd = issue.minusDays(3 + r.nextInt(10));
        LocalDate shootStart = shootEnd.minusDays(4 + r.nextInt(8));
        LocalDate depositDay = shootStart.minusDays(10 + r.nextInt(20));
        int days = pick(r, new Integer[] {7, 7, 14});
        LocalDate due = issue.plusDays(days);
        String number = "INV" + String.format(Locale.ROOT, "%05d", 1000 + r.nextInt(9000));
        int shootDays = (int) (shootEnd.toEpochDay() - shootStart.toEpochDay()) + 1;
        List<Item> items = new ArrayList<>();
        items.add(item("Fixer / location manager (days)", BigDecimal.valueOf(shootDays + 2), money(r, 4500, 2500),
                pct("15")));
        items.add(item("Production assistant (days)", BigDecimal.valueOf(shootDays), money(r, 1800, 900), pct("15")));
        items.add(item("4x4 vehicle with driver (days)", BigDecimal.valueOf(shootDays), money(r, 2800, 1500),
                pct("15")));
        items.add(item("Location fee – " + pick(r, new String[] {"Chapman's Peak Drive", "Llandudno Beach",
            "Bo-Kaap streets"}), BigDecimal.ONE, money(r, 8000, 20000), pct("15")));
        items.add(item("Catering (per head per day)", BigDecimal.valueOf(shootDays * (12 + r.nextInt(20))),
                money(r, 180, 120), pct("15")));
        items.add(item("City of Cape Town film permit (disbursement)", BigDecimal.ONE, money(r, 1500, 4000),
                BigDecimal.ZERO));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = s.gross().multiply(pct("0.5")).setScale(-3, RoundingMode.DOWN).setScale(2);
        BigDecimal balance = s.gross().subtract(deposit);
        String fmt = "yyyy/MM/dd";

        doc.bold(L, 792, seller, 12);
        doc.text(L, 778, "Unit " + (1 + r.nextInt(12)) + ", " + (10 + r.nextInt(150)) + " Bree Street, Cape Town, 8001",
                8);
        doc.text(L, 767, "Reg. No. 20" + (10 + r.nextInt(12)) + "/" + digits(r, 6) + "/07   VAT No. 4" + digits(r, 9), 8);
        doc.text(L, 756, "Tel +27 21 " + digits(r, 3) + " " + digits(r, 4) + "   accounts@" + sellerDomain[1] + ".co.za", 8);
        doc.rightBold(R, 790, "TAX INVOICE", 20);
        doc.right(R, 770, "Invoice #  " + number, 10);
        doc.right(R, 756, "Date  " + d(issue, fmt), 10);
        doc.y = 718;
        doc.bold(L, doc.y, "Bill To", 9);
        doc.bold(300, doc.y, "Production", 9);
        doc.down(14);
        doc.text(L, doc.y, c.name(), 10);
        doc.text(300, doc.y, "\"" + pick(r, new String[] {"Le Dernier Été", "Les Vents du Cap", "Sous la Lune",
            "L'Horizon"}) + "\" – " + pick(r, new String[] {"feature film", "TV commercial", "documentary"}), 9);
        doc.down(12);
        doc.text(L, doc.y, c.street(), 9);
        doc.text(300, doc.y, "Shoot " + d(shootStart, fmt) + " – " + d(shootEnd, fmt), 9);
        doc.down(12);
        doc.text(L, doc.y, c.city() + ", France", 9);
        doc.text(300, doc.y, "Your order no. " + digits(r, 6), 9);
        doc.down(12);
        doc.text(L, doc.y, "VAT No. " + c.vat(), 8);
        doc.text(300, doc.y, "Quote Q" + digits(r, 4) + " accepted " + d(depositDay.minusDays(3), fmt), 8);
        doc.down(30);
        rule(doc, L, R, doc.y + 12, "─", 8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), zar(i.unit()), i.rate().signum() == 0 ? "0%" : "15%",
                zar(i.amount())});
        }
        grid(doc, new float[] {L, 320, 410, 455, R}, new boolean[] {false, true, true, true, true},
                new String[] {"Description", "Qty", "Unit Price", "VAT", "Excl. VAT"}, rows, 9, 7);
        rule(doc, L, R, doc.y + 6, "─", 8);
        doc.down(12);
        totals(doc, 270, R, new String[][] {{"Total Excl. VAT", zar(s.net())}, {"VAT @ 15%", zar(s.tax())},
            {"Total Incl. VAT", zar(s.gross())}}, 2, 9);
        doc.text(270, doc.y, "Less: deposit received " + d(depositDay, fmt), 9);
        doc.right(R, doc.y, zar(deposit.negate()), 9);
        doc.down(19);
        doc.bold(270, doc.y, "Balance Due", 12);
        doc.rightBold(R, doc.y, zar(balance), 12);
        doc.down(36);
        doc.bold(L, doc.y, "Payment terms: strictly " + days + " days from invoice date.", 9);
        doc.down(14);
        doc.line(L, "Banking details: FNB Business Cheque Account 62" + digits(r, 9) + ", branch code 250655,", 8.5f);
        doc.line(L, "SWIFT FIRNZAJJ. Reference: " + number + ". Bank charges for the payer's account.", 8.5f);
        doc.line(L, "Permit fees are paid on the client's behalf and recovered at cost (no VAT).", 8);
        doc.text(L, 46, "E&OE  ·  Goods and services remain our property until paid in full.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "ZAR", c.name()).withAmountDue(balance);
    }

    // --- 10. US law firm

    private static final String[] LEGAL = {"Review and analysis of draft distribution agreement",
        "Telephone conference with client re: exclusivity clause", "Research re: NY franchise law applicability",
        "Draft memorandum on termination provisions", "Revise indemnification and liability caps",
        "Correspondence with opposing counsel re: governing law", "Prepare for and attend negotiation call",
        "Review trademark clearance search results", "Draft trademark license schedule",
        "Cite-check and proofread memorandum", "Prepare closing checklist", "Review Delaware formation documents",
        "Draft board consent for US subsidiary", "File certificate of incorporation (Delaware)",
        "Organize and index transaction documents", "Draft side letter re: minimum purchase volumes",
        "Conference with R. Bell re: negotiation strategy", "Review client comments on redline"};

    private record Keeper(String initials, String name, String title, BigDecimal rate) {
    }

    /**
     * A New York law firm's "Statement of Services" over two pages: letterhead, Invoice No., Client-Matter and
     * Billing Attorney, "For professional services rendered through" the month end; time entries (date MM/dd/yy,
     * timekeeper, description, hours, amount) on both pages; on page 2 a timekeeper summary, disbursements, "Total
     * current charges", the previous balance paid, "Retainer applied" deducted and "Balance due"; payment due upon
     * receipt.
     */
    static Truth usLawFirm(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String firm = pick(r, new String[] {"HARGROVE, BELL & OKAFOR LLP", "WHITMORE STANTON LLP",
            "PRICE, LINDQVIST & HALE LLP"});
        Client c = client(r);
        LocalDate issue = LocalDate.of(2026, 2 + r.nextInt(11), 3 + r.nextInt(10));
        LocalDate through = issue.withDayOfMonth(1).minusDays(1);
        LocalDate from = through.withDayOfMonth(1);
        String number = String.valueOf(47000 + r.nextInt(3000));
        String previous = String.valueOf(Integer.parseInt(number) - 150 - r.nextInt(400));
        String matter = digits(r, 5) + "-" + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(12));
        Keeper[] keepers = {new Keeper("RB", "Rebecca Bell", "Partner", BigDecimal.valueOf(725 + 25 * r.nextInt(4))),
            new Keeper("DO", "David Okafor", "Associate", BigDecimal.valueOf(450 + 15 * r.nextInt(4))),
            new Keeper("MK", "Maria Kowalski", "Paralegal", BigDecimal.valueOf(215 + 10 * r.nextInt(3)))};
        int count = 22 + r.nextInt(10);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate dd = from.plusDays(r.nextInt(through.getDayOfMonth()));
            while (dd.getDayOfWeek() == DayOfWeek.SATURDAY || dd.getDayOfWeek() == DayOfWeek.SUNDAY) {
                dd = dd.minusDays(1);
                if (dd.isBefore(from)) {
                    dd = from.plusDays(3);
                }
            }
            dates.add(dd);
        }
        dates.sort(null);
        List<String[]> entries = new ArrayList<>();
        Map<String, BigDecimal[]> byKeeper = new LinkedHashMap<>();
        BigDecimal fees = BigDecimal.ZERO;
        for (LocalDate dd : dates) {
            Keeper k = keepers[r.nextInt(10) < 3 ? 0 : r.nextInt(10) < 7 ? 1 : 2];
            BigDecimal h = BigDecimal.valueOf(1 + r.nextInt(45), 1);
            BigDecimal amount = h.multiply(k.rate()).setScale(2, RoundingMode.HALF_UP);
            fees = fees.add(amount);
            byKeeper.computeIfAbsent(k.initials(), x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            byKeeper.get(k.initials())[0] = byKeeper.get(k.initials())[0].add(h);
            byKeeper.get(k.initials())[1] = byKeeper.get(k.initials())[1].add(amount);
            entries.add(new String[] {d(dd, "MM/dd/yy"), k.initials(), pick(r, LEGAL), h.toPlainString(), en(amount)});
        }
        List<String[]> costs = new ArrayList<>();
        BigDecimal costSum = BigDecimal.ZERO;
        String[][] costKinds = {{"Delaware Secretary of State – filing fee", "89", "250"},
            {"Courier – FedEx International Priority", "45", "90"}, {"Online legal research charges", "60", "340"},
            {"Certified copies", "25", "50"}};
        for (String[] kind : costKinds) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            BigDecimal a = money(r, Integer.parseInt(kind[1]), Integer.parseInt(kind[2]));
            costSum = costSum.add(a);
            costs.add(new String[] {d(from.plusDays(r.nextInt(25)), "MM/dd/yy"), kind[0], en(a)});
        }
        costs.sort((a, b) -> a[0].compareTo(b[0]));
        BigDecimal current = fees.add(costSum);
        BigDecimal retainer = BigDecimal.valueOf(pick(r, new Integer[] {5000, 7500, 10000})).setScale(2);
        while (retainer.compareTo(current) >= 0) {
            retainer = retainer.subtract(BigDecimal.valueOf(2500));
        }
        BigDecimal prior = money(r, 3000, 15000);
        BigDecimal balance = current.subtract(retainer);
        LocalDate priorPaid = through.minusDays(r.nextInt(20));
        float pt = 8.5f;

        center(doc, 802, firm, 14, true);
        center(doc, 788, "Attorneys at Law", 9, false);
        center(doc, 776, (1000 + 50 * r.nextInt(20)) + " Avenue of the Americas, " + (10 + r.nextInt(30))
                + "th Floor, New York, NY 10036  ·  (212) 555-0" + digits(r, 3), 8, false);
        center(doc, 765, "Federal Tax ID 13-" + digits(r, 7), 8, false);
        doc.text(L, 730, c.name(), 10);
        doc.text(L, 717, "Attn: " + c.contact() + ", General Counsel", 9);
        doc.text(L, 705, c.street(), 9);
        doc.text(L, 693, c.city(), 9);
        doc.text(L, 681, "France", 9);
        String[][] meta = {{"Invoice No.", number}, {"Invoice Date", d(issue, "MMMM d, yyyy")}, {"Client-Matter", matter},
            {"Billing Attorney", "R. Bell"}};
        float my = 730;
        for (String[] m : meta) {
            doc.text(350, my, m[0], 9);
            doc.right(R, my, m[1], 9);
            my -= 13;
        }
        center(doc, 650, "STATEMENT OF SERVICES", 12, true);
        doc.y = 628;
        doc.line(L, "Re: " + pick(r, new String[] {"US distribution agreement and subsidiary formation",
            "US market entry – distribution and trademark licensing"}), 9);
        doc.line(L, "For professional services rendered through " + d(through, "MMMM d, yyyy"), 9);
        doc.down(10);
        float[] xs = {L, 100, 130, 470, R};
        boolean[] right = {false, false, false, true, true};
        String[] heads = {"Date", "Tkpr", "Description", "Hours", "Amount"};
        int firstPage = Math.min(28, entries.size() - 3 - r.nextInt(4));
        grid(doc, xs, right, heads, entries.subList(0, Math.min(firstPage, entries.size())), pt, 5);
        doc.down(6);
        doc.right(R, doc.y, "Continued on next page", 8);
        doc.text(L, 40, firm + "  ·  Invoice " + number, 7);
        doc.right(R, 40, "Page 1 of 2", 7);

        doc.newPage();
        doc.text(L, 800, c.name() + "  ·  Matter " + matter + "  ·  Invoice No. " + number, 8);
        doc.right(R, 800, d(issue, "MMMM d, yyyy"), 8);
        doc.y = 775;
        if (entries.size() > firstPage) {
            grid(doc, xs, right, heads, entries.subList(firstPage, entries.size()), pt, 5);
        }
        doc.down(4);
        doc.bold(130, doc.y, "Total professional services", 9);
        doc.rightBold(R, doc.y, "$" + en(fees), 9);
        doc.down(24);
        doc.bold(L, doc.y, "Timekeeper Summary", 9);
        doc.down(13);
        List<String[]> summary = new ArrayList<>();
        for (Keeper k : keepers) {
            BigDecimal[] v = byKeeper.get(k.initials());
            if (v != null) {
                summary.add(new String[] {k.name(), k.title(), v[0].toPlainString(), en(k.rate()), en(v[1])});
            }
        }
        grid(doc, new float[] {L, 170, 300, 380, R}, new boolean[] {false, false, true, true, true},
                new String[] {"Name", "Title", "Hours", "Rate", "Amount"}, summary, pt, 5);
        doc.down(14);
        doc.bold(L, doc.y, "Disbursements", 9);
        doc.down(13);
        grid(doc, new float[] {L, 130, R}, new boolean[] {false, false, true}, null, costs, pt, 5);
        doc.bold(130, doc.y, "Total disbursements", 9);
        doc.rightBold(R, doc.y, "$" + en(costSum), 9);
        doc.down(26);
        rule(doc, 230, R, doc.y + 10, "─", 7);
        totals(doc, 230, R, new String[][] {{"Previous balance", "$" + en(prior)},
            {"Payment received " + d(priorPaid, "MM/dd/yyyy") + ", Inv. " + previous + " – thank you",
                "-$" + en(prior)}, {"Total current charges", "$" + en(current)}}, 2, pt);
        doc.text(230, doc.y, "Retainer applied", pt);
        doc.right(R, doc.y, "-$" + en(retainer), pt);
        doc.down(pt + 6);
        rule(doc, 230, R, doc.y + 8, "─", 7);
        doc.down(4);
        doc.bold(230, doc.y, "BALANCE DUE", 11);
        doc.rightBold(R, doc.y, "$" + en(balance), 11);
        doc.down(34);
        doc.line(L, "Retainer on deposit before this statement: $" + en(retainer) + "; remaining in trust: $0.00.", 8.5f);
        doc.line(L, "Payment is due upon receipt. Please reference Invoice No. " + number + " with your payment.", 8.5f);
        doc.line(L, "Wire: JPMorgan Chase Bank, N.A., ABA 021000021, Acct. " + digits(r, 9) + ", SWIFT CHASUS33.", 8.5f);
        doc.text(L, 40, firm + "  ·  Invoice " + number, 7);
        doc.right(R, 40, "Page 2 of 2", 7);
        return Truth.invoice(number, issue, issue, current, "USD", c.name()).withAmountDue(balance);
    }

    // --- 11. UK sole trader

    private static final String[] SOLE_WORK = {"Illustrations for brochure (x6)", "Cover illustration",
        "Map illustration – store locations", "Revisions (2 rounds)", "Licence: print & web, UK and EU, 3 years",
        "Hand-lettered headline", "Copywriting – product descriptions (per 100 words)", "Travel (mileage, 45p/mile)"};

    /**
     * A UK sole trader's simple Word invoice, serif, no table rules: "INVOICE" centred, "From" and "To" blocks,
     * "Invoice No:" and "Date:" at the right (dd/MM/yyyy), a description / amount list, "Total due", "I am not
     * registered for VAT", payment within 14 or 30 days of the invoice date, sort code and account number, the UTR.
     */
    static Truth ukSoleTrader(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String[] me = pick(r, new String[][] {{"Tom Whitaker", "Illustration", "Bristol BS3 4LZ"},
            {"Hannah Price", "Illustration & Lettering", "Leeds LS6 2AB"}, {"Owen Ellis", "Illustrator", "Cardiff CF10 1EP"}});
        Client c = client(r);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%03d", 12 + r.nextInt(80));
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(SOLE_WORK));
        int count = 2 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String label = left.remove(r.nextInt(left.size()));
            if (label.startsWith("Travel")) {
                items.add(item(label, BigDecimal.valueOf(20 + r.nextInt(180)), new BigDecimal("0.45"), BigDecimal.ZERO));
            } else if (label.contains("per 100 words")) {
                items.add(item(label, BigDecimal.valueOf(5 + r.nextInt(30)), money(r, 12, 10), BigDecimal.ZERO));
            } else {
                items.add(item(label, BigDecimal.ONE, BigDecimal.valueOf(50 * (2 + r.nextInt(30))).setScale(2),
                        BigDecimal.ZERO));
            }
        }
        BigDecimal total = sum(items);

        center(doc, 790, "INVOICE", 24, true);
        doc.y = 745;
        doc.lineBold(L, "From:", 10);
        doc.line(L, me[0] + " – " + me[1], 10);
        doc.line(L, (1 + r.nextInt(90)) + " " + pick(r, new String[] {"Coronation Road", "Victoria Park Avenue",
            "Cathedral Road"}), 10);
        doc.line(L, me[2], 10);
        doc.line(L, "07" + digits(r, 3) + " " + digits(r, 6), 10);
        doc.line(L, me[0].toLowerCase(Locale.ROOT).replace(" ", ".") + "@gmail.com", 10);
        doc.text(360, 745, "Invoice No:", 10);
        doc.text(440, 745, number, 10);
        doc.text(360, 731, "Date:", 10);
        doc.text(440, 731, d(issue, "dd/MM/yyyy"), 10);
        doc.text(360, 717, "Your ref:", 10);
        doc.text(440, 717, c.contact(), 10);
        doc.down(16);
        doc.lineBold(L, "To:", 10);
        doc.line(L, c.name(), 10);
        doc.line(L, c.street(), 10);
        doc.line(L, c.city(), 10);
        doc.line(L, "France", 10);
        doc.down(26);
        doc.bold(L, doc.y, "Description", 10);
        doc.rightBold(R, doc.y, "Amount", 10);
        doc.down(22);
        for (Item i : items) {
            String label = i.label();
            if (i.qty().compareTo(BigDecimal.ONE) != 0) {
                label = label + " – " + qty(i.qty()) + (label.startsWith("Travel") ? " miles" : " × £" + en(i.unit()));
            }
            doc.text(L, doc.y, label, 10);
            doc.right(R, doc.y, "£" + en(i.amount()), 10);
            doc.down(20);
        }
        doc.down(12);
        doc.bold(330, doc.y, "Total due:", 11);
        doc.rightBold(R, doc.y, "£" + en(total), 11);
        doc.down(44);
        doc.line(L, "I am not registered for VAT, so no VAT has been charged.", 10);
        doc.down(6);
        doc.line(L, "Payment within " + days + " days of the invoice date, please, by bank transfer to:", 10);
        doc.line(L + 20, "Account name: " + me[0], 10);
        doc.line(L + 20, "Sort code: " + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 2), 10);
        doc.line(L + 20, "Account number: " + digits(r, 8), 10);
        doc.line(L + 20, "IBAN: GB" + digits(r, 2) + " MONZ " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4)
                + " " + digits(r, 2), 10);
        doc.down(10);
        doc.line(L, "UTR: " + digits(r, 5) + " " + digits(r, 5), 9);
        doc.down(16);
        doc.line(L, "Many thanks,", 10);
        doc.line(L, me[0], 10);
        return Truth.invoice(number, issue, due, total, "GBP", c.name());
    }

    // --- 12. Hong Kong trading company

    private static final String[] GOODS = {"LED desk lamp, model WF-L220, white", "LED desk lamp, model WF-L220, black",
        "USB-C charger 65W GaN, model WF-C65", "USB-C to USB-C cable 1m, braided", "Wireless charging pad 15W",
        "Power bank 10000mAh, slim", "Bluetooth speaker, model WF-S10", "Phone stand, aluminium, foldable",
        "Travel adapter, universal", "Cable organiser pouch, grey", "LED night light with sensor",
        "Smart plug, EU type", "Desk fan, USB, 6 inch", "Screen cleaning kit, 100ml", "Earbuds case, silicone",
        "Laptop sleeve 14\", felt", "Magnetic car mount", "Keyboard wrist rest, memory foam",
        "HDMI cable 2m, 4K", "Mini projector tripod", "Webcam cover, 3-pack", "Mouse pad XL, black",
        "Extension cord, 3 outlets EU", "Label printer tape, 12mm"};

    private static final String[] ONES_EN = {"", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"};
    private static final String[] TENS_EN = {"", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY",
        "EIGHTY", "NINETY"};

    /** A whole number in English words, upper case ("ONE MILLION TWO HUNDRED AND FIVE THOUSAND ..."). */
    static String englishWords(long n) {
        if (n == 0) {
            return "ZERO";
        }
        StringBuilder b = new StringBuilder();
        long[] units = {1_000_000, 1000};
        String[] names = {"MILLION", "THOUSAND"};
        for (int i = 0; i < units.length; i++) {
            if (n >= units[i]) {
                b.append(englishWords(n / units[i])).append(' ').append(names[i]).append(' ');
                n %= units[i];
            }
        }
        if (n >= 100) {
            b.append(ONES_EN[(int) n / 100]).append(" HUNDRED ");
            n %= 100;
            if (n > 0) {
                b.append("AND ");
            }
        }
        if (n >= 20) {
            b.append(TENS_EN[(int) n / 10]).append(n % 10 == 0 ? "" : "-" + ONES_EN[(int) n % 10]);
        } else if (n > 0) {
            b.append(ONES_EN[(int) n]);
        }
        return b.toString().strip();
    }

    /**
     * A Hong Kong trading company's export invoice over two pages: the company centred with BR No., "INVOICE", "Messrs."
     * and the customer, Invoice No., Date "Nov 12, 2026", P/I No. and order number, shipment by sea from Hong Kong to
     * Le Havre with vessel, B/L and sailing date, FOB terms; a long list of goods (PCS) carried forward to page 2;
     * "TOTAL" with the pieces and the amount, "SAY HONG KONG DOLLARS ... ONLY", the 30 % T/T deposit received deducted
     * and the balance "by T/T within 30 days after invoice date"; shipping marks, bank, "For and on behalf of".
     */
    static Truth hongKongTrading(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"WING FAT TRADING CO., LIMITED", "GOLDEN HARBOUR ENTERPRISES LIMITED",
            "SUN TAT INTERNATIONAL (HK) LIMITED"});
        Client c = client(r, new String[] {"Kermarrec Industrie SAS", "Alpine Outdoor France SAS",
            "Bazar Électrique de l'Ouest SARL", "Comptoir Numérique Lyonnais SAS", "Maison Vermeil SAS"});
        LocalDate issue = day(r);
        LocalDate sailing = issue.plusDays(2 + r.nextInt(6));
        LocalDate depositDay = issue.minusDays(35 + r.nextInt(40));
        int days = 30;
        LocalDate due = issue.plusDays(days);
        String number = seller.substring(0, 1) + seller.split(" ")[1].charAt(0) + (issue.getYear() % 100) + "-" + digits(r, 4);
        String pi = "PI-" + (issue.getYear() % 100) + "-" + String.format(Locale.ROOT, "%04d", r.nextInt(2000));
        int count = 18 + r.nextInt(7);
        List<String> left = new ArrayList<>(List.of(GOODS));
        List<Item> items = new ArrayList<>();
        long pcs = 0;
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            int q = 50 * (2 + r.nextInt(40));
            pcs += q;
            items.add(item(left.remove(r.nextInt(left.size())), BigDecimal.valueOf(q), money(r, 4, 90),
                    BigDecimal.ZERO));
        }
        BigDecimal total = sum(items);
        BigDecimal deposit = total.multiply(pct("0.30")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal balance = total.subtract(deposit);
        String fmt = "MMM d, yyyy";
        float pt = 8.5f;

        center(doc, 805, seller, 14, true);
        center(doc, 791, "Unit " + (1 + r.nextInt(20)) + "0" + (1 + r.nextInt(8)) + ", " + (5 + r.nextInt(20))
                + "/F, Tower B, Regent Centre, 63 Wo Yi Hop Road, Kwai Chung, N.T., Hong Kong", 8, false);
        center(doc, 780, "Tel: (852) 2" + digits(r, 3) + " " + digits(r, 4) + "   Fax: (852) 2" + digits(r, 3) + " "
                + digits(r, 4) + "   BR No. " + digits(r, 8), 8, false);
        center(doc, 755, "I N V O I C E", 16, true);
        doc.text(L, 728, "Messrs.:", 9);
        doc.bold(100, 728, c.name(), 10);
        doc.text(100, 715, c.street(), 9);
        doc.text(100, 703, c.city() + ", FRANCE", 9);
        doc.text(100, 691, "Attn: " + c.contact() + " (Purchasing)", 9);
        String[][] meta = {{"INVOICE NO.", number}, {"DATE", d(issue, fmt)}, {"P/I NO.", pi},
            {"YOUR ORDER NO.", "PO" + digits(r, 6)}, {"TERMS", "FOB HONG KONG"}};
        float my = 728;
        for (String[] m : meta) {
            doc.text(360, my, m[0], 8);
            doc.text(445, my, ": " + m[1], 8.5f);
            my -= 12;
        }
        doc.y = 662;
        doc.line(L, "Shipment from HONG KONG to LE HAVRE, FRANCE by sea", pt);
        doc.line(L, "Vessel / Voy.: " + pick(r, new String[] {"CMA CGM JACQUES SAADE", "EVER GIVEN", "MSC GULSUN"})
                + " / 0FF" + digits(r, 2) + "W1MA    B/L No.: " + pick(r, new String[] {"CMDUHKG", "EGLV", "MEDU"})
                + digits(r, 7), pt);
        doc.line(L, "Sailing on or about: " + d(sailing, fmt) + "    Port of discharge: LE HAVRE", pt);
        doc.down(8);
        float[] xs = {L, 80, 360, 455, R};
        boolean[] right = {false, false, true, true, true};
        String[] heads = {"No.", "Description of Goods", "Quantity", "Unit Price", "Amount"};
        rule(doc, L, R, doc.y + 11, "─", 7);
        doc.rightBold(455, doc.y, "FOB HK", 7);
        doc.down(9);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            rows.add(new String[] {String.valueOf(i + 1), it.label(), BlindLayouts7.num(it.qty(), 0, ",", '.') + " PCS",
                "HK$" + en(it.unit()), "HK$" + en(it.amount())});
        }
        int firstPage = 14;
        grid(doc, xs, right, heads, rows.subList(0, firstPage), pt, 6);
        BigDecimal carried = BigDecimal.ZERO;
        long carriedPcs = 0;
        for (int i = 0; i < firstPage; i++) {
            carried = carried.add(items.get(i).amount());
            carriedPcs += items.get(i).qty().longValue();
        }
        rule(doc, L, R, doc.y + 5, "─", 7);
        doc.down(8);
        doc.text(80, doc.y, "Carried forward", pt);
        doc.right(360, doc.y, BlindLayouts7.num(BigDecimal.valueOf(carriedPcs), 0, ",", '.') + " PCS", pt);
        doc.right(R, doc.y, "HK$" + en(carried), pt);
        doc.down(20);
        doc.right(R, doc.y, "/ to be continued", 8);
        doc.text(L, 40, "Invoice No. " + number, 7);
        doc.right(R, 40, "Page 1 of 2", 7);

        doc.newPage();
        doc.text(L, 805, seller + "  –  Invoice No. " + number + "  –  " + d(issue, fmt), 8);
        doc.right(R, 805, "Page 2 of 2", 8);
        doc.y = 780;
        rule(doc, L, R, doc.y + 11, "─", 7);
        doc.text(80, doc.y, "Brought forward", pt);
        doc.right(360, doc.y, BlindLayouts7.num(BigDecimal.valueOf(carriedPcs), 0, ",", '.') + " PCS", pt);
        doc.right(R, doc.y, "HK$" + en(carried), pt);
        doc.down(16);
        grid(doc, xs, right, null, rows.subList(firstPage, rows.size()), pt, 6);
        rule(doc, L, R, doc.y + 5, "─", 7);
        doc.down(8);
        doc.bold(80, doc.y, "TOTAL:", 9);
        doc.rightBold(360, doc.y, BlindLayouts7.num(BigDecimal.valueOf(pcs), 0, ",", '.') + " PCS", 9);
        doc.rightBold(R, doc.y, "HK$" + en(total), 9);
        doc.down(12);
        rule(doc, L, R, doc.y + 5, "═", 7);
        doc.down(10);
        long whole = total.longValue();
        int cents = total.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValue();
        String say = "SAY HONG KONG DOLLARS " + englishWords(whole) + (cents == 0 ? "" : " AND CENTS "
                + englishWords(cents)) + " ONLY.";
        int cut = say.length() > 92 ? say.lastIndexOf(' ', 90) : say.length();
        doc.line(L, say.substring(0, cut), 8);
        if (cut < say.length()) {
            doc.line(L, say.substring(cut + 1), 8);
        }
        doc.down(10);
        doc.text(200, doc.y, "Less: 30% deposit received by T/T on " + d(depositDay, fmt), pt);
        doc.right(R, doc.y, "-HK$" + en(deposit), pt);
        doc.down(14);
        doc.bold(200, doc.y, "BALANCE DUE (HKD)", 10);
        doc.rightBold(R, doc.y, "HK$" + en(balance), 10);
        doc.down(28);
        doc.bold(L, doc.y, "Payment terms:", 9);
        doc.down(12);
        doc.line(L, "30% deposit by T/T with order (received), balance by T/T within " + days
                + " days after invoice date.", pt);
        doc.down(6);
        doc.bold(L, doc.y, "Shipping marks:", 9);
        doc.down(12);
        doc.line(L, c.name().toUpperCase(Locale.ROOT) + " / LE HAVRE / C/NO. 1-" + (40 + r.nextInt(300))
                + " / MADE IN CHINA", pt);
        doc.line(L, "Packing: export cartons, " + (20 + r.nextInt(30)) + " PCS per carton, G.W. " + (800 + r.nextInt(4000))
                + " KGS, MEAS. " + (5 + r.nextInt(30)) + " CBM", pt);
        doc.down(6);
        doc.bold(L, doc.y, "Bank details:", 9);
        doc.down(12);
        doc.line(L, "The Hongkong and Shanghai Banking Corporation Ltd, 1 Queen's Road Central, Hong Kong", pt);
        doc.line(L, "A/C No. " + digits(r, 3) + "-" + digits(r, 6) + "-838 (HKD)   SWIFT: HSBCHKHHHKH   Bank code 004",
                pt);
        doc.down(24);
        doc.right(R, doc.y, "For and on behalf of", 8.5f);
        doc.down(12);
        doc.rightBold(R, doc.y, seller, 9);
        doc.down(36);
        doc.right(R, doc.y, "Authorized Signature(s)", 8);
        return Truth.invoice(number, issue, due, total, "HKD", c.name()).withAmountDue(balance);
    }
}
