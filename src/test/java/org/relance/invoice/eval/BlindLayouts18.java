package org.relance.invoice.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;
import org.relance.invoice.eval.BlindLayouts10.Canvas;

/**
 * An eighteenth blind set ({@code eval/invoices/blind18}): invoices printed by invoicing software used outside France,
 * as a French company's foreign subsidiaries send them (or as it sends them abroad), each imitated in its own style:
 * a UK cloud-accounting "TAX INVOICE" with its three-column header and "AMOUNT DUE GBP", a US online-bookkeeping
 * invoice with dated activity lines and "Terms: Net N", a freelancer-app invoice with four header columns and
 * "Amount Due (USD/CAD)", an Indian GST invoice with per-line CGST/SGST or IGST, "Balance Due" and "Total In Words",
 * a payment-platform invoice ("€x due December 1, 2026"), a German "Rechnung" of a cloud bookkeeping tool
 * ("Rechnungsnr.", "Zahlbar bis"), another with a grey meta strip, a "Leistungszeitraum" and two pages in odd rounds,
 * a Spanish "FACTURA" with line totals incl. IVA, an Italian "Fattura" with rivalsa INPS, ritenuta d'acconto and a
 * "Scadenze" table, a Dutch "Factuur" with quantity first, a Flemish "Factuur" with "Te betalen" and a structured
 * communication, and a Swiss "Rechnung" with a QR-bill payment part. Written without looking at the reader. Drawn
 * with {@link BlindLayouts10.Canvas}, which refuses overlapping text, text crossing a rule or leaving the page.
 *
 * <p>Labels: {@code total} is the invoice's total incl. tax, after a ritenuta d'acconto the customer withholds for the
 * State ("Netto a pagare"); a payment already made or a credit applied gives {@code amountDue} the rest; a due date
 * given only as terms is the date they give counted from the issue date ("einde maand" = end of that month).
 */
