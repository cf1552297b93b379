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
 * A fourth blind set ({@code eval/invoices/blind4}): the invoices a small French company sends and receives in 2026
 * as the common tools render them (invoicing software, ERPs, word-processor and spreadsheet templates), the public
 * sector, trades and professions (building works, lawyers, doctors, hauliers, hotels), corrective invoices, and
 * suppliers writing in Spanish, Italian and Portuguese; in layouts none of the earlier sets uses, written without
 * looking at the reader.
 *
 * <p>Label conventions are those of the earlier sets: {@code total} is what this invoice costs the customer incl.
 * tax (the net where no VAT is charged); an amount already paid or held back that the document deducts (deposit,
 * provision, progress payment, retention) goes to {@code amountDue} as the rest; a due date given only as terms is
 * the one a person computes (N days from the issue date; "N jours fin de mois" is the end of the month in which
 * issue + N falls; "à réception" is the issue date).
 */
public final class BlindLayouts4 {

    private static final Map<String, BlindLayouts.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-btp-situation-retenue", BlindLayouts4::btpSituation);
        LAYOUTS.put("fr-avocat-honoraires-provision", BlindLayouts4::lawyerFees);
        LAYOUTS.put("fr-public-engagement-chorus", BlindLayouts4::publicSector);
        LAYOUTS.put("fr-transport-lettres-voiture", BlindLayouts4::haulier);
        LAYOUTS.put("fr-facture-rectificative", BlindLayouts4::corrective);
        LAYOUTS.put("fr-word-arretee-en-lettres", BlindLayouts4::wordTemplate);
        LAYOUTS.put("fr-erp-wrapped-lines-2-pages", BlindLayouts4::wrappedTwoPages);
        LAYOUTS.put("es-factura-iva", BlindLayouts4::spanishFactura);
        LAYOUTS.put("fr-saas-summary-card", BlindLayouts4::saasCard);
        LAYOUTS.put("fr-selarl-medical-exoneree", BlindLayouts4::medical);
        LAYOUTS.put("fr-excel-sheet-export", BlindLayouts4::spreadsheet);
        LAYOUTS.put("it-fattura-scadenze", BlindLayouts4::italianFattura);
        LAYOUTS.put("pt-fatura-atcud", BlindLayouts4::portugueseFatura);
        LAYOUTS.put("fr-gestion-commerciale-escompte", BlindLayouts4::rightHeaderDiscount);
        LAYOUTS.put("fr-hotel-compte-debiteur", BlindLayouts4::hotel);
        LAYOUTS.put("fr-sous-traitance-autoliquidation", BlindLayouts4::subcontractor);
    }

    /** Run: {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateBlind4=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind4", 2026_12_05L, 2, "blind4");
    }

    // --- vocabulary

    private static final String[] FR_CUSTOMERS = {"SAS Horizon Conseil", "Atelier Moreau", "Ébénisterie Kervella",
        "Cabinet Fabre-Lucas Expertise", "Boulangerie Au Pain Doré", "SARL Rives & Terroirs", "Agence Matin Calme",
        "Domaine de la Pierre Blanche", "Laboratoire Ophélia", "SCI Les Hauts de Chantenay", "Garage Pasquier Frères",
        "Studio Mirabelle"};
    private static final String[] FR_STREETS = {"14 rue Alsace-Lorraine", "3 impasse du Lavoir", "58 avenue Foch",
        "7 rue des Tanneurs", "120 route de Vannes", "25 quai Saint-Antoine", "9 place du Général de Gaulle"};
    private static final String[] FR_CITIES = {"44000 Nantes", "31000 Toulouse", "69007 Lyon", "35000 Rennes",
        "13100 Aix-en-Provence", "33800 Bordeaux", "59800 Lille", "86000 Poitiers", "80000 Amiens"};
    private static final String[] FR_WORK = {"Prestation de conseil (jour)", "Maintenance parc informatique",
        "Création de supports de communication", "Intervention technicien sur site", "Licence logicielle annuelle",
        "Formation des utilisateurs (demi-journée)", "Fourniture de consommables", "Frais de déplacement",
        "Mise à jour du site internet", "Nettoyage des locaux (mois)", "Audit de sécurité", "Reprographie A3 couleur",
        "Location de matériel (semaine)", "Rédaction de contenus"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static final BlindLayouts.ItemShape SHAPE = new BlindLayouts.ItemShape(9, 1800, 110_000, 5);

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return BlindLayouts.day(r, 356);
    }

    private static List<Item> items(Random r, String[] work, int min, int max, BigDecimal... rates) {
        return BlindLayouts.items(r, SHAPE, work, min, max, rates);
    }

    private static BigDecimal pct(String p) {
        return BlindLayouts.pct(p);
    }

    /** "1 250,00" with a no-break space. */
    private static String fr(BigDecimal a) {
        return BlindLayouts.fr(a);
    }

    /** "12 480,00" with a plain space, as a word processor types it. */
    private static String frSpace(BigDecimal a) {
        return BlindLayouts.frPlain(a);
    }

    /** "1.250,00". */
    private static String de(BigDecimal a) {
        return BlindLayouts.de(a);
    }

    /** "1250,00": a spreadsheet number with no grouping. */
    private static String bare(BigDecimal a) {
        return a.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
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

    /** "du 1er au 30 novembre 2026": the month before {@code date}. */
    private static String previousMonthPeriod(LocalDate date) {
        LocalDate end = date.withDayOfMonth(1).minusDays(1);
        return "du 1er au " + end.getDayOfMonth() + " " + MONTHS_FR[end.getMonthValue() - 1] + " " + end.getYear();
    }

    /** The end of the month in which {@code issue + days} falls ("45 jours fin de mois"). */
    private static LocalDate endOfMonthAfter(LocalDate issue, int days) {
        LocalDate x = issue.plusDays(days);
        return x.withDayOfMonth(x.lengthOfMonth());
    }

    private static String rateText(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static BigDecimal sumOf(List<Item> items) {
        BigDecimal s = BigDecimal.ZERO;
        for (Item i : items) {
            s = s.add(i.amount());
        }
        return s;
    }

    private static BigDecimal share(BigDecimal amount, String rate) {
        return amount.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
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

    /** The usual four columns: description, quantity, unit price, amount. */
    private static void simpleTable(Doc doc, List<Item> items, String[] heads, Function<BigDecimal, String> money) {
        float right = doc.width() - 50;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), money.apply(i.unit()), money.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 210, right - 110, right}, new boolean[] {false, true, true, true}, heads,
                rows, 9);
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

    /** Words of at most {@code width} characters a line. */
    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    // --- French numbers in words (traditional spelling: "quatre-vingts", "deux cents", "mille")

    private static final String[] SMALL = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final String[] TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

    static String frenchNumber(long n) {
        if (n == 0) {
            return "zéro";
        }
        List<String> parts = new ArrayList<>();
        if (n >= 1_000_000) {
            long m = n / 1_000_000;
            parts.add(m == 1 ? "un million" : below1000((int) m, false) + " millions");
            n %= 1_000_000;
        }
        if (n >= 1000) {
            long t = n / 1000;
            parts.add(t == 1 ? "mille" : below1000((int) t, true) + " mille");
            n %= 1000;
        }
        if (n > 0) {
            parts.add(below1000((int) n, false));
        }
        return String.join(" ", parts);
    }

    private static String below1000(int n, boolean beforeMille) {
        int h = n / 100;
        int rest = n % 100;
        String s = h == 0 ? "" : h == 1 ? "cent" : SMALL[h] + " cent" + (rest == 0 && !beforeMille ? "s" : "");
        if (rest > 0) {
            s = (s.isEmpty() ? "" : s + " ") + below100(rest, beforeMille);
        }
        return s;
    }

    private static String below100(int n, boolean beforeMille) {
        if (n < 17) {
            return SMALL[n];
        }
        if (n < 20) {
            return "dix-" + SMALL[n - 10];
        }
        int t = n / 10;
        int u = n % 10;
        if (t == 7) {
            return n == 71 ? "soixante et onze" : "soixante-" + below100(n - 60, false);
        }
        if (t == 8) {
            return u == 0 ? (beforeMille ? "quatre-vingt" : "quatre-vingts") : "quatre-vingt-" + SMALL[u];
        }
        if (t == 9) {
            return "quatre-vingt-" + below100(n - 80, false);
        }
        return u == 0 ? TENS[t] : u == 1 ? TENS[t] + " et un" : TENS[t] + "-" + SMALL[u];
    }

    /** "mille deux cent cinquante euros et quarante centimes". */
    static String frenchAmount(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        long euros = a.longValue();
        int cents = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String s = frenchNumber(euros) + (euros == 1 ? " euro" : euros % 1_000_000 == 0 && euros > 0
                ? " d'euros" : " euros");
        if (cents > 0) {
            s += " et " + frenchNumber(cents) + (cents == 1 ? " centime" : " centimes");
        }
        return s;
    }

    // --- layouts

    /**
     * A building contractor's progress invoice: "Situation de travaux n° 3", a table of lots with the contract amount,
     * the cumulative progress, the earlier situations and this one, VAT, then the 5 % retention held back and the net
     * to pay; the work period of last month, the contract date; terms "45 jours fin de mois" or a date.
     */
    static Truth btpSituation(Doc doc, Random r) {
        String seller = pick(r, new String[] {"SARL Bâti Rénov 44", "Maçonnerie Le Goff & Fils",
            "Entreprise Générale Ravel SAS"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int situation = 2 + r.nextInt(4);
        boolean endOfMonth = r.nextBoolean();
        LocalDate due = endOfMonth ? endOfMonthAfter(issue, 45) : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "F%d-%04d", issue.getYear(), 100 + r.nextInt(900));
        BigDecimal rate = pick(r, new BigDecimal[] {pct("10"), pct("20")});
        String[] lots = {"Lot 1 - Démolition, curage", "Lot 2 - Gros oeuvre, maçonnerie", "Lot 3 - Plâtrerie, isolation",
            "Lot 4 - Menuiseries extérieures", "Lot 5 - Électricité courants forts", "Lot 6 - Plomberie, sanitaires",
            "Lot 7 - Carrelage, faïence", "Lot 8 - Peinture, revêtements"};
        int count = 3 + r.nextInt(4);
        int first = r.nextInt(lots.length - count + 1);
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal cumul = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            BigDecimal lot = BigDecimal.valueOf(200_000 + r.nextInt(2_800_000), 2);
            int before = 10 * r.nextInt(Math.min(9, situation * 3));
            int now = Math.min(100, before + 10 * (1 + r.nextInt(4)));
            BigDecimal lotCumul = lot.multiply(BigDecimal.valueOf(now)).movePointLeft(2).setScale(2,
                    RoundingMode.HALF_UP);
            BigDecimal lotBefore = lot.multiply(BigDecimal.valueOf(before)).movePointLeft(2).setScale(2,
                    RoundingMode.HALF_UP);
            market = market.add(lot);
            cumul = cumul.add(lotCumul);
            previous = previous.add(lotBefore);
            rows.add(new String[] {lots[first + k], fr(lot), now + " %", fr(lotCumul), fr(lotBefore),
                fr(lotCumul.subtract(lotBefore))});
        }
        BigDecimal net = cumul.subtract(previous);
        BigDecimal tax = net.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(tax);
        BigDecimal retention = share(gross, "0.05");
        BigDecimal toPay = gross.subtract(retention);
        LocalDate contract = issue.minusDays(120 + r.nextInt(90));
        float right = doc.width() - 50;

        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + siret(r) + " - Qualibat RGE n° E-E" + (100_000 + r.nextInt(899_999)), 8);
        doc.line(50, "Assurance décennale SMABTP police n° " + (1_000_000 + r.nextInt(8_999_999)), 8);
        float top = doc.size.getHeight() - 125;
        doc.text(330, top, "Maître d'ouvrage", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 70;
        doc.lineBold(50, "SITUATION DE TRAVAUX N° " + situation, 14);
        doc.line(50, "Facture n° " + number + " du " + frDate(issue), 10);
        doc.line(50, "Chantier : " + pick(r, new String[] {"réhabilitation d'un local commercial",
            "extension d'un bâtiment d'activité", "rénovation de bureaux"}) + ", " + pick(r, FR_STREETS), 9);
        doc.line(50, "Marché de travaux signé le " + frDate(contract) + " - travaux exécutés "
                + previousMonthPeriod(issue), 9);
        doc.down(8);
        grid(doc, new float[] {50, 280, 320, 390, 465, right}, new boolean[] {false, true, true, true, true, true},
                new String[] {"Désignation", "Marché HT", "Avanc.", "Cumul HT", "Antérieur HT", "Situation HT"}, rows,
                8);
        totals(doc, new String[][] {{"Montant du marché HT", fr(market)},
            {"Cumul des travaux réalisés HT", fr(cumul)},
            {"À déduire : situations précédentes HT", "- " + fr(previous)},
            {"Montant de la situation n° " + situation + " HT", fr(net)},
            {"TVA " + rateText(rate) + " %", fr(tax)},
            {"Montant TTC de la situation", fr(gross)},
            {"Retenue de garantie 5 %", "- " + fr(retention)},
            {"Net à payer", fr(toPay) + " €"}}, 7, 290);
        doc.down(8);
        doc.line(50, "Retenue de garantie de 5 % (loi n° 71-584 du 16 juillet 1971), libérable un an après la"
                + " réception des travaux.", 8);
        if (rate.compareTo(pct("10")) == 0) {
            doc.line(50, "TVA au taux de 10 % - locaux achevés depuis plus de deux ans, attestation fournie.", 8);
        }
        doc.line(50, endOfMonth ? "Règlement : 45 jours fin de mois à compter de la date de la facture, par virement."
                : "Date d'échéance : " + frDate(due) + " - règlement par virement.", 9);
        doc.text(50, 40, seller + " - Pénalités de retard : 3 fois le taux d'intérêt légal - Indemnité de"
                + " recouvrement 40 €", 7);
        return Truth.invoice(number, issue, due, gross, "EUR", customer).withAmountDue(toPay);
    }

    /**
     * A lawyers' SELARL: a fee note with the fees and the disbursements (outside VAT) and the provision received
     * deducted, or a provision request invoice; the reference block at the right with labels far from their values,
     * the date in words after the city; payable on receipt, in 15 days, or by a date.
     */
    static Truth lawyerFees(Doc doc, Random r) {
        String seller = pick(r, new String[] {"SELARL Marchetti & Associés", "SELARL Vasseur Avocats",
            "Dumas-Renaud Avocats SELARL"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int terms = r.nextInt(3);
        LocalDate due = switch (terms) {
            case 0 -> issue;
            case 1 -> issue.plusDays(15);
            default -> issue.plusDays(30);
        };
        boolean request = r.nextInt(3) == 0;
        String number = String.format(Locale.ROOT, request ? "PROV-%d-%03d" : "NH%d-%04d", issue.getYear(),
                1 + r.nextInt(request ? 400 : 2000));
        String file = String.format(Locale.ROOT, "%02d/%04d", issue.getYear() % 100, 10 + r.nextInt(900));
        int where = r.nextInt(3);
        String city = new String[] {"Lyon", "Nantes", "Bordeaux"}[where];
        float right = doc.width() - 50;

        doc.lineBold(50, seller, 13);
        doc.line(50, "Avocats au Barreau de " + city + " - Toque " + (100 + r.nextInt(900)), 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + new String[] {"69002", "44000", "33000"}[where] + " " + city, 8);
        doc.line(50, "SELARL au capital de 10 000 € - RCS " + city + " " + (800 + r.nextInt(100)) + " 412 "
                + (100 + r.nextInt(900)) + " - TVA " + tvaNumber(r), 8);
        float top = doc.size.getHeight() - 130;
        doc.text(50, top, customer, 10);
        doc.text(50, top - 12, "À l'attention de la Direction", 9);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, pick(r, FR_CITIES), 9);
        String[][] refs = {{request ? "Facture de provision n°" : "Note d'honoraires n°", number},
            {"Dossier", file}, {"Avocat en charge", pick(r, new String[] {"Me Claire Vasseur",
                "Me Antoine Marchetti", "Me Julie Renaud"})}};
        String matter = "Affaire : " + customer + " c/ " + pick(r, new String[] {"SCI Bellevue", "Transports Guérin",
            "M. Lambert"});
        for (int k = 0; k < refs.length; k++) {
            doc.text(330, top - 13 * k, refs[k][0], 9);
            doc.right(right, top - 13 * k, refs[k][1], 9);
        }
        doc.right(right, top - 70, city + ", le " + frWords(issue), 10);
        doc.y = top - 105;
        doc.lineBold(50, request ? "DEMANDE DE PROVISION SUR HONORAIRES" : "NOTE D'HONORAIRES", 14);
        doc.line(50, matter, 9);
        doc.down(6);
        BigDecimal fees;
        BigDecimal disbursements = BigDecimal.ZERO;
        List<String[]> lines = new ArrayList<>();
        if (request) {
            fees = BigDecimal.valueOf(50 + r.nextInt(60)).multiply(BigDecimal.valueOf(50));
            lines.add(new String[] {"Provision sur honoraires - ouverture du dossier n° " + file, fr(fees)});
        } else {
            BigDecimal hours = BigDecimal.valueOf(20 + r.nextInt(120), 1);
            BigDecimal hourly = BigDecimal.valueOf(pick(r, new Integer[] {220, 250, 280, 300}));
            BigDecimal time = hours.multiply(hourly).setScale(2, RoundingMode.HALF_UP);
            BigDecimal fixed = BigDecimal.valueOf(300 + r.nextInt(1200));
            fees = time.add(fixed);
            lines.add(new String[] {"Honoraires : diligences accomplies " + previousMonthPeriod(issue) + " ("
                + hours.toPlainString().replace('.', ',') + " h x " + fr(hourly) + " € HT)", fr(time)});
            lines.add(new String[] {"Rédaction et dépôt de conclusions (forfait)", fr(fixed)});
            BigDecimal bailiff = BigDecimal.valueOf(4_000 + r.nextInt(12_000), 2);
            disbursements = new BigDecimal("13.00").add(bailiff);
        }
        for (String[] l : lines) {
            doc.text(50, doc.y, l[0], 9);
            doc.right(right, doc.y, l[1] + " €", 9);
            doc.down(13);
        }
        BigDecimal tax = share(fees, "0.20");
        BigDecimal feesGross = fees.add(tax);
        BigDecimal total = feesGross.add(disbursements);
        doc.down(6);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Total honoraires HT", fr(fees) + " €"});
        rows.add(new String[] {"TVA 20 %", fr(tax) + " €"});
        rows.add(new String[] {"Total honoraires TTC", fr(feesGross) + " €"});
        BigDecimal rest = total;
        if (!request) {
            rows.add(new String[] {"Débours (non soumis à TVA) : droit de plaidoirie 13,00 € et frais de"
                + " signification", fr(disbursements) + " €"});
            rows.add(new String[] {"Total de la note", fr(total) + " €"});
        }
        boolean provision = !request && r.nextInt(4) != 0;
        BigDecimal received = BigDecimal.ZERO;
        if (provision) {
            received = total.multiply(pick(r, new BigDecimal[] {pct("0.3"), pct("0.5"), pct("0.6")}))
                    .setScale(-2, RoundingMode.DOWN).setScale(2);
            rest = total.subtract(received);
            rows.add(new String[] {"Provision reçue le " + frDate(issue.minusDays(40 + r.nextInt(60))),
                "- " + fr(received) + " €"});
            rows.add(new String[] {"Solde restant dû", fr(rest) + " €"});
        } else {
            rows.add(new String[] {"Montant à régler TTC", fr(total) + " €"});
        }
        for (int k = 0; k < rows.size(); k++) {
            boolean last = k == rows.size() - 1;
            List<String> label = wrap(rows.get(k)[0], 70);
            for (int j = 0; j < label.size(); j++) {
                if (last) {
                    doc.bold(50, doc.y, label.get(j), 10);
                } else {
                    doc.text(50, doc.y, label.get(j), 9);
                }
                if (j == label.size() - 1) {
                    if (last) {
                        doc.rightBold(right, doc.y, rows.get(k)[1], 10);
                    } else {
                        doc.right(right, doc.y, rows.get(k)[1], 9);
                    }
                }
                doc.down(13);
            }
        }
        doc.down(10);
        doc.line(50, "TVA acquittée sur les encaissements.", 8);
        doc.line(50, switch (terms) {
            case 0 -> "Payable à réception de la présente note.";
            case 1 -> "Règlement sous 15 jours à compter de la date de la présente note.";
            default -> "À régler au plus tard le " + frWords(due) + ".";
        }, 9);
        doc.line(50, "Règlement par virement au compte CARPA ou au compte professionnel : IBAN FR76 1009 6180 5600"
                + " 0" + (1000 + r.nextInt(8999)) + " 4501 " + (100 + r.nextInt(900)), 8);
        doc.line(50, "En cas de contestation, le Bâtonnier de l'Ordre peut être saisi (art. 174 du décret du 27"
                + " novembre 1991).", 7);
        Truth t = Truth.invoice(number, issue, due, total, "EUR", customer);
        return provision ? t.withAmountDue(rest) : t;
    }

    /**
     * A supplier to a public body: the recipient and its "code service exécutant" at the left, the invoice's block at
     * the right with the legal commitment number, the order and contract numbers and a delivery date; the Chorus Pro
     * deposit date; the global payment delay of 30 days or a due date.
     */
    static Truth publicSector(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Bureautique Services Ouest SAS", "Espaces Verts Durand SARL",
            "Signalétique Atlantique SAS"});
        String customer = pick(r, new String[] {"Commune de Saint-Herblain", "Centre Hospitalier de Cholet",
            "Université de Tours", "Département de la Sarthe", "Communauté de communes du Pays de Retz"});
        LocalDate issue = day(r);
        boolean written = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "FA%02d%05d", issue.getYear() % 100, 1 + r.nextInt(20000));
        List<Item> items = items(r, FR_WORK, 2, 5, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS), 8);
        doc.line(50, pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + siret(r) + " - TVA " + tvaNumber(r), 8);
        float top = doc.size.getHeight() - 140;
        doc.text(50, top, "Destinataire", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, new String[] {"Direction des finances", "Direction des achats",
            "Service comptabilité fournisseurs"}), 9);
        doc.text(50, top - 36, "SIRET : 2" + (10 + r.nextInt(89)) + " " + (100 + r.nextInt(900)) + " "
                + (100 + r.nextInt(900)) + " 000" + (10 + r.nextInt(90)), 9);
        doc.text(50, top - 48, "Code service exécutant : " + pick(r, new String[] {"DFIN", "SE-ACHATS", "COMPTA01"}),
                9);
        doc.bold(330, doc.size.getHeight() - 50, "FACTURE", 18);
        String[][] info = {{"N° de facture", number}, {"Date de facture", frDate(issue)},
            {"N° d'engagement juridique", String.valueOf(4_500_000_000L + r.nextInt(99_999_999))},
            {"Bon de commande", "BC-" + issue.getYear() + "-" + (1000 + r.nextInt(9000))},
            {"Marché n°", (issue.getYear() - 1) + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(120))},
            {"Date de livraison", frDate(issue.minusDays(3 + r.nextInt(15)))}};
        for (int k = 0; k < info.length; k++) {
            doc.text(330, top - 13 * k, info[k][0], 9);
            doc.right(right, top - 13 * k, info[k][1], 9);
        }
        doc.y = top - 100;
        doc.line(50, "Objet : " + pick(r, new String[] {"exécution du bon de commande au titre de l'accord-cadre",
            "prestations de l'année en cours - marché à bons de commande"}), 9);
        doc.down(8);
        simpleTable(doc, items, new String[] {"Désignation", "Quantité", "Prix unitaire HT", "Montant HT"}, a -> fr(a));
        totals(doc, new String[][] {{"Montant HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
            {"Montant TTC", fr(s.gross()) + " €"}}, 2, 330);
        doc.down(10);
        doc.line(50, "Facture déposée sur Chorus Pro le " + frDate(issue.plusDays(1 + r.nextInt(3))) + ".", 9);
        doc.line(50, written ? "Date d'échéance : " + frDate(due) + " - paiement par mandat administratif."
                : "Délai global de paiement : 30 jours à compter de la date de la facture (art. R. 2192-10 du code"
                        + " de la commande publique).", 9);
        doc.line(50, "Intérêts moratoires au taux BCE majoré de 8 points et indemnité forfaitaire de 40 € en cas de"
                + " retard.", 7);
        doc.line(50, "Coordonnées bancaires : IBAN FR76 1380 7000 " + (1000 + r.nextInt(8999)) + " 2100 "
                + (1000 + r.nextInt(8999)) + " 215 - BIC CCBPFRPPNAN", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A haulier's monthly invoice: one line per consignment note with its date, number, route and weight, a fuel
     * surcharge, last month's period, the statutory 30 days from the invoice date or a due date.
     */
    static Truth haulier(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Transports Lemoine & Fils", "TRANSPORTS RAPIDES DU SUD-OUEST",
            "Messageries Bretonnes SAS"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean written = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "T%02d-%05d", issue.getYear() % 100, 100 + r.nextInt(90000));
        LocalDate periodEnd = issue.withDayOfMonth(1).minusDays(1);
        int count = 6 + r.nextInt(8);
        List<LocalDate> days = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            days.add(periodEnd.withDayOfMonth(1 + r.nextInt(periodEnd.getDayOfMonth())));
        }
        days.sort(null);
        String[] routes = {"Nantes > Rennes", "Nantes > Angers", "Saint-Nazaire > Cholet", "Nantes > Paris (Rungis)",
            "La Roche-sur-Yon > Nantes", "Vannes > Le Mans", "Nantes > Bordeaux"};
        List<String[]> rows = new ArrayList<>();
        BigDecimal freight = BigDecimal.ZERO;
        for (LocalDate when : days) {
            BigDecimal amount = BigDecimal.valueOf(8_500 + r.nextInt(140_000), 2);
            freight = freight.add(amount);
            rows.add(new String[] {d(when, "dd/MM/yyyy"), "LV " + (260_000 + r.nextInt(9999)), pick(r, routes),
                fr(BigDecimal.valueOf(150 + r.nextInt(23_000))).replace(",00", ""), fr(amount)});
        }
        String fuelRate = pick(r, new String[] {"3.2", "4.1", "2.7", "5.3"});
        BigDecimal fuel = freight.multiply(new BigDecimal(fuelRate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal net = freight.add(fuel);
        BigDecimal tax = share(net, "0.20");
        BigDecimal gross = net.add(tax);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, "ZA de la Lande - " + pick(r, FR_CITIES), 8);
        doc.line(50, "Licence communautaire n° 2026/52/000" + (1000 + r.nextInt(8999)) + " - SIRET " + siret(r), 8);
        float top = doc.size.getHeight() - 120;
        doc.text(330, top, "Client", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES), 9);
        doc.bold(50, top, "FACTURE DE TRANSPORT", 13);
        doc.text(50, top - 16, "N° " + number, 10);
        doc.text(50, top - 29, "Date : " + frDate(issue), 10);
        doc.text(50, top - 42, "Compte client : " + (41_100 + r.nextInt(800)), 9);
        doc.y = top - 75;
        doc.line(50, "Relevé des expéditions " + previousMonthPeriod(issue), 9);
        doc.down(4);
        grid(doc, new float[] {50, 115, 185, right - 100, right}, new boolean[] {false, false, false, true, true},
                new String[] {"Date", "Lettre de voiture", "Trajet", "Poids (kg)", "Montant HT"}, rows, 8);
        totals(doc, new String[][] {{"Total transport HT", fr(freight)},
            {"Indexation gazole " + fuelRate.replace('.', ',') + " %", fr(fuel)}, {"Total HT", fr(net)},
            {"TVA 20 %", fr(tax)}, {"Total TTC", fr(gross) + " €"}}, 4, 330);
        doc.down(10);
        doc.line(50, written ? "Échéance : " + frDate(due) + " - règlement par virement (LCR acceptée)."
                : "Paiement à 30 jours à compter de la date d'émission de la facture (art. L. 441-11 du code de"
                        + " commerce).", 9);
        doc.line(50, "Toute réserve sur les marchandises doit être confirmée par lettre recommandée sous 3 jours"
                + " (art. L. 133-3).", 7);
        doc.right(right, 30, "Page 1/1", 7);
        return Truth.invoice(number, issue, due, gross, "EUR", customer);
    }

    /**
     * A corrective invoice: it cancels and replaces an earlier invoice whose number, date and amount it gives, names
     * the credit note that cancelled it, and keeps the earlier due date; the invoice block at the right, the client
     * at the left.
     */
    static Truth corrective(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Imprimerie Launay SARL", "Axe Informatique SAS",
            "Fournitures Techniques Morvan"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate original = issue.minusDays(5 + r.nextInt(20));
        LocalDate due = original.plusDays(45);
        String number = String.format(Locale.ROOT, "F%d-%04d", issue.getYear(), 300 + r.nextInt(600));
        String originalNumber = String.format(Locale.ROOT, "F%d-%04d", original.getYear(), 100 + r.nextInt(200));
        String credit = String.format(Locale.ROOT, "AV%d-%03d", issue.getYear(), 1 + r.nextInt(80));
        List<Item> items = items(r, FR_WORK, 1, 4, pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal wrong = s.gross().multiply(pick(r, new BigDecimal[] {pct("1.15"), pct("1.3"), pct("0.85")}))
                .setScale(2, RoundingMode.HALF_UP);
        String reason = pick(r, new String[] {"erreur sur le prix unitaire", "erreur de quantité facturée",
            "mauvais taux de remise appliqué"});
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SAS au capital de 40 000 € - SIRET " + siret(r), 8);
        float top = doc.size.getHeight() - 120;
        doc.text(50, top, "Facturé à", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, pick(r, FR_CITIES), 9);
        doc.rightBold(right, top + 10, "FACTURE RECTIFICATIVE", 14);
        String[][] info = {{"Numéro", number}, {"Date", frDate(issue)}, {"Échéance", frDate(due)},
            {"Réf. client", "CL" + (100 + r.nextInt(900))}};
        for (int k = 0; k < info.length; k++) {
            doc.text(360, top - 10 - 13 * k, info[k][0], 9);
            doc.right(right, top - 10 - 13 * k, info[k][1], 9);
        }
        doc.y = top - 80;
        doc.line(50, "Cette facture annule et remplace la facture n° " + originalNumber + " du " + frDate(original)
                + " d'un montant de " + fr(wrong) + " € TTC,", 9);
        doc.line(50, "intégralement annulée par l'avoir n° " + credit + " du " + frDate(issue) + ". Motif : " + reason
                + ".", 9);
        doc.down(10);
        simpleTable(doc, items, new String[] {"Désignation", "Qté", "P.U. HT", "Montant HT"}, a -> fr(a));
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " €"}, {"TVA 20 %", fr(s.tax()) + " €"},
            {"Total TTC", fr(s.gross()) + " €"}}, 2, 330);
        doc.down(10);
        doc.line(50, "L'échéance de la facture initiale est maintenue : règlement au plus tard le " + frDate(due) + ".",
                9);
        doc.line(50, "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.",
                7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A word-processor template: serif font, the invoice's title, number and date in words in the right column, the
     * client under "DOIT" at the left, amounts with plain spaces ("12 480,00 €"), the total in words ("Arrêtée la
     * présente facture à la somme de …"); a sole trader without VAT (art. 293 B) or a company with VAT; payable on
     * receipt or in 30 days.
     */
    static Truth wordTemplate(Doc doc, Random r) {
        doc.regular = Standard14Fonts.FontName.TIMES_ROMAN;
        doc.bold = Standard14Fonts.FontName.TIMES_BOLD;
        boolean sole = r.nextBoolean();
        String seller = sole ? pick(r, new String[] {"Marc Ollivier - Conseil et formation",
            "Sophie Delorme, services aux entreprises", "Yann Le Bihan Multiservices"}) : pick(r, new String[] {"SARL Ateliers du Vieux Port",
                "Courtois Paysage SARL", "Éditions Pontavice"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%d-%02d", issue.getYear(), 1 + r.nextInt(60));
        List<Item> items = items(r, FR_WORK, 1, 4, sole ? BigDecimal.ZERO : pct("20"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal total = sole ? s.net() : s.gross();
        String city = pick(r, new String[] {"Marseille", "Quimper", "Annecy", "Rouen"});
        doc.lineBold(50, seller, 14);
        doc.line(50, pick(r, FR_STREETS), 10);
        doc.line(50, pick(r, FR_CITIES), 10);
        doc.line(50, "Tél. : 06 " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89))
                + " " + (10 + r.nextInt(89)), 10);
        doc.line(50, "SIRET : " + siret(r), 10);
        float top = doc.size.getHeight() - 60;
        doc.bold(360, top, "FACTURE", 22);
        doc.text(360, top - 24, "N° " + number, 11);
        doc.text(360, top - 38, "Date : " + frWords(issue), 11);
        doc.y = doc.size.getHeight() - 190;
        doc.lineBold(50, "DOIT :", 11);
        doc.line(50, customer, 11);
        doc.line(50, pick(r, FR_STREETS), 11);
        doc.line(50, pick(r, FR_CITIES), 11);
        doc.down(20);
        simpleTable(doc, items, new String[] {"Désignation", "Quantité", sole ? "Prix unitaire" : "Prix unitaire HT",
            sole ? "Montant" : "Montant HT"}, a -> frSpace(a) + " €");
        if (sole) {
            totals(doc, new String[][] {{"TOTAL", frSpace(total) + " €"}}, 0, 340);
        } else {
            totals(doc, new String[][] {{"Total HT", frSpace(s.net()) + " €"}, {"TVA 20 %", frSpace(s.tax()) + " €"},
                {"TOTAL TTC", frSpace(total) + " €"}}, 2, 340);
        }
        doc.down(14);
        for (String l : wrap("Arrêtée la présente facture à la somme de " + frenchAmount(total)
                + (sole ? "." : " toutes taxes comprises."), 95)) {
            doc.line(50, l, 11);
        }
        doc.down(8);
        if (sole) {
            doc.line(50, "TVA non applicable, art. 293 B du CGI.", 10);
        }
        doc.line(50, onReceipt ? "Conditions de règlement : payable à réception de la facture."
                : "Conditions de règlement : à 30 jours date de facture, par chèque ou virement.", 10);
        doc.line(50, "Pas d'escompte pour paiement anticipé.", 9);
        doc.down(20);
        doc.line(340, "Fait à " + city + ", le " + frWords(issue), 11);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    /**
     * An ERP's long invoice: item lines with a reference and a second line of detail, running onto page two with the
     * heading repeated (no carried subtotal), a VAT recap by rate and totals without a currency sign on page two, a
     * delivery date and an order date in the heading; terms "45 jours fin de mois" or a due date, on page two only.
     */
    static Truth wrappedTwoPages(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Comptoir Industriel de l'Ouest", "Hygiène Pro Distribution",
            "Électro-Négoce Rhône-Alpes"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean endOfMonth = r.nextBoolean();
        LocalDate due = endOfMonth ? endOfMonthAfter(issue, 45) : issue.plusDays(60);
        String number = String.format(Locale.ROOT, "FC%06d", 10_000 + r.nextInt(800_000));
        String[][] goods = {{"Gants nitrile T8", "Boîte de 100 - non poudrés"},
            {"Essuie-mains ouate 2 plis", "Colis de 20 bobines"}, {"Disjoncteur 16 A courbe C", "Modulaire, 1P+N"},
            {"Câble R2V 3G2,5", "Couronne de 100 m"}, {"Détergent sols 5 L", "Parfum agrumes, pH neutre"},
            {"Sacs poubelle 110 L", "Rouleau de 25, renforcés"}, {"Ampoule LED E27 9 W", "Blanc chaud 2700 K"},
            {"Gaine ICTA 20 mm", "Couronne de 50 m"}, {"Savon mousse 800 ml", "Cartouche pour distributeur"},
            {"Prise de courant 2P+T", "Blanc, à vis"}, {"Papier toilette Maxi Jumbo", "Colis de 6 rouleaux"},
            {"Spray désinfectant 750 ml", "Norme EN 14476"}};
        int count = 22 + r.nextInt(9);
        List<Item> items = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String[] g = goods[r.nextInt(goods.length)];
            BigDecimal rate = pct("20");
            items.add(new Item(g[0], BigDecimal.valueOf(1 + r.nextInt(24)), BigDecimal.valueOf(150 + r.nextInt(9000),
                    2), rate));
            details.add(g[1]);
            refs.add(String.format(Locale.ROOT, "%s%05d", pick(r, new String[] {"HY", "EL", "CO"}), r.nextInt(99999)));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        LocalDate delivery = issue.minusDays(1 + r.nextInt(6));
        LocalDate order = delivery.minusDays(2 + r.nextInt(10));
        float right = doc.width() - 50;
        float[] xs = {50, 110, right - 170, right - 120, right - 60, right};
        boolean[] align = {false, false, true, true, true, true};
        String[] heads = {"Réf.", "Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"};

        doc.lineBold(50, seller, 13);
        doc.line(50, "ZI Les Grands Champs - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SAS au capital de 250 000 € - RCS " + siret(r).substring(0, 11) + " - TVA " + tvaNumber(r), 8);
        float top = doc.size.getHeight() - 110;
        doc.bold(330, top, customer, 10);
        doc.text(330, top - 12, pick(r, FR_STREETS), 9);
        doc.text(330, top - 24, pick(r, FR_CITIES), 9);
        doc.bold(50, top, "FACTURE N° " + number, 13);
        doc.text(50, top - 16, "Date : " + frDate(issue), 9);
        doc.text(50, top - 28, "Votre commande n° " + (5000 + r.nextInt(4000)) + " du " + frDate(order), 9);
        doc.text(50, top - 40, "Livraison BL" + (70_000 + r.nextInt(9999)) + " du " + frDate(delivery), 9);
        doc.text(50, top - 52, "Code client : " + (411_000 + r.nextInt(999)), 9);
        doc.y = top - 80;
        int perPage = 20;
        List<String[]> rows = new ArrayList<>();
        int k = 0;
        for (int page = 1; page <= 2; page++) {
            if (page == 2) {
                doc.right(right, 30, "Page 1/2", 7);
                doc.newPage();
                doc.bold(50, doc.y, seller, 10);
                doc.text(330, doc.y, "Facture N° " + number + " du " + frDate(issue) + " (suite)", 9);
                doc.down(30);
            }
            rows.clear();
            for (; k < items.size() && (page == 2 || rows.size() < perPage * 2); k++) {
                Item i = items.get(k);
                rows.add(new String[] {refs.get(k), i.label(), i.qty().toPlainString(), fr(i.unit()),
                    rateText(i.rate()), fr(i.amount())});
                rows.add(new String[] {"", "  " + details.get(k), "", "", "", ""});
            }
            for (int c = 0; c < heads.length; c++) {
                if (align[c]) {
                    doc.rightBold(xs[c], doc.y, heads[c], 8);
                } else {
                    doc.bold(xs[c], doc.y, heads[c], 8);
                }
            }
            doc.down(14);
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c].isEmpty()) {
                        continue;
                    }
                    float pt = row[0].isEmpty() ? 7 : 8;
                    if (align[c]) {
                        doc.right(xs[c], doc.y, row[c], pt);
                    } else {
                        doc.text(xs[c], doc.y, row[c], pt);
                    }
                }
                doc.down(row[0].isEmpty() ? 12 : 10);
            }
        }
        doc.down(10);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        float y = doc.y;
        doc.bold(50, y, "Taux", 8);
        doc.bold(100, y, "Base HT", 8);
        doc.bold(170, y, "Montant TVA", 8);
        y -= 11;
        for (var e : s.taxByRate().entrySet()) {
            doc.text(50, y, rateText(e.getKey()) + " %", 8);
            doc.text(100, y, fr(base.get(e.getKey())), 8);
            doc.text(170, y, fr(e.getValue()), 8);
            y -= 10;
        }
        totals(doc, new String[][] {{"Total HT", fr(s.net())}, {"Total TVA", fr(s.tax())}, {"Total TTC", fr(s.gross())},
            {"Net à payer", fr(s.gross())}}, 3, 330);
        doc.y = Math.min(y, doc.y) - 10;
        doc.line(50, "Montants exprimés en euros.", 8);
        doc.line(50, endOfMonth ? "Conditions de paiement : 45 jours fin de mois, par virement ou LCR."
                : "Date d'échéance : " + frDate(due) + " - règlement par LCR.", 9);
        doc.line(50, "Pénalités de retard : taux BCE + 10 points. Indemnité forfaitaire de recouvrement : 40 €.", 7);
        doc.right(right, 30, "Page 2/2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A Spanish supplier writing in Spanish (trade-fair services taxed in Spain, IVA 21 %): "Factura nº", "Fecha de
     * factura" in figures or words, an event date, "Base imponible", "Total a pagar" in "1.250,00 €", "Fecha de
     * vencimiento" or terms of 30 days.
     */
    static Truth spanishFactura(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Montajes Feriales Levante S.L.", "Stands y Eventos Ibérica S.L.",
            "Catering Sabores de Castilla S.L."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean written = r.nextBoolean();
        boolean words = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%s%02d/%04d", pick(r, new String[] {"A", "FV", "F"}),
                issue.getYear() % 100, 1 + r.nextInt(3000));
        String[] work = {"Diseño y montaje de stand (m²)", "Alquiler de mobiliario", "Moqueta ferial (m²)",
            "Iluminación LED", "Transporte y logística", "Azafatas (jornada)", "Servicio de catering",
            "Gráfica impresa en vinilo", "Limpieza del stand"};
        List<Item> items = items(r, work, 2, 5, pct("21"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Locale es = Locale.forLanguageTag("es-ES");
        Function<LocalDate, String> date = words ? x -> BlindLayouts.d(x, "d 'de' MMMM 'de' yyyy", es)
                : x -> d(x, "dd/MM/yyyy");
        LocalDate event = issue.minusDays(3 + r.nextInt(20));
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Avda. de las Ferias 12, 46035 Valencia", "C/ Ribera del Loira 28, 28042"
            + " Madrid", "Gran Via 145, 08908 L'Hospitalet (Barcelona)"}), 8);
        doc.line(50, "CIF: B" + (10_000_000 + r.nextInt(89_999_999)) + " - Tel. +34 96 " + (100 + r.nextInt(900))
                + " 45 12", 8);
        doc.line(50, "Inscrita en el Registro Mercantil, Tomo " + (1000 + r.nextInt(9000)) + ", Folio "
                + (1 + r.nextInt(200)), 7);
        float top = doc.size.getHeight() - 130;
        doc.bold(50, top, "FACTURA", 20);
        doc.text(50, top - 22, "Factura nº: " + number, 10);
        doc.text(50, top - 35, "Fecha de factura: " + date.apply(issue), 10);
        if (written) {
            doc.text(50, top - 48, "Fecha de vencimiento: " + date.apply(due), 10);
        }
        doc.text(330, top, "Cliente", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES) + " (Francia)", 9);
        doc.text(330, top - 48, "NIF-IVA: " + tvaNumber(r).replace(" ", ""), 9);
        doc.y = top - 80;
        doc.line(50, "Feria: " + pick(r, new String[] {"Fruit Attraction", "Alimentaria", "Cevisama"})
                + " - fecha del evento: " + date.apply(event) + " - pedido nº " + (200 + r.nextInt(700)), 9);
        doc.down(6);
        simpleTable(doc, items, new String[] {"Concepto", "Cantidad", "Precio", "Importe"}, a -> de(a) + " €");
        totals(doc, new String[][] {{"Base imponible", de(s.net()) + " €"}, {"IVA 21 %", de(s.tax()) + " €"},
            {pick(r, new String[] {"Total a pagar", "TOTAL FACTURA"}), de(s.gross()) + " €"}}, 2, 330);
        doc.down(10);
        doc.line(50, written ? "Forma de pago: transferencia bancaria."
                : "Forma de pago: transferencia bancaria a 30 días fecha factura.", 9);
        doc.line(50, "IBAN: ES91 2100 0418 45 0200051332 - BIC: CAIXESBBXXX", 9);
        doc.line(50, "IVA repercutido: servicios vinculados a una feria celebrada en España (art. 70 LIVA).", 7);
        doc.right(right, 30, "Página 1 de 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * An online invoicing tool's modern layout: "Émise le" in words, a card at the right with the amount to pay in
     * "1 234,56 EUR" and "Échéance : le 3 décembre 2026", sender and recipient side by side, last month's billing
     * period, units in the table, and the previous invoice's number and amount (paid) at the foot.
     */
    static Truth saasCard(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Kalima Studio SAS", "Orbe Conseil", "Nuage Bleu Informatique SARL"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        issue = issue.withDayOfMonth(1 + r.nextInt(3));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {15, 30}));
        int seq = 20 + r.nextInt(150);
        String number = String.format(Locale.ROOT, "F-%d-%02d-%03d", issue.getYear(), issue.getMonthValue(), seq);
        LocalDate before = issue.minusMonths(1);
        String previous = String.format(Locale.ROOT, "F-%d-%02d-%03d", before.getYear(), before.getMonthValue(),
                seq - 1 - r.nextInt(15));
        String[][] work = {{"Accompagnement marketing", "jour"}, {"Gestion des réseaux sociaux", "mois"},
            {"Hébergement et infogérance", "mois"}, {"Développement de fonctionnalités", "jour"},
            {"Support utilisateurs", "heure"}, {"Licence plateforme (5 utilisateurs)", "forfait"}};
        int count = 1 + r.nextInt(4);
        List<Item> items = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String[] w = work[(k * 2 + r.nextInt(work.length)) % work.length];
            items.add(new Item(w[0], BigDecimal.valueOf(1 + r.nextInt(w[1].equals("heure") ? 12 : 5)),
                    BigDecimal.valueOf(9_000 + r.nextInt(80_000), 2), pct("20")));
            units.add(w[1]);
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal previousAmount = s.gross().multiply(pick(r, new BigDecimal[] {pct("0.8"), pct("1.1"),
            pct("0.95")})).setScale(2, RoundingMode.HALF_UP);
        float right = doc.width() - 50;
        float top = doc.size.getHeight() - 60;
        doc.bold(50, top, "Facture", 24);
        doc.text(50, top - 20, number, 10);
        doc.text(50, top - 33, "Émise le " + frWords(issue), 9);
        doc.text(360, top, "Montant à payer", 8);
        doc.rightBold(right, top - 20, fr(s.gross()) + " EUR", 16);
        doc.text(360, top - 36, "Échéance : le " + frWords(due), 9);
        float y = top - 80;
        doc.text(50, y, "De", 8);
        doc.bold(50, y - 12, seller, 10);
        doc.text(50, y - 24, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.text(50, y - 35, "SIREN " + siret(r).substring(0, 11) + " - TVA " + tvaNumber(r), 8);
        doc.text(300, y, "Pour", 8);
        doc.bold(300, y - 12, customer, 10);
        doc.text(300, y - 24, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.text(300, y - 35, "compta@" + customer.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".fr", 8);
        doc.y = y - 65;
        doc.line(50, "Période de facturation : " + previousMonthPeriod(issue), 9);
        doc.down(6);
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            rows.add(new String[] {i.label(), i.qty().toPlainString(), units.get(k), fr(i.unit()) + " EUR", "20 %",
                fr(i.amount()) + " EUR"});
        }
        grid(doc, new float[] {50, 280, 290, right - 140, right - 90, right},
                new boolean[] {false, true, false, true, true, true},
                new String[] {"Description", "Qté", "Unité", "Prix unitaire HT", "TVA", "Total HT"}, rows, 9);
        totals(doc, new String[][] {{"Total HT", fr(s.net()) + " EUR"}, {"TVA 20 %", fr(s.tax()) + " EUR"},
            {"Total TTC", fr(s.gross()) + " EUR"}, {"Montant à payer", fr(s.gross()) + " EUR"}}, 3, 330);
        doc.down(12);
        doc.line(50, "Payer en ligne par carte ou prélèvement SEPA : https://pay.example.fr/i/" + number.toLowerCase(
                Locale.ROOT), 8);
        doc.line(50, "Ou par virement : IBAN FR76 1751 5900 0008 0012 " + (1000 + r.nextInt(8999))
                + " 082 - référence " + number, 8);
        doc.line(50, "Pour rappel, la facture précédente " + previous + " du " + frWords(before.withDayOfMonth(1))
                + " (" + fr(previousAmount) + " EUR) a été réglée. Merci !", 8);
        doc.text(50, 40, "Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 EUR. Escompte pour"
                + " paiement anticipé : néant.", 7);
        doc.right(right, 28, "1/1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A doctors' SELARL billing a company for occupational medical visits: no VAT (art. 261-4-1° du CGI), one dated
     * line per visit, the reference block with labels at the left margin and values at the right margin, the date in
     * words; payable on receipt or by a date in words.
     */
    static Truth medical(Doc doc, Random r) {
        String seller = pick(r, new String[] {"SELARL du Docteur Anne Morel", "SELARL Médecins Associés du Parc",
            "SELARL Cabinet Médical Saint-Roch"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean onReceipt = r.nextBoolean();
        LocalDate due = onReceipt ? issue : issue.plusDays(30);
        String number = String.format(Locale.ROOT, "H%d/%04d", issue.getYear() % 100, 1 + r.nextInt(3000));
        String[] acts = {"Visite d'information et de prévention", "Examen médical d'aptitude", "Visite de reprise",
            "Audiogramme de dépistage", "Examen de vision (Ergovision)"};
        String[] people = {"M. D. Lefebvre", "Mme S. Aubry", "M. K. Benali", "Mme L. Roux", "M. T. Nguyen",
            "Mme C. Perret", "M. J. Marchal", "Mme A. Da Silva"};
        int count = 3 + r.nextInt(6);
        List<LocalDate> days = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            days.add(issue.minusDays(2 + r.nextInt(35)));
        }
        days.sort(null);
        List<String[]> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        float right = doc.width() - 50;
        for (LocalDate when : days) {
            int a = r.nextInt(acts.length);
            BigDecimal price = BigDecimal.valueOf(new int[] {85, 110, 95, 45, 40}[a]);
            total = total.add(price);
            rows.add(new String[] {d(when, "dd/MM/yyyy"), acts[a], pick(r, people), fr(price.setScale(2)) + " €"});
        }
        total = total.setScale(2);
        doc.lineBold(50, seller, 13);
        doc.line(50, "Médecine du travail - Médecins inscrits au Conseil de l'Ordre", 8);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES) + " - Tél. 02 40 " + (10 + r.nextInt(89))
                + " " + (10 + r.nextInt(89)) + " 00", 8);
        doc.line(50, "RPPS 10" + (100_000_000 + r.nextInt(899_999_999)) + " - SIRET " + siret(r), 8);
        float top = doc.size.getHeight() - 130;
        doc.text(330, top, "Entreprise adhérente", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, "Service des ressources humaines", 9);
        doc.text(330, top - 36, pick(r, FR_STREETS), 9);
        doc.text(330, top - 48, pick(r, FR_CITIES), 9);
        doc.y = top - 85;
        doc.lineBold(50, "NOTE D'HONORAIRES", 14);
        doc.down(4);
        String[][] info = {{"Numéro", number}, {"Date", "le " + frWords(issue)},
            {"Établissement", customer + " - " + (10 + r.nextInt(60)) + " salariés"},
            {"Convention", "n° MT-" + (issue.getYear() - 1 - r.nextInt(3)) + "-" + (100 + r.nextInt(900))}};
        for (String[] i : info) {
            doc.text(50, doc.y, i[0], 9);
            doc.right(right, doc.y, i[1], 9);
            doc.down(13);
        }
        doc.down(10);
        grid(doc, new float[] {50, 115, 330, right}, new boolean[] {false, false, false, true},
                new String[] {"Date", "Acte", "Salarié", "Montant"}, rows, 9);
        totals(doc, new String[][] {{"Total des actes", fr(total) + " €"}, {"TVA", "exonérée"},
            {"Total à payer", fr(total) + " €"}}, 2, 330);
        doc.down(8);
        doc.line(50, "Exonération de TVA - article 261-4-1° du CGI (soins dispensés par les membres des professions"
                + " médicales).", 8);
        doc.line(50, onReceipt ? "Règlement à réception de la note, par virement ou chèque à l'ordre de la SELARL."
                : "Merci de régler cette note avant le " + frWords(due) + ".", 9);
        doc.line(50, "IBAN FR76 1027 8361 0000 0" + (100_000 + r.nextInt(899_999)) + " 0158", 8);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    private static final String[] EXCEL_MONTHS = {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août",
        "sept", "oct", "nov", "déc"};

    /**
     * A spreadsheet template printed to PDF: cells of a sheet (labels in one column, values in the next), dates as a
     * French spreadsheet writes them ("03/12/2026" or "03-déc-26"), amounts as plain numbers ("1250,00") or in the
     * currency format, the due date a formula's result, a total line without a currency sign.
     */
    static Truth spreadsheet(Doc doc, Random r) {
        int who = r.nextInt(3);
        String seller = new String[] {"SARL Multi-Services Dupuis", "Aux Délices de Margaux - Traiteur",
            "Nettoyage Express 31"}[who];
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        int days = pick(r, new Integer[] {15, 30, 30, 45});
        LocalDate due = issue.plusDays(days);
        boolean excelDate = r.nextBoolean();
        boolean plain = r.nextBoolean();
        Function<LocalDate, String> date = excelDate ? x -> String.format(Locale.ROOT, "%02d-%s-%02d",
                x.getDayOfMonth(), EXCEL_MONTHS[x.getMonthValue() - 1], x.getYear() % 100) : x -> d(x, "dd/MM/yyyy");
        Function<BigDecimal, String> money = plain ? BlindLayouts4::bare : a -> fr(a) + " €";
        String number = String.format(Locale.ROOT, "%d-%03d", issue.getYear(), 1 + r.nextInt(250));
        String[] work = new String[][] {{"Intervention multiservices (h)", "Petits travaux de plomberie", "Remplacement serrure",
            "Fournitures diverses", "Débarras et évacuation"}, {"Plateau repas", "Cocktail déjeunatoire (pers.)",
            "Location vaisselle", "Service en salle (h)", "Livraison"}, {"Nettoyage bureaux (passage)",
            "Vitrerie (m²)", "Décapage sol", "Fourniture produits", "Nettoyage fin de chantier"}}[who];
        BigDecimal rate = who == 1 ? pct("10") : pct("20");
        List<Item> items = items(r, work, 2, 6, rate);
        Sums s = Sums.of(items, BigDecimal.ZERO);
        float right = doc.width() - 50;
        float top = doc.size.getHeight() - 50;
        doc.bold(50, top, seller, 12);
        doc.text(50, top - 15, pick(r, FR_STREETS), 9);
        doc.text(50, top - 28, pick(r, FR_CITIES), 9);
        doc.text(50, top - 41, "Tél : 05 61 " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " " + (10
                + r.nextInt(89)), 9);
        doc.text(50, top - 54, "SIRET : " + siret(r).replace(" ", ""), 9);
        doc.bold(380, top, "FACTURE", 20);
        String[][] cells = {{"N° FACTURE", number}, {"DATE", date.apply(issue)}, {"ÉCHÉANCE", date.apply(due)},
            {"CODE CLIENT", "CL" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(200))}};
        for (int k = 0; k < cells.length; k++) {
            doc.bold(380, top - 30 - 15 * k, cells[k][0], 9);
            doc.right(right, top - 30 - 15 * k, cells[k][1], 9);
        }
        float y = top - 110;
        doc.bold(50, y, "CLIENT", 9);
        doc.text(50, y - 15, customer, 10);
        doc.text(50, y - 28, pick(r, FR_STREETS), 9);
        doc.text(50, y - 41, pick(r, FR_CITIES), 9);
        doc.bold(330, y, "OBJET", 9);
        doc.text(330, y - 15, who == 1 ? "Prestation traiteur du " + date.apply(issue.minusDays(1 + r.nextInt(10)))
                : "Prestations " + MONTHS_FR[issue.minusMonths(1).getMonthValue() - 1] + " " + issue.minusMonths(1)
                        .getYear(), 9);
        doc.y = y - 75;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), money.apply(i.unit()),
                money.apply(i.amount())});
        }
        for (int k = rows.size(); k < 10; k++) {
            rows.add(new String[] {"", "", "", plain ? "" : "- €"});
        }
        grid(doc, new float[] {50, right - 210, right - 110, right}, new boolean[] {false, true, true, true},
                new String[] {"DÉSIGNATION", "QUANTITÉ", "PRIX UNITAIRE HT", "TOTAL HT"}, rows, 9);
        String[][] sums = {{"TOTAL HT", money.apply(s.net())}, {"TVA " + rateText(rate) + " %", money.apply(s.tax())},
            {"TOTAL TTC", bare(s.gross())}};
        for (int k = 0; k < sums.length; k++) {
            doc.bold(right - 210, doc.y, sums[k][0], k == 2 ? 11 : 9);
            if (k == 2) {
                doc.rightBold(right, doc.y, sums[k][1], 11);
            } else {
                doc.right(right, doc.y, sums[k][1], 9);
            }
            doc.down(16);
        }
        doc.down(14);
        doc.line(50, "Conditions de paiement : " + days + " jours date de facture", 9);
        doc.line(50, "Mode de règlement : virement - IBAN FR76 3000 3021 " + (1000 + r.nextInt(8999))
                + " 0005 0123 456", 9);
        doc.line(50, "En cas de retard de paiement, indemnité forfaitaire de 40 € pour frais de recouvrement.", 8);
        doc.text(doc.width() / 2 - 15, 30, "Page 1", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * An Italian supplier writing in Italian: "Spett.le" before the client, "Fattura n. 456/26 del 03/12/2026",
     * "Imponibile", IVA 22 % or reverse charge (art. 7-ter), "Totale documento € 1.250,00", a table of "Scadenze"
     * with the due date (30 days, or 60 days "d.f.f.m.", end of month).
     */
    static Truth italianFattura(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Tipografia Bernardi S.r.l.", "Arredamenti Colombo S.p.A.",
            "Grafiche Ferri S.n.c."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean endOfMonth = r.nextBoolean();
        LocalDate due = endOfMonth ? endOfMonthAfter(issue, 60) : issue.plusDays(30);
        boolean reverse = r.nextBoolean();
        String number = (1 + r.nextInt(600)) + "/" + issue.getYear() % 100;
        String[] work = {"Stampa cataloghi A4 (copie)", "Progettazione grafica", "Espositore in legno",
            "Trasporto e imballo", "Scaffalatura su misura", "Impaginazione brochure", "Montaggio in loco"};
        List<Item> items = items(r, work, 1, 5, reverse ? BigDecimal.ZERO : pct("22"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Function<BigDecimal, String> euro = a -> "€ " + de(a);
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Via Roma 118 - 10121 Torino (TO)", "Corso Venezia 7 - 20121 Milano (MI)",
            "Via dell'Industria 22 - 36100 Vicenza (VI)"}), 8);
        doc.line(50, "P.IVA IT0" + (1_000_000_000L + r.nextInt(999_999_999)) + " - REA "
                + (100_000 + r.nextInt(899_999)), 8);
        float top = doc.size.getHeight() - 130;
        doc.text(330, top, "Spett.le", 9);
        doc.bold(330, top - 13, customer, 10);
        doc.text(330, top - 25, pick(r, FR_STREETS), 9);
        doc.text(330, top - 37, pick(r, FR_CITIES) + " - Francia", 9);
        doc.text(330, top - 49, "P.IVA " + tvaNumber(r).replace(" ", ""), 9);
        doc.y = top - 85;
        doc.lineBold(50, "FATTURA n. " + number + " del " + d(issue, "dd/MM/yyyy"), 13);
        doc.line(50, "Vs. ordine n. " + (100 + r.nextInt(900)) + " del " + d(issue.minusDays(15 + r.nextInt(30)),
                "dd/MM/yyyy") + " - DDT n. " + (1000 + r.nextInt(8000)) + " del " + d(issue.minusDays(2 + r.nextInt(5)),
                        "dd/MM/yyyy"), 9);
        doc.down(8);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), euro.apply(i.unit()),
                reverse ? "N2.1" : "22", euro.apply(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Descrizione", "Q.tà", "Prezzo unitario", "IVA", "Importo"}, rows, 9);
        totals(doc, new String[][] {{"Imponibile", euro.apply(s.net())},
            {reverse ? "IVA (inversione contabile)" : "IVA 22%", euro.apply(s.tax())},
            {"Totale documento", euro.apply(s.gross())}, {"Netto a pagare", euro.apply(s.gross())}}, 2, 330);
        doc.down(6);
        if (reverse) {
            doc.line(50, "Operazione non soggetta - inversione contabile, art. 7-ter DPR 633/72.", 8);
        }
        doc.line(50, "Pagamento: bonifico bancario " + (endOfMonth ? "60 gg d.f.f.m." : "30 gg d.f."), 9);
        doc.down(4);
        float y = doc.y;
        doc.bold(50, y, "Scadenze", 9);
        doc.bold(50, y - 13, "Data scadenza", 8);
        doc.bold(150, y - 13, "Importo", 8);
        doc.bold(250, y - 13, "Modalità", 8);
        doc.text(50, y - 25, d(due, "dd/MM/yyyy"), 9);
        doc.text(150, y - 25, euro.apply(s.gross()), 9);
        doc.text(250, y - 25, "Bonifico", 9);
        doc.text(50, y - 45, "IBAN IT40 S054 2811 1010 0000 0" + (10_000 + r.nextInt(89_999)) + " - BPER Banca", 8);
        doc.right(right, 30, "Pagina 1 di 1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A Portuguese supplier writing in Portuguese: "Fatura FT 2026/123", the ATCUD code, dates as certified software
     * prints them (ISO or "03-12-2026"), IVA 23 % or exempt intra-EU supply (art. 14.º RITI), "Total a pagar", the
     * due date or terms, the goods' availability date.
     */
    static Truth portugueseFatura(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Têxteis Minho, Lda.", "Cortiça & Design Unipessoal, Lda.",
            "Gráfica Atlântico, S.A."});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean exempt = r.nextBoolean();
        boolean written = r.nextBoolean();
        boolean iso = r.nextBoolean();
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 60}));
        int seq = 10 + r.nextInt(900);
        String number = "FT " + issue.getYear() + "/" + seq;
        String[] work = {"Toalhas de banho 70x140", "Rolhas de cortiça natural (milheiro)", "Impressão de catálogos",
            "Embalagens personalizadas", "Tecido de algodão (m)", "Transporte", "Design gráfico (horas)"};
        List<Item> items = items(r, work, 1, 5, exempt ? BigDecimal.ZERO : pct("23"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        Function<LocalDate, String> date = iso ? x -> x.toString() : x -> d(x, "dd-MM-yyyy");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, new String[] {"Rua de Santa Catarina 512, 4000-446 Porto",
            "Av. da Liberdade 190, 1250-147 Lisboa", "Zona Industrial de Paços de Ferreira, 4590-000"}), 8);
        doc.line(50, "NIF PT5" + (10_000_000 + r.nextInt(89_999_999)) + " - Capital social 50.000,00 EUR", 8);
        doc.rightBold(right, doc.size.getHeight() - 50, "FATURA", 18);
        doc.right(right, doc.size.getHeight() - 64, "Original", 8);
        float top = doc.size.getHeight() - 130;
        doc.text(330, top, "Exmo.(s) Sr.(s)", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES) + " - França", 9);
        doc.text(330, top - 48, "Contribuinte: " + tvaNumber(r).replace(" ", ""), 9);
        String[][] info = {{"Fatura n.º", number}, {"Data de emissão", date.apply(issue)},
            {"ATCUD", "JF" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (1000 + r.nextInt(8999))
                + "-" + seq}, {"Requisição", "ENC-" + (100 + r.nextInt(900))}};
        for (int k = 0; k < info.length; k++) {
            doc.text(50, top - 13 * k, info[k][0], 9);
            doc.text(140, top - 13 * k, info[k][1], 9);
        }
        if (written) {
            doc.text(50, top - 52, "Data de vencimento", 9);
            doc.text(140, top - 52, date.apply(due), 9);
        }
        doc.y = top - 90;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), de(i.unit()), exempt ? "0" : "23",
                de(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Descrição", "Qtd.", "Preço unit.", "IVA %", "Valor"}, rows, 9);
        totals(doc, new String[][] {{"Total ilíquido", de(s.net()) + " €"}, {"Incidência IVA " + (exempt ? "0%"
            : "23%"), de(s.net()) + " €"}, {"Total IVA", de(s.tax()) + " €"}, {"Total a pagar", de(s.gross())
                + " €"}}, 3, 330);
        doc.down(8);
        if (exempt) {
            doc.line(50, "Isento de IVA - artigo 14.º, n.º 1, alínea a) do RITI (transmissão intracomunitária de bens).",
                    8);
        }
        doc.line(50, "Os bens foram colocados à disposição do adquirente em " + date.apply(issue.minusDays(1
                + r.nextInt(4))) + ".", 8);
        doc.line(50, written ? "Pagamento por transferência bancária." : "Condições de pagamento: "
                + (due.toEpochDay() - issue.toEpochDay()) + " dias a contar da data da fatura.", 9);
        doc.line(50, "IBAN PT50 0035 0651 0000 " + (1000 + r.nextInt(8999)) + " 2011 5 - BIC CGDIPTPL", 8);
        doc.text(50, 40, "ATCUD incluído - Processado por programa certificado n.º " + (1000 + r.nextInt(3000))
                + "/AT", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A food wholesaler's commercial-management package: the document's box in the right column (number, date, client
     * code, representative, page), billing and delivery addresses at the left, 5.5 % and 20 % VAT with carriage, a
     * cash discount offered by an earlier date with its amount, terms "45 jours fin de mois" with or without the date.
     */
    static Truth rightHeaderDiscount(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Comptoir Alimentaire du Bocage", "Distri-Fournil Ouest SAS",
            "Grossiste Alimentaire Gautier SA"});
        String customer = pick(r, FR_CUSTOMERS);
        LocalDate issue = day(r);
        boolean written = r.nextBoolean();
        LocalDate due = endOfMonthAfter(issue, 45);
        String number = String.format(Locale.ROOT, "%07d", 1_200_000 + r.nextInt(300_000));
        String[][] goods = {{"Farine T65 (sac 25 kg)", "5.5"}, {"Sucre semoule (sac 10 kg)", "5.5"},
            {"Huile de tournesol 5 L", "5.5"}, {"Beurre doux plaque 1 kg (carton 10)", "5.5"},
            {"Chocolat de couverture 70 % (5 kg)", "5.5"}, {"Film alimentaire 300 m", "20"},
            {"Boîtes pâtissières (lot de 50)", "20"}, {"Produit vaisselle 5 L", "20"}, {"Sacs kraft (lot 1000)", "20"}};
        List<Item> items = new ArrayList<>();
        int count = 3 + r.nextInt(6);
        for (int k = 0; k < count; k++) {
            String[] g = goods[(k * 4 + r.nextInt(goods.length)) % goods.length];
            items.add(new Item(g[0], BigDecimal.valueOf(1 + r.nextInt(r.nextBoolean() ? 4 : 30)),
                    BigDecimal.valueOf(350 + r.nextInt(9_000), 2), pct(g[1])));
        }
        items.add(new Item("Frais de port et d'emballage", BigDecimal.ONE, BigDecimal.valueOf(1_500 + r.nextInt(4000),
                2), pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        LocalDate discountBy = issue.plusDays(10);
        BigDecimal discount = share(s.gross(), "0.02");
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "Tél. 02 41 " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " 50 - RCS " + siret(r)
                .substring(0, 11), 8);
        float top = doc.size.getHeight() - 50;
        doc.bold(360, top, "FACTURE", 16);
        String[][] info = {{"Numéro", number}, {"Date", frDate(issue)},
            {"Code client", "411" + pick(r, new String[] {"DUR", "MOR", "LEF", "GAR"}) + (10 + r.nextInt(89))},
            {"Représentant", pick(r, new String[] {"P. Roche", "S. Guérin", "Agence"})}, {"Page", "1/1"}};
        for (int k = 0; k < info.length; k++) {
            doc.text(360, top - 20 - 12 * k, info[k][0], 9);
            doc.right(right, top - 20 - 12 * k, info[k][1], 9);
        }
        float y = top - 110;
        doc.text(50, y, "Adresse de facturation", 8);
        doc.bold(50, y - 12, customer, 10);
        doc.text(50, y - 24, pick(r, FR_STREETS), 9);
        doc.text(50, y - 36, pick(r, FR_CITIES), 9);
        doc.text(300, y, "Adresse de livraison", 8);
        doc.text(300, y - 12, "Dépôt - " + pick(r, FR_STREETS), 9);
        doc.text(300, y - 24, pick(r, FR_CITIES), 9);
        doc.y = y - 60;
        doc.line(50, "Commande n° " + (20_000 + r.nextInt(9999)) + " du " + frDate(issue.minusDays(6 + r.nextInt(20)))
                + " - BL n° " + (60_000 + r.nextInt(9999)) + " du " + frDate(issue.minusDays(1 + r.nextInt(4))), 8);
        doc.down(6);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), i.qty().toPlainString(), fr(i.unit()), rateText(i.rate()),
                fr(i.amount())});
        }
        grid(doc, new float[] {50, right - 230, right - 150, right - 90, right},
                new boolean[] {false, true, true, true, true},
                new String[] {"Désignation", "Quantité", "P.U. HT", "TVA %", "Montant HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", fr(s.net())});
        s.taxByRate().forEach((rate, tax) -> sums.add(new String[] {"TVA " + rateText(rate) + " %", fr(tax)}));
        sums.add(new String[] {"Total TTC", fr(s.gross())});
        sums.add(new String[] {"NET À PAYER (EUR)", fr(s.gross())});
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1, 330);
        doc.down(8);
        doc.line(50, "Escompte de 2 % pour paiement avant le " + frDate(discountBy) + " : " + fr(discount)
                + " € (TVA à régulariser).", 8);
        doc.line(50, written ? "Échéance : " + frDate(due) + " (45 jours fin de mois) - règlement par LCR."
                : "Conditions de règlement : 45 jours fin de mois, par LCR magnétique.", 9);
        doc.line(50, "Clause de réserve de propriété : les marchandises restent notre propriété jusqu'au paiement"
                + " intégral.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    /**
     * A hotel billing a company's account for a stay: arrival and departure dates, one dated line per night and
     * extra, amounts incl. VAT with the VAT by rate (10 %, 20 %) and the tourist tax outside VAT, the guest named
     * beside the company billed; 30 days on account, or the booking deposit deducted.
     */
    static Truth hotel(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Hôtel Le Grand Cerf", "Hôtel des Voyageurs", "Hôtel Océania Centre"});
        String customer = pick(r, FR_CUSTOMERS);
        String guest = pick(r, new String[] {"M. Julien Perrin", "Mme Aurélie Chevalier", "M. Karim Haddad",
            "Mme Nathalie Brun"});
        LocalDate departure = day(r);
        int nights = 1 + r.nextInt(4);
        LocalDate arrival = departure.minusDays(nights);
        LocalDate issue = departure;
        LocalDate due = issue.plusDays(30);
        String number = String.format(Locale.ROOT, "%07d", 80_000 + r.nextInt(900_000));
        BigDecimal room = BigDecimal.valueOf(89 + r.nextInt(120)).setScale(2);
        BigDecimal breakfast = new BigDecimal("14.50");
        BigDecimal tourist = new BigDecimal(pick(r, new String[] {"1.65", "2.53", "0.88"}));
        List<String[]> rows = new ArrayList<>();
        BigDecimal at10 = BigDecimal.ZERO;
        BigDecimal at20 = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int k = 0; k < nights; k++) {
            LocalDate night = arrival.plusDays(k);
            rows.add(new String[] {d(night, "dd/MM/yy"), "Nuitée chambre double", "1", fr(room)});
            rows.add(new String[] {d(night.plusDays(1), "dd/MM/yy"), "Petit-déjeuner buffet", "1", fr(breakfast)});
            rows.add(new String[] {d(night, "dd/MM/yy"), "Taxe de séjour", "1", fr(tourist)});
            at10 = at10.add(room).add(breakfast);
            tax = tax.add(tourist);
            if (r.nextInt(3) == 0) {
                BigDecimal dinner = BigDecimal.valueOf(2_200 + r.nextInt(3_000), 2);
                BigDecimal wine = BigDecimal.valueOf(600 + r.nextInt(2_500), 2);
                rows.add(new String[] {d(night, "dd/MM/yy"), "Restaurant - dîner", "1", fr(dinner)});
                rows.add(new String[] {d(night, "dd/MM/yy"), "Bar - boissons alcoolisées", "1", fr(wine)});
                at10 = at10.add(dinner);
                at20 = at20.add(wine);
            }
        }
        BigDecimal total = at10.add(at20).add(tax);
        BigDecimal vat10 = at10.subtract(at10.divide(new BigDecimal("1.10"), 2, RoundingMode.HALF_UP));
        BigDecimal vat20 = at20.subtract(at20.divide(new BigDecimal("1.20"), 2, RoundingMode.HALF_UP));
        BigDecimal net = at10.add(at20).subtract(vat10).subtract(vat20);
        boolean deposit = r.nextBoolean();
        BigDecimal paid = deposit ? room : BigDecimal.ZERO;
        float right = doc.width() - 50;
        doc.lineBold(50, seller + " ***", 14);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "Tél. 02 99 " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " 00 - SAS au capital de"
                + " 80 000 € - SIRET " + siret(r), 8);
        float top = doc.size.getHeight() - 120;
        doc.text(50, top, "Facture adressée à", 8);
        doc.bold(50, top - 12, customer, 10);
        doc.text(50, top - 24, pick(r, FR_STREETS), 9);
        doc.text(50, top - 36, pick(r, FR_CITIES), 9);
        doc.text(50, top - 52, "Occupant : " + guest, 9);
        String[][] info = {{"Facture n°", number}, {"Date", frDate(issue)}, {"Chambre", String.valueOf(100
                + r.nextInt(320))}, {"Arrivée", frDate(arrival)}, {"Départ", frDate(departure)},
            {"Nuits / pers.", nights + " / 1"}};
        for (int k = 0; k < info.length; k++) {
            doc.text(340, top - 12 * k, info[k][0], 9);
            doc.right(right, top - 12 * k, info[k][1], 9);
        }
        doc.y = top - 95;
        doc.lineBold(50, "FACTURE", 14);
        doc.down(4);
        grid(doc, new float[] {50, 110, right - 100, right}, new boolean[] {false, false, true, true},
                new String[] {"Date", "Prestation", "Qté", "Montant TTC"}, rows, 8);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", fr(net)});
        sums.add(new String[] {"TVA 10 % (hébergement, restauration)", fr(vat10)});
        if (at20.signum() > 0) {
            sums.add(new String[] {"TVA 20 % (boissons alcoolisées)", fr(vat20)});
        }
        sums.add(new String[] {"Taxe de séjour (non soumise à TVA)", fr(tax)});
        sums.add(new String[] {"Total TTC", fr(total) + " €"});
        if (deposit) {
            sums.add(new String[] {"Arrhes versées le " + frDate(arrival.minusDays(10 + r.nextInt(30))),
                "- " + fr(paid) + " €"});
            sums.add(new String[] {"Solde à régler", fr(total.subtract(paid)) + " €"});
        }
        totals(doc, sums.toArray(new String[0][]), sums.size() - 1, 300);
        doc.down(8);
        doc.line(50, "Règlement sur compte débiteur : à 30 jours date de facture, par virement.", 9);
        doc.line(50, "Nous vous remercions de votre séjour et espérons vous accueillir de nouveau.", 8);
        Truth t = Truth.invoice(number, issue, due, total, "EUR", customer);
        return deposit ? t.withAmountDue(total.subtract(paid)) : t;
    }

    /**
     * A building subcontractor billing the main contractor: a header row of labels over values (number, date,
     * site, order, due date), the intervention period, no VAT charged because of the reverse charge (art. 283-2
     * nonies du CGI), so the total is the net; 60 days from the invoice date, written or not.
     */
    static Truth subcontractor(Doc doc, Random r) {
        String seller = pick(r, new String[] {"Électricité Bodin SARL", "Plaquiste Service 49",
            "Carrelages Morin & Fils"});
        String customer = pick(r, new String[] {"Entreprise Générale Ravel SAS", "Bâtiments du Maine SAS",
            "SCOP Bâtir Ensemble", "Constructions Hervé & Cie"});
        LocalDate issue = day(r);
        boolean written = r.nextBoolean();
        LocalDate due = issue.plusDays(60);
        String number = String.format(Locale.ROOT, "ST-%d-%03d", issue.getYear(), 1 + r.nextInt(300));
        String[] work = {"Main d'oeuvre compagnon (h)", "Main d'oeuvre chef d'équipe (h)", "Pose cloisons placo (m²)",
            "Fourniture et pose faïence (m²)", "Tirage de câbles (ml)", "Pose tableau électrique", "Bandes et enduits"
                + " (m²)", "Évacuation gravats"};
        int count = 2 + r.nextInt(4);
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            items.add(new Item(work[(k * 3 + r.nextInt(work.length)) % work.length], BigDecimal.valueOf(8
                    + r.nextInt(140)), BigDecimal.valueOf(1_800 + r.nextInt(5_500), 2), BigDecimal.ZERO));
        }
        BigDecimal total = sumOf(items);
        LocalDate start = issue.minusDays(20 + r.nextInt(15));
        LocalDate end = issue.minusDays(1 + r.nextInt(6));
        float right = doc.width() - 50;
        doc.lineBold(50, seller, 13);
        doc.line(50, pick(r, FR_STREETS) + " - " + pick(r, FR_CITIES), 8);
        doc.line(50, "SIRET " + siret(r) + " - TVA " + tvaNumber(r) + " - Décennale AXA n° " + (5_000_000
                + r.nextInt(999_999)), 8);
        float top = doc.size.getHeight() - 110;
        doc.text(330, top, "Entreprise principale", 8);
        doc.bold(330, top - 12, customer, 10);
        doc.text(330, top - 24, pick(r, FR_STREETS), 9);
        doc.text(330, top - 36, pick(r, FR_CITIES), 9);
        doc.y = top - 65;
        doc.lineBold(50, "FACTURE DE SOUS-TRAITANCE", 14);
        doc.down(4);
        String[] heads = {"N° facture", "Date", "Chantier", "Commande", "Échéance"};
        String[] values = {number, frDate(issue), pick(r, new String[] {"Résidence Les Ormes", "Groupe scolaire"
            + " Jules Verne", "Bureaux Quai Ouest"}), "CST-" + (100 + r.nextInt(900)),
            written ? frDate(due) : "60 j. date fact."};
        float[] xs = {50, 130, 200, 340, 430};
        for (int k = 0; k < heads.length; k++) {
            doc.bold(xs[k], doc.y, heads[k], 8);
            doc.text(xs[k], doc.y - 12, values[k], 9);
        }
        doc.down(30);
        doc.line(50, "Travaux réalisés du " + frDate(start) + " au " + frDate(end) + " - contrat de sous-traitance du "
                + frDate(start.minusDays(30 + r.nextInt(60))) + ", agréé par le maître d'ouvrage", 8);
        doc.down(6);
        simpleTable(doc, items, new String[] {"Désignation", "Quantité", "P.U. HT", "Montant HT"}, a -> fr(a));
        totals(doc, new String[][] {{"Total HT", fr(total) + " €"}, {"TVA", "autoliquidation"},
            {"Net à payer HT", fr(total) + " €"}}, 2, 330);
        doc.down(8);
        doc.line(50, "Autoliquidation : TVA due par le preneur assujetti en application de l'article 283-2 nonies du"
                + " CGI.", 8);
        doc.line(50, written ? "Règlement par virement à l'échéance indiquée." : "Règlement à 60 jours à compter de"
                + " la date d'émission de la facture, par virement.", 9);
        doc.line(50, "Pénalités de retard : 3 fois le taux d'intérêt légal - indemnité forfaitaire : 40 €.", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }
}
