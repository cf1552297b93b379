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
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;
import org.relance.invoice.eval.BlindLayouts10.Canvas;

/**
 * A fifteenth blind set ({@code eval/invoices/blind15}): invoices of French small companies printed by less common
 * tools or exported formats (a Sage 100 print with a grey header grid, an EBP export, a Cegid/Quadra export in mono,
 * an Odoo default layout, a Dolibarr PDF with a deposit invoice deducted, a Zervant-like freelance invoice, a Shopify
 * B2B order invoice, a PrestaShop invoice, a Word invoice in English in GBP, a travel agency's monthly invoice of
 * dated tickets over two pages, a hotel group's seminar invoice with a deposit deducted, and a corrective invoice
 * replacing an earlier one). Written without looking at the reader. Drawn with {@link BlindLayouts10.Canvas}, which
 * refuses overlapping texts.
 */
public final class BlindLayouts15 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-sage100-bandeau-gris-n-piece-date-piece-echeance", BlindLayouts15::sage);
        LAYOUTS.put("fr-ebp-export-remise-globale-tableau-echeances-point", BlindLayouts15::ebp);
        LAYOUTS.put("fr-cegid-quadra-mono-compte-411-reception", BlindLayouts15::quadra);
        LAYOUTS.put("fr-odoo-defaut-fac-slash-conditions-fin-de-mois", BlindLayouts15::odoo);
        LAYOUTS.put("fr-dolibarr-acompte-deja-regle-reste-a-payer-2-pages", BlindLayouts15::dolibarr);
        LAYOUTS.put("fr-freelance-zervant-dates-en-lettres-293b", BlindLayouts15::zervant);
        LAYOUTS.put("fr-shopify-b2b-euro-devant-net-30-adresse-facturation", BlindLayouts15::shopify);
        LAYOUTS.put("fr-prestashop-livraison-facturation-carte-sans-echeance", BlindLayouts15::prestashop);
        LAYOUTS.put("fr-word-english-gbp-uk-client-259-1-eur-equivalent", BlindLayouts15::wordEnglish);
        LAYOUTS.put("fr-agence-voyages-billets-dates-2-pages-prelevement-10", BlindLayouts15::travelAgency);
        LAYOUTS.put("fr-hotel-groupe-seminaire-acompte-taxe-sejour-reste-du", BlindLayouts15::hotelSeminar);
        LAYOUTS.put("fr-facture-rectificative-annule-remplace-ancien-montant", BlindLayouts15::rectificative);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind15Test -Drelance.generateBlind15=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind15", 2026_15_15L, 2, "blind15");
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

    /** "1 234,56 €". */
    private static String eur(BigDecimal a) {
        return fr(a) + "\u00A0€";
    }

    /** "1.234,56". */
    private static String dot(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
    }

    /** "1234,56". */
    private static String bare(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "", ',');
    }

    /** "1,234.56". */
    private static String en(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ",", '.');
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

    private static String frMonth(LocalDate date) {
        return MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String enWords(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    private static String phone(Random r, String area) {
        return area + " " + String.format(Locale.ROOT, "%02d %02d %02d %02d", r.nextInt(100), r.nextInt(100),
                r.nextInt(100), r.nextInt(100));
    }

    private static String siren(Random r) {
        return digits(r, 9);
    }

    private static String siret(String siren, Random r) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6) + " "
                + n0(5, 10 + r.nextInt(60));
    }

    /** The French VAT number of a SIREN, with its true key. */
    private static String tva(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String iban(Random r) {
        String all = "FR76" + pick(r, new String[] {"30004", "30003", "10278", "18206", "20041", "16606"})
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
        return pick(r, new String[] {"BNPAFRPPXXX", "SOGEFRPP", "CMCIFR2A", "AGRIFRPP881", "CCBPFRPPNAN"});
    }

    /** Lines from {@code work} ({description, VAT rate, least unit price, spread}), descriptions not repeated. */
    private static List<Item> lines(Random r, String[][] work, int min, int max) {
        int count = Math.min(work.length, min + r.nextInt(max - min + 1));
        List<String[]> left = new ArrayList<>(List.of(work));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal q = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(9) : 1 + r.nextInt(3));
            BigDecimal unit = BigDecimal.valueOf(Integer.parseInt(w[2]) * 100L
                    + (long) (r.nextDouble() * Integer.parseInt(w[3]) * 100L), 2);
            out.add(new Item(w[0], q, unit, new BigDecimal(w[1])));
        }
        return out;
    }

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    private static void block(Canvas c, float x, float top, String[] text, float pt, float step, boolean boldFirst) {
        for (int i = 0; i < text.length; i++) {
            c.put(x, top - i * step, text[i], i == 0 && boldFirst ? pt + 1 : pt, i == 0 && boldFirst, L);
        }
    }

    /** Columns: head row then rows; aligns per column; x is the left edge (L) or right edge (R). */
    private static void columns(Canvas c, float[] xs, int[] aligns, String[] heads, List<String[]> rows, float pt,
            float step, float[] maxWidths) {
        for (int k = 0; k < heads.length; k++) {
            c.put(xs[k], c.y, heads[k], pt, true, aligns[k]);
        }
        c.down(step + 3);
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                if (maxWidths != null && maxWidths[k] > 0) {
                    c.fit(xs[k], c.y, row[k], pt, maxWidths[k], false, aligns[k]);
                } else {
                    c.put(xs[k], c.y, row[k], pt, false, aligns[k]);
                }
            }
            c.down(step);
        }
    }

    // --- the customers: French small and mid-sized companies

    /** Name, street, postcode and city, account code letters. */
    private static final String[][] CUSTOMERS = {
        {"Menuiserie Rolland SARL", "14 rue des Forges", "49000 Angers", "ROLLAND"},
        {"Clinique vétérinaire des Sources", "2 avenue de la Gare", "63130 Royat", "CLINVET"},
        {"SAS Bâti-Confort Aquitaine", "ZA du Phare, 9 rue Gutenberg", "33700 Mérignac", "BATICONF"},
        {"Cabinet Delorme Expertise", "31 cours Gambetta", "84000 Avignon", "DELORME"},
        {"Les Jardins de Provence SCEA", "Chemin des Vignes", "13210 Saint-Rémy-de-Provence", "JARDPROV"},
        {"Optique Marchand", "6 place de l'Hôtel de Ville", "76000 Rouen", "MARCHAND"},
        {"Transports Bernier & Fils", "Parc d'activités du Moulin, lot 12", "35510 Cesson-Sévigné", "BERNIER"},
        {"Imprimerie Castel SAS", "88 rue de la Liberté", "21000 Dijon", "CASTEL"},
        {"Atelier Chevalier Design", "17 quai de la Fosse", "44000 Nantes", "CHEVALIE"},
        {"Boucherie Picard SARL", "3 rue du Marché", "86000 Poitiers", "PICARD"},
        {"Domaine de la Haute Sève", "Lieu-dit Les Caves", "37210 Vouvray", "HAUTESEV"},
        {"Ergon Logistique SAS", "120 avenue du Général Leclerc", "94000 Créteil", "ERGON"}};

    private static final String[][] PEOPLE = {{"Mme", "Claire", "Lucas"}, {"M.", "Julien", "Perret"},
        {"Mme", "Anne", "Vidal"}, {"M.", "Romain", "Gauthier"}, {"Mme", "Sarah", "Colin"}, {"M.", "Hugo", "Masson"},
        {"Mme", "Léa", "Barbier"}, {"M.", "Paul", "Renard"}};

    private static String person(Random r) {
        String[] p = pick(r, PEOPLE);
        return p[1] + " " + p[2];
    }

    private static String civil(Random r) {
        String[] p = pick(r, PEOPLE);
        return p[0] + " " + p[1] + " " + p[2];
    }

    // --- 1. a Sage 100 print with a grey header grid

    private static final String[][] SAGE_SELLERS = {
        {"ÉLECTRO-DISTRIBUTION LOIRE", "Matériel électrique - Éclairage - Domotique", "21 rue de l'Industrie",
            "42000 Saint-Étienne", "04"},
        {"SANITAIRES ET CHAUFFAGE DU NORD", "Négoce plomberie - chauffage", "ZI de la Pilaterie, 5 rue Gay-Lussac",
            "59290 Wasquehal", "03"},
        {"EMBALLAGES PRO DE L'OUEST", "Cartons - films - adhésifs", "Route de Vannes", "56890 Saint-Avé", "02"}};
    private static final String[][] SAGE_WORK = {{"Câble R2V 3G2,5 (couronne 100 m)", "20", "95", "40"},
        {"Disjoncteur différentiel 30 mA 40 A", "20", "48", "30"}, {"Gaine ICTA 20 mm (100 m)", "20", "24", "10"},
        {"Spot LED encastrable 7 W", "20", "9", "6"}, {"Tableau électrique 3 rangées", "20", "62", "40"},
        {"Interrupteur va-et-vient blanc", "20", "4", "3"}, {"Prise 2P+T à puits", "20", "3", "3"},
        {"Boîte de dérivation étanche", "20", "5", "4"}, {"Réglette LED 120 cm", "20", "18", "10"},
        {"Détecteur de mouvement 360°", "20", "26", "15"}, {"Bornier de connexion (sachet de 50)", "20", "13", "7"},
        {"Projecteur LED 50 W", "20", "34", "20"}};
    private static final float[] SAGE_X = {40, 112, 328, 370, 430, 468, 555};
    private static final String[] SAGE_HEADS = {"Référence", "Désignation", "Qté", "P.U. HT", "Rem.", "Montant HT"};

    /**
     * A Sage 100 Gestion commerciale print: the seller at the top left, "FACTURE" at the right, the delivery address
     * at the left and the customer in a framed "Adresse de facturation" box at the right, a full-width grey grid of
     * N° pièce / Date pièce / Code client / Représentant / Mode de règlement / Échéance, a ruled item grid with a
     * line discount column, and the footer: VAT recap, carriage, deposit 0,00 and a grey "NET À PAYER" without the
     * currency sign (the currency in a "Devise" cell).
     */
    static Truth sage(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String[] seller = pick(r, SAGE_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        int t = round % 2 == 1 ? 0 : r.nextInt(3);
        String terms = new String[] {"45 jours fin de mois", "30 jours nets", "60 jours date de facture"}[t];
        LocalDate due = switch (t) {
            case 0 -> endOfMonth(issue.plusDays(45));
            case 1 -> issue.plusDays(30);
            default -> issue.plusDays(60);
        };
        String number = pick(r, new String[] {"FA", "F"}) + n0(6, 1000 + r.nextInt(90000));
        String client = "C" + cust[3];
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (Item i : lines(r, SAGE_WORK, 4, 10)) {
            int rem = r.nextInt(3) == 0 ? pick(r, new Integer[] {5, 8, 10}) : 0;
            BigDecimal amount = i.qty().multiply(i.unit()).multiply(BigDecimal.valueOf(100 - rem)).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            items.add(new Item(i.label(), BigDecimal.ONE, amount, i.rate()));
            rows.add(new String[] {"R" + (10000 + Math.floorMod(i.label().hashCode(), 89999)), i.label(),
                qty(i.qty()) + ",00", bare(i.unit()), rem == 0 ? "" : rem + ",00 %", bare(amount)});
        }
        BigDecimal port = r.nextBoolean() ? BigDecimal.ZERO : new BigDecimal(pick(r, new String[] {"12.50", "18.00",
            "25.00"}));
        if (port.signum() > 0) {
            items.add(new Item("Port", BigDecimal.ONE, port, pct("20")));
        }
        Sums s = sums(items);
        String sirenSeller = siren(r);
        c.bold(40, 800, seller[0], 12);
        c.text(40, 787, seller[1], 8);
        c.text(40, 776, seller[2], 8);
        c.text(40, 765, seller[3], 8);
        c.text(40, 754, "Tél. " + phone(r, seller[4]) + " - Fax " + phone(r, seller[4]), 8);
        c.rightBold(555, 795, "FACTURE", 18);
        c.right(555, 780, "Original", 8);
        c.text(40, 732, "Adresse de livraison", 7.5f);
        block(c, 40, 716, new String[] {cust[0].toUpperCase(Locale.ROOT), "Chantier / Dépôt", cust[1],
            cust[2].toUpperCase(Locale.ROOT)}, 8.5f, 12, false);
        c.text(322, 732, "Adresse de facturation", 7.5f);
        c.box(318, 654, 237, 72, 0.6f);
        block(c, 328, 710, new String[] {cust[0].toUpperCase(Locale.ROOT), cust[1], cust[2].toUpperCase(Locale.ROOT)},
                9.5f, 14, true);
        String[] heads = {"N° pièce", "Date pièce", "Code client", "Représentant", "Mode de règlement", "Échéance"};
        String[] values = {number, dmy(issue), client, pick(r, new String[] {"DUBOIS", "LEROY", "MERCIER", "BLANC"}),
            pick(r, new String[] {"Virement", "Chèque", "LCR directe"}), dmy(due)};
        float cell = 515f / 6;
        c.fill(40, 624, 515, 14, 0.78f);
        c.box(40, 604, 515, 34, 0.6f);
        c.hline(40, 555, 624, 0.6f);
        for (int k = 0; k < 6; k++) {
            if (k > 0) {
                c.vline(40 + k * cell, 604, 638, 0.5f);
            }
            c.centerBold(40 + k * cell + cell / 2, 628, heads[k], 7.5f);
            c.fit(40 + k * cell + cell / 2, 610, values[k], 8.5f, cell - 6, false, C);
        }
        c.text(40, 590, "Votre commande n° " + digits(r, 6) + " du " + dmy(issue.minusDays(5 + r.nextInt(15)))
                + "  -  Bon de livraison n° BL" + digits(r, 5) + " du " + dmy(issue.minusDays(r.nextInt(4))), 8);
        float top = 578;
        float bottom = 262;
        c.fill(40, top - 16, 515, 16, 0.85f);
        c.box(40, bottom, 515, top - bottom, 0.7f);
        c.hline(40, 555, top - 16, 0.6f);
        for (int k = 1; k < SAGE_X.length - 1; k++) {
            c.vline(SAGE_X[k], bottom, top, 0.5f);
        }
        for (int k = 0; k < SAGE_HEADS.length; k++) {
            c.centerBold((SAGE_X[k] + SAGE_X[k + 1]) / 2, top - 11, SAGE_HEADS[k], 7.5f);
        }
        float y = top - 30;
        for (String[] row : rows) {
            c.text(SAGE_X[0] + 4, y, row[0], 8);
            c.fit(SAGE_X[1] + 4, y, row[1], 8, SAGE_X[2] - SAGE_X[1] - 8, false, L);
            for (int k = 2; k < 6; k++) {
                c.right(SAGE_X[k + 1] - 4, y, row[k], 8);
            }
            y -= 14;
        }
        // footer
        c.box(40, 110, 280, 140, 0.6f);
        c.fill(40.3f, 232, 279.4f, 17.7f, 0.85f);
        c.hline(40, 320, 232, 0.5f);
        c.bold(48, 238, "Code", 7.5f);
        c.rightBold(150, 238, "Base HT", 7.5f);
        c.rightBold(200, 238, "Taux", 7.5f);
        c.rightBold(300, 238, "Montant TVA", 7.5f);
        c.text(48, 218, "T1", 8);
        c.right(150, 218, bare(s.net()), 8);
        c.right(200, 218, "20,00", 8);
        c.right(300, 218, bare(s.tax()), 8);
        c.text(48, 190, "Conditions de règlement : " + terms, 8);
        c.text(48, 176, "Pas d'escompte pour paiement anticipé.", 7.5f);
        c.text(48, 162, "Devise : EUR", 8);
        c.text(48, 140, "IBAN " + iban(r), 7.5f);
        c.text(48, 128, "BIC " + bic(r), 7.5f);
        String[][] tot = {{"Total HT", bare(s.net().subtract(port))}, {"Port HT", bare(port)},
            {"Base TVA", bare(s.net())}, {"Total TVA", bare(s.tax())}, {"Total TTC", bare(s.gross())},
            {"Acompte", "0,00"}};
        float ty = 238;
        for (String[] row : tot) {
            c.text(340, ty, row[0], 8.5f);
            c.right(550, ty, row[1], 8.5f);
            ty -= 14;
        }
        c.fill(334, 110, 221, 26, 0.78f);
        c.bold(342, 119, "NET À PAYER", 10);
        c.rightBold(550, 119, fr(s.gross()), 11);
        c.center(297, 70, "En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt légal et "
                + "indemnité forfaitaire de 40 € pour frais de recouvrement.", 6.5f);
        c.center(297, 60, seller[0] + " - SAS au capital de " + pick(r, new String[] {"50 000", "120 000", "37 000"})
                + " € - SIRET " + siret(sirenSeller, r) + " - TVA " + tva(sirenSeller), 6.5f);
        c.right(555, 44, "Page 1/1", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0].toUpperCase(Locale.ROOT));
    }

    // --- 2. an EBP export

    private static final String[][] EBP_SELLERS = {
        {"Paysages & Jardins Lemoine", "Création et entretien d'espaces verts", "La Croix Blanche", "72230 Arnage",
            "02"},
        {"Nettoyage Pro Services", "Entretien de locaux professionnels", "8 rue Denis Papin", "37300 Joué-lès-Tours",
            "02"},
        {"Informatique Bocage Conseil", "Vente et maintenance informatique", "2 place du Champ de Foire",
            "79300 Bressuire", "05"}};
    private static final String[][] EBP_WORK = {{"Entretien mensuel espaces verts", "20", "280", "220"},
        {"Taille de haies (ml)", "20", "3", "3"}, {"Tonte et ramassage", "20", "65", "40"},
        {"Évacuation déchets verts (m3)", "20", "28", "15"}, {"Plantation arbustes", "20", "18", "20"},
        {"Forfait déplacement", "20", "25", "15"}, {"Désherbage manuel (heure)", "20", "38", "8"},
        {"Paillage écorces de pin (m3)", "20", "55", "25"}, {"Contrat d'entretien - mensualité", "20", "180", "150"},
        {"Intervention technicien (heure)", "20", "52", "20"}};

    /**
     * An EBP Gestion commerciale export: "FACTURE" and "N° / Date" at the top right, the customer in a window box,
     * a strip of Code client / Votre référence / N° TVA intracom. / Date de livraison, a table with a VAT code, a
     * global discount, totals with dot-grouped amounts ("1.234,56 €") and "Net à payer", and an "Échéance(s)" table
     * (date, amount, mode) beside "Conditions de paiement : 30 jours nets".
     */
    static Truth ebp(Canvas c, Random r, int round) {
        String[] seller = pick(r, EBP_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        boolean net30 = round % 2 == 0 || r.nextBoolean();
        LocalDate due = net30 ? issue.plusDays(30) : issue.plusDays(45);
        String terms = net30 ? "30 jours nets" : "45 jours nets";
        String number = "FA" + n0(5, 100 + r.nextInt(9000));
        List<Item> items = lines(r, EBP_WORK, 3, 7);
        BigDecimal remise = round % 2 == 1 ? pct("3") : r.nextBoolean() ? pct("2") : BigDecimal.ZERO;
        Sums s = Sums.of(items, remise);
        BigDecimal brut = BigDecimal.ZERO;
        for (Item i : items) {
            brut = brut.add(i.amount());
        }
        c.ink = 0x1F4E79;
        c.bold(40, 800, seller[0], 14);
        c.ink = BLACK;
        block(c, 40, 784, new String[] {seller[1], seller[2], seller[3], "Tél : " + phone(r, seller[4])}, 8, 11,
                false);
        c.rightBold(555, 800, "FACTURE", 18);
        c.right(555, 782, "N° : " + number, 9.5f);
        c.right(555, 768, "Date : " + dmy(issue), 9.5f);
        c.box(320, 638, 235, 84, 0.8f);
        block(c, 332, 702, new String[] {cust[0], civil(r), cust[1], cust[2]}, 9, 13, true);
        String custSiren = siren(r);
        String[] heads = {"Code client", "Votre référence", "N° TVA intracom.", "Date de livraison"};
        String[] vals = {"CLI" + n0(4, 10 + r.nextInt(900)), "BC " + digits(r, 5), tva(custSiren),
            dmy(issue.minusDays(1 + r.nextInt(10)))};
        for (int k = 0; k < 4; k++) {
            c.bold(40 + k * 130, 612, heads[k], 7.5f);
            c.text(40 + k * 130, 599, vals[k], 8.5f);
        }
        c.pen = 0x1F4E79;
        c.hline(40, 555, 592, 0.8f);
        c.y = 576;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {"ART" + (100 + Math.floorMod(i.label().hashCode(), 899)), i.label(), qty(i.qty()),
                dot(i.unit()), dot(i.amount()), "1"});
        }
        columns(c, new float[] {40, 96, 370, 440, 515, 552}, new int[] {L, L, R, R, R, R},
                new String[] {"Code", "Description", "Quantité", "PU HT", "Montant HT", "TVA"}, rows, 8.5f, 15,
                new float[] {52, 260, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 6, 0.5f);
        c.pen = BLACK;
        float ty = 300;
        List<String[]> tot = new ArrayList<>();
        tot.add(new String[] {"Total brut HT", dot(brut) + " €"});
        if (remise.signum() > 0) {
            tot.add(new String[] {"Remise " + rate(remise) + ",00 %", "-" + dot(brut.subtract(s.net())) + " €"});
        }
        tot.add(new String[] {"Total net HT", dot(s.net()) + " €"});
        tot.add(new String[] {"TVA 20,00 % (code 1)", dot(s.tax()) + " €"});
        tot.add(new String[] {"Total TTC", dot(s.gross()) + " €"});
        for (String[] row : tot) {
            c.text(352, ty, row[0], 9);
            c.right(550, ty, row[1], 9);
            ty -= 15;
        }
        c.fillRgb(346, ty - 10, 209, 22, 0x1F4E79);
        c.ink = WHITE;
        c.bold(354, ty - 3, "Net à payer", 10);
        c.rightBold(550, ty - 3, dot(s.gross()) + " €", 10.5f);
        c.ink = BLACK;
        c.text(40, 300, "Conditions de paiement : " + terms, 8.5f);
        c.text(40, 286, "Mode de paiement : Virement bancaire", 8.5f);
        c.bold(40, 262, "Échéance(s)", 8.5f);
        c.box(40, 218, 250, 36, 0.5f);
        c.hline(40, 290, 240, 0.5f);
        c.bold(48, 245, "Date", 7.5f);
        c.rightBold(190, 245, "Montant", 7.5f);
        c.bold(210, 245, "Mode", 7.5f);
        c.text(48, 226, dmy(due), 8.5f);
        c.right(190, 226, dot(s.gross()) + " €", 8.5f);
        c.text(210, 226, "Virement", 8.5f);
        c.text(40, 196, "IBAN : " + iban(r) + "   BIC : " + bic(r), 7.5f);
        String sirenSeller = siren(r);
        c.ink = GREY;
        c.center(297, 70, "Pénalités de retard : taux BCE + 10 points. Indemnité forfaitaire pour frais de "
                + "recouvrement : 40 €. Pas d'escompte.", 6.5f);
        c.center(297, 60, seller[0] + " - EURL - SIRET " + siret(sirenSeller, r) + " - N° TVA " + tva(sirenSeller),
                6.5f);
        c.right(555, 44, "Page 1 / 1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]);
    }

    // --- 3. a Cegid / Quadra export in mono

    private static final String[][] QUADRA_SELLERS = {
        {"SARL FIDUCIAIRE DU LAURAGAIS", "12 ALLEE DES PLATANES", "31290 VILLEFRANCHE-DE-LAURAGAIS", "05"},
        {"CABINET AUDIT GARONNE", "45 RUE DE METZ", "31000 TOULOUSE", "05"},
        {"SOCIETE D'EXPERTISE COMPTABLE DU VAL", "3 PLACE DU CHAMP DE MARS", "26000 VALENCE", "04"}};
    private static final String[][] QUADRA_WORK = {{"TENUE COMPTABLE MENSUELLE", "20", "240", "180"},
        {"ETABLISSEMENT BILAN ET LIASSE", "20", "1200", "900"}, {"BULLETINS DE PAIE (UNITE)", "20", "22", "8"},
        {"DECLARATIONS TVA", "20", "45", "30"}, {"ASSISTANCE JURIDIQUE ANNUELLE", "20", "350", "300"},
        {"CONSEIL DE GESTION (HEURE)", "20", "90", "40"}, {"FRAIS DE DOSSIER", "20", "30", "20"},
        {"DECLARATION SOCIALE NOMINATIVE", "20", "18", "10"}};

    /**
     * An accounting package's invoice export in a mono font and capitals: "Réf. facture", "Date pièce", journal and
     * account 411 in a column of label : value, "Adresse de facturation :" heading the customer, a table with the
     * sales account of each line, the totals in one line and "NET A PAYER … EUR"; due on receipt or "30 jours nets"
     * printed as words only, and an "Edité le" date.
     */
    static Truth quadra(Canvas c, Random r, int round) {
        c.family = "DejaVuSansMono";
        String[] seller = pick(r, QUADRA_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        boolean receipt = round % 2 == 0;
        LocalDate due = receipt ? issue : issue.plusDays(30);
        String number = "VT" + d(issue, "yy") + n0(5, 100 + r.nextInt(5000));
        List<Item> items = lines(r, QUADRA_WORK, 2, 6);
        Sums s = sums(items);
        c.bold(40, 800, seller[0], 10);
        c.text(40, 787, seller[1], 8);
        c.text(40, 776, seller[2], 8);
        c.text(40, 765, "TEL " + phone(r, seller[3]), 8);
        c.right(555, 800, "Edité le " + dmy(issue.plusDays(r.nextInt(3))) + " à " + n0(2, 8 + r.nextInt(10)) + ":"
                + n0(2, r.nextInt(60)), 7.5f);
        c.right(555, 789, "Page : 1", 7.5f);
        c.hline(40, 555, 748, 0.6f);
        c.bold(40, 730, "FACTURE", 12);
        c.y = 710;
        String[][] meta = {{"Réf. facture", number}, {"Date pièce", dmy(issue)}, {"Journal", "VE - VENTES"},
            {"Compte client", "411" + cust[3]}, {"Mission", "EX " + (issue.getYear() - 1) + "/" + issue.getYear()},
            {"Echéance", receipt ? "A réception" : "30 jours nets"}};
        for (String[] m : meta) {
            c.text(40, c.y, String.format(Locale.ROOT, "%-14s: %s", m[0], m[1]), 8.5f);
            c.down(12);
        }
        c.text(320, 710, "Adresse de facturation :", 8.5f);
        block(c, 320, 696, new String[] {cust[0].toUpperCase(Locale.ROOT), cust[1].toUpperCase(Locale.ROOT),
            cust[2].toUpperCase(Locale.ROOT)}, 8.5f, 12, false);
        c.hline(40, 555, 624, 0.6f);
        c.y = 610;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {pick(r, new String[] {"706100", "706200", "706300"}), i.label(), qty(i.qty()),
                bare(i.unit()), bare(i.amount()), "20,00"});
        }
        columns(c, new float[] {40, 96, 360, 430, 505, 552}, new int[] {L, L, R, R, R, R},
                new String[] {"COMPTE", "LIBELLE", "QTE", "P.U. HT", "MONTANT HT", "TVA%"}, rows, 8, 13,
                new float[] {0, 220, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 4, 0.6f);
        c.down(14);
        c.text(40, c.y, String.format(Locale.ROOT, "TOTAL HT %s   TVA %s   TOTAL TTC %s", bare(s.net()),
                bare(s.tax()), bare(s.gross())), 8.5f);
        c.down(20);
        c.bold(40, c.y, "NET A PAYER : " + bare(s.gross()) + " EUR", 10);
        c.down(26);
        c.text(40, c.y, receipt ? "Règlement à réception de facture, par virement ou chèque à l'ordre du cabinet."
                : "Règlement à 30 jours nets, par virement.", 8);
        c.down(12);
        c.text(40, c.y, "RIB : " + iban(r) + "  " + bic(r), 8);
        String sirenSeller = siren(r);
        c.text(40, 70, "Membre de l'Ordre des experts-comptables. SIRET " + siret(sirenSeller, r), 7);
        c.text(40, 60, "TVA intracommunautaire " + tva(sirenSeller) + ". Indemnité de recouvrement : 40 EUR.", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0].toUpperCase(Locale.ROOT));
    }

    // --- 4. an Odoo default layout

    private static final String[][] ODOO_SELLERS = {
        {"Kalinka Studio SAS", "5 rue Paul Bert", "69003 Lyon", "04", "hello@kalinka-studio.fr", "www.kalinka-studio.fr"},
        {"Mécaprécis SARL", "ZA des Bruyères, 3 rue Ampère", "38300 Bourgoin-Jallieu", "04", "contact@mecaprecis.fr",
            "www.mecaprecis.fr"},
        {"Brûlerie Saint-Roch", "40 rue Saint-Roch", "75001 Paris", "01", "pro@brulerie-saint-roch.fr",
            "www.brulerie-saint-roch.fr"}};
    private static final String[][] ODOO_WORK = {{"[SRV-DEV] Développement spécifique (jour)", "20", "520", "180"},
        {"[SRV-PM] Gestion de projet (jour)", "20", "480", "120"}, {"[CAF-1KG] Café grains Moka 1 kg", "5.5", "18", "9"},
        {"[CAF-DEC] Café décaféiné 1 kg", "5.5", "21", "8"}, {"[MAT-MOU] Location moulin professionnel (mois)", "20",
            "45", "20"}, {"[USI-01] Usinage pièce selon plan", "20", "35", "60"}, {"[TRT-ANO] Anodisation (lot)",
            "20", "140", "80"}, {"[LIV] Livraison", "20", "15", "20"}, {"[ABO] Abonnement maintenance (mois)", "20",
            "90", "80"}};

    /**
     * Odoo's default invoice: the company at the top left with a rule under the header, the customer's address at
     * the right without a frame, "Facture FAC/2026/00042" as a big title, a row of headed values (Date de
     * facturation, Date d'échéance, Origine, Référence), a table with a "Taxes" column, "Montant hors taxes" / TVA /
     * Total; in odd rounds no due date but "Conditions de paiement : 45 jours fin de mois", and the payment
     * communication.
     */
    static Truth odoo(Canvas c, Random r, int round) {
        String[] seller = pick(r, ODOO_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        boolean printed = round % 2 == 0;
        LocalDate due = printed ? issue.plusDays(pick(r, new Integer[] {15, 30, 30})) : endOfMonth(issue.plusDays(45));
        String number = "FAC/" + issue.getYear() + "/" + n0(5, 10 + r.nextInt(900));
        List<Item> items = lines(r, ODOO_WORK, 2, 6);
        Sums s = sums(items);
        String sirenSeller = siren(r);
        c.ink = 0x714B67;
        c.bold(40, 800, seller[0], 15);
        c.ink = BLACK;
        c.right(555, 802, seller[0], 8);
        c.right(555, 791, seller[1], 8);
        c.right(555, 780, seller[2], 8);
        c.right(555, 769, "France", 8);
        c.pen = 0x714B67;
        c.hline(40, 555, 760, 0.8f);
        c.pen = BLACK;
        block(c, 330, 730, new String[] {cust[0], cust[1], cust[2], "France", "N° TVA : " + tva(siren(r))}, 9, 13,
                false);
        c.bold(40, 630, "Facture " + number, 17);
        List<String[]> info = new ArrayList<>();
        info.add(new String[] {"Date de facturation", dmy(issue)});
        if (printed) {
            info.add(new String[] {"Date d'échéance", dmy(due)});
        }
        info.add(new String[] {"Origine", "S" + n0(5, 10 + r.nextInt(2000))});
        info.add(new String[] {"Référence", "PO-" + digits(r, 4)});
        for (int k = 0; k < info.size(); k++) {
            c.bold(40 + k * 130, 600, info.get(k)[0], 8.5f);
            c.text(40 + k * 130, 586, info.get(k)[1], 9);
        }
        c.y = 552;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()) + ",00 Unité(s)", fr(i.unit()), rate(i.rate()) + " %",
                eur(i.amount())});
        }
        c.bold(40, c.y, "Description", 8.5f);
        c.rightBold(350, c.y, "Quantité", 8.5f);
        c.rightBold(425, c.y, "Prix unitaire", 8.5f);
        c.rightBold(475, c.y, "Taxes", 8.5f);
        c.rightBold(555, c.y, "Montant", 8.5f);
        c.hline(40, 555, c.y - 5, 0.8f);
        c.down(20);
        for (String[] row : rows) {
            c.fit(40, c.y, row[0], 8.5f, 230, false, L);
            c.right(350, c.y, row[1], 8.5f);
            c.right(425, c.y, row[2], 8.5f);
            c.right(475, c.y, row[3], 8.5f);
            c.right(555, c.y, row[4], 8.5f);
            c.hline(40, 555, c.y - 6, 0.2f);
            c.down(18);
        }
        c.down(10);
        c.hline(340, 555, c.y + 10, 0.6f);
        c.bold(345, c.y, "Montant hors taxes", 9);
        c.right(555, c.y, eur(s.net()), 9);
        c.down(16);
        for (var e : s.taxByRate().entrySet()) {
            c.text(345, c.y, "TVA " + rate(e.getKey()) + " %", 9);
            c.right(555, c.y, eur(e.getValue()), 9);
            c.down(16);
        }
        c.hline(340, 555, c.y + 10, 0.6f);
        c.bold(345, c.y, "Total", 10);
        c.rightBold(555, c.y, eur(s.gross()), 10);
        c.down(34);
        c.text(40, c.y, "Veuillez utiliser la communication suivante pour votre paiement : " + number, 8.5f);
        c.down(14);
        if (!printed) {
            c.text(40, c.y, "Conditions de paiement : 45 jours fin de mois", 8.5f);
            c.down(14);
        }
        c.text(40, c.y, "Sur le compte " + iban(r) + " (" + bic(r) + ")", 8.5f);
        c.hline(40, 555, 74, 0.5f);
        c.ink = GREY;
        c.center(297, 62, phone(r, seller[3]) + "   " + seller[4] + "   " + seller[5] + "   TVA : " + tva(sirenSeller),
                7);
        c.center(297, 52, "SAS au capital de 10 000 € - RCS " + seller[2].substring(6) + " " + sirenSeller, 7);
        c.center(297, 40, "Page : 1 / 1", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]);
    }

    // --- 5. a Dolibarr PDF with a deposit invoice deducted

    private static final String[][] DOLI_SELLERS = {
        {"Atelier Ferronnerie Gaillard", "7 chemin du Moulin", "26400 Crest", "04", "contact@ferronnerie-gaillard.fr"},
        {"Menuiserie Alu Côte Basque", "ZA de Lanzelai", "64100 Bayonne", "05", "devis@alu-cotebasque.fr"},
        {"Stores et Fermetures du Jura", "12 rue de la Faïencerie", "39100 Dole", "03", "jura-stores@orange.fr"}};
    private static final String[][] DOLI_WORK = {{"Portail battant acier 2 vantaux, sur mesure", "20", "1800", "900"},
        {"Garde-corps acier thermolaqué (ml)", "20", "180", "90"}, {"Pose et scellement", "20", "350", "200"},
        {"Motorisation portail avec télécommandes", "20", "690", "300"}, {"Grille de défense fenêtre", "20", "260",
            "140"}, {"Déplacement et mise en service", "20", "60", "40"}, {"Volet roulant aluminium motorisé",
            "20", "480", "220"}, {"Baie coulissante 2 vantaux", "20", "1450", "700"}, {"Dépose et évacuation de "
            + "l'existant", "20", "150", "120"}, {"Store banne coffre intégral 4 m", "20", "1150", "500"},
        {"Moustiquaire enroulable", "20", "95", "60"}, {"Habillage tableau aluminium", "20", "70", "50"},
        {"Serrure 3 points et cylindre", "20", "120", "80"}, {"Main courante inox (ml)", "20", "85", "40"}};

    /**
     * Dolibarr's PDF ("sponge" style): the seller's name at the top left, "Facture" at the right over "Réf. :",
     * "Date facturation", "Date limite règlement", Réf. client and Code client, "Émetteur" unframed and the customer
     * in a framed "Adresse de facturation" box, a numbered table with a unit column, totals with "Déjà réglé" (a
     * deposit invoice AC… deducted) and "Reste à payer"; in odd rounds a long table over two pages, the totals on
     * page 2.
     */
    static Truth dolibarr(Canvas c, Random r, int round) {
        String[] seller = pick(r, DOLI_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        boolean two = round % 2 == 1;
        int days = pick(r, new Integer[] {30, 30, 15});
        LocalDate due = issue.plusDays(days);
        String number = "FA" + d(issue, "yyMM") + "-" + n0(4, 1 + r.nextInt(400));
        String deposit = "AC" + d(issue.minusMonths(1 + r.nextInt(2)), "yyMM") + "-" + n0(4, 1 + r.nextInt(60));
        List<Item> items = lines(r, DOLI_WORK, two ? 13 : 3, two ? 14 : 6);
        Sums s = sums(items);
        BigDecimal paid = s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal rest = s.gross().subtract(paid);
        String sirenSeller = siren(r);
        String pages = two ? "2" : "1";
        dolibarrHead(c, seller, number, issue, due, cust, r, true);
        c.y = 600;
        float[] xs = {40, 58, 330, 395, 430, 458, 555};
        c.box(40, 150, 515, 465, 0.6f);
        c.hline(40, 555, 598, 0.6f);
        String[] heads = {"N°", "Désignation", "TVA", "P.U. HT", "Qté", "U.", "Total HT"};
        int[] al = {L, L, R, R, R, L, R};
        float[] at = {44, 62, 360, 420, 450, 458, 551};
        for (int k = 0; k < heads.length; k++) {
            c.put(at[k], 603, heads[k], 8, false, al[k]);
        }
        c.y = 582;
        float limit = two ? 215 : 330;
        for (int k = 0; k < items.size(); k++) {
            if (c.y < limit) {
                c.ink = GREY;
                c.center(297, 40, pages.equals("2") ? "1/2" : "1/1", 7);
                c.ink = BLACK;
                c.newPage();
                dolibarrHead(c, seller, number, issue, due, cust, r, false);
                c.box(40, 360, 515, 345, 0.6f);
                c.hline(40, 555, 688, 0.6f);
                for (int j = 0; j < heads.length; j++) {
                    c.put(at[j], 693, heads[j], 8, false, al[j]);
                }
                c.y = 672;
                limit = 380;
            }
            Item i = items.get(k);
            c.text(44, c.y, String.valueOf(k + 1), 8.5f);
            c.fit(62, c.y, i.label(), 8.5f, 250, false, L);
            c.right(360, c.y, rate(i.rate()) + "%", 8.5f);
            c.right(420, c.y, fr(i.unit()), 8.5f);
            c.right(450, c.y, qty(i.qty()), 8.5f);
            c.text(458, c.y, i.label().contains("(ml)") ? "ml" : "u", 8.5f);
            c.right(551, c.y, fr(i.amount()), 8.5f);
            if (two) {
                c.ink = GREY;
                c.text(62, c.y - 12, "Coloris RAL " + pick(r, new String[] {"7016", "9005", "9010", "6005"})
                        + " - dimensions " + (600 + 10 * r.nextInt(200)) + " x " + (500 + 10 * r.nextInt(150))
                        + " mm - réf. chantier " + digits(r, 3), 7);
                c.ink = BLACK;
                c.down(17);
            }
            c.down(17);
        }
        if (two && c.page() == 1) {
            throw new IllegalStateException("the long Dolibarr table fits on one page");
        }
        float base = c.page() == 1 ? 150 : 360;
        float ty = base - 16;
        c.text(40, ty, "Conditions de règlement : " + days + " jours", 8.5f);
        c.text(40, ty - 12, "Mode de règlement : Virement bancaire", 8.5f);
        c.text(40, ty - 30, "Règlement par virement sur le compte bancaire suivant :", 7.5f);
        c.text(40, ty - 40, "IBAN : " + iban(r), 7.5f);
        c.text(40, ty - 50, "BIC/SWIFT : " + bic(r), 7.5f);
        String[][] tot = {{"Total HT", fr(s.net())}, {"Total TVA 20%", fr(s.tax())}, {"Total TTC", fr(s.gross())},
            {"Déjà réglé (acompte " + deposit + ")", fr(paid)}, {"Reste à payer", fr(rest)}};
        for (String[] row : tot) {
            boolean strong = row[0].equals("Total TTC") || row[0].equals("Reste à payer");
            if (strong) {
                c.fill(330, ty - 5, 225, 16, 0.9f);
            }
            c.put(336, ty, row[0], 8.5f, strong, L);
            c.put(551, ty, row[1], 8.5f, strong, R);
            ty -= 16;
        }
        c.ink = GREY;
        c.center(297, 58, seller[0] + " - SARL au capital de 8 000 € - " + seller[1] + " " + seller[2], 6.5f);
        c.center(297, 49, "SIRET : " + siret(sirenSeller, r) + " - NAF-APE : 2511Z - Numéro TVA : " + tva(sirenSeller),
                6.5f);
        c.center(297, 40, c.page() + "/" + pages, 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]).withAmountDue(rest);
    }

    private static void dolibarrHead(Canvas c, String[] seller, String number, LocalDate issue, LocalDate due,
            String[] cust, Random r, boolean first) {
        c.ink = 0x264653;
        c.bold(40, 795, seller[0], 14);
        c.ink = BLACK;
        c.rightBold(555, 800, "Facture", 13);
        c.right(555, 785, "Réf. : " + number, 8.5f);
        c.right(555, 774, "Date facturation : " + dmy(issue), 8.5f);
        c.right(555, 763, "Date limite règlement : " + dmy(due), 8.5f);
        if (!first) {
            return;
        }
        c.right(555, 752, "Réf. client : " + pick(r, new String[] {"Devis signé ", "Chantier "}) + digits(r, 4), 8.5f);
        c.right(555, 741, "Code client : CU" + d(issue.minusMonths(6), "yyMM") + "-" + n0(5, 1 + r.nextInt(300)),
                8.5f);
        c.text(40, 722, "Émetteur", 8);
        block(c, 40, 706, new String[] {seller[0], seller[1], seller[2], "Tél. : " + phone(r, seller[3]),
            "Email : " + seller[4]}, 8.5f, 12, true);
        c.text(300, 722, "Adresse de facturation", 8);
        c.box(300, 630, 255, 86, 0.6f);
        block(c, 306, 702, new String[] {cust[0], "Att. " + civil(r), cust[1], cust[2]}, 9, 13, true);
        c.right(555, 618, "Montants exprimés en Euros", 7.5f);
    }

    // --- 6. a Zervant-like freelance invoice

    private static final String[][] FREELANCERS = {
        {"Manon Girard", "Illustratrice - Direction artistique", "9 rue des Capucins", "29200 Brest"},
        {"Thibault Arnaud", "Développeur web indépendant", "22 rue Nationale", "37000 Tours"},
        {"Inès Moulin", "Rédactrice & traductrice EN > FR", "4 impasse du Pressoir", "21200 Beaune"}};
    private static final String[][] FREELANCE_WORK = {{"Journée de développement", "0", "350", "150"},
        {"Illustrations pour brochure (forfait)", "0", "600", "500"}, {"Traduction (feuillet)", "0", "25", "10"},
        {"Rédaction article SEO 1 200 mots", "0", "120", "60"}, {"Réunion de cadrage (heure)", "0", "60", "20"},
        {"Corrections et allers-retours", "0", "80", "70"}, {"Maquette page d'accueil", "0", "450", "300"},
        {"Cession de droits (usage print)", "0", "300", "200"}};

    /**
     * A freelance invoicing app: "FACTURE" big in colour at the top left, the freelancer at the top right, "Facturé à"
     * at the left and a column of Numéro de facture / Date de facture / Date d'échéance in words at the right, the
     * period of service, a table with units, "TVA non applicable, art. 293 B du CGI", a coloured "Montant à payer"
     * card; in odd rounds "Conditions : paiement à réception" instead of the due date.
     */
    static Truth zervant(Canvas c, Random r, int round) {
        String[] me = pick(r, FREELANCERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        boolean printed = round % 2 == 0;
        LocalDate due = printed ? issue.plusDays(pick(r, new Integer[] {14, 15, 30})) : issue;
        String number = issue.getYear() + "-" + n0(3, 1 + r.nextInt(120));
        List<Item> items = lines(r, FREELANCE_WORK, 2, 4);
        Sums s = sums(items);
        LocalDate from = issue.minusMonths(1).withDayOfMonth(1);
        int accent = 0x0E7C86;
        c.ink = accent;
        c.bold(40, 790, "FACTURE", 26);
        c.ink = BLACK;
        c.rightBold(555, 800, me[0], 11);
        c.right(555, 786, me[1], 8.5f);
        c.right(555, 774, me[2], 8.5f);
        c.right(555, 762, me[3], 8.5f);
        c.right(555, 750, me[0].toLowerCase(Locale.ROOT).replace(' ', '.').replace('é', 'e').replace('è', 'e')
                .replace('î', 'i') + "@gmail.com", 8.5f);
        c.ink = GREY;
        c.text(40, 712, "Facturé à", 8);
        c.ink = BLACK;
        block(c, 40, 697, new String[] {cust[0], cust[1], cust[2]}, 9, 13, true);
        c.y = 712;
        String[][] meta = printed ? new String[][] {{"Numéro de facture", number}, {"Date de facture",
            frWords(issue)}, {"Date d'échéance", frWords(due)}, {"Référence", "Mission " + digits(r, 3)}}
            : new String[][] {{"Numéro de facture", number}, {"Date de facture", frWords(issue)},
                {"Conditions", "Paiement à réception"}, {"Référence", "Mission " + digits(r, 3)}};
        for (String[] m : meta) {
            c.ink = GREY;
            c.text(330, c.y, m[0], 8);
            c.ink = BLACK;
            c.rightBold(555, c.y, m[1], 8.5f);
            c.down(14);
        }
        c.text(40, 630, "Période de prestation : du " + frWords(from) + " au " + frWords(endOfMonth(from)), 8.5f);
        c.fillRgb(40, 596, 515, 18, 0xE6F2F3);
        c.y = 602;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            String unit = i.label().contains("Journée") ? "jour" : i.label().contains("heure") ? "h"
                    : i.label().contains("feuillet") ? "feuillet" : "forfait";
            rows.add(new String[] {i.label(), qty(i.qty()), unit, eur(i.unit()), eur(i.amount())});
        }
        columns(c, new float[] {46, 330, 340, 470, 550}, new int[] {L, R, L, R, R},
                new String[] {"Description", "Qté", "Unité", "Prix unit.", "Total"}, rows, 8.5f, 18,
                new float[] {250, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 8, 0.4f);
        c.down(8);
        c.text(360, c.y, "Total HT", 9);
        c.right(550, c.y, eur(s.net()), 9);
        c.down(14);
        c.text(360, c.y, "TVA", 9);
        c.right(550, c.y, eur(BigDecimal.ZERO), 9);
        c.down(30);
        c.fillRgb(330, c.y - 16, 225, 40, accent);
        c.ink = WHITE;
        c.text(340, c.y + 8, "Montant à payer", 8.5f);
        c.bold(340, c.y - 8, eur(s.gross()), 13);
        if (printed) {
            c.right(548, c.y + 8, "Échéance", 8.5f);
            c.right(548, c.y - 8, frWords(due), 9);
        }
        c.ink = BLACK;
        c.down(50);
        c.text(40, c.y, "TVA non applicable, art. 293 B du CGI", 8.5f);
        c.down(13);
        c.text(40, c.y, "Paiement par virement : IBAN " + iban(r) + " - BIC " + bic(r), 8);
        c.down(13);
        c.text(40, c.y, "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €.", 8);
        c.ink = GREY;
        c.center(297, 50, me[0] + " - Entrepreneur individuel - SIRET " + siret(siren(r), r), 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]);
    }

    // --- 7. a Shopify order invoice for a B2B customer

    private static final String[][] SHOPS = {{"Maison Céleste", "Bougies & parfums d'intérieur", "maison-celeste.fr"},
        {"Cuir & Sellier", "Maroquinerie artisanale", "cuir-et-sellier.fr"},
        {"Papeterie Nomade", "Carnets et papeterie artisanale", "papeterie-nomade.fr"}};
    private static final String[][] SHOP_WORK = {{"Bougie parfumée Figuier 220 g", "20", "14", "6"},
        {"Diffuseur Bois Flotté 100 ml", "20", "17", "8"}, {"Coffret découverte (6 pièces)", "20", "32", "12"},
        {"Porte-cartes cuir grainé", "20", "12", "5"}, {"Ceinture cuir pleine fleur", "20", "24", "8"},
        {"Carnet A5 lin pointillé", "20", "8", "4"}, {"Présentoir comptoir bois", "20", "45", "20"},
        {"Recharge parfum 250 ml", "20", "12", "6"}, {"Carte postale illustrée (lot de 20)", "20", "11", "5"}};

    /**
     * A Shopify order invoice (an order printer template in French) for a professional buyer: shop at the top left,
     * "Facture" with invoice number, order number and date at the right, "Adresse de facturation" and "Adresse de
     * livraison" side by side (the company above the buyer's name), SKU column, euro amounts written "€1,234.56",
     * a trade discount code, shipping, tax, "Total … EUR", "Payé €0.00", and the B2B terms "Net 30" with a due date.
     */
    static Truth shopify(Canvas c, Random r, int round) {
        String[] shop = pick(r, SHOPS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate order = day(r);
        LocalDate issue = order.plusDays(r.nextInt(3));
        boolean net30 = round % 2 == 0 || r.nextBoolean();
        LocalDate due = issue.plusDays(net30 ? 30 : 60);
        int orderNo = 1000 + r.nextInt(8000);
        String number = "F" + issue.getYear() + "-" + orderNo;
        List<Item> items = lines(r, SHOP_WORK, 3, 6);
        List<Item> bulk = new ArrayList<>();
        for (Item i : items) {
            bulk.add(new Item(i.label(), i.qty().multiply(BigDecimal.valueOf(6)), i.unit(), i.rate()));
        }
        BigDecimal sub = BigDecimal.ZERO;
        for (Item i : bulk) {
            sub = sub.add(i.amount());
        }
        BigDecimal discount = share(sub, pct("10"));
        BigDecimal shipping = new BigDecimal(pick(r, new String[] {"9.90", "14.90", "19.00"}));
        BigDecimal net = sub.subtract(discount).add(shipping);
        BigDecimal tax = share(net, pct("20"));
        BigDecimal total = net.add(tax);
        c.bold(40, 800, shop[0], 18);
        c.ink = GREY;
        c.text(40, 784, shop[1] + " - " + shop[2], 8.5f);
        c.ink = BLACK;
        c.rightBold(555, 800, "Facture", 14);
        c.right(555, 784, "Facture n° " + number, 9);
        c.right(555, 771, "Commande #" + orderNo + " du " + dmy(order), 9);
        c.right(555, 758, "Date de facturation : " + dmy(issue), 9);
        String buyer = person(r);
        c.bold(40, 720, "Adresse de facturation", 9);
        block(c, 40, 704, new String[] {cust[0], buyer, cust[1], cust[2], "France"}, 9, 12, false);
        c.bold(300, 720, "Adresse de livraison", 9);
        block(c, 300, 704, new String[] {cust[0], "Réception marchandises", cust[1], cust[2], "France"}, 9, 12, false);
        c.text(40, 630, "Client professionnel - N° TVA : " + tva(siren(r)), 8.5f);
        c.text(40, 617, "Conditions de paiement : " + (net30 ? "Net 30" : "Net 60") + " - Échéance : " + dmy(due), 8.5f);
        c.hline(40, 555, 604, 0.5f);
        c.y = 588;
        List<String[]> rows = new ArrayList<>();
        for (Item i : bulk) {
            rows.add(new String[] {i.label(), "SKU-" + (1000 + Math.floorMod(i.label().hashCode(), 8999)),
                qty(i.qty()), "€" + en(i.unit()), "€" + en(i.amount())});
        }
        columns(c, new float[] {40, 290, 400, 470, 555}, new int[] {L, L, R, R, R},
                new String[] {"Article", "SKU", "Quantité", "Prix HT", "Total HT"}, rows, 8.5f, 17,
                new float[] {240, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 8, 0.5f);
        c.down(8);
        String[][] tot = {{"Sous-total", "€" + en(sub)}, {"Remise (code PRO10, -10 %)", "-€" + en(discount)},
            {"Expédition (Colissimo Pro)", "€" + en(shipping)}, {"Taxes (TVA 20 %)", "€" + en(tax)}};
        for (String[] row : tot) {
            c.text(330, c.y, row[0], 9);
            c.right(555, c.y, row[1], 9);
            c.down(15);
        }
        c.hline(330, 555, c.y + 10, 0.6f);
        c.bold(330, c.y - 2, "Total", 11);
        c.rightBold(555, c.y - 2, "€" + en(total) + " EUR", 11);
        c.down(20);
        c.text(330, c.y, "Payé", 9);
        c.right(555, c.y, "€0.00", 9);
        c.down(15);
        c.text(330, c.y, "Solde dû", 9);
        c.right(555, c.y, "€" + en(total), 9);
        c.down(30);
        c.text(40, c.y, "Virement : IBAN " + iban(r) + " - merci d'indiquer #" + orderNo, 8);
        c.down(12);
        c.text(40, c.y, "Une question ? Écrivez-nous à pro@" + shop[2], 8);
        String sirenSeller = siren(r);
        c.ink = GREY;
        c.center(297, 50, shop[0] + " SAS - SIRET " + siret(sirenSeller, r) + " - TVA " + tva(sirenSeller)
                + " - Pénalités de retard : 3 x taux légal, indemnité 40 €", 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, total, "EUR", cust[0]);
    }

    // --- 8. a PrestaShop invoice

    private static final String[][] PRESTA_SHOPS = {{"Bio & Vrac Distribution", "www.bioetvrac.fr"},
        {"Outillage Pro Direct", "www.outillage-pro-direct.com"}, {"Cave Saint-Vincent", "www.cave-st-vincent.fr"}};
    private static final String[][] PRESTA_WORK = {{"Perceuse-visseuse 18 V + 2 batteries", "20", "139", "60"},
        {"Coffret 108 douilles et embouts", "20", "59", "30"}, {"Lentilles vertes bio - sac 5 kg", "5.5", "17", "6"},
        {"Huile d'olive vierge extra 5 L", "5.5", "42", "15"}, {"Crémant de Loire brut (carton 6)", "20", "54", "20"},
        {"Escabeau aluminium 5 marches", "20", "69", "25"}, {"Riz basmati bio - sac 5 kg", "5.5", "19", "6"},
        {"Gants anti-coupure (10 paires)", "20", "29", "10"}, {"Bordeaux AOC rouge (carton 6)", "20", "48", "30"}};

    /**
     * A PrestaShop invoice: the shop's name at the top left, date and "#FA000123" at the top right, the delivery
     * address at the left and the invoice address at the right, a grey row of Numéro de facture / Date de facture /
     * Référence de commande / Date de commande, products with tax rate and prices excluding tax, a tax detail table,
     * the payment method with its amount and the carrier, the totals at the right. Paid by card in even rounds (no due
     * date); in odd rounds by transfer "sous 30 jours".
     */
    static Truth prestashop(Canvas c, Random r, int round) {
        String[] shop = pick(r, PRESTA_SHOPS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate order = day(r);
        LocalDate issue = order.plusDays(r.nextInt(4));
        boolean card = round % 2 == 0;
        LocalDate due = card ? null : issue.plusDays(30);
        String number = "FA" + n0(6, 1000 + r.nextInt(20000));
        List<Item> items = lines(r, PRESTA_WORK, 2, 5);
        BigDecimal ship = new BigDecimal(pick(r, new String[] {"8.25", "12.42", "16.58"}));
        List<Item> all = new ArrayList<>(items);
        all.add(new Item("Livraison", BigDecimal.ONE, ship, pct("20")));
        Sums s = sums(all);
        String ref = letters(r, 9);
        c.bold(40, 795, shop[0], 15);
        c.text(40, 781, shop[1], 8);
        c.right(555, 800, dmy(issue), 9);
        c.right(555, 787, "#" + number, 9);
        String buyer = person(r);
        c.bold(40, 748, "Adresse de livraison", 8.5f);
        block(c, 40, 733, new String[] {cust[0], buyer, cust[1], cust[2]}, 8.5f, 12, false);
        c.bold(320, 748, "Adresse de facturation", 8.5f);
        block(c, 320, 733, new String[] {cust[0], buyer, cust[1], cust[2], "N° TVA : " + tva(siren(r))}, 8.5f, 12,
                false);
        String[] heads = {"Numéro de facture", "Date de facture", "Référence de commande", "Date de commande"};
        String[] vals = {"#" + number, dmy(issue), ref, dmy(order)};
        c.fill(40, 650, 515, 16, 0.88f);
        for (int k = 0; k < 4; k++) {
            c.centerBold(104 + k * 129, 655, heads[k], 7.5f);
            c.center(104 + k * 129, 636, vals[k], 8.5f);
        }
        c.fill(40, 604, 515, 16, 0.88f);
        float[] xs = {44, 110, 380, 460, 490, 551};
        String[] th = {"Référence", "Produit", "Taux de taxe", "Prix unitaire (HT)", "Qté", "Total (HT)"};
        int[] al = {L, L, R, R, R, R};
        c.y = 609;
        for (int k = 0; k < th.length; k++) {
            c.put(xs[k], c.y, th[k], 7, true, al[k]);
        }
        c.y = 588;
        for (Item i : items) {
            c.text(44, c.y, "REF" + (100 + Math.floorMod(i.label().hashCode(), 899)), 8);
            c.fit(110, c.y, i.label(), 8, 200, false, L);
            c.right(380, c.y, rate(i.rate()) + " %", 8);
            c.right(440, c.y, eur(i.unit()), 8);
            c.right(490, c.y, qty(i.qty()), 8);
            c.right(551, c.y, eur(i.amount()), 8);
            c.hline(40, 555, c.y - 6, 0.2f);
            c.down(18);
        }
        float top = c.y - 16;
        c.bold(40, top, "Détail des taxes", 8.5f);
        c.y = top - 16;
        List<String[]> taxRows = new ArrayList<>();
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : all) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        for (var e : s.taxByRate().entrySet()) {
            taxRows.add(new String[] {"Produits", rate(e.getKey()) + " %", eur(base.get(e.getKey())),
                eur(e.getValue())});
        }
        columns(c, new float[] {40, 150, 220, 290}, new int[] {L, R, R, R},
                new String[] {"Détail", "Taux", "Prix de base", "Total taxes"}, taxRows, 7.5f, 12, null);
        c.down(10);
        c.bold(40, c.y, "Moyen de paiement", 8.5f);
        c.down(13);
        c.text(40, c.y, (card ? "Carte bancaire" : "Virement bancaire") + "   " + eur(s.gross()), 8.5f);
        c.down(13);
        if (!card) {
            c.text(40, c.y, "Merci de régler cette facture sous 30 jours.", 8.5f);
            c.down(13);
        }
        c.bold(40, c.y - 4, "Transporteur", 8.5f);
        c.text(40, c.y - 17, pick(r, new String[] {"Colissimo", "DPD Predict", "Chronopost 13h"}), 8.5f);
        String[][] tot = {{"Total produits HT", eur(s.net().subtract(ship))}, {"Frais de livraison HT", eur(ship)},
            {"Total (HT)", eur(s.net())}, {"Total taxes", eur(s.tax())}};
        float ty = top;
        for (String[] row : tot) {
            c.text(360, ty, row[0], 8.5f);
            c.right(551, ty, row[1], 8.5f);
            ty -= 15;
        }
        c.fill(355, ty - 6, 200, 18, 0.88f);
        c.bold(360, ty, "Total", 9.5f);
        c.rightBold(551, ty, eur(s.gross()), 9.5f);
        String sirenSeller = siren(r);
        c.ink = GREY;
        c.center(297, 56, shop[0] + " - SARL - RCS " + sirenSeller + " - TVA " + tva(sirenSeller), 6.5f);
        c.center(297, 46, "Pour toute assistance, contactez-nous via " + shop[1] + "/contact", 6.5f);
        c.ink = BLACK;
        return new Truth(number, issue, due, s.gross(), "EUR", cust[0], "invoice", null);
    }

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    // --- 9. a Word invoice in English in GBP

    private static final String[][] CONSULTANTS = {
        {"Julie Ferrand Consulting", "Julie Ferrand", "Strategy & market entry consultant", "18 rue Oberkampf",
            "75011 Paris, France"},
        {"Marc Lebrun Conseil", "Marc Lebrun", "Supply chain consultant", "6 rue Sainte-Catherine",
            "33000 Bordeaux, France"},
        {"Sandrine Roux EI", "Sandrine Roux", "Regulatory affairs consultant", "27 avenue Jean Médecin",
            "06000 Nice, France"}};
    private static final String[][] UK_CLIENTS = {{"Harbourside Analytics Ltd", "14 Wharf Road", "London N1 7GR"},
        {"Pennine Foods Limited", "Unit 3, Calder Park", "Wakefield WF2 7AW"},
        {"Thistle & Oak Interiors Ltd", "42 Queen Street", "Edinburgh EH2 3NH"},
        {"Brightwater Medical Devices plc", "1 Cambridge Science Park", "Cambridge CB4 0FZ"}};
    private static final String[][] CONSULT_WORK = {{"Strategy workshop (day)", "0", "700", "300"},
        {"Market study - France (fixed fee)", "0", "2500", "2000"}, {"Regulatory review of labelling (day)", "0",
            "650", "250"}, {"Supplier audit on site (day)", "0", "720", "200"}, {"Remote advisory call (hour)", "0",
                "110", "40"}, {"Travel expenses (rebilled at cost)", "0", "180", "220"}};

    /**
     * A French consultant's invoice written in English in Word for a UK client, in GBP: serif type, "INVOICE" at the
     * right, the consultant's SIRET and French VAT number, "Bill to" with the client's UK VAT number, a table of days
     * and rates in "£1,234.56", no VAT (place of supply outside France, art. 259-1 CGI), "TOTAL DUE", an EUR
     * equivalent for information, payment details; the due date printed in even rounds, "Payment terms: 30 days net"
     * only in odd rounds.
     */
    static Truth wordEnglish(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String[] me = pick(r, CONSULTANTS);
        String[] cl = pick(r, UK_CLIENTS);
        LocalDate issue = day(r);
        boolean printed = round % 2 == 0;
        LocalDate due = issue.plusDays(30);
        String number = "INV-" + issue.getYear() + "-" + n0(3, 1 + r.nextInt(90));
        List<Item> items = lines(r, CONSULT_WORK, 2, 4);
        Sums s = sums(items);
        BigDecimal fx = new BigDecimal("1.1" + digits(r, 3));
        BigDecimal eurEq = s.gross().multiply(fx).setScale(2, RoundingMode.HALF_UP);
        String sirenMe = siren(r);
        c.bold(40, 800, me[0], 13);
        block(c, 40, 784, new String[] {me[2], me[3], me[4], "SIRET " + siret(sirenMe, r), "VAT No. " + tva(sirenMe)},
                8.5f, 12, false);
        c.rightBold(555, 796, "INVOICE", 22);
        c.y = 760;
        String[][] meta = printed ? new String[][] {{"Invoice No.:", number}, {"Date:", enWords(issue)},
            {"Due date:", enWords(due)}} : new String[][] {{"Invoice No.:", number}, {"Date:", enWords(issue)},
                {"Your PO:", "PO" + digits(r, 6)}};
        for (String[] m : meta) {
            c.text(380, c.y, m[0], 9);
            c.right(555, c.y, m[1], 9);
            c.down(14);
        }
        c.bold(40, 690, "Bill to:", 9.5f);
        block(c, 40, 675, new String[] {cl[0], "Attn: Accounts Payable", cl[1], cl[2], "United Kingdom",
            "VAT Reg. No. GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2)}, 9, 13, false);
        c.y = 580;
        c.hline(40, 555, c.y + 13, 0.8f);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), "£" + en(i.unit()), "£" + en(i.amount())});
        }
        columns(c, new float[] {44, 360, 460, 551}, new int[] {L, R, R, R},
                new String[] {"Description", "Qty", "Rate", "Amount"}, rows, 9, 18, new float[] {290, 0, 0, 0});
        c.hline(40, 555, c.y + 8, 0.8f);
        c.down(10);
        c.text(370, c.y, "Subtotal", 9.5f);
        c.right(551, c.y, "£" + en(s.net()), 9.5f);
        c.down(16);
        c.text(370, c.y, "VAT (0%)", 9.5f);
        c.right(551, c.y, "£0.00", 9.5f);
        c.down(20);
        c.bold(370, c.y, "TOTAL DUE", 11);
        c.rightBold(551, c.y, "£" + en(s.gross()), 11);
        c.down(16);
        c.text(370, c.y, "(for information: " + fr(eurEq) + " €)", 7.5f);
        c.down(34);
        c.text(40, c.y, "VAT not applicable in France – place of supply outside France, article 259-1 of the French "
                + "CGI.", 8);
        c.down(12);
        c.text(40, c.y, "Reverse charge: VAT to be accounted for by the customer.", 8);
        c.down(22);
        if (!printed) {
            c.text(40, c.y, "Payment terms: 30 days net.", 9);
            c.down(14);
        }
        c.text(40, c.y, "Please pay by bank transfer in GBP, quoting the invoice number.", 9);
        c.down(14);
        c.text(40, c.y, "Bank: " + pick(r, new String[] {"BNP Paribas", "Qonto", "Shine"}) + "   IBAN: " + iban(r)
                + "   BIC: " + bic(r), 8.5f);
        c.down(14);
        c.text(40, c.y, "Exchange rate used for the EUR equivalent: 1 GBP = " + fx.toPlainString() + " EUR.", 8);
        c.down(22);
        c.text(40, c.y, "Late payment: penalties at three times the French legal interest rate and a fixed "
                + "recovery fee of €40.", 7.5f);
        c.center(297, 48, "Thank you for your business. " + me[1] + " – Entrepreneur individuel", 7.5f);
        return Truth.invoice(number, issue, due, s.gross(), "GBP", cl[0]);
    }

    // --- 10. a travel agency's monthly invoice of dated tickets

    private static final String[] AGENCIES = {"Voyages Affaires Horizon", "Sillage Business Travel",
        "Agence Rail & Route Entreprises"};
    private static final String[][] TRIPS = {{"Paris Gare de Lyon > Lyon Part-Dieu", "45", "70"},
        {"Lyon Part-Dieu > Paris Gare de Lyon", "45", "70"}, {"Paris Montparnasse > Bordeaux St-Jean", "50", "80"},
        {"Bordeaux St-Jean > Paris Montparnasse", "50", "80"}, {"Paris Nord > Lille Europe", "25", "45"},
        {"Lille Europe > Paris Nord", "25", "45"}, {"Marseille St-Charles > Paris Gare de Lyon", "60", "90"},
        {"Paris Est > Strasbourg", "45", "65"}, {"Nantes > Paris Montparnasse", "40", "60"}};

    /**
     * A business-travel agency's monthly invoice: many dated lines (a file number, the traveller, the train route
     * and class at 10 %, the agency's service fee at 20 %, some hotel nights), over two pages with "N° pièce" and
     * "Date pièce" repeated in each page's header and the totals on page 2; the customer after "Adresse de
     * facturation :"; 30 days net with the due date printed, or a direct debit on the 10th of the next month.
     */
    static Truth travelAgency(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String agency = pick(r, AGENCIES) + " - " + pick(r, new String[] {"92100 Boulogne-Billancourt",
            "69002 Lyon", "75008 Paris"});
        String[] cust = pick(r, CUSTOMERS);
        LocalDate month = LocalDate.of(2026, 1 + r.nextInt(10), 1);
        LocalDate issue = endOfMonth(month);
        boolean debit = round % 2 == 1;
        LocalDate due = debit ? issue.plusMonths(1).withDayOfMonth(10) : issue.plusDays(30);
        String number = "VA" + d(issue, "yy") + "-" + n0(6, 1000 + r.nextInt(90000));
        List<String[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        String[] travellers = {person(r), person(r), person(r)};
        int trips = 24 + r.nextInt(5);
        LocalDate dte = month.plusDays(r.nextInt(3));
        for (int k = 0; k < trips; k++) {
            String[] t = pick(r, TRIPS);
            String pnr = letters(r, 6);
            String who = pick(r, travellers);
            boolean first = r.nextInt(3) == 0;
            BigDecimal ht = BigDecimal.valueOf(Integer.parseInt(t[1]) * 100L
                    + (long) (r.nextDouble() * Integer.parseInt(t[2]) * 100L), 2);
            items.add(new Item("train", BigDecimal.ONE, ht, pct("10")));
            rows.add(new String[] {dmy(dte), pnr, who, t[0] + (first ? " (1re)" : " (2de)"), "10", fr(ht)});
            BigDecimal fee = new BigDecimal(pick(r, new String[] {"8.00", "12.00"}));
            items.add(new Item("fee", BigDecimal.ONE, fee, pct("20")));
            rows.add(new String[] {dmy(dte), pnr, who, "Frais de service agence - billet train", "20", fr(fee)});
            if (r.nextInt(4) == 0) {
                BigDecimal night = BigDecimal.valueOf(9000 + r.nextInt(6000), 2);
                items.add(new Item("hotel", BigDecimal.ONE, night, pct("10")));
                rows.add(new String[] {dmy(dte), pnr, who, "Hôtel " + pick(r, new String[] {"Mercure", "Ibis Styles",
                    "Novotel"}) + " - 1 nuit", "10", fr(night)});
            }
            dte = dte.plusDays(r.nextInt(4) == 0 ? 0 : 1);
            if (dte.getMonthValue() != month.getMonthValue()) {
                dte = endOfMonth(month);
            }
        }
        Sums s = sums(items);
        travelHead(c, agency, number, issue, "1/2", r);
        c.text(330, 724, "Adresse de facturation :", 8);
        block(c, 330, 710, new String[] {cust[0], "Service comptabilité fournisseurs", cust[1], cust[2]}, 9, 12, true);
        c.text(40, 724, "Compte client : " + "E" + digits(r, 5), 8.5f);
        c.text(40, 711, "Période : " + frMonth(month), 8.5f);
        c.text(40, 698, "Contrat voyages n° CV-" + digits(r, 4), 8.5f);
        float[] xs = {40, 94, 140, 222, 500, 555};
        String[] heads = {"Date", "Dossier", "Voyageur", "Prestation", "TVA %", "Montant HT"};
        int[] al = {L, L, L, L, R, R};
        int at = travelTable(c, rows, 0, 650, 110, xs, heads, al);
        c.center(297, 80, "Suite page 2", 7.5f);
        c.newPage();
        travelHead(c, agency, number, issue, "2/2", r);
        at = travelTable(c, rows, at, 740, 330, xs, heads, al);
        if (at < rows.size()) {
            throw new IllegalStateException("the travel lines do not fit: " + at + " of " + rows.size());
        }
        float ty = c.y - 20;
        String[][] tot = {{"Total HT", fr(s.net())}, {"TVA 10 %", fr(s.taxByRate().get(pct("10")))},
            {"TVA 20 %", fr(s.taxByRate().get(pct("20")))}, {"Total TTC", fr(s.gross())}};
        for (String[] row : tot) {
            c.text(360, ty, row[0], 9);
            c.right(555, ty, row[1] + " €", 9);
            ty -= 15;
        }
        ty -= 6;
        c.box(355, ty - 8, 200, 22, 0.8f);
        c.bold(362, ty, "Net à payer", 10);
        c.rightBold(550, ty, fr(s.gross()) + " €", 10);
        float ly = c.y - 20;
        c.text(40, ly, "Mode de règlement : " + (debit ? "prélèvement SEPA" : "virement"), 8.5f);
        c.text(40, ly - 13, debit ? "Prélèvement le 10 du mois suivant la facture." : "Règlement à 30 jours nets, "
                + "soit le " + dmy(due) + ".", 8.5f);
        c.text(40, ly - 26, "Billets émis pour le compte du transporteur ; TVA transport 10 %.", 7.5f);
        c.text(40, ly - 39, "Immatriculation Atout France IM0" + digits(r, 8) + " - Garantie APST", 7.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]);
    }

    private static void travelHead(Canvas c, String agency, String number, LocalDate issue, String page, Random r) {
        String[] parts = agency.split(" - ");
        c.bold(40, 800, parts[0], 13);
        c.text(40, 787, "Agence de voyages d'affaires - " + parts[1], 8);
        c.rightBold(555, 800, "FACTURE", 14);
        c.right(555, 786, "N° pièce : " + number, 8.5f);
        c.right(555, 774, "Date pièce : " + dmy(issue), 8.5f);
        c.right(555, 762, "Page " + page, 8.5f);
    }

    private static int travelTable(Canvas c, List<String[]> rows, int from, float top, float bottom, float[] xs,
            String[] heads, int[] al) {
        c.fill(40, top - 4, 515, 15, 0.85f);
        for (int k = 0; k < heads.length; k++) {
            c.put(k == 0 ? 44 : xs[k], top, heads[k], 7.5f, true, al[k]);
        }
        float y = top - 16;
        int i = from;
        while (i < rows.size() && y > bottom) {
            String[] row = rows.get(i);
            c.text(44, y, row[0], 7.5f);
            c.text(xs[1], y, row[1], 7.5f);
            c.fit(xs[2], y, row[2], 7.5f, 78, false, L);
            c.fit(xs[3], y, row[3], 7.5f, 240, false, L);
            c.right(xs[4], y, row[4], 7.5f);
            c.right(xs[5], y, row[5], 7.5f);
            y -= 11.5f;
            i++;
        }
        c.y = y;
        return i;
    }

    // --- 11. a hotel group's seminar invoice with the deposit deducted

    private static final String[][] HOTELS = {
        {"Domaine des Cèdres ****", "Groupe Hôtelier Les Cèdres SAS", "Route de Chantilly", "60270 Gouvieux"},
        {"Château de la Brède Hôtel & Séminaires", "Hôtellerie Atlantique Groupe", "12 allée du Parc",
            "33650 La Brède"},
        {"Les Terrasses du Lac ***", "Alpes Hôtels & Résidences", "45 route d'Albertville", "74410 Saint-Jorioz"}};

    /**
     * A hotel group's invoice for a company seminar: the hotel and its group at the top, "FACTURE N°" and the date
     * in words at the right, the organiser in a framed box, the seminar's name, dates and number of participants,
     * a table of dated services (rooms and meals at 10 %, meeting room and drinks at 20 %), the tourist tax outside
     * VAT, "Total TTC", the deposit paid on a date, "Reste dû" payable on receipt (odd rounds: within 30 days).
     */
    static Truth hotelSeminar(Canvas c, Random r, int round) {
        String[] h = pick(r, HOTELS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate start = day(r);
        int days = 2 + r.nextInt(2);
        LocalDate end = start.plusDays(days - 1);
        LocalDate issue = end.plusDays(r.nextInt(4));
        boolean onReceipt = round % 2 == 0;
        LocalDate due = onReceipt ? issue : issue.plusDays(30);
        int people = 12 + r.nextInt(30);
        String number = issue.getYear() + "-SEM-" + n0(4, 10 + r.nextInt(900));
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            LocalDate dd = start.plusDays(k);
            BigDecimal salle = BigDecimal.valueOf(40000 + r.nextInt(50000), 2);
            items.add(new Item("Location salle plénière (journée)", BigDecimal.ONE, salle, pct("20")));
            BigDecimal dej = BigDecimal.valueOf(2800 + r.nextInt(1500), 2);
            items.add(new Item("Déjeuner séminaire", BigDecimal.valueOf(people), dej, pct("10")));
            BigDecimal pause = BigDecimal.valueOf(700 + r.nextInt(500), 2);
            items.add(new Item("Pauses café (x2)", BigDecimal.valueOf(people), pause, pct("10")));
            if (k < days - 1) {
                BigDecimal room = BigDecimal.valueOf(9500 + r.nextInt(6000), 2);
                items.add(new Item("Chambre single + petit-déjeuner", BigDecimal.valueOf(people), room, pct("10")));
                BigDecimal diner = BigDecimal.valueOf(3800 + r.nextInt(2000), 2);
                items.add(new Item("Dîner (menu séminaire)", BigDecimal.valueOf(people), diner, pct("10")));
                BigDecimal vin = BigDecimal.valueOf(900 + r.nextInt(600), 2);
                items.add(new Item("Forfait boissons (vins, apéritif)", BigDecimal.valueOf(people), vin, pct("20")));
            }
            for (int j = rows.size(); j < items.size(); j++) {
                Item i = items.get(j);
                rows.add(new String[] {dmy(dd), i.label(), qty(i.qty()), fr(i.unit()), rate(i.rate()) + " %",
                    fr(i.amount())});
            }
        }
        Sums s = sums(items);
        BigDecimal taxe = BigDecimal.valueOf(people * (days - 1)).multiply(new BigDecimal("2.30"));
        BigDecimal total = s.gross().add(taxe);
        BigDecimal deposit = total.multiply(pct("0.3")).setScale(-2, RoundingMode.DOWN).setScale(2);
        BigDecimal rest = total.subtract(deposit);
        LocalDate depositDay = start.minusDays(20 + r.nextInt(30));
        c.family = "DejaVuSerif";
        c.centerBold(297, 805, h[0], 14);
        c.center(297, 790, h[1] + " - " + h[2] + " - " + h[3], 8);
        c.hline(150, 445, 782, 0.5f);
        c.box(40, 660, 250, 92, 0.7f);
        c.text(48, 738, "Organisateur", 7.5f);
        block(c, 48, 722, new String[] {cust[0], "À l'attention de " + civil(r), cust[1], cust[2]}, 9, 13, true);
        c.bold(330, 740, "FACTURE N° " + number, 11);
        c.text(330, 724, "Date : " + frWords(issue), 9);
        c.text(330, 710, "Dossier groupe : GRP" + digits(r, 5), 9);
        c.text(330, 696, "Devis accepté n° D-" + digits(r, 4), 9);
        c.text(40, 636, "Séminaire « " + pick(r, new String[] {"Convention commerciale", "Kick-off annuel",
            "Comité de direction", "Séminaire d'équipe"}) + " » du " + frWords(start) + " au " + frWords(end) + " - "
            + people + " participants", 9);
        c.y = 612;
        c.family = "DejaVuSansCondensed";
        c.hline(40, 555, 624, 0.5f);
        columns(c, new float[] {40, 100, 360, 420, 470, 555}, new int[] {L, L, R, R, R, R},
                new String[] {"Date", "Prestation", "Qté", "P.U. HT", "TVA", "Montant HT"}, rows, 8, 13,
                new float[] {0, 250, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 5, 0.5f);
        c.down(8);
        BigDecimal t10 = s.taxByRate().getOrDefault(pct("10"), BigDecimal.ZERO);
        BigDecimal t20 = s.taxByRate().getOrDefault(pct("20"), BigDecimal.ZERO);
        String[][] tot = {{"Total HT", eur(s.net())}, {"TVA 10 %", eur(t10)}, {"TVA 20 %", eur(t20)},
            {"Taxe de séjour (" + people + " x " + (days - 1) + " nuit" + (days > 2 ? "s" : "") + " x 2,30 €)",
                eur(taxe)}, {"Total TTC", eur(total)}, {"Acompte versé le " + dmy(depositDay), "-" + eur(deposit)}};
        for (String[] row : tot) {
            boolean strong = row[0].equals("Total TTC");
            c.put(300, c.y, row[0], 8.5f, strong, L);
            c.put(555, c.y, row[1], 8.5f, strong, R);
            c.down(14);
        }
        c.fill(295, c.y - 7, 260, 20, 0.85f);
        c.bold(300, c.y, "Reste dû", 10);
        c.rightBold(555, c.y, eur(rest), 10);
        c.down(34);
        c.text(40, c.y, onReceipt ? "Solde payable à réception de facture." : "Solde payable sous 30 jours à compter "
                + "de la date de facture.", 8.5f);
        c.down(13);
        c.text(40, c.y, "Taxe de séjour collectée pour le compte de la commune, non soumise à TVA.", 8);
        c.down(13);
        c.text(40, c.y, "IBAN " + iban(r) + " - BIC " + bic(r), 8);
        String sirenH = siren(r);
        c.ink = GREY;
        c.center(297, 46, h[1] + " - SIRET " + siret(sirenH, r) + " - TVA " + tva(sirenH) + " - Pénalités : 3 fois le "
                + "taux légal, indemnité 40 €", 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, total, "EUR", cust[0]).withAmountDue(rest);
    }

    // --- 12. a corrective invoice replacing an earlier one

    private static final String[][] RECT_SELLERS = {
        {"Agence Pixel & Plume", "Communication graphique", "3 rue des Halles", "45000 Orléans", "02"},
        {"Froid Service Méditerranée", "Installation et maintenance frigorifique", "ZI Les Paluds, 80 avenue "
            + "de la Fleuride", "13400 Aubagne", "04"},
        {"Serrurerie Dupuis", "Serrurerie - Métallerie", "15 rue Gambetta", "80000 Amiens", "03"}};
    private static final String[][] RECT_WORK = {{"Création affiche A2 (forfait)", "20", "350", "200"},
        {"Déclinaison réseaux sociaux (pack)", "20", "180", "120"}, {"Impression kakémono 85 x 200", "20", "95",
            "40"}, {"Contrat de maintenance chambre froide", "20", "420", "200"}, {"Remplacement compresseur", "20",
                "890", "400"}, {"Main d'œuvre technicien (heure)", "20", "58", "12"}, {"Déplacement zone 2", "20",
                    "45", "20"}, {"Porte métallique coupe-feu", "20", "780", "300"}, {"Cylindre haute sécurité", "20",
                        "120", "60"}};

    /**
     * A "Facture rectificative" that cancels and replaces an earlier invoice: its own number and date, the earlier
     * invoice's number, date and amount, the reason, the corrected lines, a comparison box (initial, corrected,
     * difference) and "Net à payer" the corrected total; the due date from the new date by "30 jours nets" (even
     * rounds, printed as the date) or "45 jours fin de mois" (odd rounds, the terms only).
     */
    static Truth rectificative(Canvas c, Random r, int round) {
        String[] seller = pick(r, RECT_SELLERS);
        String[] cust = pick(r, CUSTOMERS);
        LocalDate original = day(r);
        LocalDate issue = original.plusDays(5 + r.nextInt(20));
        boolean printed = round % 2 == 0;
        LocalDate due = printed ? issue.plusDays(30) : endOfMonth(issue.plusDays(45));
        int seq = 100 + r.nextInt(800);
        String oldNumber = "F" + original.getYear() + "-" + n0(4, seq);
        String number = "F" + issue.getYear() + "-" + n0(4, seq + 3 + r.nextInt(20));
        List<Item> items = lines(r, RECT_WORK, 2, 5);
        int wrong = r.nextInt(items.size());
        List<Item> old = new ArrayList<>(items);
        Item w = items.get(wrong);
        boolean lower = r.nextBoolean();
        old.set(wrong, new Item(w.label(), w.qty().add(BigDecimal.valueOf(1 + r.nextInt(3))), w.unit(), w.rate()));
        String reason = "erreur de quantité sur la ligne « " + w.label() + " »";
        if (!lower) {
            BigDecimal oldUnit = w.unit().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
            old.set(wrong, new Item(w.label(), w.qty(), oldUnit, w.rate()));
            reason = "prix unitaire erroné sur la ligne « " + w.label() + " »";
        }
        Sums s = sums(items);
        Sums so = sums(old);
        BigDecimal diff = s.gross().subtract(so.gross());
        c.bold(40, 800, seller[0], 13);
        block(c, 40, 785, new String[] {seller[1], seller[2], seller[3], "Tél. " + phone(r, seller[4])}, 8, 11, false);
        c.ink = 0xB91C1C;
        c.rightBold(555, 800, "FACTURE RECTIFICATIVE", 14);
        c.ink = BLACK;
        c.right(555, 784, "N° " + number, 9.5f);
        c.right(555, 771, "Date : " + dmy(issue), 9.5f);
        c.box(318, 660, 237, 88, 0.7f);
        block(c, 328, 730, new String[] {cust[0], civil(r), cust[1], cust[2]}, 9, 13, true);
        c.box(40, 598, 515, 46, 0.5f);
        c.bold(48, 630, "Annule et remplace la facture n° " + oldNumber + " du " + dmy(original) + " d'un montant de "
                + eur(so.gross()) + " TTC", 8.5f);
        c.text(48, 616, "Motif : " + reason, 8);
        c.text(48, 604, "La facture " + oldNumber + " ne doit pas être réglée ; seule la présente facture est due.", 8);
        c.y = 574;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit()), "20 %", eur(i.amount())});
        }
        columns(c, new float[] {40, 350, 430, 475, 555}, new int[] {L, R, R, R, R},
                new String[] {"Désignation (corrigée)", "Qté", "P.U. HT", "TVA", "Total HT"}, rows, 8.5f, 16,
                new float[] {290, 0, 0, 0, 0});
        c.hline(40, 555, c.y + 8, 0.5f);
        c.down(8);
        float top = c.y;
        c.text(340, c.y, "Total HT", 9);
        c.right(555, c.y, eur(s.net()), 9);
        c.down(14);
        c.text(340, c.y, "TVA 20 %", 9);
        c.right(555, c.y, eur(s.tax()), 9);
        c.down(14);
        c.text(340, c.y, "Total TTC", 9);
        c.right(555, c.y, eur(s.gross()), 9);
        c.down(24);
        c.fill(335, c.y - 7, 220, 21, 0.88f);
        c.bold(340, c.y, "Net à payer", 10.5f);
        c.rightBold(550, c.y, eur(s.gross()), 10.5f);
        c.box(40, top - 58, 250, 70, 0.5f);
        c.bold(48, top, "Récapitulatif", 8.5f);
        c.text(48, top - 14, "Montant facture initiale TTC", 8);
        c.right(282, top - 14, eur(so.gross()), 8);
        c.text(48, top - 28, "Montant rectifié TTC", 8);
        c.right(282, top - 28, eur(s.gross()), 8);
        c.text(48, top - 42, "Différence", 8);
        c.right(282, top - 42, (diff.signum() > 0 ? "+" : "") + eur(diff), 8);
        c.y = top - 90;
        c.text(40, c.y, printed ? "Échéance : " + dmy(due) + " (30 jours nets)" : "Conditions de paiement : 45 jours "
                + "fin de mois", 8.5f);
        c.down(13);
        c.text(40, c.y, "Règlement par virement : IBAN " + iban(r) + " - BIC " + bic(r), 8);
        String sirenS = siren(r);
        c.ink = GREY;
        c.center(297, 56, "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
                + "recouvrement : 40 €.", 6.5f);
        c.center(297, 46, seller[0] + " - SIRET " + siret(sirenS, r) + " - TVA " + tva(sirenS), 6.5f);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, s.gross(), "EUR", cust[0]);
    }
}