public final class BlindLayouts18 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("uk-xero-three-column-head-amount-due-gbp", BlindLayouts18::xero);
        LAYOUTS.put("us-qbo-activity-dates-ship-via-terms-net", BlindLayouts18::quickBooks);
        LAYOUTS.put("us-ca-freshbooks-four-columns-amount-due-paid", BlindLayouts18::freshBooks);
        LAYOUTS.put("in-zoho-cgst-sgst-igst-balance-due-words", BlindLayouts18::zoho);
        LAYOUTS.put("en-stripe-amount-due-on-date-applied-balance", BlindLayouts18::stripe);
        LAYOUTS.put("de-lexoffice-din-info-block-zahlbar-bis", BlindLayouts18::lexoffice);
        LAYOUTS.put("de-sevdesk-meta-strip-leistungszeitraum-2-pages", BlindLayouts18::sevdesk);
        LAYOUTS.put("es-holded-concepto-total-linea-iva-vencimiento", BlindLayouts18::holded);
        LAYOUTS.put("it-fatture-in-cloud-rivalsa-ritenuta-scadenze", BlindLayouts18::fattureInCloud);
        LAYOUTS.put("nl-moneybird-aantal-eerst-vervaldatum-verzoek", BlindLayouts18::moneybird);
        LAYOUTS.put("be-nl-teamleader-band-te-betalen-mededeling", BlindLayouts18::teamleader);
        LAYOUTS.put("ch-de-bexio-window-right-innert-qr-zahlteil", BlindLayouts18::bexio);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind18Test -Drelance.generateBlind18=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind18", 2026_18_18L, 2, "blind18");
    }

    private static final int L = BlindLayouts10.L;
    private static final int R = BlindLayouts10.R;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;
    private static final int LIGHT = 0xD1D5DB;

    // --- helpers

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** An issue day from early January to early October 2026, so that the due dates stay in 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(270));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        b.append(1 + r.nextInt(9));
        for (int i = 1; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private static String n0(int width, int value) {
        return String.format(Locale.ROOT, "%0" + width + "d", value);
    }

    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
    }

    private static String de(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
    }

    private static String ch(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "'", '.');
    }

    private static String minus(String s) {
        return "-" + s;
    }

    private static String qty(BigDecimal q, char decimal) {
        String s = q.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    private static String rate(BigDecimal rate, char decimal) {
        String s = rate.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    private static String d(LocalDate date, String pattern) {
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** Lines: unit prices from {@code least} to {@code least + spread} (in units), descriptions not repeated. */
    private static List<Item> items(Random r, String[] work, int min, int max, int least, int spread,
            BigDecimal... rates) {
        int count = min + r.nextInt(max - min + 1);
        List<Item> out = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(work));
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            BigDecimal q = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(least * 100L + (long) (r.nextDouble() * spread * 100L), 2);
            out.add(new Item(left.remove(r.nextInt(left.size())), q, unit, rates[r.nextInt(rates.length)]));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    private static BigDecimal net(List<Item> items) {
        BigDecimal n = BigDecimal.ZERO;
        for (Item i : items) {
            n = n.add(i.amount());
        }
        return n;
    }

    /** A row of cells at {@code y}: x, alignment and the widest each may be (text is shrunk to fit). */
    private record Cols(float[] xs, int[] al, float[] max) {

        void row(Canvas c, float y, String[] cells, float pt, boolean bold) {
            for (int i = 0; i < cells.length && i < xs.length; i++) {
                c.fit(xs[i], y, cells[i], pt, max[i], bold, al[i]);
            }
        }
    }

    private static Cols cols(float[] xs, int[] al, float[] max) {
        return new Cols(xs, al, max);
    }

    /** A label and its amount, right-aligned at {@code valueX}; the cursor moves down. */
    private static void sum(Canvas c, float labelX, int labelAlign, float valueX, String label, String value,
            float pt, boolean bold) {
        c.put(labelX, c.y, label, pt, bold, labelAlign);
        c.put(valueX, c.y, value, pt, bold, R);
        c.down(pt + 6);
    }

    private static void grey(Canvas c, float x, float y, String text, float pt) {
        c.ink = GREY;
        c.text(x, y, text, pt);
        c.ink = BLACK;
    }

    private static void greyRight(Canvas c, float x, float y, String text, float pt) {
        c.ink = GREY;
        c.right(x, y, text, pt);
        c.ink = BLACK;
    }

    /** Lines down from {@code y}, {@code step} apart. */
    private static float lines(Canvas c, float x, float y, float pt, float step, String... texts) {
        for (String t : texts) {
            c.text(x, y, t, pt);
            y -= step;
        }
        return y;
    }

    /** Letters of a name without accents, for a web address. */
    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z]", "");
    }

    private static String grouped4(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    // --- 1. UK cloud accounting (Xero): TAX INVOICE, customer | meta | seller, AMOUNT DUE GBP

    private static final String[] UK_WORK = {"Consultancy - strategy workshop", "Bookkeeping - monthly", "Website "
        + "maintenance retainer", "Cloud hosting (annual)", "Design services - brand guidelines", "Travel expenses",
        "Software licence - 10 seats", "Training day (on site)", "Data migration", "Project management (hours)",
        "Translation EN-FR (1,000 words)", "Photography - product shoot"};

    static Truth xero(Canvas c, Random r, int round) {
        boolean euro = round == 1;
        boolean paid = round == 1 || r.nextInt(3) == 0;
        String seller = pick(r, new String[] {"Vermeil UK Ltd", "Boréale Digital Ltd", "Lumière Studio London Ltd",
            "Atelier Marchand UK Limited"});
        String customer = euro
                ? pick(r, new String[] {"Maison Vermeil SAS", "Groupe Horizon SA", "Librairie Vauban SARL",
                    "Transports Girard SAS"})
                : pick(r, new String[] {"Hartley & Finch LLP", "Northgate Property Services Ltd",
                    "The Old Mill Bakery", "Brightwater Events Ltd", "Kensington Dental Care"});
        String cur = euro ? "EUR" : "GBP";
        LocalDate issue = day(r);
        int terms = pick(r, new Integer[] {14, 30, 30});
        LocalDate due = issue.plusDays(terms);
        String number = "INV-" + n0(4, 100 + r.nextInt(9000));
        BigDecimal vat = euro ? BigDecimal.ZERO : pct("20");
        List<Item> items = items(r, UK_WORK, 2, 6, 60, 1400, vat);
        Sums s = sums(items);

        c.bold(50, 790, "TAX INVOICE", 20);
        float y = 790;
        c.bold(400, y, seller, 9);
        lines(c, 400, y - 12, 8, 11, pick(r, new String[] {"Unit 4, 18 Shoreditch High Street", "2nd Floor, 41 "
            + "Great Portland St", "The Loft, 9 Bermondsey Sq"}), "London", pick(r, new String[] {"E1 6JE", "W1W 7LA",
            "SE1 3UN"}), "United Kingdom", "accounts@" + seller.toLowerCase(Locale.ROOT).transform(BlindLayouts18::slug)
            .replace("ltd", "").replace("limited", "") + ".co.uk");
        // meta column
        String[][] meta = {{"Invoice Date", d(issue, "d MMM yyyy")}, {"Invoice Number", number},
            {"Reference", "PO " + digits(r, 5)}, {"VAT Number", "GB " + digits(r, 3) + " " + digits(r, 4) + " "
            + digits(r, 2)}};
        float my = 730;
        for (String[] m : meta) {
            c.bold(275, my, m[0], 8);
            c.text(275, my - 11, m[1], 8);
            my -= 27;
        }
        c.bold(50, 730, customer, 9);
        if (euro) {
            lines(c, 50, 718, 8, 11, "Attention: Service comptabilité fournisseurs", pick(r, new String[] {
                "12 rue des Lilas", "27 boulevard Carnot", "4 avenue Jean Jaurès"}), pick(r, new String[] {
                "69003 Lyon", "75011 Paris", "44000 Nantes"}), "FRANCE", "VAT: FR" + digits(r, 11));
        } else {
            lines(c, 50, 718, 8, 11, "Attention: Accounts Payable", pick(r, new String[] {"14 Market Street",
                "Riverside House, 2 Mill Lane", "88 Deansgate"}), pick(r, new String[] {"Manchester M3 2BW",
                "Bristol BS1 4DJ", "Leeds LS1 5HD", "Oxford OX1 1BX"}), "United Kingdom");
        }

        c.y = 600;
        Cols t = cols(new float[] {50, 345, 415, 465, 545}, new int[] {L, R, R, R, R},
                new float[] {260, 60, 65, 45, 75});
        t.row(c, c.y, new String[] {"Description", "Quantity", "Unit Price", "VAT", "Amount " + cur}, 8.5f, true);
        c.hline(50, 545, c.y - 5, 0.8f);
        c.down(18);
        c.pen = LIGHT;
        for (Item i : items) {
            t.row(c, c.y, new String[] {i.label(), qty(i.qty(), '.') + ".00", en(i.unit()),
                euro ? "No VAT" : "20%", en(i.amount())}, 8.5f, false);
            c.hline(50, 545, c.y - 5, 0.4f);
            c.down(17);
        }
        c.pen = BLACK;
        c.down(4);
        sum(c, 465, R, 545, "Subtotal", en(s.net()), 8.5f, false);
        sum(c, 465, R, 545, euro ? "TOTAL NO VAT" : "TOTAL VAT 20%", en(s.tax()), 8.5f, false);
        c.hline(380, 545, c.y + 9, 0.8f);
        c.down(2);
        sum(c, 465, R, 545, "TOTAL " + cur, en(s.gross()), 9.5f, true);
        BigDecimal left = s.gross();
        if (paid) {
            BigDecimal payment = s.gross().multiply(BigDecimal.valueOf(20 + r.nextInt(40))).movePointLeft(2)
                    .setScale(0, RoundingMode.DOWN).setScale(2);
            left = s.gross().subtract(payment);
            sum(c, 465, R, 545, "Less Amount Paid", en(payment), 8.5f, false);
            c.hline(380, 545, c.y + 9, 0.8f);
            c.down(2);
            sum(c, 465, R, 545, "AMOUNT DUE " + cur, en(left), 9.5f, true);
        }
        c.down(14);
        c.bold(50, c.y, "Due Date: " + d(due, "d MMMM yyyy"), 10);
        c.down(16);
        c.y = lines(c, 50, c.y, 8, 11, "Payment terms: " + terms + " days from the invoice date.",
                euro ? "Reverse charge: the customer is to account for the VAT (Art. 196, Directive 2006/112/EC)."
                        : "Please pay by bank transfer quoting the invoice number.",
                "Bank: Barclays Bank UK PLC   Sort code: " + n0(2, r.nextInt(100)) + "-" + n0(2, r.nextInt(100))
                        + "-" + n0(2, r.nextInt(100)) + "   Account: " + digits(r, 8),
                "IBAN: GB" + n0(2, r.nextInt(100)) + " BUKB " + grouped4(digits(r, 14)) + "   BIC: BUKBGB22");
        c.ink = GREY;
        c.text(50, 40, "Company Registration No: " + digits(r, 8) + ". Registered Office: as above. VAT Registration No. shown "
                + "on this invoice.", 7);
        c.ink = BLACK;
        Truth truth = Truth.invoice(number, issue, due, s.gross(), cur, customer);
        return paid ? truth.withAmountDue(left) : truth;
    }

    // --- 2. US online bookkeeping (QuickBooks Online): activity dates, ship via, TERMS Net N, BALANCE DUE

    private static final String[][] US_ACTIVITY = {{"Services", "Consulting - go-to-market review"},
        {"Hours", "Implementation support (hours)"}, {"Design", "Packaging redesign - round 2"},
        {"Materials", "Display stands, walnut finish"}, {"Shipping", "Freight - LTL pallet"},
        {"Training", "Staff onboarding session"}, {"Services", "Quarterly maintenance visit"},
        {"Hardware", "Barcode scanner, cordless"}, {"Subscription", "Analytics dashboard - monthly"},
        {"Installation", "On-site installation crew"}};

    static Truth quickBooks(Canvas c, Random r, int round) {
        boolean explicit = round == 1;
        boolean payment = round == 1;
        String seller = pick(r, new String[] {"Vermeil Inc.", "Boreale Foods USA LLC", "Lumiere Lighting Corp.",
            "Marchand Design Group LLC"});
        String customer = pick(r, new String[] {"Cooper & Hayes Hardware", "Greenleaf Market Co.",
            "Summit Ridge Dental", "Blue Harbor Restaurant Group", "Patel Family Pharmacy", "Lakeview Realty LLC"});
        String[] state = pick(r, new String[][] {{"New York, NY 10013", "8.875"}, {"Austin, TX 78701", "8.25"},
            {"Chicago, IL 60607", "10.25"}, {"San Francisco, CA 94107", "8.625"}});
        LocalDate issue = day(r);
        int net = pick(r, new Integer[] {15, 30, 30, 45});
        LocalDate due = issue.plusDays(net);
        String number = String.valueOf(1001 + r.nextInt(3000));
        BigDecimal rate = pct(state[1]);
        List<Item> items = items(r, new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, 3, 7, 40, 900,
                rate);
        Sums s = sums(items);

        c.bold(50, 790, seller, 11);
        lines(c, 50, 776, 8, 11, pick(r, new String[] {"350 Hudson Street, Suite 601", "1200 Congress Ave",
            "410 N Morgan St", "85 Second Street"}), state[0], "+1 (" + digits(r, 3) + ") " + digits(r, 3) + "-"
            + digits(r, 4), "billing@" + seller.toLowerCase(Locale.ROOT).transform(BlindLayouts18::slug) + ".com");
        c.ink = 0x2CA01C;
        c.rightBold(545, 784, "INVOICE", 22);
        c.ink = BLACK;

        String shipTo = pick(r, new String[] {"Warehouse - Dock 3", "Store #" + (10 + r.nextInt(80)),
            "Receiving Dept."});
        String street = pick(r, new String[] {"77 Elm Avenue", "2450 Market Blvd", "19 Harbor Road",
            "640 W Madison St"});
        c.bold(50, 700, "BILL TO", 8);
        lines(c, 50, 688, 8.5f, 11, customer, street, state[0]);
        c.bold(200, 700, "SHIP TO", 8);
        lines(c, 200, 688, 8.5f, 11, customer, shipTo, street, state[0]);
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"INVOICE #", number});
        meta.add(new String[] {"DATE", d(issue, "MM/dd/yyyy")});
        if (explicit) {
            meta.add(new String[] {"DUE DATE", d(due, "MM/dd/yyyy")});
        }
        meta.add(new String[] {"TERMS", "Net " + net});
        float my = 700;
        for (String[] m : meta) {
            c.rightBold(450, my, m[0], 8);
            c.text(460, my, m[1], 8.5f);
            my -= 13;
        }
        LocalDate ship = issue.minusDays(1 + r.nextInt(5));
        Cols sh = cols(new float[] {50, 160, 290, 420}, new int[] {L, L, L, L}, new float[] {100, 120, 120, 120});
        sh.row(c, 630, new String[] {"SHIP DATE", "SHIP VIA", "TRACKING NO.", "P.O. NUMBER"}, 7.5f, true);
        sh.row(c, 618, new String[] {d(ship, "MM/dd/yyyy"), pick(r, new String[] {"UPS Ground", "FedEx", "USPS"}),
            "1Z" + digits(r, 9) + "X" + digits(r, 4), "PO-" + digits(r, 5)}, 8.5f, false);

        c.fillRgb(50, 580, 495, 16, 0xDFF3DC);
        Cols t = cols(new float[] {54, 110, 190, 400, 470, 541}, new int[] {L, L, L, R, R, R},
                new float[] {55, 78, 180, 50, 65, 70});
        t.row(c, 585, new String[] {"DATE", "ACTIVITY", "DESCRIPTION", "QTY", "RATE", "AMOUNT"}, 7.5f, true);
        c.y = 562;
        for (Item i : items) {
            String[] act = US_ACTIVITY[Integer.parseInt(i.label())];
            LocalDate on = issue.minusDays(r.nextInt(20));
            t.row(c, c.y, new String[] {d(on, "MM/dd/yyyy"), act[0], act[1], qty(i.qty(), '.'), en(i.unit()),
                en(i.amount())}, 8, false);
            c.down(16);
        }
        c.dashed(50, 545, c.y + 6);
        c.down(10);
        float top = c.y;
        c.text(50, top, "Thank you for your business!", 8.5f);
        grey(c, 50, top - 12, "Taxable items marked at " + rate(rate, '.') + "% state and local sales tax.", 7.5f);
        sum(c, 450, R, 545, "SUBTOTAL", en(s.net()), 8.5f, false);
        sum(c, 450, R, 545, "TAX (" + rate(rate, '.') + "%)", en(s.tax()), 8.5f, false);
        sum(c, 450, R, 545, "TOTAL", en(s.gross()), 8.5f, false);
        BigDecimal left = s.gross();
        if (payment) {
            BigDecimal paid = s.gross().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2);
            left = s.gross().subtract(paid);
            sum(c, 450, R, 545, "PAYMENT", en(paid), 8.5f, false);
        }
        c.down(4);
        c.bold(330, c.y, "BALANCE DUE", 10);
        c.rightBold(545, c.y, "$" + en(left), 14);
        c.down(40);
        c.ink = GREY;
        c.text(50, c.y, "Pay by ACH: " + seller + " - Routing " + digits(r, 9) + " - Account " + digits(r, 10), 7.5f);
        c.ink = BLACK;
        c.right(545, 30, "Page 1 of 1", 7);
        Truth truth = Truth.invoice(number, issue, due, s.gross(), "USD", customer);
        return payment ? truth.withAmountDue(left) : truth;
    }

    // --- 3. Freelancer app (FreshBooks): four header columns, big Amount Due (CUR), Amount Paid

    private static final String[][] FB_WORK = {{"Brand strategy", "Discovery call and positioning document"},
        {"UX audit", "Heuristic review of checkout flow"}, {"Illustration", "Set of 6 spot illustrations"},
        {"Copywriting", "Landing page, 1,200 words"}, {"Development", "Shopify theme customisation (hours)"},
        {"Video editing", "Two 60-second social cuts"}, {"Account management", "Monthly retainer"},
        {"Photography", "Half-day studio session"}, {"SEO", "Keyword research and briefs"}};

    static Truth freshBooks(Canvas c, Random r, int round) {
        boolean cad = round == 1;
        String cur = cad ? "CAD" : "USD";
        String seller = cad ? pick(r, new String[] {"Studio Boréale Toronto Inc.", "Vermeil Canada Ltd."})
                : pick(r, new String[] {"Lumière Creative LLC", "Atelier Marchand Studio Inc."});
        String customer = pick(r, new String[] {"Maple & Pine Outfitters", "Hudson Yoga Collective",
            "Brightside Pediatrics", "Olive Grove Catering", "Northwind Logistics", "Rosa Delgado"});
        LocalDate issue = day(r);
        boolean onReceipt = round == 1 && r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(pick(r, new Integer[] {15, 30}));
        String number = n0(7, 10 + r.nextInt(400));
        BigDecimal rate = cad ? pct("13") : pct("6");
        List<Item> raw = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < FB_WORK.length; i++) {
            idx.add(i);
        }
        int n = 2 + r.nextInt(4);
        List<String[]> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] w = FB_WORK[idx.remove(r.nextInt(idx.size()))];
            labels.add(w);
            BigDecimal q = BigDecimal.valueOf(r.nextInt(3) == 0 ? 4 + r.nextInt(30) : 1);
            BigDecimal unit = BigDecimal.valueOf(q.intValue() > 1 ? 75 + r.nextInt(90) : 300 + r.nextInt(2500));
            raw.add(new Item(w[0], q, unit.setScale(2), rate));
        }
        BigDecimal discountPct = round == 1 ? pct("10") : BigDecimal.ZERO;
        Sums s = Sums.of(raw, discountPct);
        BigDecimal subtotal = net(raw);
        BigDecimal paid = BigDecimal.ZERO;
        if (round == 1 || r.nextBoolean()) {
            paid = s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN).setScale(2);
        }
        BigDecimal left = s.gross().subtract(paid);
        String sym = cad ? "CA$" : "$";

        c.fillRgb(0, c.height() - 14, c.width(), 14, 0x0075DD);
        c.bold(50, 790, seller, 14);
        float ry = 792;
        for (String l : new String[] {cad ? "+1 (416) " + digits(r, 3) + "-" + digits(r, 4) : "+1 (503) "
            + digits(r, 3) + "-" + digits(r, 4), cad ? "220 King St W, Suite 800" : "1120 NW Couch St",
            cad ? "Toronto, ON M5H 1K4" : "Portland, OR 97209", cad ? "HST # " + digits(r, 9) + " RT0001"
            : "hello@studio.example"}) {
            greyRight(c, 545, ry, l, 8);
            ry -= 11;
        }
        float y = 720;
        grey(c, 50, y, "Billed To", 8);
        lines(c, 50, y - 13, 9, 12, customer, pick(r, new String[] {"45 Orchard Lane", "900 Queen St E",
            "12 Beacon Way"}), cad ? "Toronto, ON M4M 1J5" : "Seattle, WA 98104");
        grey(c, 190, y, "Date of Issue", 8);
        c.text(190, y - 13, d(issue, "MM/dd/yyyy"), 9);
        grey(c, 190, y - 36, "Due Date", 8);
        c.text(190, y - 49, onReceipt ? d(issue, "MM/dd/yyyy") : d(due, "MM/dd/yyyy"), 9);
        grey(c, 290, y, "Invoice Number", 8);
        c.text(290, y - 13, number, 9);
        grey(c, 290, y - 36, "Reference", 8);
        c.text(290, y - 49, "Project " + digits(r, 3), 9);
        greyRight(c, 545, y, "Amount Due (" + cur + ")", 8);
        c.ink = 0x0075DD;
        c.rightBold(545, y - 28, sym + en(left), 22);
        c.ink = BLACK;
        c.pen = 0x0075DD;
        c.hline(50, 545, 645, 2);
        c.pen = BLACK;

        Cols t = cols(new float[] {50, 390, 450, 545}, new int[] {L, R, R, R}, new float[] {290, 60, 40, 80});
        c.ink = GREY;
        t.row(c, 625, new String[] {"Description", "Rate", "Qty", "Line Total"}, 8, true);
        c.ink = BLACK;
        c.y = 604;
        for (int i = 0; i < raw.size(); i++) {
            Item it = raw.get(i);
            t.row(c, c.y, new String[] {it.label(), sym + en(it.unit()), qty(it.qty(), '.'), sym + en(it.amount())},
                    9, false);
            grey(c, 50, c.y - 12, labels.get(i)[1], 7.5f);
            c.hline(50, 545, c.y - 20, 0.4f);
            c.down(34);
        }
        c.down(4);
        sum(c, 450, R, 545, "Subtotal", sym + en(subtotal), 9, false);
        if (discountPct.signum() > 0) {
            sum(c, 450, R, 545, "Discount (" + rate(discountPct, '.') + "%)", minus(sym + en(subtotal.subtract(
                    s.net()))), 9, false);
        }
        sum(c, 450, R, 545, (cad ? "HST (13%)" : "Sales Tax (6%)"), sym + en(s.tax()), 9, false);
        c.hline(330, 545, c.y + 10, 0.6f);
        sum(c, 450, R, 545, "Total", sym + en(s.gross()), 9, false);
        sum(c, 450, R, 545, "Amount Paid", sym + en(paid), 9, false);
        c.hline(330, 545, c.y + 10, 1.2f);
        c.down(2);
        sum(c, 450, R, 545, "Amount Due (" + cur + ")", sym + en(left), 10, true);
        c.down(20);
        grey(c, 50, c.y, "Notes", 8);
        c.text(50, c.y - 12, "Thank you for choosing us - it was a pleasure working with you.", 8.5f);
        grey(c, 50, c.y - 34, "Terms", 8);
        c.text(50, c.y - 46, onReceipt ? "Payment is due upon receipt. Cards and e-transfer accepted."
                : "Please pay within the due date. Late payments are subject to a 1.5% monthly fee.", 8.5f);
        Truth truth = Truth.invoice(number, issue, due, s.gross(), cur, customer);
        return paid.signum() > 0 ? truth.withAmountDue(left) : truth;
    }

    // --- 4. Indian GST (Zoho Invoice): Balance Due at the top, per-line CGST/SGST or IGST, words

    private static final String[][] IN_WORK = {{"Cloud hosting - annual plan", "998315"},
        {"Software implementation services", "998313"}, {"Annual maintenance contract", "998713"},
        {"Digital marketing services", "998366"}, {"UI/UX design - mobile app", "998314"},
        {"Technical support (man-days)", "998316"}, {"Laptop docking station", "847330"},
        {"Training - Power BI (batch)", "999293"}};

    static Truth zoho(Canvas c, Random r, int round) {
        boolean inter = round == 1;
        String seller = pick(r, new String[] {"Vermeil Technologies India Pvt. Ltd.", "Boreale Software Pvt. Ltd.",
            "Lumiere Analytics India Pvt. Ltd."});
        String customer = pick(r, new String[] {"Sharma Textiles Pvt. Ltd.", "Kaveri Foods LLP",
            "Sunrise Hospitals Ltd.", "Nair & Menon Associates", "Deccan Retail Pvt. Ltd."});
        LocalDate issue = day(r);
        int netDays = pick(r, new Integer[] {15, 30, 45});
        LocalDate due = issue.plusDays(netDays);
        String number = "INV-" + n0(6, 100 + r.nextInt(5000));
        int count = 2 + r.nextInt(4);
        List<String[]> work = new ArrayList<>(List.of(IN_WORK));
        List<BigDecimal[]> rows = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal half = BigDecimal.ZERO;
        BigDecimal igst = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            String[] w = work.remove(r.nextInt(work.size()));
            BigDecimal q = BigDecimal.valueOf(1 + r.nextInt(r.nextInt(3) == 0 ? 12 : 2));
            BigDecimal unit = BigDecimal.valueOf(1500 + r.nextInt(60000)).setScale(2);
            BigDecimal amount = q.multiply(unit);
            BigDecimal h = share(amount, pct("9"));
            BigDecimal full = share(amount, pct("18"));
            rows.add(new BigDecimal[] {q, unit, amount, h, full});
            labels.add(w);
            net = net.add(amount);
            half = half.add(h);
            igst = igst.add(full);
        }
        BigDecimal tax = inter ? igst : half.add(half);
        BigDecimal total = net.add(tax);
        BigDecimal paid = BigDecimal.ZERO;
        if (round == 1) {
            paid = total.multiply(pct("0.4")).setScale(-2, RoundingMode.DOWN).setScale(2);
        }
        BigDecimal balance = total.subtract(paid);

        c.bold(50, 795, seller, 11);
        String sellerState = inter ? "Maharashtra" : "Karnataka";
        lines(c, 50, 781, 8, 11, inter ? "Unit 802, Lodha Supremus, Lower Parel" : "No. 42, 3rd Floor, 80 Feet Road, "
            + "Koramangala", inter ? "Mumbai Maharashtra 400013" : "Bengaluru Karnataka 560034", "India",
            "GSTIN " + (inter ? "27" : "29") + "AAB" + "CV" + digits(r, 4) + "K1Z" + r.nextInt(10));
        c.rightBold(545, 795, "TAX INVOICE", 18);
        c.right(545, 775, "# " + number, 9);
        greyRight(c, 545, 755, "Balance Due", 8);
        c.rightBold(545, 740, "₹" + BlindLayouts.indian(balance), 12);

        c.y = 700;
        grey(c, 50, c.y, "Bill To", 8);
        c.bold(50, c.y - 12, customer, 9);
        lines(c, 50, c.y - 24, 8, 11, "Plot 17, Industrial Area Phase II", "Bengaluru Karnataka 560058", "India",
                "GSTIN 29AAC" + "FS" + digits(r, 4) + "R1Z" + r.nextInt(10));
        grey(c, 210, c.y, "Ship To", 8);
        lines(c, 210, c.y - 12, 8, 11, "Warehouse 3, Hosur Road", "Bengaluru Karnataka 560068", "India");
        String[][] meta = {{"Invoice Date :", d(issue, "dd/MM/yyyy")}, {"Terms :", "Net " + netDays},
            {"Due Date :", d(due, "dd/MM/yyyy")}, {"P.O.# :", "PO/" + digits(r, 4) + "/26"},
            {"Place Of Supply :", "Karnataka (29)"}};
        float my = c.y;
        for (String[] m : meta) {
            c.right(460, my, m[0], 8);
            c.text(468, my, m[1], 8);
            my -= 13;
        }
        c.y = 615;
        c.fillRgb(50, c.y - 16, 495, 26, 0x3C3D3A);
        c.ink = WHITE;
        float[] xs;
        String[] heads;
        if (inter) {
            xs = new float[] {54, 68, 270, 330, 395, 425, 490, 541};
            heads = new String[] {"#", "Item & Description", "HSN/SAC", "Qty", "Rate", "IGST %", "IGST Amt", "Amount"};
        } else {
            xs = new float[] {54, 68, 230, 282, 340, 356, 412, 422, 478, 541};
            heads = new String[] {"#", "Item & Description", "HSN/SAC", "Qty", "Rate", "CGST", "Amt", "SGST", "Amt",
                "Amount"};
        }
        int[] al = inter ? new int[] {L, L, L, R, R, L, R, R} : new int[] {L, L, L, R, R, L, R, L, R, R};
        float[] max = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            max[i] = i == 1 ? xs[2] - xs[1] - 6 : 60;
        }
        Cols t = cols(xs, al, max);
        t.row(c, c.y - 6, heads, 7, true);
        c.ink = BLACK;
        c.down(34);
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal[] v = rows.get(i);
            String[] cells = inter
                    ? new String[] {String.valueOf(i + 1), labels.get(i)[0], labels.get(i)[1],
                        v[0].toPlainString() + ".00", BlindLayouts.indian(v[1]), "18%", BlindLayouts.indian(v[4]),
                        BlindLayouts.indian(v[2])}
                    : new String[] {String.valueOf(i + 1), labels.get(i)[0], labels.get(i)[1],
                        v[0].toPlainString() + ".00", BlindLayouts.indian(v[1]), "9%", BlindLayouts.indian(v[3]), "9%",
                        BlindLayouts.indian(v[3]), BlindLayouts.indian(v[2])};
            t.row(c, c.y, cells, 7.5f, false);
            c.pen = LIGHT;
            c.hline(50, 545, c.y - 7, 0.4f);
            c.pen = BLACK;
            c.down(19);
        }
        c.down(6);
        float top = c.y;
        sum(c, 470, R, 545, "Sub Total", BlindLayouts.indian(net), 8.5f, false);
        if (inter) {
            sum(c, 470, R, 545, "IGST18 (18%)", BlindLayouts.indian(igst), 8.5f, false);
        } else {
            sum(c, 470, R, 545, "CGST9 (9%)", BlindLayouts.indian(half), 8.5f, false);
            sum(c, 470, R, 545, "SGST9 (9%)", BlindLayouts.indian(half), 8.5f, false);
        }
        sum(c, 470, R, 545, "Total", "₹" + BlindLayouts.indian(total), 9.5f, true);
        if (paid.signum() > 0) {
            sum(c, 470, R, 545, "Payment Made", "(-) " + BlindLayouts.indian(paid), 8.5f, false);
        }
        c.fillRgb(330, c.y - 5, 215, 18, 0xEEEEEE);
        sum(c, 470, R, 545, "Balance Due", "₹" + BlindLayouts.indian(balance), 9.5f, true);
        grey(c, 50, top, "Total In Words", 8);
        long rupees = total.longValue();
        int paise = total.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = "Indian Rupee " + BlindLayouts.words(rupees) + (paise > 0 ? " and " + BlindLayouts.words(
                paise) + " Paise" : "") + " Only";
        List<String> wrapped = wrap(c, words, 8.5f, true, 250);
        float wy = top - 12;
        for (String w : wrapped) {
            c.bold(50, wy, w, 8.5f);
            wy -= 11;
        }
        grey(c, 50, wy - 8, "Notes", 8);
        c.text(50, wy - 20, "Thanks for your business.", 8);
        c.y = Math.min(c.y, wy - 30) - 20;
        grey(c, 50, c.y, "Terms & Conditions", 8);
        lines(c, 50, c.y - 12, 7.5f, 10, "Bank: HDFC Bank, " + sellerState + " - A/c No. " + digits(r, 14)
            + " - IFSC HDFC000" + digits(r, 4), "Interest @ 18% p.a. will be charged on bills unpaid after the due "
            + "date.", "Subject to " + (inter ? "Mumbai" : "Bengaluru") + " jurisdiction. E. & O.E.");
        c.right(545, 60, "Authorized Signature", 8);
        c.hline(440, 545, 72, 0.5f);
        Truth truth = Truth.invoice(number, issue, due, total, "INR", customer);
        return paid.signum() > 0 ? truth.withAmountDue(balance) : truth;
    }

    /** Splits text into lines no wider than {@code max}. */
    private static List<String> wrap(Canvas c, String text, float pt, boolean bold, float max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = line.isEmpty() ? w : line + " " + w;
            if (c.width(next, pt, bold) > max && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private static float paragraph(Canvas c, float x, float y, String text, float pt, float max, float step) {
        for (String l : wrap(c, text, pt, false, max)) {
            c.text(x, y, l, pt);
            y -= step;
        }
        return y;
    }

    // --- 5. Payment platform (Stripe Invoicing): "€x due December 1, 2026", applied balance

    private static final String[] SAAS_WORK = {"Pro plan", "Team plan - additional seats", "API usage (1,000 calls)",
        "Onboarding package", "Premium support add-on", "Storage add-on (100 GB)", "Custom integration",
        "Enterprise SSO add-on"};

    static Truth stripe(Canvas c, Random r, int round) {
        boolean usd = round == 1;
        String cur = usd ? "USD" : "EUR";
        String sym = usd ? "$" : "€";
        String seller = pick(r, new String[] {"Vermeil Labs SAS", "Boréale Cloud SAS", "Lumière Apps SAS"});
        String[] billTo = usd ? pick(r, new String[][] {
            {"Acme Analytics Inc.", "500 Boylston Street", "Boston, MA 02116", "United States"},
            {"Brookline Ventures LLC", "1 Main Street", "Cambridge, MA 02142", "United States"},
            {"Jordan Miller", "2218 Pine Street", "San Francisco, CA 94115", "United States"},
            {"Pinecrest Studios", "740 Broadway", "New York, NY 10003", "United States"}})
                : pick(r, new String[][] {
                    {"Kessler Consulting GmbH", "Leopoldstraße 45", "80802 München", "Germany"},
                    {"Studio Van Dijk B.V.", "Herengracht 182", "1016 BR Amsterdam", "Netherlands"},
                    {"Ferreira & Costa Lda", "Rua Augusta 210", "1100-053 Lisboa", "Portugal"},
                    {"Aurora Media Oy", "Mannerheimintie 12", "00100 Helsinki", "Finland"},
                    {"Sophie Laurent", "Avenue Louise 149", "1050 Bruxelles", "Belgium"}});
        String customer = billTo[0];
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {7, 14, 30}));
        String prefix = Integer.toHexString(0x10000000 + r.nextInt(0x6FFFFFFF)).toUpperCase(Locale.ROOT);
        String number = prefix + "-" + n0(4, 1 + r.nextInt(60));
        BigDecimal vat = usd ? BigDecimal.ZERO : pct("20");
        List<Item> items = items(r, SAAS_WORK, 1, 4, 20, 600, vat);
        Sums s = sums(items);
        BigDecimal applied = BigDecimal.ZERO;
        if (round == 1) {
            applied = s.gross().multiply(pct("0.25")).setScale(0, RoundingMode.DOWN).setScale(2);
        }
        BigDecimal left = s.gross().subtract(applied);
        String dueWords = d(due, "MMMM d, yyyy");

        c.bold(50, 790, "Invoice", 20);
        c.rightBold(545, 792, seller.replace(" SAS", ""), 12);
        String[][] meta = {{"Invoice number", number}, {"Date of issue", d(issue, "MMMM d, yyyy")},
            {"Date due", dueWords}};
        float y = 760;
        for (String[] m : meta) {
            c.bold(50, y, m[0], 8.5f);
            c.text(150, y, m[1], 8.5f);
            y -= 13;
        }
        y -= 16;
        c.bold(50, y, seller, 8.5f);
        lines(c, 50, y - 12, 8.5f, 12, pick(r, new String[] {"18 rue de la Pépinière", "42 rue du Faubourg "
            + "Poissonnière", "7 quai Rambaud"}), pick(r, new String[] {"75008 Paris", "75010 Paris", "69002 Lyon"}),
            "France", "billing@" + seller.toLowerCase(Locale.ROOT).transform(BlindLayouts18::slug).replace("sas", "")
            + ".io", "FR VAT FR" + digits(r, 11));
        c.bold(250, y, "Bill to", 8.5f);
        lines(c, 250, y - 12, 8.5f, 12, customer, billTo[1], billTo[2], billTo[3], "ap@"
                + slug(customer.toLowerCase(Locale.ROOT)).substring(0, 6) + ".com");
        y -= 92;
        c.bold(50, y, sym + en(left) + " due " + dueWords, 15);
        c.ink = 0x635BFF;
        c.text(50, y - 20, "Pay online", 9);
        c.ink = BLACK;
        y -= 52;
        Cols t = cols(new float[] {50, 340, 420, 470, 545}, new int[] {L, R, R, R, R},
                new float[] {260, 40, 70, 45, 70});
        c.ink = GREY;
        t.row(c, y, new String[] {"Description", "Qty", "Unit price", usd ? "" : "Tax", "Amount"}, 8, false);
        c.ink = BLACK;
        c.hline(50, 545, y - 5, 0.6f);
        c.y = y - 20;
        LocalDate from = issue;
        LocalDate to = issue.plusMonths(1).minusDays(1);
        for (Item i : items) {
            t.row(c, c.y, new String[] {i.label(), qty(i.qty(), '.'), sym + en(i.unit()), usd ? "" : "20%",
                sym + en(i.amount())}, 8.5f, false);
            grey(c, 50, c.y - 11, d(from, "MMM d") + " – " + d(to, "MMM d, yyyy"), 7.5f);
            c.down(28);
        }
        c.hline(330, 545, c.y + 12, 0.6f);
        c.down(4);
        sum(c, 330, L, 545, "Subtotal", sym + en(s.net()), 8.5f, false);
        sum(c, 330, L, 545, "Total excluding tax", sym + en(s.net()), 8.5f, false);
        if (!usd) {
            sum(c, 330, L, 545, "VAT - France (20% on " + sym + en(s.net()) + ")", sym + en(s.tax()), 8.5f, false);
        }
        sum(c, 330, L, 545, "Total", sym + en(s.gross()), 8.5f, false);
        if (applied.signum() > 0) {
            sum(c, 330, L, 545, "Applied balance", "-" + sym + en(applied), 8.5f, false);
        }
        sum(c, 330, L, 545, "Amount due", sym + en(left) + " " + cur, 8.5f, true);
        c.ink = GREY;
        c.text(50, 30, number + " · " + sym + en(left) + " due " + dueWords, 7.5f);
        c.right(545, 30, "Page 1 of 1", 7.5f);
        c.ink = BLACK;
        Truth truth = Truth.invoice(number, issue, due, s.gross(), cur, customer);
        return applied.signum() > 0 ? truth.withAmountDue(left) : truth;
    }

    // --- 6. German cloud bookkeeping (lexoffice): DIN 5008 window, info block, Zahlbar bis

    private static final String[] DE_WORK = {"Konzeption und Beratung (Std.)", "Webentwicklung Relaunch",
        "Wartungsvertrag Server, Monat", "Lizenz Projektmanagement-Software", "Schulung Mitarbeiter (Tag)",
        "Anfahrtspauschale", "Fotoproduktion Katalog", "Übersetzung DE-FR (Normseite)", "Datenmigration",
        "Suchmaschinenoptimierung Paket M"};
    private static final String[] DE_CUSTOMERS = {"Hansen Logistik GmbH", "Bäckerei Schröder", "Praxis Dr. med. "
        + "Anna Weber", "Kaufmann & Söhne KG", "Müller Elektrotechnik GmbH", "Stadtwerke Lindau GmbH"};

    static Truth lexoffice(Canvas c, Random r, int round) {
        boolean dated = round == 0;
        String seller = pick(r, new String[] {"Vermeil Deutschland GmbH", "Boréale Digital GmbH",
            "Lumière Medien GmbH"});
        String street = pick(r, new String[] {"Speicherstraße 12", "Torstraße 140", "Maximilianstraße 8"});
        String city = pick(r, new String[] {"20457 Hamburg", "10119 Berlin", "80539 München"});
        String customer = pick(r, DE_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String number = "RE" + (1000 + r.nextInt(4000));
        List<Item> items = items(r, DE_WORK, 2, 6, 50, 1500, pct("19"));
        Sums s = sums(items);

        c.rightBold(545, 795, seller.replace(" GmbH", ""), 16);
        c.text(57, 712, seller + " · " + street + " · " + city, 6.5f);
        c.hline(57, 300, 708, 0.3f);
        lines(c, 57, 690, 9.5f, 13, customer, pick(r, new String[] {"z. Hd. Buchhaltung", "Einkauf"}),
                pick(r, new String[] {"Am Sandtorkai 4", "Lindenallee 22", "Hauptstraße 7"}),
                pick(r, new String[] {"20457 Hamburg", "88131 Lindau", "50667 Köln"}));
        String[][] info = {{"Rechnungsnr.", number}, {"Rechnungsdatum", d(issue, "dd.MM.yyyy")},
            {"Lieferdatum", d(issue.minusDays(1 + r.nextInt(10)), "dd.MM.yyyy")},
            {"Kundennr.", String.valueOf(10000 + r.nextInt(900))}, {"Ihr Ansprechpartner", pick(r, new String[] {
                "Jonas Becker", "Lea Hoffmann", "Marc Lefèvre"})}};
        float y = 712;
        for (String[] i : info) {
            c.text(360, y, i[0], 8.5f);
            c.right(545, y, i[1], 8.5f);
            y -= 12;
        }
        c.bold(57, 570, "Rechnung Nr. " + number, 14);
        y = lines(c, 57, 545, 9.5f, 13, "Sehr geehrte Damen und Herren,",
                "vielen Dank für Ihren Auftrag und das damit verbundene Vertrauen!",
                "Hiermit stelle ich Ihnen die folgenden Leistungen in Rechnung:");
        y -= 8;
        Cols t = cols(new float[] {57, 85, 330, 338, 455, 545}, new int[] {L, L, R, L, R, R},
                new float[] {25, 210, 40, 40, 70, 80});
        t.row(c, y, new String[] {"Pos.", "Beschreibung", "Menge", "Einheit", "Einzelpreis", "Gesamtpreis"}, 8.5f,
                true);
        c.hline(57, 545, y - 5, 0.6f);
        c.y = y - 19;
        int p = 1;
        for (Item i : items) {
            t.row(c, c.y, new String[] {String.valueOf(p++), i.label(), qty(i.qty(), ','),
                i.label().contains("Std") ? "Std." : "Stk.", de(i.unit()) + " €", de(i.amount()) + " €"}, 8.5f,
                    false);
            c.down(15);
        }
        c.hline(57, 545, c.y + 8, 0.6f);
        c.down(6);
        sum(c, 360, L, 545, "Gesamtbetrag netto", de(s.net()) + " €", 9, false);
        sum(c, 360, L, 545, "zzgl. Umsatzsteuer 19 %", de(s.tax()) + " €", 9, false);
        c.hline(360, 545, c.y + 10, 0.6f);
        c.down(2);
        sum(c, 360, L, 545, "Gesamtbetrag", de(s.gross()) + " €", 10, true);
        c.down(14);
        c.y = lines(c, 57, c.y, 9, 13, dated ? "Zahlungsbedingungen: Zahlbar bis " + d(due, "dd.MM.yyyy")
                + " ohne Abzug." : "Zahlungsbedingungen: Zahlbar innerhalb von " + days
                + " Tagen ab Rechnungsdatum ohne Abzug.", "Leistungszeitraum entspricht dem Lieferdatum.");
        c.down(8);
        c.y = lines(c, 57, c.y, 9, 13, "Mit freundlichen Grüßen", info[4][1]);
        c.hline(57, 545, 78, 0.3f);
        c.ink = GREY;
        lines(c, 57, 66, 6.5f, 9, seller, street, city);
        lines(c, 185, 66, 6.5f, 9, "Tel. +49 " + digits(r, 3) + " " + digits(r, 7), "buchhaltung@"
                + seller.toLowerCase(Locale.ROOT).transform(BlindLayouts18::slug).replace("gmbh", "") + ".de");
        lines(c, 320, 66, 6.5f, 9, "Commerzbank", "IBAN DE" + n0(2, r.nextInt(100)) + " " + grouped4(digits(r, 18)),
                "BIC COBADEFFXXX");
        lines(c, 460, 66, 6.5f, 9, "Amtsgericht Hamburg", "HRB " + digits(r, 6), "USt-IdNr. DE" + digits(r, 9));
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 7. German online accounting (sevDesk): grey meta strip, Leistungszeitraum, 7 %/19 %, 2 pages in odd rounds

    private static final String[] SEV_WORK = {"Catering Buffet (pro Person)", "Getränkepauschale (pro Person)",
        "Servicepersonal (Std.)", "Geschirrverleih", "Lieferung und Aufbau", "Fachbuch Projektmanagement",
        "Workshop Moderation (Std.)", "Raummiete Seminarraum", "Teilnehmerunterlagen", "Dekoration Tischblumen",
        "Fahrtkosten", "Reinigung nach Veranstaltung", "Technikpaket Beamer", "Kaffeepause vormittags",
        "Mittagessen 3 Gänge", "Softdrinks Kiste", "Namensschilder", "Garderobenservice", "Fotograf (Std.)",
        "Nachbereitung Protokoll"};

    static Truth sevdesk(Canvas c, Random r, int round) {
        boolean twoPages = round == 1;
        String seller = pick(r, new String[] {"Maison Vermeil Events GmbH", "Boréale Seminare GmbH",
            "Lumière Catering UG (haftungsbeschränkt)"});
        String customer = pick(r, DE_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate periodEnd = issue.minusDays(r.nextInt(5));
        LocalDate periodStart = periodEnd.withDayOfMonth(1).isBefore(periodEnd) ? periodEnd.withDayOfMonth(1)
                : periodEnd.minusDays(6);
        LocalDate due = issue.plusDays(14);
        String number = "RE-" + (1000 + r.nextInt(3000));
        List<Item> items = items(r, SEV_WORK, twoPages ? 15 : 4, twoPages ? 19 : 7, 8, 450, pct("7"), pct("19"));
        Sums s = sums(items);

        c.rightBold(545, 790, seller, 11);
        greyRight(c, 545, 776, "Event- & Seminarservice", 8);
        c.text(57, 712, seller + " - Kastanienallee 3 - 10435 Berlin", 6.5f);
        c.hline(57, 320, 708, 0.3f);
        lines(c, 57, 690, 9.5f, 13, customer, pick(r, new String[] {"Industriestraße 15", "Marktplatz 2",
            "Bahnhofstraße 41"}), pick(r, new String[] {"04109 Leipzig", "01067 Dresden", "99084 Erfurt"}));
        c.fill(57, 596, 488, 34, 0.92f);
        Cols m = cols(new float[] {63, 180, 270, 370}, new int[] {L, L, L, L}, new float[] {110, 85, 95, 170});
        c.ink = GREY;
        m.row(c, 618, new String[] {"Rechnungs-Nr.", "Kunden-Nr.", "Datum", "Leistungszeitraum"}, 7.5f, false);
        c.ink = BLACK;
        m.row(c, 604, new String[] {number, "K-" + (1000 + r.nextInt(900)), d(issue, "dd.MM.yyyy"),
            d(periodStart, "dd.MM.yyyy") + " - " + d(periodEnd, "dd.MM.yyyy")}, 9, true);
        c.bold(57, 565, "Rechnung", 15);
        float y = paragraph(c, 57, 540, "Sehr geehrte Damen und Herren, vielen Dank für Ihren Auftrag. Wir "
                + "berechnen Ihnen folgende Leistungen:", 9, 488, 12);
        Cols t = cols(new float[] {57, 82, 335, 380, 450, 485, 545}, new int[] {L, L, R, L, R, R, R},
                new float[] {22, 245, 40, 40, 65, 30, 75});
        String[] heads = {"Pos.", "Beschreibung", "Menge", "Einheit", "Preis", "USt.", "Betrag"};
        y -= 8;
        t.row(c, y, heads, 8, true);
        c.hline(57, 545, y - 5, 0.6f);
        c.y = y - 19;
        int p = 1;
        BigDecimal carried = BigDecimal.ZERO;
        int firstPage = twoPages ? 10 + r.nextInt(3) : items.size();
        for (Item i : items) {
            if (p == firstPage + 1) {
                c.hline(57, 545, c.y + 8, 0.6f);
                c.down(4);
                sum(c, 320, L, 545, "Übertrag", de(carried) + " €", 9, true);
                c.ink = GREY;
                c.text(57, 40, "Seite 1 von 2", 7);
                c.right(545, 40, "Fortsetzung auf Seite 2", 7);
                c.ink = BLACK;
                c.newPage();
                c.bold(57, 790, "Rechnung " + number + " vom " + d(issue, "dd.MM.yyyy"), 10);
                c.right(545, 790, "Seite 2 von 2", 8);
                c.y = 760;
                sum(c, 320, L, 545, "Übertrag von Seite 1", de(carried) + " €", 9, false);
                c.down(6);
                t.row(c, c.y, heads, 8, true);
                c.hline(57, 545, c.y - 5, 0.6f);
                c.down(19);
            }
            String unit = i.label().contains("Person") ? "Pers." : i.label().contains("Std") ? "Std." : "Stk.";
            t.row(c, c.y, new String[] {String.valueOf(p++), i.label(), qty(i.qty(), ','), unit, de(i.unit()),
                rate(i.rate(), ',') + " %", de(i.amount()) + " €"}, 8.5f, false);
            carried = carried.add(i.amount());
            c.down(15);
        }
        c.hline(57, 545, c.y + 8, 0.6f);
        c.down(6);
        sum(c, 320, L, 545, "Summe netto", de(s.net()) + " €", 9, false);
        for (var e : s.taxByRate().entrySet()) {
            sum(c, 320, L, 545, "Umsatzsteuer " + rate(e.getKey(), ',') + " %", de(e.getValue()) + " €", 9, false);
        }
        c.hline(320, 545, c.y + 10, 0.6f);
        c.down(2);
        sum(c, 320, L, 545, "Gesamtbetrag brutto", de(s.gross()) + " €", 10, true);
        c.down(12);
        c.y = paragraph(c, 57, c.y, "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer "
                + "innerhalb von 14 Tagen auf das unten angegebene Konto.", 9, 488, 12);
        c.y = lines(c, 57, c.y - 6, 9, 12, "Mit freundlichen Grüßen", seller);
        c.hline(57, 545, 72, 0.3f);
        c.ink = GREY;
        c.text(57, 60, seller + " · Kastanienallee 3 · 10435 Berlin · Geschäftsführung: Claire Dubois", 6.5f);
        c.text(57, 51, "Berliner Sparkasse · IBAN DE" + n0(2, r.nextInt(100)) + " " + grouped4("1005" + digits(r, 14))
                + " · BIC BELADEBEXXX · USt-IdNr.: DE" + digits(r, 9) + " · HRB " + digits(r, 6) + " B", 6.5f);
        if (twoPages) {
            c.text(57, 40, "Seite 2 von 2", 7);
        }
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 8. Spanish cloud ERP (Holded): FACTURA, three meta cells, line totals incl. IVA

    private static final String[] ES_WORK = {"Consultoría estratégica (horas)", "Diseño de identidad corporativa",
        "Mantenimiento web mensual", "Campaña redes sociales", "Licencia software anual", "Formación in company",
        "Servicio de catering", "Alquiler de equipos audiovisuales", "Traducción FR-ES", "Desplazamiento"};

    static Truth holded(Canvas c, Random r, int round) {
        boolean dated = round == 0;
        String seller = pick(r, new String[] {"Vermeil Iberia S.L.", "Boréale Soluciones S.L.",
            "Lumière España S.L.U."});
        String customer = pick(r, new String[] {"Construcciones Ruiz S.A.", "Clínica Dental Sonrisas S.L.",
            "Hotel Mirador del Puerto", "Distribuciones García e Hijos S.L.", "Ayuntamiento de Alcobendas",
            "Marta Jiménez López"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 60});
        LocalDate due = issue.plusDays(days);
        String number = "F" + d(issue, "yy") + n0(4, 1 + r.nextInt(800));
        List<Item> items = round == 1 ? items(r, ES_WORK, 3, 6, 40, 1600, pct("21"), pct("10"))
                : items(r, ES_WORK, 2, 6, 40, 1600, pct("21"));
        Sums s = sums(items);

        c.bold(50, 795, seller, 12);
        lines(c, 50, 781, 8, 11, "NIF B" + digits(r, 8), pick(r, new String[] {"Calle de Serrano 41, 3º",
            "Avinguda Diagonal 512", "Calle Colón 18"}), pick(r, new String[] {"28001 Madrid", "08006 Barcelona",
            "46004 Valencia"}), "administracion@" + seller.toLowerCase(Locale.ROOT).transform(BlindLayouts18::slug)
            .replace("slu", "").replace("sl", "") + ".es");
        c.ink = 0x9CA3AF;
        c.rightBold(545, 790, "FACTURA", 24);
        c.ink = BLACK;
        float y = 700;
        String[][] meta = dated ? new String[][] {{"Nº DE FACTURA", number}, {"FECHA", d(issue, "dd/MM/yyyy")},
            {"FECHA DE VENCIMIENTO", d(due, "dd/MM/yyyy")}} : new String[][] {{"Nº DE FACTURA", number},
            {"FECHA", d(issue, "dd/MM/yyyy")}, {"Nº PEDIDO", "PED-" + digits(r, 4)}};
        for (int i = 0; i < meta.length; i++) {
            grey(c, 50 + i * 110, y, meta[i][0], 7);
            c.bold(50 + i * 110, y - 13, meta[i][1], 9.5f);
        }
        grey(c, 380, y, "CLIENTE", 7);
        c.fit(380, y - 13, customer, 9.5f, 165, true, L);
        lines(c, 380, y - 26, 8, 11, "CIF " + pick(r, new String[] {"A", "B", "P"}) + digits(r, 8), pick(r,
            new String[] {"Paseo de la Castellana 95", "Calle Mayor 3", "Avenida de Andalucía 120"}),
            pick(r, new String[] {"28046 Madrid", "41005 Sevilla", "29004 Málaga"}), "España");
        c.y = 610;
        c.fill(50, c.y - 6, 495, 18, 0.95f);
        Cols t = cols(new float[] {54, 285, 345, 415, 460, 541}, new int[] {L, R, R, R, R, R},
                new float[] {180, 65, 50, 65, 35, 75});
        t.row(c, c.y, new String[] {"CONCEPTO", "PRECIO", "UNIDADES", "SUBTOTAL", "IVA", "TOTAL"}, 7.5f, true);
        c.down(22);
        for (Item i : items) {
            BigDecimal line = i.amount().add(share(i.amount(), i.rate()));
            t.row(c, c.y, new String[] {i.label(), de(i.unit()) + " €", qty(i.qty(), ','), de(i.amount()) + " €",
                rate(i.rate(), ',') + "%", de(line) + " €"}, 8.5f, false);
            c.pen = LIGHT;
            c.hline(50, 545, c.y - 6, 0.4f);
            c.pen = BLACK;
            c.down(19);
        }
        c.down(10);
        sum(c, 380, L, 545, "BASE IMPONIBLE", de(s.net()) + " €", 9, false);
        for (var e : s.taxByRate().entrySet()) {
            sum(c, 380, L, 545, "IVA " + rate(e.getKey(), ',') + " %", de(e.getValue()) + " €", 9, false);
        }
        c.down(4);
        c.bold(380, c.y, "TOTAL", 12);
        c.rightBold(545, c.y, de(s.gross()) + " €", 14);
        c.down(40);
        grey(c, 50, c.y, "FORMA DE PAGO", 7);
        c.text(50, c.y - 13, dated ? "Transferencia bancaria" : "Transferencia bancaria a " + days
                + " días fecha factura", 9);
        c.text(50, c.y - 26, "IBAN ES" + n0(2, r.nextInt(100)) + " " + grouped4("2100" + digits(r, 16)), 9);
        grey(c, 50, c.y - 48, "NOTAS", 7);
        c.text(50, c.y - 61, "Gracias por su confianza.", 9);
        c.ink = GREY;
        c.text(50, 40, "Inscrita en el Registro Mercantil de Madrid, Tomo " + digits(r, 5) + ", Folio " + digits(r, 3)
                + ", Hoja M-" + digits(r, 6) + ".", 6.5f);
        c.right(545, 40, "Página 1/1", 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 9. Italian cloud invoicing (Fatture in Cloud): rivalsa INPS, ritenuta d'acconto, Scadenze table

    private static final String[] IT_WORK = {"Consulenza fiscale mese corrente", "Progettazione grafica catalogo",
        "Sviluppo sito web e-commerce", "Assistenza tecnica on-site", "Traduzione tecnica FR-IT",
        "Formazione personale (giornata)", "Servizio fotografico prodotti", "Gestione social media",
        "Revisione contratti commerciali"};

    static Truth fattureInCloud(Canvas c, Random r, int round) {
        boolean professional = round == 0;
        String seller = professional ? pick(r, new String[] {"Studio Rossi - Dott. Marco Rossi",
            "Arch. Giulia Bianchi", "Avv. Luca Ferraro"}) : pick(r, new String[] {"Vermeil Italia S.r.l.",
            "Boréale Servizi S.r.l.", "Lumière Milano S.r.l."});
        String customer = pick(r, new String[] {"Ferramenta Colombo S.n.c.", "Trattoria da Enzo S.r.l.",
            "Galli Costruzioni S.p.A.", "Farmacia Moretti", "Maison Vermeil Italia S.r.l."});
        LocalDate issue = day(r);
        LocalDate due = professional ? issue.plusDays(30) : endOfMonth(endOfMonth(issue).plusDays(1));
        String number = (1 + r.nextInt(250)) + (professional ? "" : "/A");
        List<Item> items = items(r, IT_WORK, 1, 5, 120, 1800, pct("22"));
        BigDecimal base = net(items);
        BigDecimal rivalsa = professional ? share(base, pct("4")) : BigDecimal.ZERO;
        BigDecimal iva = share(base.add(rivalsa), pct("22"));
        BigDecimal total = base.add(rivalsa).add(iva);
        BigDecimal ritenuta = professional ? share(base, pct("20")) : BigDecimal.ZERO;
        BigDecimal toPay = total.subtract(ritenuta);

        c.bold(50, 795, seller, 12);
        lines(c, 50, 781, 8, 11, pick(r, new String[] {"Via Solferino 27", "Corso Vittorio Emanuele II 104",
            "Via dei Mille 6"}), pick(r, new String[] {"20121 Milano (MI)", "10121 Torino (TO)", "40126 Bologna (BO)"}),
            "P.IVA " + digits(r, 11), professional ? "C.F. " + seller.replaceAll("[^A-Z]", "").substring(0, 3) + "XRC" + digits(r, 2) + "A" + digits(r, 2) + "F205X"
            : "C.F. " + digits(r, 11), "PEC: amministrazione@pec.example.it");
        c.box(320, 690, 225, 90, 0.6f);
        grey(c, 330, 766, "Spett.le", 7.5f);
        c.bold(330, 753, customer, 9);
        lines(c, 330, 740, 8, 11, pick(r, new String[] {"Via Roma 15", "Piazza Garibaldi 2", "Viale Europa 88"}),
                pick(r, new String[] {"37121 Verona (VR)", "50123 Firenze (FI)", "00184 Roma (RM)"}),
                "P.IVA IT" + digits(r, 11), "Cod. destinatario: " + pick(r, new String[] {"M5UXCR1", "KRRH6B9",
                    "T04ZHR3", "0000000"}));
        c.fill(50, 640, 495, 30, 0.93f);
        c.bold(58, 650, "Fattura n. " + number, 12);
        grey(c, 260, 660, "Data", 7.5f);
        c.text(260, 648, d(issue, "dd/MM/yyyy"), 9);
        grey(c, 360, 660, "Rif. ordine", 7.5f);
        c.text(360, 648, "Ord. " + digits(r, 3) + " del " + d(issue.minusDays(10 + r.nextInt(30)), "dd/MM/yyyy"), 9);
        Cols t = cols(new float[] {50, 95, 330, 400, 440, 545}, new int[] {L, L, R, R, R, R},
                new float[] {42, 225, 40, 65, 35, 80});
        c.y = 612;
        t.row(c, c.y, new String[] {"Cod.", "Descrizione", "Qtà", "Prezzo", "IVA", "Importo"}, 8, true);
        c.hline(50, 545, c.y - 5, 0.8f);
        c.down(19);
        for (Item i : items) {
            t.row(c, c.y, new String[] {"A" + digits(r, 3), i.label(), qty(i.qty(), ','), de(i.unit()), "22%",
                de(i.amount())}, 8.5f, false);
            c.down(15);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        float top = c.y;
        sum(c, 330, L, 545, "Imponibile", "€ " + de(base), 9, false);
        if (professional) {
            sum(c, 330, L, 545, "Rivalsa INPS 4%", "€ " + de(rivalsa), 9, false);
        }
        sum(c, 330, L, 545, "IVA 22% su € " + de(base.add(rivalsa)), "€ " + de(iva), 9, false);
        c.hline(360, 545, c.y + 10, 0.6f);
        sum(c, 330, L, 545, "Totale documento", "€ " + de(total), 10, true);
        if (professional) {
            sum(c, 330, L, 545, "Ritenuta d'acconto (20%)", "-€ " + de(ritenuta), 8.5f, false);
            c.hline(360, 545, c.y + 10, 0.6f);
            sum(c, 330, L, 545, "Netto a pagare", "€ " + de(toPay), 10, true);
        }
        float ly = top;
        c.bold(50, ly, "Scadenze", 9);
        Cols sc = cols(new float[] {50, 160, 170, 235}, new int[] {L, R, L, L}, new float[] {60, 60, 60, 60});
        c.ink = GREY;
        sc.row(c, ly - 14, new String[] {"Data", "Importo", "Metodo", "Stato"}, 7.5f, false);
        c.ink = BLACK;
        sc.row(c, ly - 27, new String[] {d(due, "dd/MM/yyyy"), "€ " + de(toPay), "Bonifico", "Non saldata"}, 8.5f,
                false);
        c.text(50, ly - 45, professional ? "Pagamento: bonifico a 30 gg data fattura" : "Pagamento: bonifico 30 gg "
                + "d.f.f.m.", 8);
        c.text(50, ly - 57, "IBAN IT" + n0(2, r.nextInt(100)) + " X" + grouped4("05428" + digits(r, 17)), 8);
        c.y = Math.min(c.y, ly - 70) - 20;
        if (professional) {
            c.y = paragraph(c, 50, c.y, "Operazione soggetta a ritenuta d'acconto ai sensi dell'art. 25 D.P.R. "
                    + "600/1973. Rivalsa INPS ai sensi dell'art. 1 c. 212 L. 662/96.", 7.5f, 495, 10);
        }
        c.ink = GREY;
        paragraph(c, 50, 55, "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72. L'originale è "
                + "disponibile all'indirizzo PEC o nell'area riservata dell'Agenzia delle Entrate.", 6.5f, 495, 9);
        c.ink = BLACK;
        Truth truth = Truth.invoice(number, issue, due, total, "EUR", customer);
        // A ritenuta d'acconto is tax the customer pays the State, never owed to the seller: the total the customer owes is
        // the "Netto a pagare" (the convention of blind9 and of the reader since stop 22), unlike a retenue de garantie.
        return professional ? Truth.invoice(number, issue, due, toPay, "EUR", customer) : truth;
    }

    // --- 10. Dutch online bookkeeping (Moneybird): quantity first, Vervaldatum, request sentence

    private static final String[] NL_WORK = {"Advieswerkzaamheden (uur)", "Ontwerp huisstijl", "Hosting "
        + "jaarabonnement", "Fotografie productshoot", "Onderhoud website", "Vertaling FR-NL (per woord)",
        "Training online marketing", "Inrichting webshop", "Reiskosten (km)"};

    static Truth moneybird(Canvas c, Random r, int round) {
        boolean longDates = round == 1;
        String seller = pick(r, new String[] {"Vermeil Nederland B.V.", "Boréale Studio B.V.", "Lumière Media"});
        String customer = pick(r, new String[] {"Bakkerij De Vries", "Jansen Installatietechniek B.V.",
            "Tandartspraktijk Smit", "Van Leeuwen Advocaten", "Stichting Groen Utrecht", "Pieter Bakker"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String number = "2026-" + n0(4, 1 + r.nextInt(600));
        List<Item> items = items(r, NL_WORK, 2, 5, 40, 1200, pct("21"), pct("21"), pct("9"));
        Sums s = sums(items);
        Locale nl = Locale.forLanguageTag("nl-NL");
        Function<LocalDate, String> date = x -> longDates ? d(x, "d MMMM yyyy", nl) : d(x, "dd-MM-yyyy");

        c.ink = 0x1E88E5;
        c.rightBold(545, 795, seller, 13);
        c.ink = BLACK;
        String kvk = digits(r, 8);
        float ry = 778;
        for (String l : new String[] {pick(r, new String[] {"Keizersgracht 221", "Oudegracht 88",
            "Witte de Withstraat 12"}), pick(r, new String[] {"1016 DV Amsterdam", "3511 AV Utrecht",
            "3012 BL Rotterdam"}), "KvK " + kvk, "Btw NL" + digits(r, 9) + "B01", "IBAN NL" + n0(2, r.nextInt(100))
            + " RABO " + grouped4(digits(r, 10))}) {
            greyRight(c, 545, ry, l, 8);
            ry -= 11;
        }
        lines(c, 50, 700, 9.5f, 13, customer, "T.a.v. de administratie", pick(r, new String[] {"Dorpsstraat 14",
            "Stationsweg 3", "Marktplein 27"}), pick(r, new String[] {"5611 AB Eindhoven", "9711 LV Groningen",
            "2511 CV Den Haag"}));
        c.bold(50, 610, "Factuur", 18);
        String[][] meta = {{"Factuurnummer", number}, {"Factuurdatum", date.apply(issue)},
            {"Vervaldatum", date.apply(due)}, {"Referentie", "Opdracht " + digits(r, 4)}};
        float y = 585;
        for (String[] m : meta) {
            grey(c, 50, y, m[0], 9);
            c.text(160, y, m[1], 9);
            y -= 13;
        }
        y -= 16;
        Cols t = cols(new float[] {50, 95, 420, 465, 545}, new int[] {L, L, R, R, R},
                new float[] {40, 270, 70, 35, 75});
        c.ink = GREY;
        t.row(c, y, new String[] {"Aantal", "Omschrijving", "Prijs", "Btw", "Bedrag"}, 8.5f, false);
        c.ink = BLACK;
        c.pen = LIGHT;
        c.hline(50, 545, y - 6, 0.6f);
        c.y = y - 21;
        for (Item i : items) {
            t.row(c, c.y, new String[] {qty(i.qty(), ','), i.label(), "€ " + de(i.unit()), rate(i.rate(), ',') + "%",
                "€ " + de(i.amount())}, 9, false);
            c.hline(50, 545, c.y - 6, 0.4f);
            c.down(19);
        }
        c.pen = BLACK;
        c.down(6);
        sum(c, 330, L, 545, "Subtotaal", "€ " + de(s.net()), 9, false);
        Map<BigDecimal, BigDecimal> bases = new LinkedHashMap<>();
        for (Item i : items) {
            bases.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        for (var e : s.taxByRate().entrySet()) {
            sum(c, 330, L, 545, rate(e.getKey(), ',') + "% btw over € " + de(bases.get(e.getKey())),
                    "€ " + de(e.getValue()), 9, false);
        }
        c.hline(330, 545, c.y + 10, 0.8f);
        c.down(2);
        sum(c, 330, L, 545, "Totaal", "€ " + de(s.gross()), 10.5f, true);
        c.down(24);
        paragraph(c, 50, c.y, "We verzoeken u vriendelijk het bovenstaande bedrag van € " + de(s.gross()) + " voor "
                + date.apply(due) + " te voldoen op onze bankrekening onder vermelding van het factuurnummer " + number
                + ". Voor vragen kunt u contact opnemen per e-mail.", 9, 495, 13);
        c.ink = GREY;
        c.center(c.width() / 2, 35, seller + " · KvK " + kvk + " · Pagina 1 van 1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 11. Belgian CRM (Teamleader), in Dutch: dark band, meta cells, Te betalen, structured communication

    private static final String[] BE_WORK = {"Implementatie CRM (uur)", "Projectbegeleiding", "Licentie 12 maanden",
        "Opleiding gebruikers (halve dag)", "Ontwikkeling koppeling boekhouding", "Verplaatsingskosten",
        "Support pakket Gold", "Migratie klantgegevens"};

    static Truth teamleader(Canvas c, Random r, int round) {
        boolean deposit = round == 1;
        boolean endOfMonth = round == 1 || r.nextBoolean();
        String seller = pick(r, new String[] {"Vermeil Belgium BV", "Boréale Solutions NV", "Lumière Vlaanderen BV"});
        String customer = pick(r, new String[] {"Bouwbedrijf Peeters NV", "Brouwerij De Klok BV",
            "Dierenartsenpraktijk Maes", "Janssens & Co BV", "Gemeente Zwijnaarde", "Lotte Claes"});
        LocalDate issue = day(r);
        LocalDate due = endOfMonth ? endOfMonth(issue.plusDays(30)) : issue.plusDays(30);
        String number = "2026 / " + (100 + r.nextInt(700));
        List<Item> items = items(r, BE_WORK, 2, 6, 60, 1300, pct("21"));
        Sums s = sums(items);
        BigDecimal advance = deposit ? s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN).setScale(2)
                : BigDecimal.ZERO;
        BigDecimal left = s.gross().subtract(advance);
        long base = 1_000_000_000L + (long) (r.nextDouble() * 8_999_999_999L);
        long check = base % 97 == 0 ? 97 : base % 97;
        String ten = String.valueOf(base);
        String ogm = "+++" + ten.substring(0, 3) + "/" + ten.substring(3, 7) + "/" + ten.substring(7) + n0(2,
                (int) check) + "+++";

        c.fillRgb(0, 770, c.width(), 72, 0x1F2A44);
        c.ink = WHITE;
        c.bold(50, 805, seller, 14);
        c.text(50, 788, "Software & advies", 8.5f);
        c.rightBold(545, 800, "FACTUUR", 20);
        c.ink = BLACK;
        String iban = "BE" + n0(2, r.nextInt(100)) + " " + grouped4(digits(r, 12));
        String btw = "BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3);
        lines(c, 50, 745, 8, 11, pick(r, new String[] {"Kortrijksesteenweg 1080", "Meir 24", "Grote Markt 9"}),
                pick(r, new String[] {"9051 Gent", "2000 Antwerpen", "3000 Leuven"}), "BTW " + btw, "RPR Gent",
                "IBAN " + iban + " · BIC GEBABEBB");
        c.box(320, 672, 225, 82, 0.5f);
        c.bold(330, 738, customer, 9.5f);
        String customerVat = "BTW BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3);
        lines(c, 330, 724, 8.5f, 12, pick(r, new String[] {"Nijverheidsstraat 12", "Kerkplein 5",
            "Brugsesteenweg 240"}), pick(r, new String[] {"8500 Kortrijk", "3500 Hasselt", "9000 Gent"}), "België",
                customer.equals("Lotte Claes") ? "" : customerVat);
        String[][] meta = {{"Factuurnummer", number}, {"Factuurdatum", d(issue, "dd/MM/yyyy")},
            endOfMonth ? new String[] {"Betalingstermijn", "30 dagen einde maand"}
                : new String[] {"Vervaldatum", d(due, "dd/MM/yyyy")}, {"Klantnummer", "KL" + digits(r, 4)}};
        for (int i = 0; i < meta.length; i++) {
            float x = 50 + i * 124;
            c.fill(x, 618, 118, 30, 0.94f);
            grey(c, x + 6, 638, meta[i][0], 7.5f);
            c.fit(x + 6, 624, meta[i][1], 9, 108, true, L);
        }
        Cols t = cols(new float[] {50, 330, 410, 455, 545}, new int[] {L, R, R, R, R},
                new float[] {250, 45, 70, 35, 80});
        c.y = 590;
        t.row(c, c.y, new String[] {"Omschrijving", "Aantal", "Eenheidsprijs", "Btw", "Totaal excl."}, 8, true);
        c.hline(50, 545, c.y - 5, 0.8f);
        c.down(19);
        for (Item i : items) {
            t.row(c, c.y, new String[] {i.label(), qty(i.qty(), ','), "€ " + de(i.unit()), "21%",
                "€ " + de(i.amount())}, 8.5f, false);
            c.down(15);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        sum(c, 340, L, 545, "Totaal excl. btw", "€ " + de(s.net()), 9, false);
        sum(c, 340, L, 545, "Btw 21% over € " + de(s.net()), "€ " + de(s.tax()), 9, false);
        sum(c, 340, L, 545, "Totaal incl. btw", "€ " + de(s.gross()), 9, deposit);
        if (deposit) {
            sum(c, 340, L, 545, "Reeds betaald (voorschot)", "- € " + de(advance), 9, false);
        }
        c.fillRgb(335, c.y - 6, 210, 20, 0xE8ECF4);
        sum(c, 340, L, 541, "Te betalen", "€ " + de(left), 10.5f, true);
        c.down(24);
        c.y = paragraph(c, 50, c.y, "Gelieve het bedrag van € " + de(left) + " over te schrijven op rekening " + iban
                + " met vermelding van de gestructureerde mededeling " + ogm + ".", 9, 495, 12);
        c.y = paragraph(c, 50, c.y - 4, endOfMonth ? "Betaling binnen 30 dagen einde maand na factuurdatum."
                : "Betaling binnen 30 dagen na factuurdatum.", 9, 495, 12);
        c.ink = GREY;
        paragraph(c, 50, 50, "Op al onze facturen zijn onze algemene voorwaarden van toepassing. Bij laattijdige "
                + "betaling is van rechtswege een verwijlintrest van 10% verschuldigd.", 6.5f, 495, 9);
        c.right(545, 28, "Pagina 1/1", 6.5f);
        c.ink = BLACK;
        Truth truth = Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
        return deposit ? truth.withAmountDue(left) : truth;
    }

    // --- 12. Swiss SME software (Bexio): window right, Zahlbar innert N Tagen, QR-bill payment part

    private static final String[] CH_WORK = {"Beratung Informatik (Std.)", "Installation Netzwerk",
        "Wartungspauschale Quartal", "Lizenz Office 365 (Jahr)", "Hardware: Notebook 14\"", "Anfahrt Region Zürich",
        "Schulung Anwender (halber Tag)", "Datensicherung einrichten", "Webhosting Jahresabo"};

    static Truth bexio(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"Vermeil Suisse AG", "Boréale Informatik GmbH",
            "Lumière Consulting AG"});
        String sellerStreet = pick(r, new String[] {"Bahnhofstrasse 21", "Seefeldstrasse 104", "Aeschenvorstadt 4"});
        String sellerCity = pick(r, new String[] {"8001 Zürich", "8008 Zürich", "4051 Basel"});
        String customer = pick(r, new String[] {"Schreinerei Keller AG", "Zahnarztpraxis Dr. Meier",
            "Gasthof Rössli GmbH", "Brunner Treuhand AG", "Huber & Partner Architekten"});
        String custStreet = pick(r, new String[] {"Dorfstrasse 8", "Hauptgasse 33", "Industriestrasse 12"});
        String custCity = pick(r, new String[] {"6300 Zug", "3011 Bern", "9000 St. Gallen", "5400 Baden"});
        LocalDate issue = day(r);
        int days = round == 0 ? 30 : pick(r, new Integer[] {10, 20});
        LocalDate due = issue.plusDays(days);
        String number = "RE-" + n0(5, 100 + r.nextInt(2000));
        List<Item> items = items(r, CH_WORK, 2, 5, 80, 1400, pct("8.1"));
        Sums s = sums(items);
        BigDecimal rounded = s.gross().multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(20), 2, RoundingMode.HALF_UP);
        BigDecimal diff = rounded.subtract(s.gross());

        c.bold(50, 795, seller, 12);
        lines(c, 50, 781, 8, 11, sellerStreet, sellerCity, "Tel. +41 44 " + digits(r, 3) + " " + n0(2, r.nextInt(100))
                + " " + n0(2, r.nextInt(100)), "MWST-Nr. CHE-" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3)
                + " MWST");
        c.text(330, 712, seller + ", " + sellerStreet + ", " + sellerCity, 6);
        lines(c, 330, 697, 9.5f, 13, customer, "Buchhaltung", custStreet, custCity);
        c.bold(50, 620, "Rechnung " + number, 14);
        String[][] meta = {{"Datum", d(issue, "dd.MM.yyyy")}, {"Kunden-Nr.", String.valueOf(1000 + r.nextInt(900))},
            {"Kontaktperson", pick(r, new String[] {"Sandra Frei", "Thomas Gerber", "Julien Favre"})},
            {"Projekt", pick(r, new String[] {"IT-Betreuung 2026", "Netzwerk Neubau", "Umstellung Cloud"})}};
        float y = 600;
        for (String[] m : meta) {
            c.text(50, y, m[0], 8.5f);
            c.text(140, y, m[1], 8.5f);
            y -= 12;
        }
        y -= 10;
        Cols t = cols(new float[] {50, 75, 300, 308, 405, 450, 545}, new int[] {L, L, R, L, R, R, R},
                new float[] {22, 215, 40, 40, 75, 40, 80});
        t.row(c, y, new String[] {"Pos.", "Beschreibung", "Menge", "Einheit", "Preis", "MWST", "Total"}, 8, true);
        c.hline(50, 545, y - 5, 0.6f);
        c.y = y - 18;
        int p = 1;
        for (Item i : items) {
            t.row(c, c.y, new String[] {String.valueOf(p++), i.label(), qty(i.qty(), '.'),
                i.label().contains("Std") ? "Std." : "Stk.", ch(i.unit()), "8.1%", ch(i.amount())}, 8.5f, false);
            c.down(14);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(6);
        sum(c, 315, L, 545, "Total exkl. MWST", "CHF " + ch(s.net()), 8.5f, false);
        sum(c, 315, L, 545, "MWST 8.1% auf CHF " + ch(s.net()), "CHF " + ch(s.tax()), 8.5f, false);
        if (diff.signum() != 0) {
            sum(c, 315, L, 545, "Rundungsdifferenz", "CHF " + ch(diff), 8.5f, false);
        }
        c.hline(315, 545, c.y + 10, 0.6f);
        sum(c, 315, L, 545, "Total inkl. MWST", "CHF " + ch(rounded), 10, true);
        c.down(6);
        c.text(50, c.y, "Zahlbar innert " + days + " Tagen. Besten Dank für Ihren Auftrag.", 9);

        // the QR-bill: receipt and payment part, 105 mm high
        c.dashed(0, c.width(), 297);
        c.vline(175, 0, 297, 0.5f);
        String iban = "CH" + n0(2, r.nextInt(100)) + " 3000 0" + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 4)
                + " " + r.nextInt(10);
        String ref = qrReference(r);
        String amount = BlindLayouts7.num(rounded, 2, " ", '.');
        c.bold(22, 275, "Empfangsschein", 11);
        c.bold(22, 255, "Konto / Zahlbar an", 6);
        lines(c, 22, 246, 8, 9.5f, iban, seller, sellerStreet, sellerCity);
        c.bold(22, 200, "Referenz", 6);
        c.text(22, 191, ref, 7);
        c.bold(22, 175, "Zahlbar durch", 6);
        lines(c, 22, 166, 8, 9.5f, customer, custStreet, custCity);
        c.bold(22, 110, "Währung", 6);
        c.bold(70, 110, "Betrag", 6);
        c.text(22, 100, "CHF", 8);
        c.text(70, 100, amount, 8);
        c.rightBold(165, 60, "Annahmestelle", 6);
        c.bold(190, 275, "Zahlteil", 11);
        // a QR code: a grid of dark modules and the Swiss cross
        float qx = 190;
        float qy = 125;
        float mod = 130f / 33;
        Random dots = new Random(ref.hashCode());
        for (int i = 0; i < 33; i++) {
            for (int j = 0; j < 33; j++) {
                boolean finder = (i < 7 && j < 7) || (i < 7 && j > 25) || (i > 25 && j < 7);
                boolean on = finder ? (i % 6 == 0 || j % 6 == 0 || (i % 33 > 1 && i % 33 < 5 && j % 33 > 1
                        && j % 33 < 5) || i == 26 || j == 26 || i == 32 || j == 32) : dots.nextBoolean();
                if (on) {
                    c.fillRgb(qx + j * mod, qy + (32 - i) * mod, mod, mod, BLACK);
                }
            }
        }
        c.fillRgb(qx + 55, qy + 55, 20, 20, WHITE);
        c.fillRgb(qx + 57, qy + 57, 16, 16, BLACK);
        c.fillRgb(qx + 63.5f, qy + 60, 3, 10, WHITE);
        c.fillRgb(qx + 60, qy + 63.5f, 10, 3, WHITE);
        c.bold(190, 110, "Währung", 8);
        c.bold(240, 110, "Betrag", 8);
        c.text(190, 98, "CHF", 10);
        c.text(240, 98, amount, 10);
        c.bold(340, 275, "Konto / Zahlbar an", 8);
        lines(c, 340, 264, 10, 11.5f, iban, seller, sellerStreet, sellerCity);
        c.bold(340, 208, "Referenz", 8);
        c.text(340, 197, ref, 10);
        c.bold(340, 180, "Zusätzliche Informationen", 8);
        c.text(340, 169, "Rechnung " + number, 10);
        c.bold(340, 150, "Zahlbar durch", 8);
        lines(c, 340, 139, 10, 11.5f, customer, custStreet, custCity);
        Truth truth = Truth.invoice(number, issue, due, rounded, "CHF", customer);
        return truth;
    }

    /** A 27-digit QR reference with its modulo-10 recursive check digit, grouped by five from the right. */
    private static String qrReference(Random r) {
        StringBuilder b = new StringBuilder("0000");
        for (int i = 0; i < 22; i++) {
            b.append(r.nextInt(10));
        }
        int[] table = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
        int carry = 0;
        for (int i = 0; i < b.length(); i++) {
            carry = table[(carry + b.charAt(i) - '0') % 10];
        }
        b.append((10 - carry) % 10);
        String all = b.toString();
        StringBuilder out = new StringBuilder(all.substring(0, 2));
        for (int i = 2; i < all.length(); i += 5) {
            out.append(' ').append(all, i, i + 5);
        }
        return out.toString();
    }
}
