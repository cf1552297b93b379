package org.relance.invoice.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * An eleventh blind set ({@code eval/invoices/blind11}): invoices printed by the small-business invoicing software
 * used abroad, each imitated in its own visual style without naming the product, in English, German and French: a
 * UK "TAX INVOICE" with its side column and a payment advice to tear off, a US invoice with bill-to / ship-to and
 * "BALANCE DUE" (terms "Net 15" alone in odd rounds), a freelancer's invoice with a big "Amount Due" in the header and
 * "Issued" / "Due", an invoice with "Balance Due" at the top and a "Payment Made" deducted, a Canadian one with HST 13 %
 * and "Payment Due", a German "Rechnung" with "Zahlungsziel 14 Tage" (two pages in odd rounds), a German small
 * business's invoice without VAT (§ 19 UStG), an Austrian one with a Skonto offer, a Dutch one in English, a Swiss
 * one in German with "Zahlbar innert N Tagen" and a payment part, a French one with a side panel and a payment link,
 * and a Belgian one in French with "Total TVAC" (two pages in odd rounds). Written without looking at the reader.
 * Drawn with {@link BlindLayouts10.Canvas}, which refuses overlapping text, text crossing a rule or leaving the page.
 *
 * <p>Labels: {@code total} is the invoice's total incl. tax (the net where no VAT is charged); a payment already made
 * or a deposit that the document deducts gives {@code amountDue} the rest; a due date given only as terms is the one a
 * person computes (N days from the issue date; "sofort" / "à réception" is the issue date); a Skonto date is not the
 * due date, the net due date is.
 */
