package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Layouts unlike blind2's, one or two per kind of failure blind2 showed, added to the dev set as {@code dev-dNN.pdf}
 * so that a fix must hold on files other than those that revealed it.
 */
public final class DevCategoryLayouts2 {

    private record Made(String category, BlindLayouts.Truth truth) {
    }

    private interface Layout {
        Made draw(BlindLayouts.Doc doc, Random random);
    }

    private static final List<Layout> LAYOUTS = List.of(
            DevCategoryLayouts2::germanTitleOverNumberBesideDates,
            DevCategoryLayouts2::dutchPanelWithBareNumber,
            DevCategoryLayouts2::englishDollarsNamedInTheTotalLabel,
            DevCategoryLayouts2::frenchCurrencyLineWithoutSigns,
            DevCategoryLayouts2::englishDiscountThenDeposit,
            DevCategoryLayouts2::quebecTwoTaxesAndRateBases);

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateDevCategories2=true}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/invoices/dev");
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 1203);
        Path labelsFile = dir.resolve("labels.jsonl");
        List<String> labels = new ArrayList<>(Files.readAllLines(labelsFile).stream()
                .filter(l -> !l.isBlank() && !l.contains("\"dev-d")).toList());
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (Layout layout : LAYOUTS) {
            BlindLayouts.Doc doc = new BlindLayouts.Doc();
            Made made = layout.draw(doc, random);
            BlindLayouts.Truth t = made.truth();
            String file = String.format(Locale.ROOT, "dev-d%02d.pdf", ++n);
            Files.write(dir.resolve(file), doc.render());
            labels.add(json.writeValueAsString(t.label(json, file, "category", made.category())));
        }
        Files.writeString(labelsFile, String.join("\n", labels) + "\n");
    }

    private static BigDecimal money(Random r) {
        return BigDecimal.valueOf(10_000 + r.nextInt(400_000), 2);
    }

    private static BigDecimal tax(BigDecimal net, String rate) {
        return net.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 2, 1).plusDays(r.nextInt(300));
    }

    /** "Rechnung" as a title, the dates in a column to its right on the next line, the number under the title. */
    static Made germanTitleOverNumberBesideDates(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        String number = "RE" + issue.getYear() + "-" + (100 + r.nextInt(800));
        BigDecimal net = money(r);
        BigDecimal vat = tax(net, "19");
        doc.bold(50, 790, "Schreinerei Albrecht GmbH", 12);
        doc.text(50, 776, "Hauptstraße 4, 79098 Freiburg", 8);
        doc.text(50, 730, "Kunde:", 8);
        doc.text(50, 718, "Praxis Dr. Wendt", 10);
        doc.text(50, 706, "Lindenweg 12", 9);
        doc.text(50, 694, "79100 Freiburg", 9);
        doc.bold(50, 640, "Rechnung", 16);
        doc.text(330, 640, "Rechnungsdatum", 8);
        doc.text(450, 640, "Fällig am", 8);
        doc.text(330, 626, BlindLayouts.d(issue, "dd.MM.yyyy", Locale.GERMANY), 10);
        doc.text(450, 626, BlindLayouts.d(due, "dd.MM.yyyy", Locale.GERMANY), 10);
        doc.text(50, 612, number, 11);
        doc.text(50, 570, "Einbau Einbauschrank nach Maß", 9);
        doc.right(545, 570, BlindLayouts.de(net), 9);
        doc.text(330, 540, "Nettobetrag", 9);
        doc.right(545, 540, BlindLayouts.de(net) + " €", 9);
        doc.text(330, 526, "MwSt. 19 %", 9);
        doc.right(545, 526, BlindLayouts.de(vat) + " €", 9);
        doc.bold(330, 512, "Gesamtbetrag", 10);
        doc.rightBold(545, 512, BlindLayouts.de(net.add(vat)) + " €", 10);
        return new Made("number under its title, beside other columns",
                BlindLayouts.Truth.invoice(number, issue, due, net.add(vat), "EUR", "Praxis Dr. Wendt"));
    }

    /** A right-hand panel of document details whose number line says only "Nummer". */
    static Made dutchPanelWithBareNumber(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = issue.getYear() + "." + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        BigDecimal net = money(r);
        BigDecimal vat = tax(net, "21");
        doc.bold(50, 790, "Bakkerij Visser", 12);
        doc.text(50, 776, "Kerkstraat 8", 8);
        doc.text(50, 766, "1017 GB Amsterdam", 8);
        doc.bold(340, 790, "FACTUUR", 14);
        doc.text(340, 772, "Nummer", 9);
        doc.right(545, 772, number, 9);
        doc.text(340, 759, "Factuurdatum", 9);
        doc.right(545, 759, BlindLayouts.d(issue, "dd-MM-yyyy", Locale.ROOT), 9);
        doc.text(340, 746, "Vervaldatum", 9);
        doc.right(545, 746, BlindLayouts.d(due, "dd-MM-yyyy", Locale.ROOT), 9);
        doc.text(50, 700, "Factuur aan", 8);
        doc.text(50, 688, "Hotel De Gouden Leeuw", 10);
        doc.text(50, 676, "Damrak 20", 9);
        doc.text(50, 620, "Broodleverantie maart", 9);
        doc.right(545, 620, BlindLayouts.de(net), 9);
        doc.text(330, 590, "Subtotaal", 9);
        doc.right(545, 590, "€ " + BlindLayouts.de(net), 9);
        doc.text(330, 576, "BTW 21%", 9);
        doc.right(545, 576, "€ " + BlindLayouts.de(vat), 9);
        doc.bold(330, 562, "Totaal incl. BTW", 10);
        doc.rightBold(545, 562, "€ " + BlindLayouts.de(net.add(vat)), 10);
        return new Made("bare number label in a details panel",
                BlindLayouts.Truth.invoice(number, issue, due, net.add(vat), "EUR", "Hotel De Gouden Leeuw"));
    }

    /** Amounts with a bare "$"; which dollar is said only in the total's label. */
    static Made englishDollarsNamedInTheTotalLabel(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        String number = "A" + (2000 + r.nextInt(7000));
        BigDecimal net = money(r);
        BigDecimal gst = tax(net, "15");
        doc.bold(50, 790, "Kiwi Coastal Tours Ltd", 12);
        doc.text(50, 776, "12 Marine Parade, Napier 4110", 8);
        doc.text(50, 740, "Invoice No: " + number, 10);
        doc.text(50, 726, "Issued: " + BlindLayouts.d(issue, "d MMMM yyyy", Locale.ENGLISH), 10);
        doc.text(50, 712, "Payment due: " + BlindLayouts.d(due, "d MMMM yyyy", Locale.ENGLISH), 10);
        doc.text(330, 740, "Bill to:", 8);
        doc.text(330, 728, "Tui Valley Lodge", 10);
        doc.text(50, 660, "Group tour, 2 days", 9);
        doc.right(545, 660, "$" + BlindLayouts.en(net), 9);
        doc.text(330, 630, "Subtotal", 9);
        doc.right(545, 630, "$" + BlindLayouts.en(net), 9);
        doc.text(330, 616, "GST 15%", 9);
        doc.right(545, 616, "$" + BlindLayouts.en(gst), 9);
        doc.bold(330, 602, "Total (NZD)", 10);
        doc.rightBold(545, 602, "$" + BlindLayouts.en(net.add(gst)), 10);
        return new Made("currency code only in a label",
                BlindLayouts.Truth.invoice(number, issue, due, net.add(gst), "NZD", "Tui Valley Lodge"));
    }

    /** Amounts without any sign; the currency stated on a line of its own. */
    static Made frenchCurrencyLineWithoutSigns(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = "EX" + (10_000 + r.nextInt(80_000));
        BigDecimal net = money(r);
        doc.bold(50, 790, "Maison Delaunay Export", 12);
        doc.text(50, 776, "3 rue du Port, 17000 La Rochelle", 8);
        doc.text(330, 760, "Client :", 8);
        doc.text(330, 748, "Thistle & Rose Ltd", 10);
        doc.text(50, 720, "Facture n° " + number, 11);
        doc.text(50, 706, "Date de facture : " + BlindLayouts.frDate(issue), 10);
        doc.text(50, 692, "Date d'échéance : " + BlindLayouts.frDate(due), 10);
        doc.text(50, 678, "Monnaie de facturation : GBP", 10);
        doc.text(50, 630, "Cognac VSOP (carton de 6)", 9);
        doc.right(545, 630, BlindLayouts.frPlain(net), 9);
        doc.text(330, 600, "Total HT", 9);
        doc.right(545, 600, BlindLayouts.frPlain(net), 9);
        doc.text(330, 586, "TVA 0 %", 9);
        doc.right(545, 586, "0,00", 9);
        doc.bold(330, 572, "Total TTC", 10);
        doc.rightBold(545, 572, BlindLayouts.frPlain(net), 10);
        doc.text(50, 540, "Exonération de TVA, article 262 ter I du CGI", 8);
        return new Made("currency code only in a label",
                BlindLayouts.Truth.invoice(number, issue, due, net, "GBP", "Thistle & Rose Ltd"));
    }

    /** Subtotal, a discount, the subtotal after it, VAT, total, a deposit received and the balance. */
    static Made englishDiscountThenDeposit(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(21);
        String number = "INV" + (300 + r.nextInt(600));
        BigDecimal gross0 = money(r);
        BigDecimal discount = gross0.multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal net = gross0.subtract(discount);
        BigDecimal vat = tax(net, "20");
        BigDecimal total = net.add(vat);
        BigDecimal deposit = total.divide(new BigDecimal("4"), 0, RoundingMode.DOWN).setScale(2);
        doc.bold(50, 790, "Fenwick Joinery Ltd", 12);
        doc.text(50, 776, "Unit 3, Mill Lane, Leeds LS1 4AB", 8);
        doc.text(50, 740, "Invoice number: " + number, 10);
        doc.text(50, 726, "Invoice date: " + BlindLayouts.d(issue, "dd/MM/yyyy", Locale.UK), 10);
        doc.text(50, 712, "Due date: " + BlindLayouts.d(due, "dd/MM/yyyy", Locale.UK), 10);
        doc.text(330, 740, "Invoice to:", 8);
        doc.text(330, 728, "Ashgrove Primary School", 10);
        String[][] rows = {{"Subtotal", BlindLayouts.en(gross0)}, {"Discount 15%", "-" + BlindLayouts.en(discount)},
            {"Subtotal after discount", BlindLayouts.en(net)}, {"VAT 20%", BlindLayouts.en(vat)},
            {"Total", "£" + BlindLayouts.en(total)}, {"Deposit received", "-" + BlindLayouts.en(deposit)},
            {"Balance due", "£" + BlindLayouts.en(total.subtract(deposit))}};
        for (int k = 0; k < rows.length; k++) {
            doc.text(330, 660 - 14 * k, rows[k][0], 10);
            doc.right(545, 660 - 14 * k, rows[k][1], 10);
        }
        return new Made("several nets: the one that adds up",
                BlindLayouts.Truth.invoice(number, issue, due, total, "GBP", "Ashgrove Primary School")
                        .withAmountDue(total.subtract(deposit)));
    }

    /** Two Canadian taxes, each written with its base: "TPS 5 % sur 1 000,00 $". */
    static Made quebecTwoTaxesAndRateBases(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = "F-" + (1000 + r.nextInt(8000));
        BigDecimal net = money(r);
        BigDecimal gst = tax(net, "5");
        BigDecimal qst = net.multiply(new BigDecimal("9.975")).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = net.add(gst).add(qst);
        doc.bold(50, 790, "Rénovations Gagnon inc.", 12);
        doc.text(50, 776, "450 rue Saint-Paul, Montréal (QC) H2Y 1H5", 8);
        doc.text(50, 740, "Facture no : " + number, 10);
        doc.text(50, 726, "Date : " + BlindLayouts.d(issue, "yyyy-MM-dd", Locale.CANADA_FRENCH), 10);
        doc.text(50, 712, "Échéance : " + BlindLayouts.d(due, "yyyy-MM-dd", Locale.CANADA_FRENCH), 10);
        doc.text(330, 740, "Facturé à :", 8);
        doc.text(330, 728, "Café Le Rond-Point", 10);
        String[][] rows = {{"Sous-total", BlindLayouts.frPlain(net) + " $"},
            {"TPS 5 % sur " + BlindLayouts.frPlain(net) + " $", BlindLayouts.frPlain(gst) + " $"},
            {"TVQ 9,975 % sur " + BlindLayouts.frPlain(net) + " $", BlindLayouts.frPlain(qst) + " $"},
            {"Total (CAD)", BlindLayouts.frPlain(total) + " $"}};
        for (int k = 0; k < rows.length; k++) {
            doc.text(300, 660 - 14 * k, rows[k][0], 10);
            doc.right(545, 660 - 14 * k, rows[k][1], 10);
        }
        return new Made("taxes written with their base",
                BlindLayouts.Truth.invoice(number, issue, due, total, "CAD", "Café Le Rond-Point"));
    }
}
