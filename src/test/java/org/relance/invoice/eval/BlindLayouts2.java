package org.relance.invoice.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.relance.invoice.eval.BlindLayouts.Doc;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;

/**
 * A second blind set ({@code eval/invoices/blind2}): layouts of invoicing tools and small vendors written without
 * looking at the reader, none of them used by the earlier sets.
 */
public final class BlindLayouts2 {

    private static final Map<String, BlindLayouts.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("saas-fr-stacked", BlindLayouts2::saasFrench);
        LAYOUTS.put("crm-fr-right-panel", BlindLayouts2::crmRightPanel);
        LAYOUTS.put("us-qb-boxes", BlindLayouts2::usBoxes);
        LAYOUTS.put("en-tax-invoice-stacked", BlindLayouts2::taxInvoiceStacked);
        LAYOUTS.put("en-balance-due-top", BlindLayouts2::balanceDueTop);
        LAYOUTS.put("en-columns-cad", BlindLayouts2::columnsCad);
        LAYOUTS.put("en-payment-platform", BlindLayouts2::paymentPlatform);
        LAYOUTS.put("fr-erp-slash-number", BlindLayouts2::erpSlashNumber);
        LAYOUTS.put("fr-accounting-grid", BlindLayouts2::accountingGrid);
        LAYOUTS.put("it-style-en", BlindLayouts2::italianStyle);
        LAYOUTS.put("fr-artisan-form", BlindLayouts2::artisanForm);
        LAYOUTS.put("fr-usd", BlindLayouts2::frenchUsd);
        LAYOUTS.put("fr-long-3-pages", BlindLayouts2::longThreePages);
        LAYOUTS.put("fr-discount-deposit", BlindLayouts2::discountDeposit);
        LAYOUTS.put("fr-shop-order", BlindLayouts2::shopOrder);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind2=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind2", 2026_12_03L, 2, "blind2");
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"Menuiserie Delmas", "Agence Pixel Nord", "SARL Les Jardins d'Oc",
        "Clinique Vétérinaire du Lac", "Brasserie L'Écluse", "Studio Kaléo", "Transports Guérin",
        "Épicerie Fine Lamarque", "Cabinet Dr. Nguyen", "Association Vélo Cité"};
    private static final String[] EN_CUSTOMERS = {"Brightwater Analytics Ltd", "Maple & Finch LLC",
        "Harbour Street Dental", "Northwind Outfitters Inc.", "Kestrel Design Co.", "Bluegum Cafe Pty Ltd",
        "Redfern Legal LLP", "Oakline Property Services"};
    private static final String[] FR_STREETS = {"9 rue Paul Bert", "22 quai de la Fosse", "5 allée des Tanneurs",
        "140 cours Lafayette", "31 rue du Faubourg", "2 chemin des Vignes"};
    private static final String[] FR_CITIES = {"59000 Lille", "34000 Montpellier", "35000 Rennes", "06000 Nice",
        "21000 Dijon", "37000 Tours", "38000 Grenoble"};
    private static final String[] EN_STREETS = {"418 Market Street", "77 Queen's Road", "12 Baker Lane",
        "2300 Elm Avenue, Suite 4", "9 Harbour Parade"};
    private static final String[] EN_CITIES = {"Portland, OR 97205", "Manchester M1 2AB", "Toronto, ON M5V 2T6",
        "Sydney NSW 2000", "Austin, TX 78701"};
    private static final String[] FR_WORK = {"Abonnement logiciel - mensuel", "Développement module export",
        "Pose parquet chêne (m²)", "Réglage portes et fenêtres", "Séance photo corporate", "Accompagnement RH (jour)",
        "Frais de port", "Licence utilisateur supplémentaire", "Peinture murs et plafonds", "Câblage réseau RJ45",
        "Audit énergétique", "Traduction juridique (page)", "Location matériel son"};
    private static final String[] EN_WORK = {"Strategy workshop", "Bookkeeping - quarterly", "Mobile app sprint",
        "Brand guidelines", "Cloud hosting (month)", "Shipping & handling", "Illustration set", "On-site support (hr)",
        "Annual maintenance plan", "Content writing"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static final BlindLayouts.ItemShape SHAPE = new BlindLayouts.ItemShape(10, 900, 90_000, 3);

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return BlindLayouts.day(r, 355);
    }

    private static List<Item> items(Random r, String[] work, int min, int max, BigDecimal... rates) {
        return BlindLayouts.items(r, SHAPE, work, min, max, rates);
    }

    private static String fr(BigDecimal a) {
        return BlindLayouts.fr(a);
    }

    private static String en(BigDecimal a) {
        return BlindLayouts.en(a);
    }

    private static String de(BigDecimal a) {
        return BlindLayouts.de(a);
    }

    private static String d(LocalDate date, String pattern) {
        return BlindLayouts.d(date, pattern, Locale.ENGLISH);
    }

    private static String frDate(LocalDate date) {
        return BlindLayouts.frDate(date);
    }

    private static String frWords(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static final BigDecimal TWENTY = new BigDecimal("20");

    /** A simple line table: description, quantity, unit price, amount. */
    private static void table(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money) {
        float right = doc.width() - 50;
        doc.bold(50, doc.y, heads[0], 9);
        doc.rightBold(right - 200, doc.y, heads[1], 9);
        doc.rightBold(right - 110, doc.y, heads[2], 9);
        doc.rightBold(right, doc.y, heads[3], 9);
        doc.down(14);
        for (Item i : items) {
            doc.text(50, doc.y, i.label(), 9);
            doc.right(right - 200, doc.y, i.qty().toPlainString(), 9);
            doc.right(right - 110, doc.y, money.apply(i.unit()), 9);
            doc.right(right, doc.y, money.apply(i.amount()), 9);
            doc.down(13);
        }
        doc.down(8);
    }

    private static void totals(Doc doc, String[][] rows, int boldFrom) {
        float right = doc.width() - 50;
        for (int i = 0; i < rows.length; i++) {
            if (i >= boldFrom) {
                doc.bold(right - 220, doc.y, rows[i][0], 10);
                doc.rightBold(right, doc.y, rows[i][1], 10);
            } else {
                doc.text(right - 220, doc.y, rows[i][0], 9);
                doc.right(right, doc.y, rows[i][1], 9);
            }
            doc.down(14);
        }
    }

    private static String siren(Random r) {
        return String.valueOf(300_000_000L + r.nextInt(599_999_999));
    }

    // --- layouts

    /** A French SaaS invoicing tool: logo line, stacked labels, client under "Facturé à", euro sign after. */
    static Truth saasFrench(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Atelier Nomade SAS", "Lumen Studio", "Ondine Conseil SARL"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {14, 30, 45}));
        String number = String.format(Locale.ROOT, "F-%d-%04d", issue.getYear(), 1 + r.nextInt(900));
        List<Item> items = items(r, FR_WORK, 1, 5, TWENTY);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 15);
        doc.line(50, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIREN " + siren(r) + " - TVA FR" + (10 + r.nextInt(89)) + siren(r), 8);
        float top = doc.size.getHeight() - 130;
        doc.bold(50, top, "Facture", 20);
        doc.text(50, top - 22, number, 11);
        doc.text(360, top, "Date d'émission", 8);
        doc.bold(360, top - 11, frDate(issue), 10);
        doc.text(460, top, "Date d'échéance", 8);
        doc.bold(460, top - 11, frDate(due), 10);
        doc.text(50, top - 55, "Facturé à", 8);
        doc.bold(50, top - 68, customer, 10);
        doc.text(50, top - 80, pick(r, FR_STREETS), 9);
        doc.text(50, top - 92, pick(r, FR_CITIES), 9);
        doc.y = top - 130;
        table(doc, items, new String[] {"Description", "Qté", "Prix unitaire HT", "Total HT"}, a -> fr(a) + " €");
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA (20 %)", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"}}, 2);
        doc.down(10);
        doc.line(50, "Paiement par virement - IBAN FR76 3000 4000 0300 0012 3456 789", 8);
        doc.line(50, "En cas de retard de paiement, une indemnité forfaitaire de 40 € pour frais de recouvrement"
                + " sera exigée.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A CRM-style French invoice: everything about the document in a right-hand panel, the total repeated. */
    static Truth crmRightPanel(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Domotic Services", "EcoLogis Rénovation", "Cap Formation"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FA%05d", 100 + r.nextInt(9000));
        List<Item> items = items(r, FR_WORK, 2, 5, TWENTY, new BigDecimal("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS), 9);
        doc.line(50, pick(r, FR_CITIES), 9);
        doc.line(50, "Tél. 0" + (1 + r.nextInt(5)) + " 23 45 67 89", 9);
        float top = doc.size.getHeight() - 60;
        doc.bold(360, top, "FACTURE", 16);
        doc.text(360, top - 20, "Numéro", 9);
        doc.right(545, top - 20, number, 9);
        doc.text(360, top - 33, "Date", 9);
        doc.right(545, top - 33, frDate(issue), 9);
        doc.text(360, top - 46, "Date limite de règlement", 9);
        doc.right(545, top - 46, frDate(due), 9);
        doc.text(360, top - 59, "Montant TTC", 9);
        doc.right(545, top - 59, fr(s.gross()) + " €", 9);
        doc.text(360, top - 100, "Adressée à :", 8);
        doc.bold(360, top - 113, customer, 10);
        doc.text(360, top - 125, pick(r, FR_STREETS), 9);
        doc.text(360, top - 137, pick(r, FR_CITIES), 9);
        doc.y = top - 180;
        table(doc, items, new String[] {"Désignation", "Quantité", "P.U. HT", "Montant HT"}, BlindLayouts2::fr);
        Map<BigDecimal, BigDecimal> tax = s.taxByRate();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HT", fr(s.net())});
        tax.forEach((rate, t) -> rows.add(new String[] {"TVA " + rate.toPlainString() + " %", fr(t)}));
        rows.add(new String[] {"Total TTC", fr(s.gross())});
        rows.add(new String[] {"Net à payer (EUR)", fr(s.gross())});
        totals(doc, rows.toArray(String[][]::new), rows.size() - 1);
        doc.down(10);
        doc.line(50, "Conditions de règlement : 30 jours date de facture. Escompte pour paiement anticipé : néant.", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** An American small-business tool: BILL TO / SHIP TO, a box of DATE / INVOICE # / TERMS / DUE DATE, US dates. */
    static Truth usBoxes(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Cedar Ridge Landscaping", "Pine & Pixel Web Studio", "Summit HVAC"});
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(1000 + r.nextInt(900));
        List<Item> items = items(r, EN_WORK, 1, 4, new BigDecimal("8.25"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, EN_STREETS), 9);
        doc.line(50, pick(r, EN_CITIES), 9);
        doc.line(50, "billing@example.com  +1 (503) 555-01" + (10 + r.nextInt(89)), 9);
        float top = doc.size.getHeight() - 60;
        doc.bold(430, top, "INVOICE", 18);
        float y = doc.size.getHeight() - 140;
        doc.bold(50, y, "BILL TO", 9);
        doc.bold(220, y, "SHIP TO", 9);
        doc.text(50, y - 12, customer, 9);
        doc.text(220, y - 12, customer, 9);
        doc.text(50, y - 24, pick(r, EN_STREETS), 9);
        doc.text(220, y - 24, pick(r, EN_STREETS), 9);
        doc.bold(400, y, "INVOICE #", 9);
        doc.right(545, y, number, 9);
        doc.bold(400, y - 12, "DATE", 9);
        doc.right(545, y - 12, d(issue, "MM/dd/yyyy"), 9);
        doc.bold(400, y - 24, "TERMS", 9);
        doc.right(545, y - 24, "Net " + days, 9);
        doc.bold(400, y - 36, "DUE DATE", 9);
        doc.right(545, y - 36, d(due, "MM/dd/yyyy"), 9);
        doc.y = y - 80;
        table(doc, items, new String[] {"ACTIVITY", "QTY", "RATE", "AMOUNT"}, BlindLayouts2::en);
        totals(doc, new String[][] {{"SUBTOTAL", en(s.net())}, {"TAX (8.25%)", en(s.tax())},
            {"TOTAL", en(s.gross())}, {"BALANCE DUE", "$" + en(s.gross())}}, 3);
        doc.line(50, "Thank you for your business!", 9);
        return Truth.invoice(number, issue, due, s.gross(), "USD", customer);
    }

    /** A UK/AU cloud accounting tool: TAX INVOICE, labels stacked above values at the right, total with the code. */
    static Truth taxInvoiceStacked(Doc doc, Random r) {
        boolean uk = r.nextBoolean();
        String seller = uk ? "Hollybank Creative Ltd" : "Wattle & Co Consulting Pty Ltd";
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {7, 14, 20}));
        String number = String.format(Locale.ROOT, "INV-%04d", 1 + r.nextInt(3000));
        BigDecimal rate = uk ? TWENTY : BigDecimal.TEN;
        List<Item> items = items(r, EN_WORK, 1, 4, rate);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String code = uk ? "GBP" : "AUD";
        float top = doc.size.getHeight() - 60;
        doc.bold(50, top, "TAX INVOICE", 20);
        doc.text(50, top - 40, customer, 10);
        doc.text(50, top - 52, pick(r, EN_STREETS), 9);
        doc.text(50, top - 64, pick(r, EN_CITIES), 9);
        doc.bold(300, top - 40, "Invoice Date", 8);
        doc.text(300, top - 51, d(issue, "d MMM yyyy"), 9);
        doc.bold(300, top - 66, "Invoice Number", 8);
        doc.text(300, top - 77, number, 9);
        doc.bold(300, top - 92, "Reference", 8);
        doc.text(300, top - 103, "PO-" + (4000 + r.nextInt(999)), 9);
        doc.bold(300, top - 118, uk ? "VAT Number" : "ABN", 8);
        doc.text(300, top - 129, uk ? "GB 123 4567 89" : "51 824 753 556", 9);
        doc.text(430, top - 40, seller, 9);
        doc.text(430, top - 52, pick(r, EN_STREETS), 8);
        doc.text(430, top - 64, pick(r, EN_CITIES), 8);
        doc.y = top - 170;
        table(doc, items, new String[] {"Description", "Quantity", "Unit Price", "Amount " + code}, BlindLayouts2::en);
        totals(doc, new String[][] {{"Subtotal", en(s.net())},
            {"TOTAL " + (uk ? "VAT" : "GST") + " " + rate.toPlainString() + "%", en(s.tax())},
            {"TOTAL " + code, en(s.gross())}}, 2);
        doc.down(20);
        doc.lineBold(50, "Due Date: " + d(due, "d MMMM yyyy"), 10);
        doc.line(50, "Payment by bank transfer, sort code 40-11-22, account 12345678, ref " + number, 8);
        return Truth.invoice(number, issue, due, s.gross(), code, customer);
    }

    /** An online invoicing tool: "Balance Due" big at the top right, then label : value lines, "Bill To". */
    static Truth balanceDueTop(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Arcadia Software Labs", "Greenleaf Tutors", "Riverbend Printing"});
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 45});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "INV-%06d", 1 + r.nextInt(500));
        List<Item> items = items(r, EN_WORK, 2, 4, new BigDecimal("5"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal paid = r.nextBoolean() ? BigDecimal.ZERO
                : s.gross().multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal balance = s.gross().subtract(paid);
        float top = doc.size.getHeight() - 60;
        doc.bold(50, top, seller, 13);
        doc.text(50, top - 14, pick(r, EN_STREETS) + ", " + pick(r, EN_CITIES), 8);
        doc.rightBold(545, top, "INVOICE", 22);
        doc.right(545, top - 20, "# " + number, 10);
        doc.right(545, top - 40, "Balance Due", 8);
        doc.rightBold(545, top - 54, "$" + en(balance), 13);
        float y = top - 100;
        doc.text(50, y, "Bill To", 8);
        doc.bold(50, y - 12, customer, 10);
        doc.text(340, y, "Invoice Date :", 9);
        doc.right(545, y, d(issue, "dd MMM yyyy"), 9);
        doc.text(340, y - 13, "Terms :", 9);
        doc.right(545, y - 13, "Net " + days, 9);
        doc.text(340, y - 26, "Due Date :", 9);
        doc.right(545, y - 26, d(due, "dd MMM yyyy"), 9);
        doc.y = y - 60;
        table(doc, items, new String[] {"Item & Description", "Qty", "Rate", "Amount"}, BlindLayouts2::en);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Sub Total", en(s.net())});
        rows.add(new String[] {"Sales Tax (5%)", en(s.tax())});
        rows.add(new String[] {"Total", "$" + en(s.gross())});
        if (paid.signum() > 0) {
            rows.add(new String[] {"Payment Made", "(-) " + en(paid)});
        }
        rows.add(new String[] {"Balance Due", "$" + en(balance)});
        totals(doc, rows.toArray(String[][]::new), rows.size() - 1);
        doc.line(50, "Notes: Looking forward for your business.", 8);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "USD", customer);
        return paid.signum() > 0 ? t.withAmountDue(balance) : t;
    }

    /** A Canadian freelancer tool: a row of columns, labels above values, amount due with the code in brackets. */
    static Truth columnsCad(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Maude Tremblay Design", "Northern Lights Video", "Lakeside Bookkeeping"});
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%07d", 1 + r.nextInt(300));
        List<Item> items = items(r, EN_WORK, 1, 3, new BigDecimal("13"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float top = doc.size.getHeight() - 60;
        doc.bold(50, top, seller, 16);
        doc.text(400, top, "+1 416 555 0199", 8);
        doc.text(400, top - 10, pick(r, EN_CITIES), 8);
        float y = top - 70;
        doc.text(50, y, "Billed To", 8);
        doc.text(200, y, "Date of Issue", 8);
        doc.text(320, y, "Invoice Number", 8);
        doc.text(450, y, "Amount Due (CAD)", 8);
        doc.bold(50, y - 13, customer, 9);
        doc.text(200, y - 13, d(issue, "MM/dd/yyyy"), 9);
        doc.text(320, y - 13, number, 9);
        doc.bold(450, y - 14, "$" + en(s.gross()), 14);
        doc.text(50, y - 25, pick(r, EN_STREETS), 8);
        doc.text(200, y - 30, "Due Date", 8);
        doc.text(200, y - 43, d(due, "MM/dd/yyyy"), 9);
        doc.y = y - 80;
        table(doc, items, new String[] {"Description", "Qty", "Rate", "Line Total"}, a -> "$" + en(a));
        totals(doc, new String[][] {{"Subtotal", en(s.net())}, {"HST 13%", en(s.tax())}, {"Total", en(s.gross())},
            {"Amount Paid", "0.00"}, {"Amount Due (CAD)", "$" + en(s.gross())}}, 4);
        return Truth.invoice(number, issue, due, s.gross(), "CAD", customer);
    }

    /** A payment platform invoice: "Invoice number", "Date of issue", "Date due", "€x due <date>". */
    static Truth paymentPlatform(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Cloudpad SAS", "Tessera Labs Ltd", "Formeo GmbH"});
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {0, 7, 30}));
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append((char) ('A' + r.nextInt(26)));
        }
        String number = prefix + String.format(Locale.ROOT, "-%04d", 1 + r.nextInt(40));
        List<Item> items = items(r, EN_WORK, 1, 2, TWENTY);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String dateFmt = "MMMM d, yyyy";
        float top = doc.size.getHeight() - 60;
        doc.bold(50, top, "Invoice", 18);
        doc.text(50, top - 30, "Invoice number", 9);
        doc.text(160, top - 30, number, 9);
        doc.text(50, top - 43, "Date of issue", 9);
        doc.text(160, top - 43, d(issue, dateFmt), 9);
        doc.text(50, top - 56, "Date due", 9);
        doc.text(160, top - 56, d(due, dateFmt), 9);
        doc.bold(50, top - 90, seller, 9);
        doc.text(50, top - 102, "8 rue de la Paix, 75002 Paris, France", 9);
        doc.text(50, top - 114, "EU VAT FR12" + siren(r), 9);
        doc.bold(300, top - 90, "Bill to", 9);
        doc.text(300, top - 102, customer, 9);
        doc.text(300, top - 114, pick(r, EN_STREETS), 9);
        doc.text(300, top - 126, "accounts@" + customer.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com", 9);
        doc.y = top - 170;
        doc.lineBold(50, "€" + en(s.gross()) + " due " + d(due, dateFmt), 14);
        doc.line(50, "Pay online", 9);
        doc.down(10);
        table(doc, items, new String[] {"Description", "Qty", "Unit price", "Amount"}, a -> "€" + en(a));
        totals(doc, new String[][] {{"Subtotal", "€" + en(s.net())}, {"VAT (20% on €" + en(s.net()) + ")",
            "€" + en(s.tax())}, {"Total", "€" + en(s.gross())}, {"Amount due", "€" + en(s.gross())}}, 3);
        doc.text(50, 40, number + " · €" + en(s.gross()) + " due " + d(due, dateFmt), 7);
        doc.right(545, 40, "Page 1 of 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** An ERP-style French invoice: number with slashes, payment reference, taxes column, "Montant hors taxes". */
    static Truth erpSlashNumber(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Technoplast Industries", "Mecanord SAS", "Bioterra Distribution"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 45, 60}));
        String number = String.format(Locale.ROOT, "FAC/%d/%05d", issue.getYear(), 1 + r.nextInt(2000));
        List<Item> items = items(r, FR_WORK, 2, 5, TWENTY);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 12);
        doc.line(50, pick(r, FR_STREETS) + " " + pick(r, FR_CITIES), 8);
        doc.text(330, doc.size.getHeight() - 110, customer, 10);
        doc.text(330, doc.size.getHeight() - 122, pick(r, FR_STREETS), 9);
        doc.text(330, doc.size.getHeight() - 134, pick(r, FR_CITIES), 9);
        doc.text(330, doc.size.getHeight() - 146, "France", 9);
        doc.y = doc.size.getHeight() - 190;
        doc.lineBold(50, "Facture " + number, 16);
        doc.down(6);
        float y = doc.y;
        doc.bold(50, y, "Date de facturation :", 9);
        doc.bold(200, y, "Date d'échéance :", 9);
        doc.bold(350, y, "Origine :", 9);
        doc.text(50, y - 12, frDate(issue), 9);
        doc.text(200, y - 12, frDate(due), 9);
        doc.text(350, y - 12, "S" + String.format(Locale.ROOT, "%05d", r.nextInt(9999)), 9);
        doc.y = y - 40;
        table(doc, items, new String[] {"Description", "Quantité", "Prix unitaire", "Montant"}, a -> fr(a) + " €");
        totals(doc, new String[][] {{"Montant hors taxes", fr(s.net()) + " €"},
            {"TVA 20% sur " + fr(s.net()) + " €", fr(s.tax()) + " €"}, {"Total", fr(s.gross()) + " €"}}, 2);
        doc.down(10);
        doc.line(50, "Veuillez utiliser la communication suivante pour votre paiement : " + number, 8);
        doc.line(50, "Conditions de paiement : " + (due.toEpochDay() - issue.toEpochDay()) + " jours", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A desktop accounting package: a grid header (N° pièce / Date / Code client), due dates listed with amounts. */
    static Truth accountingGrid(Doc doc, Random r) {
        String seller = pick(r, new String[] {"SARL Bâtiplus", "Etablissements Caron", "Imprimerie du Centre"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FA%06d", 1 + r.nextInt(20000));
        List<Item> items = items(r, FR_WORK, 2, 6, TWENTY, new BigDecimal("5.5"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 13);
        doc.line(50, "Capital 10 000 € - RCS Dijon " + siren(r), 8);
        doc.line(50, pick(r, FR_STREETS), 8);
        float y = doc.size.getHeight() - 120;
        doc.bold(330, y, customer.toUpperCase(Locale.ROOT), 10);
        doc.text(330, y - 12, pick(r, FR_STREETS), 9);
        doc.text(330, y - 24, pick(r, FR_CITIES), 9);
        y -= 70;
        doc.bold(50, y, "FACTURE", 14);
        y -= 22;
        String[] heads = {"N° pièce", "Date", "Code client", "Réf. commande", "Page"};
        String[] values = {number, frDate(issue), "C" + (100 + r.nextInt(800)), "BC-" + r.nextInt(999), "1"};
        for (int i = 0; i < heads.length; i++) {
            doc.bold(50 + i * 100, y, heads[i], 8);
            doc.text(50 + i * 100, y - 12, values[i], 9);
        }
        doc.y = y - 45;
        table(doc, items, new String[] {"Désignation", "Qté", "PU HT", "Montant HT"}, BlindLayouts2::fr);
        float yy = doc.y;
        doc.bold(50, yy, "Base HT", 8);
        doc.bold(130, yy, "Taux", 8);
        doc.bold(190, yy, "Montant TVA", 8);
        yy -= 12;
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        for (var e : s.taxByRate().entrySet()) {
            doc.text(50, yy, fr(base.get(e.getKey())), 8);
            doc.text(130, yy, e.getKey().toPlainString().replace('.', ',') + " %", 8);
            doc.text(190, yy, fr(e.getValue()), 8);
            yy -= 11;
        }
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"Total TVA", fr(s.tax())},
            {"Total TTC", fr(s.gross())}, {"NET A PAYER EUR", fr(s.gross())}}, 3);
        doc.y = Math.min(doc.y, yy) - 10;
        doc.line(50, "Échéance(s) : " + frDate(due) + "   " + fr(s.gross()) + " €   Virement", 9);
        doc.line(50, "Pas d'escompte pour règlement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** An Italian-style invoice in English: "Invoice no. 42/2026 of 12/03/2026", taxable amount, 22 % VAT, expiry. */
    static Truth italianStyle(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Studio Rossi S.r.l.", "Bottega Verdi Srl", "Ferrante & Figli S.p.A."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 60}));
        String number = (1 + r.nextInt(300)) + "/" + issue.getYear();
        List<Item> items = items(r, EN_WORK, 1, 4, new BigDecimal("22"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 13);
        doc.line(50, "Via Garibaldi 14 - 20121 Milano (MI) - Italy", 8);
        doc.line(50, "VAT no. IT0" + (1000000000L + r.nextInt(999999999)), 8);
        doc.down(20);
        doc.bold(330, doc.y, "Customer", 8);
        doc.text(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " (France)", 8);
        doc.down(60);
        doc.lineBold(50, "Invoice no. " + number + " of " + frDate(issue), 13);
        doc.down(10);
        table(doc, items, new String[] {"Description", "Q.ty", "Price", "Amount"}, BlindLayouts2::de);
        totals(doc, new String[][] {{"Taxable amount", de(s.net())}, {"VAT 22%", de(s.tax())},
            {"Total document EUR", de(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, "Payment: bank transfer, " + (due.toEpochDay() - issue.toEpochDay()) + " days from invoice date", 9);
        doc.line(50, "Expiry " + frDate(due) + "   amount " + de(s.gross()), 9);
        doc.line(50, "IBAN IT60 X054 2811 1010 0000 0123 456", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** An artisan's pre-printed form filled in a typewriter font: capitals, two-digit years, boxed totals. */
    static Truth artisanForm(Doc doc, Random r) {
        doc.regular = Standard14Fonts.FontName.COURIER;
        doc.bold = Standard14Fonts.FontName.COURIER_BOLD;
        String seller = pick(r, new String[] {"PLOMBERIE CHAUFFAGE J. MARCHAL", "ELECTRICITE GENERALE B. LOPEZ",
            "MACONNERIE R. FONTAINE"});
        String customer = pick(r, new String[] {"M. et Mme Girard", "Mme Laurence Petit", "M. Alain Robert",
            "SCI Les Peupliers"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {10, 15, 30}));
        String number = String.format(Locale.ROOT, "%04d", 10 + r.nextInt(900));
        List<Item> items = items(r, new String[] {"Main d'oeuvre (h)", "Fournitures", "Déplacement",
            "Robinet thermostatique", "Disjoncteur 20A", "Sac ciment 35kg"}, 2, 5, new BigDecimal("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(50, seller, 12);
        doc.line(50, "ARTISAN - " + pick(r, FR_CITIES).toUpperCase(Locale.ROOT) + " - TEL 06 12 34 56 78", 8);
        doc.line(50, "SIRET " + siren(r) + "00017", 8);
        doc.down(20);
        doc.lineBold(50, "FACTURE N° " + number, 14);
        doc.line(50, "DATE : " + BlindLayouts.d(issue, "dd/MM/yy", Locale.FRANCE), 10);
        doc.line(50, "CLIENT : " + customer, 10);
        doc.line(50, "ADRESSE CHANTIER : " + pick(r, FR_STREETS), 10);
        doc.down(12);
        table(doc, items, new String[] {"DESIGNATION", "QTE", "P.U.", "MONTANT"}, BlindLayouts2::fr);
        totals(doc, new String[][] {{"TOTAL H.T.", fr(s.net())}, {"T.V.A. 10 %", fr(s.tax())},
            {"TOTAL T.T.C.", fr(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, "A REGLER AVANT LE : " + BlindLayouts.d(due, "dd/MM/yy", Locale.FRANCE), 10);
        doc.line(50, "REGLEMENT : CHEQUE [ ]  ESPECES [ ]  VIREMENT [X]", 9);
        doc.line(50, "TVA a taux reduit - travaux dans un logement de plus de 2 ans", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** A French company invoicing in dollars, with a euro equivalent for information. */
    static Truth frenchUsd(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Quantis Export SAS", "Vignobles Sarrat", "Optique Marine SARL"});
        String customer = pick(r, EN_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 60}));
        String number = String.format(Locale.ROOT, "EXP-%d-%03d", issue.getYear() % 100, 1 + r.nextInt(400));
        List<Item> items = items(r, FR_WORK, 1, 4, BigDecimal.ZERO);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal eur = s.gross().multiply(new BigDecimal("0.9213")).setScale(2, RoundingMode.HALF_UP);
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - France", 8);
        doc.line(50, "N° TVA intracommunautaire FR" + (10 + r.nextInt(89)) + siren(r), 8);
        doc.down(20);
        doc.text(330, doc.y, "Client :", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, EN_STREETS), 9);
        doc.text(330, doc.y - 36, pick(r, EN_CITIES) + ", USA", 9);
        doc.down(60);
        doc.lineBold(50, "FACTURE / INVOICE " + number, 14);
        doc.line(50, "Date : " + frDate(issue), 10);
        doc.line(50, "Échéance / Due date : " + frDate(due), 10);
        doc.line(50, "Devise / Currency : USD", 10);
        doc.down(10);
        table(doc, items, new String[] {"Désignation", "Qté", "Prix unitaire USD", "Montant USD"}, BlindLayouts2::fr);
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " USD"}, {"TVA 0 %", fr(BigDecimal.ZERO) + " USD"},
            {"Total TTC", fr(s.gross()) + " USD"}}, 2);
        doc.down(6);
        doc.line(50, "Contre-valeur pour information : " + fr(eur) + " EUR (taux BCE 1 USD = 0,9213 EUR)", 8);
        doc.line(50, "Exonération de TVA, article 262 I du CGI - exportation hors UE", 8);
        return Truth.invoice(number, issue, due, s.gross(), "USD", customer);
    }

    /** Forty lines over three pages, with "à reporter" / "report" subtotals at the page breaks. */
    static Truth longThreePages(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Fournitures Pro du Sud", "Papeterie Lemaire", "Quincaillerie Bertin"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(45);
        String number = String.format(Locale.ROOT, "%d%02d-%04d", issue.getYear(), issue.getMonthValue(),
                1 + r.nextInt(5000));
        List<Item> items = new ArrayList<>();
        String[] goods = {"Ramette papier A4", "Stylos bille (boîte)", "Classeur levier", "Toner noir",
            "Enveloppes C5 (x500)", "Agrafeuse", "Post-it 76x76", "Câble HDMI 2 m", "Chemises cartonnées"};
        for (int i = 0; i < 40; i++) {
            items.add(new Item(goods[r.nextInt(goods.length)] + " réf. " + (1000 + r.nextInt(9000)),
                    BigDecimal.valueOf(1 + r.nextInt(20)), BigDecimal.valueOf(150 + r.nextInt(9000), 2), TWENTY));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        BigDecimal running = BigDecimal.ZERO;
        int perPage = 16;
        for (int page = 0; page < 3; page++) {
            if (page > 0) {
                doc.newPage();
                doc.line(50, "Facture " + number + " (suite)", 9);
                doc.text(right - 200, doc.y, "Report", 9);
                doc.right(right, doc.y, fr(running), 9);
                doc.down(16);
            } else {
                doc.lineBold(50, seller, 13);
                doc.line(50, pick(r, FR_STREETS) + " " + pick(r, FR_CITIES), 8);
                doc.down(10);
                doc.bold(330, doc.y, customer, 10);
                doc.text(330, doc.y - 12, pick(r, FR_STREETS), 9);
                doc.down(40);
                doc.lineBold(50, "FACTURE N° " + number, 14);
                doc.line(50, "Date : " + frDate(issue) + "      Échéance : " + frDate(due), 9);
                doc.down(8);
            }
            int from = page * perPage;
            int to = Math.min(items.size(), from + perPage);
            List<Item> slice = items.subList(from, to);
            table(doc, slice, new String[] {"Désignation", "Qté", "PU HT", "Total HT"}, BlindLayouts2::fr);
            for (Item i : slice) {
                running = running.add(i.amount());
            }
            if (page < 2) {
                doc.text(right - 200, doc.y, "À reporter", 9);
                doc.right(right, doc.y, fr(running), 9);
            } else {
                totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"TVA 20 %", fr(s.tax())},
                    {"Total TTC", fr(s.gross()) + " €"}}, 2);
                doc.line(50, "Règlement à 45 jours date de facture.", 8);
            }
            doc.right(right, 30, "Page " + (page + 1) + " / 3", 7);
        }
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /** Total HT / Remise / Total HT net / TVA / Total TTC / Acompte / Net à payer. */
    static Truth discountDeposit(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Cuisines Aubert", "Véranda Concept", "Piscines du Soleil"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {8, 15, 30}));
        String number = String.format(Locale.ROOT, "F%d%04d", issue.getYear() % 100, 1 + r.nextInt(3000));
        List<Item> items = items(r, FR_WORK, 2, 5, TWENTY);
        BigDecimal gross0 = Sums.of(items, BigDecimal.ZERO).net();
        BigDecimal discountRate = pick(r, new BigDecimal[] {new BigDecimal("5"), BigDecimal.TEN});
        Sums s = Sums.of(items, discountRate);
        BigDecimal discount = gross0.subtract(s.net());
        BigDecimal deposit = s.gross().multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal rest = s.gross().subtract(deposit);
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.down(14);
        doc.text(330, doc.y, "Client", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, FR_STREETS), 9);
        doc.down(50);
        doc.lineBold(50, "Facture de solde n° " + number, 14);
        doc.line(50, "Le " + frWords(issue), 10);
        doc.line(50, "Suite à notre devis D" + (100 + r.nextInt(800)) + " accepté", 9);
        doc.down(8);
        table(doc, items, new String[] {"Désignation", "Qté", "PU HT", "Total HT"}, BlindLayouts2::fr);
        totals(doc, new String[][] {{"Total HT", fr(gross0)},
            {"Remise " + discountRate.toPlainString() + " %", "-" + fr(discount)}, {"Total HT net", fr(s.net())},
            {"TVA 20 %", fr(s.tax())}, {"Total TTC", fr(s.gross())}, {"Acompte", "-" + fr(deposit)},
            {"Net à payer", fr(rest) + " €"}}, 6);
        doc.down(6);
        doc.line(50, "Date d'échéance : " + frDate(due), 9);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /** An online shop's invoice for an order already paid by card: no due date. */
    static Truth shopOrder(Doc doc, Random r) {
        String seller = pick(r, new String[] {"La Boutique du Thé", "Savonnerie Artisanale Lou", "Kiosque Rétro"});
        String customer = pick(r, new String[] {"Claire Dubois", "Marc Lefort", "Sophie Laurent", "Hugo Mercier"});
        LocalDate issue = day(r);
        String order = String.valueOf(1000 + r.nextInt(9000));
        String number = "FR-" + order;
        List<Item> items = items(r, new String[] {"Thé vert Sencha 100 g", "Coffret découverte", "Théière fonte",
            "Savon lavande", "Bougie parfumée"}, 1, 4, TWENTY);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal shipping = new BigDecimal("4.90");
        BigDecimal total = s.gross().add(shipping);
        doc.lineBold(50, seller, 14);
        doc.line(50, "boutique-en-ligne.fr", 8);
        doc.down(16);
        doc.lineBold(50, "Facture " + number, 13);
        doc.line(50, "Commande #" + order, 9);
        doc.line(50, "Date : " + frWords(issue), 9);
        doc.down(8);
        float y = doc.y;
        doc.bold(50, y, "Adresse de facturation", 8);
        doc.bold(300, y, "Adresse de livraison", 8);
        doc.text(50, y - 12, customer, 9);
        doc.text(300, y - 12, customer, 9);
        doc.text(50, y - 24, pick(r, FR_STREETS), 9);
        doc.text(300, y - 24, pick(r, FR_STREETS), 9);
        doc.y = y - 50;
        table(doc, items, new String[] {"Article", "Quantité", "Prix", "Total"}, a -> fr(a) + " €");
        totals(doc, new String[][] {{"Sous-total", fr(s.gross()) + " €"}, {"Livraison", fr(shipping) + " €"},
            {"dont TVA (20 %)", fr(s.tax().add(new BigDecimal("0.82"))) + " €"}, {"Total", fr(total) + " €"},
            {"Payé par carte", fr(total) + " €"}}, 3);
        doc.line(50, "Merci pour votre commande !", 9);
        return Truth.invoice(number, issue, null, total, "EUR", customer);
    }
}
