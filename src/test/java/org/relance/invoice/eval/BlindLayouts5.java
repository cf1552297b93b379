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
        LAYOUTS.put("fr-traduction-au-mot", BlindLayouts5::translation);
        LAYOUTS.put("fr-traiteur-solde-acompte", BlindLayouts5::caterer);
        LAYOUTS.put("fr-garage-pieces-main-oeuvre-comptant", BlindLayouts5::garage);
        LAYOUTS.put("fr-imprimerie-prix-au-mille", BlindLayouts5::printer);
        LAYOUTS.put("fr-transitaire-debours-douane", BlindLayouts5::forwarder);
        LAYOUTS.put("lu-fr-tva-17", BlindLayouts5::luxembourg);
        LAYOUTS.put("ie-vat-ordinal-dates", BlindLayouts5::irish);
        LAYOUTS.put("us-remit-to-lockbox", BlindLayouts5::usRemitTo);
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
        doc.line(50, "Détail des commandes et des commissions disponible dans votre espace vendeur (export CSV).", 7);
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
        String[] goods = {"Taartdozen 30x30 (pak 50)", "Bloem tarwe T55 (zak 25 kg)", "Etiketten thermisch (rol)",
            "Suiker kristal (zak 25 kg)", "Reinigingsmiddel 5 L", "Boter 82 % (blok 10 kg)",
            "Handschoenen nitril (doos 100)", "Chocoladedruppels (zak 10 kg)", "Bakpapier (rol 50 m)",
            "Gist vers (blok 1 kg)", "Broodzakken papier (1000)", "Hazelnoten geroosterd (5 kg)"};
        List<Item> items = new ArrayList<>();
        for (Item i : BlindLayouts.items(r, new BlindLayouts.ItemShape(60, 120, 6_500, 5), goods, 22, 30,
                pct("21"))) {
            boolean food = i.label().contains("kg");
            items.add(new Item(i.label(), i.qty(), i.unit(), food ? pct("6") : pct("21")));
        }
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

    /**
     * A translation agency billing per word: the source word count, the rate per word, an urgency surcharge in
     * percent, proofreading by the hour, the order and delivery dates beside the invoice's; the whole reference
     * block as "label : value" lines under the title; "Net 15" style terms in French ("à 15 jours net") or a date.
     */
    static Truth translation(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Babel Traductions SARL", "Lingua Franca Services", "TradExpert"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate ordered = issue.minusDays(5 + r.nextInt(20));
        LocalDate delivered = issue.minusDays(r.nextInt(4));
        int days = pick(r, new Integer[] {15, 30});
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "FT-%d-%04d", issue.getYear() % 100, 1 + r.nextInt(2500));
        String pair = pick(r, new String[] {"FR > EN", "EN > FR", "FR > DE", "FR > ES", "IT > FR"});
        int words = 800 + r.nextInt(12_000);
        BigDecimal perWord = pick(r, new BigDecimal[] {new BigDecimal("0.09"), new BigDecimal("0.11"),
            new BigDecimal("0.12"), new BigDecimal("0.14")});
        BigDecimal base = perWord.multiply(BigDecimal.valueOf(words)).setScale(2, RoundingMode.HALF_UP);
        boolean urgent = r.nextBoolean();
        BigDecimal surcharge = urgent ? share(base, "0.25") : BigDecimal.ZERO;
        int hours = r.nextInt(4);
        BigDecimal proof = BigDecimal.valueOf(hours * 45L).setScale(2);
        BigDecimal net = base.add(surcharge).add(proof);
        BigDecimal tax = share(net, "0.20");
        BigDecimal gross = net.add(tax);
        doc.lineBold(50, seller, 14);
        doc.line(50, "Agence de traduction et d'interprétation - " + pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.down(16);
        doc.text(340, doc.y, customer, 10);
        doc.text(340, doc.y - 12, "Service communication", 9);
        doc.text(340, doc.y - 24, pick(r, FR_CITIES), 9);
        doc.down(50);
        doc.lineBold(50, "FACTURE", 16);
        doc.line(50, "Numéro : " + number, 9);
        doc.line(50, "Date de facture : " + frDate(issue), 9);
        doc.line(50, "Votre commande : " + pick(r, new String[] {"BC-", "CMD "}) + (1000 + r.nextInt(9000)) + " du "
                + frDate(ordered), 9);
        doc.line(50, "Livraison des fichiers : " + frWords(delivered), 9);
        doc.line(50, "Projet : " + pick(r, new String[] {"Catalogue produits", "Conditions générales de vente",
            "Site internet (pages produits)", "Rapport annuel", "Notice technique"}) + " - " + pair, 9);
        doc.down(10);
        float right = doc.width() - 50;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Traduction " + pair + " (mots source)", String.format(Locale.FRANCE, "%,d", words)
                .replace('\u202F', ' ').replace('\u00A0', ' '), fr(perWord) + " €/mot", fr(base)});
        if (urgent) {
            rows.add(new String[] {"Majoration urgence (délai < 48 h)", "25 %", "", fr(surcharge)});
        }
        if (hours > 0) {
            rows.add(new String[] {"Relecture et mise en page (heure)", String.valueOf(hours), "45,00 €/h",
                fr(proof)});
        }
        rows.add(new String[] {"Répétitions et correspondances 100 % (non facturées)", String.valueOf(words / 9),
            "0,00 €/mot", "0,00"});
        grid(doc, new float[] {50, right - 200, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Prestation", "Volume", "Tarif", "Montant HT"}, rows, 9);
        totals(doc, new String[][] {{"Total HT", fr(net) + " €"}, {"TVA 20 %", fr(tax) + " €"},
            {"Total TTC", fr(gross) + " €"}}, 2);
        doc.down(10);
        doc.line(50, terms ? "Conditions : paiement à " + days + " jours net, sans escompte."
                : "Date limite de paiement : " + frDate(due), 9);
        doc.line(50, "Tarif minimum de facturation : 45,00 € HT. Devis n° D" + (100 + r.nextInt(900))
                + " accepté le " + frDate(ordered.minusDays(2)) + ".", 8);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * An event caterer's balance invoice: the event date and the number of guests, food at 10 %, alcohol and
     * equipment hire at 20 %, service staff hours, the deposit paid at the booking deducted ("Acompte versé le …",
     * "Reste à payer"), the balance payable on receipt or by a date in words.
     */
    static Truth caterer(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Saveurs & Réceptions", "Traiteur Maison Pélissier",
            "Le Comptoir des Buffets"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate event = issue.minusDays(1 + r.nextInt(6));
        LocalDate booked = event.minusDays(30 + r.nextInt(60));
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(15);
        String number = String.format(Locale.ROOT, "TR%d-%04d", issue.getYear(), 1 + r.nextInt(900));
        int guests = 20 + r.nextInt(180);
        String menu = pick(r, new String[] {"Cocktail dînatoire 12 pièces", "Buffet froid terroir",
            "Plateaux repas affaires", "Menu séminaire 3 plats"});
        List<Item> items = new ArrayList<>();
        items.add(new Item(menu + " (par convive)", BigDecimal.valueOf(guests),
                BigDecimal.valueOf(1_800 + 50 * r.nextInt(40), 2), pct("10")));
        items.add(new Item("Softs et eaux minérales (par convive)", BigDecimal.valueOf(guests), new BigDecimal("3.50"),
                pct("10")));
        if (r.nextBoolean()) {
            items.add(new Item("Champagne brut (bouteille)", BigDecimal.valueOf(guests / 6 + 1),
                    new BigDecimal("32.00"), pct("20")));
        }
        items.add(new Item("Maître d'hôtel et serveurs (heure)", BigDecimal.valueOf(4 + 2 * r.nextInt(8)),
                new BigDecimal("38.00"), pct("20")));
        if (r.nextBoolean()) {
            items.add(new Item("Location vaisselle et nappage", BigDecimal.ONE,
                    BigDecimal.valueOf(12_000 + r.nextInt(20_000), 2), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = s.gross().multiply(new BigDecimal("0.30")).setScale(-1, RoundingMode.HALF_UP)
                .setScale(2);
        BigDecimal rest = s.gross().subtract(deposit);
        doc.lineBold(50, seller, 15);
        doc.line(50, "Traiteur - Organisation de réceptions", 9);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - SIRET " + siret(r), 8);
        doc.down(14);
        float top = doc.y;
        doc.bold(50, top, "FACTURE DE SOLDE", 13);
        doc.text(50, top - 16, "N° " + number + " du " + frDate(issue), 10);
        doc.text(50, top - 30, "Événement du " + frWords(event) + " - " + guests + " convives", 9);
        doc.text(50, top - 42, "Lieu : " + pick(r, new String[] {"Salle des Fêtes", "Domaine du Château Vert",
            "vos locaux"}) + " - Bon de commande signé le " + frDate(booked), 9);
        doc.text(395, top, "Client :", 8);
        doc.bold(395, top - 12, customer, 10);
        doc.text(395, top - 24, pick(r, FR_STREETS), 9);
        doc.text(395, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 70;
        float right = doc.width() - 50;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), fr(i.unit()), rateText(i.rate()) + " %",
                fr(i.amount())});
        }
        grid(doc, new float[] {50, right - 210, right - 140, right - 80, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Désignation", "Qté", "P.U. HT", "TVA", "Total HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", fr(s.net()) + " €"});
        s.taxByRate().forEach((rate, tax) -> sums.add(new String[] {"TVA " + rateText(rate) + " %", fr(tax) + " €"}));
        sums.add(new String[] {"Total TTC", fr(s.gross()) + " €"});
        sums.add(new String[] {"Acompte versé le " + frDate(booked.plusDays(2)) + " (30 %)", "- " + fr(deposit) + " €"});
        sums.add(new String[] {"Reste à payer", fr(rest) + " €"});
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(10);
        doc.line(50, onReceipt ? "Solde payable à réception de facture." : "Solde à régler avant le "
                + frWords(due) + ".", 9);
        doc.line(50, "Acompte encaissé : facture d'acompte n° TA" + (100 + r.nextInt(800)) + ".", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /**
     * A car-repair garage's invoice from a dealer management tool: the vehicle (registration, mileage, VIN), the
     * repair order and its entry date, parts and labour in two sections with their own subtotals, an environmental
     * flat fee, VAT 20 %, "Net à payer", paid cash at the collection of the vehicle (due on the invoice day).
     */
    static Truth garage(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Garage du Rond-Point", "Auto Services Le Floch",
            "Carrosserie Mécanique Ribeiro"});
        String customer = pick(r, new String[] {"Menuiserie Le Goff", "SAS Technilum", "Brasserie du Vieux Port",
            "Institut Beauté Mélissa", "Les Fromageries du Jura"});
        LocalDate issue = day(r);
        LocalDate entry = issue.minusDays(1 + r.nextInt(5));
        String number = String.valueOf(600_000 + r.nextInt(99_999));
        String order = "OR " + (30_000 + r.nextInt(9999));
        String plate = (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "-" + (100 + r.nextInt(900))
                + "-" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        String[] parts = {"Filtre à huile", "Huile moteur 5W30 (litre)", "Plaquettes de frein AV", "Disques de frein AV",
            "Filtre à air", "Filtre habitacle", "Balais d'essuie-glace", "Batterie 70Ah", "Ampoule H7"};
        int[] partCents = {1_290, 1_150, 6_490, 11_900, 2_190, 2_450, 2_990, 15_900, 890};
        int[] partQty = {1, 5, 1, 2, 1, 1, 2, 1, 2};
        List<Item> partItems = new ArrayList<>();
        int partCount = 2 + r.nextInt(4);
        int partFrom = r.nextInt(parts.length);
        for (int k = 0; k < partCount; k++) {
            int p = (partFrom + 2 * k) % parts.length;
            partItems.add(new Item(parts[p], BigDecimal.valueOf(partQty[p]), money(partCents[p] + 10 * r.nextInt(120)),
                    pct("20")));
        }
        BigDecimal hourly = BigDecimal.valueOf(62 + r.nextInt(30)).setScale(2);
        String[] jobs = {"Vidange et remplacement filtres", "Remplacement plaquettes et disques AV",
            "Diagnostic électronique", "Contrôle pré-CT", "Remplacement batterie"};
        List<Item> labour = new ArrayList<>();
        int jobCount = 1 + r.nextInt(3);
        for (int k = 0; k < jobCount; k++) {
            labour.add(new Item(jobs[(k + r.nextInt(jobs.length)) % jobs.length], BigDecimal.valueOf(5 + r.nextInt(20),
                    1), hourly, pct("20")));
        }
        BigDecimal env = new BigDecimal("4.90");
        BigDecimal partsNet = sumOf(partItems);
        BigDecimal labourNet = sumOf(labour);
        BigDecimal net = partsNet.add(labourNet).add(env);
        BigDecimal tax = share(net, "0.20");
        BigDecimal gross = net.add(tax);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Mécanique - Carrosserie - Entretien toutes marques", 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - Tél. 02 98 " + (10 + r.nextInt(89))
                + " " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)), 8);
        float top = doc.size.getHeight() - 115;
        doc.bold(50, top, "FACTURE N° " + number, 13);
        doc.text(50, top - 15, "Date de facture : " + frDate(issue), 9);
        doc.text(50, top - 27, "Ordre de réparation : " + order + " - entrée le " + frDate(entry), 9);
        doc.text(50, top - 39, "Véhicule : " + pick(r, new String[] {"Renault Kangoo III", "Peugeot Partner",
            "Citroën Berlingo", "Renault Trafic", "Peugeot 308 SW"}) + " - Immat. " + plate, 9);
        doc.text(50, top - 51, "Kilométrage : " + String.format(Locale.FRANCE, "%,d", 20_000 + r.nextInt(180_000))
                .replace('\u202F', ' ').replace('\u00A0', ' ') + " km - 1re mise en circulation : "
                + d(issue.minusYears(2 + r.nextInt(8)).minusDays(r.nextInt(300)), "dd/MM/yyyy"), 9);
        doc.text(340, top, "Client", 8);
        doc.bold(340, top - 12, customer, 10);
        doc.text(340, top - 24, pick(r, FR_STREETS), 9);
        doc.text(340, top - 36, pick(r, FR_CITIES), 9);
        doc.text(340, top - 48, "Compte client : C" + (1000 + r.nextInt(9000)), 8);
        doc.y = top - 80;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"PIÈCES", "", "", ""});
        for (Item i : partItems) {
            rows.add(new String[] {"  " + i.label() + " réf. " + (7700 + r.nextInt(2000)) + "-" + (10 + r.nextInt(89)),
                i.qty().toPlainString(), fr(i.unit()), fr(i.amount())});
        }
        rows.add(new String[] {"Sous-total pièces", "", "", fr(partsNet)});
        rows.add(new String[] {"MAIN D'ŒUVRE (taux horaire " + fr(hourly) + " €)", "", "", ""});
        for (Item i : labour) {
            rows.add(new String[] {"  " + i.label(), i.qty().toPlainString().replace('.', ',') + " h", fr(i.unit()),
                fr(i.amount())});
        }
        rows.add(new String[] {"Sous-total main d'œuvre", "", "", fr(labourNet)});
        rows.add(new String[] {"Forfait environnement (déchets, huiles usagées)", "1", fr(env), fr(env)});
        grid(doc, new float[] {50, right - 200, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Désignation", "Qté", "P.U. HT", "Montant HT"}, rows, 9);
        totals(doc, new String[][] {{"Total HT", fr(net)}, {"TVA 20 %", fr(tax)}, {"Net à payer TTC", fr(gross)
            + " €"}}, 2);
        doc.down(10);
        doc.line(50, "Règlement comptant à l'enlèvement du véhicule (CB, chèque, virement).", 9);
        doc.line(50, "Prochaine révision conseillée : " + frDate(issue.plusYears(1)) + " ou à "
                + (30_000 + r.nextInt(150_000)) + " km.", 8);
        doc.line(50, "Pièces remplacées restituées sur demande. Garantie pièces et main d'œuvre : 12 mois.", 7);
        return Truth.invoice(number, issue, issue, gross, "EUR", customer);
    }

    /**
     * A printing house: print runs with their quantity in copies and a price per thousand, proof (BAT) and delivery
     * dates, delivery and the recycling eco-contribution mentioned, the customer block without a label at the
     * right, "45 jours fin de mois" or a due date, and a "NET À PAYER" box in the footer area.
     */
    static Truth printer(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Imprimerie Vallée SAS", "Les Presses du Ponant", "Graphi'Print 49"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate proof = issue.minusDays(10 + r.nextInt(10));
        LocalDate delivery = issue.minusDays(1 + r.nextInt(5));
        boolean terms = r.nextBoolean();
        LocalDate due = terms ? endOfMonthAfter(issue, 45) : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "IMP%06d", 10_000 + r.nextInt(90_000));
        String[] jobs = {"Flyers A5 recto-verso 135 g couché", "Dépliants 3 volets A4 170 g",
            "Cartes de visite 350 g pelliculées", "Affiches A2 quadri 150 g", "Brochures A4 16 pages agrafées",
            "Enveloppes C5 imprimées 1 couleur", "Étiquettes adhésives 50x30"};
        int[] runs = {250, 500, 1000, 2000, 2500, 5000, 10_000};
        List<String[]> rows = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        int count = 1 + r.nextInt(4);
        int jobFrom = r.nextInt(jobs.length);
        for (int k = 0; k < count; k++) {
            int qty = runs[r.nextInt(runs.length)];
            BigDecimal perThousand = BigDecimal.valueOf(4_000 + r.nextInt(40_000), 2);
            BigDecimal amount = perThousand.multiply(BigDecimal.valueOf(qty)).divide(BigDecimal.valueOf(1000), 2,
                    RoundingMode.HALF_UP);
            rows.add(new String[] {jobs[(jobFrom + 2 * k) % jobs.length],
                String.format(Locale.FRANCE, "%,d ex.", qty).replace('\u202F', ' ').replace('\u00A0', ' '),
                fr(perThousand), fr(amount)});
            net = net.add(amount);
        }
        BigDecimal prepress = r.nextBoolean() ? new BigDecimal("45.00") : BigDecimal.ZERO;
        if (prepress.signum() > 0) {
            rows.add(new String[] {"Prépresse et BAT numérique", "1", "", fr(prepress)});
            net = net.add(prepress);
        }
        BigDecimal carriage = BigDecimal.valueOf(1_500 + r.nextInt(4_500), 2);
        rows.add(new String[] {"Livraison (messagerie)", "1 colis", "", fr(carriage)});
        net = net.add(carriage);
        BigDecimal tax = share(net, "0.20");
        BigDecimal gross = net.add(tax);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Impression offset et numérique - Imprim'Vert", 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        float top = doc.size.getHeight() - 110;
        doc.bold(340, top, customer, 11);
        doc.text(340, top - 13, pick(r, FR_STREETS), 9);
        doc.text(340, top - 25, pick(r, FR_CITIES), 9);
        doc.y = top - 55;
        doc.lineBold(50, "Facture " + number, 14);
        doc.line(50, "Date : " + frDate(issue) + "    Devis : DV" + (20_000 + r.nextInt(9000)) + "    Votre réf. : "
                + pick(r, new String[] {"Salon 2027", "Campagne printemps", "Réassort", "Portes ouvertes"}), 9);
        doc.line(50, "BAT validé le " + frDate(proof) + " - Livré le " + frDate(delivery) + " (BL n° "
                + (50_000 + r.nextInt(9999)) + ")", 9);
        doc.down(10);
        grid(doc, new float[] {50, right - 210, right - 100, right}, new boolean[] {false, true, true, true},
                new String[] {"Travail", "Quantité", "Prix au mille HT", "Montant HT"}, rows, 9);
        totals(doc, new String[][] {{"Total HT", fr(net)}, {"TVA 20 %", fr(tax)}}, 9);
        doc.down(8);
        doc.line(50, "Éco-contribution papiers graphiques (Citeo) incluse dans les prix.", 8);
        doc.line(50, "Tolérance de livraison : ± 5 % de la quantité commandée, facturée au réel.", 8);
        doc.line(50, terms ? "Conditions de paiement : 45 jours fin de mois." : "Échéance : " + frDate(due), 9);
        doc.bold(right - 200, 110, "NET À PAYER", 11);
        doc.rightBold(right, 110, fr(gross) + " €", 12);
        doc.text(right - 200, 96, "TVA acquittée sur les débits", 7);
        doc.text(50, 50, seller + " - SAS au capital de 120 000 € - SIRET " + siret(r) + " - TVA " + tvaNumber(r), 7);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * A freight forwarder's import invoice: the shipment (B/L, vessel, ETA, customs declaration and its date), the
     * customs value as a distractor, disbursements outside VAT (customs duties paid on the customer's behalf), sea
     * freight exempt (art. 262 I), the forwarder's own fees at 20 %, the import VAT self-assessed and only mentioned;
     * the total includes the disbursements; payable on receipt or in 30 days.
     */
    static Truth forwarder(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Transitaire Océane Logistics", "Havre Fret International",
            "Marsiglia Shipping & Customs"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate eta = issue.minusDays(3 + r.nextInt(10));
        LocalDate declaration = eta.plusDays(1);
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FI%d/%05d", issue.getYear() % 100, r.nextInt(99_999));
        BigDecimal customsValue = BigDecimal.valueOf(800_000 + r.nextInt(6_000_000), 2);
        BigDecimal dutyRate = pick(r, new BigDecimal[] {pct("2.7"), pct("4.7"), pct("6.5"), pct("12")});
        BigDecimal duty = customsValue.multiply(dutyRate).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
                .setScale(2);
        BigDecimal importVat = share(customsValue.add(duty), "0.20");
        BigDecimal freight = BigDecimal.valueOf(90_000 + r.nextInt(250_000), 2);
        BigDecimal thc = BigDecimal.valueOf(18_000 + r.nextInt(12_000), 2);
        BigDecimal clearance = new BigDecimal("95.00");
        BigDecimal file = new BigDecimal("35.00");
        BigDecimal advance = share(duty, "0.025").max(new BigDecimal("15.00"));
        BigDecimal taxable = thc.add(clearance).add(file).add(advance);
        BigDecimal tax = share(taxable, "0.20");
        BigDecimal total = duty.add(freight).add(taxable).add(tax);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "Commissionnaire en douane agréé - Représentant en douane enregistré FR"
                + (10_000_000 + r.nextInt(89_999_999)), 8);
        doc.line(50, "Terminal de France, Route du Môle - 76600 Le Havre", 8);
        doc.down(14);
        float top = doc.y;
        doc.text(50, top, "Donneur d'ordre / Destinataire", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, pick(r, FR_CITIES), 9);
        doc.text(50, top - 48, "EORI " + tvaNumber(r).replace(" ", "") + "00012", 8);
        doc.bold(340, top, "FACTURE N° " + number, 11);
        doc.text(340, top - 14, "Date : " + frDate(issue), 9);
        doc.text(340, top - 26, "Dossier : IMP-" + (40_000 + r.nextInt(9999)), 9);
        doc.text(340, top - 38, "Conditions : " + (onReceipt ? "payable à réception" : "30 jours date de facture"), 9);
        doc.y = top - 75;
        doc.bold(50, doc.y, "Expédition", 9);
        doc.down(12);
        doc.line(50, "B/L " + pick(r, new String[] {"MEDU", "CMDU", "MAEU"}) + (1_000_000 + r.nextInt(8_999_999))
                + " - Navire " + pick(r, new String[] {"CMA CGM Rivoli", "MSC Aurora", "Maersk Essen"})
                + " - Shanghai > Le Havre - 1 x 40' HC", 8);
        doc.line(50, "Arrivée (ETA) : " + frDate(eta) + " - Déclaration en douane n° 26FR" + (100_000 + r.nextInt(899_999))
                + " du " + frDate(declaration), 8);
        doc.line(50, "Valeur en douane : " + fr(customsValue) + " € - Droits " + rateText(dutyRate) + " % (TARIC "
                + (8400 + r.nextInt(1500)) + " " + (10 + r.nextInt(89)) + ")", 8);
        doc.down(10);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DÉBOURS (hors champ de TVA)", "", ""});
        rows.add(new String[] {"  Droits de douane acquittés pour votre compte", "", fr(duty)});
        rows.add(new String[] {"PRESTATIONS EXONÉRÉES (art. 262 I du CGI)", "", ""});
        rows.add(new String[] {"  Fret maritime Shanghai - Le Havre", "0 %", fr(freight)});
        rows.add(new String[] {"PRESTATIONS SOUMISES À TVA", "", ""});
        rows.add(new String[] {"  Manutention terminal (THC)", "20 %", fr(thc)});
        rows.add(new String[] {"  Dédouanement import", "20 %", fr(clearance)});
        rows.add(new String[] {"  Frais de dossier", "20 %", fr(file)});
        rows.add(new String[] {"  Commission d'avance de fonds (2,5 %)", "20 %", fr(advance)});
        grid(doc, new float[] {50, right - 110, right}, new boolean[] {false, true, true},
                new String[] {"Désignation", "TVA", "Montant"}, rows, 9);
        totals(doc, new String[][] {{"Total débours", fr(duty)}, {"Total exonéré", fr(freight)},
            {"Total HT soumis", fr(taxable)}, {"TVA 20 %", fr(tax)}, {"TOTAL À PAYER EUR", fr(total)}}, 4);
        doc.down(10);
        doc.line(50, "TVA à l'importation autoliquidée sur votre déclaration CA3 (pour information) : " + fr(importVat)
                + " €", 8);
        doc.line(50, "Nos opérations sont soumises aux conditions générales de la profession (TLF).", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /**
     * A Luxembourg supplier in French: TVA 17 % (and 8 % on some lines), the labels of the reference block at the
     * left margin and their values at the right margin, "dd.MM.yyyy" dates, RCS Luxembourg B…, the customer under
     * "Destinataire", "Montant à payer" in a line by itself, terms "payable à 30 jours" or "Échéance".
     */
    static Truth luxembourg(Doc doc, Random r) {
        int kind = r.nextInt(3);
        String seller = new String[] {"Fiduciaire Moselle S.à r.l.", "Luxweb Solutions S.A.",
            "Menuiserie Schmit & Fils S.à r.l."}[kind];
        String customer = pick(r, new String[] {"SAS Technilum", "Maison Vermeil Luxembourg S.à r.l.",
            "Cabinet Roussel & Associés", "Start'Innov SAS", "Café Beim Schlass"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%d-%05d", issue.getYear(), 1 + r.nextInt(30_000));
        String[][] work = {{"Tenue de comptabilité (mois)", "Déclaration TVA trimestrielle", "Conseil fiscal (heure)",
            "Établissement des comptes annuels"}, {"Développement site internet (jour)", "Maintenance annuelle",
                "Hébergement (12 mois)", "Nom de domaine .lu"}, {"Pose de fenêtres", "Fourniture bois massif (m²)",
                    "Main-d'œuvre menuisier (heure)", "Frais de déplacement"}};
        List<Item> items = kind == 2 && r.nextBoolean()
                ? items(r, work[kind], 1, 4, pct("3"), pct("17"))
                : items(r, work[kind], 1, 4, pct("17"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, (1 + r.nextInt(120)) + ", route d'Arlon - L-" + (1100 + r.nextInt(1800)) + " Luxembourg", 8);
        doc.line(50, "RCS Luxembourg B" + (100_000 + r.nextInt(190_000)) + " - TVA LU" + (10_000_000
                + r.nextInt(89_999_999)) + " - Autorisation d'établissement n° 10" + (10_000 + r.nextInt(89_999)), 8);
        doc.down(16);
        doc.text(330, doc.y, "Destinataire", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, new String[] {"12, rue de Hollerich", "3, avenue de la Gare",
            "45, Grand-Rue"}), 9);
        doc.text(330, doc.y - 36, pick(r, new String[] {"L-1741 Luxembourg", "L-4001 Esch-sur-Alzette",
            "L-9051 Ettelbruck"}), 9);
        doc.down(60);
        doc.lineBold(50, "FACTURE", 16);
        doc.down(4);
        String[][] info = {{"Numéro de facture", number}, {"Date de facture", d(issue, "dd.MM.yyyy")},
            {"Date de prestation", d(issue.minusDays(2 + r.nextInt(20)), "dd.MM.yyyy")},
            {"Votre numéro de TVA", pick(r, new String[] {"LU", "FR"}) + (10_000_000 + r.nextInt(89_999_999))},
            terms ? new String[] {"Conditions", "payable à 30 jours"} : new String[] {"Échéance",
                d(due, "dd.MM.yyyy")}};
        for (String[] row : info) {
            doc.text(50, doc.y, row[0], 9);
            doc.right(right, doc.y, row[1], 9);
            doc.down(13);
        }
        doc.down(12);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), fr(i.unit()), rateText(i.rate()) + " %",
                fr(i.amount())});
        }
        grid(doc, new float[] {50, right - 220, right - 140, right - 80, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Désignation", "Quantité", "Prix unitaire", "TVA", "Montant HTVA"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HTVA", fr(s.net()) + " EUR"});
        s.taxByRate().forEach((rate, tax) -> sums.add(new String[] {"TVA " + rateText(rate) + " %", fr(tax) + " EUR"}));
        sums.add(new String[] {"Total TVAC", fr(s.gross()) + " EUR"});
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(12);
        doc.bold(50, doc.y, "Montant à payer :", 10);
        doc.bold(170, doc.y, fr(s.gross()) + " EUR", 10);
        doc.down(16);
        doc.line(50, "Virement sur LU28 0019 4006 4475 0000 (BCEELULL), en indiquant le numéro de facture.", 8);
        if (s.taxByRate().containsKey(pct("3"))) {
            doc.line(50, "TVA 3 % : travaux de rénovation d'un logement affecté à l'habitation principale (agrément"
                    + " AED).", 7);
        }
        doc.line(50, "Intérêts de retard selon la loi modifiée du 18 avril 2004 relative aux délais de paiement.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * An Irish supplier: "Invoice Date: 3rd December 2026", VAT at 23 % and 13.5 %, "€1,234.56", a supply date and
     * a customer order number, "Total Due" at the top right and repeated at the foot, terms "30 days from invoice
     * date" or a due date in words.
     */
    static Truth irish(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Liffey Digital Ltd", "Connacht Catering Supplies Ltd",
            "Shannon Print & Signs Ltd"});
        String customer = pick(r, new String[] {"Maison Vermeil Ireland Ltd", "Boréale Communication Ireland Ltd",
            "Start'Innov Ireland Ltd", "O'Brien & Murphy Solicitors", "Galway Bay Hotel Ltd"});
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {14, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "%05d", 1 + r.nextInt(30_000));
        List<Item> items = new ArrayList<>(items(r, new String[] {"Web development (day)", "SEO audit",
            "Hosting (12 months)", "Signage installation", "Banner printing", "Design hours"}, 1, 3, pct("23")));
        if (r.nextBoolean()) {
            items.add(new Item("Catering equipment repair (labour)", BigDecimal.valueOf(1 + r.nextInt(6)),
                    new BigDecimal("65.00"), pct("13.5")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        Function<BigDecimal, String> eur = a -> "€" + en(a);
        doc.lineBold(50, seller, 14);
        doc.line(50, "Unit " + (1 + r.nextInt(20)) + ", " + pick(r, new String[] {"Sandyford Business Park, Dublin 18",
            "Ballybrit Business Park, Galway H91 X2PK", "Raheen Industrial Estate, Limerick V94 4T2W"}), 8);
        doc.line(50, "VAT No. IE" + (1_000_000 + r.nextInt(8_999_999)) + "T - CRO " + (500_000 + r.nextInt(400_000)), 8);
        doc.text(right - 150, doc.size.getHeight() - 50, "Total Due", 9);
        doc.rightBold(right, doc.size.getHeight() - 64, eur.apply(s.gross()), 16);
        doc.down(24);
        doc.lineBold(50, "INVOICE", 18);
        float top = doc.y;
        doc.text(50, top, "To:", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, new String[] {"Accounts Payable", "Finance Department"}), 9);
        doc.text(50, top - 36, pick(r, new String[] {"14 Grand Canal Street, Dublin 2, D02 X576",
            "Dock Road, Galway H91 T2C8", "22 Patrick Street, Cork T12 AB34"}), 9);
        doc.text(330, top, "Invoice No: " + number, 9);
        doc.text(330, top - 13, "Invoice Date: " + enOrdinal(issue), 9);
        doc.text(330, top - 26, "Date of Supply: " + enOrdinal(issue.minusDays(1 + r.nextInt(10))), 9);
        doc.text(330, top - 39, "Your Order No: " + (4500_000 + r.nextInt(99_999)), 9);
        if (!terms) {
            doc.text(330, top - 52, "Due Date: " + enOrdinal(due), 9);
        }
        doc.y = top - 80;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), eur.apply(i.unit()),
                i.rate().stripTrailingZeros().toPlainString() + "%", eur.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 220, right - 140, right - 80, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Description", "Qty", "Unit Price", "VAT", "Net"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total excl. VAT", eur.apply(s.net())});
        s.taxByRate().forEach((rate, tax) -> sums.add(new String[] {"VAT @ " + rate.stripTrailingZeros()
                .toPlainString() + "%", eur.apply(tax)}));
        sums.add(new String[] {"Total Due", eur.apply(s.gross())});
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(10);
        doc.line(50, terms ? "Payment terms: " + days + " days from invoice date." : "Please pay by the due date"
                + " above.", 9);
        doc.line(50, "Bank: AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D. Please quote the invoice number.", 8);
        doc.line(50, "Thank you for your custom.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A US vendor's invoice to the French company's US office: a "Remit To" lockbox address different from the
     * letterhead, "Sold To" and "Ship To", the customer PO and the ship date, "Terms: Net 15" (the due date written
     * or not), freight, no sales tax (resale certificate) or a state rate, "Amount Due (USD)".
     */
    static Truth usRemitTo(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Great Lakes Packaging Co.", "Lone Star Shipping Supplies, Inc.",
            "Midwest Pack & Ship LLC"});
        String customer = pick(r, new String[] {"Maison Vermeil USA Inc.", "Technilum Americas LLC",
            "Caradec Design Inc.", "Fromageries du Jura North America"});
        LocalDate issue = day(r);
        boolean writtenDue = r.nextBoolean();
        int days = pick(r, new Integer[] {15, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(7_000_000 + r.nextInt(900_000));
        List<Item> items = BlindLayouts.items(r, new BlindLayouts.ItemShape(48, 250, 9_000, 3), new String[]
            {"Corrugated boxes 18x12x10", "Bubble mailers #4", "Packing tape 2in x 110yd", "Stretch film 18in",
                "Shipping labels 4x6 (roll)", "Nitrile gloves (case)", "Void fill paper (roll)"}, 2, 6,
                BigDecimal.ZERO);
        BigDecimal goods = sumOf(items);
        boolean taxed = r.nextBoolean();
        BigDecimal rate = taxed ? pick(r, new BigDecimal[] {pct("6.25"), pct("7"), pct("8.875")}) : BigDecimal.ZERO;
        BigDecimal tax = goods.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal freight = BigDecimal.valueOf(2_500 + r.nextInt(12_000), 2);
        BigDecimal total = goods.add(tax).add(freight);
        doc.size = org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER;
        doc.y = doc.size.getHeight() - 50;
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 14);
        doc.line(50, "1200 Industrial Pkwy, Toledo, OH 43612 - (419) 555-0142", 8);
        float top = doc.size.getHeight() - 50;
        doc.bold(400, top, "INVOICE", 18);
        doc.text(400, top - 22, "Invoice No.", 8);
        doc.right(right, top - 22, number, 9);
        doc.text(400, top - 34, "Invoice Date", 8);
        doc.right(right, top - 34, d(issue, "MM/dd/yyyy"), 9);
        doc.text(400, top - 46, "Customer PO", 8);
        doc.right(right, top - 46, "PO" + (10_000 + r.nextInt(89_999)), 9);
        doc.text(400, top - 58, "Ship Date", 8);
        doc.right(right, top - 58, d(issue.minusDays(r.nextInt(3)), "MM/dd/yyyy"), 9);
        doc.text(400, top - 70, "Terms", 8);
        doc.right(right, top - 70, "Net " + days, 9);
        if (writtenDue) {
            doc.text(400, top - 82, "Due Date", 8);
            doc.right(right, top - 82, d(due, "MM/dd/yyyy"), 9);
        }
        float y = top - 110;
        String street = pick(r, new String[] {"350 Fifth Avenue, Suite 4100", "1 Liberty Plaza, 9th Floor",
            "2100 Ross Ave, Suite 800"});
        String city = pick(r, new String[] {"New York, NY 10118", "Dallas, TX 75201", "Chicago, IL 60606"});
        doc.bold(50, y, "Sold To", 8);
        doc.text(50, y - 12, customer, 9);
        doc.text(50, y - 24, street, 9);
        doc.text(50, y - 36, city, 9);
        doc.bold(220, y, "Ship To", 8);
        doc.text(220, y - 12, customer + " - Receiving", 9);
        doc.text(220, y - 24, pick(r, new String[] {"4800 W 70th St Dock 3", "88 Commerce Dr"}), 9);
        doc.text(220, y - 36, pick(r, new String[] {"Chicago, IL 60638", "Edison, NJ 08837"}), 9);
        doc.bold(400, y, "Remit To", 8);
        doc.text(400, y - 12, seller, 9);
        doc.text(400, y - 24, "P.O. Box " + (70_000 + r.nextInt(9999)), 9);
        doc.text(400, y - 36, "Chicago, IL 60673-" + (1000 + r.nextInt(8999)), 9);
        doc.y = y - 70;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {"SKU-" + (10_000 + r.nextInt(89_999)), i.label(), i.qty().toPlainString(),
                en(i.unit()), en(i.amount())});
        }
        grid(doc, new float[] {50, 120, right - 150, right - 80, right},
                new boolean[] {false, false, true, true, true},
                new String[] {"Item", "Description", "Qty", "Unit Price", "Extended"}, rows, 9);
        totals(doc, new String[][] {{"Merchandise", en(goods)}, {taxed ? "Sales Tax " + rate.stripTrailingZeros()
            .toPlainString() + "%" : "Sales Tax (resale cert. on file)", en(tax)}, {"Freight", en(freight)},
            {"Amount Due (USD)", "$" + en(total)}}, 3, right - 210, right);
        doc.down(10);
        doc.line(50, "Please remit payment to the Remit To address or by ACH (routing 071000013, account"
                + " ending 4471).", 8);
        doc.line(50, "A finance charge of 1.5% per month will be applied to past-due balances.", 7);
        doc.right(right, 30, "Page 1 of 1", 7);
        return Truth.invoice(number, issue, due, total, "USD", customer);
    }
}