public final class BlindLayouts11 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("uk-cloud-tax-invoice-side-column-payment-advice", BlindLayouts11::ukTaxInvoice);
        LAYOUTS.put("us-desktop-bill-ship-balance-due-terms-net", BlindLayouts11::usBalanceDue);
        LAYOUTS.put("us-freelance-big-amount-due-issued-due", BlindLayouts11::freelanceAmountDue);
        LAYOUTS.put("ie-suite-balance-due-top-payment-made", BlindLayouts11::balanceDuePaymentMade);
        LAYOUTS.put("ca-on-free-invoicing-hst-13-payment-due", BlindLayouts11::canadaHst);
        LAYOUTS.put("de-cloud-rechnung-zahlungsziel-14-tage-2-seiten", BlindLayouts11::germanZahlungsziel);
        LAYOUTS.put("de-kleinunternehmer-19-ustg-gesamtbetrag-netto", BlindLayouts11::germanKleinunternehmer);
        LAYOUTS.put("at-rechnung-kopfleiste-skonto-netto-faellig", BlindLayouts11::austrianSkonto);
        LAYOUTS.put("nl-en-invoice-total-incl-vat-21-9", BlindLayouts11::dutchEnglish);
        LAYOUTS.put("ch-de-fenster-rechts-innert-zahlteil", BlindLayouts11::swissWindowRight);
        LAYOUTS.put("fr-panneau-lateral-montant-total-ttc-lien", BlindLayouts11::frenchSidePanel);
        LAYOUTS.put("be-fr-crm-total-tvac-communication-2-pages", BlindLayouts11::belgianTvac);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind11Test -Drelance.generateBlind11=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind11", 2026_12_12L, 2, "blind11");
    }

    private static final int L = BlindLayouts10.L;
    private static final int R = BlindLayouts10.R;
    private static final int C = BlindLayouts10.C;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;
    private static final int LIGHT = 0xD1D5DB;

    // --- helpers

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** An issue day from early January to mid-October 2026, so that the due dates stay in 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(284));
    }

    private static BigDecimal share(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(0, RoundingMode.DOWN)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal pctOf(BigDecimal amount, BigDecimal percent) {
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

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** "1,234.56". */
    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
    }

    /** "1.234,56". */
    private static String de(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
    }

    /** "1'234.56". */
    private static String ch(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "'", '.');
    }

    /** "1 234,56" with a no-break space. */
    private static String fr(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "\u00A0", ',');
    }

    private static String qty(BigDecimal q, char decimal) {
        return q.stripTrailingZeros().toPlainString().replace('.', decimal);
    }

    private static String rate(BigDecimal rate, char decimal) {
        return rate.stripTrailingZeros().toPlainString().replace('.', decimal);
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String d(LocalDate date, String pattern) {
        return d(date, pattern, Locale.ENGLISH);
    }

    private static String dde(LocalDate date) {
        return d(date, "dd.MM.yyyy");
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
            BigDecimal q = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(11) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(Integer.parseInt(w[2]) * 100L
                    + (long) (r.nextDouble() * Integer.parseInt(w[3]) * 100L), 2);
            out.add(new Item(w[0], q, unit, new BigDecimal(w[1])));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    /** Label/value rows, labels at {@code lx} (aligned {@code la}), values at {@code vx} (aligned {@code va}). */
    private static void pairs(Canvas c, float lx, int la, float vx, int va, String[][] rows, float pt, float step,
            boolean boldLabels) {
        for (String[] row : rows) {
            c.put(lx, c.y, row[0], pt, boldLabels, la);
            c.put(vx, c.y, row[1], pt, false, va);
            c.down(step);
        }
    }

    /** Lines of a block of text from {@code top} down. */
    private static void block(Canvas c, float x, float top, String[] text, float pt, float step, boolean boldFirst) {
        for (int i = 0; i < text.length; i++) {
            c.put(x, top - i * step, text[i], i == 0 && boldFirst ? pt + 1 : pt, i == 0 && boldFirst, L);
        }
    }

    private static String mod97Ref(Random r) {
        String base = digits(r, 10);
        long check = Long.parseLong(base) % 97;
        if (check == 0) {
            check = 97;
        }
        String all = base + String.format(Locale.ROOT, "%02d", check);
        return "+++" + all.substring(0, 3) + "/" + all.substring(3, 7) + "/" + all.substring(7) + "+++";
    }

    private static String grouped(String s, int every) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % every == 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static String iban(Random r, String country, int length) {
        return grouped(country + String.format(Locale.ROOT, "%02d", 10 + r.nextInt(89)) + digits(r, length - 4), 4);
    }

    // --- data

    private static final String[][] EN_WORK = {{"Website maintenance - monthly retainer", "20", "250", "300"},
        {"Brand identity workshop", "20", "600", "500"}, {"Copywriting (per page)", "20", "90", "60"},
        {"Social media management - month", "20", "400", "350"}, {"Photography - half day", "20", "350", "200"},
        {"E-commerce plugin licence (annual)", "20", "120", "150"}, {"Consultancy (hours)", "20", "85", "40"},
        {"Hosting and SSL certificate (12 months)", "20", "140", "80"}, {"Logo redesign", "20", "450", "400"},
        {"Printed brochures A5 (box of 250)", "20", "95", "60"}, {"Newsletter template build", "20", "300", "250"}};

    // --- 1. a UK cloud accounting "TAX INVOICE"

    private static final String[][] UK_SELLERS = {
        {"Harbour Lane Creative Ltd", "Unit 4, The Old Sorting Office", "Bristol", "BS1 6QH", "0117 496 0382",
            "08412377"},
        {"Fenwick & Doyle Consulting Ltd", "21 Grey Street", "Newcastle upon Tyne", "NE1 6EE", "0191 498 0715",
            "10955843"},
        {"Thistle Print Works Ltd", "88 West Bow", "Edinburgh", "EH1 2HH", "0131 496 0249", "SC548211"},
        {"Copperbeech Digital Ltd", "3 Wellington Place", "Leeds", "LS1 4AP", "0113 496 0633", "11203984"}};
    private static final String[][] UK_CLIENTS = {{"Marlow Garden Centre Ltd", "Attention: Accounts Payable",
        "Henley Road", "Marlow", "SL7 2DX"}, {"The Crooked Billet Inn", "Attention: Sarah Pike", "14 High Street",
        "Stoke Row", "RG9 5QL"}, {"Ashdown Veterinary Group", "Attention: Finance", "2 Station Approach",
        "Crowborough", "TN6 2AJ"}, {"Pennine Cycle Hire Ltd", "Attention: Tom Ackroyd", "Mill Yard, Bridge Street",
        "Hebden Bridge", "HX7 8EX"}, {"Kettle & Crumb Bakery", "Attention: Priya Shah", "71 Gloucester Road",
        "Bristol", "BS7 8AS"}, {"Northgate Dental Practice", "Attention: Practice Manager", "9 Northgate",
        "Chester", "CH1 2HT"}};

    /**
     * A UK cloud accounting print: "TAX INVOICE" large at the top left over the customer, a narrow side column of
     * bold labels over values ("Invoice Date", "Due Date", "Invoice Number", "Reference", "VAT Number"), the seller's
     * address at the far right, a table with "Amount GBP", the totals ("TOTAL GBP", "Less Amount Paid" in odd
     * rounds, "AMOUNT DUE GBP"), the bank details, and a "PAYMENT ADVICE" to cut off at the bottom repeating the
     * customer, the number, the amount due and the due date.
     */
    static Truth ukTaxInvoice(Canvas c, Random r, int round) {
        String[] s = pick(r, UK_SELLERS);
        String[] k = pick(r, UK_CLIENTS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30}));
        String number = "INV-" + String.format(Locale.ROOT, "%04d", 200 + r.nextInt(3000));
        String reference = pick(r, new String[] {"PO ", "Job ", "Order "}) + digits(r, 5);
        String vat = "GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2);
        List<Item> items = lines(r, EN_WORK, 2, 6);
        Sums sum = sums(items);
        BigDecimal paid = round % 2 == 1 ? share(sum.gross(), pick(r, new Integer[] {25, 40, 50})) : BigDecimal.ZERO;
        BigDecimal due$ = sum.gross().subtract(paid);
        Function<LocalDate, String> date = x -> d(x, "d MMM yyyy");
        c.bold(40, 780, "TAX INVOICE", 22);
        block(c, 40, 740, new String[] {k[0], k[1], k[2], k[3], k[4], "UNITED KINGDOM"}, 9, 12, false);
        c.y = 740;
        String[][] side = {{"Invoice Date", date.apply(issue)}, {"Due Date", date.apply(due)},
            {"Invoice Number", number}, {"Reference", reference}, {"VAT Number", vat}};
        for (String[] row : side) {
            c.bold(300, c.y, row[0], 8);
            c.text(300, c.y - 11, row[1], 8.5f);
            c.down(27);
        }
        block(c, 430, 740, new String[] {s[0], s[1], s[2], s[3], "UNITED KINGDOM", "Tel " + s[4]}, 8, 11, false);
        float top = 590;
        c.bold(40, top, "Description", 8.5f);
        c.rightBold(330, top, "Quantity", 8.5f);
        c.rightBold(405, top, "Unit Price", 8.5f);
        c.rightBold(465, top, "VAT", 8.5f);
        c.rightBold(555, top, "Amount GBP", 8.5f);
        c.hline(40, 555, top - 6, 1);
        c.y = top - 22;
        for (Item i : items) {
            c.fit(40, c.y, i.label(), 8.5f, 235, false, L);
            c.right(330, c.y, qty(i.qty(), '.') + ".00", 8.5f);
            c.right(405, c.y, en(i.unit()), 8.5f);
            c.right(465, c.y, rate(i.rate(), '.') + "%", 8.5f);
            c.right(555, c.y, en(i.amount()), 8.5f);
            c.pen = LIGHT;
            c.hline(40, 555, c.y - 7, 0.5f);
            c.pen = BLACK;
            c.down(20);
        }
        c.down(2);
        c.right(470, c.y, "Subtotal", 8.5f);
        c.right(555, c.y, en(sum.net()), 8.5f);
        c.down(15);
        c.right(470, c.y, "TOTAL VAT 20%", 8.5f);
        c.right(555, c.y, en(sum.tax()), 8.5f);
        c.hline(380, 555, c.y - 6, 1);
        c.down(20);
        c.rightBold(470, c.y, "TOTAL GBP", 9.5f);
        c.rightBold(555, c.y, en(sum.gross()), 9.5f);
        c.down(16);
        if (paid.signum() > 0) {
            c.right(470, c.y, "Less Amount Paid", 8.5f);
            c.right(555, c.y, en(paid), 8.5f);
            c.hline(380, 555, c.y - 6, 1);
            c.down(20);
            c.rightBold(470, c.y, "AMOUNT DUE GBP", 9.5f);
            c.rightBold(555, c.y, en(due$), 9.5f);
            c.down(16);
        }
        c.down(20);
        c.bold(40, c.y, "Due Date: " + d(due, "d MMMM yyyy"), 9);
        c.down(14);
        String sort = String.format(Locale.ROOT, "%02d-%02d-%02d", 20 + r.nextInt(70), r.nextInt(100), r.nextInt(100));
        c.text(40, c.y, "Payment by BACS to " + s[0] + ", Sort code " + sort + ", Account " + digits(r, 8), 8);
        c.down(12);
        c.text(40, c.y, "Please quote " + number + " as the payment reference.", 8);
        c.ink = GREY;
        c.text(40, 258, "Company Registration No: " + s[5] + ". Registered Office: " + s[1] + ", " + s[2] + ", " + s[3]
                + ".", 7);
        c.ink = BLACK;
        c.dashed(30, 565, 240);
        c.ink = GREY;
        c.text(40, 228, "✂ detach and return with your payment", 7);
        c.ink = BLACK;
        c.bold(40, 205, "PAYMENT ADVICE", 13);
        block(c, 40, 185, new String[] {"To:  " + s[0], "     " + s[1], "     " + s[2], "     " + s[3]}, 8.5f, 11,
                false);
        c.y = 205;
        String[][] advice = {{"Customer", k[0]}, {"Invoice Number", number},
            {"Amount Due", en(due$)}, {"Due Date", date.apply(due)}};
        for (String[] row : advice) {
            c.bold(300, c.y, row[0], 8.5f);
            c.fit(390, c.y, row[1], 8.5f, 160, false, L);
            c.down(15);
        }
        c.bold(300, c.y, "Amount Enclosed", 8.5f);
        c.hline(390, 555, c.y - 3, 0.5f);
        c.ink = GREY;
        c.text(390, c.y - 14, "Enter the amount you are paying above", 6.5f);
        c.ink = BLACK;
        Truth t = Truth.invoice(number, issue, due, sum.gross(), "GBP", k[0]);
        return paid.signum() > 0 ? t.withAmountDue(due$) : t;
    }

    // --- 2. a US desktop small-business program

    private static final String[][] US_SELLERS = {
        {"Blue Heron Landscaping LLC", "2214 Riverside Dr", "Austin, TX 78741", "(512) 555-0143",
            "office@blueheronlandscaping.com", "8.25"},
        {"Keystone Office Repair Inc.", "61 Market St", "Harrisburg, PA 17101", "(717) 555-0190",
            "billing@keystoneoffice.com", "6"},
        {"Sunnyside Pool & Spa Service", "904 E Camelback Rd", "Phoenix, AZ 85014", "(602) 555-0177",
            "accounts@sunnysidepools.com", "8.6"}};
    private static final String[][] US_CLIENTS = {{"Maple Grove HOA", "Attn: Board Treasurer", "400 Maple Grove Ln"},
        {"Cedar Point Dental Group", "Attn: Office Manager", "1290 Oak Blvd, Suite 210"},
        {"Riverside Montessori School", "Attn: Business Office", "77 Willow Way"},
        {"Hollis & Grant Realty", "Attn: Megan Hollis", "15 Commerce Pkwy"},
        {"Lone Oak Brewing Co.", "Attn: Accounts Payable", "3300 Industrial Ave"}};
    private static final String[][] US_WORK = {{"Labor:Service call", "1", "85", "60"},
        {"Materials:Replacement parts", "0", "40", "160"}, {"Labor:Hourly technician", "1", "65", "30"},
        {"Maintenance:Monthly contract", "1", "180", "120"}, {"Materials:Filters and supplies", "0", "25", "60"},
        {"Equipment:Pump motor 1.5 HP", "0", "420", "200"}, {"Labor:Installation", "1", "250", "300"},
        {"Fees:Disposal fee", "1", "35", "20"}};

    /**
     * A US desktop program's invoice: the seller at the top left, "INVOICE" in the accent colour, BILL TO and SHIP TO
     * side by side, a boxed column "INVOICE #", "DATE", "DUE DATE", "TERMS Net 15" at the right (odd rounds print no
     * due date, only the terms), a band with "SHIP DATE", "SHIP VIA", "P.O. NUMBER", a table with the service date and
     * the activity, "SUBTOTAL", "TAX", "TOTAL" and "BALANCE DUE"; sales tax on the materials only (marked T).
     */
    static Truth usBalanceDue(Canvas c, Random r, int round) {
        String[] s = pick(r, US_SELLERS);
        String[] k = pick(r, US_CLIENTS);
        String city = s[2];
        int accent = pick(r, new Integer[] {0x2E7D32, 0x1565C0, 0x6A1B9A});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 15, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(1000 + r.nextInt(4000));
        List<Item> items = lines(r, US_WORK, 3, 7);
        BigDecimal taxRate = new BigDecimal(s[5]);
        BigDecimal sub = BigDecimal.ZERO;
        BigDecimal taxable = BigDecimal.ZERO;
        for (Item i : items) {
            sub = sub.add(i.amount());
            if (i.rate().signum() == 0) {
                taxable = taxable.add(i.amount());
            }
        }
        BigDecimal tax = pctOf(taxable, taxRate);
        BigDecimal total = sub.add(tax);
        Function<LocalDate, String> date = x -> d(x, "MM/dd/yyyy");
        c.bold(40, 790, s[0], 13);
        block(c, 40, 774, new String[] {s[1], s[2], s[3], s[4]}, 8.5f, 11, false);
        c.ink = accent;
        c.bold(40, 712, "INVOICE", 20);
        c.ink = BLACK;
        c.bold(40, 685, "BILL TO", 8);
        block(c, 40, 671, new String[] {k[0], k[1], k[2], city}, 8.5f, 11, false);
        c.bold(210, 685, "SHIP TO", 8);
        block(c, 210, 671, new String[] {k[0], k[2], city}, 8.5f, 11, false);
        c.y = 685;
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"INVOICE #", number});
        meta.add(new String[] {"DATE", date.apply(issue)});
        if (round % 2 == 0) {
            meta.add(new String[] {"DUE DATE", date.apply(due)});
        }
        meta.add(new String[] {"TERMS", "Net " + days});
        for (String[] m : meta) {
            c.rightBold(470, c.y, m[0], 8);
            c.text(480, c.y, m[1], 8.5f);
            c.down(14);
        }
        LocalDate ship = issue.minusDays(1 + r.nextInt(6));
        float band = 610;
        c.pen = accent;
        c.hline(40, 555, band + 14, 1.5f);
        c.pen = BLACK;
        c.bold(40, band, "SHIP DATE", 7.5f);
        c.bold(170, band, "SHIP VIA", 7.5f);
        c.bold(300, band, "P.O. NUMBER", 7.5f);
        c.text(40, band - 12, date.apply(ship), 8.5f);
        c.text(170, band - 12, pick(r, new String[] {"Company truck", "UPS Ground", "Customer pickup"}), 8.5f);
        c.text(300, band - 12, "PO-" + digits(r, 4), 8.5f);
        float top = 565;
        c.fillRgb(40, top - 6, 515, 18, BlindLayouts11.tintOf(accent));
        c.bold(46, top, "DATE", 8);
        c.bold(110, top, "ACTIVITY", 8);
        c.rightBold(390, top, "QTY", 8);
        c.rightBold(465, top, "RATE", 8);
        c.rightBold(549, top, "AMOUNT", 8);
        c.y = top - 22;
        for (Item i : items) {
            c.text(46, c.y, date.apply(ship.minusDays(r.nextInt(5))), 8.5f);
            c.fit(110, c.y, i.label(), 8.5f, 240, false, L);
            c.right(390, c.y, qty(i.qty(), '.'), 8.5f);
            c.right(465, c.y, en(i.unit()), 8.5f);
            c.right(549, c.y, en(i.amount()) + (i.rate().signum() == 0 ? " T" : "   "), 8.5f);
            c.down(18);
        }
        c.pen = LIGHT;
        c.dashed(40, 555, c.y + 8);
        c.pen = BLACK;
        c.down(8);
        c.text(40, c.y, "Thank you for your business!", 8.5f);
        String[][] tot = {{"SUBTOTAL", en(sub)}, {"TAX (" + rate(taxRate, '.') + "%)", en(tax)},
            {"TOTAL", en(total)}};
        for (String[] t : tot) {
            c.text(380, c.y, t[0], 8.5f);
            c.right(549, c.y, t[1], 8.5f);
            c.down(15);
        }
        c.down(6);
        c.bold(380, c.y, "BALANCE DUE", 9.5f);
        c.rightBold(549, c.y, "$" + en(total), 14);
        c.ink = GREY;
        c.text(40, 60, "Please make checks payable to " + s[0] + ". A finance charge of 1.5% per month applies to "
                + "balances over 30 days.", 7);
        c.right(555, 46, "Page 1 of 1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, total, "USD", k[0]);
    }

    static int tintOf(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = Math.round(255 - (255 - r) * 0.15f);
        g = Math.round(255 - (255 - g) * 0.15f);
        b = Math.round(255 - (255 - b) * 0.15f);
        return (r << 16) | (g << 8) | b;
    }

    // --- 3. a freelancer's cloud invoice with the amount due in the header

    private static final String[][] FL_SELLERS = {{"Nora Bell Studio", "nora@norabell.studio", "Portland, OR 97209",
        "(503) 555-0118"}, {"Quill & Pixel LLC", "hello@quillandpixel.co", "Denver, CO 80205", "(720) 555-0164"},
        {"Dev Patel Consulting", "dev@patelconsulting.io", "Raleigh, NC 27601", "(919) 555-0132"}};
    private static final String[] FL_CLIENTS = {"Greenway Outdoor Co.", "Lumen Yoga Collective", "Ferris Wheel Media",
        "Harvest Table Restaurants", "Northline Architects", "Bramble Pet Supply"};
    private static final String[][] FL_WORK = {{"Discovery call & project brief", "0", "150", "100"},
        {"Homepage design - 2 revisions", "0", "900", "600"}, {"Custom illustration set (6)", "0", "480", "300"},
        {"Landing page development", "0", "1100", "700"}, {"Content strategy session (hrs)", "0", "95", "30"},
        {"Email campaign setup", "0", "350", "250"}, {"Analytics report - Q2", "0", "275", "150"}};

    /**
     * A freelancer's cloud invoice: a coloured header band with the seller, "Billed To", "Issued" and "Due" under
     * each other, "Invoice Number", "Reference" and at the right a big "Amount Due (USD)"; lines with Rate, Qty and
     * Line Total, a discount, sales tax, "Total", "Amount Paid" (a deposit in odd rounds) and "Amount Due (USD)".
     */
    static Truth freelanceAmountDue(Canvas c, Random r, int round) {
        String[] s = pick(r, FL_SELLERS);
        String k = pick(r, FL_CLIENTS);
        int accent = pick(r, new Integer[] {0x0E7490, 0x0369A1, 0x15803D});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30, 21}));
        String number = String.format(Locale.ROOT, "%07d", 40 + r.nextInt(400));
        List<Item> raw = lines(r, FL_WORK, 2, 5);
        List<Item> items = new ArrayList<>();
        BigDecimal taxRate = pick(r, new BigDecimal[] {new BigDecimal("0"), new BigDecimal("4.75")});
        for (Item i : raw) {
            items.add(new Item(i.label(), i.qty(), i.unit(), taxRate));
        }
        int discount = pick(r, new Integer[] {0, 5, 10});
        Sums sum = Sums.of(items, BigDecimal.valueOf(discount));
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Item i : items) {
            subtotal = subtotal.add(i.amount());
        }
        BigDecimal paid = round % 2 == 1 ? share(sum.gross(), 50) : BigDecimal.ZERO;
        BigDecimal rest = sum.gross().subtract(paid);
        Function<LocalDate, String> date = x -> d(x, "MM/dd/yyyy");
        c.fillRgb(0, 742, c.width(), 100, accent);
        c.ink = WHITE;
        c.bold(40, 800, s[0], 16);
        c.text(40, 782, s[1] + "  ·  " + s[3], 8.5f);
        c.text(40, 770, s[2], 8.5f);
        c.ink = BLACK;
        float top = 712;
        c.ink = GREY;
        c.text(40, top, "Billed To", 8);
        c.text(200, top, "Issued", 8);
        c.text(300, top, "Invoice Number", 8);
        c.right(555, top, "Amount Due (USD)", 8);
        c.ink = BLACK;
        block(c, 40, top - 14, new String[] {k, pick(r, new String[] {"Jamie Ortiz", "Lee Chen", "Ana Ruiz"}),
            digits(r, 3) + " " + pick(r, new String[] {"Pine St", "Elm Ave", "Harbor Blvd"}),
            pick(r, new String[] {"Seattle, WA 98101", "Boise, ID 83702", "Tacoma, WA 98402"})}, 9, 12, false);
        c.text(200, top - 14, date.apply(issue), 9);
        c.ink = GREY;
        c.text(200, top - 36, "Due", 8);
        c.ink = BLACK;
        c.text(200, top - 50, date.apply(due), 9);
        c.text(300, top - 14, number, 9);
        c.ink = GREY;
        c.text(300, top - 36, "Reference", 8);
        c.ink = BLACK;
        c.text(300, top - 50, "Project " + letters(r, 3).toUpperCase(Locale.ROOT) + "-" + digits(r, 2), 9);
        c.ink = accent;
        c.rightBold(555, top - 34, "$" + en(rest), 24);
        c.ink = BLACK;
        c.pen = accent;
        c.hline(40, 555, 630, 2);
        c.pen = BLACK;
        float head = 612;
        c.ink = accent;
        c.bold(40, head, "Description", 8.5f);
        c.rightBold(400, head, "Rate", 8.5f);
        c.rightBold(460, head, "Qty", 8.5f);
        c.rightBold(555, head, "Line Total", 8.5f);
        c.ink = BLACK;
        c.y = head - 24;
        for (Item i : items) {
            c.fit(40, c.y, i.label(), 9, 300, false, L);
            c.right(400, c.y, "$" + en(i.unit()), 9);
            c.right(460, c.y, qty(i.qty(), '.'), 9);
            c.right(555, c.y, "$" + en(i.amount()), 9);
            c.pen = LIGHT;
            c.hline(40, 555, c.y - 9, 0.5f);
            c.pen = BLACK;
            c.down(26);
        }
        c.down(4);
        List<String[]> tot = new ArrayList<>();
        tot.add(new String[] {"Subtotal", en(subtotal)});
        if (discount > 0) {
            tot.add(new String[] {"Discount (" + discount + "%)", "-" + en(subtotal.subtract(sum.net()))});
        }
        tot.add(new String[] {"Tax (" + rate(taxRate, '.') + "%)", en(sum.tax())});
        tot.add(new String[] {"Total", en(sum.gross())});
        tot.add(new String[] {"Amount Paid", en(paid)});
        for (String[] t : tot) {
            c.right(470, c.y, t[0], 9);
            c.right(555, c.y, t[1], 9);
            c.down(16);
        }
        c.hline(360, 555, c.y + 8, 0.8f);
        c.down(8);
        c.rightBold(470, c.y, "Amount Due (USD)", 10);
        c.rightBold(555, c.y, "$" + en(rest), 10);
        c.down(50);
        c.ink = GREY;
        c.text(40, c.y, "Notes", 8);
        c.ink = BLACK;
        c.down(13);
        c.text(40, c.y, "Thanks for the great collaboration! Pay by card or ACH with the link in your email.", 8.5f);
        c.down(20);
        c.ink = GREY;
        c.text(40, c.y, "Terms", 8);
        c.ink = BLACK;
        c.down(13);
        c.text(40, c.y, paid.signum() > 0 ? "50% deposit received with thanks. Balance payable by the due date."
                : "Payment is due by the date above. Late payments incur a $25 fee.", 8.5f);
        Truth t = Truth.invoice(number, issue, due, sum.gross(), "USD", k);
        return paid.signum() > 0 ? t.withAmountDue(rest) : t;
    }

    // --- 4. a suite's invoice: balance due at the top, payment made deducted

    private static final String[][] IE_SELLERS = {{"Corrib Web Services Ltd", "12 Eyre Square", "Galway H91 X2C4",
        "IE 9834521T"}, {"Liffey Facilities Management Ltd", "Unit 7, Park West Business Park", "Dublin 12 D12 K6W8",
        "IE 3318765WH"}, {"Shannon Marine Supplies Ltd", "Dock Road", "Limerick V94 E2R7", "IE 6543210F"}};
    private static final String[] IE_CLIENTS = {"Atlantic Bay Hotel", "Murphy & Daly Solicitors",
        "Clonmel Sports Club", "Greenhills Pharmacy", "O'Brien Logistics Ltd", "The Linen Room Café"};
    private static final String[][] IE_WORK = {{"Managed IT support - monthly", "23", "300", "250"},
        {"Microsoft 365 licence (user/month)", "23", "11", "8"}, {"Firewall appliance", "23", "650", "300"},
        {"On-site engineer visit", "23", "120", "60"}, {"Backup storage 1 TB (month)", "23", "25", "20"},
        {"Cabling and patching (hours)", "23", "55", "25"}, {"Printed training manuals", "0", "30", "20"}};

    /**
     * A suite's invoice: the seller top left, "INVOICE", "# INV-000123" and "Balance Due" with its amount at the top
     * right; "Bill To" at the left, label : value rows at the right ("Invoice Date :", "Terms :", "Due Date :",
     * "P.O.# :"); a dark table head with "#", "Item &amp; Description"; "Sub Total", VAT, "Total", "Payment Made" in
     * red, "Balance Due" in a shaded bar.
     */
    static Truth balanceDuePaymentMade(Canvas c, Random r, int round) {
        String[] s = pick(r, IE_SELLERS);
        String k = pick(r, IE_CLIENTS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 45});
        LocalDate due = issue.plusDays(days);
        String number = "INV-" + String.format(Locale.ROOT, "%06d", 100 + r.nextInt(900));
        List<Item> items = lines(r, IE_WORK, 3, 6);
        Sums sum = sums(items);
        BigDecimal paid = share(sum.gross(), round % 2 == 0 ? pick(r, new Integer[] {20, 30}) : 60);
        BigDecimal rest = sum.gross().subtract(paid);
        Function<LocalDate, String> date = x -> d(x, "dd MMM yyyy");
        c.family = "DejaVuSansCondensed";
        c.bold(40, 790, s[0], 12);
        block(c, 40, 775, new String[] {s[1], s[2], "Ireland", "VAT No: " + s[3]}, 8.5f, 11, false);
        c.rightBold(555, 790, "INVOICE", 24);
        c.right(555, 770, "# " + number, 9.5f);
        c.rightBold(555, 745, "Balance Due", 8.5f);
        c.rightBold(555, 729, "€" + en(rest), 14);
        c.ink = GREY;
        c.text(40, 680, "Bill To", 8.5f);
        c.ink = BLACK;
        c.bold(40, 666, k, 10);
        c.text(40, 653, pick(r, new String[] {"Main Street, Westport", "Quay Street, Wexford",
            "Patrick Street, Cork"}), 8.5f);
        c.y = 680;
        String[][] meta = {{"Invoice Date :", date.apply(issue)}, {"Terms :", "Net " + days},
            {"Due Date :", date.apply(due)}, {"P.O.# :", "PO-" + digits(r, 5)}};
        pairs(c, 470, R, 555, R, meta, 9, 15, false);
        float top = 600;
        c.fillRgb(40, top - 6, 515, 19, 0x3C3D3A);
        c.ink = WHITE;
        c.bold(46, top, "#", 8.5f);
        c.bold(66, top, "Item & Description", 8.5f);
        c.rightBold(360, top, "Qty", 8.5f);
        c.rightBold(430, top, "Rate", 8.5f);
        c.rightBold(480, top, "VAT", 8.5f);
        c.rightBold(549, top, "Amount", 8.5f);
        c.ink = BLACK;
        c.y = top - 24;
        int n = 0;
        for (Item i : items) {
            c.text(46, c.y, String.valueOf(++n), 9);
            c.fit(66, c.y, i.label(), 9, 250, false, L);
            c.right(360, c.y, qty(i.qty(), '.') + ".00", 9);
            c.right(430, c.y, en(i.unit()), 9);
            c.right(480, c.y, rate(i.rate(), '.') + "%", 9);
            c.right(549, c.y, en(i.amount()), 9);
            c.pen = LIGHT;
            c.hline(40, 555, c.y - 8, 0.5f);
            c.pen = BLACK;
            c.down(22);
        }
        c.down(4);
        c.right(470, c.y, "Sub Total", 9);
        c.right(549, c.y, en(sum.net()), 9);
        c.down(15);
        for (var e : sum.taxByRate().entrySet()) {
            if (e.getKey().signum() > 0) {
                c.right(470, c.y, "VAT (" + rate(e.getKey(), '.') + "%)", 9);
                c.right(549, c.y, en(e.getValue()), 9);
                c.down(15);
            }
        }
        c.rightBold(470, c.y, "Total", 9.5f);
        c.rightBold(549, c.y, "€" + en(sum.gross()), 9.5f);
        c.down(15);
        c.right(470, c.y, "Payment Made", 9);
        c.ink = 0xC62828;
        c.right(549, c.y, "(-) " + en(paid), 9);
        c.ink = BLACK;
        c.down(20);
        c.fillRgb(340, c.y - 7, 215, 21, 0xEFEFEF);
        c.rightBold(470, c.y, "Balance Due", 10);
        c.rightBold(549, c.y, "€" + en(rest), 10);
        c.down(50);
        c.text(40, c.y, "Notes", 9);
        c.down(13);
        c.ink = GREY;
        c.text(40, c.y, "Thanks for your business.", 8.5f);
        c.down(24);
        c.ink = BLACK;
        c.text(40, c.y, "Terms & Conditions", 9);
        c.down(13);
        c.ink = GREY;
        c.text(40, c.y, "Payment by EFT to IBAN " + iban(r, "IE", 22) + ", BIC AIBKIE2D.", 8.5f);
        c.ink = BLACK;
        c.family = "DejaVuSans";
        Truth t = Truth.invoice(number, issue, due, sum.gross(), "EUR", k);
        return t.withAmountDue(rest);
    }

    // --- 5. a free Canadian invoicing app

    private static final String[][] CA_SELLERS = {{"Lakeshore Home Renovations", "48 Queen St E", "Toronto, ON M5C 1R5",
        "(416) 555-0147", "www.lakeshorereno.ca"}, {"Rideau Bookkeeping Services", "120 Bank St, Suite 300",
        "Ottawa, ON K1P 5N2", "(613) 555-0129", "www.rideaubooks.ca"}, {"Grand River Signs & Print",
        "77 King St N", "Waterloo, ON N2J 2X3", "(519) 555-0161", "www.grandriversigns.ca"}};
    private static final String[] CA_CLIENTS = {"Maple Leaf Dental Clinic", "Beaches Yoga Studio Inc.",
        "Hamilton Auto Body Ltd.", "Kingston Brewhouse", "Muskoka Cottage Rentals", "Danforth Family Pharmacy"};
    private static final String[][] CA_WORK = {{"Drywall installation", "13", "450", "600"},
        {"Interior painting - per room", "13", "320", "200"}, {"Monthly bookkeeping", "13", "350", "250"},
        {"Year-end preparation", "13", "900", "600"}, {"Vinyl banner 3x8 ft", "13", "120", "60"},
        {"Site visit and estimate", "13", "75", "25"}, {"Materials and supplies", "13", "150", "300"},
        {"Payroll processing (per run)", "13", "60", "30"}};

    /**
     * A free Canadian invoicing app: a logo square at the left, "INVOICE" and the seller with its HST number at the
     * right, "BILL TO" at the left and right-aligned label: value rows ("Invoice Number:", "P.O./S.O. Number:",
     * "Invoice Date:", "Payment Due:", "Amount Due (CAD):" shaded); items with a dark head; "Subtotal", "HST 13%",
     * "Total", in odd rounds a payment recorded on a date, and "Amount Due (CAD):".
     */
    static Truth canadaHst(Canvas c, Random r, int round) {
        String[] s = pick(r, CA_SELLERS);
        String k = pick(r, CA_CLIENTS);
        int accent = pick(r, new Integer[] {0x1F3A93, 0x2D3748, 0x9B2C2C});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {15, 30}));
        String number = String.valueOf(r.nextInt(2) == 0 ? 100 + r.nextInt(300) : 2026000 + r.nextInt(900));
        List<Item> items = lines(r, CA_WORK, 2, 6);
        Sums sum = sums(items);
        BigDecimal paid = round % 2 == 1 ? share(sum.gross(), pick(r, new Integer[] {30, 50})) : BigDecimal.ZERO;
        BigDecimal rest = sum.gross().subtract(paid);
        LocalDate paidOn = issue.plusDays(2 + r.nextInt(4));
        Function<LocalDate, String> date = x -> d(x, "MMMM d, yyyy");
        String initials = s[0].substring(0, 1) + s[0].substring(s[0].indexOf(' ') + 1, s[0].indexOf(' ') + 2);
        c.fillRgb(40, 735, 62, 62, accent);
        c.ink = WHITE;
        c.centerBold(71, 758, initials, 20);
        c.ink = BLACK;
        c.rightBold(555, 786, "INVOICE", 22);
        c.rightBold(555, 766, s[0], 10);
        c.y = 753;
        for (String line : new String[] {s[1], s[2], "Canada", s[3], s[4],
            "HST # " + digits(r, 9) + " RT0001"}) {
            c.right(555, c.y, line, 8);
            c.down(11);
        }
        c.pen = LIGHT;
        c.hline(40, 555, 672, 1);
        c.pen = BLACK;
        c.ink = GREY;
        c.bold(40, 650, "BILL TO", 8);
        c.ink = BLACK;
        c.bold(40, 636, k, 10);
        block(c, 40, 623, new String[] {pick(r, new String[] {"Priya Nair", "Marc Tremblay", "Olivia Chen"}),
            pick(r, new String[] {"250 Yonge St", "18 Princess St", "905 Main St W"}),
            pick(r, new String[] {"Toronto, Ontario M5B 2L7", "Kingston, Ontario K7L 1A1",
                "Hamilton, Ontario L8S 1A1"}), "Canada"}, 8.5f, 11, false);
        c.y = 650;
        String[][] meta = {{"Invoice Number:", number}, {"P.O./S.O. Number:", digits(r, 4)},
            {"Invoice Date:", date.apply(issue)}, {"Payment Due:", date.apply(due)}};
        pairs(c, 450, R, 555, R, meta, 8.5f, 15, true);
        c.fillRgb(330, c.y - 6, 225, 18, 0xEDEDED);
        c.rightBold(450, c.y, "Amount Due (CAD):", 8.5f);
        c.rightBold(555, c.y, "$" + en(rest), 8.5f);
        float top = 545;
        c.fillRgb(40, top - 7, 515, 20, accent);
        c.ink = WHITE;
        c.bold(50, top, "Items", 9);
        c.rightBold(380, top, "Quantity", 9);
        c.rightBold(465, top, "Price", 9);
        c.rightBold(548, top, "Amount", 9);
        c.ink = BLACK;
        c.y = top - 24;
        for (Item i : items) {
            c.fit(50, c.y, i.label(), 9, 260, true, L);
            c.right(380, c.y, qty(i.qty(), '.'), 9);
            c.right(465, c.y, "$" + en(i.unit()), 9);
            c.right(548, c.y, "$" + en(i.amount()), 9);
            c.pen = LIGHT;
            c.hline(40, 555, c.y - 9, 0.5f);
            c.pen = BLACK;
            c.down(24);
        }
        c.down(4);
        c.rightBold(465, c.y, "Subtotal:", 9);
        c.right(548, c.y, "$" + en(sum.net()), 9);
        c.down(15);
        c.right(465, c.y, "HST 13%:", 9);
        c.right(548, c.y, "$" + en(sum.tax()), 9);
        c.hline(330, 555, c.y - 7, 0.8f);
        c.down(20);
        c.rightBold(465, c.y, "Total:", 9);
        c.right(548, c.y, "$" + en(sum.gross()), 9);
        c.down(15);
        if (paid.signum() > 0) {
            c.right(465, c.y, "Payment on " + date.apply(paidOn) + " using e-Transfer:", 9);
            c.right(548, c.y, "$" + en(paid), 9);
            c.down(15);
        }
        c.hline(330, 555, c.y + 8, 0.8f);
        c.down(8);
        c.rightBold(465, c.y, "Amount Due (CAD):", 10);
        c.rightBold(548, c.y, "$" + en(rest), 10);
        c.down(50);
        c.bold(40, c.y, "Notes / Terms", 9);
        c.down(13);
        c.text(40, c.y, "Interac e-Transfer accepted at the email above. Cheques payable to " + s[0] + ".", 8.5f);
        c.down(12);
        c.text(40, c.y, "Overdue accounts are subject to 2% interest per month.", 8.5f);
        Truth t = Truth.invoice(number, issue, due, sum.gross(), "CAD", k);
        return paid.signum() > 0 ? t.withAmountDue(rest) : t;
    }

    // --- 6. a German cloud "Rechnung" with "Zahlungsziel 14 Tage"

    private static final String[][] DE_SELLERS = {
        {"Elbwerk Medien GmbH", "Große Elbstraße 145", "22767 Hamburg", "040 3861 2290", "Hamburg", "HRB 148223"},
        {"Schreinerei Baumgartner GmbH", "Industriestraße 8", "83022 Rosenheim", "08031 23 45 60", "Traunstein",
            "HRB 27741"},
        {"Rheinblick IT-Service GmbH", "Mainzer Straße 52", "65185 Wiesbaden", "0611 9 87 65 40", "Wiesbaden",
            "HRB 30518"}};
    private static final String[][] DE_CLIENTS = {{"Bäckerei Lorenz GmbH", "Frau Anja Lorenz", "Marktplatz 3",
        "24103 Kiel"}, {"Autohaus Krämer KG", "Herrn Stefan Krämer", "Gewerbepark 17", "49076 Osnabrück"},
        {"Praxis Dr. med. Weiß", "Frau Dr. Carola Weiß", "Lindenallee 9", "04109 Leipzig"},
        {"Hotel Zur Post Betriebs GmbH", "Herrn Markus Egger", "Poststraße 1", "87629 Füssen"},
        {"Stadtwerke Talheim GmbH", "Abteilung Einkauf", "Am Wasserturm 4", "74388 Talheim"}};
    private static final String[][] DE_WORK = {{"Konzeption und Beratung (Std.)", "19", "95", "30"},
        {"Webdesign Startseite", "19", "850", "600"}, {"Einbauschrank Eiche nach Maß", "19", "1800", "1400"},
        {"Montage vor Ort (Std.)", "19", "58", "15"}, {"Anfahrtspauschale", "19", "35", "20"},
        {"Server-Wartung monatlich", "19", "190", "120"}, {"Lizenz Backup-Software (1 Jahr)", "19", "240", "160"},
        {"Fachbuch Netzwerktechnik", "7", "39", "20"}, {"Druck Flyer DIN lang (1.000 Stk.)", "19", "110", "80"},
        {"Schulung Mitarbeiter (halber Tag)", "19", "420", "180"}, {"Kleinmaterial pauschal", "19", "25", "40"},
        {"Arbeitsplatte Granit", "19", "640", "500"}, {"Notebook-Einrichtung", "19", "89", "40"}};

    /**
     * A German cloud accounting "Rechnung": the sender line over a window-envelope address at the left, an info block
     * of "Rechnungsnr.", "Rechnungsdatum", "Lieferdatum", "Kundennr.", "Ihr Ansprechpartner" at the right, the title,
     * a greeting, a table with Pos. and Einheit, "Gesamtbetrag netto", "zzgl. Umsatzsteuer", "Gesamtbetrag", then
     * "Zahlungsziel 14 Tage" and a three-column footer; odd rounds carry a long table over two pages ("Übertrag").
     */
    static Truth germanZahlungsziel(Canvas c, Random r, int round) {
        String[] s = pick(r, DE_SELLERS);
        String[] k = pick(r, DE_CLIENTS);
        LocalDate issue = day(r);
        LocalDate delivered = issue.minusDays(1 + r.nextInt(9));
        LocalDate due = issue.plusDays(14);
        String number = "RE-" + (1000 + r.nextInt(2000));
        boolean two = round % 2 == 1;
        List<Item> items = lines(r, DE_WORK, two ? 26 : 3, two ? 30 : 6);
        Sums sum = sums(items);
        String customerNo = "K" + digits(r, 5);
        String contact = pick(r, new String[] {"Jana Vogt", "Tobias Kühn", "Miriam Scholz"});
        int pages = two ? 2 : 1;
        String[][] foot = footerLinesDe(s, r);
        c.rightBold(555, 800, s[0], 14);
        c.right(555, 786, s[1] + " · " + s[2], 8);
        c.ink = GREY;
        c.text(57, 728, s[0] + " · " + s[1] + " · " + s[2], 6.5f);
        c.ink = BLACK;
        c.hline(57, 300, 724, 0.4f);
        block(c, 57, 708, k, 10, 13, false);
        c.y = 716;
        String[][] info = {{"Rechnungsnr.", number}, {"Rechnungsdatum", dde(issue)}, {"Lieferdatum", dde(delivered)},
            {"Kundennr.", customerNo}, {"Ihr Ansprechpartner", contact}, {"Telefon", s[3]}};
        pairs(c, 360, L, 555, R, info, 8.5f, 13, false);
        c.bold(57, 600, "Rechnung Nr. " + number, 14);
        c.text(57, 575, "Sehr geehrte Damen und Herren,", 9);
        c.text(57, 562, "vielen Dank für Ihren Auftrag und das damit verbundene Vertrauen!", 9);
        c.text(57, 549, "Hiermit stelle ich Ihnen die folgenden Leistungen in Rechnung:", 9);
        float[] xs = {57, 85, 370, 410, 480, 555};
        String[] head = {"Pos.", "Beschreibung", "Menge", "Einheit", "Einzelpreis", "Gesamtpreis"};
        float top = 522;
        c.y = top;
        tableHeadDe(c, xs, head);
        int pos = 0;
        BigDecimal running = BigDecimal.ZERO;
        for (Item i : items) {
            if (c.y < 130) {
                c.hline(57, 555, c.y + 10, 0.5f);
                c.rightBold(480, c.y - 4, "Übertrag", 9);
                c.rightBold(555, c.y - 4, de(running) + " €", 9);
                footerDe(c, foot, 1, pages);
                c.newPage();
                c.y = 800;
                c.text(57, c.y, s[0] + " · Rechnung " + number + " vom " + dde(issue), 8.5f);
                c.right(555, c.y, "Seite 2 von 2", 8.5f);
                c.y = 770;
                tableHeadDe(c, xs, head);
                c.bold(85, c.y, "Übertrag", 9);
                c.rightBold(555, c.y, de(running) + " €", 9);
                c.down(18);
            }
            running = running.add(i.amount());
            c.text(57, c.y, String.valueOf(++pos), 9);
            c.fit(85, c.y, i.label(), 9, 245, false, L);
            c.right(370, c.y, qty(i.qty(), ','), 9);
            c.text(380, c.y, i.label().contains("Std.") ? "Std." : "Stk.", 9);
            c.right(480, c.y, de(i.unit()) + " €", 9);
            c.right(555, c.y, de(i.amount()) + " €", 9);
            c.down(17);
        }
        c.hline(57, 555, c.y + 9, 0.5f);
        c.down(8);
        c.right(480, c.y, "Gesamtbetrag netto", 9);
        c.right(555, c.y, de(sum.net()) + " €", 9);
        c.down(14);
        for (var e : sum.taxByRate().entrySet()) {
            c.right(480, c.y, "zzgl. Umsatzsteuer " + rate(e.getKey(), ',') + " %", 9);
            c.right(555, c.y, de(e.getValue()) + " €", 9);
            c.down(14);
        }
        c.hline(330, 555, c.y + 9, 1);
        c.down(6);
        c.rightBold(480, c.y, "Gesamtbetrag", 10);
        c.rightBold(555, c.y, de(sum.gross()) + " €", 10);
        c.hline(330, 555, c.y - 6, 1);
        c.down(30);
        c.text(57, c.y, "Zahlungsbedingungen: Zahlungsziel 14 Tage ohne Abzug.", 9);
        c.down(13);
        c.text(57, c.y, "Bitte geben Sie bei der Überweisung die Rechnungsnummer " + number + " an.", 9);
        c.down(22);
        c.text(57, c.y, "Mit freundlichen Grüßen", 9);
        c.down(13);
        c.text(57, c.y, contact, 9);
        footerDe(c, foot, pages, pages);
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    private static void tableHeadDe(Canvas c, float[] xs, String[] head) {
        c.fill(57, c.y - 5, 498, 17, 0.92f);
        for (int i = 0; i < head.length; i++) {
            if (i == 0 || i == 1 || i == 3) {
                c.bold(i == 3 ? 380 : xs[i], c.y, head[i], 8.5f);
            } else {
                c.rightBold(xs[i], c.y, head[i], 8.5f);
            }
        }
        c.down(20);
    }

    /** The three footer columns, drawn alike on every page. */
    private static String[][] footerLinesDe(String[] s, Random r) {
        return new String[][] {{s[0], s[1], s[2], "Tel. " + s[3]}, {"Sparkasse", "IBAN " + iban(r, "DE", 22),
            "BIC " + pick(r, new String[] {"HASPDEHHXXX", "BYLADEM1ROS", "NASSDE55XXX"})},
            {"USt-IdNr. DE" + digits(r, 9), "Amtsgericht " + s[4] + " " + s[5],
                "Geschäftsführer: " + pick(r, new String[] {"Dirk Albers", "Petra Huber", "Lars Jensen"})}};
    }

    private static void footerDe(Canvas c, String[][] f, int page, int pages) {
        c.pen = LIGHT;
        c.hline(57, 555, 82, 0.5f);
        c.pen = BLACK;
        c.ink = GREY;
        block(c, 57, 70, f[0], 6.5f, 8.5f, false);
        block(c, 230, 70, f[1], 6.5f, 8.5f, false);
        block(c, 420, 70, new String[] {f[2][0], f[2][1], f[2][2], "Seite " + page + " von " + pages}, 6.5f, 8.5f,
                false);
        c.ink = BLACK;
    }

    // --- 7. a German small business without VAT (Kleinunternehmer)

    private static final String[][] KU_SELLERS = {{"Lena Hoffmann", "Grafikdesign & Illustration",
        "Körnerstraße 12", "50823 Köln", "0176 2345 8812", "lena@hoffmann-grafik.de"},
        {"Jonas Brandt", "Fotografie", "Schillerplatz 4", "01309 Dresden", "0151 4412 9033", "post@jonasbrandt.de"},
        {"Sabine Wolf", "Übersetzungen Englisch · Spanisch", "Am Rosengarten 21", "68165 Mannheim",
            "0621 4 33 91 20", "kontakt@wolf-uebersetzt.de"}};
    private static final String[][] KU_CLIENTS = {{"Kanzlei Richter & Partner", "Herrn Thomas Richter",
        "Königsallee 60", "40212 Düsseldorf"}, {"Weingut Adler", "Frau Katrin Adler", "Hauptstraße 88",
        "67146 Deidesheim"}, {"Yogaraum Südstadt e. V.", "Vorstand", "Bonner Straße 112", "50677 Köln"},
        {"Kaffeerösterei Bohnenglück UG", "Herrn Paul Meyer", "Alaunstraße 7", "01099 Dresden"}};
    private static final String[][] KU_WORK = {{"Logo-Entwicklung inkl. 3 Entwürfe", "0", "450", "300"},
        {"Illustration Titelseite", "0", "280", "200"}, {"Fotoshooting (Stunde)", "0", "85", "30"},
        {"Bildbearbeitung pro Bild", "0", "12", "8"}, {"Übersetzung EN-DE (Normzeile)", "0", "1", "1"},
        {"Lektorat (Stunde)", "0", "48", "12"}, {"Nutzungsrechte regional, 1 Jahr", "0", "200", "250"},
        {"Geschäftsausstattung (Visitenkarten, Briefbogen)", "0", "320", "180"}};

    /**
     * A German Kleinunternehmer's invoice from an online accounting tool: the seller's name big at the top left and
     * the contact at the right, the address window, "Rechnung" with the number under it and one line of
     * "Rechnungsdatum" / "Leistungszeitraum" / "Kundennummer", lines without VAT, one "Gesamtbetrag" (the net, no VAT
     * charged), the § 19 UStG note, "Zahlbar bis …" or (odd rounds) "Zahlbar sofort ohne Abzug".
     */
    static Truth germanKleinunternehmer(Canvas c, Random r, int round) {
        String[] s = pick(r, KU_SELLERS);
        String[] k = pick(r, KU_CLIENTS);
        LocalDate issue = day(r);
        LocalDate periodEnd = issue.minusDays(r.nextInt(5)).withDayOfMonth(1).minusDays(1);
        LocalDate periodStart = periodEnd.withDayOfMonth(1);
        boolean now = round % 2 == 1;
        LocalDate due = now ? issue : issue.plusDays(pick(r, new Integer[] {10, 14, 30}));
        String number = "RE" + String.format(Locale.ROOT, "%04d", 10 + r.nextInt(300));
        List<Item> items = new ArrayList<>();
        for (Item i : lines(r, KU_WORK, 2, 5)) {
            BigDecimal q = i.label().contains("Normzeile") ? BigDecimal.valueOf(80 + r.nextInt(400)) : i.qty();
            items.add(new Item(i.label(), q, i.unit(), BigDecimal.ZERO));
        }
        Sums sum = sums(items);
        int accent = pick(r, new Integer[] {0x0B6E4F, 0x8B3A62, 0x1F4E79});
        c.family = "DejaVuSerif";
        c.ink = accent;
        c.bold(57, 795, s[0], 18);
        c.ink = GREY;
        c.text(57, 779, s[1], 9);
        c.ink = BLACK;
        c.y = 795;
        for (String line : new String[] {s[2], s[3], s[4], s[5]}) {
            c.right(555, c.y, line, 8);
            c.down(11);
        }
        c.family = "DejaVuSans";
        c.ink = GREY;
        c.text(57, 730, s[0] + " · " + s[2] + " · " + s[3], 6.5f);
        c.ink = BLACK;
        block(c, 57, 712, k, 10, 13, false);
        c.family = "DejaVuSerif";
        c.bold(57, 610, "Rechnung", 20);
        c.family = "DejaVuSans";
        c.text(57, 592, "Rechnungs-Nr. " + number, 10);
        c.ink = GREY;
        String strip = "Rechnungsdatum: " + dde(issue) + "     Leistungszeitraum: " + dde(periodStart) + " – "
                + dde(periodEnd) + "     Kundennummer: " + digits(r, 5);
        c.fit(57, 574, strip, 8.5f, 495, false, L);
        c.ink = BLACK;
        c.text(57, 548, "Für meine Leistungen erlaube ich mir, wie folgt zu berechnen:", 9);
        float top = 522;
        c.pen = accent;
        c.hline(57, 555, top + 12, 1);
        c.hline(57, 555, top - 6, 0.5f);
        c.pen = BLACK;
        c.bold(57, top, "Pos.", 8.5f);
        c.bold(90, top, "Bezeichnung", 8.5f);
        c.rightBold(380, top, "Menge", 8.5f);
        c.bold(390, top, "Einheit", 8.5f);
        c.rightBold(490, top, "Einzelpreis", 8.5f);
        c.rightBold(555, top, "Betrag", 8.5f);
        c.y = top - 22;
        int pos = 0;
        for (Item i : items) {
            c.text(57, c.y, String.valueOf(++pos), 9);
            c.fit(90, c.y, i.label(), 9, 255, false, L);
            c.right(380, c.y, qty(i.qty(), ','), 9);
            c.text(390, c.y, i.label().contains("Stunde") ? "Std." : i.label().contains("Normzeile") ? "Zeilen"
                    : "pausch.", 9);
            c.right(490, c.y, de(i.unit()) + " €", 9);
            c.right(555, c.y, de(i.amount()) + " €", 9);
            c.down(19);
        }
        c.pen = accent;
        c.hline(57, 555, c.y + 10, 0.5f);
        c.pen = BLACK;
        c.down(8);
        c.rightBold(490, c.y, "Gesamtbetrag", 10);
        c.rightBold(555, c.y, de(sum.gross()) + " €", 10);
        c.down(30);
        c.text(57, c.y, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", 9);
        c.down(18);
        c.text(57, c.y, now ? "Zahlbar sofort ohne Abzug."
                : "Zahlbar bis zum " + dde(due) + " ohne Abzug auf das unten genannte Konto.", 9);
        c.down(24);
        c.text(57, c.y, "Vielen Dank für die gute Zusammenarbeit!", 9);
        c.pen = LIGHT;
        c.hline(57, 555, 70, 0.5f);
        c.pen = BLACK;
        c.ink = GREY;
        c.text(57, 58, s[0] + " · Steuernummer " + digits(r, 3) + "/" + digits(r, 4) + "/" + digits(r, 4)
                + " · IBAN " + iban(r, "DE", 22), 6.5f);
        c.ink = BLACK;
        c.family = "DejaVuSans";
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    // --- 8. an Austrian invoice with a Skonto offer

    private static final String[][] AT_SELLERS = {{"Installationen Gruber GmbH", "Linzer Straße 214", "1140 Wien",
        "+43 1 914 22 30", "FN 312456k", "Handelsgericht Wien"},
        {"Tischlerei Moser e.U.", "Dorfstraße 7", "6020 Innsbruck", "+43 512 58 44 19", "FN 445120p",
            "Landesgericht Innsbruck"},
        {"Alpen Elektrotechnik GmbH", "Gewerbestraße 31", "5020 Salzburg", "+43 662 87 12 50", "FN 287733b",
            "Landesgericht Salzburg"}};
    private static final String[][] AT_CLIENTS = {{"Café Konditorei Hummel", "z. H. Frau Ingrid Hummel",
        "Josefstädter Straße 66", "1080 Wien"}, {"Hausverwaltung Berger & Söhne", "z. H. Herrn Mag. Berger",
        "Landstraße 24", "4020 Linz"}, {"Gasthof Zum Goldenen Hirschen", "z. H. Herrn Franz Steiner",
        "Hauptplatz 2", "8010 Graz"}, {"Volksschule Mariahilf", "Schulleitung", "Stumpergasse 56", "1060 Wien"}};
    private static final String[][] AT_WORK = {{"Regiestunde Monteur", "20", "68", "10"},
        {"Regiestunde Helfer", "20", "48", "8"}, {"Fahrtkosten pauschal", "20", "39", "10"},
        {"Kupferrohr 22 mm (lfm)", "20", "14", "6"}, {"Therme Gas-Brennwert 24 kW", "20", "2100", "900"},
        {"Einbauküche Montage", "20", "890", "400"}, {"LED-Panel 60x60", "20", "75", "40"},
        {"Kleinmaterial", "20", "30", "50"}, {"Entsorgung Altgerät", "20", "60", "30"}};

    /**
     * An Austrian online invoicing print: a tinted header strip with the seller, the window address with "z. H.",
     * a ruled row of five headings over their values ("Rechnungsnummer", "Rechnungsdatum", "Kundennummer", "Ihre
     * Bestellung", "Seite"), lines in "EUR", "Summe netto", "20 % USt", "Rechnungsbetrag", then a Skonto offer (2 % if
     * paid by an earlier date or within 10 days) beside the net due date or net terms; the due date is the net one.
     */
    static Truth austrianSkonto(Canvas c, Random r, int round) {
        String[] s = pick(r, AT_SELLERS);
        String[] k = pick(r, AT_CLIENTS);
        int accent = pick(r, new Integer[] {0xB91C1C, 0x0F4C81, 0x374151});
        LocalDate issue = day(r);
        int netDays = pick(r, new Integer[] {30, 30, 21});
        LocalDate due = issue.plusDays(netDays);
        LocalDate skontoDate = issue.plusDays(pick(r, new Integer[] {7, 10}));
        String number = String.format(Locale.ROOT, "RE%d-%04d", issue.getYear(), 100 + r.nextInt(900));
        List<Item> items = lines(r, AT_WORK, 3, 7);
        Sums sum = sums(items);
        BigDecimal skonto = pctOf(sum.gross(), new BigDecimal("2"));
        c.fillRgb(0, 770, c.width(), 72, BlindLayouts11.tintOf(accent));
        c.pen = accent;
        c.hline(0, c.width(), 770, 2);
        c.pen = BLACK;
        c.ink = accent;
        c.bold(50, 808, s[0], 15);
        c.ink = BLACK;
        c.text(50, 790, s[1] + ", " + s[2], 8.5f);
        c.right(545, 808, "Tel. " + s[3], 8);
        c.right(545, 796, "UID ATU" + digits(r, 8), 8);
        c.right(545, 784, s[4] + ", " + s[5], 8);
        c.ink = GREY;
        c.text(50, 735, s[0] + ", " + s[1] + ", " + s[2], 6.5f);
        c.ink = BLACK;
        block(c, 50, 718, new String[] {k[0], k[1], k[2], k[3], "Österreich"}, 10, 13, false);
        c.bold(50, 622, "Rechnung", 17);
        float strip = 590;
        float[] xs = {50, 160, 260, 360, 480};
        String[] heads = {"Rechnungsnummer", "Rechnungsdatum", "Kundennummer", "Ihre Bestellung", "Seite"};
        String[] vals = {number, dde(issue), String.valueOf(20000 + r.nextInt(9000)),
            pick(r, new String[] {"telefonisch", "E-Mail vom " + dde(issue.minusDays(12 + r.nextInt(20))),
                "Auftrag " + digits(r, 4)}), "1 von 1"};
        c.hline(50, 545, strip + 13, 0.6f);
        c.hline(50, 545, strip - 21, 0.6f);
        for (int i = 0; i < 5; i++) {
            c.ink = GREY;
            c.text(xs[i], strip + 2, heads[i], 7);
            c.ink = BLACK;
            c.text(xs[i], strip - 12, vals[i], 8.5f);
        }
        c.text(50, 545, "Wir bedanken uns für Ihren Auftrag und erlauben uns, folgende Leistungen zu verrechnen:", 9);
        float top = 518;
        c.bold(50, top, "Nr.", 8.5f);
        c.bold(80, top, "Artikel / Leistung", 8.5f);
        c.rightBold(370, top, "Menge", 8.5f);
        c.rightBold(455, top, "Preis EUR", 8.5f);
        c.rightBold(545, top, "Gesamt EUR", 8.5f);
        c.pen = accent;
        c.hline(50, 545, top - 6, 1);
        c.pen = BLACK;
        c.y = top - 22;
        int n = 0;
        for (Item i : items) {
            c.text(50, c.y, n < 9 ? "0" + (++n) : String.valueOf(++n), 9);
            c.fit(80, c.y, i.label(), 9, 250, false, L);
            c.right(370, c.y, qty(i.qty(), ','), 9);
            c.right(455, c.y, de(i.unit()), 9);
            c.right(545, c.y, de(i.amount()), 9);
            c.down(18);
        }
        c.hline(50, 545, c.y + 9, 0.5f);
        c.down(8);
        c.right(455, c.y, "Summe netto", 9);
        c.right(545, c.y, "€ " + de(sum.net()), 9);
        c.down(14);
        c.right(455, c.y, "20 % USt", 9);
        c.right(545, c.y, "€ " + de(sum.tax()), 9);
        c.down(18);
        c.fillRgb(320, c.y - 7, 225, 21, BlindLayouts11.tintOf(accent));
        c.rightBold(455, c.y, "Rechnungsbetrag", 10);
        c.rightBold(545, c.y, "€ " + de(sum.gross()), 10);
        c.down(36);
        if (round % 2 == 0) {
            c.text(50, c.y, "Zahlbar bis " + dde(due) + " netto ohne Abzug.", 9);
            c.down(13);
            c.text(50, c.y, "Skonto 2 % bei Zahlung bis " + dde(skontoDate) + " (abzüglich € " + de(skonto)
                    + ", Zahlbetrag € " + de(sum.gross().subtract(skonto)) + ").", 9);
        } else {
            c.text(50, c.y, "Zahlungsbedingungen: " + (skontoDate.toEpochDay() - issue.toEpochDay())
                    + " Tage 2 % Skonto, " + netDays + " Tage netto.", 9);
            c.down(13);
            c.text(50, c.y, "Skonto 2 % bei Zahlung bis " + dde(skontoDate) + ": € " + de(skonto) + ".", 9);
        }
        c.down(13);
        c.text(50, c.y, "Leistungszeitraum: " + dde(issue.minusDays(20 + r.nextInt(10))) + " bis "
                + dde(issue.minusDays(2 + r.nextInt(5))), 9);
        c.down(26);
        c.text(50, c.y, "Mit freundlichen Grüßen", 9);
        c.ink = GREY;
        c.hline(50, 545, 70, 0.4f);
        c.text(50, 58, "Bankverbindung: Erste Bank · IBAN " + iban(r, "AT", 20) + " · BIC GIBAATWWXXX", 6.5f);
        c.text(50, 48, s[0] + " · " + s[1] + " · " + s[2] + " · " + s[4], 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    // --- 9. a Dutch invoicing tool, in English

    private static final String[][] NL_SELLERS = {{"Grachtwerk B.V.", "Prinsengracht 312", "1016 HX Amsterdam",
        "KvK 71234598", "NL862341905B01"}, {"Studio Dijkstra", "Oudegracht 88", "3511 AV Utrecht",
        "KvK 80451237", "NL004512378B57"}, {"Haven Logistiek Advies", "Wilhelminakade 91", "3072 AP Rotterdam",
        "KvK 66120934", "NL856610934B01"}};
    private static final String[][] NL_CLIENTS = {{"Bloemenhandel Van Vliet", "Dorpsstraat 14", "2161 AK Lisse"},
        {"Café De Jonge Haan", "Markt 6", "5611 EB Eindhoven"}, {"Fietsenmakerij Peters", "Kerkstraat 40",
            "9711 HA Groningen"}, {"Praktijk Fysio Oost", "Javastraat 120", "1094 HM Amsterdam"},
        {"Nordic Home Goods AB", "Drottninggatan 55", "111 21 Stockholm, Sweden"}};
    private static final String[][] NL_WORK = {{"Strategy workshop (day)", "21", "950", "300"},
        {"Website hosting - annual", "21", "180", "120"}, {"Design hours", "21", "85", "25"},
        {"Printed catalogue (per 100)", "9", "140", "90"}, {"Translation NL-EN (words)", "21", "0", "1"},
        {"Course materials (books)", "9", "35", "25"}, {"Project management", "21", "450", "400"},
        {"Travel expenses", "21", "40", "60"}};

    /**
     * A Dutch invoicing tool in English: the seller's name at the top left, its address, KvK, VAT and IBAN stacked at
     * the right; the customer, then a label: value column ("Invoice", "Invoice date", "Due date", "Reference"); a
     * table with Amount / Description / Price / VAT / Total, "Total excl. VAT", VAT per rate (21 % and 9 %), "Total
     * incl. VAT"; a sentence asking to pay before the due date with a "Pay online" link.
     */
    static Truth dutchEnglish(Canvas c, Random r, int round) {
        String[] s = pick(r, NL_SELLERS);
        String[] k = pick(r, NL_CLIENTS);
        int accent = pick(r, new Integer[] {0x1E40AF, 0x047857, 0xB45309});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30}));
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 10 + r.nextInt(400));
        List<Item> items = new ArrayList<>();
        for (Item i : lines(r, NL_WORK, 3, 6)) {
            if (i.label().contains("words")) {
                items.add(new Item(i.label(), BigDecimal.valueOf(800 + r.nextInt(4000)), new BigDecimal("0.12"),
                        i.rate()));
            } else {
                items.add(i);
            }
        }
        Sums sum = sums(items);
        String iban = iban(r, "NL", 18);
        Function<BigDecimal, String> eur = a -> "€ " + de(a);
        c.ink = accent;
        c.bold(50, 790, s[0], 17);
        c.ink = BLACK;
        c.y = 792;
        for (String line : new String[] {s[1], s[2], "The Netherlands", s[3], "VAT " + s[4], "IBAN " + iban}) {
            c.right(545, c.y, line, 8);
            c.down(11);
        }
        block(c, 50, 700, k, 10, 13, true);
        c.bold(50, 615, "Invoice", 20);
        c.y = 590;
        String[][] meta = round % 2 == 0
                ? new String[][] {{"Invoice", number}, {"Invoice date", d(issue, "dd-MM-yyyy")},
                    {"Due date", d(due, "dd-MM-yyyy")}, {"Reference", "Order " + digits(r, 5)}}
                : new String[][] {{"Invoice", number}, {"Invoice date", d(issue, "d MMMM yyyy")},
                    {"Due date", d(due, "d MMMM yyyy")}, {"Delivery date", d(issue.minusDays(3), "d MMMM yyyy")}};
        pairs(c, 50, L, 150, L, meta, 9, 14, true);
        float top = c.y - 14;
        c.pen = LIGHT;
        c.hline(50, 545, top + 13, 0.5f);
        c.hline(50, 545, top - 6, 0.5f);
        c.pen = BLACK;
        c.ink = GREY;
        c.text(50, top, "Amount", 8.5f);
        c.text(100, top, "Description", 8.5f);
        c.right(400, top, "Price", 8.5f);
        c.right(450, top, "VAT", 8.5f);
        c.right(545, top, "Total", 8.5f);
        c.ink = BLACK;
        c.y = top - 22;
        for (Item i : items) {
            c.text(50, c.y, qty(i.qty(), ','), 9);
            c.fit(100, c.y, i.label(), 9, 220, false, L);
            c.right(400, c.y, eur.apply(i.unit()), 9);
            c.right(450, c.y, rate(i.rate(), ',') + "%", 9);
            c.right(545, c.y, eur.apply(i.amount()), 9);
            c.down(18);
        }
        c.pen = LIGHT;
        c.hline(300, 545, c.y + 9, 0.5f);
        c.pen = BLACK;
        c.down(6);
        c.right(450, c.y, "Total excl. VAT", 9);
        c.right(545, c.y, eur.apply(sum.net()), 9);
        c.down(14);
        for (var e : sum.taxByRate().entrySet()) {
            c.right(450, c.y, rate(e.getKey(), ',') + "% VAT over " + eur.apply(sum.net().signum() == 0
                    ? BigDecimal.ZERO : baseOf(items, e.getKey())), 9);
            c.right(545, c.y, eur.apply(e.getValue()), 9);
            c.down(14);
        }
        c.pen = accent;
        c.hline(300, 545, c.y + 9, 1);
        c.pen = BLACK;
        c.down(6);
        c.rightBold(450, c.y, "Total incl. VAT", 10.5f);
        c.rightBold(545, c.y, eur.apply(sum.gross()), 10.5f);
        c.down(40);
        String dueText = round % 2 == 0 ? d(due, "dd-MM-yyyy") : d(due, "d MMMM yyyy");
        c.text(50, c.y, "We kindly ask you to pay the total of " + eur.apply(sum.gross()) + " before " + dueText
                + " to", 9);
        c.down(13);
        c.text(50, c.y, iban + " in the name of " + s[0] + ", stating invoice number " + number + ".", 9);
        c.down(24);
        c.pill(50, c.y - 7, 110, 22, accent);
        c.ink = WHITE;
        c.centerBold(105, c.y, "Pay online", 9.5f);
        c.ink = accent;
        c.text(172, c.y, "https://pay.invoicelink.nl/" + letters(r, 10), 8.5f);
        c.ink = GREY;
        c.center(297, 50, s[0] + " · " + s[1] + " · " + s[2] + " · " + s[3], 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    private static BigDecimal baseOf(List<Item> items, BigDecimal rate) {
        BigDecimal b = BigDecimal.ZERO;
        for (Item i : items) {
            if (i.rate().compareTo(rate) == 0) {
                b = b.add(i.amount());
            }
        }
        return b;
    }

    // --- 10. a Swiss invoice in German, window at the right

    private static final String[][] CH_SELLERS = {{"Bergblick Treuhand AG", "Bahnhofstrasse 21", "8001 Zürich",
        "CHE-112.345.678"}, {"Aare Gartenbau GmbH", "Thunstrasse 95", "3006 Bern", "CHE-287.004.519"},
        {"Rheinfall Informatik GmbH", "Mühlentalstrasse 12", "8200 Schaffhausen", "CHE-431.220.967"}};
    private static final String[][] CH_CLIENTS = {{"Bäckerei Hofer AG", "Herr Urs Hofer", "Dorfstrasse 5",
        "6300 Zug"}, {"Zahnarztpraxis Dr. Meier", "Frau Dr. Regula Meier", "Seestrasse 140", "8700 Küsnacht"},
        {"Hotel Alpenrose", "Herr Beat Zurbriggen", "Hofmattstrasse 2", "3920 Zermatt"},
        {"Schreinerei Keller GmbH", "Buchhaltung", "Industrieweg 9", "4600 Olten"}};
    private static final String[][] CH_WORK = {{"Buchhaltung Quartal (Pauschale)", "8.1", "1200", "600"},
        {"Lohnbuchhaltung pro Mitarbeiter", "8.1", "35", "10"}, {"Steuererklärung Geschäft", "8.1", "850", "400"},
        {"Gartenunterhalt (Std.)", "8.1", "78", "12"}, {"Rollrasen (m²)", "8.1", "12", "5"},
        {"Support-Stunden Informatik", "8.1", "145", "30"}, {"Fachzeitschrift Jahresabo", "2.6", "98", "40"},
        {"Pflanzen und Saatgut", "2.6", "60", "120"}};

    /**
     * A Swiss business software invoice in German: the seller's name and address at the top left, the customer in a
     * window at the right, "Rechnung RE-00123" with a column of "Datum", "Kundennummer", "Ihr Kontakt", "MWST-Nr.",
     * "Leistungsperiode" at the left, a table with MWST per line, "Total exkl. MWST", MWST 8.1 % / 2.6 %, "Total inkl.
     * MWST CHF", "Zahlbar innert N Tagen" (no date printed) and a receipt part of a payment slip repeating the amount.
     */
    static Truth swissWindowRight(Canvas c, Random r, int round) {
        String[] s = pick(r, CH_SELLERS);
        String[] k = pick(r, CH_CLIENTS);
        LocalDate issue = day(r);
        int days = round % 2 == 0 ? 30 : pick(r, new Integer[] {10, 20});
        LocalDate due = issue.plusDays(days);
        String number = "RE-" + String.format(Locale.ROOT, "%05d", 100 + r.nextInt(3000));
        List<Item> items = lines(r, CH_WORK, 2, 6);
        Sums sum = sums(items);
        String iban = iban(r, "CH", 21);
        c.bold(50, 800, s[0], 14);
        block(c, 50, 784, new String[] {s[1], s[2], "Tel. +41 " + digits(r, 2) + " " + digits(r, 3) + " "
            + digits(r, 2) + " " + digits(r, 2)}, 8.5f, 11, false);
        block(c, 340, 720, k, 10, 13, false);
        c.bold(50, 630, "Rechnung " + number, 15);
        c.y = 606;
        String[][] meta = {{"Datum", dde(issue)}, {"Kundennummer", String.valueOf(10000 + r.nextInt(90000))},
            {"Ihr Kontakt", pick(r, new String[] {"Nadine Frei", "Reto Brunner", "Sandra Baumann"})},
            {"MWST-Nr.", s[3] + " MWST"}, {"Leistungsperiode", d(issue.minusMonths(1).withDayOfMonth(1),
                "MMMM yyyy", Locale.GERMAN)}};
        pairs(c, 50, L, 160, L, meta, 8.5f, 13, false);
        float top = c.y - 12;
        c.fill(50, top - 5, 495, 17, 0.9f);
        c.bold(55, top, "Pos", 8);
        c.bold(85, top, "Beschreibung", 8);
        c.rightBold(340, top, "Menge", 8);
        c.rightBold(420, top, "Preis", 8);
        c.rightBold(470, top, "MWST", 8);
        c.rightBold(545, top, "Total CHF", 8);
        c.y = top - 20;
        int n = 0;
        for (Item i : items) {
            c.text(55, c.y, String.valueOf(++n), 8.5f);
            c.fit(85, c.y, i.label(), 8.5f, 215, false, L);
            c.right(340, c.y, qty(i.qty(), '.'), 8.5f);
            c.right(420, c.y, ch(i.unit()), 8.5f);
            c.right(470, c.y, rate(i.rate(), '.') + "%", 8.5f);
            c.right(545, c.y, ch(i.amount()), 8.5f);
            c.down(16);
        }
        c.hline(50, 545, c.y + 8, 0.5f);
        c.down(6);
        c.right(470, c.y, "Total exkl. MWST", 8.5f);
        c.right(545, c.y, ch(sum.net()), 8.5f);
        c.down(13);
        for (var e : sum.taxByRate().entrySet()) {
            c.right(470, c.y, "MWST " + rate(e.getKey(), '.') + "% auf " + ch(baseOf(items, e.getKey())), 8.5f);
            c.right(545, c.y, ch(e.getValue()), 8.5f);
            c.down(13);
        }
        c.hline(330, 545, c.y + 8, 1);
        c.down(6);
        c.rightBold(470, c.y, "Total inkl. MWST CHF", 10);
        c.rightBold(545, c.y, ch(sum.gross()), 10);
        c.down(30);
        c.text(50, c.y, "Zahlbar innert " + days + " Tagen netto.", 9);
        c.down(13);
        c.text(50, c.y, "Besten Dank für Ihren Auftrag.", 9);
        // the receipt part of a payment slip
        float slip = 250;
        c.dashed(20, 575, slip);
        c.bold(30, slip - 22, "Empfangsschein", 10);
        c.bold(200, slip - 22, "Zahlteil", 10);
        c.box(200, slip - 150, 100, 100, 0.8f);
        c.center(250, slip - 104, "QR", 14);
        c.bold(30, slip - 42, "Konto / Zahlbar an", 6.5f);
        block(c, 30, slip - 53, new String[] {iban, s[0], s[2]}, 7.5f, 9, false);
        c.bold(30, slip - 90, "Zahlbar durch", 6.5f);
        block(c, 30, slip - 101, new String[] {k[0], k[3]}, 7.5f, 9, false);
        c.bold(30, slip - 135, "Währung", 6.5f);
        c.bold(80, slip - 135, "Betrag", 6.5f);
        c.text(30, slip - 146, "CHF", 7.5f);
        c.text(80, slip - 146, ch(sum.gross()).replace("'", " "), 7.5f);
        c.bold(320, slip - 42, "Konto / Zahlbar an", 7.5f);
        block(c, 320, slip - 54, new String[] {iban, s[0], s[1], s[2]}, 8.5f, 10, false);
        c.bold(320, slip - 102, "Zusätzliche Informationen", 7.5f);
        c.text(320, slip - 114, "Rechnung " + number, 8.5f);
        c.bold(320, slip - 132, "Zahlbar durch", 7.5f);
        block(c, 320, slip - 144, new String[] {k[0], k[2], k[3]}, 8.5f, 10, false);
        c.bold(200, slip - 172, "Währung", 7.5f);
        c.bold(250, slip - 172, "Betrag", 7.5f);
        c.text(200, slip - 185, "CHF", 9);
        c.text(250, slip - 185, ch(sum.gross()).replace("'", " "), 9);
        return Truth.invoice(number, issue, due, sum.gross(), "CHF", k[0]);
    }

    // --- 11. a French accounting platform's invoice with a side panel

    private static final String[][] FR_SELLERS = {{"Nébuleuse Conseil SAS", "14 rue des Petites Écuries",
        "75010 Paris", "912 345 678"}, {"Atelier Garance SARL", "6 place du Capitole", "31000 Toulouse",
        "834 201 556"}, {"Les Ateliers du Quai SAS", "27 quai de la Fosse", "44000 Nantes", "881 502 310"}};
    private static final String[][] FR_CLIENTS = {{"Boulangerie Marchal SARL", "12 rue Nationale", "37000 Tours"},
        {"Cabinet Leroy Avocats", "3 cours Mirabeau", "13100 Aix-en-Provence"},
        {"Vignobles Castéra SAS", "Château Castéra", "33250 Pauillac"},
        {"Hôtel du Port SARL", "2 quai Gambetta", "56100 Lorient"},
        {"Association Lire Ensemble", "8 rue Victor Hugo", "69002 Lyon"}};
    private static final String[][] FR_WORK = {{"Accompagnement stratégique (jour)", "20", "800", "300"},
        {"Atelier de co-conception", "20", "1200", "600"}, {"Rédaction de la charte éditoriale", "20", "650", "350"},
        {"Licence outil collaboratif (mois)", "20", "49", "30"}, {"Frais de déplacement", "20", "60", "120"},
        {"Animation de séminaire (demi-journée)", "20", "700", "300"}, {"Support et suivi mensuel", "20", "250", "150"}};

    /**
     * A French accounting platform's invoice: a tinted panel down the left with the seller, "Facture", "Numéro",
     * "Date d'émission", "Date d'échéance" (or "À réception" in odd rounds) and "Montant total TTC" large, the seller's
     * SIREN and VAT number; at the right the "Destinataire", the subject, a compact table, "Total HT", "TVA 20 %",
     * "Montant total TTC", a payment box with the link and IBAN, the late-payment mentions.
     */
    static Truth frenchSidePanel(Canvas c, Random r, int round) {
        String[] s = pick(r, FR_SELLERS);
        String[] k = pick(r, FR_CLIENTS);
        int accent = pick(r, new Integer[] {0x5B21B6, 0x0F766E, 0x1E3A8A});
        LocalDate issue = day(r);
        boolean receipt = round % 2 == 1;
        LocalDate due = receipt ? issue : issue.plusDays(pick(r, new Integer[] {30, 45}));
        String number = "F" + issue.getYear() + String.format(Locale.ROOT, "%02d", issue.getMonthValue()) + "-"
                + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(200));
        List<Item> items = lines(r, FR_WORK, 2, 5);
        Sums sum = sums(items);
        Function<BigDecimal, String> eur = a -> fr(a) + "\u00A0€";
        String siren = s[3];
        c.fillRgb(0, 0, 185, c.height(), BlindLayouts11.tintOf(accent));
        c.ink = accent;
        c.bold(30, 792, s[0], 11);
        c.ink = BLACK;
        c.bold(30, 740, "Facture", 22);
        c.y = 708;
        String[][] meta = {{"Numéro", number}, {"Date d'émission", dmy(issue)},
            {"Date d'échéance", receipt ? "À réception" : dmy(due)}};
        for (String[] m : meta) {
            c.ink = GREY;
            c.text(30, c.y, m[0], 8);
            c.ink = BLACK;
            c.bold(30, c.y - 13, m[1], 10);
            c.down(36);
        }
        c.ink = GREY;
        c.text(30, c.y, "Montant total TTC", 8);
        c.ink = accent;
        c.fit(30, c.y - 19, eur.apply(sum.gross()), 16, 140, true, L);
        c.ink = GREY;
        block(c, 30, 480, new String[] {"Émetteur", s[0], s[1], s[2], "SIREN " + siren, "TVA FR"
            + String.format(Locale.ROOT, "%02d", (12 + 3 * (Long.parseLong(siren.replace(" ", "")) % 97)) % 97)
            + siren.replace(" ", "")}, 7.5f, 11, false);
        c.ink = BLACK;
        c.ink = GREY;
        c.text(215, 740, "Destinataire", 8);
        c.ink = BLACK;
        block(c, 215, 724, k, 10, 13, true);
        c.text(215, 660, "Objet : " + pick(r, new String[] {"Mission d'accompagnement", "Prestations du mois de "
            + frMonth(issue.minusMonths(1)), "Séminaire d'équipe"}), 9);
        float top = 630;
        c.pen = LIGHT;
        c.hline(215, 565, top - 6, 0.8f);
        c.pen = BLACK;
        c.ink = GREY;
        c.text(215, top, "Désignation", 8);
        c.right(400, top, "Qté", 8);
        c.right(460, top, "PU HT", 8);
        c.right(495, top, "TVA", 8);
        c.right(565, top, "Total HT", 8);
        c.ink = BLACK;
        c.y = top - 22;
        for (Item i : items) {
            c.fit(215, c.y, i.label(), 8.5f, 165, false, L);
            c.right(400, c.y, qty(i.qty(), ','), 8.5f);
            c.right(460, c.y, fr(i.unit()), 8.5f);
            c.right(495, c.y, rate(i.rate(), ',') + "\u00A0%", 8.5f);
            c.right(565, c.y, fr(i.amount()), 8.5f);
            c.pen = LIGHT;
            c.hline(215, 565, c.y - 8, 0.4f);
            c.pen = BLACK;
            c.down(21);
        }
        c.down(4);
        c.right(480, c.y, "Total HT", 9);
        c.right(565, c.y, eur.apply(sum.net()), 9);
        c.down(15);
        c.right(480, c.y, "TVA 20\u00A0%", 9);
        c.right(565, c.y, eur.apply(sum.tax()), 9);
        c.down(20);
        c.rightBold(480, c.y, "Montant total TTC", 10.5f);
        c.rightBold(565, c.y, eur.apply(sum.gross()), 10.5f);
        c.down(40);
        float box = c.y;
        c.pen = accent;
        c.box(215, box - 64, 350, 78, 0.8f);
        c.pen = BLACK;
        c.bold(225, box, "Payer cette facture", 9.5f);
        c.ink = accent;
        c.text(225, box - 15, "https://paiement.factures-pro.fr/" + letters(r, 4) + "-" + digits(r, 6), 8.5f);
        c.ink = BLACK;
        c.text(225, box - 32, "ou par virement : IBAN " + iban(r, "FR", 27), 8);
        c.text(225, box - 45, "BIC " + pick(r, new String[] {"QNTOFRP1XXX", "BNPAFRPPXXX", "CMCIFR2A"})
                + " · Référence à indiquer : " + number, 8);
        c.ink = GREY;
        String terms = receipt ? "Facture payable à réception." : "Facture payable au plus tard le " + dmy(due) + ".";
        c.text(215, 110, terms + " Pas d'escompte pour paiement anticipé.", 7);
        c.text(215, 100, "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour", 7);
        c.text(215, 90, "frais de recouvrement : 40 €.", 7);
        c.text(215, 60, s[0] + " · RCS " + s[2].substring(6) + " " + siren, 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    private static String dmy(LocalDate date) {
        return d(date, "dd/MM/yyyy");
    }

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static String frMonth(LocalDate date) {
        return MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    // --- 12. a Belgian CRM's invoice in French

    private static final String[][] BE_SELLERS = {{"Meuse Digital SRL", "Quai de la Batte 10", "4000 Liège",
        "BE 0712.345.678"}, {"Atelier Sablon SRL", "Rue de Rollebeek 22", "1000 Bruxelles", "BE 0834.112.906"},
        {"Technitoit SA", "Chaussée de Mons 301", "7000 Mons", "BE 0456.789.123"}};
    private static final String[][] BE_CLIENTS = {{"Brasserie du Mont SPRL", "Rue Haute 5", "5000 Namur",
        "BE 0467.221.309"}, {"Pharmacie Delvaux", "Avenue Louise 180", "1050 Ixelles", "BE 0899.450.117"},
        {"Commune de Waterloo – Service travaux", "Rue François Libert 28", "1410 Waterloo", "BE 0207.364.918"},
        {"Fromagerie Lambert SA", "Route de Bastogne 42", "6700 Arlon", "BE 0633.804.521"}};
    private static final String[][] BE_WORK = {{"Développement site web (heure)", "21", "75", "20"},
        {"Hébergement annuel", "21", "240", "120"}, {"Réfection toiture (m²)", "6", "65", "30"},
        {"Isolation combles (m²)", "6", "32", "15"}, {"Déplacement", "21", "45", "15"},
        {"Gouttière zinc (m)", "6", "38", "12"}, {"Audit énergétique", "21", "450", "200"},
        {"Consultance marketing (jour)", "21", "780", "200"}, {"Échafaudage (semaine)", "21", "290", "100"},
        {"Matériaux divers", "21", "80", "150"}, {"Formation utilisateurs", "21", "520", "180"}};

    /**
     * A Belgian CRM's invoice in French: the seller's logo and details at the top right, the customer with its VAT
     * number at the left, a dark "FACTURE" band with the number, a boxed row "Date de facture" / "Date d'échéance" /
     * "Votre référence" / "N° client", a table with "Remise" and "Total HTVA", "Total HTVA", TVA 21 % / 6 %, "Total
     * TVAC" and the structured communication; odd rounds run the lines over two pages with the totals on page 2.
     */
    static Truth belgianTvac(Canvas c, Random r, int round) {
        String[] s = pick(r, BE_SELLERS);
        String[] k = pick(r, BE_CLIENTS);
        int accent = pick(r, new Integer[] {0x1F2937, 0x7C2D12, 0x134E4A});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {15, 30}));
        String number = issue.getYear() + "/" + String.format(Locale.ROOT, "%04d", 10 + r.nextInt(900));
        boolean two = round % 2 == 1;
        List<Item> items = new ArrayList<>();
        List<Integer> rebates = new ArrayList<>();
        for (Item i : lines(r, BE_WORK, two ? 32 : 3, two ? 37 : 7)) {
            int rem = r.nextInt(4) == 0 ? 10 : 0;
            BigDecimal amount = i.qty().multiply(i.unit()).multiply(BigDecimal.valueOf(100 - rem)).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            items.add(new Item(i.label() + "\u0000" + qty(i.qty(), ',') + "\u0000" + de(i.unit()), BigDecimal.ONE,
                    amount, i.rate()));
            rebates.add(rem);
        }
        Sums sum = sums(items);
        String comm = mod97Ref(r);
        String iban = iban(r, "BE", 16);
        Function<BigDecimal, String> eur = a -> de(a) + " €";
        int pages = two ? 2 : 1;
        c.fillRgb(470, 775, 75, 40, accent);
        c.ink = WHITE;
        c.centerBold(507, 791, s[0].substring(0, s[0].indexOf(' ')).toUpperCase(Locale.ROOT), 9);
        c.ink = BLACK;
        c.y = 762;
        for (String line : new String[] {s[0], s[1], s[2], "TVA " + s[3], "IBAN " + iban}) {
            c.right(545, c.y, line, 8);
            c.down(11);
        }
        block(c, 50, 762, new String[] {k[0], k[1], k[2], "TVA " + k[3]}, 9.5f, 13, true);
        c.fillRgb(50, 665, 495, 26, accent);
        c.ink = WHITE;
        c.bold(60, 674, "FACTURE", 13);
        c.rightBold(535, 674, "N° " + number, 12);
        c.ink = BLACK;
        float[] xs = {50, 175, 300, 425};
        String[] heads = {"Date de facture", "Date d'échéance", "Votre référence", "N° client"};
        String[] vals = {dde(issue), dde(due), pick(r, new String[] {"Offre OF-", "Bon de commande ", "Projet P"})
            + digits(r, 4), String.valueOf(1000 + r.nextInt(8000))};
        c.box(50, 618, 495, 38, 0.6f);
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                c.vline(xs[i] - 6, 618, 656, 0.6f);
            }
            c.ink = GREY;
            c.text(xs[i] + 4, 642, heads[i], 7.5f);
            c.ink = BLACK;
            c.fit(xs[i] + 4, 627, vals[i], 9, 112, false, L);
        }
        c.y = 595;
        headBe(c);
        for (int n = 0; n < items.size(); n++) {
            if (c.y < 95) {
                c.ink = GREY;
                c.right(545, c.y + 2, "Suite à la page suivante", 8);
                c.text(50, 40, s[0] + " · " + s[1] + " · " + s[2], 7);
                c.right(545, 40, "Page 1/" + pages, 7);
                c.ink = BLACK;
                c.newPage();
                c.text(50, 800, "Facture " + number + " – " + k[0], 8.5f);
                c.right(545, 800, "Page 2/2", 8.5f);
                c.y = 770;
                headBe(c);
            }
            Item i = items.get(n);
            String[] parts = i.label().split("\u0000");
            c.fit(50, c.y, parts[0], 8.5f, 195, false, L);
            c.right(300, c.y, parts[1], 8.5f);
            c.right(370, c.y, parts[2], 8.5f);
            c.right(415, c.y, rebates.get(n) == 0 ? "" : rebates.get(n) + " %", 8.5f);
            c.right(455, c.y, rate(i.rate(), ',') + " %", 8.5f);
            c.right(545, c.y, eur.apply(i.amount()), 8.5f);
            c.pen = LIGHT;
            c.hline(50, 545, c.y - 6, 0.4f);
            c.pen = BLACK;
            c.down(17);
        }
        c.down(8);
        c.right(455, c.y, "Total HTVA", 9);
        c.right(545, c.y, eur.apply(sum.net()), 9);
        c.down(14);
        for (var e : sum.taxByRate().entrySet()) {
            c.right(455, c.y, "TVA " + rate(e.getKey(), ',') + " % sur " + eur.apply(baseOf(items, e.getKey())), 9);
            c.right(545, c.y, eur.apply(e.getValue()), 9);
            c.down(14);
        }
        c.down(4);
        c.fillRgb(320, c.y - 7, 225, 21, accent);
        c.ink = WHITE;
        c.rightBold(455, c.y, "Total TVAC", 10.5f);
        c.rightBold(540, c.y, eur.apply(sum.gross()), 10.5f);
        c.ink = BLACK;
        c.down(36);
        c.text(50, c.y, "Merci de verser le montant de " + eur.apply(sum.gross()) + " au plus tard le " + dde(due)
                + " sur le compte", 9);
        c.down(13);
        c.text(50, c.y, iban + " (BIC " + pick(r, new String[] {"GEBABEBB", "BBRUBEBB", "KREDBEBB"})
                + ") avec la communication structurée " + comm + ".", 9);
        c.down(13);
        c.ink = GREY;
        c.text(50, c.y, "Conditions générales consultables sur notre site. Tout retard de paiement entraîne un intérêt "
                + "de 8 % l'an.", 7.5f);
        c.text(50, 40, s[0] + " · " + s[1] + " · " + s[2], 7);
        c.right(545, 40, "Page " + pages + "/" + pages, 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    private static void headBe(Canvas c) {
        c.ink = GREY;
        c.bold(50, c.y, "Description", 8);
        c.rightBold(300, c.y, "Quantité", 8);
        c.rightBold(370, c.y, "Prix unitaire", 8);
        c.rightBold(415, c.y, "Remise", 8);
        c.rightBold(455, c.y, "TVA", 8);
        c.rightBold(545, c.y, "Total HTVA", 8);
        c.ink = BLACK;
        c.hline(50, 545, c.y - 6, 0.8f);
        c.down(21);
    }
}
