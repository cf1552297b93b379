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
import org.relance.invoice.eval.BlindLayouts.Doc;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;

/**
 * A fifth blind set ({@code eval/invoices/blind5}): invoices a small French company sends, receives or forwards in
 * 2026 from trades and tools none of the earlier sets drew (an author's royalty note with social contributions
 * withheld, a training organisation, a marketplace's commissions, a coworking space, a cleaning contract, an
 * architect's fees by phase, a translation agency, a caterer, a garage, a printer, a freight forwarder) and from
 * Belgium in Dutch, Luxembourg, Québec, Ireland and the United States; written without looking at the reader.
 *
 * <p>Label conventions are those of the earlier sets: {@code total} is what this invoice costs the customer incl.
 * tax (the net where no VAT is charged, disbursements included); an amount already paid or held back that the
 * document deducts (deposit, contributions withheld at source) goes to {@code amountDue} as the rest; a due date
 * given only as terms is the one a person computes (N days from the issue date; "N jours fin de mois" is the end of
 * the month in which issue + N falls, "… le 10" the 10th of the month after that end; "à réception" and "comptant"
 * are the issue date).
 */
public final class BlindLayouts5 {

    private static final Map<String, BlindLayouts.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-photographe-droits-auteur-precompte", BlindLayouts5::photographer);
        LAYOUTS.put("fr-formation-convention-opco", BlindLayouts5::training);
        LAYOUTS.put("fr-marketplace-commissions-compensation", BlindLayouts5::marketplace);
        LAYOUTS.put("fr-coworking-far-columns-reception", BlindLayouts5::coworking);
        LAYOUTS.put("fr-nettoyage-passages-2-pages", BlindLayouts5::cleaning);
        LAYOUTS.put("fr-architecte-honoraires-phases", BlindLayouts5::architect);
        LAYOUTS.put("ca-qc-tps-tvq", BlindLayouts5::quebec);
        LAYOUTS.put("be-nl-two-pages-mededeling", BlindLayouts5::belgianDutchTwoPages);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind5=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind5", 2026_12_06L, 2, "blind5");
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"SARL Atelier Caradec", "Agence Boréale Communication",
        "Maison Vermeil SAS", "Cabinet Roussel & Associés", "Les Fromageries du Jura", "SAS Technilum",
        "Brasserie du Vieux Port", "Société Coopérative Terre d'Ocre", "Institut Beauté Mélissa", "Éditions du Hérisson",
        "Menuiserie Le Goff", "Start'Innov SAS"};
    private static final String[] FR_STREETS = {"17 rue de la République", "6 allée des Cordeliers",
        "41 boulevard Gambetta", "2 rue du Moulin", "88 avenue de la Libération", "13 quai des Chartrons",
        "5 rue Sainte-Catherine"};
    private static final String[] FR_CITIES = {"29200 Brest", "45000 Orléans", "51100 Reims", "64100 Bayonne",
        "76000 Rouen", "49000 Angers", "63000 Clermont-Ferrand", "25000 Besançon", "57000 Metz"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_NL = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final BlindLayouts.ItemShape SHAPE = new BlindLayouts.ItemShape(8, 1200, 95_000, 7);

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return BlindLayouts.day(r, 350);
    }

    private static List<Item> items(Random r, String[] work, int min, int max, BigDecimal... rates) {
        return BlindLayouts.items(r, SHAPE, work, min, max, rates);
    }

    private static BigDecimal pct(String p) {
        return BlindLayouts.pct(p);
    }

    private static BigDecimal money(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** "1 250,00" with a no-break space. */
    private static String fr(BigDecimal a) {
        return BlindLayouts.fr(a);
    }

    /** "1 250,00" with a plain space. */
    private static String frSpace(BigDecimal a) {
        return BlindLayouts.frPlain(a);
    }

    /** "1.250,00". */
    private static String de(BigDecimal a) {
        return BlindLayouts.de(a);
    }

    /** "1,250.00". */
    private static String en(BigDecimal a) {
        return BlindLayouts.en(a);
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

    /** "3 december 2026". */
    private static String nlWords(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_NL[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "3rd December 2026". */
    private static String enOrdinal(LocalDate date) {
        int n = date.getDayOfMonth();
        String suffix = n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd"
                : "th";
        return n + suffix + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "novembre 2026". */
    private static String frMonth(LocalDate date) {
        return MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** The end of the month in which {@code issue + days} falls ("45 jours fin de mois"). */
    private static LocalDate endOfMonthAfter(LocalDate issue, int days) {
        LocalDate x = issue.plusDays(days);
        return x.withDayOfMonth(x.lengthOfMonth());
    }

    private static String rateText(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static BigDecimal share(BigDecimal amount, String rate) {
        return amount.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sumOf(List<Item> items) {
        BigDecimal s = BigDecimal.ZERO;
        for (Item i : items) {
            s = s.add(i.amount());
        }
        return s;
    }

    private static String siret(Random r) {
        return (300 + r.nextInt(600)) + " " + (100 + r.nextInt(900)) + " " + (100 + r.nextInt(900)) + " 000"
                + (10 + r.nextInt(90));
    }

    private static String tvaNumber(Random r) {
        return "FR" + (10 + r.nextInt(90)) + " " + (300 + r.nextInt(600)) + " " + (100 + r.nextInt(900)) + " "
                + (100 + r.nextInt(900));
    }

    /** Columns at the given x, each left- or right-aligned; the heads in bold, then the rows. */
    private static void grid(Doc doc, float[] xs, boolean[] rightAligned, String[] heads, List<String[]> rows,
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
                if (row[c] == null || row[c].isEmpty()) {
                    continue;
                }
                if (rightAligned[c]) {
                    doc.right(xs[c], doc.y, row[c], pt);
                } else {
                    doc.text(xs[c], doc.y, row[c], pt);
                }
            }
            doc.down(pt + 4);
        }
        doc.down(8);
    }

    /** Description, quantity, unit price, amount. */
    private static void simpleTable(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money) {
        float right = doc.width() - 50;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), money.apply(i.unit()), money.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 210, right - 110, right}, new boolean[] {false, true, true, true}, heads,
                rows, 9);
    }

    /** Label/amount rows with the label at {@code labelX} and the amount flush right at {@code right}. */
    private static void totals(Doc doc, String[][] rows, int boldFrom, float labelX, float right) {
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

    private static void totals(Doc doc, String[][] rows, int boldFrom) {
        totals(doc, rows, boldFrom, doc.width() - 280, doc.width() - 50);
    }

    /** A "box": a small caption over a bold value. */
    private static void box(Doc doc, float x, float y, String caption, String value, float pt) {
        doc.text(x, y, caption, 8);
        doc.bold(x, y - pt - 3, value, pt);
    }

    // --- layouts

    /**
     * A photographer's "note de droits d'auteur" to a publisher or agency: the rights assigned and their use, VAT at
     * 10 % or the franchise (art. 293 B), then the artist-author contributions the client withholds at source
     * (précompte URSSAF) and the net paid to the author, and the client's own 1.1 % contribution as a distractor;
     * the shoot date and the publication period beside the note's date; 30 days or a date.
     */
    static Truth photographer(Doc doc, Random r) {
        String author = pick(r, new String[] {"Léa Marchand", "Yann Kerbrat", "Inès Dupuy", "Bastien Loridan"});
        String customer = pick(r, new String[] {"Éditions du Hérisson", "Agence Boréale Communication",
            "Maison Vermeil SAS", "Magazine Terroirs & Saveurs", "Start'Innov SAS"});
        LocalDate issue = day(r);
        LocalDate shoot = issue.minusDays(8 + r.nextInt(30));
        boolean vat = r.nextBoolean();
        boolean writtenDue = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "NDA-%d-%02d", issue.getYear(), 1 + r.nextInt(40));
        int photos = 3 + r.nextInt(20);
        BigDecimal perPhoto = BigDecimal.valueOf(60 + 10 * r.nextInt(20)).setScale(2);
        BigDecimal rights = perPhoto.multiply(BigDecimal.valueOf(photos));
        BigDecimal extra = r.nextBoolean() ? BigDecimal.valueOf(150 + 50 * r.nextInt(8)).setScale(2) : BigDecimal.ZERO;
        BigDecimal gross = rights.add(extra);
        BigDecimal tax = vat ? share(gross, "0.10") : BigDecimal.ZERO;
        BigDecimal ttc = gross.add(tax);
        BigDecimal base9825 = share(gross, "0.9825");
        BigDecimal[] contrib = {share(gross, "0.069"), share(gross, "0.004"), share(base9825, "0.092"),
            share(base9825, "0.005"), share(gross, "0.0035")};
        String[] contribNames = {"Vieillesse plafonnée 6,90 %", "Vieillesse déplafonnée 0,40 %",
            "CSG 9,20 % (sur 98,25 %)", "CRDS 0,50 % (sur 98,25 %)", "Formation professionnelle 0,35 %"};
        BigDecimal withheld = BigDecimal.ZERO;
        for (BigDecimal c : contrib) {
            withheld = withheld.add(c);
        }
        BigDecimal net = ttc.subtract(withheld);
        doc.lineBold(50, author, 15);
        doc.line(50, "Photographe - Artiste-auteur", 9);
        String home = pick(r, FR_CITIES);
        doc.line(50, pick(r, FR_STREETS) + ", " + home, 9);
        doc.line(50, "N° SIRET " + siret(r) + " - N° sécurité sociale 2 8" + (1 + r.nextInt(9)) + " 0" + (1 + r.nextInt(9))
                + " 75 xxx xxx", 8);
        float top = doc.size.getHeight() - 150;
        doc.text(330, top, home.substring(6) + ", le " + frWords(issue), 10);
        doc.bold(330, top - 30, customer, 11);
        doc.text(330, top - 43, "Service iconographie", 9);
        doc.text(330, top - 55, pick(r, FR_STREETS), 9);
        doc.text(330, top - 67, pick(r, FR_CITIES), 9);
        doc.y = top - 105;
        doc.lineBold(50, "NOTE DE DROITS D'AUTEUR N° " + number, 14);
        doc.down(4);
        doc.line(50, "Prise de vue réalisée le " + frDate(shoot) + " - Cession des droits de reproduction et de"
                + " représentation", 9);
        doc.line(50, "Support : " + pick(r, new String[] {"édition papier et numérique", "site internet et réseaux"
            + " sociaux", "catalogue 2027"}) + " - Durée : " + pick(r, new String[] {"2 ans", "3 ans", "5 ans"})
                + " à compter du " + frDate(issue.plusDays(15)) + " - Territoire : France", 9);
        doc.down(10);
        List<Item> lines = new ArrayList<>();
        lines.add(new Item("Droits d'auteur - photographies retenues", BigDecimal.valueOf(photos), perPhoto,
                vat ? pct("10") : BigDecimal.ZERO));
        if (extra.signum() > 0) {
            lines.add(new Item("Droits - utilisation en couverture", BigDecimal.ONE, extra, pct("10")));
        }
        simpleTable(doc, lines, new String[] {"Désignation", "Nombre", "Prix unitaire", "Montant brut"},
                a -> fr(a) + " €");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Rémunération brute HT", fr(gross) + " €"});
        if (vat) {
            rows.add(new String[] {"TVA 10 %", fr(tax) + " €"});
            rows.add(new String[] {"Total TTC", fr(ttc) + " €"});
        }
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1);
        doc.down(6);
        doc.bold(50, doc.y, "Cotisations précomptées par le diffuseur (à reverser à l'Urssaf artistes-auteurs)", 9);
        doc.down(14);
        for (int k = 0; k < contrib.length; k++) {
            doc.text(70, doc.y, contribNames[k], 9);
            doc.right(doc.width() - 50, doc.y, "- " + fr(contrib[k]) + " €", 9);
            doc.down(12);
        }
        doc.text(70, doc.y, "Total précompte", 9);
        doc.right(doc.width() - 50, doc.y, "- " + fr(withheld) + " €", 9);
        doc.down(18);
        totals(doc, new String[][] {{"Net à verser à l'auteur", fr(net) + " €"}}, 0);
        doc.down(8);
        doc.line(50, "Contribution diffuseur 1,1 % à la charge du client (non déduite) : " + fr(share(gross, "0.011"))
                + " €", 8);
        doc.line(50, vat ? "TVA au taux de 10 % - article 279 g du CGI" : "TVA non applicable, art. 293 B du CGI", 8);
        doc.line(50, writtenDue ? "Règlement par virement avant le " + frDate(due) + "."
                : "Règlement par virement à 30 jours à compter de la date de la note.", 9);
        doc.line(50, "IBAN FR76 1027 8012 3400 0200 4510 118", 8);
        return Truth.invoice(number, issue, due, ttc, "EUR", customer).withAmountDue(net);
    }

    /**
     * A training organisation's invoice for an inter-company course under a "convention de formation": the trainees
     * and the session dates (distractors), hours, VAT exempt (art. 261-4-4° a) or 20 %, the OPCO's agreed funding
     * mentioned but not deducted (no subrogation), terms "à 30 jours fin de mois le 10" or a due date.
     */
    static Truth training(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Cap Compétences Formation", "Institut Quadra", "Forma'Sud Conseil"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate end = issue.minusDays(1 + r.nextInt(10));
        int days = 1 + r.nextInt(3);
        LocalDate start = end.minusDays(days - 1);
        boolean exempt = r.nextInt(3) > 0;
        boolean terms = r.nextBoolean();
        LocalDate due = terms ? endOfMonthAfter(issue, 30).plusDays(10) : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FOR%d%05d", issue.getYear() % 100, 100 + r.nextInt(9000));
        String course = pick(r, new String[] {"Excel - perfectionnement", "Management d'équipe",
            "Sauveteur secouriste du travail (SST)", "Habilitation électrique B0-H0V", "Prospection commerciale"});
        int trainees = 1 + r.nextInt(4);
        BigDecimal perDay = BigDecimal.valueOf(280 + 10 * r.nextInt(40)).setScale(2);
        List<Item> items = new ArrayList<>();
        items.add(new Item(course + " - " + days + " j (" + 7 * days + " h)", BigDecimal.valueOf(trainees * days),
                perDay, exempt ? BigDecimal.ZERO : pct("20")));
        if (r.nextBoolean()) {
            items.add(new Item("Supports pédagogiques", BigDecimal.valueOf(trainees), new BigDecimal("35.00"),
                    exempt ? BigDecimal.ZERO : pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal opco = s.net().multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN).setScale(2);
        doc.lineBold(50, seller, 14);
        doc.line(50, "Organisme de formation - déclaration d'activité n° 52 44 0" + (1000 + r.nextInt(8999))
                + " 44 auprès du préfet de région", 8);
        doc.line(50, "Certifié Qualiopi - actions de formation", 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - SIRET " + siret(r), 8);
        doc.down(16);
        float top = doc.y;
        doc.text(50, top, "Entreprise", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, "À l'attention du service RH", 9);
        doc.text(50, top - 36, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.bold(340, top, "FACTURE", 16);
        doc.text(340, top - 20, "N° " + number, 10);
        doc.text(340, top - 33, "Date : " + frDate(issue), 10);
        doc.text(340, top - 46, "Convention n° CV-" + issue.getYear() + "-" + (100 + r.nextInt(800)) + " du "
                + frDate(start.minusDays(20 + r.nextInt(30))), 9);
        doc.y = top - 75;
        doc.line(50, "Action : " + course, 10);
        doc.line(50, "Session " + (days == 1 ? "du " + frWords(start) : "du " + d(start, "dd/MM") + " au "
                + frDate(end)) + " - Lieu : " + pick(r, FR_CITIES).substring(6) + " - " + 7 * days + " heures", 9);
        StringBuilder names = new StringBuilder("Stagiaire(s) : ");
        String[] people = {"Mme C. Laurent", "M. P. Girard", "Mme S. Benali", "M. T. Nguyen", "Mme A. Rivière"};
        for (int k = 0; k < trainees; k++) {
            names.append(k > 0 ? ", " : "").append(people[(k + issue.getDayOfMonth()) % people.length]);
        }
        doc.line(50, names.toString(), 9);
        doc.down(10);
        simpleTable(doc, items, new String[] {"Désignation", "Jours-stagiaire", "Prix unitaire HT", "Montant HT"},
                a -> fr(a));
        totals(doc, exempt ? new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA", "exonérée"},
            {"Total net à payer", fr(s.gross()) + " €"}}
                : new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
                    {"Total TTC", fr(s.gross()) + " €"}}, 2);
        doc.down(8);
        if (exempt) {
            doc.line(50, "Exonération de TVA - article 261-4-4° a du CGI (formation professionnelle continue).", 8);
        }
        doc.line(50, "Prise en charge accordée par votre OPCO (dossier n° " + (2_000_000 + r.nextInt(900_000))
                + ") : " + fr(opco) + " € HT.", 8);
        doc.line(50, "Pas de subrogation : la présente facture est à régler par l'entreprise, qui sollicitera"
                + " le remboursement auprès de l'OPCO.", 8);
        doc.line(50, "Certificat de réalisation et feuilles d'émargement joints.", 8);
        doc.down(4);
        doc.line(50, terms ? "Conditions de règlement : à 30 jours fin de mois le 10, par virement."
                : "Date d'échéance : " + frDate(due) + " - règlement par virement.", 9);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A marketplace's monthly commission invoice to a seller: the month's sales incl. tax as a large distractor, the
     * commission rate on them, a subscription, VAT 20 %, the amount deducted from the next payout, whose date is the
     * due date written "Échéance"; the payout of the month before as another distractor.
     */
    static Truth marketplace(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Kalimarket SAS", "Artisans Connect SAS", "MaisonPlace Europe SARL"});
        String customer = pick(r, new String[] {"Les Fromageries du Jura", "Maison Vermeil SAS", "Atelier Caradec",
            "Éditions du Hérisson", "Institut Beauté Mélissa"});
        LocalDate issue = day(r).withDayOfMonth(1 + r.nextInt(4));
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        LocalDate due = issue.plusDays(4 + r.nextInt(6));
        String number = String.format(Locale.ROOT, "COM-%d%02d-%06d", periodEnd.getYear(), periodEnd.getMonthValue(),
                r.nextInt(999_999));
        BigDecimal sales = BigDecimal.valueOf(300_000 + r.nextInt(2_500_000), 2);
        BigDecimal rate = pick(r, new BigDecimal[] {pct("12"), pct("15"), pct("17.5")});
        BigDecimal commission = sales.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        int orders = 10 + r.nextInt(200);
        BigDecimal perOrder = new BigDecimal("0.50");
        List<Item> items = new ArrayList<>();
        items.add(new Item("Commission sur ventes (" + rateText(rate) + " %)", BigDecimal.ONE, commission, pct("20")));
        items.add(new Item("Frais fixes par commande", BigDecimal.valueOf(orders), perOrder, pct("20")));
        items.add(new Item("Abonnement vendeur Pro", BigDecimal.ONE, new BigDecimal("39.00"), pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal previous = BigDecimal.valueOf(200_000 + r.nextInt(2_000_000), 2);
        doc.lineBold(50, seller, 16);
        doc.line(50, "Place de marché en ligne - 24 rue du Sentier, 75002 Paris", 8);
        doc.line(50, "RCS Paris " + (800 + r.nextInt(100)) + " " + (100 + r.nextInt(900)) + " " + (100 + r.nextInt(900))
                + " - TVA " + tvaNumber(r), 8);
        doc.down(18);
        doc.lineBold(50, "Facture de commissions", 14);
        doc.down(4);
        float top = doc.y;
        String[][] info = {{"Numéro de facture", number}, {"Date de facture", frDate(issue)},
            {"Période", "du 1er au " + frWords(periodEnd)}, {"Identifiant vendeur", "SEL-" + (10_000 + r.nextInt(90_000))},
            {"Échéance", frDate(due)}};
        for (int k = 0; k < info.length; k++) {
            doc.text(50, top - 13 * k, info[k][0], 9);
            doc.text(170, top - 13 * k, info[k][1], 9);
        }
        doc.text(360, top, "Vendeur facturé", 8);
        doc.bold(360, top - 12, customer, 10);
        doc.text(360, top - 24, pick(r, FR_STREETS), 9);
        doc.text(360, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 85;
        doc.bold(50, doc.y, "Activité de la période", 10);
        doc.down(14);
        doc.text(50, doc.y, "Commandes expédiées", 9);
        doc.right(doc.width() - 50, doc.y, String.valueOf(orders), 9);
        doc.down(12);
        doc.text(50, doc.y, "Montant des ventes TTC (base de commission)", 9);
        doc.right(doc.width() - 50, doc.y, fr(sales) + " €", 9);
        doc.down(22);
        simpleTable(doc, items, new String[] {"Prestation", "Qté", "P.U. HT", "Total HT"}, a -> fr(a) + " €");
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"}}, 2);
        doc.down(8);
        doc.line(50, "Mode de règlement : compensation - ce montant sera déduit de votre reversement du "
                + frDate(due) + ".", 9);
        doc.line(50, "Pour information, reversement du mois précédent : " + fr(previous) + " € (versé le "
                + frDate(issue.minusMonths(1).plusDays(5)) + ").", 8);
        doc.line(50, "Facture établie au nom et pour le compte de " + seller + ". Document disponible dans votre"
                + " espace vendeur.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A coworking space's membership invoice: the labels at the left margin and the values at the right margin, the
     * member company without a label, the current month's period, a reminder of the deposit (not billed) and
     * meeting-room hours, "Payable à réception".
     */
    static Truth coworking(Doc doc, Random r) {
        String seller = pick(r, new String[] {"La Ruche Rive Gauche", "Cowork'In Bordeaux", "Le Hub des Canuts"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r).withDayOfMonth(1 + r.nextInt(3));
        LocalDate monthEnd = issue.withDayOfMonth(issue.lengthOfMonth());
        String number = String.format(Locale.ROOT, "CW-%05d", 1000 + r.nextInt(40_000));
        String plan = pick(r, new String[] {"Poste résident (bureau dédié)", "Bureau fermé 4 postes",
            "Pass nomade 10 jours", "Poste nomade illimité"});
        List<Item> items = new ArrayList<>();
        items.add(new Item("Abonnement " + plan + " - " + frMonth(issue), BigDecimal.valueOf(1 + r.nextInt(3)),
                BigDecimal.valueOf(190 + 10 * r.nextInt(50)).setScale(2), pct("20")));
        int hours = r.nextInt(9);
        if (hours > 0) {
            items.add(new Item("Salle de réunion (heure) - " + frMonth(issue.minusMonths(1)), BigDecimal.valueOf(hours),
                    new BigDecimal("25.00"), pct("20")));
        }
        if (r.nextBoolean()) {
            items.add(new Item("Domiciliation commerciale", BigDecimal.ONE, new BigDecimal("45.00"), pct("20")));
        }
        if (r.nextBoolean()) {
            items.add(new Item("Casier sécurisé", BigDecimal.ONE, new BigDecimal("15.00"), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 15);
        doc.line(50, "Espace de coworking - " + pick(r, FR_STREETS) + " " + pick(r, FR_CITIES), 8);
        doc.down(24);
        doc.bold(50, doc.y, customer, 11);
        doc.down(13);
        doc.line(50, pick(r, FR_STREETS), 9);
        doc.line(50, pick(r, FR_CITIES), 9);
        doc.down(20);
        doc.lineBold(50, "Facture", 18);
        doc.down(6);
        String[][] info = {{"Référence", number}, {"Émise le", frWords(issue)},
            {"Période d'abonnement", "du " + frWords(issue.withDayOfMonth(1)) + " au " + frWords(monthEnd)},
            {"Membre", "Contrat M-" + (100 + r.nextInt(900))},
            {"Paiement", "à réception, par prélèvement SEPA ou virement"}};
        for (String[] row : info) {
            doc.text(50, doc.y, row[0], 9);
            doc.right(right, doc.y, row[1], 9);
            doc.down(14);
        }
        doc.down(14);
        simpleTable(doc, items, new String[] {"Description", "Qté", "Prix HT", "Montant HT"}, a -> fr(a) + " €");
        String[][] rows = {{"Sous-total HT", fr(s.net()) + " €"}, {"TVA (20 %)", fr(s.tax()) + " €"},
            {"Montant TTC", fr(s.gross()) + " €"}};
        for (int k = 0; k < rows.length; k++) {
            if (k == rows.length - 1) {
                doc.bold(50, doc.y, rows[k][0], 10);
                doc.rightBold(right, doc.y, rows[k][1], 10);
            } else {
                doc.text(50, doc.y, rows[k][0], 9);
                doc.right(right, doc.y, rows[k][1], 9);
            }
            doc.down(14);
        }
        doc.down(10);
        doc.line(50, "Dépôt de garantie versé à l'entrée (rappel, non facturé) : " + fr(BigDecimal.valueOf(300 + 100
                * r.nextInt(6)).setScale(2)) + " €", 8);
        doc.line(50, "Facture payable à réception. Préavis de résiliation : 1 mois.", 8);
        doc.line(50, seller + " - SAS - SIRET " + siret(r) + " - TVA " + tvaNumber(r), 7);
        return Truth.invoice(number, issue, issue, s.gross(), "EUR", customer);
    }

    private static final List<String> HOLIDAYS = List.of("01-01", "05-01", "05-08", "05-14", "05-25", "07-14",
            "08-15", "11-01", "11-11", "12-25");

    /**
     * A cleaning company's monthly contract invoice over two pages: the customer block without a label, page one
     * listing every dated visit of last month per site, page two the contract lines, the totals and the terms
     * "30 jours fin de mois le 10" (or a date), with the contract's revision date as a distractor.
     */
    static Truth cleaning(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Net'Éclat Services", "Propreté Armor", "Clean Plus Entreprises"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r).withDayOfMonth(1 + r.nextInt(6));
        LocalDate monthStart = issue.withDayOfMonth(1).minusMonths(1);
        LocalDate monthEnd = issue.withDayOfMonth(1).minusDays(1);
        boolean terms = r.nextBoolean();
        LocalDate due = terms ? endOfMonthAfter(issue, 30).plusDays(10) : issue.plusDays(45);
        String number = String.format(Locale.ROOT, "%d-%02d-%04d", issue.getYear(), issue.getMonthValue(),
                1 + r.nextInt(3000));
        String contract = "CTR-" + (2020 + r.nextInt(6)) + "-" + (10 + r.nextInt(90));
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Nettoyage professionnel - bureaux, commerces, copropriétés", 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - SIRET " + siret(r), 8);
        float top = doc.size.getHeight() - 130;
        doc.bold(340, top, customer, 11);
        doc.text(340, top - 13, "Services généraux", 9);
        doc.text(340, top - 25, pick(r, FR_STREETS), 9);
        doc.text(340, top - 37, pick(r, FR_CITIES), 9);
        doc.bold(50, top, "FACTURE N° " + number, 13);
        doc.text(50, top - 16, "Date : " + frDate(issue), 9);
        doc.text(50, top - 29, "Contrat : " + contract, 9);
        doc.text(50, top - 42, "Prestations de " + frMonth(monthStart), 9);
        doc.y = top - 75;
        doc.lineBold(50, "Relevé des passages du " + frDate(monthStart) + " au " + frDate(monthEnd), 10);
        doc.down(4);
        String[] sites = {"Bureaux RDC", "Bureaux 1er étage", "Parties communes", "Vitrerie"};
        int siteCount = 2 + r.nextInt(3);
        List<String[]> visits = new ArrayList<>();
        int[] count = new int[siteCount];
        for (LocalDate x = monthStart; !x.isAfter(monthEnd); x = x.plusDays(1)) {
            int dow = x.getDayOfWeek().getValue();
            if (HOLIDAYS.contains(d(x, "MM-dd"))) {
                continue;
            }
            for (int k = 0; k < siteCount; k++) {
                boolean visit = k < 2 ? (dow == 1 || dow == 3 || dow == 5) : (k == 2 ? dow == 2 : x.getDayOfMonth() <= 7
                        && dow == 4);
                if (visit) {
                    visits.add(new String[] {frDate(x), sites[k], k == 3 ? "2 h 30" : "1 h 30", "Réalisé"});
                    count[k]++;
                }
            }
        }
        grid(doc, new float[] {50, 140, 330, 420}, new boolean[] {false, false, false, false},
                new String[] {"Date", "Site", "Durée", "Statut"}, visits.subList(0, Math.min(visits.size(), 38)), 8);
        doc.right(right, 40, "Page 1/2", 7);
        doc.text(50, 40, seller + " - facture " + number + " - suite page suivante", 7);
        doc.newPage();
        doc.line(50, "Facture N° " + number + " - " + customer + " (suite)", 9);
        doc.down(10);
        List<Item> items = new ArrayList<>();
        BigDecimal[] prices = {BigDecimal.valueOf(42 + r.nextInt(20)).setScale(2),
            BigDecimal.valueOf(38 + r.nextInt(20)).setScale(2), BigDecimal.valueOf(55 + r.nextInt(20)).setScale(2),
            BigDecimal.valueOf(120 + r.nextInt(60)).setScale(2)};
        for (int k = 0; k < siteCount; k++) {
            items.add(new Item("Entretien " + sites[k] + " (passage)", BigDecimal.valueOf(count[k]), prices[k],
                    pct("20")));
        }
        if (r.nextBoolean()) {
            items.add(new Item("Fourniture consommables sanitaires (forfait)", BigDecimal.ONE,
                    BigDecimal.valueOf(4_000 + r.nextInt(6_000), 2), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        simpleTable(doc, items, new String[] {"Prestation", "Passages", "Prix unitaire HT", "Total HT"},
                BlindLayouts5::fr);
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"TVA 20,00 %", fr(s.tax())},
            {"Total TTC en euros", fr(s.gross())}}, 2);
        doc.down(10);
        doc.line(50, terms ? "Conditions de paiement : 30 jours fin de mois le 10."
                : "Échéance : " + frDate(due) + " (règlement par LCR directe).", 9);
        doc.line(50, "Prix révisés au " + frDate(issue.withDayOfYear(1)) + " selon l'indice ICHT-IME (clause de"
                + " révision du contrat " + contract + ").", 8);
        doc.line(50, "Pénalités de retard : 3 fois le taux d'intérêt légal - indemnité forfaitaire de 40 €.", 7);
        doc.right(right, 40, "Page 2/2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * An architect's "note d'honoraires" by phase of the mission (ESQ … DET): each phase's share of the fee, its
     * progress and the cumulative amount, the earlier notes deducted to give this note's amount, VAT 20 %, the
     * estimated cost of works as a large distractor; the place and date in words; 30 days or a date in words.
     */
    static Truth architect(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Atelier d'architecture Lenoir & Vasseur", "AAR Studio Ocre",
            "Cabinet Anne Fleury Architecte DPLG"});
        String customer = pick(r, new String[] {"SCI Les Tilleuls", "Maison Vermeil SAS", "Commune de Saint-Avé",
            "Brasserie du Vieux Port", "SAS Technilum"});
        LocalDate issue = day(r);
        boolean writtenDue = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "NH %d/%03d", issue.getYear(), 1 + r.nextInt(150));
        BigDecimal works = BigDecimal.valueOf(150_000 + 5_000 * r.nextInt(80)).setScale(2);
        BigDecimal rate = pick(r, new BigDecimal[] {pct("9"), pct("10.5"), pct("12")});
        BigDecimal fee = works.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        String[] phases = {"ESQ - Esquisse", "APS - Avant-projet sommaire", "APD - Avant-projet définitif",
            "PC - Permis de construire", "PRO - Projet", "ACT - Contrats de travaux", "DET - Direction des travaux"};
        int[] sharePct = {5, 10, 15, 5, 20, 10, 35};
        int current = 2 + r.nextInt(5);
        int progress = pick(r, new Integer[] {25, 50, 75, 100});
        List<String[]> rows = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        for (int k = 0; k <= current; k++) {
            BigDecimal phaseFee = fee.multiply(BigDecimal.valueOf(sharePct[k])).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            int done = k < current ? 100 : progress;
            BigDecimal amount = phaseFee.multiply(BigDecimal.valueOf(done)).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            rows.add(new String[] {phases[k], sharePct[k] + " %", fr(phaseFee), done + " %", fr(amount)});
            cumulative = cumulative.add(amount);
            if (k < current) {
                previous = previous.add(amount);
            }
        }
        BigDecimal net = cumulative.subtract(previous);
        BigDecimal tax = share(net, "0.20");
        BigDecimal gross = net.add(tax);
        String place = pick(r, new String[] {"44000 Nantes", "56000 Vannes", "56100 Lorient", "29000 Quimper"});
        String city = place.substring(6);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, "Architectes inscrits à l'Ordre - n° S" + (10_000 + r.nextInt(9000)), 8);
        doc.line(50, pick(r, FR_STREETS) + ", " + place, 8);
        doc.down(20);
        doc.text(330, doc.y, city + ", le " + frWords(issue), 10);
        doc.down(26);
        doc.text(330, doc.y, "Maître d'ouvrage :", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, FR_STREETS), 9);
        doc.text(330, doc.y - 36, pick(r, FR_CITIES), 9);
        doc.down(60);
        doc.lineBold(50, "NOTE D'HONORAIRES N° " + number, 14);
        doc.line(50, "Opération : " + pick(r, new String[] {"Réhabilitation d'un bâtiment de bureaux",
            "Extension d'un atelier de production", "Construction d'une maison individuelle",
            "Aménagement d'un restaurant"}), 9);
        doc.line(50, "Contrat de maîtrise d'œuvre signé le " + frDate(issue.minusMonths(6 + r.nextInt(10))), 9);
        doc.line(50, "Montant prévisionnel des travaux : " + fr(works) + " € HT - Taux d'honoraires : "
                + rateText(rate) + " % - Forfait de rémunération : " + fr(fee) + " € HT", 8);
        doc.down(10);
        grid(doc, new float[] {50, 270, 360, 430, right}, new boolean[] {false, true, true, true, true},
                new String[] {"Phase", "Part", "Honoraires HT", "Avancement", "Cumul HT"}, rows, 8);
        totals(doc, new String[][] {{"Total cumulé HT", fr(cumulative) + " €"},
            {"À déduire notes précédentes", "- " + fr(previous) + " €"},
            {"Montant HT de la présente note", fr(net) + " €"}, {"TVA 20 %", fr(tax) + " €"},
            {"Montant TTC à régler", fr(gross) + " €"}}, 4);
        doc.down(10);
        doc.line(50, writtenDue ? "À régler au plus tard le " + frWords(due) + " par virement."
                : "Règlement à 30 jours à compter de la date de la présente note.", 9);
        doc.line(50, "Assurance responsabilité professionnelle MAF n° " + (100_000 + r.nextInt(900_000)), 7);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * A Québec supplier in French: "Facturer à", ISO dates, amounts "1 234,56 $", TPS 5 % and TVQ 9,975 % with the
     * registration numbers, "Montant dû", terms "Net 30 jours" (or a due date), a shipping date as a distractor.
     */
    static Truth quebec(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Solutions Numériques Laurentides inc.", "Atelier Boréal inc.",
            "Imprimerie Saint-Laurent ltée"});
        String customer = pick(r, new String[] {"Maison Vermeil Amérique inc.", "Agence Boréale Communication",
            "SAS Technilum", "Les Fromageries du Jura"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.valueOf(20_000 + r.nextInt(9000));
        List<Item> items = new ArrayList<>();
        String[] work = {"Développement - heures", "Gestion de projet - heures", "Conception graphique",
            "Hébergement annuel", "Impression affiches 24x36"};
        int count = 1 + r.nextInt(4);
        int from = r.nextInt(work.length);
        for (int k = 0; k < count; k++) {
            String label = work[(from + k) % work.length];
            boolean hourly = label.endsWith("heures");
            items.add(new Item(label, BigDecimal.valueOf(hourly ? 2 + r.nextInt(30) : 1 + r.nextInt(2)),
                    hourly ? BigDecimal.valueOf(85 + 5 * r.nextInt(10)).setScale(2)
                            : BigDecimal.valueOf(15_000 + r.nextInt(150_000), 2), BigDecimal.ZERO));
        }
        if (r.nextBoolean()) {
            items.add(new Item("Livraison", BigDecimal.ONE, BigDecimal.valueOf(1_500 + r.nextInt(4_000), 2),
                    BigDecimal.ZERO));
        }
        BigDecimal net = sumOf(items);
        BigDecimal tps = share(net, "0.05");
        BigDecimal tvq = share(net, "0.09975");
        BigDecimal gross = net.add(tps).add(tvq);
        Function<BigDecimal, String> cad = a -> fr(a) + " $";
        doc.lineBold(50, seller, 13);
        doc.line(50, (1000 + r.nextInt(8000)) + ", rue Saint-Denis, Montréal (Québec) H2X 3K" + r.nextInt(10), 8);
        doc.line(50, "Tél. : 514 555-0" + (100 + r.nextInt(899)), 8);
        doc.down(16);
        doc.lineBold(50, "FACTURE", 18);
        float top = doc.y - 6;
        doc.text(50, top, "Facturer à", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, (100 + r.nextInt(900)) + ", boulevard René-Lévesque Ouest", 9);
        doc.text(50, top - 36, "Montréal (Québec) H3B 1R" + r.nextInt(10), 9);
        String[][] info = {{"No de facture", number}, {"Date", d(issue, "yyyy-MM-dd")},
            {"Date d'expédition", d(issue.minusDays(1 + r.nextInt(5)), "yyyy-MM-dd")},
            terms ? new String[] {"Modalités", "Net 30 jours"} : new String[] {"Échéance", d(due, "yyyy-MM-dd")}};
        for (int k = 0; k < info.length; k++) {
            doc.bold(360, top - 13 * k, info[k][0], 9);
            doc.right(doc.width() - 50, top - 13 * k, info[k][1], 9);
        }
        doc.y = top - 75;
        simpleTable(doc, items, new String[] {"Description", "Qté", "Prix unitaire", "Montant"}, cad);
        totals(doc, new String[][] {{"Sous-total", cad.apply(net)}, {"TPS (5 %)", cad.apply(tps)},
            {"TVQ (9,975 %)", cad.apply(tvq)}, {"Total", cad.apply(gross)}, {"Montant dû (CAD)", cad.apply(gross)}},
                3);
        doc.down(10);
        doc.line(50, "No TPS : " + (100_000_000 + r.nextInt(800_000_000)) + " RT0001    No TVQ : "
                + (1_000_000_000L + r.nextInt(999_999_999)) + " TQ0001", 8);
        doc.line(50, "Paiement par virement Interac ou dépôt direct. Frais de 2 % par mois sur les comptes en"
                + " souffrance.", 8);
        doc.line(50, "Merci de votre confiance!", 9);
        return Truth.invoice(number, issue, due, gross, "CAD", customer);
    }

    /** "+++123/4567/89012+++": ten digits and their remainder by 97 (97 for none). */
    private static String structured(Random r) {
        long base = 1_000_000_000L + (long) (r.nextDouble() * 8_999_999_999L);
        long check = base % 97 == 0 ? 97 : base % 97;
        String digits = String.format(Locale.ROOT, "%010d%02d", base, check);
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    /**
     * A Belgian supplier in Dutch over two pages: the date in words, "Vervaldag" or "betaalbaar binnen 30 dagen"
     * only on page two with the totals (excl. btw, btw 21 % and 6 %, "Totaal te betalen"), the structured
     * communication, a delivery date and an order reference on page one.
     */
    static Truth belgianDutchTwoPages(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Groothandel Verbeke NV", "Drukkerij De Schelde BV",
            "Technieken Van Damme BV"});
        String customer = pick(r, new String[] {"Maison Vermeil Belgium BV", "Brasserie De Kroon",
            "Bakkerij Claes & Zonen", "Caradec Benelux BV", "Apotheek Vermeulen"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = "VF" + issue.getYear() + "/" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(20_000));
        String[] goods = {"Verpakkingsdozen 40x30x20", "Etiketten thermisch (rol)", "Kantoorpapier A4 (doos)",
            "Reinigingsmiddel 5 L", "Handschoenen nitril (doos 100)", "Boekjes A5 geniet", "Folders drieluik",
            "Plakband bruin 50 mm", "Stretchfolie 23 mu", "Palletlabel A5"};
        List<Item> items = BlindLayouts.items(r, new BlindLayouts.ItemShape(60, 120, 6_500, 3), goods, 22, 30,
                pct("21"), pct("21"), pct("6"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Industrieweg 14, 9000 Gent - België", 8);
        doc.line(50, "BTW BE 0" + (400 + r.nextInt(500)) + "." + (100 + r.nextInt(900)) + "." + (100 + r.nextInt(900))
                + " - RPR Gent", 8);
        float top = doc.size.getHeight() - 120;
        doc.bold(340, top, customer, 11);
        doc.text(340, top - 13, pick(r, new String[] {"Kortrijksesteenweg 212", "Veldstraat 41", "Grote Markt 3"}),
                9);
        doc.text(340, top - 25, pick(r, new String[] {"9000 Gent", "8500 Kortrijk", "2000 Antwerpen"}), 9);
        doc.text(340, top - 37, "Btw-nr. BE 0" + (400 + r.nextInt(500)) + "." + (100 + r.nextInt(900)) + "."
                + (100 + r.nextInt(900)), 8);
        doc.bold(50, top, "FACTUUR " + number, 13);
        doc.text(50, top - 16, "Gent, " + nlWords(issue), 9);
        doc.text(50, top - 29, "Uw bestelling: PO-" + (4000 + r.nextInt(5000)) + " van " + d(issue.minusDays(12
                + r.nextInt(10)), "dd/MM/yyyy"), 9);
        doc.text(50, top - 42, "Leverdatum: " + d(issue.minusDays(2 + r.nextInt(5)), "dd/MM/yyyy"), 9);
        doc.y = top - 70;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), de(i.unit()), rateText(i.rate()) + "%",
                de(i.amount())});
        }
        int first = Math.min(rows.size(), 20 + r.nextInt(3));
        BigDecimal carried = sumOf(items.subList(0, first));
        float[] xs = {50, right - 220, right - 140, right - 80, right};
        boolean[] align = {false, true, true, true, true};
        String[] heads = {"Omschrijving", "Aantal", "Eenheidsprijs", "Btw", "Bedrag"};
        grid(doc, xs, align, heads, rows.subList(0, first), 9);
        doc.text(right - 220, doc.y, "Over te dragen", 9);
        doc.right(right, doc.y, de(carried), 9);
        doc.right(right, 40, "Blad 1/2", 7);
        doc.newPage();
        doc.line(50, "Factuur " + number + " - vervolg", 9);
        doc.text(right - 220, doc.y, "Overdracht", 9);
        doc.right(right, doc.y, de(carried), 9);
        doc.down(18);
        grid(doc, xs, align, heads, rows.subList(first, rows.size()), 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Totaal excl. btw", de(s.net()) + " EUR"});
        s.taxByRate().forEach((rate, tax) -> sums.add(new String[] {"Btw " + rateText(rate) + "%", de(tax) + " EUR"}));
        sums.add(new String[] {"Totaal te betalen", de(s.gross()) + " EUR"});
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(10);
        doc.line(50, terms ? "Betaalbaar binnen 30 dagen na factuurdatum." : "Vervaldag: " + nlWords(due), 9);
        doc.line(50, "Te storten op rekening BE68 5390 0754 7034 (BIC TRIOBEBB) met gestructureerde mededeling "
                + structured(r), 9);
        doc.line(50, "Bij laattijdige betaling is van rechtswege een intrest van 10 % per jaar verschuldigd.", 7);
        doc.right(right, 40, "Blad 2/2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }
}
