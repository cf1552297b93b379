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
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;
import org.relance.invoice.eval.BlindLayouts10.Canvas;

/**
 * A seventeenth blind set ({@code eval/invoices/blind17}): the invoices printed by the invoicing programs small French
 * companies really use, each imitated in its own style (Pennylane, Sellsy, Axonaut, Tiime, Henrri, Freebe, Abby,
 * Evoliz, EBP Facturation, Sage 50, Odoo with the French localisation, Dolibarr's "crabe" model), none of them a
 * layout of the earlier sets (Sage 100, EBP Gestion commerciale, Odoo's default and Dolibarr's "sponge" are in
 * blind15). Written without looking at the reader. Drawn with {@link BlindLayouts10.Canvas}, which refuses
 * overlapping texts.
 */
public final class BlindLayouts17 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-pennylane-carte-montant-a-payer-payer-en-ligne", BlindLayouts17::pennylane);
        LAYOUTS.put("fr-sellsy-tableau-meta-remise-10-net-a-payer-45-jours", BlindLayouts17::sellsy);
        LAYOUTS.put("fr-axonaut-facturation-livraison-bl-acompte-reste", BlindLayouts17::axonaut);
        LAYOUTS.put("fr-tiime-dates-en-lettres-a-regler-avant-le", BlindLayouts17::tiime);
        LAYOUTS.put("fr-henrri-fenetre-a-reception-comptant-escompte-neant", BlindLayouts17::henrri);
        LAYOUTS.put("fr-freebe-bande-laterale-293b-fin-de-mois-sans-date", BlindLayouts17::freebe);
        LAYOUTS.put("fr-abby-date-execution-deja-regle-reste-a-payer", BlindLayouts17::abby);
        LAYOUTS.put("fr-evoliz-grille-entete-2-pages-totaux-page-2", BlindLayouts17::evoliz);
        LAYOUTS.put("fr-ebp-facturation-montant-en-votre-aimable-reglement", BlindLayouts17::ebp);
        LAYOUTS.put("fr-sage50-ciel-cases-entete-totaux-en-ligne-bl-du", BlindLayouts17::sage50);
        LAYOUTS.put("fr-odoo-l10n-livraison-recapitulatif-tva-3-taux", BlindLayouts17::odoo);
        LAYOUTS.put("fr-dolibarr-crabe-emetteur-grise-adresse-a-reduc", BlindLayouts17::dolibarr);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind17Test -Drelance.generateBlind17=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind17", 2026_17_17L, 2, "blind17");
    }

    private static final int L = BlindLayouts10.L;
    private static final int R = BlindLayouts10.R;
    private static final int C = BlindLayouts10.C;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;

    // --- helpers

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    /** An issue day from early January to mid-October 2026, so that the due dates stay in 2026. */
    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(284));
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

    /** "1 234,56" with a no-break space. */
    private static String fr(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "\u00A0", ',');
    }

    /** "1 234,56" with a plain space. */
    private static String frs(BigDecimal a) {
        return BlindLayouts7.num(a, 2, " ", ',');
    }

    /** "1234,56", as an old program prints it. */
    private static String bare(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "", ',');
    }

    private static String eur(BigDecimal a) {
        return fr(a) + "\u00A0€";
    }

    private static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String d(LocalDate date, String pattern) {
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }

    private static String dmy(LocalDate date) {
        return d(date, "dd/MM/yyyy");
    }

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private static String frWords(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** A web name of a company: letters without accents, lower case, legal forms dropped. */
    private static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\b(sas|sarl|eurl)\\b", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }

    private static String phone(Random r, String area) {
        return area + " " + String.format(Locale.ROOT, "%02d %02d %02d %02d", r.nextInt(100), r.nextInt(100),
                r.nextInt(100), r.nextInt(100));
    }

    private static String siren(Random r) {
        return digits(r, 9);
    }

    private static String spaced(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }

    private static String siret(String siren, Random r) {
        return spaced(siren) + " " + n0(5, 10 + r.nextInt(60));
    }

    private static String tva(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String naf(Random r) {
        return pick(r, new String[] {"6201Z", "7022Z", "4321A", "7311Z", "4778C", "7410Z", "4690Z", "6202A"});
    }

    private static String iban(Random r) {
        String all = "FR76" + pick(r, new String[] {"30004", "30003", "10278", "18206", "20041", "16606", "17515"})
                + n0(5, r.nextInt(100_000)) + digits(r, 11) + n0(2, r.nextInt(100));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(all.charAt(i));
        }
        return b.toString();
    }

    private static String bic(Random r) {
        return pick(r, new String[] {"BNPAFRPPXXX", "SOGEFRPP", "CMCIFR2A", "AGRIFRPP881", "CEPAFRPP751",
            "QNTOFRP1XXX", "CCBPFRPPNAN"});
    }

    /** A pale shade of a colour (its share {@code amount} mixed with white). */
    private static int tint(int rgb, float amount) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = Math.round(255 - (255 - r) * amount);
        g = Math.round(255 - (255 - g) * amount);
        b = Math.round(255 - (255 - b) * amount);
        return (r << 16) | (g << 8) | b;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
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

    /** A code that stays the same for a description ("ART-4170"). */
    private static String code(String prefix, String label) {
        return prefix + (1000 + Math.floorMod(label.hashCode(), 9000));
    }

    /** Words of {@code text} in lines no wider than {@code max} points. */
    private static List<String> wrap(Canvas c, String text, float pt, float max, boolean bold) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && c.width(tried, pt, bold) > max) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** A paragraph wrapped at {@code max} points; returns the next baseline. */
    private static float para(Canvas c, float x, float y, String text, float pt, float max, float step, int align) {
        for (String line : wrap(c, text, pt, max, false)) {
            c.put(x, y, line, pt, false, align);
            y -= step;
        }
        return y;
    }

    /** Lines of text one under the other; returns the next baseline. */
    private static float block(Canvas c, float x, float y, String[] lines, float pt, float step, boolean boldFirst) {
        for (int i = 0; i < lines.length; i++) {
            c.put(x, y, lines[i], pt, boldFirst && i == 0, L);
            y -= step;
        }
        return y;
    }

    private static void cell(Canvas c, float[] xs, int k, float y, String text, float pt, boolean bold, int align) {
        float w = xs[k + 1] - xs[k] - 8;
        if (align == L) {
            c.fit(xs[k] + 4, y, text, pt, w, bold, L);
        } else if (align == R) {
            c.fit(xs[k + 1] - 4, y, text, pt, w, bold, R);
        } else {
            c.fit((xs[k] + xs[k + 1]) / 2, y, text, pt, w, bold, C);
        }
    }

    /**
     * A table with a head row filled in {@code headFill} (no fill if negative) in {@code headInk}; returns the height
     * of the rule under its last row.
     */
    private static float table(Canvas c, float[] xs, String[] heads, int[] al, List<String[]> rows, float top,
            float pt, float step, int headFill, int headInk, boolean grid) {
        float w = xs[xs.length - 1] - xs[0];
        if (headFill >= 0) {
            c.fillRgb(xs[0], top - 16, w, 16, headFill);
        }
        int ink = c.ink;
        c.ink = headInk;
        for (int k = 0; k < heads.length; k++) {
            cell(c, xs, k, top - 11, heads[k], pt - 0.5f, true, al[k]);
        }
        c.ink = ink;
        c.hline(xs[0], xs[xs.length - 1], top - 16, 0.6f);
        float y = top - 16 - step + 2;
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                cell(c, xs, k, y, row[k], pt, false, al[k]);
            }
            y -= step;
        }
        float bottom = y + step - 6;
        c.hline(xs[0], xs[xs.length - 1], bottom, 0.6f);
        if (grid) {
            c.box(xs[0], bottom, w, top - bottom, 0.6f);
            for (int k = 1; k < xs.length - 1; k++) {
                c.vline(xs[k], bottom, top, 0.4f);
            }
        }
        return bottom;
    }

    /** Label on the left, value right-aligned; returns the next baseline. */
    private static float kv(Canvas c, float xl, float xr, float y, String label, String value, float pt, boolean bold,
            float step) {
        c.put(xl, y, label, pt, bold, L);
        c.put(xr, y, value, pt, bold, R);
        return y - step;
    }

    /** The French legal lines on late payment, as every program prints them; returns the next baseline. */
    private static float penalties(Canvas c, float x, float y, float max, float pt, Random r) {
        String text = pick(r, new String[] {
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : "
                    + "40 €. Escompte : néant.",
            "En cas de retard de paiement, des pénalités égales à trois fois le taux d'intérêt légal seront exigibles, "
                    + "ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de "
                    + "commerce). Pas d'escompte pour paiement anticipé.",
            "Escompte pour paiement anticipé : néant. Tout retard de paiement entraîne des pénalités au taux de 3 "
                    + "fois le taux d'intérêt légal et une indemnité forfaitaire de 40 € pour frais de recouvrement."});
        return para(c, x, y, text, pt, max, pt + 3, L);
    }

    private static final String[][] ADDRESSES = {{"14 rue Paul Bert", "69003 Lyon"},
        {"7 allée des Peupliers", "38100 Grenoble"}, {"22 avenue de la République", "44000 Nantes"},
        {"3 chemin du Moulin", "21000 Dijon"}, {"58 boulevard Gambetta", "06000 Nice"},
        {"11 rue de la Gare", "67000 Strasbourg"}, {"9 place Saint-Michel", "33000 Bordeaux"},
        {"40 rue Nationale", "59000 Lille"}, {"ZA du Pont Rouge, 5 rue Clément Ader", "31200 Toulouse"},
        {"18 quai de la Fosse", "44000 Nantes"}, {"2 rue des Tanneurs", "35000 Rennes"}};
    private static final String[] COMPANIES = {"Brasserie du Théâtre SARL", "Cabinet Marchand Expertise",
        "SAS Lumière & Bois", "Menuiserie Leroux", "Kinésithérapie du Parc", "Agence Immobilière Delorme",
        "SARL Les Jardins de Marie", "Transports Fabre et Fils", "Clinique Vétérinaire du Lac", "Hôtel des Voyageurs",
        "SAS Nautilia", "Association Culturelle L'Escale", "Boulangerie Pâtisserie Caron", "SCI Le Clos Fleuri"};
    private static final String[] PERSONS = {"M. Julien Garnier", "Mme Claire Besson", "Mme Nadia Benali",
        "M. Olivier Chevalier", "Mme Laure Fontaine", "M. Thomas Lemaire", "M. Karim Haddad", "Mme Inès Moreau"};
    private static final String[] CONTACTS = {"Julien Garnier", "Claire Besson", "Nadia Benali", "Olivier Chevalier",
        "Laure Fontaine", "Thomas Lemaire", "Karim Haddad", "Inès Moreau", "Paul Vasseur", "Amandine Roy"};

    private static String[] address(Random r) {
        return pick(r, ADDRESSES);
    }

    private static final String[][] SERVICES = {{"Développement site vitrine (forfait)", "20", "1500", "2500"},
        {"Maintenance applicative - mois", "20", "150", "250"}, {"Atelier de cadrage (demi-journée)", "20", "450", "250"},
        {"Conseil en stratégie digitale (jour)", "20", "550", "350"}, {"Rédaction de contenus (page)", "20", "90", "70"},
        {"Campagne e-mailing - conception", "20", "380", "300"}, {"Formation équipe (journée)", "20", "900", "400"},
        {"Audit de sécurité informatique", "20", "1200", "1500"}, {"Hébergement serveur dédié (an)", "20", "480", "300"},
        {"Création d'identité visuelle", "20", "1100", "900"}, {"Gestion des réseaux sociaux - mois", "20", "420", "280"},
        {"Intégration API de paiement", "20", "800", "700"}, {"Support technique (heure)", "20", "65", "35"}};

    // --- 1. Pennylane

    private static final String[][] PL_SELLERS = {{"Nébuleuse Conseil", "47 rue de la Chaussée d'Antin",
        "75009 Paris", "SAS au capital de 10 000 €", "Paris"}, {"Fil d'Argent Studio", "12 rue Lanterne", "69001 Lyon",
            "SARL au capital de 4 000 €", "Lyon"}, {"Ardoise Data", "8 rue du Pré Botté", "35000 Rennes",
                "SAS au capital de 15 000 €", "Rennes"}};

    /**
     * Pennylane: the seller's name in colour at the top left, "Facture" and its number at the top right, "De" and
     * "Pour" blocks at the left with a column of label/value at the right (Date d'émission, Date d'échéance,
     * Référence commande, Conditions de paiement), a tinted "Montant à payer" card, a light table, totals at the
     * right, "Payer en ligne" with a link, the bank details and the legal lines; "Page 1/1" at the foot.
     */
    static Truth pennylane(Canvas c, Random r, int round) {
        int accent = 0x0E7C66;
        String[] s = pick(r, PL_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        int days = round % 2 == 0 ? 30 : pick(r, new Integer[] {15, 45});
        LocalDate due = issue.plusDays(days);
        String number = "F-2026-" + n0(4, 40 + r.nextInt(900));
        List<Item> items = lines(r, SERVICES, 2, 5);
        Sums sum = sums(items);
        String siren = siren(r);

        c.ink = accent;
        c.bold(40, 790, s[0], 17);
        c.ink = BLACK;
        c.rightBold(555, 792, "Facture", 22);
        c.ink = GREY;
        c.right(555, 774, "N° " + number, 10);
        c.ink = BLACK;
        c.pen = tint(accent, 0.5f);
        c.hline(40, 555, 760, 0.8f);
        c.pen = BLACK;

        c.ink = GREY;
        c.text(40, 740, "De", 8);
        c.ink = BLACK;
        block(c, 40, 726, new String[] {s[0], s[1], s[2], "SIRET " + siret(siren, r)}, 9, 12, true);
        c.ink = GREY;
        c.text(40, 670, "Pour", 8);
        c.ink = BLACK;
        String contact = pick(r, CONTACTS);
        block(c, 40, 656, new String[] {customer, "À l'attention de " + contact, addr[0], addr[1]}, 9, 12, true);

        float y = 740;
        String[][] meta = {{"Date d'émission", dmy(issue)}, {"Date d'échéance", dmy(due)},
            {"Référence commande", "PO-" + digits(r, 5)}, {"Conditions de paiement", days + " jours"}};
        for (String[] m : meta) {
            c.ink = GREY;
            c.text(340, y, m[0], 8.5f);
            c.ink = BLACK;
            c.right(555, y, m[1], 9);
            y -= 15;
        }

        c.fillRgb(40, 566, 515, 44, tint(accent, 0.12f));
        c.ink = accent;
        c.text(54, 594, "Montant à payer", 9);
        c.bold(54, 575, eur(sum.gross()), 15);
        c.ink = BLACK;
        c.right(541, 585, "avant le " + dmy(due), 9);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit()), rate(i.rate()) + " %", eur(i.amount())});
        }
        float[] xs = {40, 290, 345, 435, 480, 555};
        float bottom = table(c, xs, new String[] {"Description", "Quantité", "Prix unitaire HT", "TVA", "Total HT"},
                new int[] {L, R, R, R, R}, rows, 546, 8.5f, 16, tint(accent, 0.08f), GREY, false);
        float ty = bottom - 20;
        ty = kv(c, 360, 555, ty, "Total HT", eur(sum.net()), 9, false, 15);
        ty = kv(c, 360, 555, ty, "TVA 20 %", eur(sum.tax()), 9, false, 15);
        c.hline(360, 555, ty + 9, 0.5f);
        ty = kv(c, 360, 555, ty - 4, "Total TTC", eur(sum.gross()), 10.5f, true, 22);

        float py = Math.min(ty - 10, bottom - 120);
        c.bold(40, py, "Payer en ligne", 9.5f);
        c.ink = accent;
        c.text(40, py - 14, "https://app.pennylane.com/i/" + Long.toHexString(r.nextLong()).substring(0, 10), 8.5f);
        c.ink = BLACK;
        c.bold(40, py - 36, "Coordonnées bancaires", 9.5f);
        c.text(40, py - 50, "IBAN : " + iban(r), 8.5f);
        c.text(40, py - 62, "BIC : " + bic(r) + "   -   Titulaire : " + s[0], 8.5f);

        c.ink = GREY;
        float fy = penalties(c, 40, 92, 515, 7, r);
        c.text(40, fy - 4, s[0] + " - " + s[3] + " - RCS " + s[4] + " " + spaced(siren) + " - TVA intracommunautaire "
                + tva(siren), 7);
        c.right(555, 30, "Page 1/1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 2. Sellsy

    private static final String[][] SELLSY_SELLERS = {{"OPTIMA BUREAUTIQUE", "Parc Technologique, 3 allée Turing",
        "13100 Aix-en-Provence", "SAS au capital de 50 000 €", "Aix-en-Provence"}, {"HEXAGONE SIGNALÉTIQUE",
            "27 rue de l'Industrie", "67400 Illkirch-Graffenstaden", "SARL au capital de 20 000 €", "Strasbourg"},
        {"CLIMATIS SERVICES", "ZAC de la Chantrerie, 9 rue Newton", "44300 Nantes", "SAS au capital de 30 000 €",
            "Nantes"}};
    private static final String[][] SELLSY_WORK = {{"Copieur multifonction A3 couleur", "20", "2400", "1800"},
        {"Contrat de maintenance annuel", "20", "480", "400"}, {"Installation et paramétrage", "20", "180", "150"},
        {"Cartouche de toner noir", "20", "45", "40"}, {"Panneau dibond 60 x 40 cm", "20", "55", "40"},
        {"Enseigne lumineuse LED", "20", "1400", "900"}, {"Pose sur site (forfait)", "20", "250", "200"},
        {"Climatiseur mural 3,5 kW", "20", "890", "500"}, {"Mise en service et réglages", "20", "150", "90"},
        {"Kit de fixation murale", "20", "35", "25"}, {"Formation utilisateurs (heure)", "20", "70", "30"}};

    /**
     * Sellsy: the seller at the top left, "FACTURE" at the right over a boxed two-column meta table (Numéro, Date,
     * Échéance in even rounds, Code client, Votre contact), the customer in a frame under it, a table with a
     * reference column, then "Total HT brut", "Remise 10 %", "Total HT net", TVA, "Total TTC" and a filled "Net à
     * payer"; conditions "Paiement à 45 jours" (in odd rounds the only word on when to pay).
     */
    static Truth sellsy(Canvas c, Random r, int round) {
        int blue = 0x2C4A8C;
        String[] s = pick(r, SELLSY_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(45);
        String number = "FAC-" + n0(5, 100 + r.nextInt(2000));
        List<Item> items = lines(r, SELLSY_WORK, 3, 6);
        BigDecimal gross = sums(items).net();
        Sums sum = Sums.of(items, BigDecimal.TEN);
        BigDecimal remise = gross.subtract(sum.net());
        String siren = siren(r);

        c.ink = blue;
        c.bold(40, 795, s[0], 15);
        c.ink = BLACK;
        block(c, 40, 778, new String[] {s[1], s[2], "Tél. " + phone(r, "0" + (1 + r.nextInt(5))),
            "contact@" + slug(s[0]) + ".fr"}, 8.5f, 11.5f, false);

        c.ink = blue;
        c.rightBold(555, 795, "FACTURE", 20);
        c.ink = BLACK;
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Numéro", number});
        meta.add(new String[] {"Date", dmy(issue)});
        if (round % 2 == 0) {
            meta.add(new String[] {"Échéance", dmy(due)});
        }
        meta.add(new String[] {"Code client", "CLI" + n0(5, r.nextInt(3000))});
        meta.add(new String[] {"Votre contact", pick(r, CONTACTS)});
        float top = 775;
        float h = 15;
        c.box(365, top - h * meta.size(), 190, h * meta.size(), 0.5f);
        c.vline(450, top - h * meta.size(), top, 0.4f);
        for (int k = 0; k < meta.size(); k++) {
            float base = top - h * (k + 1) + 4.5f;
            c.fill(365.3f, top - h * (k + 1) + 0.3f, 84.4f, h - 0.6f, 0.93f);
            c.bold(370, base, meta.get(k)[0], 8);
            c.text(456, base, meta.get(k)[1], 8.5f);
            if (k > 0) {
                c.hline(365, 555, top - h * k, 0.3f);
            }
        }
        float cy = top - h * meta.size() - 18;
        c.box(325, cy - 62, 230, 70, 0.5f);
        block(c, 335, cy - 8, new String[] {customer, "Service comptabilité", addr[0], addr[1]}, 9, 13, true);

        float y = cy - 88;
        c.text(40, y, "Objet : " + pick(r, new String[] {"Équipement des locaux", "Commande du " + dmy(
                issue.minusDays(10 + r.nextInt(20))), "Votre projet " + pick(r, CONTACTS).split(" ")[1]}), 9);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {code("REF-", i.label()), i.label(), qty(i.qty()), fr(i.unit()),
                rate(i.rate()) + " %", fr(i.amount())});
        }
        float[] xs = {40, 100, 320, 360, 430, 475, 555};
        float bottom = table(c, xs, new String[] {"Réf.", "Désignation", "Qté", "P.U. HT", "TVA", "Total HT"},
                new int[] {L, L, R, R, R, R}, rows, y - 10, 8.5f, 16, blue, WHITE, false);

        float ty = bottom - 20;
        ty = kv(c, 355, 555, ty, "Total HT brut", eur(gross), 9, false, 15);
        ty = kv(c, 355, 555, ty, "Remise 10 %", "-" + eur(remise), 9, false, 15);
        ty = kv(c, 355, 555, ty, "Total HT net", eur(sum.net()), 9, false, 15);
        ty = kv(c, 355, 555, ty, "TVA 20 % sur " + fr(sum.net()), eur(sum.tax()), 9, false, 15);
        ty = kv(c, 355, 555, ty, "Total TTC", eur(sum.gross()), 9, true, 19);
        c.fillRgb(350, ty - 6, 205, 20, blue);
        c.ink = WHITE;
        kv(c, 358, 549, ty, "Net à payer", eur(sum.gross()), 10.5f, true, 0);
        c.ink = BLACK;

        float ly = bottom - 20;
        c.bold(40, ly, "Conditions de paiement", 8.5f);
        c.text(40, ly - 13, "Paiement à 45 jours" + (round % 2 == 0 ? " date de facture" : ""), 8.5f);
        c.text(40, ly - 26, "Mode : virement bancaire", 8.5f);
        c.text(40, ly - 46, "IBAN " + iban(r), 8);
        c.text(40, ly - 58, "BIC " + bic(r), 8);

        c.ink = GREY;
        float fy = penalties(c, 40, 80, 515, 7, r);
        c.center(297, fy - 4, s[0] + " - " + s[3] + " - SIRET " + siret(siren, r) + " - RCS " + s[4] + " - N° TVA "
                + tva(siren), 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 3. Axonaut

    private static final String[][] AXO_SELLERS = {{"Verdure Paysage", "La Grande Pièce, route de Saumur",
        "49400 Saumur", "SARL au capital de 8 000 €", "Angers"}, {"Brico-Pro Distribution", "ZI des Vignes, 4 rue "
            + "Gutenberg", "93000 Bobigny", "SAS au capital de 60 000 €", "Bobigny"}, {"Élec'Ouest", "21 rue de "
                + "l'Artisanat", "56000 Vannes", "SARL au capital de 12 000 €", "Vannes"}};
    private static final String[][] AXO_WORK = {{"Gazon en rouleau (m²)", "20", "6", "4"},
        {"Arbuste persistant - pot 10 L", "20", "18", "12"}, {"Terre végétale (m³)", "20", "45", "20"},
        {"Main d'œuvre plantation (heure)", "20", "42", "10"}, {"Câble R2V 3G2,5 (couronne 100 m)", "20", "95", "40"},
        {"Disjoncteur différentiel 30 mA", "20", "62", "30"}, {"Tableau électrique 3 rangées", "20", "180", "90"},
        {"Perceuse à percussion 800 W", "20", "89", "60"}, {"Lot de vis inox (boîte 500)", "20", "24", "15"},
        {"Livraison sur chantier", "20", "45", "35"}};
    private static final String[] SITES = {"Chantier Résidence Les Aubépines", "Dépôt logistique - Quai 3",
        "Magasin de Villeurbanne", "Agence de Quimper", "Entrepôt Nord - Réception marchandises"};

    /**
     * Axonaut: the seller at the top left, "Facture FA-2026-0087" at the right with the dates, two framed blocks
     * side by side, "Adresse de facturation" (the customer) and "Adresse de livraison" (a site of another name),
     * a line with "Référence commande" and "Bon de livraison n° … du …", a grey-headed table, the totals with
     * "Acompte versé le …" and "Reste à payer"; the due date printed in even rounds, "30 jours fin de mois" alone in
     * odd ones.
     */
    static Truth axonaut(Canvas c, Random r, int round) {
        int orange = 0xE4572E;
        String[] s = pick(r, AXO_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        String[] site = address(r);
        LocalDate issue = day(r);
        LocalDate due = endOfMonth(issue.plusDays(30));
        String number = "FA-2026-" + n0(4, 20 + r.nextInt(700));
        List<Item> items = lines(r, AXO_WORK, 3, 6);
        Sums sum = sums(items);
        BigDecimal deposit = share(sum.gross(), BigDecimal.valueOf(pick(r, new Integer[] {20, 30, 40})))
                .setScale(0, RoundingMode.DOWN).setScale(2);
        BigDecimal rest = sum.gross().subtract(deposit);
        String siren = siren(r);
        LocalDate bl = issue.minusDays(2 + r.nextInt(10));
        LocalDate paidOn = issue.minusDays(20 + r.nextInt(30));
        if (paidOn.getYear() < 2026) {
            paidOn = LocalDate.of(2026, 1, 2);
        }

        c.ink = orange;
        c.bold(40, 795, s[0], 16);
        c.ink = BLACK;
        block(c, 40, 778, new String[] {s[1], s[2], "Tél. : " + phone(r, "02")}, 8.5f, 11.5f, false);
        c.rightBold(555, 795, "Facture " + number, 14);
        c.right(555, 778, "Date : " + dmy(issue), 9);
        if (round % 2 == 0) {
            c.right(555, 765, "Échéance : " + dmy(due), 9);
        }

        c.pen = 0x9CA3AF;
        c.box(40, 640, 250, 85, 0.5f);
        c.box(305, 640, 250, 85, 0.5f);
        c.pen = BLACK;
        c.ink = orange;
        c.bold(50, 712, "Adresse de facturation", 8.5f);
        c.bold(315, 712, "Adresse de livraison", 8.5f);
        c.ink = BLACK;
        block(c, 50, 696, new String[] {customer, addr[0], addr[1], "N° TVA : " + tva(siren(r))}, 9, 12.5f, true);
        String contact = pick(r, CONTACTS);
        block(c, 315, 696, new String[] {pick(r, SITES), "À l'attention de " + contact, site[0], site[1]}, 9, 12.5f,
                true);

        c.text(40, 618, "Référence commande : CMD-" + digits(r, 6), 8.5f);
        c.text(250, 618, "Bon de livraison n° BL-" + n0(5, r.nextInt(9000)) + " du " + dmy(bl), 8.5f);
        c.text(40, 604, "Code client : " + "CL" + n0(4, r.nextInt(2000)), 8.5f);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), fr(i.unit()), rate(i.rate()) + " %", fr(i.amount())});
        }
        float[] xs = {40, 300, 350, 430, 475, 555};
        float bottom = table(c, xs, new String[] {"Désignation", "Qté", "PU HT", "TVA", "Montant HT"},
                new int[] {L, R, R, R, R}, rows, 590, 8.5f, 16, 0xE5E7EB, BLACK, false);

        float ty = bottom - 20;
        ty = kv(c, 345, 555, ty, "Total HT", eur(sum.net()), 9, false, 15);
        ty = kv(c, 345, 555, ty, "Total TVA", eur(sum.tax()), 9, false, 15);
        ty = kv(c, 345, 555, ty, "Total TTC", eur(sum.gross()), 9.5f, true, 15);
        ty = kv(c, 345, 555, ty, "Acompte versé le " + dmy(paidOn), "-" + eur(deposit),
                9, false, 19);
        c.fillRgb(340, ty - 6, 215, 20, tint(orange, 0.15f));
        kv(c, 345, 549, ty, "Reste à payer", eur(rest), 10.5f, true, 0);

        float ly = bottom - 20;
        c.text(40, ly, "Conditions de paiement : 30 jours fin de mois", 8.5f);
        c.text(40, ly - 13, "Moyen de paiement : virement", 8.5f);
        c.text(40, ly - 30, "IBAN : " + iban(r), 8);
        c.text(40, ly - 42, "BIC : " + bic(r), 8);

        c.ink = GREY;
        float fy = penalties(c, 40, 78, 515, 7, r);
        c.text(40, fy - 4, s[0] + " - " + s[3] + " - SIRET " + siret(siren, r) + " - APE " + naf(r) + " - TVA "
                + tva(siren), 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 4. Tiime

    private static final String[][] TIIME_SELLERS = {{"Margaux Leclerc - Design graphique", "5 rue des Carmes",
        "31000 Toulouse"}, {"Studio Pigment", "30 rue de la République", "13002 Marseille"},
        {"Bastien Morel Conseil", "2 place du Ralliement", "49000 Angers"}};

    /**
     * Tiime: a centred title "Facture n° 2026-11-007", the dates in words ("Émise le 15 novembre 2026", "À régler
     * avant le 15 décembre 2026") and the month of service in words, the seller at the left and "Client" at the
     * right, a table without rules but a line under its head, Total HT / TVA (20 %) / Total TTC, the IBAN.
     */
    static Truth tiime(Canvas c, Random r, int round) {
        int ink = 0x3B3B98;
        String[] s = pick(r, TIIME_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = round % 2 == 0 ? issue.plusDays(30) : endOfMonth(issue);
        String number = "2026-" + n0(2, issue.getMonthValue()) + "-" + n0(3, 1 + r.nextInt(40));
        List<Item> items = lines(r, SERVICES, 1, 4);
        Sums sum = sums(items);
        String siren = siren(r);
        LocalDate month = issue.minusMonths(1);

        c.ink = ink;
        c.centerBold(297, 790, "Facture n° " + number, 18);
        c.ink = GREY;
        c.center(297, 770, "Émise le " + frWords(issue), 10);
        c.ink = BLACK;

        block(c, 40, 730, new String[] {s[0], s[1], s[2], "SIREN " + spaced(siren), "TVA " + tva(siren)}, 9, 12.5f,
                true);
        c.ink = GREY;
        c.text(340, 730, "Client", 8.5f);
        c.ink = BLACK;
        block(c, 340, 716, new String[] {customer, addr[0], addr[1]}, 9.5f, 13, true);

        String m = MONTHS_FR[month.getMonthValue() - 1];
        c.text(40, 640, "Prestations " + ("aeiou".indexOf(m.charAt(0)) >= 0 ? "d'" : "de ") + m + " " + month.getYear(),
                9);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit()), eur(i.amount())});
        }
        float[] xs = {40, 330, 380, 465, 555};
        float bottom = table(c, xs, new String[] {"Désignation", "Qté", "Prix unit. HT", "Montant HT"},
                new int[] {L, R, R, R}, rows, 625, 9, 17, -1, ink, false);

        float ty = bottom - 22;
        ty = kv(c, 370, 555, ty, "Total HT", eur(sum.net()), 9.5f, false, 16);
        ty = kv(c, 370, 555, ty, "TVA (20 %)", eur(sum.tax()), 9.5f, false, 16);
        c.ink = ink;
        ty = kv(c, 370, 555, ty - 2, "Total TTC", eur(sum.gross()), 11, true, 16);
        c.ink = BLACK;

        float py = ty - 30;
        c.bold(40, py, "À régler avant le " + frWords(due), 10);
        c.text(40, py - 16, "Par virement bancaire - IBAN " + iban(r) + " - BIC " + bic(r), 8.5f);
        c.text(40, py - 30, "Merci d'indiquer le numéro de facture en référence du virement.", 8.5f);
        c.ink = GREY;
        penalties(c, 40, 70, 515, 7, r);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 5. Henrri

    private static final String[][] HENRRI_SELLERS = {{"Les Toiles de Jeanne", "3 rue du Marché", "24000 Périgueux",
        "EI"}, {"Dépannage Informatique Girard", "65 avenue de Verdun", "87000 Limoges", "EURL"},
        {"Atelier Couture & Retouches", "12 rue Saint-Nicolas", "14000 Caen", "EI"}};
    private static final String[][] HENRRI_SEWING = {{"Retouche ourlet pantalon", "20", "12", "6"},
        {"Confection rideaux sur mesure (paire)", "20", "140", "90"}, {"Housse de coussin 40 x 40", "20", "25", "10"},
        {"Reprise de taille robe", "20", "18", "10"}, {"Tissu lin au mètre", "20", "16", "9"}};
    private static final String[][] HENRRI_IT = {{"Dépannage à domicile (heure)", "20", "45", "15"},
        {"Réinstallation système", "20", "70", "30"}, {"Disque SSD 1 To", "20", "85", "40"},
        {"Sauvegarde et transfert de données", "20", "40", "30"}, {"Frais de déplacement", "20", "15", "15"}};

    /**
     * Henrri: the seller top left, the customer in a window box at the right, a big "FACTURE" then one line "N° : …
     * Date : … Code client : …", a fully ruled grid, a boxed totals block at the bottom right (Total HT, Total TVA,
     * Total TTC), "Conditions de paiement : à réception" (even rounds) or "Paiement comptant" (odd), "Escompte :
     * néant", "Facture réalisée avec Henrri" in small.
     */
    static Truth henrri(Canvas c, Random r, int round) {
        String[] s = pick(r, HENRRI_SELLERS);
        boolean person = r.nextBoolean();
        String customer = person ? pick(r, PERSONS) : pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "2026-" + n0(4, 5 + r.nextInt(300));
        List<Item> items = lines(r, s[0].startsWith("Dépannage") ? HENRRI_IT : HENRRI_SEWING, 2, 5);
        Sums sum = sums(items);
        String siren = siren(r);

        block(c, 40, 800, new String[] {s[0], s[1], s[2], "Tél. " + phone(r, "06"), s[3] + " - SIRET "
            + siret(siren, r)}, 9, 12.5f, true);
        c.box(320, 660, 235, 85, 0.6f);
        block(c, 332, 725, new String[] {customer, addr[0], addr[1]}, 10, 14, true);

        c.bold(40, 630, "FACTURE", 22);
        String client = "C" + n0(4, r.nextInt(500));
        c.text(40, 606, "N° : " + number, 9.5f);
        c.text(200, 606, "Date : " + dmy(issue), 9.5f);
        c.text(360, 606, "Code client : " + client, 9.5f);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), frs(i.unit()), rate(i.rate()) + " %", frs(i.amount())});
        }
        float[] xs = {40, 310, 355, 430, 475, 555};
        float bottom = table(c, xs, new String[] {"Description", "Quantité", "Prix unitaire", "TVA", "Total HT"},
                new int[] {L, C, R, C, R}, rows, 590, 9, 18, 0xEEEEEE, BLACK, true);

        float top = bottom - 14;
        c.box(355, top - 60, 200, 60, 0.6f);
        kv(c, 363, 547, top - 15, "Total HT", frs(sum.net()) + " €", 9, false, 0);
        kv(c, 363, 547, top - 31, "Total TVA", frs(sum.tax()) + " €", 9, false, 0);
        c.hline(355, 555, top - 40, 0.5f);
        kv(c, 363, 547, top - 53, "Total TTC", frs(sum.gross()) + " €", 10, true, 0);

        float ly = top - 15;
        c.text(40, ly, round % 2 == 0 ? "Conditions de paiement : à réception" : "Paiement comptant", 9);
        c.text(40, ly - 14, "Escompte : néant", 9);
        c.text(40, ly - 28, "Mode de paiement : " + pick(r, new String[] {"chèque ou virement", "virement",
            "espèces, chèque ou virement"}), 9);
        c.text(40, ly - 42, "IBAN : " + iban(r), 8.5f);

        c.ink = GREY;
        float fy = penalties(c, 40, 76, 515, 7, r);
        c.text(40, fy - 2, "TVA intracommunautaire : " + tva(siren), 7);
        c.center(297, 22, "Facture réalisée avec Henrri", 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, issue, sum.gross(), "EUR", customer);
    }

    // --- 6. Freebe

    private static final String[][] FREEBE_SELLERS = {{"Léa Dumont", "Rédactrice web & UX writer",
        "17 rue de la Paix", "72000 Le Mans"}, {"Hugo Ferrand", "Développeur freelance", "4 impasse des Lilas",
            "34000 Montpellier"}, {"Chloé Martins", "Photographe", "28 rue Sainte-Catherine", "33000 Bordeaux"}};
    private static final String[][] FREEBE_WORK = {{"Rédaction d'articles de blog (unité)", "0", "120", "80"},
        {"Développement de fonctionnalités (jour)", "0", "380", "150"}, {"Reportage photo entreprise", "0", "450", "300"},
        {"Retouche photo (lot de 20)", "0", "90", "60"}, {"Atelier UX writing (demi-journée)", "0", "350", "150"},
        {"Correction de bugs (heure)", "0", "55", "20"}, {"Réunion de suivi", "0", "60", "40"}};

    /**
     * Freebe: a coloured band down the left edge, the freelancer's name big, "Facture F2026-017" with "Date de
     * facturation" and the period of the service, the customer at the right under "Facturé à", a table with the
     * days, "TVA non applicable, art. 293 B du CGI", a total HT only and "Net à payer"; the terms only
     * ("Conditions de paiement : 30 jours fin de mois" in even rounds, "45 jours" in odd ones).
     */
    static Truth freebe(Canvas c, Random r, int round) {
        int green = 0x1E9E7A;
        String[] s = pick(r, FREEBE_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = round % 2 == 0 ? endOfMonth(issue.plusDays(30)) : issue.plusDays(45);
        String terms = round % 2 == 0 ? "30 jours fin de mois" : "45 jours";
        String number = "F2026-" + n0(3, 3 + r.nextInt(120));
        List<Item> items = lines(r, FREEBE_WORK, 1, 4);
        Sums sum = sums(items);
        String siren = siren(r);
        LocalDate from = issue.minusMonths(1).withDayOfMonth(1);

        c.fillRgb(0, 0, 22, c.height(), green);
        c.ink = green;
        c.bold(50, 790, s[0], 20);
        c.ink = GREY;
        c.text(50, 772, s[1], 10);
        c.ink = BLACK;
        block(c, 50, 750, new String[] {s[2], s[3], "SIRET : " + siret(siren, r), "Entrepreneur individuel"}, 8.5f,
                12, false);

        c.ink = GREY;
        c.text(340, 750, "Facturé à", 8.5f);
        c.ink = BLACK;
        block(c, 340, 735, new String[] {customer, addr[0], addr[1], "SIREN : " + spaced(siren(r))}, 9.5f, 13, true);

        c.bold(50, 660, "Facture " + number, 15);
        float y = 640;
        y = kv(c, 50, 300, y, "Date de facturation", dmy(issue), 9, false, 14);
        y = kv(c, 50, 300, y, "Période", "du " + dmy(from) + " au " + dmy(endOfMonth(from)), 9, false, 14);
        kv(c, 50, 300, y, "Conditions de paiement", terms, 9, false, 14);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit()), eur(i.amount())});
        }
        float[] xs = {50, 330, 380, 465, 555};
        float bottom = table(c, xs, new String[] {"Prestation", "Qté", "Prix unitaire", "Total"},
                new int[] {L, R, R, R}, rows, 585, 9, 17, tint(green, 0.15f), BLACK, false);
        float ty = bottom - 22;
        ty = kv(c, 370, 555, ty, "Total HT", eur(sum.net()), 9.5f, false, 16);
        ty = kv(c, 370, 555, ty, "TVA", "0,00\u00A0€", 9.5f, false, 18);
        c.ink = green;
        kv(c, 370, 555, ty, "Net à payer", eur(sum.gross()), 11.5f, true, 0);
        c.ink = BLACK;
        c.text(50, bottom - 22, "TVA non applicable, art. 293 B du CGI", 8.5f);

        float py = ty - 50;
        c.bold(50, py, "Règlement par virement", 9);
        c.text(50, py - 14, "IBAN " + iban(r) + "   BIC " + bic(r), 8.5f);
        c.ink = GREY;
        penalties(c, 50, 70, 505, 7, r);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 7. Abby

    private static final String[][] ABBY_SELLERS = {{"Nina Rolland - Coaching & Formation", "9 rue Grande",
        "77300 Fontainebleau", "DE"}, {"Mathis Perrin Multimédia", "55 boulevard Victor Hugo", "06000 Nice", "EI"},
        {"Ô Bien-Être Massages", "3 place de la Mairie", "64200 Biarritz", "EI"}};

    /**
     * Abby: the seller at the top left, the customer at the top right under "Client", a centred "FACTURE N° …", a
     * line of "Date de la facture", "Date d'exécution de la prestation" and "Date limite de paiement", a simple
     * table, the totals ending with "Déjà réglé" (an earlier payment) and "Reste à payer", the IBAN.
     */
    static Truth abby(Canvas c, Random r, int round) {
        int violet = 0x6D28D9;
        String[] s = pick(r, ABBY_SELLERS);
        String customer = r.nextBoolean() ? pick(r, PERSONS) : pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {8, 15, 30}));
        LocalDate done = issue.minusDays(1 + r.nextInt(12));
        String number = round % 2 == 0 ? "F-" + n0(4, 10 + r.nextInt(400)) : "2026-" + n0(3, 10 + r.nextInt(400));
        List<Item> items = lines(r, SERVICES, 1, 4);
        Sums sum = sums(items);
        BigDecimal paid = share(sum.gross(), BigDecimal.valueOf(pick(r, new Integer[] {25, 30, 50})))
                .setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal rest = sum.gross().subtract(paid);
        String siren = siren(r);

        block(c, 40, 800, new String[] {s[0], s[1], s[2], "SIRET " + siret(siren, r), "N° TVA " + tva(siren)}, 9,
                12.5f, true);
        c.ink = violet;
        c.bold(360, 800, "Client", 9);
        c.ink = BLACK;
        block(c, 360, 785, new String[] {customer, addr[0], addr[1]}, 9.5f, 13, true);

        c.ink = violet;
        c.centerBold(297, 700, "FACTURE N° " + number, 16);
        c.ink = BLACK;
        c.text(40, 672, "Date de la facture : " + dmy(issue), 8.5f);
        c.text(210, 672, "Date d'exécution de la prestation : " + dmy(done), 8.5f);
        c.text(40, 658, "Date limite de paiement : " + dmy(due), 8.5f);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit()), rate(i.rate()) + " %", eur(i.amount())});
        }
        float[] xs = {40, 300, 350, 435, 480, 555};
        float bottom = table(c, xs, new String[] {"Description", "Qté", "Prix unitaire HT", "TVA", "Total HT"},
                new int[] {L, R, R, R, R}, rows, 636, 9, 17, tint(violet, 0.1f), violet, false);
        float ty = bottom - 22;
        ty = kv(c, 350, 555, ty, "Total HT", eur(sum.net()), 9.5f, false, 16);
        ty = kv(c, 350, 555, ty, "TVA 20 %", eur(sum.tax()), 9.5f, false, 16);
        ty = kv(c, 350, 555, ty, "Total TTC", eur(sum.gross()), 10, true, 16);
        ty = kv(c, 350, 555, ty, "Déjà réglé", eur(paid), 9.5f, false, 20);
        c.fillRgb(345, ty - 6, 210, 20, tint(violet, 0.12f));
        c.ink = violet;
        kv(c, 350, 550, ty, "Reste à payer", eur(rest), 11, true, 0);
        c.ink = BLACK;

        float py = ty - 44;
        c.text(40, py, "Moyens de paiement acceptés : virement, chèque", 8.5f);
        c.text(40, py - 14, "IBAN : " + iban(r) + "  -  BIC : " + bic(r), 8.5f);
        c.ink = GREY;
        penalties(c, 40, 70, 515, 7, r);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 8. Evoliz

    private static final String[][] EVOLIZ_SELLERS = {{"FOURNITURES PRO DU CENTRE", "12 avenue de l'Europe",
        "63000 Clermont-Ferrand", "SAS au capital de 40 000 €", "Clermont-Ferrand"}, {"HYGIÈNE SERVICE OUEST",
            "ZA de Kerourvois", "29500 Ergué-Gabéric", "SARL au capital de 25 000 €", "Quimper"}};
    private static final String[][] EVOLIZ_WORK = {{"Ramette papier A4 80 g (carton de 5)", "20", "22", "8"},
        {"Stylo bille bleu (boîte de 50)", "20", "14", "6"}, {"Classeur à levier dos 80 mm", "20", "3", "2"},
        {"Enveloppes C5 (boîte de 500)", "20", "28", "10"}, {"Chemises cartonnées (paquet de 100)", "20", "16", "6"},
        {"Agrafeuse de bureau", "20", "9", "6"}, {"Agrafes 24/6 (boîte de 5000)", "20", "3", "2"},
        {"Surligneurs assortis (lot de 4)", "20", "4", "2"}, {"Post-it 76 x 76 (lot de 12)", "20", "11", "5"},
        {"Cartouche jet d'encre noire", "20", "25", "15"}, {"Toner laser couleur", "20", "68", "40"},
        {"Essuie-mains pliés (carton)", "20", "32", "12"}, {"Savon liquide 5 L", "20", "14", "6"},
        {"Sacs poubelle 100 L (rouleau)", "20", "6", "3"}, {"Papier toilette (colis de 96)", "20", "38", "12"},
        {"Lingettes désinfectantes", "20", "7", "4"}, {"Gants nitrile (boîte de 100)", "20", "8", "5"},
        {"Désinfectant surfaces 750 ml", "20", "5", "3"}, {"Balai microfibre complet", "20", "24", "12"},
        {"Seau à essorage 15 L", "20", "17", "8"}, {"Calculatrice de bureau", "20", "19", "10"},
        {"Bloc-notes A5 (lot de 10)", "20", "12", "5"}, {"Ruban adhésif (lot de 8)", "20", "6", "3"},
        {"Pochettes perforées (boîte de 100)", "20", "5", "3"}, {"Corbeille à courrier", "20", "7", "4"},
        {"Pile AA (lot de 24)", "20", "13", "5"}, {"Étiquettes adhésives (100 feuilles)", "20", "18", "10"},
        {"Marqueurs tableau blanc (lot de 4)", "20", "6", "3"}, {"Tampon encreur", "20", "5", "3"},
        {"Ciseaux de bureau 21 cm", "20", "4", "2"}, {"Liquide vaisselle 5 L", "20", "11", "4"},
        {"Raclette sol 45 cm", "20", "13", "6"}};

    private static void evolizHead(Canvas c, String[] s, String number, LocalDate issue, LocalDate due, String client,
            int blue) {
        c.ink = blue;
        c.bold(40, 800, s[0], 13);
        c.ink = BLACK;
        c.text(40, 786, s[1] + " - " + s[2], 8);
        String[] heads = {"Facture N°", "Date", "Échéance", "Code client"};
        String[] values = {number, dmy(issue), dmy(due), client};
        float x0 = 315;
        float w = 60;
        float[] xs = {x0, x0 + w + 10, x0 + 2 * w + 10, x0 + 3 * w + 10, 555};
        c.fillRgb(x0, 762, 555 - x0, 14, tint(blue, 0.15f));
        c.box(x0, 744, 555 - x0, 32, 0.5f);
        c.hline(x0, 555, 762, 0.4f);
        for (int k = 0; k < 4; k++) {
            if (k > 0) {
                c.vline(xs[k], 744, 776, 0.4f);
            }
            c.fit((xs[k] + xs[k + 1]) / 2, 766, heads[k], 7.5f, xs[k + 1] - xs[k] - 6, true, C);
            c.fit((xs[k] + xs[k + 1]) / 2, 750, values[k], 8.5f, xs[k + 1] - xs[k] - 6, false, C);
        }
    }

    /**
     * Evoliz: the seller in colour at the top left, a boxed grid of "Facture N° | Date | Échéance | Code client"
     * at the top right on both pages, the customer under it, a long ruled table of supplies running over two pages
     * ("Total HT à reporter", then "Report" on page 2), the totals, VAT and bank details on page 2, "Page 1/2" and
     * "Page 2/2" at the foot; conditions "30 jours fin de mois".
     */
    static Truth evoliz(Canvas c, Random r, int round) {
        int blue = 0x1D4E89;
        String[] s = pick(r, EVOLIZ_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = endOfMonth(issue.plusDays(30));
        String number = "FA" + n0(8, 1000 + r.nextInt(9000));
        String client = "C" + n0(5, r.nextInt(9000));
        List<Item> items = lines(r, EVOLIZ_WORK, 27, 32);
        Sums sum = sums(items);
        String siren = siren(r);
        String siret = siret(siren, r);
        int first = 24;

        evolizHead(c, s, number, issue, due, client, blue);
        c.box(315, 650, 240, 78, 0.5f);
        block(c, 325, 712, new String[] {customer, "Service achats", addr[0], addr[1]}, 9, 13, true);
        c.text(40, 712, "Tél. " + phone(r, "04"), 8);
        c.text(40, 700, "Votre commande n° " + digits(r, 6) + " du " + dmy(issue.minusDays(5 + r.nextInt(10))), 8);
        c.text(40, 688, "Conditions de paiement : 30 jours fin de mois", 8);

        List<String[]> rows = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            rows.add(new String[] {code("A", i.label() + k), i.label(), qty(i.qty()), fr(i.unit()), fr(i.amount())});
            if (k < first) {
                carried = carried.add(i.amount());
            }
        }
        float[] xs = {40, 90, 360, 400, 475, 555};
        String[] heads = {"Réf.", "Désignation", "Qté", "PU HT", "Montant HT"};
        int[] al = {L, L, R, R, R};
        float bottom = table(c, xs, heads, al, rows.subList(0, first), 630, 8, 14, tint(blue, 0.15f), BLACK, true);
        kv(c, 360, 551, bottom - 16, "Total HT à reporter", eur(carried), 8.5f, true, 0);
        c.ink = GREY;
        c.text(40, 40, s[0] + " - " + s[3] + " - SIRET " + siret + " - RCS " + s[4], 7);
        c.right(555, 40, "Page 1/2", 7.5f);
        c.ink = BLACK;

        c.newPage();
        evolizHead(c, s, number, issue, due, client, blue);
        List<String[]> rest = new ArrayList<>();
        rest.add(new String[] {"", "Report", "", "", fr(carried)});
        rest.addAll(rows.subList(first, rows.size()));
        bottom = table(c, xs, heads, al, rest, 720, 8, 14, tint(blue, 0.15f), BLACK, true);

        float top = bottom - 16;
        float[] vx = {40, 110, 190, 270};
        c.box(40, top - 34, 230, 34, 0.5f);
        c.hline(40, 270, top - 16, 0.4f);
        String[] vh = {"Taux TVA", "Base HT", "Montant TVA"};
        String[] vv = {"20,00 %", fr(sum.net()), fr(sum.tax())};
        for (int k = 0; k < 3; k++) {
            c.centerBold((vx[k] + vx[k + 1]) / 2, top - 11, vh[k], 7.5f);
            c.center((vx[k] + vx[k + 1]) / 2, top - 28, vv[k], 8);
        }
        float ty = top - 12;
        ty = kv(c, 360, 555, ty, "Total HT", eur(sum.net()), 9, false, 15);
        ty = kv(c, 360, 555, ty, "Total TVA", eur(sum.tax()), 9, false, 17);
        c.fillRgb(355, ty - 6, 200, 20, blue);
        c.ink = WHITE;
        kv(c, 362, 549, ty, "Total TTC", eur(sum.gross()), 10.5f, true, 0);
        c.ink = BLACK;

        float py = ty - 40;
        c.text(40, py, "Règlement par virement : IBAN " + iban(r) + " - BIC " + bic(r), 8);
        c.ink = GREY;
        float fy = penalties(c, 40, py - 20, 515, 7, r);
        c.text(40, fy, "N° TVA intracommunautaire : " + tva(siren), 7);
        c.text(40, 40, s[0] + " - " + s[3] + " - SIRET " + siret + " - RCS " + s[4], 7);
        c.right(555, 40, "Page 2/2", 7.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 9. EBP Facturation

    private static final String[][] EBP_SELLERS = {{"SARL MÉCA-SERVICES 71", "Route de Chalon", "71100 Saint-Rémy",
        "SARL au capital de 7 622 €", "Chalon-sur-Saône"}, {"ENTREPRISE BERTRAND PEINTURE", "6 rue des Artisans",
            "10000 Troyes", "EURL au capital de 5 000 €", "Troyes"}, {"PLOMBERIE CHAUFFAGE DUVAL",
                "18 chemin des Vignes", "89000 Auxerre", "SARL au capital de 10 000 €", "Auxerre"}};
    private static final String[][] EBP_WORK = {{"Main d'oeuvre (heure)", "20", "42", "12"},
        {"Déplacement forfait zone 1", "20", "35", "15"}, {"Peinture acrylique mate 10 L", "20", "68", "30"},
        {"Préparation des supports (m²)", "20", "8", "5"}, {"Robinet thermostatique", "20", "48", "25"},
        {"Ballon d'eau chaude 200 L", "20", "480", "200"}, {"Révision moteur", "20", "220", "120"},
        {"Kit de joints", "20", "18", "10"}, {"Huile moteur 5W30 (litre)", "20", "12", "4"}};

    /**
     * EBP Facturation: the seller at the top left in capitals, a grey "FACTURE" box with "N° FA00000456" and the date
     * under it, the customer in a window box, a ruled grid, a framed foot with a VAT base table at the left and
     * Total HT / Total TVA / Total TTC / Acompte at the right, a big framed "Montant en votre aimable règlement" and a
     * box of "Date d'échéance" and "Mode de règlement".
     */
    static Truth ebp(Canvas c, Random r, int round) {
        String[] s = pick(r, EBP_SELLERS);
        String customer = r.nextInt(3) == 0 ? pick(r, PERSONS) : pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = round % 2 == 0 ? issue.plusDays(30) : endOfMonth(issue);
        String number = "FA" + n0(8, 100 + r.nextInt(2000));
        List<Item> items = lines(r, EBP_WORK, 2, 6);
        Sums sum = sums(items);
        String siren = siren(r);

        c.bold(40, 800, s[0], 12);
        block(c, 40, 786, new String[] {s[1], s[2], "Tél : " + phone(r, "03"),
            "Mail : contact@" + slug(s[0]) + ".fr"}, 8.5f, 11.5f, false);
        c.fill(360, 770, 195, 32, 0.85f);
        c.box(360, 770, 195, 32, 0.6f);
        c.centerBold(457, 781, "FACTURE", 15);
        c.box(360, 742, 195, 26, 0.6f);
        c.vline(457, 742, 768, 0.4f);
        c.center(408, 758, "N°", 7);
        c.center(408, 746, number, 8.5f);
        c.center(506, 758, "Date", 7);
        c.center(506, 746, dmy(issue), 8.5f);

        c.box(320, 640, 235, 80, 0.6f);
        block(c, 332, 702, new String[] {customer, addr[0], addr[1]}, 10, 14, true);
        c.text(40, 700, "Code client : " + "411" + n0(5, r.nextInt(5000)), 8.5f);
        c.text(40, 687, "Votre réf. : " + pick(r, new String[] {"Devis D" + digits(r, 5) + " accepté",
            "Intervention du " + dmy(issue.minusDays(3 + r.nextInt(8))), "Bon de commande " + digits(r, 4)}), 8.5f);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {code("", i.label()), i.label(), qty(i.qty()), frs(i.unit()), frs(i.amount()), "1"});
        }
        float[] xs = {40, 85, 330, 370, 440, 520, 555};
        float bottom = table(c, xs, new String[] {"Code", "Désignation", "Qté", "P.U. HT", "Montant HT", "TVA"},
                new int[] {L, L, R, R, R, C}, rows, 620, 8.5f, 16, 0xE5E5E5, BLACK, true);

        float top = Math.min(bottom - 14, 330);
        c.box(40, top - 52, 250, 52, 0.6f);
        c.hline(40, 290, top - 16, 0.4f);
        float[] vx = {40, 80, 160, 210, 290};
        String[] vh = {"Code", "Base HT", "Taux", "Montant TVA"};
        String[] vv = {"1", frs(sum.net()), "20,00", frs(sum.tax())};
        for (int k = 0; k < 4; k++) {
            c.centerBold((vx[k] + vx[k + 1]) / 2, top - 11, vh[k], 7.5f);
            c.center((vx[k] + vx[k + 1]) / 2, top - 30, vv[k], 8.5f);
        }
        c.box(330, top - 68, 225, 68, 0.6f);
        float ty = top - 14;
        ty = kv(c, 338, 547, ty, "Total HT", frs(sum.net()), 9, false, 16);
        ty = kv(c, 338, 547, ty, "Total TVA", frs(sum.tax()), 9, false, 16);
        ty = kv(c, 338, 547, ty, "Total TTC", frs(sum.gross()), 9, true, 16);
        kv(c, 338, 547, ty, "Acompte", "0,00", 9, false, 0);

        float my = top - 100;
        c.fill(330, my - 12, 225, 31, 0.9f);
        c.box(330, my - 12, 225, 31, 1f);
        c.bold(338, my + 8, "Montant en votre aimable règlement", 7.5f);
        c.rightBold(547, my - 6, frs(sum.gross()) + " €", 11);
        c.box(40, my - 12, 250, 31, 0.6f);
        c.text(48, my + 6, "Date d'échéance : " + dmy(due), 8);
        c.text(48, my - 4, "Mode de règlement : " + pick(r, new String[] {"Chèque", "Virement", "Chèque ou virement"}),
                8);

        c.ink = GREY;
        float fy = penalties(c, 40, 80, 515, 7, r);
        c.center(297, fy - 2, s[3] + " - SIRET " + siret(siren, r) + " - APE " + naf(r) + " - RCS " + s[4]
                + " - TVA " + tva(siren), 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 10. Sage 50 (ex Ciel Gestion commerciale)

    private static final String[][] SAGE_SELLERS = {{"SOMEGA Équipements", "45 rue Ampère", "38000 Grenoble",
        "SARL au capital de 30 000 €", "Grenoble"}, {"Distri-Vins du Sud-Ouest", "Chemin de Canteloup",
            "33370 Artigues-près-Bordeaux", "SAS au capital de 80 000 €", "Bordeaux"}, {"Agri-Pièces Normandie",
                "ZA du Mesnil, 2 rue des Forges", "50000 Saint-Lô", "SARL au capital de 45 000 €", "Coutances"}};
    private static final String[][] SAGE_WORK = {{"Rayonnage métallique 5 niveaux", "20", "95", "60"},
        {"Chariot de manutention 300 kg", "20", "210", "90"}, {"Transpalette manuel 2,5 t", "20", "320", "120"},
        {"Bac de rangement (lot de 10)", "20", "38", "20"}, {"Échelle alu 3 plans", "20", "180", "70"},
        {"Carton de vin rouge AOC (6 bt)", "20", "42", "30"}, {"Courroie trapézoïdale", "20", "14", "10"},
        {"Filtre à huile tracteur", "20", "19", "12"}, {"Port et emballage", "20", "25", "20"}};

    /**
     * Sage 50 (ex Ciel): the seller at the top left, "Facture" big, a row of boxed heads and values (Numéro | Date |
     * Code client | Page 1/1), the customer in a window box at the right, "Votre commande n° … du …" and "Bon de
     * livraison n° BL… du …", a ruled grid with article codes, then the totals as a single row of boxes across the
     * width (Total HT | Total TVA | Total TTC | Acompte | Net à payer) and the "Échéance(s)" line under it.
     */
    static Truth sage50(Canvas c, Random r, int round) {
        String[] s = pick(r, SAGE_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        LocalDate due = endOfMonth(issue.plusDays(30));
        String number = "FA" + n0(5, 100 + r.nextInt(5000));
        List<Item> items = lines(r, SAGE_WORK, 3, 7);
        Sums sum = sums(items);
        String siren = siren(r);
        String client = "411" + customer.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, 6);
        LocalDate bl = issue.minusDays(1 + r.nextInt(6));

        c.family = "DejaVuSansCondensed";
        c.bold(40, 800, s[0], 13);
        block(c, 40, 786, new String[] {s[1], s[2], "Tél. " + phone(r, "0" + (2 + r.nextInt(3))), "Fax "
            + phone(r, "09")}, 8.5f, 11.5f, false);
        c.bold(40, 722, "Facture", 24);

        String[] heads = {"Numéro", "Date", "Code client", "Page"};
        String[] vals = {number, dmy(issue), client, "1/1"};
        float[] xs = {40, 110, 180, 265, 300};
        c.box(40, 668, 260, 34, 0.6f);
        c.hline(40, 300, 686, 0.4f);
        for (int k = 0; k < 4; k++) {
            if (k > 0) {
                c.vline(xs[k], 668, 702, 0.4f);
            }
            c.fit((xs[k] + xs[k + 1]) / 2, 691, heads[k], 7.5f, xs[k + 1] - xs[k] - 6, true, C);
            c.fit((xs[k] + xs[k + 1]) / 2, 673, vals[k], 8.5f, xs[k + 1] - xs[k] - 6, false, C);
        }
        c.box(325, 670, 230, 80, 0.6f);
        block(c, 337, 732, new String[] {customer, addr[0], addr[1]}, 10, 14, true);

        c.text(40, 646, "Votre commande n° " + digits(r, 5) + " du " + dmy(bl.minusDays(3 + r.nextInt(10))), 8.5f);
        c.text(300, 646, "Bon de livraison n° BL" + n0(5, r.nextInt(9000)) + " du " + dmy(bl), 8.5f);

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {code("ART", i.label()), i.label(), qty(i.qty()), bare(i.unit()), bare(i.amount()),
                "1"});
        }
        float[] gx = {40, 95, 330, 370, 440, 515, 555};
        float bottom = table(c, gx, new String[] {"Code", "Désignation", "Qté", "PU HT", "Montant HT", "Code TVA"},
                new int[] {L, L, R, R, R, C}, rows, 630, 8.5f, 15, 0xDDDDDD, BLACK, true);

        float top = Math.min(bottom - 20, 300);
        c.text(40, top, "Code TVA 1 : taux 20,00 %   Base HT " + bare(sum.net()) + "   Montant TVA "
                + bare(sum.tax()), 8);
        float bt = top - 12;
        String[] th = {"Total HT", "Total TVA", "Total TTC", "Acompte", "Net à payer"};
        String[] tv = {bare(sum.net()), bare(sum.tax()), bare(sum.gross()), "0,00", bare(sum.gross()) + " EUR"};
        float[] tx = {40, 135, 230, 335, 420, 555};
        c.fill(40, bt - 16, 515, 16, 0.88f);
        c.box(40, bt - 36, 515, 36, 0.6f);
        c.hline(40, 555, bt - 16, 0.4f);
        for (int k = 0; k < 5; k++) {
            if (k > 0) {
                c.vline(tx[k], bt - 36, bt, 0.4f);
            }
            c.centerBold((tx[k] + tx[k + 1]) / 2, bt - 11, th[k], 8);
            c.put((tx[k] + tx[k + 1]) / 2, bt - 30, tv[k], k == 4 ? 9.5f : 8.5f, k == 4, C);
        }
        float ey = bt - 56;
        if (round % 2 == 0) {
            c.text(40, ey, "Échéance(s) : " + dmy(due) + "   " + bare(sum.gross()) + "   Virement", 8.5f);
        } else {
            c.text(40, ey, "Conditions de paiement : 30 jours fin de mois, par virement", 8.5f);
        }
        c.text(40, ey - 14, "RIB : IBAN " + iban(r) + "   BIC " + bic(r), 8);

        c.ink = GREY;
        float fy = penalties(c, 40, 80, 515, 7, r);
        c.center(297, fy - 2, s[0] + " - " + s[3] + " - SIRET " + siret(siren, r) + " - RCS " + s[4] + " - NAF "
                + naf(r) + " - TVA " + tva(siren), 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 11. Odoo with the French localisation

    private static final String[][] ODOO_SELLERS = {{"Saveurs d'Occitanie", "Marché d'Intérêt National, "
        + "Bât. C", "34000 Montpellier", "SAS au capital de 100 000 €", "Montpellier"}, {"La Cave et le Garde-Manger",
            "72 rue Boileau", "69006 Lyon", "SARL au capital de 20 000 €", "Lyon"}, {"Épicerie Fine du Littoral",
                "5 quai Gabriel Péri", "17000 La Rochelle", "SAS au capital de 35 000 €", "La Rochelle"}};
    private static final String[][] ODOO_WORK = {{"Huile d'olive vierge extra 75 cl", "5.5", "9", "6"},
        {"Confiture abricot artisanale 350 g", "5.5", "4", "3"}, {"Miel de lavande 500 g", "5.5", "8", "4"},
        {"Biscuits sablés (carton de 24)", "5.5", "38", "20"}, {"Vin rouge Pic Saint-Loup 75 cl", "20", "11", "9"},
        {"Bière artisanale 33 cl (pack de 12)", "20", "22", "10"}, {"Plat cuisiné cassoulet 840 g", "10", "9", "5"},
        {"Panier garni composé", "20", "45", "40"}, {"Café en grains 1 kg", "5.5", "18", "10"},
        {"Repas traiteur livré (par personne)", "10", "18", "14"}};

    /**
     * Odoo with the French localisation (boxed layout): the company in a grey band at the top with its legal ids,
     * "Adresse de livraison" at the left and the customer at the right, a big "Facture FV/2026/00157", a row of
     * framed fields (Date de facturation, Date d'échéance, Origine, Référence client), a table with a "Taxes" column
     * mixing 5,5 %, 10 % and 20 %, "Montant HT", a VAT line per rate and "Total", a "Récapitulatif TVA" table,
     * "Communication de paiement" and "Page 1 / 1"; in odd rounds the due date only as "Conditions de paiement :
     * 30 jours".
     */
    static Truth odoo(Canvas c, Random r, int round) {
        int purple = 0x714B67;
        String[] s = pick(r, ODOO_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        String[] ship = address(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        String number = "FV/2026/" + n0(5, 20 + r.nextInt(900));
        List<Item> items = new ArrayList<>(lines(r, ODOO_WORK, 4, 7));
        items.add(new Item("Vin blanc Picpoul de Pinet 75 cl", BigDecimal.valueOf(6 + r.nextInt(12)),
                new BigDecimal("12.40"), pct("20")));
        items.add(new Item("Plateau repas livré (par personne)", BigDecimal.valueOf(4 + r.nextInt(8)),
                new BigDecimal("14.90"), pct("10")));
        items.add(new Item("Terrine de campagne 180 g", BigDecimal.valueOf(6 + r.nextInt(18)), new BigDecimal("5.75"),
                pct("5.5")));
        Sums sum = sums(items);
        String siren = siren(r);

        c.fill(0, 770, c.width(), 72, 0.95f);
        c.ink = purple;
        c.bold(40, 812, s[0], 14);
        c.ink = BLACK;
        c.text(40, 797, s[1] + ", " + s[2], 8.5f);
        c.text(40, 785, "SIRET " + siret(siren, r) + " - TVA " + tva(siren), 8);
        c.right(555, 812, "Tél. " + phone(r, "04"), 8);
        c.right(555, 800, "compta@" + slug(s[0]) + ".fr", 8);

        c.ink = GREY;
        c.text(40, 745, "Adresse de livraison", 8);
        c.text(330, 745, "Adresse de facturation", 8);
        c.ink = BLACK;
        String site = pick(r, new String[] {"Boutique", "Restaurant", "Entrepôt", "Point de vente"}) + " "
                + ship[1].substring(6);
        block(c, 40, 731, new String[] {site, ship[0], ship[1]}, 9, 12.5f, false);
        block(c, 330, 731, new String[] {customer, addr[0], addr[1], "France", "TVA : " + tva(siren(r))}, 9.5f, 13,
                true);

        c.ink = purple;
        c.bold(40, 650, "Facture " + number, 18);
        c.ink = BLACK;
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Date de facturation", dmy(issue)});
        if (round % 2 == 0) {
            fields.add(new String[] {"Date d'échéance", dmy(due)});
        }
        fields.add(new String[] {"Origine", "S" + n0(5, 100 + r.nextInt(8000))});
        fields.add(new String[] {"Référence client", "BC-" + digits(r, 4)});
        float fw = 515f / fields.size();
        for (int k = 0; k < fields.size(); k++) {
            float x = 40 + k * fw;
            c.box(x, 596, fw - 8, 34, 0.5f);
            c.bold(x + 6, 617, fields.get(k)[0], 8);
            c.text(x + 6, 603, fields.get(k)[1], 9);
        }

        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()) + " Unité(s)", fr(i.unit()), "TVA " + rate(i.rate()) + "%",
                eur(i.amount())});
        }
        float[] xs = {40, 285, 355, 415, 475, 555};
        float bottom = table(c, xs, new String[] {"Description", "Quantité", "Prix unitaire", "Taxes", "Montant"},
                new int[] {L, R, R, R, R}, rows, 580, 8.5f, 15, -1, BLACK, false);

        float ty = bottom - 18;
        ty = kv(c, 370, 555, ty, "Montant HT", eur(sum.net()), 9, true, 15);
        for (BigDecimal rt : new BigDecimal[] {pct("5.5"), pct("10"), pct("20")}) {
            BigDecimal t = sum.taxByRate().get(rt);
            if (t != null) {
                ty = kv(c, 370, 555, ty, "TVA " + rate(rt) + " %", eur(t), 9, false, 15);
            }
        }
        c.hline(370, 555, ty + 9, 0.6f);
        ty = kv(c, 370, 555, ty - 4, "Total", eur(sum.gross()), 10.5f, true, 18);

        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        float vt = bottom - 12;
        c.bold(40, vt - 6, "Récapitulatif TVA", 8.5f);
        List<String[]> vrows = new ArrayList<>();
        for (BigDecimal rt : new BigDecimal[] {pct("5.5"), pct("10"), pct("20")}) {
            if (base.containsKey(rt)) {
                vrows.add(new String[] {rate(rt) + " %", fr(base.get(rt)), fr(sum.taxByRate().get(rt)),
                    fr(base.get(rt).add(sum.taxByRate().get(rt)))});
            }
        }
        float vb = table(c, new float[] {40, 95, 170, 245, 320}, new String[] {"Taux", "Base HT", "TVA", "TTC"},
                new int[] {L, R, R, R}, vrows, vt - 14, 8, 13, 0xEEEEEE, BLACK, false);

        float py = Math.min(vb, ty) - 24;
        if (round % 2 != 0) {
            c.text(40, py, "Conditions de paiement : 30 jours", 8.5f);
            py -= 14;
        }
        c.text(40, py, "Veuillez utiliser la communication suivante pour votre paiement : " + number, 8.5f);
        c.text(40, py - 14, "Sur le compte : " + iban(r) + " - " + bic(r), 8.5f);

        c.ink = GREY;
        float fy = penalties(c, 40, 84, 515, 7, r);
        c.text(40, fy - 2, s[0] + " - " + s[3] + " - RCS " + s[4] + " " + spaced(siren) + " - APE " + naf(r), 7);
        c.right(555, 26, "Page 1 / 1", 7.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }

    // --- 12. Dolibarr "crabe"

    private static final String[][] DOLI_SELLERS = {{"ASSO-TECH INFORMATIQUE", "10 rue des Écoles", "59000 Lille",
        "SARL au capital de 15 000 €", "Lille"}, {"ACOUSTIQUE & SON SARL", "3 boulevard de l'Europe", "51100 Reims",
            "SARL au capital de 9 000 €", "Reims"}, {"MOBIL'OFFICE", "Parc des Tanneries, 6 rue Pasteur",
                "67380 Lingolsheim", "SAS au capital de 25 000 €", "Strasbourg"}};
    private static final String[][] DOLI_WORK = {{"Ordinateur portable 15 pouces", "20", "690", "400"},
        {"Écran 27 pouces IPS", "20", "210", "120"}, {"Station d'accueil USB-C", "20", "140", "60"},
        {"Enceinte de sonorisation 200 W", "20", "320", "180"}, {"Micro sans fil UHF", "20", "160", "90"},
        {"Fauteuil de bureau ergonomique", "20", "280", "150"}, {"Bureau réglable en hauteur", "20", "450", "250"},
        {"Installation et configuration (heure)", "20", "60", "25"}, {"Licence antivirus 1 an", "20", "39", "20"}};

    /**
     * Dolibarr's "crabe" model: the seller's name at the top left, "Facture" and "Réf. : FA2611-0042" at the top
     * right with "Date facturation", "Date échéance" and "Code client", a grey-filled "Émetteur" box at the left and
     * a framed "Adressé à" box at the right, "Montants exprimés en Euros", a table with TVA, P.U. HT, Qté, a
     * "Réduc." column and Total HT, "Conditions de règlement" and the bank account at the bottom left, Total HT,
     * Total TVA 20%, Total TTC at the right, a centred legal footer and the page "1/1".
     */
    static Truth dolibarr(Canvas c, Random r, int round) {
        String[] s = pick(r, DOLI_SELLERS);
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        boolean fdm = round % 2 == 0;
        LocalDate due = fdm ? endOfMonth(issue.plusDays(30)) : issue.plusDays(30);
        String number = "FA" + d(issue, "yyMM") + "-" + n0(4, 1 + r.nextInt(300));
        String siren = siren(r);
        int count = 2 + r.nextInt(5);
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (Item i : lines(r, DOLI_WORK, count, count)) {
            int reduc = r.nextInt(3) == 0 ? pick(r, new Integer[] {5, 10, 15}) : 0;
            BigDecimal amount = i.qty().multiply(i.unit()).multiply(BigDecimal.valueOf(100 - reduc)).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            items.add(new Item(i.label(), BigDecimal.ONE, amount, i.rate()));
            rows.add(new String[] {i.label(), "20%", bare(i.unit()), qty(i.qty()), reduc == 0 ? "" : reduc + "%",
                bare(amount)});
        }
        Sums sum = sums(items);

        c.bold(40, 800, s[0], 14);
        c.rightBold(555, 800, "Facture", 14);
        float my = 784;
        String[] meta = {"Réf. : " + number, "Date facturation : " + dmy(issue), "Date échéance : " + dmy(due),
            "Code client : CU" + d(issue.minusMonths(3 + r.nextInt(20)), "yyMM") + "-" + n0(5, 1 + r.nextInt(400))};
        for (String m : meta) {
            c.right(555, my, m, 8.5f);
            my -= 12;
        }

        float top = 725;
        c.text(40, top + 4, "Émetteur", 7.5f);
        c.fill(40, top - 90, 240, 88, 0.9f);
        block(c, 48, top - 14, new String[] {s[0], s[1], s[2], "Tél. : " + phone(r, "03"),
            "Email : factures@" + slug(s[0]) + ".fr"}, 8.5f, 13, true);
        c.text(300, top + 4, "Adressé à", 7.5f);
        c.box(300, top - 90, 255, 88, 0.6f);
        block(c, 308, top - 14, new String[] {customer, addr[0], addr[1], "N° TVA : " + tva(siren(r))}, 9.5f, 14,
                true);

        c.right(555, 615, "Montants exprimés en Euros", 7.5f);
        float[] xs = {40, 300, 345, 410, 445, 485, 555};
        float bottom = table(c, xs, new String[] {"Désignation", "TVA", "P.U. HT", "Qté", "Réduc.", "Total HT"},
                new int[] {L, R, R, R, R, R}, rows, 608, 8.5f, 18, -1, BLACK, true);

        float by = Math.min(bottom - 20, 330);
        c.text(40, by, "Conditions de règlement : " + (fdm ? "30 jours fin de mois" : "30 jours"), 8);
        c.text(40, by - 12, "Mode de règlement : Virement bancaire", 8);
        c.text(40, by - 30, "Règlement par virement sur le compte bancaire suivant :", 8);
        c.text(40, by - 42, "Banque : " + pick(r, new String[] {"Crédit Mutuel", "CIC", "Société Générale",
            "Banque Populaire"}), 8);
        c.text(40, by - 54, "IBAN : " + iban(r), 8);
        c.text(40, by - 66, "BIC/SWIFT : " + bic(r), 8);

        float ty = by;
        ty = kv(c, 360, 555, ty, "Total HT", bare(sum.net()), 9, false, 15);
        ty = kv(c, 360, 555, ty, "Total TVA 20%", bare(sum.tax()), 9, false, 17);
        c.fill(355, ty - 5, 200, 17, 0.9f);
        kv(c, 360, 551, ty, "Total TTC", bare(sum.gross()), 9.5f, true, 0);

        c.ink = GREY;
        float fy = penalties(c, 40, 90, 515, 7, r);
        c.center(297, fy - 2, s[3] + " - SIRET : " + siret(siren, r) + " - NAF-APE : " + naf(r) + " - RCS " + s[4]
                + " - N° TVA : " + tva(siren), 6.5f);
        c.right(555, 24, "1/1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", customer);
    }
}
