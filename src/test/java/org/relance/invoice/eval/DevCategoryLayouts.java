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
import java.util.function.Function;

/**
 * Layouts unlike the blind set's, one or two per kind of failure the blind set showed, added to the dev set as
 * {@code dev-cNN.pdf} so that a fix must hold on files other than those that revealed it.
 */
public final class DevCategoryLayouts {

    private record Made(String category, BlindLayouts.Truth truth) {
    }

    private interface Layout {
        Made draw(BlindLayouts.Doc doc, Random random);
    }

    private static final List<Layout> LAYOUTS = List.of(
            DevCategoryLayouts::germanDeliveryAndBillingSideBySide,
            DevCategoryLayouts::frenchDeliveryAndBillingSideBySide,
            DevCategoryLayouts::dutchUnlabelledRecipient,
            DevCategoryLayouts::ukUnlabelledRecipientUnderSeller,
            DevCategoryLayouts::dutchHeaderRow,
            DevCategoryLayouts::germanHeaderRowWithTaxBase,
            DevCategoryLayouts::englishQuoteReferenceAndDateDue,
            DevCategoryLayouts::englishLetter,
            DevCategoryLayouts::frenchLetterOtherWording,
            DevCategoryLayouts::usAmbiguousDatesWithTerms,
            DevCategoryLayouts::englishCreditNoteAgainstAnInvoice);

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateDevCategories=true}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/invoices/dev");
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 4242);
        Path labelsFile = dir.resolve("labels.jsonl");
        List<String> labels = new ArrayList<>(Files.readAllLines(labelsFile).stream()
                .filter(l -> !l.isBlank() && !l.contains("\"dev-c")).toList());
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (Layout layout : LAYOUTS) {
            BlindLayouts.Doc doc = new BlindLayouts.Doc();
            Made made = layout.draw(doc, random);
            BlindLayouts.Truth t = made.truth();
            String file = String.format(Locale.ROOT, "dev-c%02d.pdf", ++n);
            Files.write(dir.resolve(file), doc.render());
            labels.add(json.writeValueAsString(t.label(json, file, "category", made.category())));
        }
        Files.writeString(labelsFile, String.join("\n", labels) + "\n");
    }

    private static BigDecimal money(Random r) {
        return BigDecimal.valueOf(10_000 + r.nextInt(400_000), 2);
    }

    private static BigDecimal vat(BigDecimal net, String rate) {
        return net.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 2, 1).plusDays(r.nextInt(300));
    }

    /** Columns: "Lieferanschrift" on the left, "Rechnungsanschrift" on the right, each over its address. */
    static Made germanDeliveryAndBillingSideBySide(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(21);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "19");
        String number = "2026" + (40_000 + r.nextInt(9000));
        doc.lineBold(50, "Elektro Brandt OHG", 13);
        doc.line(50, "Mühlweg 3 · 04109 Leipzig", 9);
        doc.down(30);
        float top = doc.y;
        doc.bold(50, top, "Lieferanschrift", 9);
        doc.text(50, top - 13, "Baustelle Gewerbepark Nord", 10);
        doc.text(50, top - 26, "Halle 7", 10);
        doc.text(50, top - 39, "04159 Leipzig", 10);
        doc.bold(300, top, "Rechnungsanschrift", 9);
        doc.text(300, top - 13, "Immobilien Vogt GmbH", 10);
        doc.text(300, top - 26, "Karl-Liebknecht-Str. 40", 10);
        doc.text(300, top - 39, "04107 Leipzig", 10);
        doc.y = top - 80;
        doc.lineBold(50, "Rechnung Nr. " + number, 13);
        doc.line(50, "Rechnungsdatum: " + BlindLayouts.d(issue, "dd.MM.yyyy", Locale.GERMANY), 10);
        doc.line(50, "Fällig am: " + BlindLayouts.d(due, "dd.MM.yyyy", Locale.GERMANY), 10);
        doc.down(10);
        doc.right(545, doc.y, "Summe netto " + BlindLayouts.de(net) + " €", 10);
        doc.down(14);
        doc.right(545, doc.y, "19 % MwSt. " + BlindLayouts.de(tax) + " €", 10);
        doc.down(14);
        doc.rightBold(545, doc.y, "Rechnungsbetrag " + BlindLayouts.de(net.add(tax)) + " €", 11);
        return new Made("columns", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "EUR",
                "Immobilien Vogt GmbH"));
    }

    /** Columns: "Adresse de livraison" and "Adresse de facturation" side by side, client code in between. */
    static Made frenchDeliveryAndBillingSideBySide(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "20");
        String number = "FV-" + (8000 + r.nextInt(1000));
        doc.lineBold(50, "Vignobles Carrère SAS", 13);
        doc.line(50, "Château Carrère - 33330 Saint-Émilion", 9);
        doc.down(8);
        doc.line(50, "Facture " + number + " du " + BlindLayouts.frDate(issue), 11);
        doc.down(20);
        float top = doc.y;
        doc.bold(50, top, "Adresse de livraison", 9);
        doc.text(50, top - 13, "Restaurant Le Comptoir - cave", 10);
        doc.text(50, top - 26, "5 rue Sainte-Catherine", 10);
        doc.text(50, top - 39, "33000 Bordeaux", 10);
        doc.bold(310, top, "Adresse de facturation", 9);
        doc.text(310, top - 13, "SARL Le Comptoir Bordelais", 10);
        doc.text(310, top - 26, "12 quai des Chartrons", 10);
        doc.text(310, top - 39, "33000 Bordeaux", 10);
        doc.y = top - 75;
        doc.line(50, "Montant HT : " + BlindLayouts.fr(net) + " €", 10);
        doc.line(50, "TVA 20 % : " + BlindLayouts.fr(tax) + " €", 10);
        doc.lineBold(50, "Montant TTC : " + BlindLayouts.fr(net.add(tax)) + " €", 11);
        doc.line(50, "Date d'échéance : " + BlindLayouts.frDate(due), 10);
        return new Made("columns", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "EUR",
                "SARL Le Comptoir Bordelais"));
    }

    /** Unlabelled block: the client's address at the top right, the seller's letterhead at the bottom. */
    static Made dutchUnlabelledRecipient(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "21");
        String number = "F-" + issue.getYear() + "-" + (100 + r.nextInt(800));
        doc.lineBold(50, "Hovenier Mulder", 16);
        doc.line(50, "Tuinaanleg en onderhoud", 9);
        doc.down(30);
        doc.line(330, "Vereniging van Eigenaars De Linde", 10);
        doc.line(330, "Lindelaan 1-45", 10);
        doc.line(330, "2012 JK Haarlem", 10);
        doc.down(30);
        doc.lineBold(50, "Factuur " + number, 13);
        doc.line(50, "Datum: " + BlindLayouts.d(issue, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.line(50, "Uiterste betaaldatum: " + BlindLayouts.d(due, "dd-MM-yyyy", Locale.ROOT), 10);
        doc.down(10);
        doc.line(300, "Totaal excl. btw  € " + BlindLayouts.de(net), 10);
        doc.line(300, "Btw 21%  € " + BlindLayouts.de(tax), 10);
        doc.lineBold(300, "Totaal incl. btw  € " + BlindLayouts.de(net.add(tax)), 11);
        doc.text(50, 50, "Hovenier Mulder · Kleine Houtweg 8 · 2012 CD Haarlem · KvK 71234567", 7);
        return new Made("address-block", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "EUR",
                "Vereniging van Eigenaars De Linde"));
    }

    /** Unlabelled block: the client's address on the left under the seller's, after a gap. */
    static Made ukUnlabelledRecipientUnderSeller(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "20");
        String number = "" + (500 + r.nextInt(400));
        doc.lineBold(50, "Fenwick Surveying", 14);
        doc.line(50, "2 Castle Mews, Durham DH1 3RW", 9);
        doc.line(50, "VAT No. GB 298 1234 56", 9);
        doc.down(28);
        doc.line(50, "Ashworth Lettings Ltd", 10);
        doc.line(50, "FAO Accounts Payable", 10);
        doc.line(50, "14 North Bailey", 10);
        doc.line(50, "Durham DH1 3ET", 10);
        doc.down(20);
        doc.lineBold(350, "INVOICE No. " + number, 12);
        doc.line(350, "Tax point: " + BlindLayouts.d(issue, "d MMM yyyy", Locale.UK), 10);
        doc.line(350, "Payment due: " + BlindLayouts.d(due, "d MMM yyyy", Locale.UK), 10);
        doc.down(10);
        doc.line(300, "Net £" + BlindLayouts.en(net), 10);
        doc.line(300, "VAT at 20% £" + BlindLayouts.en(tax), 10);
        doc.lineBold(300, "Total payable £" + BlindLayouts.en(net.add(tax)), 11);
        return new Made("address-block", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "GBP",
                "Ashworth Lettings Ltd"));
    }

    /** Header row: "Factuurnr.  Datum  Vervaldatum  Klantnr." over the values. */
    static Made dutchHeaderRow(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "9");
        String number = "" + (2_026_000 + r.nextInt(999));
        doc.lineBold(50, "Drukkerij Peters", 14);
        doc.line(50, "Industrieweg 4, 5651 GH Eindhoven", 9);
        doc.down(20);
        doc.line(50, "Gefactureerd aan: Boekhandel Van der Meer", 10);
        doc.down(14);
        String[] heads = {"Factuurnr.", "Datum", "Vervaldatum", "Klantnr.", "Referentie"};
        String[] values = {number, BlindLayouts.d(issue, "dd-MM-yyyy", Locale.ROOT),
            BlindLayouts.d(due, "dd-MM-yyyy", Locale.ROOT), "K" + (300 + r.nextInt(600)), "Folders"};
        float[] xs = {50, 140, 230, 330, 420};
        for (int i = 0; i < heads.length; i++) {
            doc.bold(xs[i], doc.y, heads[i], 9);
            doc.text(xs[i], doc.y - 12, values[i], 9);
        }
        doc.down(40);
        doc.line(300, "Subtotaal € " + BlindLayouts.de(net), 10);
        doc.line(300, "Btw 9% € " + BlindLayouts.de(tax), 10);
        doc.lineBold(300, "Te betalen € " + BlindLayouts.de(net.add(tax)), 11);
        return new Made("header-row", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "EUR",
                "Boekhandel Van der Meer"));
    }

    /** Header row in German, a tax line naming its base in brackets, terms in days. */
    static Made germanHeaderRowWithTaxBase(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(10);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "19");
        String number = "R" + (70_000 + r.nextInt(9999));
        doc.lineBold(50, "Tischlerei Hahn", 14);
        doc.line(50, "Am Anger 2, 99084 Erfurt", 9);
        doc.down(16);
        doc.line(50, "Kunde: Hotel Zum Löwen GmbH", 10);
        doc.down(14);
        String[] heads = {"Rechnungs-Nr.", "Datum", "Kunden-Nr.", "Seite"};
        String[] values = {number, BlindLayouts.d(issue, "dd.MM.yyyy", Locale.ROOT), "" + (1000 + r.nextInt(900)),
            "1"};
        float[] xs = {50, 160, 270, 380};
        for (int i = 0; i < heads.length; i++) {
            doc.bold(xs[i], doc.y, heads[i], 9);
            doc.text(xs[i], doc.y - 12, values[i], 9);
        }
        doc.down(40);
        doc.line(250, "Nettobetrag  " + BlindLayouts.de(net) + " EUR", 10);
        doc.line(250, "MwSt. (19 % von " + BlindLayouts.de(net) + " EUR)  " + BlindLayouts.de(tax) + " EUR", 10);
        doc.lineBold(250, "Gesamtbetrag  " + BlindLayouts.de(net.add(tax)) + " EUR", 11);
        doc.down(10);
        doc.line(50, "Zahlbar innerhalb von 10 Tagen nach Rechnungsdatum ohne Abzug.", 9);
        return new Made("header-row, tax base", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "EUR",
                "Hotel Zum Löwen GmbH"));
    }

    /** A quotation number and a dispatch date next to the invoice's; "Date due" stacked under "Invoice date". */
    static Made englishQuoteReferenceAndDateDue(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(28);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "20");
        String number = "INV" + (10_000 + r.nextInt(9000));
        Function<LocalDate, String> date = x -> BlindLayouts.d(x, "dd MMM yyyy", Locale.UK);
        doc.lineBold(50, "Thornbury Catering Equipment Ltd", 13);
        doc.line(50, "Unit 9, Severn Park, Bristol BS35 1RZ", 9);
        doc.down(14);
        doc.line(50, "Quotation No.: Q-" + (3000 + r.nextInt(999)) + "   dated " + date.apply(issue.minusDays(40)), 10);
        doc.line(50, "Invoice number: " + number, 10);
        doc.line(50, "Invoice date: " + date.apply(issue), 10);
        doc.line(50, "Dispatch date: " + date.apply(issue.minusDays(2)), 10);
        doc.line(50, "Date due: " + date.apply(due), 10);
        doc.down(10);
        doc.line(50, "Invoice to: The Riverside Kitchen Ltd, 3 Welsh Back, Bristol BS1 4SL", 10);
        doc.down(10);
        doc.line(300, "Goods total £" + BlindLayouts.en(net), 10);
        doc.line(300, "VAT (20% of £" + BlindLayouts.en(net) + ") £" + BlindLayouts.en(tax), 10);
        doc.lineBold(300, "Invoice total £" + BlindLayouts.en(net.add(tax)), 11);
        return new Made("distractor numbers, labels", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax),
                "GBP", "The Riverside Kitchen Ltd"));
    }

    /** A letter in English: number, date and amount in a sentence that wraps. */
    static Made englishLetter(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        BigDecimal gross = money(r);
        String number = "" + (7700 + r.nextInt(200));
        Function<LocalDate, String> date = x -> BlindLayouts.d(x, "d MMMM yyyy", Locale.UK);
        doc.lineBold(50, "Whitcombe & Hale Solicitors", 13);
        doc.line(50, "8 Cathedral Close, Exeter EX1 1EZ", 9);
        doc.down(30);
        doc.line(50, "Orchard Farm Cider Ltd", 10);
        doc.line(50, "Long Lane", 10);
        doc.line(50, "Crediton EX17 2QA", 10);
        doc.down(20);
        doc.line(50, date.apply(issue.plusDays(1)), 10);
        doc.down(10);
        doc.line(50, "Dear Sirs,", 10);
        doc.line(50, "Please find enclosed our invoice no. " + number, 10);
        doc.line(50, "dated " + date.apply(issue) + " in the amount of £" + BlindLayouts.en(gross)
                + " (no VAT is chargeable),", 10);
        doc.line(50, "which we would be grateful to receive by " + date.apply(due) + ".", 10);
        doc.down(10);
        doc.line(50, "Yours faithfully,", 10);
        return new Made("letter", BlindLayouts.Truth.invoice(number, issue, due, gross, "GBP",
                "Orchard Farm Cider Ltd"));
    }

    /** A French letter with other words: "nous vous adressons la facture n° …, d'un montant total de …". */
    static Made frenchLetterOtherWording(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        BigDecimal net = money(r);
        BigDecimal gross = net.add(vat(net, "20"));
        String number = "" + issue.getYear() + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        doc.lineBold(50, "Géomètres Experts Lacoste", 13);
        doc.line(50, "5 allée des Platanes - 40100 Dax", 9);
        doc.down(30);
        doc.line(330, "Mairie de Saint-Paul-lès-Dax", 10);
        doc.line(330, "Service financier", 10);
        doc.line(330, "Place de l'Hôtel de Ville", 10);
        doc.line(330, "40990 Saint-Paul-lès-Dax", 10);
        doc.down(20);
        doc.line(330, "Dax, le " + BlindLayouts.frWords(issue.plusDays(2)), 10);
        doc.down(10);
        doc.line(50, "Madame, Monsieur,", 10);
        doc.line(50, "Nous vous adressons ci-joint la facture n° " + number + " du " + BlindLayouts.frDate(issue)
                + ", d'un montant total de", 10);
        doc.line(50, BlindLayouts.frPlain(gross) + " € TTC, payable au plus tard le " + BlindLayouts.frDate(due) + ".",
                10);
        doc.line(50, "Veuillez agréer nos salutations distinguées.", 10);
        return new Made("letter", BlindLayouts.Truth.invoice(number, issue, due, gross, "EUR",
                "Mairie de Saint-Paul-lès-Dax"));
    }

    /** Dollar dates with both parts under 13, settled only by the written term. */
    static Made usAmbiguousDatesWithTerms(BlindLayouts.Doc doc, Random r) {
        // Both dates with day and month under 13 (and different), so only the term tells the order.
        LocalDate issue = LocalDate.of(2026, 2 + r.nextInt(9), 3 + r.nextInt(7));
        while (issue.getDayOfMonth() == issue.getMonthValue() || issue.getDayOfMonth() > 12
                || issue.plusDays(30).getDayOfMonth() > 12
                || issue.plusDays(30).getDayOfMonth() == issue.plusDays(30).getMonthValue()) {
            issue = issue.minusDays(1);
        }
        LocalDate due = issue.plusDays(30);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "6");
        String number = "A-" + (300 + r.nextInt(600));
        Function<LocalDate, String> date = x -> BlindLayouts.d(x, "MM/dd/yyyy", Locale.US);
        doc.lineBold(50, "Lakeside Landscaping", 14);
        doc.line(50, "PO Box 118, Traverse City, MI 49684", 9);
        doc.down(14);
        doc.line(50, "Customer: Northern Lights Inn", 10);
        doc.line(50, "Invoice No: " + number, 10);
        doc.line(50, "Invoice Date: " + date.apply(issue), 10);
        doc.line(50, "Payment terms: 30 days", 10);
        doc.line(50, "Payment Due: " + date.apply(due), 10);
        doc.down(10);
        doc.line(300, "Subtotal $" + BlindLayouts.en(net), 10);
        doc.line(300, "Sales tax 6% $" + BlindLayouts.en(tax), 10);
        doc.lineBold(300, "Amount due $" + BlindLayouts.en(net.add(tax)), 11);
        return new Made("date order by terms", BlindLayouts.Truth.invoice(number, issue, due, net.add(tax), "USD",
                "Northern Lights Inn"));
    }

    /** A credit note naming the invoice it corrects. */
    static Made englishCreditNoteAgainstAnInvoice(BlindLayouts.Doc doc, Random r) {
        LocalDate issue = day(r);
        BigDecimal net = money(r);
        BigDecimal tax = vat(net, "20");
        String number = "CN-" + (40 + r.nextInt(50));
        doc.lineBold(50, "Harbour Office Supplies Ltd", 13);
        doc.line(50, "1 Quay Street, Falmouth TR11 3HH", 9);
        doc.down(16);
        doc.lineBold(50, "CREDIT NOTE", 16);
        doc.line(50, "Credit note no.: " + number, 10);
        doc.line(50, "Date: " + BlindLayouts.d(issue, "dd/MM/yyyy", Locale.UK), 10);
        doc.line(50, "Against invoice no. INV-" + (2000 + r.nextInt(900)) + " of "
                + BlindLayouts.d(issue.minusDays(12), "dd/MM/yyyy", Locale.UK), 10);
        doc.line(50, "Customer: Penryn Dental Practice", 10);
        doc.down(10);
        doc.line(300, "Net credit £" + BlindLayouts.en(net), 10);
        doc.line(300, "VAT 20% £" + BlindLayouts.en(tax), 10);
        doc.lineBold(300, "Total credit £" + BlindLayouts.en(net.add(tax)), 11);
        return new Made("distractor numbers", new BlindLayouts.Truth(number, issue, null, net.add(tax), "GBP",
                "Penryn Dental Practice", "credit_note", null));
    }
}
