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
 * A sixth blind set ({@code eval/invoices/blind6}): invoices as the invoicing software a small French company uses
 * in 2026 renders them (a header band, a deposit invoice over a detailed quote and the balance invoice deducting it,
 * a "Client :" block at left, a freelancer's day rate over a period, an info box with far-apart values, a partly
 * paid invoice with a reminder of an older one, a VAT recap table beside the totals); written without looking at
 * the reader.
 *
 * <p>Label conventions are those of the earlier sets: {@code total} is what this invoice costs the customer incl.
 * tax (the net where no VAT is charged; for a "facture d'acompte" the deposit's TTC); an amount already paid that
 * the document deducts (a deposit invoice, a payment) goes to {@code amountDue} as the rest; a due date given only as
 * terms is the one a person computes (N days from the issue date; "N jours fin de mois" is the end of the month in
 * which issue + N falls; "à réception" is the issue date).
 */
public final class BlindLayouts6 {

    private static final Map<String, BlindLayouts.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-saas-bandeau-emise-le-adressee-a", BlindLayouts6::headerBand);
        LAYOUTS.put("fr-acompte-sur-devis-detaille", BlindLayouts6::depositOverQuote);
        LAYOUTS.put("fr-solde-deduit-facture-acompte-fdm", BlindLayouts6::balanceAfterDepositInvoice);
        LAYOUTS.put("fr-client-gauche-numero-slash", BlindLayouts6::clientLeftSlashNumber);
        LAYOUTS.put("fr-freelance-tjm-periode-franchise", BlindLayouts6::freelanceDayRate);
        LAYOUTS.put("fr-info-box-valeurs-eloignees", BlindLayouts6::infoBox);
        LAYOUTS.put("fr-deja-paye-rappel-impaye", BlindLayouts6::partlyPaid);
        LAYOUTS.put("fr-recap-tva-taux-multiples", BlindLayouts6::vatRecap);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind6=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind6", 2026_12_07L, 2, "blind6");
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"SARL Boiseries Kermarrec", "Agence Cobalt Média",
        "Domaine des Trois Chênes", "Cabinet Sauvage Expertise", "SAS Optiflux", "Restaurant Le Comptoir d'Ambre",
        "Fromagerie Vallet", "Association Les Petits Pas", "Clinique du Sport Valmy", "Éditions Paprika",
        "Garage Morvan & Fils", "SCI Les Hauts de Gerland"};
    private static final String[] FR_STREETS = {"14 rue Victor Hugo", "3 place de la Halle", "72 avenue Foch",
        "9 impasse du Lavoir", "120 rue de la Croix-Rousse", "26 quai de Bacalan", "1 bis rue Pasteur"};
    private static final String[] FR_CITIES = {"69004 Lyon", "33300 Bordeaux", "44200 Nantes", "86000 Poitiers",
        "87000 Limoges", "80000 Amiens", "30000 Nîmes", "74000 Annecy", "56000 Vannes"};
    private static final String[] SERVICES = {"Refonte site vitrine", "Maintenance mensuelle", "Atelier stratégie"
        + " (demi-journée)", "Rédaction fiches produits", "Campagne réseaux sociaux", "Hébergement annuel",
        "Formation Excel avancé (jour)", "Shooting packshot", "Conseil en recrutement (heure)", "Audit accessibilité",
        "Développement API paiement", "Licence logiciel (12 mois)"};
    private static final String[] WORKS = {"Dépose ancienne cuisine", "Fourniture et pose plan de travail quartz",
        "Meubles bas chêne massif (ml)", "Électricité - mise aux normes", "Plomberie - raccordements",
        "Carrelage grès cérame (m²)", "Peinture finition satinée (m²)", "Terrassement et évacuation (m³)",
        "Liner armé 150/100e", "Margelles pierre reconstituée (ml)"};
    private static final String[] FOOD = {"Plateaux repas Prestige", "Café en grains 1 kg", "Jus de pomme bio 1 L",
        "Vin rouge AOP (bouteille)", "Mise en place et service (heure)", "Location vaisselle (lot)",
        "Pâtisseries assorties (pièce)", "Livraison sur site"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_FR_SHORT = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
        "août", "sept.", "oct.", "nov.", "déc."};

    private static final BlindLayouts.ItemShape SHAPE = new BlindLayouts.ItemShape(9, 1500, 85_000, 5);
    /** Works whose Total HT dwarfs the other amounts. */
    private static final BlindLayouts.ItemShape BIG = new BlindLayouts.ItemShape(35, 9000, 160_000, 3);

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return BlindLayouts.day(r, 345);
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

    private static String frSpace(BigDecimal a) {
        return BlindLayouts.frPlain(a);
    }

    private static String frDate(LocalDate date) {
        return BlindLayouts.frDate(date);
    }

    private static String frWords(LocalDate date) {
        return BlindLayouts.frWords(date);
    }

    /** "3 déc. 2026". */
    private static String frShort(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_FR_SHORT[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String frMonth(LocalDate date) {
        return MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static LocalDate endOfMonthAfter(LocalDate issue, int days) {
        LocalDate x = issue.plusDays(days);
        return x.withDayOfMonth(x.lengthOfMonth());
    }

    private static String rateText(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String siret(Random r) {
        return (300 + r.nextInt(600)) + " " + (100 + r.nextInt(900)) + " " + (100 + r.nextInt(900)) + " 000"
                + (10 + r.nextInt(90));
    }

    private static String tva(Random r) {
        return "FR" + (10 + r.nextInt(90)) + " " + (300 + r.nextInt(600)) + " " + (100 + r.nextInt(900)) + " "
                + (100 + r.nextInt(900));
    }

    private static String iban(Random r) {
        return String.format(Locale.ROOT, "FR76 %04d %04d %04d %04d %04d %03d", 1000 + r.nextInt(9000),
                r.nextInt(10000), r.nextInt(10000), r.nextInt(10000), r.nextInt(10000), r.nextInt(1000));
    }

    /** The legal late-payment lines, with their rates and the 40 € indemnity. */
    private static void penalties(Doc doc, Random r, float x, float pt) {
        String rate = pick(r, new String[] {"12,15 %", "11,90 %", "10 %", "3 fois le taux d'intérêt légal"});
        doc.line(x, "Pénalités de retard : " + rate + " ; indemnité forfaitaire pour frais de recouvrement : 40 €"
                + " (art. L441-10 du Code de commerce).", pt);
        doc.line(x, "Pas d'escompte pour paiement anticipé.", pt);
    }

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

    /** Description, quantity, unit price, (VAT rate,) amount. */
    private static void table(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money) {
        float right = doc.width() - 50;
        List<String[]> rows = new ArrayList<>();
        boolean rate = heads.length == 5;
        for (Item i : items) {
            rows.add(rate ? new String[] {i.label(), i.qty().toPlainString(), money.apply(i.unit()),
                rateText(i.rate()) + " %", money.apply(i.amount())}
                    : new String[] {i.label(), i.qty().toPlainString(), money.apply(i.unit()), money.apply(i.amount())});
        }
        if (rate) {
            grid(doc, new float[] {50, right - 230, right - 150, right - 85, right},
                    new boolean[] {false, true, true, true, true}, heads, rows, 9);
        } else {
            grid(doc, new float[] {50, right - 210, right - 110, right}, new boolean[] {false, true, true, true},
                    heads, rows, 9);
        }
    }

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
        totals(doc, rows, boldFrom, doc.width() - 250, doc.width() - 50);
    }

    private static List<String[]> vatRows(Sums s, String suffix) {
        List<String[]> rows = new ArrayList<>();
        s.taxByRate().forEach((rate, tax) -> rows.add(new String[] {"TVA " + rateText(rate) + " %", fr(tax) + suffix}));
        return rows;
    }

    // --- layouts

    /**
     * An online invoicing tool: seller and "Facture FA-2026-0123" on one line, a band "Émise le 3 déc. 2026 •
     * Échéance le … • Paiement à N jours", the seller's block at left and "Adressée à" at right, the totals in a
     * bottom-right box beside the bank details, the legal mentions in the footer.
     */
    static Truth headerBand(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Studio Caméléon SAS", "Hexa Conseil SARL", "Les Ateliers Numériques SAS",
            "Verdure & Co SAS"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 45, 60});
        LocalDate due = issue.plusDays(days);
        String number = String.format(Locale.ROOT, "FA-%d-%04d", issue.getYear(), 1 + r.nextInt(400));
        List<Item> items = items(r, SERVICES, 2, 6, pct("20"), pct("20"), pct("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        String city = pick(r, FR_CITIES);
        doc.bold(50, h - 55, seller, 15);
        doc.rightBold(right, h - 55, "Facture " + number, 15);
        doc.text(50, h - 95, "Émise le " + frShort(issue) + "   \u2022   Échéance le " + frShort(due)
                + "   \u2022   Paiement à " + days + " jours", 9);
        float top = h - 135;
        doc.text(50, top, "De", 8);
        doc.bold(50, top - 12, seller, 10);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, city, 9);
        doc.text(50, top - 48, "SIRET " + siret(r), 8);
        doc.text(50, top - 59, "TVA intracom. " + tva(r), 8);
        doc.text(320, top, "Adressée à", 8);
        doc.bold(320, top - 12, customer, 10);
        doc.text(320, top - 24, pick(r, FR_STREETS), 9);
        doc.text(320, top - 36, pick(r, FR_CITIES), 9);
        doc.text(320, top - 48, "N° TVA " + tva(r), 8);
        doc.y = top - 90;
        doc.line(50, "Objet : " + pick(r, new String[] {"accompagnement digital", "prestations du mois de "
            + frMonth(issue.minusMonths(1)), "projet refonte 2026"}), 9);
        doc.down(8);
        table(doc, items, new String[] {"Description", "Qté", "Prix u. HT", "TVA", "Total HT"}, a -> fr(a) + " €");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HT", fr(s.net()) + " €"});
        rows.addAll(vatRows(s, " €"));
        rows.add(new String[] {"Total TTC", fr(s.gross()) + " €"});
        rows.add(new String[] {"Net à payer", fr(s.gross()) + " €"});
        doc.y = 290;
        float boxTop = doc.y;
        totals(doc, rows.toArray(new String[0][]), rows.size() - 1, 360, right);
        doc.text(50, boxTop, "Coordonnées bancaires", 8);
        doc.text(50, boxTop - 12, "IBAN " + iban(r), 8);
        doc.text(50, boxTop - 24, "BIC " + pick(r, new String[] {"QNTOFRP1XXX", "AGRIFRPP882", "CCBPFRPPNAN"}), 8);
        doc.text(50, boxTop - 36, "Référence à rappeler : " + number, 8);
        doc.y = 150;
        penalties(doc, r, 50, 7);
        doc.text(50, 40, seller + " - " + pick(r, FR_STREETS) + " " + city + " - capital 10 000 € - RCS "
                + city.substring(6), 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A "facture d'acompte" that first recalls the whole quote, line by line, with its Total HT, VAT and Total TTC
     * (far bigger than the deposit), then the deposit's HT, VAT and TTC; "Destinataire" at right; due on receipt or
     * by a limit date. The total is the deposit's TTC.
     */
    static Truth depositOverQuote(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Menuiserie Artisanale Roche", "Piscines Azur Provence SAS",
            "Agencements Kerlann SARL", "Cuisines Bastide & Fils"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate quoteDay = issue.minusDays(4 + r.nextInt(25));
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(pick(r, new Integer[] {8, 10, 15}));
        String number = String.format(Locale.ROOT, "FA-%d-%04d", issue.getYear(), 1 + r.nextInt(400));
        String quote = String.format(Locale.ROOT, "DE-%d-%04d", issue.getYear(), 1 + r.nextInt(300));
        BigDecimal rate = pick(r, new BigDecimal[] {pct("10"), pct("20")});
        List<Item> items = BlindLayouts.items(r, BIG, WORKS, 3, 6, rate);
        Sums q = Sums.of(items, BigDecimal.ZERO);
        int share = pick(r, new Integer[] {30, 40, 50});
        BigDecimal net = q.net().multiply(BigDecimal.valueOf(share)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(tax);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.bold(50, h - 55, seller, 14);
        doc.text(50, h - 68, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.text(50, h - 79, "SIRET " + siret(r) + " - TVA " + tva(r), 8);
        doc.rightBold(right, h - 55, "FACTURE D'ACOMPTE", 16);
        doc.right(right, h - 72, "N° " + number, 10);
        doc.right(right, h - 85, "Date : " + frDate(issue), 10);
        float top = h - 125;
        doc.text(330, top, "Destinataire", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 70;
        doc.lineBold(50, "Acompte de " + share + " % sur le devis n° " + quote + " du " + frDate(quoteDay), 11);
        doc.line(50, "Démarrage des travaux prévu le " + frWords(issue.plusDays(15 + r.nextInt(40))), 9);
        doc.down(8);
        doc.lineBold(50, "Rappel du devis", 9);
        doc.down(2);
        table(doc, items, new String[] {"Désignation", "Qté", "P.U. HT", "Total HT"}, BlindLayouts6::fr);
        totals(doc, new String[][] {{"Total HT du devis", fr(q.net()) + " €"},
            {"TVA " + rateText(rate) + " %", fr(q.tax()) + " €"}, {"Total TTC du devis", fr(q.gross()) + " €"}}, 9);
        doc.down(12);
        doc.lineBold(50, "Détail de l'acompte", 9);
        doc.down(2);
        totals(doc, new String[][] {{"Acompte " + share + " % HT", fr(net) + " €"},
            {"TVA " + rateText(rate) + " %", fr(tax) + " €"}, {"Total TTC", fr(gross) + " €"},
            {"Net à payer", fr(gross) + " €"}}, 3);
        doc.down(8);
        doc.line(50, onReceipt ? "Conditions de règlement : à réception de facture."
                : "Date limite de paiement : " + frDate(due), 9);
        doc.line(50, "Règlement par virement - IBAN " + iban(r), 8);
        penalties(doc, r, 50, 7);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * The balance invoice after a deposit invoice: both numbered FA-2026-…, the works and a bottom-right box "Total
     * HT / TVA / Total TTC / Facture d'acompte FA-… du … / Net à payer"; the due date only as "Conditions : N jours
     * fin de mois"; the works' period as distractor dates; the customer unlabelled at right.
     */
    static Truth balanceAfterDepositInvoice(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Rénovation Lambert SAS", "Piscines Azur Provence SAS",
            "Agencements Kerlann SARL", "Ossature Bois Durand"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {30, 45});
        LocalDate due = endOfMonthAfter(issue, days);
        int seq = 60 + r.nextInt(300);
        String number = String.format(Locale.ROOT, "FA-%d-%04d", issue.getYear(), seq);
        String depositNumber = String.format(Locale.ROOT, "FA-%d-%04d", issue.getYear(), seq - 10 - r.nextInt(50));
        LocalDate depositDay = issue.minusDays(30 + r.nextInt(60));
        BigDecimal rate = pick(r, new BigDecimal[] {pct("10"), pct("20")});
        List<Item> items = BlindLayouts.items(r, BIG, WORKS, 3, 7, rate);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        int share = pick(r, new Integer[] {30, 40});
        BigDecimal deposit = s.gross().multiply(BigDecimal.valueOf(share)).movePointLeft(2).setScale(2,
                RoundingMode.HALF_UP);
        BigDecimal rest = s.gross().subtract(deposit);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.bold(50, h - 55, seller, 16);
        doc.text(50, h - 70, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.text(50, h - 81, "SIRET " + siret(r) + " - TVA intracommunautaire " + tva(r), 8);
        float top = h - 120;
        doc.bold(50, top, "Facture de solde", 16);
        doc.text(50, top - 18, "N° " + number, 10);
        doc.text(50, top - 31, "Date : " + frDate(issue), 10);
        doc.text(50, top - 44, "Chantier : " + pick(r, FR_STREETS), 9);
        doc.text(50, top - 56, "Travaux réalisés du " + frDate(issue.minusDays(40 + r.nextInt(20))) + " au "
                + frDate(issue.minusDays(2 + r.nextInt(6))), 9);
        doc.bold(330, top, customer, 10);
        doc.text(330, top - 12, "M. ou Mme " + pick(r, new String[] {"Perrin", "Le Bihan", "Garcia", "Moulin"}), 9);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 85;
        table(doc, items, new String[] {"Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"}, BlindLayouts6::fr);
        doc.y = Math.min(doc.y, 300);
        float box = doc.y;
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA " + rateText(rate) + " %",
            fr(s.tax()) + " €"}, {"Total TTC", fr(s.gross()) + " €"},
            {"Facture d'acompte " + depositNumber + " du " + frDate(depositDay), "- " + fr(deposit) + " €"},
            {"Net à payer", fr(rest) + " €"}}, 4, 250, right);
        doc.text(50, box, "Conditions : " + days + " jours fin de mois", 9);
        doc.text(50, box - 13, "Mode de paiement : virement", 9);
        doc.text(50, box - 26, "IBAN " + iban(r), 8);
        doc.y = box - 90;
        penalties(doc, r, 50, 7);
        doc.line(50, "Assurance décennale n° " + (100_000 + r.nextInt(900_000)) + " - Garantie de parfait achèvement"
                + " d'un an à compter de la réception.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    /**
     * A free online tool's plain invoice: the seller at top right, "Client :" at left under the title, the number
     * "F2026/12/004", "Date :", a delivery date and "Date limite de paiement", "Montant à régler".
     */
    static Truth clientLeftSlashNumber(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Électricité Blanchard SARL", "Nettoyage Éclat Services",
            "Paysages Morel EURL", "Imprimerie Tanguy"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate delivery = issue.minusDays(1 + r.nextInt(12));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {15, 30}));
        String number = String.format(Locale.ROOT, "F%d/%02d/%03d", issue.getYear(), issue.getMonthValue(),
                1 + r.nextInt(40));
        List<Item> items = items(r, SERVICES, 1, 5, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.rightBold(right, h - 55, seller, 12);
        doc.right(right, h - 68, pick(r, FR_STREETS), 9);
        doc.right(right, h - 80, pick(r, FR_CITIES), 9);
        doc.right(right, h - 92, "Tél. 0" + (1 + r.nextInt(5)) + " " + (10 + r.nextInt(89)) + " "
                + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)), 9);
        doc.y = h - 130;
        doc.lineBold(50, "Facture " + number, 18);
        doc.down(6);
        doc.line(50, "Date : " + frDate(issue), 10);
        doc.line(50, "Date de livraison : " + frDate(delivery), 10);
        doc.line(50, "Date limite de paiement : " + frDate(due), 10);
        doc.down(10);
        doc.lineBold(50, "Client :", 10);
        doc.line(50, customer, 10);
        doc.line(50, pick(r, FR_STREETS), 10);
        doc.line(50, pick(r, FR_CITIES), 10);
        doc.down(16);
        table(doc, items, new String[] {"Désignation", "Quantité", "Prix unitaire HT", "Total HT"},
                a -> frSpace(a) + " €");
        totals(doc, new String[][] {{"Total HT", frSpace(s.net()) + " €"}, {"TVA 20 %", frSpace(s.tax()) + " €"},
            {"Total TTC", frSpace(s.gross()) + " €"}}, 2);
        doc.down(6);
        doc.lineBold(50, "Montant à régler : " + frSpace(s.gross()) + " €", 11);
        doc.down(6);
        doc.line(50, "Règlement par chèque à l'ordre de " + seller + " ou par virement : " + iban(r), 8);
        penalties(doc, r, 50, 7);
        doc.text(50, 40, seller + " - SIRET " + siret(r) + " - TVA intracommunautaire " + tva(r), 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A freelancer in the VAT franchise billing days worked at a day rate over last month ("Période : du 1er au 30
     * novembre 2026"), an on-call line, expenses re-billed; the date in words; terms or a due date. Total is the net.
     */
    static Truth freelanceDayRate(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Mathilde Perrot EI", "Karim Haddad - Développeur freelance",
            "Chloé Fontaine EI", "Arthur Lemoine Conseil"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = LocalDate.of(2026, 2 + r.nextInt(11), 1 + r.nextInt(8));
        LocalDate month = issue.minusMonths(1);
        boolean terms = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%d-%03d", issue.getYear(), 5 + r.nextInt(90));
        BigDecimal rateDay = BigDecimal.valueOf(350 + 25 * r.nextInt(17)).setScale(2);
        BigDecimal daysWorked = BigDecimal.valueOf(10 + r.nextInt(30), 0).divide(BigDecimal.valueOf(2)).setScale(1,
                RoundingMode.UNNECESSARY);
        List<Item> lines = new ArrayList<>();
        lines.add(new Item(pick(r, new String[] {"Développement front-end", "Direction artistique",
            "Accompagnement produit", "Data analyse"}) + " - " + frMonth(month), daysWorked, rateDay, BigDecimal.ZERO));
        if (r.nextBoolean()) {
            lines.add(new Item("Astreinte week-end (forfait)", BigDecimal.valueOf(1 + r.nextInt(2)),
                    new BigDecimal("150.00"), BigDecimal.ZERO));
        }
        if (r.nextBoolean()) {
            lines.add(new Item("Frais de déplacement refacturés au réel", BigDecimal.ONE,
                    BigDecimal.valueOf(4000 + r.nextInt(26000), 2), BigDecimal.ZERO));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Item i : lines) {
            total = total.add(i.amount());
        }
        String city = pick(r, FR_CITIES);
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + city, 9);
        doc.line(50, "SIRET " + siret(r) + " - Code APE 6201Z", 8);
        doc.down(20);
        doc.text(330, doc.y, "Client", 8);
        doc.bold(330, doc.y - 12, customer, 10);
        doc.text(330, doc.y - 24, pick(r, FR_STREETS), 9);
        doc.text(330, doc.y - 36, pick(r, FR_CITIES), 9);
        doc.text(330, doc.y - 48, "SIRET " + siret(r), 8);
        doc.lineBold(50, "FACTURE", 18);
        doc.line(50, "N° " + number, 10);
        doc.line(50, "Date : " + frWords(issue), 10);
        doc.down(30);
        doc.line(50, "Période : du 1er au " + month.lengthOfMonth() + " " + frMonth(month), 9);
        doc.line(50, "Bon de commande n° PO-" + (40_000 + r.nextInt(9999)) + " - Contrat cadre du "
                + frDate(issue.minusDays(150 + r.nextInt(100))), 9);
        doc.down(8);
        table(doc, lines, new String[] {"Description", "Jours / Qté", "Prix unitaire", "Montant"},
                a -> fr(a) + " €");
        totals(doc, new String[][] {{"Total HT", fr(total) + " €"}, {"TVA", "0,00 €"},
            {"Total à payer", fr(total) + " €"}}, 2);
        doc.down(6);
        doc.line(50, "TVA non applicable, art. 293 B du CGI", 9);
        doc.line(50, terms ? "Paiement à 30 jours à compter de la date de facture."
                : "Échéance : " + frDate(due), 9);
        doc.line(50, "IBAN " + iban(r), 8);
        penalties(doc, r, 50, 7);
        doc.down(10);
        doc.line(330, "Fait à " + city.substring(6) + ", le " + frWords(issue), 9);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /**
     * An invoicing app of Nordic origin: the customer unlabelled in the address window at left, "FACTURE" at right
     * over an info box whose labels and values sit 200 points apart (number, date dd.MM.yyyy, terms in days, due
     * date, references, late interest), a unit column, "Montant à payer" with "EUR" after, a three-column footer.
     */
    static Truth infoBox(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Atelier Fjord Design", "Lindqvist Traduction SARL", "Nordvent Conseil",
            "Studio Aalto Photo"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {7, 14, 21, 30});
        LocalDate due = issue.plusDays(days);
        String number = String.valueOf(100 + r.nextInt(400));
        List<Item> items = items(r, SERVICES, 2, 5, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.bold(50, h - 55, seller, 13);
        doc.rightBold(right, h - 55, "FACTURE", 18);
        doc.bold(50, h - 140, customer, 10);
        doc.text(50, h - 152, "À l'attention de " + pick(r, new String[] {"Mme Caradec", "M. Vidal",
            "la comptabilité"}), 9);
        doc.text(50, h - 164, pick(r, FR_STREETS), 9);
        doc.text(50, h - 176, pick(r, FR_CITIES), 9);
        String[][] info = {{"Numéro de facture", number}, {"Date de la facture", d(issue)},
            {"Délai de paiement", days + " jours"}, {"Date d'échéance", d(due)},
            {"Référence client", "C-" + (1000 + r.nextInt(9000))},
            {"Votre référence", pick(r, new String[] {"Cde " + (2000 + r.nextInt(999)), "Mme Caradec", "Projet Orion"})},
            {"Intérêts de retard", pick(r, new String[] {"10,00 %", "12,15 %", "8,00 %"})},
            {"Référence de paiement", "RF" + (10 + r.nextInt(89)) + " " + (1000 + r.nextInt(9000)) + " " + number}};
        float y = h - 95;
        for (String[] row : info) {
            doc.text(320, y, row[0], 9);
            doc.right(right, y, row[1], 9);
            y -= 13;
        }
        doc.y = Math.min(y, h - 200) - 20;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), pick(r, new String[] {"h", "j", "pce", "forf."}),
                fr(i.unit()), "20 %", fr(i.amount())});
        }
        grid(doc, new float[] {50, right - 280, right - 270, right - 150, right - 90, right},
                new boolean[] {false, true, false, true, true, true},
                new String[] {"Description", "Qté", "Unité", "Prix unit. HT", "TVA", "Total HT"}, rows, 9);
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"TVA 20 %", fr(s.tax())}, {"Total TTC", fr(s.gross())},
            {"Montant à payer", fr(s.gross()) + " EUR"}}, 3);
        doc.text(50, 78, seller, 7);
        doc.text(50, 69, pick(r, FR_STREETS), 7);
        doc.text(50, 60, pick(r, FR_CITIES), 7);
        doc.text(230, 78, "SIRET " + siret(r), 7);
        doc.text(230, 69, "TVA " + tva(r), 7);
        doc.text(230, 60, "contact@" + seller.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").substring(0, 6)
                + ".fr", 7);
        doc.text(400, 78, "IBAN " + iban(r).substring(0, 19), 7);
        doc.text(400, 69, "BIC " + pick(r, new String[] {"CMCIFR2A", "SOGEFRPP", "BNPAFRPP"}), 7);
        doc.text(400, 60, "Indemnité de recouvrement 40 €", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    private static String d(LocalDate date) {
        return BlindLayouts.d(date, "dd.MM.yyyy", Locale.ROOT);
    }

    /**
     * A mobile app's invoice, partly paid or not: a band "Date d'émission / Date d'échéance", "Facturé à", "Déjà
     * payé (virement du …)" and "Reste à payer" under the Total TTC, and a reminder that an older invoice of another
     * amount is still unpaid.
     */
    static Truth partlyPaid(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Léna Marchetti Céramiste", "Théo Rigal Multiservices",
            "Sophie Brun Coaching", "Aurélien Petit Vidéo"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {10, 30}));
        String number = String.format(Locale.ROOT, "%d-%02d-%03d", issue.getYear(), issue.getMonthValue(),
                1 + r.nextInt(30));
        List<Item> items = items(r, SERVICES, 1, 4, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        boolean paid = r.nextInt(3) > 0;
        BigDecimal already = s.gross().multiply(pct("0.5")).setScale(0, RoundingMode.DOWN).setScale(2);
        BigDecimal rest = s.gross().subtract(already);
        boolean reminder = r.nextBoolean();
        LocalDate older = issue.minusDays(35 + r.nextInt(30));
        BigDecimal olderAmount = BigDecimal.valueOf(15_000 + r.nextInt(90_000), 2);
        doc.lineBold(50, seller, 14);
        doc.line(50, "Entrepreneur individuel - " + pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + siret(r) + " - TVA " + tva(r), 8);
        doc.down(18);
        doc.lineBold(50, "Facture n° " + number, 16);
        doc.down(4);
        float y = doc.y;
        doc.text(50, y, "Date d'émission : " + frDate(issue), 9);
        doc.text(250, y, "Date d'échéance : " + frDate(due), 9);
        doc.down(30);
        doc.line(50, "Facturé à", 8);
        doc.lineBold(50, customer, 10);
        doc.line(50, pick(r, FR_STREETS), 9);
        doc.line(50, pick(r, FR_CITIES), 9);
        doc.down(14);
        table(doc, items, new String[] {"Prestation", "Qté", "Prix HT", "Total HT"}, a -> fr(a) + " €");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total HT", fr(s.net()) + " €"});
        rows.add(new String[] {"TVA 20 %", fr(s.tax()) + " €"});
        rows.add(new String[] {"Total TTC", fr(s.gross()) + " €"});
        if (paid) {
            rows.add(new String[] {"Déjà payé (virement du " + frDate(issue.minusDays(3 + r.nextInt(20))) + ")",
                "- " + fr(already) + " €"});
            rows.add(new String[] {"Reste à payer", fr(rest) + " €"});
        }
        totals(doc, rows.toArray(new String[0][]), paid ? 4 : 2);
        doc.down(8);
        if (reminder) {
            doc.line(50, "Pour rappel, la facture n° " + older.getYear() + "-" + String.format(Locale.ROOT, "%02d",
                    older.getMonthValue()) + "-0" + (10 + r.nextInt(20)) + " du " + frDate(older) + " d'un montant de "
                    + fr(olderAmount) + " € reste impayée à ce jour.", 8);
        }
        doc.line(50, "Paiement par virement : " + iban(r), 8);
        penalties(doc, r, 50, 7);
        Truth t = Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
        return paid ? t.withAmountDue(rest) : t;
    }

    /**
     * A caterer's or grocer's invoice from an accounting app: three VAT rates, a recap table "Taux / Base HT / TVA /
     * TTC" at bottom left beside a totals box at right, an execution date and a delivery note, the due date written
     * or as "N jours fin de mois".
     */
    static Truth vatRecap(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Traiteur Les Saveurs d'Antoine", "Épicerie Fine Maison Roux",
            "La Table de Margaux SAS"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean terms = r.nextBoolean();
        int days = pick(r, new Integer[] {30, 45});
        LocalDate due = terms ? endOfMonthAfter(issue, days) : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "F-%d-%03d", issue.getYear(), 1 + r.nextInt(500));
        List<Item> items = items(r, FOOD, 3, 7, pct("5.5"), pct("10"), pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float h = doc.size.getHeight();
        float right = doc.width() - 50;
        doc.bold(50, h - 55, seller, 14);
        doc.text(50, h - 68, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.text(50, h - 79, "SIRET " + siret(r) + " - TVA intracom. " + tva(r), 8);
        doc.bold(330, h - 110, "Client", 8);
        doc.bold(330, h - 122, customer, 10);
        doc.text(330, h - 134, pick(r, FR_STREETS), 9);
        doc.text(330, h - 146, pick(r, FR_CITIES), 9);
        doc.y = h - 110;
        doc.lineBold(50, "FACTURE N° " + number, 13);
        doc.line(50, "Date : " + frDate(issue), 9);
        doc.line(50, "Date d'exécution : " + frDate(issue.minusDays(r.nextInt(6))), 9);
        doc.line(50, "Bon de livraison : BL-" + (3000 + r.nextInt(6000)), 9);
        if (!terms) {
            doc.line(50, "Date d'échéance : " + frDate(due), 9);
        }
        doc.y = h - 185;
        table(doc, items, new String[] {"Article", "Qté", "P.U. HT", "TVA", "Montant HT"}, BlindLayouts6::fr);
        doc.y = Math.min(doc.y, 320);
        float top = doc.y;
        List<String[]> recap = new ArrayList<>();
        for (var e : s.taxByRate().entrySet()) {
            BigDecimal base = BigDecimal.ZERO;
            for (Item i : items) {
                if (i.rate().compareTo(e.getKey()) == 0) {
                    base = base.add(i.amount());
                }
            }
            recap.add(new String[] {rateText(e.getKey()) + " %", fr(base), fr(e.getValue()), fr(base.add(e.getValue()))});
        }
        grid(doc, new float[] {50, 140, 200, 270}, new boolean[] {false, true, true, true},
                new String[] {"Taux", "Base HT", "TVA", "TTC"}, recap, 8);
        float after = doc.y;
        doc.y = top;
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"Total TVA", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"}}, 2, 360, right);
        doc.y = Math.min(after, doc.y) - 10;
        if (terms) {
            doc.line(50, "Conditions de paiement : " + days + " jours fin de mois", 9);
        }
        doc.line(50, "Règlement par virement - IBAN " + iban(r), 8);
        penalties(doc, r, 50, 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }
}
