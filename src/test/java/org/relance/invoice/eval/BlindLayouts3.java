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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.relance.invoice.eval.BlindLayouts.Doc;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;

/**
 * A third blind set ({@code eval/invoices/blind3}): invoices a small French company issues, receives from suppliers
 * at home and abroad, or forwards, in layouts none of the earlier sets uses; written without looking at the reader.
 *
 * <p>Label conventions are those of the earlier sets: {@code total} is what this invoice costs the customer incl.
 * tax; a deposit or progress payment already paid goes to {@code amountDue} (the rest); a due date given only as
 * terms is the one a person computes (N days from the issue date; "N jours fin de mois" is the end of the month in
 * which issue + N falls; "à réception" is the issue date).
 */
public final class BlindLayouts3 {

    private static final Map<String, BlindLayouts.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("be-fr-payment-slip", BlindLayouts3::belgianPaymentSlip);
        LAYOUTS.put("ch-de-rappen-rounding", BlindLayouts3::swissRounding);
        LAYOUTS.put("de-schlussrechnung-abschlag", BlindLayouts3::germanFinalInvoice);
        LAYOUTS.put("nl-far-columns", BlindLayouts3::dutchFarColumns);
        LAYOUTS.put("es-en-reverse-charge", BlindLayouts3::spanishReverseCharge);
        LAYOUTS.put("in-tally-grid", BlindLayouts3::indianTally);
        LAYOUTS.put("uk-account-summary", BlindLayouts3::ukAccountSummary);
        LAYOUTS.put("us-remittance-stub", BlindLayouts3::usRemittanceStub);
        LAYOUTS.put("fr-micro-words-reception", BlindLayouts3::frenchMicro);
        LAYOUTS.put("fr-recap-box-fin-de-mois", BlindLayouts3::frenchRecapBox);
        LAYOUTS.put("fr-facture-acompte", BlindLayouts3::frenchDepositInvoice);
        LAYOUTS.put("de-two-pages-skonto", BlindLayouts3::germanTwoPages);
        LAYOUTS.put("fr-monthly-subscription", BlindLayouts3::frenchMonthly);
        LAYOUTS.put("it-en-stamp-duty", BlindLayouts3::italianStampDuty);
        LAYOUTS.put("ch-fr-qr-bill", BlindLayouts3::swissQrBill);
        LAYOUTS.put("fr-delivery-notes-2-pages", BlindLayouts3::frenchDeliveryNotes);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind3=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind3", 2026_12_04L, 2, "blind3");
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"SAS Horizon Conseil", "Atelier Moreau", "Menuiserie Caradec",
        "Cabinet Roussel & Associés", "Boulangerie Le Fournil d'Anaïs", "SARL Bleu Marine Événements",
        "Agence Quatre Vents", "Domaine des Trois Chênes", "Laboratoire Biolys", "Société Nouvelle Garnier"};
    private static final String[] FR_STREETS = {"18 rue de la République", "6 allée des Platanes",
        "45 avenue de Verdun", "2 rue du Moulin", "73 boulevard Gambetta", "11 place Bellecour"};
    private static final String[] FR_CITIES = {"69002 Lyon", "49000 Angers", "29200 Brest", "51100 Reims",
        "64100 Bayonne", "87000 Limoges", "74000 Annecy", "57000 Metz"};
    private static final String[] FR_WORK = {"Conception graphique brochure", "Maintenance informatique (forfait)",
        "Intervention technicien (heure)", "Fourniture et pose de luminaires", "Formation Excel avancé (jour)",
        "Impression cartes de visite x 500", "Entretien espaces verts", "Frais de déplacement",
        "Développement site vitrine", "Rédaction fiches produits", "Location nacelle (jour)",
        "Shooting photo catalogue", "Traduction FR-EN (mot)"};
    private static final String[] EN_WORK = {"Consultancy services (days)", "Software licence - annual",
        "Translation EN>FR (per 1,000 words)", "UX review", "Trade show stand design", "Freight and insurance",
        "Custom packaging prototypes", "Server maintenance (month)", "Market research report", "Video editing (hours)",
        "Technical documentation", "Training workshop"};
    private static final String[] DE_WORK = {"Arbeitszeit Monteur (Std.)", "Dachrinne Zink, lfd. m",
        "Gerüststellung pauschal", "Material lt. Aufmaß", "Entsorgung Bauschutt", "Fahrtkosten",
        "Gipskartonwand, m²", "Silikonfugen erneuern", "Heizkörper tauschen"};
    private static final String[] NL_WORK = {"Vertaling FR-NL (per woord)", "Schoonmaak kantoor (maand)",
        "Metselwerk (uur)", "Projectmanagement", "Voorrijkosten", "Materiaal volgens opgave",
        "Glasbewassing", "Advies en begeleiding"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final BlindLayouts.ItemShape SHAPE = new BlindLayouts.ItemShape(15, 1200, 95_000, 4);

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return BlindLayouts.day(r, 358);
    }

    private static List<Item> items(Random r, String[] work, int min, int max, BigDecimal... rates) {
        return BlindLayouts.items(r, SHAPE, work, min, max, rates);
    }

    private static BigDecimal pct(String p) {
        return BlindLayouts.pct(p);
    }

    private static String fr(BigDecimal a) {
        return BlindLayouts.fr(a);
    }

    private static String de(BigDecimal a) {
        return BlindLayouts.de(a);
    }

    private static String en(BigDecimal a) {
        return BlindLayouts.en(a);
    }

    private static String ch(BigDecimal a) {
        return BlindLayouts.ch(a);
    }

    private static String d(LocalDate date, String pattern) {
        return BlindLayouts.d(date, pattern, Locale.ROOT);
    }

    private static String frDate(LocalDate date) {
        return BlindLayouts.frDate(date);
    }

    /** "1er décembre 2026", "3 décembre 2026". */
    private static String frWords(LocalDate date) {
        return BlindLayouts.frWords(date);
    }

    /** "3. Dezember 2026". */
    private static String deWords(LocalDate date) {
        return BlindLayouts.d(date, "d. MMMM yyyy", Locale.GERMAN);
    }

    /** "3 december 2026". */
    private static String nlWords(LocalDate date) {
        return BlindLayouts.d(date, "d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    }

    /** "3rd December 2026". */
    private static String enOrdinal(LocalDate date) {
        int dd = date.getDayOfMonth();
        String suffix = dd % 100 >= 11 && dd % 100 <= 13 ? "th"
                : switch (dd % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return dd + suffix + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "December 3, 2026". */
    private static String usWords(LocalDate date) {
        return MONTHS_EN[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** The end of the month in which {@code issue + days} falls ("30 jours fin de mois"). */
    private static LocalDate endOfMonthAfter(LocalDate issue, int days) {
        LocalDate d = issue.plusDays(days);
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    private static String rateText(BigDecimal rate, char decimal) {
        String s = rate.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    /** A valid Belgian structured communication: ten digits and their check modulo 97. */
    private static String structured(Random r) {
        long base = 1_000_000_000L + (long) (r.nextDouble() * 8_999_999_999L);
        long check = base % 97 == 0 ? 97 : base % 97;
        String digits = String.format(Locale.ROOT, "%010d%02d", base, check);
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    private static BigDecimal sumOf(List<Item> items) {
        BigDecimal s = BigDecimal.ZERO;
        for (Item i : items) {
            s = s.add(i.amount());
        }
        return s;
    }

    /** A line table: description, quantity, unit price, (VAT rate,) amount. */
    private static void table(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money,
            boolean rateColumn, char decimal) {
        tableHead(doc, heads, rateColumn);
        tableRows(doc, items, money, rateColumn, decimal);
        doc.down(8);
    }

    private static void tableHead(Doc doc, String[] heads, boolean rateColumn) {
        float right = doc.width() - 50;
        doc.bold(50, doc.y, heads[0], 9);
        doc.rightBold(right - 230, doc.y, heads[1], 9);
        doc.rightBold(right - 150, doc.y, heads[2], 9);
        if (rateColumn) {
            doc.rightBold(right - 85, doc.y, heads[3], 9);
        }
        doc.rightBold(right, doc.y, heads[rateColumn ? 4 : 3], 9);
        doc.down(14);
    }

    private static void tableRows(Doc doc, List<Item> items, Function<BigDecimal, String> money, boolean rateColumn,
            char decimal) {
        float right = doc.width() - 50;
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
    }

    /** Label/amount rows with the label at {@code labelX} and the amount flush right. */
    private static void totals(Doc doc, String[][] rows, int boldFrom, float labelX) {
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

    private static String rule() {
        return "- ".repeat(52);
    }

    // --- layouts

    /**
     * A Belgian supplier in French: date in words after the city, HTVA / TVAC with a recap by rate, terms or a due
     * date, and a transfer slip at the bottom with the amount and the structured communication.
     */
    static Truth belgianPaymentSlip(Doc doc, Random r) {
        int who = r.nextInt(3);
        String seller = new String[] {"Imprimerie Van Damme SRL", "Bureau d'études Lejeune SRL",
            "Traiteur Delvaux SRL"}[who];
        String customer = pick(r, new String[] {"Horizon Conseil Belgique SRL", "Brasserie du Sablon SA",
            "Cabinet Dewulf & Martin", "ASBL Les Ateliers du Midi", "Fleurs Maréchal SRL"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {15, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%d-%05d", issue.getYear(), 1 + r.nextInt(2000));
        List<Item> items = items(r, FR_WORK, 1, 4, pct("21"), pct("21"), pct("6"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String comm = structured(r);
        doc.lineBold(50, seller, 13);
        doc.line(50, "Chaussée de Louvain 412 - 1030 Schaerbeek", 8);
        doc.line(50, "TVA BE 0" + (400 + r.nextInt(500)) + "." + (100 + r.nextInt(899)) + "." + (100 + r.nextInt(899))
                + " - RPM Bruxelles", 8);
        doc.line(50, "Tél. +32 2 " + (200 + r.nextInt(700)) + " 45 67 - info@"
                + new String[] {"vandamme", "lejeune-etudes", "delvaux"}[who] + ".be", 8);
        float top = doc.size.getHeight() - 130;
        doc.text(330, top, customer, 10);
        doc.text(330, top - 12, pick(r, new String[] {"Rue Haute 112", "Avenue de Tervueren 36", "Place Flagey 7"}),
                9);
        doc.text(330, top - 24, pick(r, new String[] {"1000 Bruxelles", "1040 Etterbeek", "1050 Ixelles"}), 9);
        doc.text(330, top - 36, "TVA BE 0" + (700 + r.nextInt(200)) + ".318.552", 9);
        doc.text(330, top - 70, "Bruxelles, le " + frWords(issue), 10);
        doc.y = top - 105;
        doc.lineBold(50, "FACTURE N° " + number, 14);
        doc.line(50, "Votre bon de commande du " + d(issue.minusDays(12 + r.nextInt(20)), "dd/MM/yyyy")
                + " - livraison effectuée le " + d(issue.minusDays(2 + r.nextInt(8)), "dd/MM/yyyy"), 9);
        doc.down(10);
        table(doc, items, new String[] {"Description", "Qté", "P.U. HTVA", "TVA", "Total HTVA"}, BlindLayouts3::de,
                true, ',');
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        float yy = doc.y;
        doc.bold(50, yy, "Taux", 8);
        doc.bold(100, yy, "Base HTVA", 8);
        doc.bold(180, yy, "TVA", 8);
        yy -= 11;
        for (var e : s.taxByRate().entrySet()) {
            doc.text(50, yy, rateText(e.getKey(), ',') + " %", 8);
            doc.text(100, yy, de(base.get(e.getKey())), 8);
            doc.text(180, yy, de(e.getValue()), 8);
            yy -= 10;
        }
        totals(doc, new String[][] {{"Total HTVA", de(s.net()) + " €"}, {"Total TVA", de(s.tax()) + " €"},
            {"Total TVAC", de(s.gross()) + " €"}, {"À payer", de(s.gross()) + " €"}}, 3, 330);
        doc.y = Math.min(doc.y, yy) - 8;
        doc.line(50, terms ? "Conditions : payable à " + days + " jours date de facture, sans escompte."
                : "Échéance : " + d(due, "dd/MM/yyyy") + " - au-delà, intérêt de retard de 1 % par mois.", 9);
        doc.line(50, "Toute réclamation doit nous parvenir dans les 8 jours.", 7);
        float slip = 150;
        doc.text(50, slip + 20, rule(), 7);
        doc.bold(50, slip, "VIREMENT", 10);
        doc.text(50, slip - 16, "Montant", 8);
        doc.bold(150, slip - 16, "EUR " + de(s.gross()), 10);
        doc.text(50, slip - 30, "Compte bénéficiaire", 8);
        doc.text(150, slip - 30, "BE" + (10 + r.nextInt(89)) + " 0017 " + (1000 + r.nextInt(8999)) + " 4512", 9);
        doc.text(50, slip - 44, "BIC", 8);
        doc.text(150, slip - 44, "GEBABEBB", 9);
        doc.text(50, slip - 58, "Bénéficiaire", 8);
        doc.text(150, slip - 58, seller, 9);
        doc.text(50, slip - 72, "Communication structurée", 8);
        doc.bold(180, slip - 72, comm, 10);
        doc.right(doc.width() - 50, 30, "1/1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A Swiss German craftsman: place and date in words, a work period, labels far from their amounts, the total
     * rounded to five Rappen, a cash-discount amount, terms or a date in words.
     */
    static Truth swissRounding(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Malerei Brunner AG", "Elektro Gisler GmbH", "Gartenbau Meier & Co."});
        String customer = pick(r, new String[] {"Immobilien Zürcher AG", "Restaurant Linde", "Praxis Dr. med. Baumann",
            "Horizon Conseil Suisse GmbH"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {30, 30, 20});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%02d-%04d", issue.getYear() % 100, 100 + r.nextInt(900));
        List<Item> items = items(r, DE_WORK, 2, 5, pct("8.1"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal nickel = new BigDecimal("0.05");
        BigDecimal rounded = s.gross().divide(nickel, 0, RoundingMode.HALF_UP).multiply(nickel).setScale(2);
        BigDecimal rounding = rounded.subtract(s.gross());
        BigDecimal skonto = rounded.multiply(pct("0.02")).setScale(2, RoundingMode.HALF_UP);
        LocalDate workFrom = issue.minusDays(20 + r.nextInt(15));
        LocalDate workTo = issue.minusDays(1 + r.nextInt(10));
        String city = pick(r, new String[] {"Winterthur", "Luzern", "St. Gallen"});
        doc.regular = Standard14Fonts.FontName.TIMES_ROMAN;
        doc.bold = Standard14Fonts.FontName.TIMES_BOLD;
        doc.rightBold(doc.width() - 50, doc.y, seller, 14);
        doc.right(doc.width() - 50, doc.y - 14, "Industriestrasse 21 · 8400 " + city, 9);
        doc.right(doc.width() - 50, doc.y - 26, "CHE-" + (100 + r.nextInt(899)) + "." + (100 + r.nextInt(899))
                + ".372 MWST", 9);
        float window = doc.size.getHeight() - 150;
        doc.text(50, window, customer, 11);
        doc.text(50, window - 13, pick(r, new String[] {"Bahnhofplatz 4", "Seefeldstrasse 88", "Marktgasse 12"}), 10);
        doc.text(50, window - 26, pick(r, new String[] {"8001 Zürich", "6003 Luzern", "9000 St. Gallen"}), 10);
        doc.text(330, window - 70, city + ", " + deWords(issue), 10);
        doc.y = window - 100;
        doc.lineBold(50, "Rechnung Nr. " + number, 14);
        doc.line(50, "Objekt: " + pick(r, new String[] {"Umbau Büro 2. OG", "Gartenpflege Liegenschaft",
            "Sanierung Treppenhaus"}) + " - ausgeführt vom " + deWords(workFrom) + " bis " + deWords(workTo), 10);
        doc.down(8);
        table(doc, items, new String[] {"Bezeichnung", "Menge", "Ansatz CHF", "Betrag CHF"}, BlindLayouts3::ch, false,
                '.');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total Arbeiten und Material", ch(s.net())});
        rows.add(new String[] {"MWST 8.1 %", ch(s.tax())});
        rows.add(new String[] {"Total inkl. MWST", ch(s.gross())});
        if (rounding.signum() != 0) {
            rows.add(new String[] {"Rundungsdifferenz", (rounding.signum() < 0 ? "-" : "") + ch(rounding.abs())});
        }
        rows.add(new String[] {"Rechnungsbetrag CHF", ch(rounded)});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1, 50);
        doc.down(12);
        doc.line(50, terms ? "Zahlungskonditionen: " + days + " Tage netto" : "Zahlbar bis " + deWords(due)
                + " netto", 10);
        doc.line(50, "Bei Zahlung innert 10 Tagen 2 % Skonto (CHF " + ch(skonto) + ").", 9);
        doc.line(50, "Besten Dank für Ihren Auftrag.", 9);
        doc.text(50, 52, "Raiffeisenbank " + city + " · IBAN CH56 8080 8001 " + (1000 + r.nextInt(8999))
                + " 4419 2 · QR-IBAN auf Anfrage", 7);
        return Truth.invoice(number, issue, due, rounded, "CHF", customer);
    }

    /**
     * A German "Schlussrechnung" from a trade: info block of label and value, dates in words, a service period,
     * earlier progress payments deducted from the gross total, "Zahlungsziel 14 Tage netto" or a date.
     */
    static Truth germanFinalInvoice(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Dachdeckerei Hoffmann GmbH", "Sanitär Krüger & Sohn",
            "Trockenbau Wagner GmbH"});
        String customer = pick(r, new String[] {"Bäckerei Schulte", "Hausverwaltung Berger GmbH", "Dr. Petra Neumann",
            "Horizon Conseil GmbH"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {14, 14, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%d-%04d", issue.getYear(), 100 + r.nextInt(900));
        List<Item> items = items(r, DE_WORK, 3, 6, pct("19"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        int progress = 1 + r.nextInt(2);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Summe netto", de(s.net()) + " €"});
        rows.add(new String[] {"zzgl. 19 % USt.", de(s.tax()) + " €"});
        rows.add(new String[] {"Gesamtbetrag brutto", de(s.gross()) + " €"});
        BigDecimal rest = s.gross();
        LocalDate when = issue.minusDays(60 + r.nextInt(20));
        for (int k = 0; k < progress; k++) {
            BigDecimal paid = s.gross().multiply(pct("0.3")).setScale(-2, RoundingMode.DOWN).setScale(2);
            if (paid.signum() == 0) {
                paid = s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN).setScale(2);
            }
            rest = rest.subtract(paid);
            rows.add(new String[] {String.format(Locale.ROOT, "abzgl. Abschlag Nr. %d-%04d vom %s", issue.getYear(),
                10 + r.nextInt(89), d(when, "dd.MM.yyyy")), "-" + de(paid) + " €"});
            when = when.plusDays(25 + r.nextInt(10));
        }
        rows.add(new String[] {"Restbetrag (Zahlbetrag)", de(rest) + " €"});
        doc.text(50, doc.size.getHeight() - 125, seller + " · Gewerbering 5 · 45127 Essen", 7);
        doc.rightBold(doc.width() - 50, doc.y, seller, 13);
        doc.right(doc.width() - 50, doc.y - 14, "Gewerbering 5 · 45127 Essen · Tel. 0201 77 88 9" + r.nextInt(10), 8);
        float window = doc.size.getHeight() - 140;
        doc.text(50, window, customer, 10);
        doc.text(50, window - 13, pick(r, new String[] {"Rüttenscheider Str. 40", "Am Stadtgarten 3",
            "Kettwiger Str. 17"}), 10);
        doc.text(50, window - 26, pick(r, new String[] {"45130 Essen", "44787 Bochum", "40213 Düsseldorf"}), 10);
        float x = 340;
        float right = doc.width() - 50;
        String[][] info = {{"Rechnungsnummer", number}, {"Rechnungsdatum", deWords(issue)},
            {"Kundennummer", "K-" + (1000 + r.nextInt(8999))},
            {"Auftrag vom", d(issue.minusDays(90 + r.nextInt(30)), "dd.MM.yyyy")},
            {"Leistungszeitraum", d(issue.minusDays(40), "dd.MM.") + " - " + d(issue.minusDays(3), "dd.MM.yyyy")}};
        for (int k = 0; k < info.length; k++) {
            doc.text(x, window - 13 * k, info[k][0], 9);
            doc.right(right, window - 13 * k, info[k][1], 9);
        }
        doc.y = window - 100;
        doc.lineBold(50, "Schlussrechnung", 14);
        doc.line(50, "Bauvorhaben: " + pick(r, new String[] {"Dachsanierung", "Badumbau", "Ausbau Dachgeschoss"})
                + ", " + pick(r, new String[] {"Lindenallee 9", "Am Bergbach 2", "Hohe Str. 31"}), 10);
        doc.line(50, "Sehr geehrte Damen und Herren, für die ausgeführten Arbeiten erlauben wir uns zu berechnen:", 9);
        doc.down(6);
        table(doc, items, new String[] {"Leistung", "Menge", "EP", "GP"}, a -> de(a) + " €", false, ',');
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1, 250);
        doc.down(10);
        doc.line(50, terms ? "Zahlungsziel: " + days + " Tage netto ab Rechnungsdatum."
                : "Bitte überweisen Sie den Restbetrag bis zum " + d(due, "dd.MM.yyyy") + " ohne Abzug.", 10);
        doc.line(50, "Gemäß § 14 UStG weisen wir auf die Aufbewahrungspflicht von 2 Jahren hin.", 8);
        doc.text(50, 42, "Sparkasse Essen · IBAN DE12 3605 0105 0000 " + (1000 + r.nextInt(8999))
                + " 77 · Steuer-Nr. 112/5" + (1000 + r.nextInt(8999)) + "/0815", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /** A Dutch invoice whose labels sit at the left margin and values at the right margin, dates in words. */
    static Truth dutchFarColumns(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Bouwbedrijf De Graaf B.V.", "Vertaalbureau Mulder",
            "Koster Schoonmaak B.V."});
        String customer = pick(r, new String[] {"Bloemenhandel Visser", "Hotel De Zwaan B.V.",
            "Tandartspraktijk Van Leeuwen", "Horizon Conseil Nederland B.V."});
        LocalDate issue = day(r);
        boolean printedDue = r.nextBoolean();
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%d-%04d", issue.getYear(), 1 + r.nextInt(900));
        List<Item> items = items(r, NL_WORK, 1, 4, pct("21"), pct("21"), pct("9"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 15);
        doc.line(50, "Stationsweg 44 · 2312 AV Leiden · KvK 5" + (1_000_000 + r.nextInt(8_999_999)), 8);
        doc.line(50, "Btw-id NL" + (100_000_000 + r.nextInt(899_999_999)) + "B01 · IBAN NL20 INGB 0001 2345 67", 8);
        doc.down(24);
        doc.line(50, "Aan", 8);
        doc.lineBold(50, customer, 11);
        doc.line(50, pick(r, new String[] {"Oudegracht 120", "Herengracht 401", "Markt 7"}), 9);
        doc.line(50, pick(r, new String[] {"3511 AX Utrecht", "1017 BP Amsterdam", "5611 EB Eindhoven"}), 9);
        doc.down(20);
        doc.lineBold(50, "Factuur", 20);
        doc.down(4);
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Factuurnummer", number});
        meta.add(new String[] {"Factuurdatum", nlWords(issue)});
        if (printedDue) {
            meta.add(new String[] {"Vervaldatum", nlWords(due)});
        }
        meta.add(new String[] {"Klantnummer", String.valueOf(10_000 + r.nextInt(9000))});
        meta.add(new String[] {"Orderdatum", nlWords(issue.minusDays(10 + r.nextInt(20)))});
        meta.add(new String[] {"Leverdatum", nlWords(issue.minusDays(1 + r.nextInt(6)))});
        for (String[] m : meta) {
            doc.text(50, doc.y, m[0], 10);
            doc.right(right, doc.y, m[1], 10);
            doc.down(15);
        }
        doc.down(14);
        table(doc, items, new String[] {"Omschrijving", "Aantal", "Tarief", "Btw", "Bedrag"}, a -> "€ " + de(a), true,
                ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Totaal excl. btw", "€ " + de(s.net())});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"Btw " + rateText(rate, ',') + "% over € "
            + de(base.get(rate)), "€ " + de(tax)}));
        rows.add(new String[] {"Totaal incl. btw", "€ " + de(s.gross())});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1, 50);
        doc.down(10);
        doc.line(50, "Betalingstermijn: " + days + " dagen na factuurdatum. Vermeld bij betaling het factuurnummer.",
                9);
        doc.right(right, 30, "Pagina 1 van 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A Spanish supplier writing in English to a French company: intra-EU reverse charge (no VAT, total = tax base),
     * a delivery-note date and an order date, terms from the invoice date or a due date.
     */
    static Truth spanishReverseCharge(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Soluciones Levante S.L.", "Gráficas Mediterráneo S.L.",
            "Ibertrad Traducciones S.L."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {30, 60});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "FV%02d-%04d", issue.getYear() % 100, 1 + r.nextInt(3000));
        List<Item> items = items(r, EN_WORK, 1, 4, BigDecimal.ZERO);
        BigDecimal base = sumOf(items);
        doc.lineBold(50, seller, 13);
        doc.line(50, "C/ Colón 24, 3º - 46004 Valencia (Spain)", 8);
        doc.line(50, "CIF: B" + (10_000_000 + r.nextInt(89_999_999)) + " - VAT ES B" + (10_000_000
                + r.nextInt(89_999_999)), 8);
        float top = doc.size.getHeight() - 50;
        doc.rightBold(doc.width() - 50, top, "INVOICE", 22);
        doc.text(380, top - 30, "Invoice Nº", 8);
        doc.bold(380, top - 41, number, 10);
        doc.text(470, top - 30, "Date", 8);
        doc.bold(470, top - 41, d(issue, "dd/MM/yyyy"), 10);
        float y = doc.size.getHeight() - 130;
        doc.bold(50, y, "BILLED TO", 8);
        doc.text(50, y - 12, customer, 10);
        doc.text(50, y - 24, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.text(50, y - 36, "FRANCE - VAT FR" + (10 + r.nextInt(89)) + (300_000_000 + r.nextInt(599_999_999)), 9);
        doc.text(330, y, "Your order:", 8);
        doc.text(420, y, "PO-" + (2000 + r.nextInt(999)) + " of " + d(issue.minusDays(20 + r.nextInt(20)),
                "dd/MM/yyyy"), 8);
        doc.text(330, y - 12, "Delivery note:", 8);
        doc.text(420, y - 12, "ALB-" + (100 + r.nextInt(800)) + " of " + d(issue.minusDays(1 + r.nextInt(7)),
                "dd/MM/yyyy"), 8);
        doc.y = y - 70;
        table(doc, items, new String[] {"Concept", "Units", "Price", "Amount"}, a -> de(a) + " €", false, ',');
        totals(doc, new String[][] {{"Tax base", de(base) + " €"}, {"VAT 0% (*)", "0,00 €"},
            {"TOTAL INVOICE", de(base) + " €"}}, 2, 330);
        doc.down(10);
        doc.line(50, "(*) Reverse charge - intra-community supply exempt from VAT, Art. 196 Directive 2006/112/EC.",
                8);
        doc.line(50, terms ? "Payment terms: bank transfer, " + days + " days from invoice date."
                : "Due date: " + d(due, "dd/MM/yyyy") + " - bank transfer.", 9);
        doc.line(50, "Bank: CaixaBank - IBAN ES91 2100 0418 4502 0005 1332 - SWIFT CAIXESBBXXX", 8);
        doc.text(50, 40, "Registro Mercantil de Valencia, Tomo 9" + (100 + r.nextInt(899)) + ", Folio 12, Hoja V-"
                + (10_000 + r.nextInt(89_999)), 6);
        return Truth.invoice(number, issue, due, base, "EUR", customer);
    }

    /**
     * An Indian vendor's accounting-package tax invoice: a grid of labelled cells (Invoice No. / Dated / Delivery Note
     * / Mode/Terms of Payment / Buyer's Order No. ...), "3-Dec-26" dates, IGST or CGST + SGST, a round-off line, an
     * HSN summary repeating the tax, amounts in words.
     */
    static Truth indianTally(Doc doc, Random r) {
        int who = r.nextInt(3);
        String seller = new String[] {"Sai Krupa Technologies", "Vardhman Packaging Industries",
            "Om Sai Garments"}[who];
        String customer = pick(r, new String[] {"Horizon Conseil India Pvt. Ltd.", "Moreau Design Studio LLP",
            "Bharat Heavy Tools Pvt. Ltd.", "Sunrise Exports"});
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 45});
        LocalDate due = issue.plusDays(days);
        boolean interstate = r.nextBoolean();
        String fy = (issue.getMonthValue() >= 4 ? issue.getYear() : issue.getYear() - 1) % 100 + "-"
                + ((issue.getMonthValue() >= 4 ? issue.getYear() : issue.getYear() - 1) % 100 + 1);
        String number = new String[] {"SKT", "VPI", "OSG"}[who] + "/" + (10 + r.nextInt(480)) + "/" + fy;
        int count = 1 + r.nextInt(4);
        String[] goods = {"Corrugated Boxes 5 Ply", "Printed Labels (roll)", "Cotton T-Shirts", "LED Panel 18W",
            "Annual Maintenance Contract", "Software Customisation"};
        String[] hsn = {"4819", "4821", "6109", "9405", "998713", "998314"};
        List<Item> items = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int g = r.nextInt(goods.length);
            items.add(new Item(goods[g], BigDecimal.valueOf(1 + r.nextInt(g >= 4 ? 2 : k == 0 ? 200 : 50)),
                    BigDecimal.valueOf(5_000 + r.nextInt(250_000), 2), pct("18")));
            codes.add(hsn[g]);
        }
        BigDecimal net = sumOf(items);
        BigDecimal half = net.multiply(pct("0.09")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = interstate ? net.multiply(pct("0.18")).setScale(2, RoundingMode.HALF_UP) : half.add(half);
        BigDecimal raw = net.add(tax);
        BigDecimal grand = raw.setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal roundOff = grand.subtract(raw);
        Function<LocalDate, String> date = x -> BlindLayouts.d(x, "d-MMM-yy", Locale.ENGLISH);
        float top = doc.size.getHeight() - 45;
        doc.rightBold(doc.width() / 2 + 35, top, "Tax Invoice", 13);
        doc.right(doc.width() - 40, top, "(ORIGINAL FOR RECIPIENT)", 7);
        float y = top - 22;
        doc.bold(40, y, seller, 10);
        doc.text(40, y - 11, "No. 42, 3rd Cross, Peenya Industrial Area", 8);
        doc.text(40, y - 21, "Bengaluru - 560058", 8);
        doc.text(40, y - 31, "GSTIN/UIN: 29AAKFS" + (1000 + r.nextInt(8999)) + "R1ZX", 8);
        doc.text(40, y - 41, "State Name : Karnataka, Code : 29", 8);
        String[][] cells = {{"Invoice No.", number, "Dated", date.apply(issue)},
            {"Delivery Note", "DN-" + (100 + r.nextInt(800)), "Mode/Terms of Payment", days + " Days"},
            {"Reference No. & Date.", "", "Other References", ""},
            {"Buyer's Order No.", "PO/" + (1000 + r.nextInt(8999)), "Dated", date.apply(issue.minusDays(15
                + r.nextInt(20)))},
            {"Dispatch Doc No.", "LR" + (10_000 + r.nextInt(89_999)), "Delivery Note Date",
                date.apply(issue.minusDays(1 + r.nextInt(3)))},
            {"Dispatched through", pick(r, new String[] {"By Road", "Gati Ltd", "Self"}), "Destination",
                interstate ? "Chennai" : "Bengaluru"}};
        for (int k = 0; k < cells.length; k++) {
            float cy = y - k * 24;
            doc.text(300, cy, cells[k][0], 7);
            doc.bold(300, cy - 10, cells[k][1], 8);
            doc.text(430, cy, cells[k][2], 7);
            doc.bold(430, cy - 10, cells[k][3], 8);
        }
        float by = y - 60;
        doc.text(40, by, "Consignee (Ship to)", 7);
        doc.bold(40, by - 10, customer, 9);
        doc.text(40, by - 20, interstate ? "Plot 7, SIPCOT IT Park, Siruseri, Chennai 603103"
                : "14/2, Hosur Road, Electronic City, Bengaluru 560100", 8);
        doc.text(40, by - 44, "Buyer (Bill to)", 7);
        doc.bold(40, by - 54, customer, 9);
        doc.text(40, by - 64, "GSTIN/UIN : " + (interstate ? "33" : "29") + "AABCH" + (1000 + r.nextInt(8999))
                + "M1Z3", 8);
        doc.text(40, by - 74, "State Name : " + (interstate ? "Tamil Nadu, Code : 33" : "Karnataka, Code : 29"), 8);
        doc.y = y - 160;
        float right = doc.width() - 40;
        doc.bold(40, doc.y, "Sl", 8);
        doc.bold(60, doc.y, "Description of Goods", 8);
        doc.bold(250, doc.y, "HSN/SAC", 8);
        doc.rightBold(360, doc.y, "Quantity", 8);
        doc.rightBold(440, doc.y, "Rate", 8);
        doc.rightBold(right, doc.y, "Amount", 8);
        doc.down(14);
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            doc.text(40, doc.y, String.valueOf(k + 1), 8);
            doc.bold(60, doc.y, i.label(), 8);
            doc.text(250, doc.y, codes.get(k), 8);
            doc.right(360, doc.y, i.qty().toPlainString() + (codes.get(k).length() > 4 ? " Job" : " Nos"), 8);
            doc.right(440, doc.y, BlindLayouts.indian(i.unit()), 8);
            doc.right(right, doc.y, BlindLayouts.indian(i.amount()), 8);
            doc.down(12);
        }
        doc.down(6);
        if (interstate) {
            doc.bold(200, doc.y, "IGST @ 18%", 8);
            doc.right(right, doc.y, BlindLayouts.indian(tax), 8);
            doc.down(12);
        } else {
            doc.bold(200, doc.y, "CGST @ 9%", 8);
            doc.right(right, doc.y, BlindLayouts.indian(half), 8);
            doc.down(12);
            doc.bold(200, doc.y, "SGST @ 9%", 8);
            doc.right(right, doc.y, BlindLayouts.indian(half), 8);
            doc.down(12);
        }
        if (roundOff.signum() != 0) {
            doc.text(200, doc.y, "Round Off", 8);
            doc.right(right, doc.y, (roundOff.signum() < 0 ? "(-)" : "") + BlindLayouts.indian(roundOff.abs()), 8);
            doc.down(12);
        }
        doc.down(4);
        doc.bold(200, doc.y, "Total", 9);
        doc.rightBold(right, doc.y, "Rs. " + BlindLayouts.indian(grand), 9);
        doc.down(18);
        doc.text(40, doc.y, "Amount Chargeable (in words)", 7);
        doc.right(right, doc.y, "E. & O.E", 7);
        doc.down(11);
        doc.bold(40, doc.y, "INR " + BlindLayouts.words(grand.longValue()) + " Only", 8);
        doc.down(20);
        doc.bold(40, doc.y, "HSN/SAC", 7);
        doc.rightBold(250, doc.y, "Taxable Value", 7);
        doc.rightBold(340, doc.y, interstate ? "IGST Rate" : "CGST Rate", 7);
        doc.rightBold(430, doc.y, interstate ? "IGST Amount" : "CGST + SGST", 7);
        doc.rightBold(right, doc.y, "Total Tax Amount", 7);
        doc.down(11);
        doc.text(40, doc.y, String.join(", ", codes.stream().distinct().toList()), 7);
        doc.right(250, doc.y, BlindLayouts.indian(net), 7);
        doc.right(340, doc.y, interstate ? "18%" : "9%", 7);
        doc.right(430, doc.y, BlindLayouts.indian(tax), 7);
        doc.right(right, doc.y, BlindLayouts.indian(tax), 7);
        doc.down(11);
        doc.bold(40, doc.y, "Total", 7);
        doc.right(250, doc.y, BlindLayouts.indian(net), 7);
        doc.right(right, doc.y, BlindLayouts.indian(tax), 7);
        doc.down(14);
        int paise = tax.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        doc.text(40, doc.y, "Tax Amount (in words) : INR " + BlindLayouts.words(tax.longValue())
                + (paise == 0 ? "" : " and " + BlindLayouts.words(paise) + " paise") + " Only", 7);
        doc.down(20);
        doc.text(40, doc.y, "Company's Bank Details", 7);
        doc.down(10);
        doc.text(40, doc.y, "Bank Name : ICICI Bank   A/c No. : 0012050" + (10_000 + r.nextInt(89_999))
                + "   Branch & IFS Code : Peenya & ICIC0000012", 7);
        doc.down(10);
        doc.text(40, doc.y, "Declaration: We declare that this invoice shows the actual price of the goods described"
                + " and that all particulars are true and correct.", 6);
        doc.right(right, 80, "for " + seller, 8);
        doc.right(right, 50, "Authorised Signatory", 7);
        doc.right(doc.width() / 2 + 80, 30, "This is a Computer Generated Invoice", 6);
        return Truth.invoice(number, issue, due, grand, "INR", customer);
    }

    /**
     * A UK supplier's account-style invoice: ordinal dates, a billing period, an account summary box with the
     * previous balance and the payment received before this invoice's amount and the total due.
     */
    static Truth ukAccountSummary(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Pennine Office Supplies Ltd", "Thames Valley Telecom Ltd",
            "Greenfield Facilities Management Ltd"});
        String customer = pick(r, new String[] {"Horizon Conseil UK Ltd", "Ashworth & Reid LLP", "The Crown Inn",
            "Moreau Interiors Ltd"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String account = String.valueOf(40_000_000 + r.nextInt(9_999_999));
        String number = String.valueOf(900_000 + r.nextInt(99_999));
        List<Item> items = items(r, EN_WORK, 2, 5, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal previous = BigDecimal.valueOf(5_000 + r.nextInt(150_000), 2);
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        LocalDate periodStart = periodEnd.withDayOfMonth(1);
        float right = doc.width() - 50;
        doc.rightBold(right, doc.y, seller, 12);
        doc.right(right, doc.y - 13, "Unit 9, Kingsway Business Park, Rochdale OL16 4NW", 8);
        doc.right(right, doc.y - 24, "VAT Reg No: GB " + (200 + r.nextInt(700)) + " 8841 " + (10 + r.nextInt(89)), 8);
        doc.down(50);
        doc.lineBold(50, "Invoice", 22);
        doc.down(6);
        float top = doc.y;
        String[][] ids = {{"Account number", account}, {"Invoice number", number}, {"Invoice date", enOrdinal(issue)},
            {"Billing period", enOrdinal(periodStart) + " to " + enOrdinal(periodEnd)}};
        for (int k = 0; k < ids.length; k++) {
            doc.text(50, top - 14 * k, ids[k][0], 9);
            doc.text(150, top - 14 * k, ids[k][1], 9);
        }
        doc.bold(360, top, "Your account summary", 10);
        String[][] summary = {{"Previous balance", "£" + en(previous)},
            {"Payment received - thank you", "-£" + en(previous)}, {"Balance brought forward", "£0.00"},
            {"This invoice (incl. VAT)", "£" + en(s.gross())}};
        for (int k = 0; k < summary.length; k++) {
            doc.text(360, top - 14 * (k + 1), summary[k][0], 8);
            doc.right(right, top - 14 * (k + 1), summary[k][1], 8);
        }
        doc.bold(360, top - 14 * 5 - 4, "Total due", 11);
        doc.rightBold(right, top - 14 * 5 - 4, "£" + en(s.gross()), 11);
        doc.text(360, top - 14 * 6 - 8, terms ? "Payment terms: " + days + " days from invoice date"
                : "Payment due: " + enOrdinal(due), 9);
        doc.y = top - 120;
        doc.line(50, "Invoice to:", 8);
        doc.lineBold(50, customer, 10);
        doc.line(50, pick(r, new String[] {"14 Deansgate", "3 Castle Street", "Unit 2, Riverside Works"}), 9);
        doc.line(50, pick(r, new String[] {"Manchester M3 2BW", "Chester CH1 2DY", "Leeds LS10 1AB"}), 9);
        doc.down(16);
        table(doc, items, new String[] {"Description", "Qty", "Unit price", "Net"}, a -> "£" + en(a), false, '.');
        totals(doc, new String[][] {{"Total net", "£" + en(s.net())}, {"VAT @ 20%", "£" + en(s.tax())},
            {"Invoice total", "£" + en(s.gross())}}, 2, 330);
        doc.down(10);
        doc.line(50, "Please pay by BACS to Lloyds Bank, sort code 30-94-57, account 1" + (1_000_000
                + r.nextInt(8_999_999)) + ", quoting your account number.", 8);
        doc.text(50, 40, seller + " · Registered in England No. 0" + (4_000_000 + r.nextInt(999_999)), 7);
        return Truth.invoice(number, issue, due, s.gross(), "GBP", customer);
    }

    /**
     * A US vendor on Letter paper: "Amount Due" in a box at the top, "Terms: Net 30" (the due date written or not),
     * shipping and sales tax, and a detachable remittance stub repeating the amount.
     */
    static Truth usRemittanceStub(Doc doc, Random r) {
        doc.size = PDRectangle.LETTER;
        doc.pages.clear();
        doc.newPage();
        String seller = pick(r, new String[] {"Great Lakes Fulfillment LLC", "Blue Ridge Software Inc.",
            "Pacific Coast Translation Services"});
        boolean french = r.nextBoolean();
        String customer = french ? pick(r, FR_CUSTOMERS) : pick(r, new String[] {"Harper & Lane Marketing",
            "Mesa Verde Dental Group", "Copperline Brewing Co."});
        LocalDate issue = day(r);
        boolean printedDue = r.nextBoolean();
        int days = pick(r, new Integer[] {30, 30, 45});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(20_000 + r.nextInt(9_000));
        List<Item> items = items(r, EN_WORK, 1, 4, BigDecimal.ZERO);
        BigDecimal sub = sumOf(items);
        BigDecimal shipping = BigDecimal.valueOf(1_500 + r.nextInt(8_000), 2);
        BigDecimal tax = french ? BigDecimal.ZERO
                : sub.add(shipping).multiply(pct("0.0725")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = sub.add(shipping).add(tax);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "2201 Commerce Drive, Suite 140", 9);
        doc.line(50, "Columbus, OH 43219 · (614) 555-0" + (100 + r.nextInt(899)), 9);
        doc.rightBold(right, h - 50, "INVOICE", 24);
        String[][] head = {{"Invoice Number:", number}, {"Invoice Date:", usWords(issue)},
            {"Customer ID:", "C" + (1000 + r.nextInt(8999))}, {"PO Number:", "PO-" + (3000 + r.nextInt(6000))},
            {"Terms:", "Net " + days}};
        for (int k = 0; k < head.length; k++) {
            doc.text(370, h - 80 - 13 * k, head[k][0], 9);
            doc.right(right, h - 80 - 13 * k, head[k][1], 9);
        }
        if (printedDue) {
            doc.text(370, h - 80 - 13 * head.length, "Due Date:", 9);
            doc.right(right, h - 80 - 13 * head.length, d(due, "MM/dd/yyyy"), 9);
        }
        doc.bold(50, h - 150, "AMOUNT DUE", 9);
        doc.rightBold(230, h - 168, "$" + en(total), 16);
        float y = h - 215;
        doc.bold(50, y, "Bill To:", 9);
        doc.text(50, y - 12, customer, 10);
        doc.text(50, y - 24, french ? pick(r, FR_STREETS) : "1180 Pearl Street", 9);
        doc.text(50, y - 36, french ? pick(r, FR_CITIES) + ", France" : "Boulder, CO 80302", 9);
        doc.bold(320, y, "Ship To:", 9);
        doc.text(320, y - 12, french ? "Receiving dept." : customer, 10);
        doc.text(320, y - 24, "Ship Date: " + d(issue.minusDays(2 + r.nextInt(5)), "MM/dd/yyyy") + "  Via: UPS", 9);
        doc.y = y - 70;
        table(doc, items, new String[] {"Description", "Qty", "Unit Price", "Amount"}, BlindLayouts3::en, false, '.');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subtotal", en(sub)});
        rows.add(new String[] {"Shipping & Handling", en(shipping)});
        rows.add(new String[] {french ? "Sales Tax (export - exempt)" : "Sales Tax (7.25%)", en(tax)});
        rows.add(new String[] {"Total", "$" + en(total)});
        rows.add(new String[] {"Payments/Credits", "0.00"});
        rows.add(new String[] {"Amount Due", "$" + en(total)});
        totals(doc, rows.toArray(new String[0][]), 5, 360);
        doc.down(6);
        doc.line(50, "A finance charge of 1.5% per month will be applied to balances past due. Thank you!", 8);
        float stub = 170;
        doc.text(50, stub + 16, "- - - - - - - - - - - Please detach and return this portion with your payment"
                + " - - - - - - - - - - -", 7);
        doc.bold(50, stub, "REMITTANCE", 10);
        doc.text(50, stub - 16, "Customer:", 8);
        doc.text(130, stub - 16, customer, 9);
        doc.text(50, stub - 29, "Invoice #:", 8);
        doc.text(130, stub - 29, number, 9);
        doc.text(320, stub - 16, "Amount Due:", 8);
        doc.bold(420, stub - 16, "$" + en(total), 9);
        doc.text(320, stub - 29, "Amount Enclosed:", 8);
        doc.text(420, stub - 29, "$ ______________", 9);
        doc.text(50, stub - 50, "Make checks payable to " + seller + ", 2201 Commerce Drive, Suite 140, Columbus, OH"
                + " 43219. Wire: ABA 044000024, Acct 7781" + (100_000 + r.nextInt(899_999)), 7);
        return Truth.invoice(number, issue, due, total, "USD", customer);
    }

    /**
     * A French micro-entrepreneur's invoice from an online tool: dates in words, the service period of the previous
     * month, no VAT (art. 293 B), so the total is the net; paid on receipt, in N days, or by a date in words.
     */
    static Truth frenchMicro(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Léa Fontaine - Rédactrice web", "Hugo Marchand Consulting",
            "Inès Carpentier Illustration"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int kind = r.nextInt(3);
        int days = pick(r, new Integer[] {15, 30});
        LocalDate due = kind == 0 ? issue : issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%d-%03d", issue.getYear(), 1 + r.nextInt(140));
        List<Item> items = items(r, FR_WORK, 1, 3, BigDecimal.ZERO);
        BigDecimal total = sumOf(items);
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        LocalDate periodStart = periodEnd.withDayOfMonth(1);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, "EI - Micro-entreprise", 8);
        doc.line(50, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + (900_000_000L + r.nextInt(99_999_999)) + " 000" + (10 + r.nextInt(89)), 8);
        doc.rightBold(right, doc.size.getHeight() - 50, "FACTURE", 22);
        float top = doc.size.getHeight() - 140;
        doc.text(50, top, "Client", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, pick(r, FR_CITIES), 9);
        String[][] meta = {{"Numéro", number}, {"Émise le", frWords(issue)},
            {"Prestation", "du " + frWords(periodStart).replace(" " + periodStart.getYear(), "").replaceAll(
                " [a-zéû]+$", "") + " au " + frWords(periodEnd)}};
        for (int k = 0; k < meta.length; k++) {
            doc.text(330, top - 13 * k, meta[k][0], 9);
            doc.right(right, top - 13 * k, meta[k][1], 9);
        }
        doc.y = top - 80;
        table(doc, items, new String[] {"Description", "Quantité", "Prix unitaire", "Montant"}, a -> fr(a) + " €",
                false, ',');
        totals(doc, new String[][] {{"Total HT", fr(total) + " €"}, {"Montant total à payer", fr(total) + " €"}}, 1,
                330);
        doc.text(330, doc.y, "TVA non applicable, art. 293 B du CGI", 8);
        doc.down(24);
        doc.line(50, switch (kind) {
            case 0 -> "Conditions de paiement : payable à réception de la facture.";
            case 1 -> "Conditions de paiement : " + days + " jours à compter de la date d'émission.";
            default -> "Date d'échéance : le " + frWords(due) + ".";
        }, 9);
        doc.line(50, "Moyen de paiement : virement - IBAN FR76 1695 8000 01" + (10_000 + r.nextInt(89_999))
                + " 0000 142", 8);
        doc.line(50, "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire de 40 € pour"
                + " frais de recouvrement.", 7);
        doc.right(right, 30, "Facture " + number + " - page 1 sur 1", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /**
     * A French installer: order, delivery and quote dates beside the invoice's, a recap box at the bottom left with
     * the deposit paid and the rest, the terms "N jours fin de mois" at the right, no due date written.
     */
    static Truth frenchRecapBox(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Menuiserie Alu Conseil SARL", "Cuisines & Bains Lefranc",
            "Clim'Azur Services"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 45});
        LocalDate due = endOfMonthAfter(issue, days);
        String number = String.format(Locale.ROOT, "FA-%02d%02d-%04d", issue.getYear() % 100, issue.getMonthValue(),
                1 + r.nextInt(400));
        List<Item> items = items(r, FR_WORK, 2, 5, pct("20"), pct("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = s.gross().multiply(pick(r, new BigDecimal[] {pct("0.3"), pct("0.4")}))
                .setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal rest = s.gross().subtract(deposit);
        LocalDate depositDay = issue.minusDays(30 + r.nextInt(30));
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SARL au capital de 8 000 € - RCS " + (400_000_000 + r.nextInt(499_999_999)), 8);
        float top = doc.size.getHeight() - 120;
        doc.bold(330, top, customer, 11);
        doc.text(330, top - 13, pick(r, FR_STREETS), 9);
        doc.text(330, top - 25, pick(r, FR_CITIES), 9);
        doc.bold(50, top, "FACTURE", 16);
        doc.text(50, top - 20, "N° " + number, 10);
        String[][] dates = {{"Date de facture", frDate(issue)},
            {"Devis accepté le", frDate(depositDay.minusDays(2))},
            {"Date de commande", frDate(depositDay)},
            {"Pose réalisée le", frDate(issue.minusDays(1 + r.nextInt(6)))}};
        for (int k = 0; k < dates.length; k++) {
            doc.text(50, top - 40 - 12 * k, dates[k][0], 8);
            doc.text(140, top - 40 - 12 * k, dates[k][1], 8);
        }
        doc.y = top - 110;
        table(doc, items, new String[] {"Désignation", "Qté", "P.U. HT", "TVA", "Total HT"}, BlindLayouts3::fr, true,
                ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HT", fr(s.net())});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"TVA " + rateText(rate, ',') + " %", fr(tax)}));
        rows.add(new String[] {"Total TTC", fr(s.gross())});
        rows.add(new String[] {"Acompte versé le " + frDate(depositDay), "- " + fr(deposit)});
        rows.add(new String[] {"Reste à payer", fr(rest) + " €"});
        float y = doc.y - 4;
        doc.bold(50, y, "RÉCAPITULATIF (EUR)", 9);
        y -= 14;
        for (int k = 0; k < rows.size(); k++) {
            boolean last = k == rows.size() - 1;
            if (last) {
                doc.bold(50, y, rows.get(k)[0], 10);
                doc.rightBold(290, y, rows.get(k)[1], 10);
            } else {
                doc.text(50, y, rows.get(k)[0], 9);
                doc.right(290, y, rows.get(k)[1], 9);
            }
            y -= 13;
        }
        float cy = doc.y - 18;
        doc.bold(330, cy, "Conditions de règlement", 9);
        doc.text(330, cy - 13, days + " jours fin de mois, par virement", 9);
        doc.text(330, cy - 26, "Escompte pour paiement anticipé : néant", 8);
        doc.text(330, cy - 38, "Pénalités : 3 fois le taux légal + 40 €", 8);
        doc.text(50, 40, seller + " - Garantie décennale MAAF n° " + (100_000 + r.nextInt(899_999)), 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /**
     * A "facture d'acompte": the quote's totals (HT and TTC) stated first, then the deposit's HT / TVA / TTC, and the
     * balance still to come after it; the total is the deposit.
     */
    static Truth frenchDepositInvoice(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Ateliers Bois & Design", "Piscines Océane SAS",
            "Extensions Bois Concept"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(pick(r, new Integer[] {7, 10}));
        String number = String.format(Locale.ROOT, "FAC-AC-%d-%03d", issue.getYear(), 1 + r.nextInt(300));
        BigDecimal rate = pick(r, new BigDecimal[] {pct("20"), pct("10")});
        BigDecimal quoteNet = BigDecimal.valueOf(800_000 + r.nextInt(4_000_000), 2);
        BigDecimal quoteGross = quoteNet.add(quoteNet.multiply(rate).movePointLeft(2).setScale(2,
                RoundingMode.HALF_UP));
        int share = pick(r, new Integer[] {30, 40, 50});
        BigDecimal net = quoteNet.multiply(BigDecimal.valueOf(share)).movePointLeft(2).setScale(2,
                RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(tax);
        BigDecimal balance = quoteGross.subtract(gross);
        String quote = String.format(Locale.ROOT, "DV-%d-%03d", issue.getYear(), 10 + r.nextInt(300));
        LocalDate quoteDay = issue.minusDays(5 + r.nextInt(20));
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + (400_000_000 + r.nextInt(499_999_999)) + " 00028 - TVA FR" + (10 + r.nextInt(89))
                + (400_000_000 + r.nextInt(499_999_999)), 8);
        float top = doc.size.getHeight() - 125;
        doc.bold(330, top, customer, 11);
        doc.text(330, top - 13, pick(r, FR_STREETS), 9);
        doc.text(330, top - 25, pick(r, FR_CITIES), 9);
        doc.text(330, top - 55, pick(r, new String[] {"Nantes", "Angers", "La Rochelle"}) + ", le "
                + frWords(issue), 10);
        doc.y = top - 90;
        doc.lineBold(50, "FACTURE D'ACOMPTE N° " + number, 14);
        doc.line(50, "Objet : " + pick(r, new String[] {"construction d'une piscine 8 x 4 m",
            "extension ossature bois 25 m²", "agencement cuisine sur mesure"}), 10);
        doc.line(50, "Référence : devis n° " + quote + " du " + frDate(quoteDay) + ", accepté le "
                + frDate(quoteDay.plusDays(3)), 10);
        doc.line(50, "Montant total du devis : " + fr(quoteNet) + " € HT, soit " + fr(quoteGross) + " € TTC", 10);
        doc.line(50, "Début des travaux prévu le " + frWords(issue.plusDays(20 + r.nextInt(30))), 10);
        doc.down(12);
        doc.bold(50, doc.y, "Désignation", 9);
        doc.rightBold(right, doc.y, "Montant HT", 9);
        doc.down(14);
        doc.text(50, doc.y, "Acompte de " + share + " % à la commande sur devis n° " + quote, 9);
        doc.right(right, doc.y, fr(net) + " €", 9);
        doc.down(24);
        totals(doc, new String[][] {{"Total HT", fr(net) + " €"}, {"TVA " + rateText(rate, ',') + " %",
            fr(tax) + " €"}, {"Total TTC de l'acompte", fr(gross) + " €"}, {"Net à payer", fr(gross) + " €"}}, 3,
                330);
        doc.down(8);
        doc.line(50, "Solde restant dû après cet acompte : " + fr(balance) + " € TTC, facturé à la réception des"
                + " travaux.", 9);
        doc.line(50, onReceipt ? "Acompte payable à réception de la présente facture."
                : "Date limite de règlement : " + frDate(due), 9);
        doc.line(50, "Paiement par virement : IBAN FR76 1450 5000 0108 0012 " + (1000 + r.nextInt(8999)) + " 215", 8);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * A German wholesaler's two-page invoice: order and delivery dates in the header, a subtotal at the foot of page
     * one and "Übertrag" on page two, shipping, two VAT rates, the total and terms (or a date) on page two only, a
     * cash-discount date and amount.
     */
    static Truth germanTwoPages(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Bürobedarf Schröder GmbH", "Elektrogroßhandel Lenz KG",
            "Papier & Druck Albrecht GmbH"});
        String customer = pick(r, new String[] {"Horizon Conseil GmbH", "Kanzlei Vogel & Partner",
            "Autohaus Brandt GmbH", "Stadtwerke Kleinwalde"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = 30;
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(4_100_000 + r.nextInt(99_999));
        String[] goods = {"Kopierpapier A4 80 g (Karton)", "Ordner breit, blau", "Toner HP 59A schwarz",
            "Kabelkanal 40x60, 2 m", "Schuko-Steckdosenleiste 6-fach", "Fachbuch Steuerrecht 2026",
            "Haftnotizen 76x76 (12er)", "LED-Röhre T8 150 cm", "Kugelschreiber (50 Stk.)", "Briefumschläge DL (1000)"};
        List<Item> items = new ArrayList<>();
        int count = 28 + r.nextInt(9);
        for (int k = 0; k < count; k++) {
            int g = r.nextInt(goods.length);
            items.add(new Item(goods[g] + " Art.-Nr. " + (10_000 + r.nextInt(89_999)),
                    BigDecimal.valueOf(1 + r.nextInt(12)), BigDecimal.valueOf(199 + r.nextInt(9_000), 2),
                    g == 5 ? pct("7") : pct("19")));
        }
        Item shipping = new Item("Versandkosten", BigDecimal.ONE, new BigDecimal("9.90"), pct("19"));
        List<Item> all = new ArrayList<>(items);
        all.add(shipping);
        Sums s = Sums.of(all, BigDecimal.ZERO);
        BigDecimal skonto = s.gross().multiply(pct("0.98")).setScale(2, RoundingMode.HALF_UP);
        float right = doc.width() - 50;
        doc.rightBold(right, doc.y, seller, 13);
        doc.right(right, doc.y - 13, "Hafenstraße 12 · 28217 Bremen · www.example.de", 8);
        float window = doc.size.getHeight() - 140;
        doc.text(50, window + 14, seller + " · Hafenstraße 12 · 28217 Bremen", 6);
        doc.text(50, window, customer, 10);
        doc.text(50, window - 13, "Wareneingang / Buchhaltung", 10);
        doc.text(50, window - 26, pick(r, new String[] {"Lindenstraße 8", "Am Markt 1", "Bahnhofstr. 44"}), 10);
        doc.text(50, window - 39, pick(r, new String[] {"10969 Berlin", "20095 Hamburg", "30159 Hannover"}), 10);
        String[][] info = {{"Rechnungsnummer:", number}, {"Rechnungsdatum:", d(issue, "dd.MM.yyyy")},
            {"Kundennummer:", String.valueOf(200_000 + r.nextInt(99_999))},
            {"Bestellung vom:", deWords(issue.minusDays(6 + r.nextInt(10)))},
            {"Lieferschein-Nr.:", "LS" + (700_000 + r.nextInt(99_999))},
            {"Lieferdatum:", d(issue.minusDays(1 + r.nextInt(4)), "dd.MM.yyyy")}};
        for (int k = 0; k < info.length; k++) {
            doc.text(360, window - 12 * k, info[k][0], 8);
            doc.right(right, window - 12 * k, info[k][1], 8);
        }
        doc.y = window - 90;
        doc.lineBold(50, "Rechnung", 14);
        doc.down(4);
        String[] heads = {"Artikel", "Menge", "Einzelpreis", "MwSt.", "Gesamt"};
        List<Item> first = items.subList(0, 22);
        table(doc, first, heads, BlindLayouts3::de, true, ',');
        BigDecimal carried = sumOf(first);
        doc.bold(right - 230, doc.y, "Zwischensumme netto", 9);
        doc.rightBold(right, doc.y, de(carried), 9);
        doc.text(50, 40, "Geschäftsführer: K. Schröder · HRB 31" + (100 + r.nextInt(899)) + " Amtsgericht Bremen"
                + " · USt-IdNr. DE" + (100_000_000 + r.nextInt(899_999_999)), 6);
        doc.right(right, 28, "Seite 1 von 2", 7);
        doc.newPage();
        doc.line(50, "Rechnung Nr. " + number + " vom " + d(issue, "dd.MM.yyyy") + " - Fortsetzung", 8);
        doc.down(8);
        doc.text(right - 230, doc.y, "Übertrag", 9);
        doc.right(right, doc.y, de(carried), 9);
        doc.down(18);
        table(doc, items.subList(22, items.size()), heads, BlindLayouts3::de, true, ',');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Warenwert netto", de(sumOf(items))});
        rows.add(new String[] {"Versandkosten", de(shipping.amount())});
        rows.add(new String[] {"Nettobetrag", de(s.net())});
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"MwSt. " + rateText(rate, ',') + " %", de(tax)}));
        rows.add(new String[] {"Gesamtbetrag EUR", de(s.gross())});
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1, right - 230);
        doc.down(10);
        doc.line(50, terms ? "Zahlungsziel " + days + " Tage netto." : "Zahlbar bis " + d(due, "dd.MM.yyyy")
                + " ohne Abzug.", 9);
        doc.line(50, "Bei Zahlung bis " + d(issue.plusDays(10), "dd.MM.yyyy") + " gewähren wir 2 % Skonto"
                + " (Zahlbetrag " + de(skonto) + " EUR).", 9);
        doc.line(50, "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", 8);
        doc.right(right, 28, "Seite 2 von 2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A French telecom / hosting subscription: issued early in the month for the month before, the amount in a box
     * at the top, the previous invoice's amount and payment, a loyalty discount line, due date in words.
     */
    static Truth frenchMonthly(Doc doc, Random r) {
        String seller = pick(r, new String[] {"NetiPro Télécom", "Hébergia Cloud SAS", "Securis Télésurveillance"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(5));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {10, 14, 15}));
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        LocalDate periodStart = periodEnd.withDayOfMonth(1);
        String client = String.valueOf(1_000_000 + r.nextInt(8_999_999));
        String number = String.format(Locale.ROOT, "FC%d%02d-%06d", issue.getYear(), issue.getMonthValue(),
                r.nextInt(999_999));
        String period = "du " + frWords(periodStart).replace(" " + periodStart.getYear(), "")
                .replaceAll(" [a-zéû]+$", "") + " au " + frWords(periodEnd);
        List<Item> items = new ArrayList<>();
        items.add(new Item("Abonnement " + pick(r, new String[] {"Pro Fibre 1 Gb/s", "Serveur dédié S2",
            "Télésurveillance 3 sites"}), BigDecimal.ONE, BigDecimal.valueOf(3_990 + r.nextInt(20_000), 2),
                pct("20")));
        items.add(new Item("Options (" + (1 + r.nextInt(4)) + " lignes fixes)", BigDecimal.ONE,
                BigDecimal.valueOf(500 + r.nextInt(3_000), 2), pct("20")));
        items.add(new Item("Consommations hors forfait", BigDecimal.ONE, BigDecimal.valueOf(r.nextInt(4_000), 2),
                pct("20")));
        if (r.nextBoolean()) {
            items.add(new Item("Remise fidélité", BigDecimal.ONE, BigDecimal.valueOf(-(500 + r.nextInt(1_000)), 2),
                    pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal previous = s.gross().add(BigDecimal.valueOf(r.nextInt(4_000) - 2_000, 2));
        LocalDate previousIssue = periodStart.withDayOfMonth(issue.getDayOfMonth());
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 15);
        doc.line(50, "Service clients professionnels : 09 70 " + (10 + r.nextInt(89)) + " 00 00", 8);
        float top = doc.size.getHeight() - 60;
        doc.bold(360, top, "Facture du " + frWords(issue), 10);
        doc.text(360, top - 14, "N° de facture : " + number, 9);
        doc.text(360, top - 27, "N° client : " + client, 9);
        doc.text(360, top - 40, "Période : " + period, 9);
        float box = top - 80;
        doc.text(360, box, "Montant de votre facture", 9);
        doc.rightBold(right, box - 22, fr(s.gross()) + " €", 18);
        doc.text(360, box - 40, "à régler au plus tard le " + frWords(due), 9);
        doc.text(360, box - 52, "Prélèvement automatique à cette date", 8);
        doc.text(50, box, "Titulaire du compte :", 8);
        doc.bold(50, box - 12, customer, 10);
        doc.text(50, box - 24, pick(r, FR_STREETS), 9);
        doc.text(50, box - 36, pick(r, FR_CITIES), 9);
        doc.y = box - 90;
        doc.lineBold(50, "Votre précédente facture", 10);
        doc.line(50, "Facture du " + frDate(previousIssue) + " d'un montant de " + fr(previous) + " € TTC, réglée le "
                + frDate(previousIssue.plusDays(14)) + ". Merci.", 9);
        doc.down(14);
        doc.lineBold(50, "Détail de votre facture - " + period, 10);
        doc.down(4);
        table(doc, items, new String[] {"Libellé", "Qté", "Prix HT", "Montant HT"}, BlindLayouts3::fr, false, ',');
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"}, {"Montant à payer", fr(s.gross()) + " €"}}, 3, 330);
        doc.down(10);
        doc.line(50, "Mandat SEPA n° " + client + "-01 - ICS FR12ZZZ" + (400_000 + r.nextInt(99_999))
                + " - IBAN débité FR76 **** **** **** **** ***4 512", 7);
        doc.text(50, 40, seller + " - SAS au capital de 1 200 000 € - RCS Paris " + (500_000_000
                + r.nextInt(399_999_999)), 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * An Italian service supplier in English: a header row (Document type / Number / Date / Customer code), services
     * outside the scope of Italian VAT, a stamp duty of 2.00 added to the total, and a payment schedule table whose
     * due date follows "N days end of month".
     */
    static Truth italianStampDuty(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Studio Bianchi Consulting S.r.l.", "Lombardi Design Srl",
            "Traduzioni Conti S.a.s."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 60});
        LocalDate due = endOfMonthAfter(issue, days);
        String number = (1 + r.nextInt(250)) + "/FE";
        List<Item> items = items(r, EN_WORK, 1, 4, BigDecimal.ZERO);
        BigDecimal net = sumOf(items);
        BigDecimal stamp = new BigDecimal("2.00");
        BigDecimal total = net.add(stamp);
        Function<LocalDate, String> date = x -> d(x, "dd-MM-yyyy");
        doc.lineBold(50, seller, 13);
        doc.line(50, "Corso Vittorio Emanuele II 71 - 10128 Torino (TO) - Italy", 8);
        doc.line(50, "VAT no. IT" + (10_000_000_000L + (long) (r.nextDouble() * 8_999_999_999L)) + " - REA TO-"
                + (1_000_000 + r.nextInt(899_999)), 8);
        doc.down(20);
        doc.text(330, doc.y, "Messrs.", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, FR_STREETS), 9);
        doc.text(330, doc.y - 36, pick(r, FR_CITIES) + " - France", 9);
        doc.text(330, doc.y - 48, "VAT FR" + (10 + r.nextInt(89)) + (300_000_000 + r.nextInt(599_999_999)), 9);
        doc.down(75);
        String[] heads = {"Document type", "Number", "Date", "Customer code", "Page"};
        String[] values = {"TD01 Invoice", number, date.apply(issue), "C" + String.format(Locale.ROOT, "%04d",
            r.nextInt(2000)), "1/1"};
        for (int k = 0; k < heads.length; k++) {
            doc.bold(50 + k * 100, doc.y, heads[k], 8);
            doc.text(50 + k * 100, doc.y - 12, values[k], 9);
        }
        doc.down(36);
        table(doc, items, new String[] {"Description", "Qty", "Unit price", "Amount"}, BlindLayouts3::de, false,
                ',');
        totals(doc, new String[][] {{"Taxable amount", de(net)},
            {"VAT N2.2 - not subject, art. 7-ter DPR 633/72", "0,00"},
            {"Stamp duty (art. 15 DPR 642/72)", de(stamp)}, {"Total document EUR", de(total)}}, 3, 300);
        doc.down(14);
        doc.bold(50, doc.y, "Payment method", 8);
        doc.bold(200, doc.y, "Terms", 8);
        doc.bold(330, doc.y, "Due date", 8);
        doc.rightBold(doc.width() - 50, doc.y, "Amount", 8);
        doc.down(12);
        doc.text(50, doc.y, "MP05 Bank transfer", 9);
        doc.text(200, doc.y, days + " days e.o.m.", 9);
        doc.text(330, doc.y, date.apply(due), 9);
        doc.right(doc.width() - 50, doc.y, de(total), 9);
        doc.down(20);
        doc.line(50, "Reverse charge: VAT to be accounted for by the recipient, art. 196 Directive 2006/112/EC.", 8);
        doc.line(50, "IBAN IT40 S054 2811 1010 0000 0" + (10_000 + r.nextInt(89_999)) + " - BIC BPMOIT22XXX", 8);
        doc.line(50, "Electronic invoice sent via SDI; this is a courtesy copy.", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /**
     * A Swiss French invoice with the QR-bill payment part at the bottom: receipt and payment part repeating the
     * amount written "1 250.00", place and date in words, terms or a due date in "dd.MM.yyyy".
     */
    static Truth swissQrBill(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Fiduciaire Chappuis Sàrl", "Atelier Graphique Rossier",
            "Menuiserie Favre & Fils SA"});
        String customer = pick(r, new String[] {"Café du Marché Sàrl", "Étude Bonvin Notaires",
            "Commune de Bussigny", "Horizon Conseil Suisse SA"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {10, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%d-%03d", issue.getYear(), 1 + r.nextInt(600));
        List<Item> items = items(r, FR_WORK, 1, 4, pct("8.1"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        String qrAmount = BlindLayouts.frPlain(s.gross()).replace(',', '.');
        StringBuilder ref = new StringBuilder("21 00000 ");
        for (int k = 0; k < 4; k++) {
            ref.append(String.format(Locale.ROOT, "%05d ", r.nextInt(100_000)));
        }
        String iban = "CH44 3199 9123 0008 8" + (100 + r.nextInt(899)) + " 2";
        String street = "Avenue de la Gare 17, 1003 Lausanne";
        String custStreet = pick(r, new String[] {"Rue du Bourg 8", "Chemin de Primerose 3", "Place de la Gare 2"});
        String custCity = pick(r, new String[] {"1030 Bussigny", "1110 Morges", "1800 Vevey"});
        doc.lineBold(50, seller, 13);
        doc.line(50, street, 8);
        doc.line(50, "IDE CHE-" + (100 + r.nextInt(899)) + "." + (100 + r.nextInt(899)) + ".245 TVA", 8);
        float top = doc.size.getHeight() - 120;
        doc.text(330, top, customer, 10);
        doc.text(330, top - 12, custStreet, 9);
        doc.text(330, top - 24, custCity, 9);
        doc.text(330, top - 55, "Lausanne, le " + frWords(issue), 10);
        doc.y = top - 85;
        doc.lineBold(50, "Facture n° " + number, 13);
        LocalDate month = issue.minusMonths(1);
        doc.line(50, "Période concernée : " + MONTHS_FR_CH[month.getMonthValue() - 1] + " " + month.getYear(), 9);
        doc.down(6);
        table(doc, items, new String[] {"Désignation", "Qté", "Prix CHF", "Montant CHF"}, BlindLayouts3::ch, false,
                '.');
        totals(doc, new String[][] {{"Total HT", "CHF " + ch(s.net())}, {"TVA 8,1 %", "CHF " + ch(s.tax())},
            {"Total TTC", "CHF " + ch(s.gross())}}, 2, 330);
        doc.down(6);
        doc.line(50, terms ? "Conditions de paiement : " + days + " jours net" : "Échéance : " + d(due, "dd.MM.yyyy"),
                9);
        doc.line(50, "Merci de payer au moyen de la section paiement ci-dessous.", 8);
        float qr = 290;
        doc.text(50, qr + 14, rule(), 6);
        doc.bold(50, qr, "Récépissé", 11);
        doc.bold(50, qr - 18, "Compte / Payable à", 6);
        doc.text(50, qr - 27, iban, 8);
        doc.text(50, qr - 36, seller, 8);
        doc.text(50, qr - 45, street, 8);
        doc.bold(50, qr - 60, "Référence", 6);
        doc.text(50, qr - 69, ref.toString().strip(), 7);
        doc.bold(50, qr - 84, "Payable par", 6);
        doc.text(50, qr - 93, customer, 8);
        doc.text(50, qr - 102, custStreet + ", " + custCity, 8);
        doc.bold(50, qr - 130, "Monnaie", 6);
        doc.bold(100, qr - 130, "Montant", 6);
        doc.text(50, qr - 140, "CHF", 8);
        doc.text(100, qr - 140, qrAmount, 8);
        doc.bold(130, qr - 165, "Point de dépôt", 6);
        doc.bold(230, qr, "Section paiement", 11);
        doc.text(230, qr - 40, "[ QR code ]", 8);
        doc.bold(230, qr - 130, "Monnaie", 8);
        doc.bold(290, qr - 130, "Montant", 8);
        doc.text(230, qr - 142, "CHF", 10);
        doc.text(290, qr - 142, qrAmount, 10);
        doc.bold(380, qr - 18, "Compte / Payable à", 8);
        doc.text(380, qr - 29, iban, 9);
        doc.text(380, qr - 40, seller, 9);
        doc.text(380, qr - 51, street, 9);
        doc.bold(380, qr - 68, "Référence", 8);
        doc.text(380, qr - 79, ref.toString().strip(), 9);
        doc.bold(380, qr - 96, "Informations supplémentaires", 8);
        doc.text(380, qr - 107, "Facture " + number + " du " + d(issue, "dd.MM.yyyy"), 9);
        doc.bold(380, qr - 124, "Payable par", 8);
        doc.text(380, qr - 135, customer, 9);
        doc.text(380, qr - 146, custStreet + ", " + custCity, 9);
        return Truth.invoice(number, issue, due, s.gross(), "CHF", customer);
    }

    private static final String[] MONTHS_FR_CH = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    /**
     * A French wholesaler's monthly summary invoice over two pages: lines grouped under dated delivery notes, the
     * month's delivery period, totals with two VAT rates and the terms (LCR) or due date only on page two.
     */
    static Truth frenchDeliveryNotes(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Comptoir Alimentaire du Rhône", "Matériaux Dubreuil SAS",
            "Distri-Hygiène Ouest"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate monthStart = LocalDate.of(2026, 1 + r.nextInt(11), 1);
        LocalDate monthEnd = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
        LocalDate issue = monthEnd;
        boolean lcr = r.nextBoolean();
        LocalDate due = issue.plusDays(lcr ? 60 : 30);
        String number = String.format(Locale.ROOT, "FR%02d%02d%04d", issue.getYear() % 100, issue.getMonthValue(),
                r.nextInt(10_000));
        String[] goods = {"Farine T55 sac 25 kg", "Huile tournesol 5 L", "Sucre semoule 10 kg",
            "Sacs poubelle 100 L (x200)", "Essuie-mains (colis)", "Gants nitrile (boîte 100)", "Café grains 1 kg",
            "Plaque de plâtre BA13", "Sac ciment 35 kg", "Liquide vaisselle 5 L"};
        BigDecimal[] rates = {pct("5.5"), pct("5.5"), pct("5.5"), pct("20"), pct("20"), pct("20"), pct("5.5"),
            pct("20"), pct("20"), pct("20")};
        int notes = 7 + r.nextInt(4);
        List<LocalDate> noteDays = new ArrayList<>();
        for (int k = 0; k < notes; k++) {
            noteDays.add(monthStart.plusDays((long) k * (monthStart.lengthOfMonth() - 1) / notes + r.nextInt(2)));
        }
        List<Item> all = new ArrayList<>();
        List<List<Item>> perNote = new ArrayList<>();
        for (int k = 0; k < notes; k++) {
            List<Item> lines = new ArrayList<>();
            int count = 2 + r.nextInt(3);
            for (int j = 0; j < count; j++) {
                int g = r.nextInt(goods.length);
                lines.add(new Item(goods[g], BigDecimal.valueOf(1 + r.nextInt(20)),
                        BigDecimal.valueOf(250 + r.nextInt(6_000), 2), rates[g]));
            }
            perNote.add(lines);
            all.addAll(lines);
        }
        Sums s = Sums.of(all, BigDecimal.ZERO);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : all) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, "ZA du Levant - " + pick(r, FR_CITIES) + " - Tél. 04 72 " + (10 + r.nextInt(89)) + " 30 30", 8);
        float top = doc.size.getHeight() - 110;
        doc.bold(330, top, customer, 10);
        doc.text(330, top - 12, pick(r, FR_STREETS), 9);
        doc.text(330, top - 24, pick(r, FR_CITIES), 9);
        doc.bold(50, top, "FACTURE RÉCAPITULATIVE", 13);
        doc.text(50, top - 16, "N° " + number, 10);
        doc.text(50, top - 29, "Date : " + frDate(issue), 10);
        doc.text(50, top - 42, "Livraisons du " + frWords(monthStart).replace(" " + monthStart.getYear(), "")
                .replaceAll(" [a-zéû]+$", "") + " au " + frWords(monthEnd), 9);
        doc.text(50, top - 55, "Code client : " + (41_000 + r.nextInt(8_999)), 9);
        doc.y = top - 85;
        int page = 1;
        String[] heads = {"Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"};
        tableHead(doc, heads, true);
        for (int k = 0; k < notes; k++) {
            if (doc.y < 80 + 13 * perNote.get(k).size()) {
                doc.right(right, 28, "Page " + page + "/2", 7);
                doc.newPage();
                page++;
                doc.line(50, "Facture n° " + number + " du " + frDate(issue) + " (suite)", 8);
                doc.down(10);
                tableHead(doc, heads, true);
            }
            doc.down(3);
            doc.bold(50, doc.y, "BL n° " + (80_000 + 37 * k + r.nextInt(30)) + " du " + frDate(noteDays.get(k)), 8);
            doc.down(12);
            tableRows(doc, perNote.get(k), BlindLayouts3::fr, true, ',');
        }
        if (page == 1) {
            doc.right(right, 28, "Page 1/2", 7);
            doc.newPage();
            page++;
            doc.line(50, "Facture n° " + number + " du " + frDate(issue) + " (suite)", 8);
            doc.down(10);
        }
        doc.down(8);
        float yy = doc.y;
        doc.bold(50, yy, "Taux", 8);
        doc.bold(100, yy, "Base HT", 8);
        doc.bold(180, yy, "TVA", 8);
        yy -= 11;
        for (var e : s.taxByRate().entrySet()) {
            doc.text(50, yy, rateText(e.getKey(), ',') + " %", 8);
            doc.text(100, yy, fr(base.get(e.getKey())), 8);
            doc.text(180, yy, fr(e.getValue()), 8);
            yy -= 10;
        }
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"Total TVA", fr(s.tax())},
            {"Total TTC", fr(s.gross())}, {"Net à payer en euros", fr(s.gross())}}, 3, 330);
        doc.y = Math.min(doc.y, yy) - 10;
        doc.line(50, lcr ? "Règlement : LCR à 60 jours date de facture."
                : "Date d'échéance : " + frDate(due) + " - règlement par virement.", 9);
        doc.line(50, "Pas d'escompte pour paiement anticipé.", 7);
        doc.right(right, 28, "Page 2/2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }
}
