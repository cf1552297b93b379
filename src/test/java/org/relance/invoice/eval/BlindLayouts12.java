package org.relance.invoice.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.relance.invoice.eval.BlindLayouts.Item;
import org.relance.invoice.eval.BlindLayouts.Sums;
import org.relance.invoice.eval.BlindLayouts.Truth;
import org.relance.invoice.eval.BlindLayouts7.Sheet;

/**
 * A twelfth blind set ({@code eval/invoices/blind12}): invoices of small French businesses of twelve trades, made by
 * hand or from generic templates (Word, Excel, LibreOffice, Canva-like designs) rather than invoicing software, written
 * without looking at the reader. Drawn with the embedded DejaVu fonts of {@link BlindLayouts7.Sheet}.
 */
public final class BlindLayouts12 {

    private static final Map<String, BlindLayouts7.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-plombier-word-devis-bon-pour-accord-tva-10", BlindLayouts12::plumber);
        LAYOUTS.put("fr-photographe-canva-cession-acompte-30", BlindLayouts12::photographer);
        LAYOUTS.put("fr-traiteur-mariage-menu-convive-solde-jour-j", BlindLayouts12::caterer);
        LAYOUTS.put("fr-decoratrice-honoraires-phases-situation-2", BlindLayouts12::interiorDesigner);
        LAYOUTS.put("fr-fleuriste-excel-lignes-5-5-et-20-2-pages", BlindLayouts12::florist);
        LAYOUTS.put("fr-auto-ecole-libreoffice-exoneree-eleve", BlindLayouts12::drivingSchool);
        LAYOUTS.put("fr-webdesigner-micro-293b-paiement-30-jours", BlindLayouts12::webDesigner);
        LAYOUTS.put("fr-veterinaire-proprietaire-animal-reception", BlindLayouts12::vet);
        LAYOUTS.put("fr-garage-pieces-mo-immat-km-2-pages", BlindLayouts12::garage);
        LAYOUTS.put("fr-traducteur-au-mot-grille-en-tete-livraison", BlindLayouts12::translator);
        LAYOUTS.put("fr-salle-location-caution-hors-total-arrhes", BlindLayouts12::hall);
        LAYOUTS.put("fr-domaine-viticole-accises-crd-fin-de-mois", BlindLayouts12::wine);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind12Test -Drelance.generateBlind12=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts7.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind12", 2026_12_13L, 2, "blind12");
    }

    // --- helpers

    private static final float L = 50;
    private static final float R = 545;

    private static <T> T pick(Random r, T[] options) {
        return BlindLayouts.pick(r, options);
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(330));
    }

    private static BigDecimal pct(String p) {
        return new BigDecimal(p);
    }

    private static BigDecimal money(Random r, int least, int spread) {
        return BigDecimal.valueOf(least * 100L + (long) (r.nextDouble() * spread * 100L), 2);
    }

    /** Style 0 "1 234,56 €", 1 "1.234,56 €", 2 "1 234.56 EUR". */
    private static String eur(BigDecimal a, int style) {
        return switch (style) {
            case 0 -> BlindLayouts7.num(a, 2, " ", ',') + " €";
            case 1 -> BlindLayouts7.num(a, 2, ".", ',') + " €";
            default -> BlindLayouts7.num(a, 2, " ", '.') + " EUR";
        };
    }

    /** The number alone in a style. */
    private static String n(BigDecimal a, int style) {
        return switch (style) {
            case 0 -> BlindLayouts7.num(a, 2, " ", ',');
            case 1 -> BlindLayouts7.num(a, 2, ".", ',');
            default -> BlindLayouts7.num(a, 2, " ", '.');
        };
    }

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private static String words(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + MONTHS[d.getMonthValue() - 1]
                + " " + d.getYear();
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + words(d);
    }

    private static String dd(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String dots(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static String digits(Random r, int count) {
        StringBuilder b = new StringBuilder().append(1 + r.nextInt(9));
        for (int i = 1; i < count; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String siret(Random r) {
        return digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 5);
    }

    private static String phone(Random r) {
        return "0" + (1 + r.nextInt(7)) + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " "
                + digits(r, 2);
    }

    private static String iban(Random r) {
        return "FR76 " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " "
                + digits(r, 4) + " " + digits(r, 3);
    }

    /** Columns at x (right-aligned where asked): a bold head row, a rule, then the rows. */
    private static void grid(Sheet doc, float[] xs, boolean[] right, String[] heads, List<String[]> rows, float pt) {
        for (int c = 0; c < heads.length; c++) {
            if (right[c]) {
                doc.rightBold(xs[c], doc.y, heads[c], pt);
            } else {
                doc.bold(xs[c], doc.y, heads[c], pt);
            }
        }
        doc.down(pt + 6);
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (right[c]) {
                    doc.right(xs[c], doc.y, row[c], pt);
                } else {
                    doc.text(xs[c], doc.y, row[c], pt);
                }
            }
            doc.down(pt + 5);
        }
        doc.down(6);
    }

    /** Label / amount pairs, the amount right-aligned at {@code right}; bold from {@code boldFrom}. */
    private static void totals(Sheet doc, float labelX, float right, String[][] rows, int boldFrom) {
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

    /** A rule of dashes at the cursor, which then moves below it. */
    private static void rule(Sheet doc, float x, int dashes) {
        doc.text(x, doc.y, "─".repeat(dashes), 7);
        doc.down(14);
    }

    private static Item item(String label, BigDecimal qty, BigDecimal unit, BigDecimal rate) {
        return new Item(label, qty, unit, rate);
    }

    private static List<Item> draw(Random r, String[] work, int min, int max, int least, int spread, BigDecimal rate) {
        int count = min + r.nextInt(max - min + 1);
        List<String> left = new ArrayList<>(List.of(work));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            BigDecimal q = BigDecimal.valueOf(r.nextInt(4) == 0 ? 2 + r.nextInt(6) : 1 + r.nextInt(2));
            out.add(item(left.remove(r.nextInt(left.size())), q, money(r, least, spread), rate));
        }
        return out;
    }

    private static final String[] FR_STREETS = {"12 rue des Lilas", "4 avenue Jean Jaurès", "27 boulevard Carnot",
        "8 place du Marché", "115 route de Lyon", "3 impasse des Acacias", "19 chemin des Vignes", "52 rue Nationale"};
    private static final String[] FR_CITIES = {"69003 Lyon", "44000 Nantes", "31000 Toulouse", "35000 Rennes",
        "21000 Dijon", "37000 Tours", "59800 Lille", "34000 Montpellier", "49100 Angers"};
    private static final String[] PERSONS = {"M. Jean Dupuis", "Mme Martine Roux", "M. et Mme Girard",
        "Mme Nathalie Perrin", "M. Karim Haddad", "Mme Sylvie Bonnet", "M. Olivier Marchand", "Mme Léa Fournier"};

    // --- 1. plumber

    private static final String[] PLUMBING = {"Remplacement chauffe-eau 200 L (fourniture)", "Pose et raccordement",
        "Mitigeur thermostatique douche", "Dépose ancien matériel et évacuation", "Raccords cuivre et PER (lot)",
        "Recherche de fuite", "Siphon et bonde lavabo", "Groupe de sécurité", "Déplacement"};

    /** A plumber's Word invoice after a quote: quote reference and date, TVA 10 % on renovation work, the quote's
     * "Bon pour accord" box reproduced, paid on receipt. */
    static Truth plumber(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"Plomberie Lemaire", "SARL Chauffage Sanitaire Bertin",
            "Eau & Confort – Thierry Vasseur"});
        String customer = pick(r, PERSONS);
        LocalDate issue = day(r);
        LocalDate work = issue.minusDays(1 + r.nextInt(6));
        LocalDate quote = work.minusDays(10 + r.nextInt(40));
        int style = r.nextInt(2);
        String number = "F" + issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(300));
        String quoteNo = "D" + quote.getYear() + "-" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(300));
        List<Item> items = draw(r, PLUMBING, 3, 6, 25, 700, pct("10"));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.lineBold(L, seller, 15);
        doc.line(L, "Artisan plombier-chauffagiste – RGE QualiPAC", 9);
        doc.line(L, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.line(L, "Tél. " + phone(r) + "  –  SIRET " + siret(r), 9);
        doc.line(L, "Assurance décennale n° " + digits(r, 8) + " (MAAF)", 8);
        float top = doc.y - 20;
        doc.bold(330, top, "Client :", 10);
        doc.text(330, top - 14, customer, 10);
        doc.text(330, top - 27, pick(r, FR_STREETS), 10);
        doc.text(330, top - 40, pick(r, FR_CITIES), 10);
        doc.y = top - 75;
        doc.lineBold(L, "FACTURE N° " + number, 14);
        doc.line(L, "Date : " + dd(issue), 10);
        doc.line(L, "Suivant devis n° " + quoteNo + " du " + dd(quote) + ", accepté", 10);
        doc.line(L, "Date d'intervention : " + dd(work) + "  –  Chantier : adresse du client", 10);
        doc.down(12);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), n(i.unit(), style), n(i.amount(), style)});
        }
        grid(doc, new float[] {L, 360, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"Désignation", "Qté", "P.U. HT", "Montant HT"}, rows, 9);
        rule(doc, 330, 40);
        totals(doc, 340, R, new String[][] {{"Total HT", eur(s.net(), style)},
            {"TVA 10 % (travaux de rénovation)", eur(s.tax(), style)}, {"Total TTC", eur(s.gross(), style)}}, 2);
        doc.down(8);
        doc.line(L, "TVA au taux réduit de 10 % : attestation simplifiée remise par le client (logement > 2 ans).", 8);
        doc.line(L, "Règlement à réception de facture, par chèque ou virement.", 9);
        doc.line(L, "IBAN " + iban(r), 8);
        doc.line(L, "Pénalités de retard : 3 fois le taux d'intérêt légal. Pas d'escompte pour paiement anticipé.", 7);
        doc.down(14);
        float box = doc.y;
        doc.text(L, box + 6, "┌" + "─".repeat(44) + "┐", 9);
        doc.bold(L + 8, box - 8, "BON POUR ACCORD (rappel du devis " + quoteNo + ")", 9);
        doc.text(L + 8, box - 22, "Date et signature précédées de la mention « Bon pour accord »", 8);
        doc.text(L + 8, box - 34, "Signé le " + dd(quote.plusDays(3)) + " par " + customer, 8);
        doc.text(L, box - 48, "└" + "─".repeat(44) + "┘", 9);
        return Truth.invoice(number, issue, issue, s.gross(), "EUR", customer);
    }

    // --- 2. photographer

    /** A Canva-style photographer's invoice: big title right, rights assignment line, 30 % deposit deducted. */
    static Truth photographer(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Camille Aubry Photographie", "Studio Lumen – Hugo Besson",
            "Atelier Grain d'Argent"});
        String customer = pick(r, new String[] {"Maison Vermeil SAS", "Agence Boréale Communication",
            "Hôtel Les Remparts", "SAS Bijoux Céleste", "Restaurant L'Écrin"});
        LocalDate issue = day(r);
        LocalDate shoot = issue.minusDays(3 + r.nextInt(15));
        LocalDate due = issue.plusDays(pick(r, new Integer[] {15, 30}));
        int style = 1;
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(120));
        List<Item> items = new ArrayList<>();
        int half = 1 + r.nextInt(3);
        items.add(item("Prise de vue – demi-journée", BigDecimal.valueOf(half), money(r, 350, 250), pct("20")));
        items.add(item("Post-production et retouche (images)", BigDecimal.valueOf(10 + r.nextInt(40)),
                money(r, 8, 12), pct("20")));
        items.add(item("Cession de droits d'exploitation – web et print, 2 ans, France", BigDecimal.ONE,
                money(r, 300, 900), pct("20")));
        if (r.nextBoolean()) {
            items.add(item("Frais de déplacement (forfait)", BigDecimal.ONE, money(r, 40, 80), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = s.gross().multiply(pct("0.30")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rest = s.gross().subtract(deposit);
        doc.bold(L, 790, seller, 12);
        doc.text(L, 776, "photographe professionnelle · " + pick(r, FR_CITIES), 8);
        doc.rightBold(R, 785, "FACTURE", 30);
        doc.right(R, 762, "N° " + number, 11);
        doc.y = 720;
        doc.text(L, doc.y, "FACTURÉ À", 8);
        doc.text(330, doc.y, "ÉMISE LE", 8);
        doc.text(440, doc.y, "ÉCHÉANCE", 8);
        doc.down(14);
        doc.bold(L, doc.y, customer, 11);
        doc.text(330, doc.y, words(issue), 10);
        doc.text(440, doc.y, words(due), 10);
        doc.down(13);
        doc.text(L, doc.y, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.text(330, doc.y, "Séance du " + words(shoot), 8);
        doc.down(13);
        doc.text(L, doc.y, "Bon de commande client : PO-" + digits(r, 6), 8);
        doc.down(34);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit(), style), eur(i.amount(), style)});
        }
        grid(doc, new float[] {L, 370, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"DESCRIPTION", "QTÉ", "PRIX", "TOTAL"}, rows, 9);
        doc.down(10);
        totals(doc, 280, R, new String[][] {{"Sous-total HT", eur(s.net(), style)},
            {"TVA 20 %", eur(s.tax(), style)}, {"Total TTC", eur(s.gross(), style)},
            {"Acompte 30 % versé le " + dd(shoot.minusDays(20)), "- " + eur(deposit, style)}}, 2);
        doc.down(4);
        doc.text(280, doc.y + 10, "━".repeat(30), 9);
        doc.bold(280, doc.y - 4, "RESTE À PAYER", 12);
        doc.rightBold(R, doc.y - 4, eur(rest, style), 14);
        doc.down(40);
        doc.line(L, "Les droits cédés ne prennent effet qu'après paiement intégral. Crédit photo obligatoire : © "
                + seller.split(" ")[0] + ".", 8);
        doc.line(L, "Paiement par virement – IBAN " + iban(r) + " – SIRET " + siret(r), 8);
        doc.line(L, "Membre de l'UPP – Maison des artistes n° " + digits(r, 6), 8);
        doc.text(L, 40, "merci pour votre confiance ♥", 9);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 3. wedding caterer

    /** A wedding caterer's invoice: menu per guest, drinks at 20 %, a deposit, the balance due on the wedding day. */
    static Truth caterer(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"Les Saveurs d'Apolline – Traiteur", "Maison Delorme Réceptions",
            "Le Comptoir de Margaux, traiteur"});
        String customer = pick(r, new String[] {"Mlle Claire Fontaine et M. Hugo Lambert", "M. et Mme Lefort",
            "Mme Inès Barbier", "M. Thomas Rivière et Mme Anaïs Caron"});
        LocalDate wedding = LocalDate.of(2026, 5, 2).plusWeeks(r.nextInt(22));
        while (wedding.getDayOfWeek() != DayOfWeek.SATURDAY) {
            wedding = wedding.plusDays(1);
        }
        LocalDate issue = wedding.minusDays(14 + r.nextInt(30));
        int guests = 60 + r.nextInt(90);
        int kids = 4 + r.nextInt(10);
        int style = r.nextInt(3);
        String number = "TR-" + String.format(Locale.ROOT, "%04d", 200 + r.nextInt(700));
        List<Item> items = new ArrayList<>();
        items.add(item("Vin d'honneur – 8 pièces cocktail / pers.", BigDecimal.valueOf(guests + kids),
                money(r, 9, 6), pct("10")));
        items.add(item("Menu « " + pick(r, new String[] {"Prestige", "Tradition", "Jardin d'été"}) + " » adulte",
                BigDecimal.valueOf(guests), money(r, 48, 30), pct("10")));
        items.add(item("Menu enfant", BigDecimal.valueOf(kids), money(r, 14, 8), pct("10")));
        items.add(item("Pièce montée / wedding cake (part)", BigDecimal.valueOf(guests + kids), money(r, 4, 3),
                pct("10")));
        items.add(item("Forfait boissons alcoolisées (par adulte)", BigDecimal.valueOf(guests), money(r, 12, 10),
                pct("20")));
        items.add(item("Personnel de service (heure)", BigDecimal.valueOf(30 + r.nextInt(30)), money(r, 28, 8),
                pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = s.gross().multiply(new BigDecimal(pick(r, new String[] {"0.30", "0.40"})))
                .setScale(0, RoundingMode.HALF_UP);
        BigDecimal rest = s.gross().subtract(deposit);
        doc.text(200, 800, "~ " + seller + " ~", 14);
        doc.text(190, 784, "Traiteur – organisation de réceptions · " + pick(r, FR_CITIES), 8);
        doc.text(200, 772, "Tél. " + phone(r) + " · SIRET " + siret(r), 8);
        doc.y = 730;
        doc.text(L, doc.y, "Facture n° " + number, 11);
        doc.right(R, doc.y, pick(r, new String[] {"Lyon", "Annecy", "Beaune"}) + ", le " + words(issue), 10);
        doc.down(28);
        doc.text(L, doc.y, "Pour :", 9);
        doc.bold(90, doc.y, customer, 11);
        doc.down(14);
        doc.text(90, doc.y, pick(r, FR_STREETS) + " – " + pick(r, FR_CITIES), 9);
        doc.down(22);
        doc.text(L, doc.y, "Réception de mariage du " + weekday(wedding) + " – " + (guests + kids) + " convives ("
                + guests + " adultes, " + kids + " enfants)", 9);
        doc.down(12);
        doc.text(L, doc.y, "Lieu : " + pick(r, new String[] {"Domaine des Quatre Vents", "Château de la Motte",
            "Moulin de Brissac"}) + " – Contrat signé le " + dd(issue.minusMonths(5)), 9);
        doc.down(24);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), n(i.unit(), style), rate(i.rate()), n(i.amount(), style)});
        }
        grid(doc, new float[] {L, 340, 410, 465, R}, new boolean[] {false, true, true, true, true},
                new String[] {"Prestation", "Couverts", "Prix unit. HT", "TVA", "Total HT"}, rows, 9);
        List<String[]> sums = new ArrayList<>();
        sums.add(new String[] {"Total HT", eur(s.net(), style)});
        s.taxByRate().forEach((k, v) -> sums.add(new String[] {"TVA " + rate(k), eur(v, style)}));
        sums.add(new String[] {"Montant TTC de la réception", eur(s.gross(), style)});
        totals(doc, 260, R, sums.toArray(new String[0][]), sums.size() - 1);
        doc.down(4);
        doc.text(260, doc.y, "Acompte reçu à la signature du contrat", 9);
        doc.right(R, doc.y, eur(deposit, style), 9);
        doc.down(18);
        doc.bold(L, doc.y, "Solde à régler le jour J (" + dd(wedding) + ") : " + eur(rest, style), 11);
        doc.down(16);
        doc.line(L, "Par chèque remis au maître d'hôtel ou virement reçu au plus tard la veille.", 8);
        doc.line(L, "Soit par couvert adulte TTC environ : " + eur(s.gross().divide(BigDecimal.valueOf(guests + kids),
                2, RoundingMode.HALF_UP), style), 8);
        doc.line(L, "Toute annulation moins de 30 jours avant la réception entraîne la conservation de l'acompte.", 8);
        doc.text(L, 40, "Avec nos vœux de bonheur !", 10);
        return Truth.invoice(number, issue, wedding, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 4. interior designer

    /** An interior designer's fee invoice by phase, "Situation n° 2": cumulated progress minus the first situation. */
    static Truth interiorDesigner(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Studio Alma – Architecture intérieure", "Juliette Marin Design",
            "Atelier Nord & Lin"});
        String customer = pick(r, new String[] {"SCI Les Terrasses", "Restaurant Le Petit Zinc SARL",
            "Cabinet dentaire des Halles", "M. et Mme Girard", "SAS Hôtel du Lac"});
        LocalDate issue = day(r);
        LocalDate contract = issue.minusDays(60 + r.nextInt(90));
        LocalDate first = issue.minusDays(25 + r.nextInt(20));
        int style = 0;
        int seq = 20 + r.nextInt(60);
        String number = "FA-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", seq);
        String prev = "FA-" + first.getYear() + "-" + String.format(Locale.ROOT, "%03d", seq - 3 - r.nextInt(8));
        String[] phases = {"Phase 1 – Esquisse et relevé", "Phase 2 – Avant-projet détaillé",
            "Phase 3 – Dossier de consultation", "Phase 4 – Suivi de chantier"};
        BigDecimal fee = money(r, 6000, 14000).setScale(0, RoundingMode.HALF_UP);
        int[] share = {15, 30, 20, 35};
        int[] now = {100, 100, 50 + 10 * r.nextInt(5), 10 * r.nextInt(3)};
        int[] before = {100, 40 + 10 * r.nextInt(4), 0, 0};
        BigDecimal cumNow = BigDecimal.ZERO;
        BigDecimal cumBefore = BigDecimal.ZERO;
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BigDecimal phase = fee.multiply(BigDecimal.valueOf(share[i])).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal a = phase.multiply(BigDecimal.valueOf(now[i])).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal b = phase.multiply(BigDecimal.valueOf(before[i])).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            cumNow = cumNow.add(a);
            cumBefore = cumBefore.add(b);
            rows.add(new String[] {phases[i], n(phase, style), now[i] + " %", n(a, style)});
        }
        BigDecimal net = cumNow.subtract(cumBefore);
        BigDecimal tax = net.multiply(pct("0.20")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(tax);
        doc.bold(L, 790, seller.toUpperCase(Locale.ROOT), 12);
        doc.text(L, 776, pick(r, FR_STREETS) + " · " + pick(r, FR_CITIES) + " · " + phone(r), 8);
        doc.text(L, 765, "SIRET " + siret(r) + " · TVA FR" + digits(r, 11) + " · CFAI membre", 8);
        float top = 720;
        doc.text(330, top, customer, 10);
        doc.text(330, top - 13, pick(r, FR_STREETS), 10);
        doc.text(330, top - 26, pick(r, FR_CITIES), 10);
        doc.text(L, top, "Note d'honoraires", 9);
        doc.bold(L, top - 16, "Facture " + number, 13);
        doc.bold(L, top - 32, "Situation n° 2", 11);
        doc.text(L, top - 48, "Date : " + dd(issue), 9);
        doc.text(L, top - 60, "Projet : aménagement intérieur – lettre de mission du " + dd(contract), 9);
        doc.text(L, top - 72, "Honoraires forfaitaires : " + eur(fee, style) + " HT", 9);
        doc.y = top - 105;
        grid(doc, new float[] {L, 330, 420, R}, new boolean[] {false, true, true, true},
                new String[] {"Mission", "Montant phase HT", "Avancement", "Cumul HT"}, rows, 9);
        rule(doc, 300, 46);
        totals(doc, 300, R, new String[][] {{"Total cumulé HT à ce jour", eur(cumNow, style)},
            {"À déduire : situation n° 1", "- " + eur(cumBefore, style)}}, 99);
        doc.text(300, doc.y + 4, "(facture " + prev + " du " + dd(first) + ")", 7);
        doc.down(10);
        totals(doc, 300, R, new String[][] {{"Montant de la situation HT", eur(net, style)},
            {"TVA 20 %", eur(tax, style)}, {"Net à payer TTC", eur(gross, style)}}, 2);
        doc.down(6);
        doc.line(L, "Reste à facturer sur la mission : " + eur(fee.subtract(cumNow), style) + " HT.", 8);
        doc.line(L, "Conditions : paiement à 45 jours date de facture, par virement.", 9);
        doc.line(L, "IBAN " + iban(r) + " – BIC AGRIFRPP" + digits(r, 3), 8);
        doc.line(L, "Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 €.", 7);
        return Truth.invoice(number, issue, issue.plusDays(45), gross, "EUR", customer);
    }

    // --- 5. florist

    private static final String[] PLANTS = {"Rose rouge Naomi (tige)", "Pivoine Sarah Bernhardt", "Eucalyptus cinerea (botte)",
        "Orchidée Phalaenopsis 2 tiges", "Lisianthus blanc", "Renoncule (tige)", "Hortensia en pot", "Gypsophile (botte)",
        "Tulipe (botte de 10)", "Olivier en pot 60 cm", "Chrysanthème", "Feuillage ruscus", "Anémone", "Ficus lyrata",
        "Bouquet de saison", "Centre de table composé", "Lys Stargazer", "Pampa séchée", "Monstera deliciosa"};
    private static final String[] SUNDRY = {"Livraison zone 1", "Vase verre cylindre", "Ruban satin (m)",
        "Carton message", "Mousse florale", "Livraison urgente"};

    /** An Excel-made florist's invoice: many small lines at 5.5 % (plants) and 20 % (delivery, sundries), a VAT
     * recap, continued on a second page, paid 30 days end of month. */
    static Truth florist(Sheet doc, Random r) {
        doc.family = "DejaVuSansCondensed";
        String seller = pick(r, new String[] {"L'Atelier Floral de Rose", "Fleurs & Sens", "Au Jardin de Lucie"});
        String customer = pick(r, new String[] {"Hôtel du Parc", "Restaurant La Table d'Hugo",
            "Cabinet Lefèvre Avocats", "Mairie de Saint-Aubin", "SAS Événements Perle"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        due = due.withDayOfMonth(due.lengthOfMonth());
        int style = 1;
        String number = "FL" + dots(issue).substring(6) + dots(issue).substring(3, 5) + "-" + (10 + r.nextInt(89));
        List<Item> items = new ArrayList<>();
        int count = 22 + r.nextInt(8);
        for (int i = 0; i < count; i++) {
            boolean sundry = r.nextInt(5) == 0;
            items.add(item(sundry ? pick(r, SUNDRY) : pick(r, PLANTS), BigDecimal.valueOf(1 + r.nextInt(r.nextInt(3) == 0 ? 30 : 4)),
                    money(r, 1, sundry ? 25 : 18), sundry ? pct("20") : pct("5.5")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.bold(L, 800, seller, 14);
        doc.text(L, 786, "Artisan fleuriste – " + pick(r, FR_STREETS) + " – " + pick(r, FR_CITIES), 8);
        doc.text(L, 775, "SIRET " + siret(r) + " – TVA intracom. FR" + digits(r, 11) + " – " + phone(r), 8);
        String[][] box = {{"FACTURE", number}, {"Date", dots(issue)}, {"Code client", "C" + digits(r, 4)},
            {"Page", "1/2"}};
        float y = 740;
        for (String[] b : box) {
            doc.text(L, y, b[0], 9);
            doc.bold(130, y, b[1], 9);
            y -= 13;
        }
        doc.bold(340, 740, customer, 10);
        doc.text(340, 727, "Service comptabilité", 9);
        doc.text(340, 714, pick(r, FR_STREETS), 9);
        doc.text(340, 701, pick(r, FR_CITIES), 9);
        doc.y = 670;
        float[] xs = {L, 100, 370, 430, 480, R};
        boolean[] right = {false, false, true, true, true, true};
        String[] heads = {"Date", "Article", "Qté", "PU HT", "TVA", "Total HT"};
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            LocalDate when = issue.withDayOfMonth(1).plusDays(Math.min(i, issue.getDayOfMonth() - 1));
            rows.add(new String[] {when.format(DateTimeFormatter.ofPattern("dd/MM")), it.label(), qty(it.qty()),
                n(it.unit(), style), rate(it.rate()), n(it.amount(), style)});
        }
        int firstPage = rows.size() - 3 - r.nextInt(5);
        grid(doc, xs, right, heads, rows.subList(0, firstPage), 8);
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < firstPage; i++) {
            carried = carried.add(items.get(i).amount());
        }
        doc.right(R, doc.y, "Report à la page suivante (HT) : " + n(carried, style), 8);
        doc.text(L, 40, seller + " – facture " + number + " – page 1/2", 7);
        doc.newPage();
        doc.text(L, 800, "Facture " + number + " du " + dots(issue) + " – suite", 9);
        doc.right(R, 800, "Page 2/2", 8);
        doc.y = 775;
        doc.right(R, doc.y, "Report (HT) : " + n(carried, style), 8);
        doc.down(14);
        grid(doc, xs, right, heads, rows.subList(firstPage, rows.size()), 8);
        doc.down(10);
        doc.bold(L, doc.y, "Récapitulatif TVA", 9);
        doc.down(13);
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item it : items) {
            base.merge(it.rate(), it.amount(), BigDecimal::add);
        }
        float recap = doc.y;
        doc.text(L, recap, "Taux", 8);
        doc.right(190, recap, "Base HT", 8);
        doc.right(260, recap, "TVA", 8);
        recap -= 12;
        for (var e : s.taxByRate().entrySet()) {
            doc.text(L, recap, rate(e.getKey()), 8);
            doc.right(190, recap, n(base.get(e.getKey()), style), 8);
            doc.right(260, recap, n(e.getValue(), style), 8);
            recap -= 12;
        }
        totals(doc, 340, R, new String[][] {{"Total HT", eur(s.net(), style)}, {"Total TVA", eur(s.tax(), style)},
            {"TOTAL TTC", eur(s.gross(), style)}}, 2);
        doc.y = Math.min(doc.y, recap) - 20;
        doc.line(L, "Conditions de paiement : 30 jours fin de mois.", 9);
        doc.line(L, "Règlement par virement : IBAN " + iban(r), 8);
        doc.line(L, "Plantes et fleurs : TVA 5,5 % – livraison et accessoires : TVA 20 %.", 8);
        doc.text(L, 40, seller + " – facture " + number + " – page 2/2", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 6. driving school

    /** A LibreOffice form of a driving school for a pupil: labels and values in a column, tax-exempt, paid by date. */
    static Truth drivingSchool(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Auto-École Pilote Plus (association)", "ECF Les Trois Rivières",
            "Auto-école Solidaire du Val"});
        String pupil = pick(r, new String[] {"Mlle Manon Garnier", "M. Yanis Belkacem", "Mme Chloé Renaud",
            "M. Lucas Petitjean"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {10, 15, 20}));
        LocalDate birth = LocalDate.of(2007, 1, 1).plusDays(r.nextInt(700));
        LocalDate enrolled = issue.minusDays(30 + r.nextInt(120));
        int style = r.nextInt(3);
        String number = "AE/" + issue.getYear() + "/" + (100 + r.nextInt(800));
        List<Item> items = new ArrayList<>();
        items.add(item("Forfait code (accès salle + en ligne)", BigDecimal.ONE, money(r, 150, 80), BigDecimal.ZERO));
        items.add(item("Leçon de conduite B (1 h)", BigDecimal.valueOf(5 + r.nextInt(16)), money(r, 48, 12),
                BigDecimal.ZERO));
        items.add(item("Frais de présentation à l'examen pratique", BigDecimal.ONE, money(r, 70, 40), BigDecimal.ZERO));
        if (r.nextBoolean()) {
            items.add(item("Évaluation de départ", BigDecimal.ONE, money(r, 40, 20), BigDecimal.ZERO));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Item i : items) {
            total = total.add(i.amount());
        }
        doc.bold(L, 800, seller, 13);
        doc.text(L, 786, "Agrément préfectoral n° E" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4) + " 0", 8);
        doc.text(L, 775, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES) + " – " + phone(r), 8);
        doc.y = 735;
        doc.lineBold(L, "FACTURE", 16);
        doc.down(6);
        String[][] meta = {{"Facture n°", number}, {"Date de facture", dd(issue)}, {"Élève", pupil},
            {"Né(e) le", dd(birth)}, {"N° NEPH", digits(r, 12)}, {"Date d'inscription", dd(enrolled)},
            {"Formule", "Permis B – boîte " + pick(r, new String[] {"manuelle", "automatique"})}};
        for (String[] m : meta) {
            doc.text(L, doc.y, m[0], 9);
            doc.text(150, doc.y, ":  " + m[1], 9);
            doc.down(13);
        }
        doc.text(340, 735, "Adresse de facturation", 8);
        doc.text(340, 721, pupil, 10);
        doc.text(340, 708, pick(r, FR_STREETS), 10);
        doc.text(340, 695, pick(r, FR_CITIES), 10);
        doc.down(18);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit(), style), eur(i.amount(), style)});
        }
        grid(doc, new float[] {L, 340, 440, R}, new boolean[] {false, true, true, true},
                new String[] {"Prestation", "Nombre", "Tarif", "Montant"}, rows, 9);
        rule(doc, 330, 40);
        totals(doc, 340, R, new String[][] {{"Montant total", eur(total, style)}}, 0);
        doc.line(L, "TVA non applicable – exonération, article 261-4-4° du CGI (enseignement).", 8);
        doc.line(L, "À régler au plus tard le " + words(due) + ", en espèces, chèque, CB ou CPF.", 9);
        doc.line(L, "Prochain examen pratique prévu le " + dd(issue.plusDays(40)) + " (sous réserve).", 8);
        doc.line(L, "Tarif horaire en vigueur au " + dd(LocalDate.of(2026, 1, 1)) + ".", 8);
        return Truth.invoice(number, issue, due, total, "EUR", pupil);
    }

    // --- 7. web designer

    private static final String[] WEB = {"Maquettes UX/UI (3 pages)", "Intégration WordPress", "Thème sur mesure",
        "Rédaction des mentions légales", "Optimisation SEO de base", "Formation back-office (2 h)",
        "Mise en ligne et recette", "Boutique WooCommerce – paramétrage"};

    /** A micro-entrepreneur web designer: band with the name at right, window address at left, VAT not applicable,
     * "Paiement à 30 jours", the 40 € recovery fee sentence. */
    static Truth webDesigner(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Nina Charpentier – Web design", "Pixel & Plume (EI Théo Marchal)",
            "Studio Cobalt – Inès Vidal EI"});
        String customer = pick(r, new String[] {"Boulangerie Martin", "SARL Cave des Capucins", "Yoga Lune Studio",
            "Ferme Bio du Vexin", "Association Les Amis du Rail"});
        LocalDate issue = day(r);
        LocalDate from = issue.minusDays(30 + r.nextInt(20));
        int style = 2;
        String number = "WEB-" + (issue.getYear() % 100) + "-" + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(90));
        List<Item> items = draw(r, WEB, 2, 5, 120, 900, BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (Item i : items) {
            total = total.add(i.amount());
        }
        doc.rightBold(R, 805, seller, 12);
        doc.right(R, 792, "Micro-entreprise – SIRET " + siret(r), 8);
        doc.right(R, 781, "hello@" + seller.split(" ")[0].toLowerCase(Locale.ROOT) + ".fr – " + phone(r), 8);
        doc.text(L, 740, "Destinataire", 7);
        doc.bold(L, 727, customer, 10);
        doc.text(L, 714, pick(r, FR_STREETS), 10);
        doc.text(L, 701, pick(r, FR_CITIES), 10);
        doc.right(R, 740, "Facture " + number, 12);
        doc.right(R, 724, "Le " + words(issue), 9);
        doc.right(R, 712, "Devis accepté : DV-" + digits(r, 4), 8);
        doc.y = 660;
        doc.line(L, "Objet : création de site vitrine – période du " + dd(from) + " au " + dd(issue.minusDays(1)), 9);
        doc.down(10);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), eur(i.unit(), style), eur(i.amount(), style)});
        }
        grid(doc, new float[] {L, 350, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"Prestation", "Qté", "Prix unitaire", "Total"}, rows, 9);
        doc.down(6);
        doc.bold(330, doc.y, "Total à payer", 11);
        doc.rightBold(R, doc.y, eur(total, style), 11);
        doc.down(14);
        doc.text(330, doc.y, "TVA non applicable, art. 293 B du CGI", 8);
        doc.down(36);
        doc.line(L, "Paiement à 30 jours.", 10);
        doc.line(L, "Mode de règlement : virement bancaire – IBAN " + iban(r), 8);
        doc.line(L, "En cas de retard : pénalités au taux de 10 % l'an et indemnité forfaitaire de 40 € (art. L441-10).", 7);
        doc.line(L, "Dispensé d'immatriculation au RCS et au répertoire des métiers.", 7);
        return Truth.invoice(number, issue, issue.plusDays(30), total, "EUR", customer);
    }

    // --- 8. vet

    private static final String[] VET = {"Consultation", "Vaccin CHPPiL + rage", "Vermifuge (comprimé)",
        "Antiparasitaire pipette (x3)", "Analyse sanguine", "Échographie abdominale", "Détartrage sous anesthésie",
        "Croquettes vétérinaires 3 kg", "Anti-inflammatoire (boîte)", "Pansement"};

    /** A veterinary clinic's invoice to the animal's owner: owner and patient side by side, the next reminder date. */
    static Truth vet(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Clinique Vétérinaire des Ormes", "Cabinet vétérinaire du Dr Anne Collet",
            "Clinique Vétérinaire Saint-Roch"});
        String owner = pick(r, PERSONS);
        String[] pets = {"Rex – chien – Berger australien", "Mina – chatte – Européenne", "Oslo – chien – Labrador",
            "Pistache – lapin nain", "Filou – chat – Maine coon"};
        LocalDate issue = day(r);
        int style = r.nextInt(3);
        String number = String.valueOf(2026_00000 + r.nextInt(90000));
        List<Item> items = new ArrayList<>();
        items.add(item("Consultation", BigDecimal.ONE, money(r, 38, 20), pct("20")));
        items.addAll(draw(r, java.util.Arrays.copyOfRange(VET, 1, VET.length), 1, 4, 8, 90, pct("20")));
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.text(200, 805, seller, 13);
        doc.text(200, 791, "Dr vétérinaire inscrit à l'Ordre n° " + digits(r, 5) + " · " + phone(r), 8);
        doc.text(200, 780, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.text(200, 769, "Urgences 24h/24 : " + phone(r), 8);
        doc.y = 735;
        doc.bold(L, doc.y, "Facture n° " + number, 12);
        doc.right(R, doc.y, "Le " + dd(issue), 10);
        doc.down(26);
        float top = doc.y;
        doc.bold(L, top, "PROPRIÉTAIRE", 8);
        doc.text(L, top - 14, owner, 10);
        doc.text(L, top - 27, pick(r, FR_STREETS), 9);
        doc.text(L, top - 39, pick(r, FR_CITIES), 9);
        doc.text(L, top - 51, "Dossier client n° " + digits(r, 5), 8);
        doc.bold(320, top, "ANIMAL", 8);
        doc.text(320, top - 14, pick(r, pets), 10);
        doc.text(320, top - 27, "Né le " + dd(LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3000))) + " – "
                + (3 + r.nextInt(35)) + "," + r.nextInt(10) + " kg", 9);
        doc.text(320, top - 39, "Identification : " + "250" + digits(r, 12), 9);
        doc.y = top - 80;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {dd(issue), i.label(), qty(i.qty()), n(i.amount(), style)});
        }
        grid(doc, new float[] {L, 120, 400, R}, new boolean[] {false, false, true, true},
                new String[] {"Date", "Acte / produit", "Qté", "Montant HT"}, rows, 9);
        BigDecimal ttc = s.gross();
        totals(doc, 340, R, new String[][] {{"Total HT", eur(s.net(), style)}, {"dont TVA 20 %", eur(s.tax(), style)},
            {"Total TTC", eur(ttc, style)}}, 2);
        doc.down(10);
        doc.line(L, "Facture payable à réception. Chèque à l'ordre de " + seller + ".", 9);
        doc.line(L, "Prochain rappel de vaccin conseillé : " + dd(issue.plusYears(1)), 9);
        doc.line(L, "SELARL au capital de 10 000 € – SIRET " + siret(r) + " – TVA FR" + digits(r, 11), 7);
        return Truth.invoice(number, issue, issue, ttc, "EUR", owner);
    }

    // --- 9. garage

    private static final String[] PARTS = {"Filtre à huile", "Huile moteur 5W30 (L)", "Plaquettes de frein AV",
        "Disques de frein AV (paire)", "Filtre à air", "Filtre habitacle", "Balais essuie-glace", "Batterie 70 Ah",
        "Kit distribution + pompe à eau", "Liquide de refroidissement (L)", "Bougie de préchauffage"};
    private static final String[] LABOUR = {"Vidange et révision constructeur", "Remplacement plaquettes et disques",
        "Remplacement kit distribution", "Diagnostic électronique", "Contrôle géométrie", "Remplacement batterie"};

    /** A garage's repair invoice over two pages: vehicle block (Immat., Kilométrage, 1re MEC), parts and labour in
     * separate sections, totals on page 2, a printed due date. */
    static Truth garage(Sheet doc, Random r) {
        doc.family = "DejaVuSansMono";
        String seller = pick(r, new String[] {"GARAGE DU CENTRE – MÉCANIQUE TOUTES MARQUES", "AUTO SERVICES RENAUD",
            "GARAGE DES PINS – Agent Peugeot"});
        String customer = pick(r, new String[] {"M. Olivier Marchand", "Taxi Léon SARL", "Mme Sylvie Bonnet",
            "Boulangerie Martin", "M. Karim Haddad"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {8, 15, 30}));
        int style = 1;
        String number = "FC" + digits(r, 6);
        String immat = (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "-" + digits(r, 3) + "-"
                + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        List<Item> parts = draw(r, PARTS, 5, 9, 6, 120, pct("20"));
        List<Item> labour = new ArrayList<>();
        List<String> ops = new ArrayList<>(List.of(LABOUR));
        for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
            labour.add(item(ops.remove(r.nextInt(ops.size())), BigDecimal.valueOf(5 + r.nextInt(25), 1),
                    money(r, 62, 20), pct("20")));
        }
        List<Item> all = new ArrayList<>(parts);
        all.addAll(labour);
        Sums s = Sums.of(all, BigDecimal.ZERO);
        BigDecimal partsNet = Sums.of(parts, BigDecimal.ZERO).net();
        BigDecimal labourNet = Sums.of(labour, BigDecimal.ZERO).net();
        doc.bold(L, 805, seller, 11);
        doc.text(L, 792, pick(r, FR_STREETS) + " " + pick(r, FR_CITIES) + "  Tel " + phone(r), 8);
        doc.text(L, 781, "SIRET " + siret(r) + "  APE 4520A  TVA FR" + digits(r, 11), 8);
        doc.y = 750;
        doc.bold(L, doc.y, "FACTURE N° " + number, 11);
        doc.text(330, doc.y, "OR n° " + digits(r, 5) + " du " + dd(issue.minusDays(r.nextInt(3))), 9);
        doc.down(14);
        doc.text(L, doc.y, "Date facture : " + dd(issue), 9);
        doc.text(330, doc.y, "Page 1/2", 9);
        doc.down(24);
        float top = doc.y;
        doc.text(L, top, "Véhicule", 9);
        doc.text(L, top - 13, "Immat.       : " + immat, 9);
        doc.text(L, top - 26, "Marque/Modèle: " + pick(r, new String[] {"RENAULT CLIO IV", "PEUGEOT 308 SW",
            "CITROEN C3", "DACIA SANDERO", "VW GOLF VII"}), 9);
        doc.text(L, top - 39, "Kilométrage  : " + BlindLayouts7.num(BigDecimal.valueOf(20000 + r.nextInt(180000)), 0,
                " ", ',') + " km", 9);
        doc.text(L, top - 52, "1re MEC      : " + dd(LocalDate.of(2012, 1, 1).plusDays(r.nextInt(3600))), 9);
        doc.text(L, top - 65, "VIN          : VF1" + digits(r, 14), 9);
        doc.text(330, top, "Client", 9);
        doc.bold(330, top - 13, customer, 10);
        doc.text(330, top - 26, pick(r, FR_STREETS), 9);
        doc.text(330, top - 39, pick(r, FR_CITIES), 9);
        doc.text(330, top - 52, "Compte : 411" + digits(r, 4), 9);
        doc.y = top - 95;
        float[] xs = {L, 130, 390, 460, R};
        boolean[] right = {false, false, true, true, true};
        doc.lineBold(L, "PIÈCES", 10);
        List<String[]> rows = new ArrayList<>();
        for (Item i : parts) {
            rows.add(new String[] {"P" + digits(r, 6), i.label(), qty(i.qty()), n(i.unit(), style), n(i.amount(), style)});
        }
        grid(doc, xs, right, new String[] {"Réf.", "Désignation", "Qté", "PU HT", "Total HT"}, rows, 8);
        doc.right(R, doc.y, "Sous-total pièces HT : " + n(partsNet, style), 8);
        doc.down(24);
        doc.lineBold(L, "MAIN D'ŒUVRE", 10);
        rows = new ArrayList<>();
        for (Item i : labour) {
            rows.add(new String[] {"MO" + (1 + r.nextInt(3)), i.label(), qty(i.qty()) + " h", n(i.unit(), style),
                n(i.amount(), style)});
        }
        grid(doc, xs, right, new String[] {"Code", "Opération", "Temps", "Taux HT", "Total HT"}, rows, 8);
        doc.right(R, doc.y, "Sous-total main d'œuvre HT : " + n(labourNet, style), 8);
        doc.text(L, 40, "Suite page 2", 8);
        doc.newPage();
        doc.text(L, 800, "FACTURE N° " + number + "   " + immat, 9);
        doc.right(R, 800, "Page 2/2", 9);
        doc.y = 760;
        totals(doc, 300, R, new String[][] {{"Pièces HT", eur(partsNet, style)},
            {"Main d'œuvre HT", eur(labourNet, style)}, {"Total HT", eur(s.net(), style)},
            {"TVA 20,00 %", eur(s.tax(), style)}, {"NET À PAYER TTC", eur(s.gross(), style)}}, 4);
        doc.down(10);
        doc.line(L, "Date d'échéance : " + dd(due), 9);
        doc.line(L, "Mode de règlement : chèque / CB / virement " + iban(r), 8);
        doc.line(L, "Prochaine révision conseillée à " + BlindLayouts7.num(BigDecimal.valueOf(15000), 0, " ", ',')
                + " km ou le " + dd(issue.plusYears(1)), 8);
        doc.line(L, "Pièces remplacées tenues à disposition du client pendant 8 jours.", 8);
        doc.down(30);
        doc.line(L, "Signature client (véhicule restitué le " + dd(issue) + ") :", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 10. translator

    /** A translator's invoice priced per word, with a grid of headings under the name (N°, Date, Échéance, Réf.),
     * the delivery date of each job. */
    static Truth translator(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Émilie Rousseau – Traductrice assermentée", "Lingua Claire – Marc Dufresne",
            "Sarah O'Neill, traduction EN>FR"});
        String customer = pick(r, new String[] {"Agence Babel Services SAS", "Éditions du Quai", "Cabinet Lefèvre Avocats",
            "SAS Horizon Conseil", "Mme Isabelle Morel"});
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(pick(r, new Integer[] {30, 45, 60}));
        int style = r.nextInt(3);
        String number = "T" + (issue.getYear() % 100) + String.format(Locale.ROOT, "%02d", issue.getMonthValue())
                + "-" + (1 + r.nextInt(30));
        String[] jobs = {"Contrat de distribution", "Rapport annuel (extrait)", "Site web – pages produits",
            "Notice technique", "Conditions générales de vente", "Communiqué de presse"};
        String[] pairs = {"EN>FR", "DE>FR", "FR>EN", "ES>FR"};
        List<Item> items = new ArrayList<>();
        List<LocalDate> delivered = new ArrayList<>();
        for (int i = 0, k = 1 + r.nextInt(4); i < k; i++) {
            items.add(item("Traduction " + pick(r, pairs) + " – " + pick(r, jobs), BigDecimal.valueOf(400 + r.nextInt(6000)),
                    BigDecimal.valueOf(8 + r.nextInt(9), 2), pct("20")));
            delivered.add(issue.minusDays(1 + r.nextInt(25)));
        }
        if (r.nextBoolean()) {
            items.add(item("Relecture / PAO (heure)", BigDecimal.valueOf(1 + r.nextInt(4)), money(r, 40, 20), pct("20")));
            delivered.add(issue.minusDays(1));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.bold(L, 800, seller, 13);
        doc.text(L, 786, "Membre SFT – " + pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 8);
        doc.text(L, 775, "SIRET " + siret(r) + " – TVA FR" + digits(r, 11), 8);
        float[] hx = {L, 160, 270, 380};
        String[] hh = {"N° facture", "Date", "Échéance", "Votre réf."};
        String[] hv = {number, dd(issue), dd(due), "BC " + digits(r, 5)};
        for (int i = 0; i < 4; i++) {
            doc.bold(hx[i], 740, hh[i], 8);
            doc.text(hx[i], 727, hv[i], 9);
        }
        doc.text(L, 745 + 8, "┌" + "─".repeat(70) + "┐", 8);
        doc.text(L, 716, "└" + "─".repeat(70) + "┘", 8);
        doc.text(L, 690, "Facturer à :", 8);
        doc.bold(L, 677, customer, 10);
        doc.text(L, 664, pick(r, FR_STREETS) + ", " + pick(r, FR_CITIES), 9);
        doc.text(L, 651, "Contact projet : " + pick(r, new String[] {"Paul Simon", "Léa Fournier", "Hugo Besson"}), 8);
        doc.y = 615;
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean words = it.label().startsWith("Traduction");
            rows.add(new String[] {it.label(), dd(delivered.get(i)),
                (words ? BlindLayouts7.num(it.qty(), 0, " ", ',') + " mots" : qty(it.qty()) + " h"),
                it.unit().toPlainString().replace('.', ','), n(it.amount(), style)});
        }
        grid(doc, new float[] {L, 300, 440, 485, R}, new boolean[] {false, false, true, true, true},
                new String[] {"Prestation", "Date de livraison", "Volume", "Tarif", "Montant HT"}, rows, 8);
        totals(doc, 340, R, new String[][] {{"Total HT", eur(s.net(), style)}, {"TVA 20 %", eur(s.tax(), style)},
            {"Total TTC", eur(s.gross(), style)}}, 2);
        doc.down(10);
        doc.line(L, "Tarif au mot source, comptage Trados. Minimum de facturation : 45 € HT.", 8);
        doc.line(L, "Règlement par virement à l'échéance indiquée – IBAN " + iban(r), 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 11. event hall

    /** An event hall rental: a security deposit printed beside the totals but not in them, the arrhes deducted, the
     * balance due a number of days before the event or on a printed date. */
    static Truth hall(Sheet doc, Random r) {
        String seller = pick(r, new String[] {"Domaine de la Grange aux Chênes", "Salle Les Voûtes – SARL Evenia",
            "Le Moulin de Saint-Léger – location de salles"});
        String customer = pick(r, new String[] {"Mme Léa Fournier", "Comité d'entreprise Alstar", "M. et Mme Girard",
            "Association Danse & Rythmes", "SAS Horizon Conseil"});
        LocalDate event = LocalDate.of(2026, 3, 1).plusDays(r.nextInt(280));
        LocalDate issue = event.minusDays(35 + r.nextInt(40));
        boolean termsOnly = r.nextBoolean();
        int before = pick(r, new Integer[] {8, 15, 30});
        LocalDate due = termsOnly ? event.minusDays(before) : issue.plusDays(21);
        int style = r.nextInt(3);
        String number = "LOC-" + issue.getYear() + "-" + (40 + r.nextInt(200));
        List<Item> items = new ArrayList<>();
        items.add(item("Location de la salle (" + pick(r, new String[] {"week-end", "journée", "soirée"}) + ")",
                BigDecimal.ONE, money(r, 900, 1800), pct("20")));
        items.add(item("Mise à disposition vaisselle et verrerie (couverts)", BigDecimal.valueOf(50 + r.nextInt(120)),
                money(r, 1, 2), pct("20")));
        items.add(item("Forfait ménage de fin de location", BigDecimal.ONE, money(r, 150, 150), pct("20")));
        if (r.nextBoolean()) {
            items.add(item("Sonorisation et éclairage", BigDecimal.ONE, money(r, 120, 200), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        BigDecimal arrhes = s.gross().multiply(pct("0.25")).setScale(-1, RoundingMode.HALF_UP).setScale(2);
        BigDecimal rest = s.gross().subtract(arrhes);
        BigDecimal caution = BigDecimal.valueOf(pick(r, new Integer[] {800, 1000, 1500, 2000})).setScale(2);
        doc.bold(L, 805, seller, 14);
        doc.text(L, 790, pick(r, FR_STREETS) + " – " + pick(r, FR_CITIES) + " – capacité 180 personnes", 8);
        doc.text(L, 779, "SIRET " + siret(r) + " – " + phone(r), 8);
        doc.rightBold(R, 740, "FACTURE", 14);
        doc.right(R, 724, "Numéro : " + number, 9);
        doc.right(R, 712, "Établie le : " + words(issue), 9);
        doc.right(R, 700, "Contrat de location n° CL" + digits(r, 4), 8);
        doc.text(L, 740, "Locataire", 8);
        doc.bold(L, 726, customer, 10);
        doc.text(L, 713, pick(r, FR_STREETS), 9);
        doc.text(L, 700, pick(r, FR_CITIES), 9);
        doc.y = 660;
        doc.line(L, "Événement : " + pick(r, new String[] {"mariage", "anniversaire", "séminaire", "gala"}) + " – le "
                + weekday(event) + ", de 14 h au lendemain 11 h", 9);
        doc.down(10);
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(new String[] {i.label(), qty(i.qty()), n(i.unit(), style), n(i.amount(), style)});
        }
        grid(doc, new float[] {L, 370, 450, R}, new boolean[] {false, true, true, true},
                new String[] {"Libellé", "Qté", "PU HT", "Montant HT"}, rows, 9);
        totals(doc, 320, R, new String[][] {{"Total HT", eur(s.net(), style)}, {"TVA 20 %", eur(s.tax(), style)},
            {"Total TTC", eur(s.gross(), style)}}, 2);
        doc.text(320, doc.y, "Arrhes versées à la réservation", 9);
        doc.right(R, doc.y, "- " + eur(arrhes, style), 9);
        doc.down(16);
        doc.bold(320, doc.y, "Solde à régler", 10);
        doc.rightBold(R, doc.y, eur(rest, style), 10);
        doc.down(26);
        doc.text(L, doc.y, "┌ Dépôt de garantie (caution) : " + eur(caution, style)
                + " – chèque non encaissé, restitué après l'état des lieux ┐", 8);
        doc.down(12);
        doc.text(L, doc.y, "  Non compris dans le montant de la facture.", 8);
        doc.down(22);
        if (termsOnly) {
            doc.line(L, "Le solde est payable " + before + " jours avant la date de l'événement.", 9);
        } else {
            doc.line(L, "Solde à régler au plus tard le " + dd(due) + ".", 9);
        }
        doc.line(L, "Virement : IBAN " + iban(r) + " – ou chèque à l'ordre de " + seller.split(" – ")[0], 8);
        doc.line(L, "État des lieux d'entrée le " + dd(event) + " à 13 h 30.", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 12. wine estate

    private static final String[] WINES = {"Chablis 1er Cru « Montmains » 2022", "Bourgogne Aligoté 2023",
        "Côtes du Rhône Villages rouge 2021", "Saint-Joseph blanc 2022", "Crémant de Loire brut", "Muscadet sur lie 2024",
        "Rosé de Provence 2024", "Pinot noir « Vieilles Vignes » 2022"};

    /** A wine estate's invoice: cases of bottles, excise duty lines per hectolitre, "Capsule CRD", VAT on both,
     * payment "30 jours fin de mois" or 30 days from the invoice date. */
    static Truth wine(Sheet doc, Random r) {
        doc.family = "DejaVuSerif";
        String seller = pick(r, new String[] {"Domaine Bréchard Père & Fils", "Château La Croix des Pins (EARL)",
            "Domaine des Sablonnettes"});
        String customer = pick(r, new String[] {"Cave des Capucins SARL", "Restaurant Le Petit Zinc",
            "Épicerie fine Perrin", "Hôtel du Parc", "M. Laurent Petit"});
        LocalDate issue = day(r);
        boolean fdm = r.nextBoolean();
        LocalDate due = issue.plusDays(30);
        if (fdm) {
            due = due.withDayOfMonth(due.lengthOfMonth());
        }
        int style = 2;
        String number = "VE" + issue.getYear() + String.format(Locale.ROOT, "%04d", 1 + r.nextInt(900));
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(WINES));
        int bottles = 0;
        int sparkling = 0;
        for (int i = 0, k = 2 + r.nextInt(4); i < k; i++) {
            String w = left.remove(r.nextInt(left.size()));
            int b = 6 * (1 + r.nextInt(10));
            if (w.startsWith("Crémant")) {
                sparkling += b;
            } else {
                bottles += b;
            }
            items.add(item(w + " – 75 cl", BigDecimal.valueOf(b), money(r, 7, 30), pct("20")));
        }
        BigDecimal still = BigDecimal.valueOf(bottles).multiply(pct("0.0075")).setScale(4, RoundingMode.HALF_UP);
        BigDecimal sparkle = BigDecimal.valueOf(sparkling).multiply(pct("0.0075")).setScale(4, RoundingMode.HALF_UP);
        if (bottles > 0) {
            items.add(item("Droits d'accises vins tranquilles (hl vol.)", still, pct("4.14"), pct("20")));
        }
        if (sparkling > 0) {
            items.add(item("Droits d'accises vins mousseux (hl vol.)", sparkle, pct("10.27"), pct("20")));
        }
        items.add(item("Cotisation sécurité sociale – non applicable (< 18 % vol.)", BigDecimal.ONE, BigDecimal.ZERO
                .setScale(2), pct("20")));
        boolean shipping = r.nextBoolean();
        if (shipping) {
            items.add(item("Transport sur palette", BigDecimal.ONE, money(r, 45, 60), pct("20")));
        }
        Sums s = Sums.of(items, BigDecimal.ZERO);
        doc.text(L, 805, seller, 15);
        doc.text(L, 789, "Vigneron récoltant – " + pick(r, new String[] {"89800 Chablis", "07300 Tournon",
            "49380 Faye-d'Anjou"}), 9);
        doc.text(L, 777, "N° d'accises FR0" + digits(r, 10) + "E – SIRET " + siret(r) + " – TVA FR" + digits(r, 11), 7);
        doc.text(330, 735, "Destinataire :", 8);
        doc.bold(330, 721, customer, 10);
        doc.text(330, 708, pick(r, FR_STREETS), 9);
        doc.text(330, 695, pick(r, FR_CITIES), 9);
        doc.text(330, 682, "N° client : CL" + digits(r, 4), 8);
        doc.bold(L, 735, "Facture " + number, 12);
        doc.text(L, 719, "Date de la facture : le " + words(issue), 9);
        doc.text(L, 707, "Bon de livraison n° BL" + digits(r, 5) + " du " + words(issue.minusDays(r.nextInt(4))), 8);
        doc.text(L, 695, "Document d'accompagnement : Capsule CRD (droits acquittés)", 8);
        doc.y = 650;
        List<String[]> rows = new ArrayList<>();
        for (Item i : items) {
            boolean duty = i.label().startsWith("Droits");
            rows.add(new String[] {i.label(), duty ? i.qty().toPlainString().replace('.', ',') : qty(i.qty()),
                n(i.unit(), style), n(i.amount(), style)});
        }
        grid(doc, new float[] {L, 360, 445, R}, new boolean[] {false, true, true, true},
                new String[] {"Désignation", "Quantité", "Prix unit. HT", "Montant HT"}, rows, 8);
        doc.text(L, doc.y, "Total bouteilles : " + (bottles + sparkling) + " – volume " + still.add(sparkle)
                .toPlainString().replace('.', ',') + " hl", 8);
        doc.down(18);
        totals(doc, 330, R, new String[][] {{"Total HT (droits compris)", eur(s.net(), style)},
            {"TVA 20 %", eur(s.tax(), style)}, {"Total TTC", eur(s.gross(), style)}}, 2);
        doc.down(10);
        doc.line(L, fdm ? "Conditions de règlement : 30 jours fin de mois." : "Conditions de règlement : 30 jours date de facture.", 9);
        doc.line(L, "Escompte pour paiement anticipé : néant. IBAN " + iban(r), 8);
        doc.line(L, "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", 7);
        doc.line(L, "Réserve de propriété jusqu'au paiement intégral (loi du 12 mai 1980).", 7);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }
}
