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
 * A sixteenth blind set ({@code eval/invoices/blind16}): French trades and professions that bill in ways the usual
 * templates do not (a building contractor's progress statement with a 5 % guarantee withheld, a subcontractor under
 * VAT reverse charge, a plumber's hand-filled invoice book with a deposit deducted, a physiotherapist's note of fees
 * exempt of VAT, an auto-entrepreneur under art. 293 B, an association's training course, a lawyer's note of fees and
 * disbursements, an architect's fees by phase, a farmer with two VAT rates, a carrier with fuel surcharge and franco
 * lines over two pages, a wine merchant with excise lines and a conditional discount, and a cleaning company's
 * monthly invoice paid by direct debit). Written without looking at the reader. Drawn with
 * {@link BlindLayouts10.Canvas}, which refuses overlapping texts.
 */
public final class BlindLayouts16 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("fr-btp-situation-travaux-cumul-retenue-garantie-5", BlindLayouts16::situation);
        LAYOUTS.put("fr-sous-traitant-autoliquidation-283-2-nonies", BlindLayouts16::autoliquidation);
        LAYOUTS.put("fr-plombier-carnet-manuscrit-acompte-verse", BlindLayouts16::plumber);
        LAYOUTS.put("fr-kine-note-honoraires-261-4-1-seances-datees", BlindLayouts16::physio);
        LAYOUTS.put("fr-auto-entrepreneur-fait-a-le-date-limite-lettres", BlindLayouts16::microEntrepreneur);
        LAYOUTS.put("fr-association-formation-convention-stagiaires", BlindLayouts16::association);
        LAYOUTS.put("fr-avocat-honoraires-et-debours-hors-tva", BlindLayouts16::lawyer);
        LAYOUTS.put("fr-architecte-honoraires-par-phase-pourcentage-travaux", BlindLayouts16::architect);
        LAYOUTS.put("fr-producteur-agricole-tva-5-5-et-20", BlindLayouts16::farmer);
        LAYOUTS.put("fr-transport-surcharge-gazole-franco-2-pages", BlindLayouts16::carrier);
        LAYOUTS.put("fr-caviste-droits-accises-escompte-anticipe", BlindLayouts16::wine);
        LAYOUTS.put("fr-proprete-mensuelle-periode-prelevement-sepa", BlindLayouts16::cleaning);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind16Test -Drelance.generateBlind16=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind16", 2026_16_16L, 2, "blind16");
    }

    private static final int L = BlindLayouts10.L;
    private static final int R = BlindLayouts10.R;
    private static final int C = BlindLayouts10.C;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;
    private static final int BLUE = 0x1F3A93;

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

    private static BigDecimal money(long least, long spread, Random r) {
        return BigDecimal.valueOf(least * 100 + (long) (r.nextDouble() * spread * 100), 2);
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

    private static String fr(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "\u00A0", ',');
    }

    private static String eur(BigDecimal a) {
        return fr(a) + "\u00A0€";
    }

    private static String dot(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
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

    private static Sums sums(List<Item> items) {
        return Sums.of(items, BigDecimal.ZERO);
    }

    /** Lines of text one under the other. */
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

    /** A table with a shaded head; returns the height of the rule under its last row. */
    private static float table(Canvas c, float[] xs, String[] heads, int[] al, List<String[]> rows, float top,
            float pt, float step, float shade, boolean grid) {
        float w = xs[xs.length - 1] - xs[0];
        if (shade < 1) {
            c.fill(xs[0], top - 16, w, 16, shade);
        }
        for (int k = 0; k < heads.length; k++) {
            cell(c, xs, k, top - 11, heads[k], pt - 0.5f, true, al[k]);
        }
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

    /** Label on the left, amount right-aligned; returns the next baseline. */
    private static float kv(Canvas c, float xl, float xr, float y, String label, String value, float pt, boolean bold,
            float step) {
        c.put(xl, y, label, pt, bold, L);
        c.put(xr, y, value, pt, bold, R);
        return y - step;
    }

    private static final String[] PERSONS = {"M. Julien Garnier", "Mme Claire Besson", "M. et Mme Roussel",
        "Mme Sophie Aubert", "M. Thomas Lemaire", "Mme Nadia Benali", "M. Olivier Chevalier", "Mme Laure Fontaine"};
    private static final String[][] ADDRESSES = {{"14 rue Paul Bert", "69003 Lyon"},
        {"7 allée des Peupliers", "38100 Grenoble"}, {"22 avenue de la République", "44000 Nantes"},
        {"3 chemin du Moulin", "21000 Dijon"}, {"58 boulevard Gambetta", "06000 Nice"},
        {"11 rue de la Gare", "67000 Strasbourg"}, {"9 place Saint-Michel", "33000 Bordeaux"},
        {"40 rue Nationale", "59000 Lille"}};
    private static final String[] COMPANIES = {"SCI Les Terrasses du Parc", "SARL Boulangerie Perrot",
        "SAS Domaine des Chênes", "Clinique Vétérinaire des Alpes", "Restaurant Le Comptoir", "SAS Métalis Industrie",
        "Cabinet Dentaire Morel", "Hôtel Le Saint-Roch", "SARL Optique Vision 2000", "Mairie de Saint-Genis"};

    private static String[] address(Random r) {
        return pick(r, ADDRESSES);
    }

    // --- 1. building contractor: progress statement, guarantee withheld

    private static final String[] LOTS = {"Terrassement et VRD", "Gros œuvre - fondations", "Gros œuvre - élévations",
        "Charpente et couverture", "Menuiseries extérieures", "Plâtrerie - isolation", "Électricité courants forts",
        "Plomberie sanitaire", "Chauffage - ventilation", "Carrelage faïence", "Peinture et revêtements",
        "Installation de chantier"};

    static Truth situation(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String seller = pick(r, new String[] {"BÂTI-RHÔNE CONSTRUCTION", "ENTREPRISE GÉNÉRALE MOULIN & FILS",
            "SOCIÉTÉ DAUPHINOISE DE BÂTIMENT", "CONSTRUCTIONS DU LITTORAL"});
        String customer = pick(r, new String[] {"SCI Les Terrasses du Parc", "Commune de Montbrison",
            "SCCV Le Clos des Vignes", "Office Public de l'Habitat du Rhône", "SCI Horizon Santé"});
        String[] addr = address(r);
        LocalDate issue = day(r);
        int sit = 2 + r.nextInt(5);
        String number = round % 2 == 0 ? "F" + (26000 + r.nextInt(900)) : "SIT-" + (300 + r.nextInt(600)) + "-" + sit;
        BigDecimal rate = round % 2 == 0 ? pct("20") : pct("10");
        List<String> lots = new ArrayList<>(List.of(LOTS));
        int n = 4 + r.nextInt(5);
        List<String[]> rows = new ArrayList<>();
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal cumul = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            String lot = lots.remove(r.nextInt(lots.size()));
            BigDecimal m = BigDecimal.valueOf(3000 + r.nextInt(45000)).add(BigDecimal.valueOf(r.nextInt(100), 2));
            int now = k == 0 ? 40 + r.nextInt(50) : r.nextInt(101);
            int prev = k == 0 ? now - 10 - r.nextInt(25) : Math.max(0, now - r.nextInt(40));
            BigDecimal cn = share(m, BigDecimal.valueOf(now));
            BigDecimal cp = share(m, BigDecimal.valueOf(prev));
            market = market.add(m);
            cumul = cumul.add(cn);
            before = before.add(cp);
            rows.add(new String[] {String.valueOf(k + 1), lot, fr(m), prev + " %", now + " %", fr(cp), fr(cn)});
        }
        BigDecimal ht = cumul.subtract(before);
        BigDecimal tax = share(ht, rate);
        BigDecimal ttc = ht.add(tax);
        BigDecimal retenue = share(ttc, pct("5"));
        BigDecimal net = ttc.subtract(retenue);
        LocalDate due;
        String terms;
        if (round % 2 == 0) {
            due = issue.plusDays(30);
            terms = "Conditions de règlement : 30 jours à compter de la date de la situation, par virement.";
        } else {
            due = issue.plusDays(45);
            terms = "Échéance : " + dmy(due) + " - règlement par virement ou mandat administratif.";
        }
        String siren = siren(r);
        c.bold(40, 800, seller, 13);
        c.text(40, 786, pick(r, new String[] {"ZA des Platières", "Parc d'activités du Bois Joli",
            "15 route de Vienne"}) + " - " + pick(r, new String[] {"69390 Vernaison", "38200 Vienne",
            "42600 Montbrison"}), 8);
        c.text(40, 775, "Tél. " + phone(r, "04") + " - SAS au capital de 150 000 €", 8);
        c.text(40, 764, "SIRET " + siret(siren, r) + " - TVA " + tva(siren), 8);
        c.box(320, 690, 235, 80, 0.6f);
        c.text(328, 758, "Maître d'ouvrage", 7);
        block(c, 328, 744, new String[] {customer, addr[0], addr[1]}, 9.5f, 13, true);
        c.fill(40, 650, 515, 24, 0.88f);
        c.centerBold(297, 658, "SITUATION DE TRAVAUX N° " + sit, 14);
        float y = 630;
        String chantier = pick(r, new String[] {"Construction de 12 logements collectifs",
            "Réhabilitation de l'école Jules Ferry", "Extension d'un cabinet médical", "Rénovation d'une halle"});
        y = kv(c, 40, 300, y, "Facture N° :", "", 9, true, 0);
        c.bold(110, y, number, 9);
        c.text(330, y, "Date : " + dmy(issue), 9);
        y -= 13;
        c.text(40, y, "Chantier : " + chantier, 9);
        y -= 13;
        c.text(40, y, "Marché n° M" + digits(r, 5) + " du " + dmy(issue.minusDays(150 + r.nextInt(120)))
                + " - montant du marché HT : " + eur(market), 9);
        y -= 13;
        c.text(40, y, "Travaux arrêtés au " + dmy(endOfMonth(issue.minusMonths(1))) + " - Situation précédente n° "
                + (sit - 1), 9);
        float[] xs = {40, 62, 218, 290, 335, 380, 467, 555};
        String[] heads = {"Lot", "Désignation", "Marché HT", "% préc.", "% cumul", "Cumul préc. HT", "Cumul HT"};
        int[] al = {C, L, R, R, R, R, R};
        float bottom = table(c, xs, heads, al, rows, y - 14, 8, 14, 0.85f, true);
        float yy = bottom - 22;
        float xl = 290;
        float xr = 555;
        yy = kv(c, xl, xr, yy, "Cumul des travaux réalisés HT", eur(cumul), 8.5f, false, 14);
        yy = kv(c, xl, xr, yy, "À déduire : situations antérieures HT", "- " + eur(before), 8.5f, false, 14);
        yy = kv(c, xl, xr, yy, "Montant de la situation HT", eur(ht), 8.5f, true, 14);
        yy = kv(c, xl, xr, yy, "TVA " + rate(rate) + " %", eur(tax), 8.5f, false, 14);
        yy = kv(c, xl, xr, yy, "Montant TTC de la situation", eur(ttc), 8.5f, false, 14);
        yy = kv(c, xl, xr, yy, "Retenue de garantie 5 % (sur TTC)", "- " + eur(retenue), 8.5f, false, 14);
        c.fill(xl - 6, yy - 6, xr - xl + 6, 20, 0.85f);
        kv(c, xl, xr - 4, yy, "NET À PAYER", eur(net), 10, true, 14);
        c.text(40, bottom - 22, "Avancement global : "
                + cumul.multiply(BigDecimal.valueOf(100)).divide(market, 1, RoundingMode.HALF_UP).toPlainString()
                        .replace('.', ',') + " %", 8);
        c.text(40, bottom - 36, "Retenue libérée à la réception + 1 an", 8);
        c.text(40, 150, terms, 8);
        c.text(40, 137, "IBAN " + iban(r) + " - BIC CEPAFRPP", 8);
        c.text(40, 124, "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.", 7.5f);
        c.text(40, 60, "Le maître d'œuvre : visa du ........................", 8);
        c.right(555, 60, "Page 1/1", 7.5f);
        // The convention of every set: the TTC is the invoice's total, the net after the retenue the amount due now.
        return Truth.invoice(number, issue, due, ttc, "EUR", customer).withAmountDue(net);
    }

    // --- 2. subcontractor under reverse charge

    static Truth autoliquidation(Canvas c, Random r, int round) {
        String seller = pick(r, new String[] {"MG Coffrage", "Ets Da Silva Maçonnerie", "Atelier Serrurerie Kaya",
            "Étanchéité Pro Sud"});
        String customer = pick(r, new String[] {"BOUYGUES BÂTIMENT SUD-EST", "SPIE Batignolles Centre",
            "EIFFAGE CONSTRUCTION RHÔNE", "SOGEA Île-de-France", "GCC Construction"});
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "FA-" + d(issue, "yyMM") + "-" + n0(3, 1 + r.nextInt(80));
        int days = round % 2 == 0 ? 45 : 60;
        LocalDate due = issue.plusDays(days);
        String[][] work = {{"Main d'œuvre coffrage voiles", "h"}, {"Ferraillage dalle R+1", "forfait"},
            {"Coulage béton - assistance", "h"}, {"Pose garde-corps acier", "ml"}, {"Étanchéité toiture terrasse", "m²"},
            {"Location banche", "jour"}, {"Reprise en sous-œuvre", "forfait"}, {"Chef d'équipe", "h"}};
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(work));
        int n = 3 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String[] w = left.remove(r.nextInt(left.size()));
            BigDecimal q = BigDecimal.valueOf(w[1].equals("forfait") ? 1 : 4 + r.nextInt(60));
            BigDecimal u = w[1].equals("forfait") ? money(800, 3000, r) : money(28, 40, r);
            Item i = new Item(w[0], q, u, BigDecimal.ZERO);
            items.add(i);
            rows.add(new String[] {w[0], qty(q), w[1], fr(u), fr(i.amount())});
        }
        BigDecimal ht = sums(items).net();
        String siren = siren(r);
        String custSiren = siren(r);
        c.family = "DejaVuSans";
        c.ink = 0x0F4C81;
        c.bold(40, 800, seller.toUpperCase(Locale.ROOT), 14);
        c.ink = BLACK;
        c.text(40, 786, "Sous-traitant - " + pick(r, new String[] {"SARL", "SAS", "EURL"}) + " - SIRET "
                + siret(siren, r), 7.5f);
        c.text(40, 775, "N° TVA intracommunautaire : " + tva(siren), 7.5f);
        c.text(40, 764, pick(r, new String[] {"5 rue de l'Industrie 13015 Marseille", "ZI Nord 31200 Toulouse",
            "18 rue Lavoisier 93100 Montreuil"}) + " - " + phone(r, "06"), 7.5f);
        float y = 730;
        c.bold(40, y, "Facture N° " + number, 12);
        y -= 16;
        c.text(40, y, "Date de facture : " + dmy(issue), 9);
        y -= 13;
        c.text(40, y, "Date d'échéance : " + dmy(due), 9);
        y = 645;
        c.text(40, y, "Contrat de sous-traitance n° ST-" + digits(r, 4) + " - Bon de commande " + digits(r, 7), 9);
        y -= 13;
        c.text(40, y, "Chantier : " + pick(r, new String[] {"Résidence Les Cèdres, Aix-en-Provence",
            "Lycée Victor Hugo, Colomiers", "Siège Métropole, bâtiment B"}), 9);
        c.text(330, 730, "Entrepreneur principal :", 8);
        block(c, 330, 714, new String[] {customer, "Direction travaux", addr[0], addr[1], "TVA " + tva(custSiren)},
                9.5f, 13, true);
        float[] xs = {40, 290, 340, 395, 470, 555};
        float bottom = table(c, xs, new String[] {"Désignation", "Qté", "Unité", "P.U. HT", "Montant HT"},
                new int[] {L, R, C, R, R}, rows, 612, 8.5f, 15, 0.9f, false);
        float yy = bottom - 22;
        yy = kv(c, 340, 555, yy, "Total HT", eur(ht), 9, false, 15);
        yy = kv(c, 340, 555, yy, "TVA", "Autoliquidation", 9, false, 15);
        c.fill(334, yy - 7, 221, 21, 0.9f);
        kv(c, 340, 551, yy, "Net à payer", eur(ht), 10.5f, true, 15);
        c.bold(40, bottom - 22, "Autoliquidation :", 8.5f);
        c.text(40, bottom - 35, "TVA due par le preneur, art. 283-2 nonies du CGI", 8.5f);
        c.text(40, bottom - 48, "(travaux de construction en sous-traitance)", 8);
        c.text(40, 140, "Règlement par virement à " + days + " jours date de facture.", 8);
        c.text(40, 127, "IBAN : " + iban(r), 8);
        c.text(40, 114, "Retard de paiement : pénalités au taux BCE + 10 points, indemnité forfaitaire 40 €.", 7.5f);
        c.center(297, 40, seller + " - document émis le " + dmy(issue), 7);
        return Truth.invoice(number, issue, due, ht, "EUR", customer);
    }

    // --- 3. plumber's hand-filled invoice book, deposit paid

    static Truth plumber(Canvas c, Random r, int round) {
        c.a5();
        String hand = round % 2 == 0 ? "DejaVuSerif-Italic" : "DejaVuSansMono-Oblique";
        String printed = "DejaVuSerifCondensed";
        String[] city = pick(r, new String[][] {{"Lyon", "69008"}, {"Villeurbanne", "69100"}, {"Bron", "69500"},
            {"Vénissieux", "69200"}});
        String customer = pick(r, PERSONS);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = n0(4, 100 + r.nextInt(900));
        String[] work = {"Remplacement chauffe-eau 200 L", "Recherche de fuite", "Débouchage canalisation",
            "Fourniture mitigeur", "Main d'œuvre (h)", "Déplacement", "Raccord cuivre + soudure",
            "Remplacement WC suspendu", "Groupe de sécurité"};
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(work));
        int n = 3 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String w = left.remove(r.nextInt(left.size()));
            BigDecimal q = BigDecimal.valueOf(w.contains("(h)") ? 1 + r.nextInt(6) : 1);
            BigDecimal u = w.contains("(h)") || w.equals("Déplacement") ? BigDecimal.valueOf(35 + r.nextInt(30))
                    : BigDecimal.valueOf(40 + r.nextInt(700));
            items.add(new Item(w, q, u, pct("10")));
        }
        Sums s = sums(items);
        BigDecimal acompte = s.gross().multiply(pct("0.3")).setScale(0, RoundingMode.DOWN);
        BigDecimal rest = s.gross().subtract(acompte);
        float w = c.width();
        c.family = printed;
        c.bold(30, 555, "J.-P. " + pick(r, new String[] {"MARCHAND", "RIBEIRO", "BONNET", "GIRAUD"}), 12);
        c.text(30, 542, "Plomberie - Chauffage - Sanitaire", 8);
        c.text(30, 531, "12 rue Villon " + city[1] + " " + city[0] + " - " + phone(r, "06"), 7.5f);
        c.text(30, 520, "SIRET " + siret(siren(r), r) + " - RM 69", 7.5f);
        c.box(w - 150, 520, 122, 40, 0.8f);
        c.bold(w - 142, 544, "FACTURE", 11);
        c.text(w - 142, 528, "N°", 9);
        c.ink = 0xB91C1C;
        c.bold(w - 120, 528, number, 10);
        c.ink = BLACK;
        c.text(30, 496, "Doit :", 8.5f);
        c.hline(60, 238, 492, 0.4f);
        c.hline(30, 238, 477, 0.4f);
        c.text(245, 496, city[0] + ", le", 8f);
        c.hline(318, w - 28, 492, 0.4f);
        c.family = hand;
        c.ink = BLUE;
        c.fit(64, 496, customer, 10, 172, false, L);
        c.fit(34, 481, addr[0] + ", " + addr[1], 8.5f, 202, false, L);
        c.text(322, 496, round % 2 == 0 ? dmy(issue) : d(issue, "d/M/yy"), 10);
        c.ink = BLACK;
        c.family = printed;
        float[] xs = {30, 60, 270, 330, 394};
        float top = 460;
        float rowH = 17;
        int rowsDrawn = 12;
        float bottom = top - 16 - rowsDrawn * rowH;
        c.box(xs[0], bottom, xs[4] - xs[0], top - bottom, 0.7f);
        c.hline(xs[0], xs[4], top - 16, 0.7f);
        for (int k = 1; k < 4; k++) {
            c.vline(xs[k], bottom, top, 0.5f);
        }
        String[] heads = {"Qté", "Désignation", "P.U.", "Montant"};
        for (int k = 0; k < 4; k++) {
            cell(c, xs, k, top - 11, heads[k], 7.5f, true, C);
        }
        for (int k = 1; k < rowsDrawn; k++) {
            c.dashed(xs[0], xs[4], top - 16 - k * rowH);
        }
        c.family = hand;
        c.ink = BLUE;
        float y = top - 16 - rowH + 5;
        for (Item i : items) {
            cell(c, xs, 0, y, qty(i.qty()), 9, false, C);
            cell(c, xs, 1, y, i.label(), 9, false, L);
            cell(c, xs, 2, y, fr(i.unit()), 9, false, R);
            cell(c, xs, 3, y, fr(i.amount()), 9, false, R);
            y -= rowH;
        }
        c.ink = BLACK;
        c.family = printed;
        float ty = bottom - 16;
        String[] labels = {"Total H.T.", "T.V.A. 10 %", "Total T.T.C.", "Acompte versé", "Reste à payer"};
        BigDecimal[] values = {s.net(), s.tax(), s.gross(), acompte, rest};
        for (int k = 0; k < labels.length; k++) {
            c.put(270, ty, labels[k], 8.5f, k == 4, R);
            c.box(274, ty - 5, 120, 16, 0.6f);
            c.family = hand;
            c.ink = BLUE;
            c.right(390, ty, (k == 3 ? "- " : "") + fr(values[k]), 9.5f);
            c.ink = BLACK;
            c.family = printed;
            ty -= 19;
        }
        c.family = hand;
        c.ink = BLUE;
        c.text(30, bottom - 16, "acompte reçu le " + d(issue.minusDays(7 + r.nextInt(20)), "d/MM"), 8.5f);
        c.text(30, bottom - 30, round % 2 == 0 ? "chèque n° " + digits(r, 7) : "en espèces", 8.5f);
        c.ink = BLACK;
        c.family = printed;
        c.text(30, 50, "Payable à réception de facture. TVA 10 % : travaux dans un logement de plus de 2 ans.", 6.5f);
        c.text(30, 40, "Pas d'escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement 40 €.", 6.5f);
        return Truth.invoice(number, issue, issue, s.gross(), "EUR", customer).withAmountDue(rest);
    }

    // --- 4. physiotherapist's note of fees

    static Truth physio(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String doc = pick(r, new String[] {"Mme Élodie Carré", "M. Bastien Vidal", "Mme Inès Morin", "M. Paul Roche"});
        String customer = pick(r, PERSONS);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = d(issue, "yyyy") + "-" + n0(4, 1 + r.nextInt(900));
        c.bold(40, 800, doc, 12);
        c.text(40, 786, "Masseur-kinésithérapeute D.E.", 9);
        c.text(40, 774, "Conventionné secteur 1 - N° RPPS " + digits(r, 11) + " - ADELI " + digits(r, 9), 7.5f);
        int place = r.nextInt(3);
        String townOf = new String[] {"Annecy", "Saint-Étienne", "Nancy"}[place];
        c.text(40, 763, "Cabinet : " + new String[] {"3 rue Pasteur 74000 Annecy",
            "21 cours Victor Hugo 42000 Saint-Étienne", "8 avenue Foch 54000 Nancy"}[place] + " - Tél. "
                + phone(r, "04"), 7.5f);
        c.centerBold(297, 712, "NOTE D'HONORAIRES", 16);
        c.center(297, 696, "Note n° " + number, 10);
        c.text(40, 660, "Patient(e) :", 9);
        block(c, 120, 660, new String[] {customer, addr[0], addr[1]}, 10, 13, true);
        c.text(40, 610, "Né(e) le " + dmy(LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                + " - N° sécurité sociale " + (1 + r.nextInt(2)) + " " + digits(r, 2) + " " + n0(2, 1 + r.nextInt(12))
                + " " + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3), 8);
        c.text(40, 596, "Prescription du Dr " + pick(r, new String[] {"Lambert", "Nguyen", "Perrin"}) + " du "
                + dmy(issue.minusDays(40 + r.nextInt(30))), 8);
        int sessions = 5 + r.nextInt(10);
        BigDecimal unit = round % 2 == 0 ? new BigDecimal("19.50") : new BigDecimal("45.00");
        String act = round % 2 == 0 ? "AMK 7,5 - rééducation du rachis" : "Séance hors nomenclature (drainage)";
        List<String[]> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate s = issue.minusDays(3 * sessions + 5);
        for (int k = 0; k < sessions; k++) {
            s = s.plusDays(2 + r.nextInt(2));
            if (s.isAfter(issue)) {
                s = issue;
            }
            BigDecimal u = k == 0 && round % 2 == 0 ? unit.add(new BigDecimal("2.50")) : unit;
            rows.add(new String[] {dmy(s), k == 0 && round % 2 == 0 ? act + " + IFD" : act, fr(u)});
            total = total.add(u);
        }
        float[] xs = {40, 140, 440, 555};
        float bottom = table(c, xs, new String[] {"Date de séance", "Acte", "Honoraires"}, new int[] {L, L, R},
                rows, 570, 8.5f, 14, 1f, false);
        c.hline(40, 555, 570, 0.8f);
        float y = bottom - 20;
        y = kv(c, 300, 555, y, "Nombre de séances : " + sessions, "", 9, false, 16);
        y = kv(c, 300, 555, y, "Montant total", eur(total), 11, true, 18);
        c.text(40, bottom - 20, "TVA non applicable, art. 261-4-1° du CGI", 8.5f);
        c.text(40, y - 10, round % 2 == 0 ? "Règlement à réception de la note, par chèque ou virement."
                : "Règlement à réception. Dépassement non remboursable par l'Assurance maladie.", 8.5f);
        c.text(40, y - 24, "Fait à " + townOf + ", le "
                + frWords(issue), 9);
        c.text(380, y - 60, "Signature du praticien", 8);
        c.text(40, 60, "Membre d'une association de gestion agréée, le règlement des honoraires par chèque est accepté.", 7);
        return Truth.invoice(number, issue, issue, total, "EUR", customer);
    }

    // --- 5. auto-entrepreneur, dates in words

    static Truth microEntrepreneur(Canvas c, Random r, int round) {
        c.family = "DejaVuSans";
        String seller = pick(r, new String[] {"Lucie Marchetti", "Hugo Deschamps", "Sarah Kouassi", "Antoine Leroux"});
        String trade = pick(r, new String[] {"Illustration & graphisme", "Réparation informatique à domicile",
            "Cours de guitare", "Traduction anglais-français"});
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = round % 2 == 0 ? n0(5, 10 + r.nextInt(300)) : d(issue, "yyyy") + "-" + n0(3, 1 + r.nextInt(99));
        LocalDate due = issue.plusDays(round % 2 == 0 ? 30 : 15);
        String town = pick(r, new String[] {"Nantes", "Rennes", "Angers", "Tours"});
        c.bold(40, 800, seller, 15);
        c.text(40, 784, trade, 9);
        c.text(40, 772, "Entrepreneur individuel (EI) - SIRET " + siret(siren(r), r), 8);
        c.text(40, 761, "Dispensé d'immatriculation au RCS et au RM", 8);
        c.text(40, 750, seller.toLowerCase(Locale.ROOT).replace(' ', '.').replace('é', 'e') + "@gmail.com - "
                + phone(r, "07"), 8);
        c.text(330, 720, "Facturé à :", 8);
        block(c, 330, 704, new String[] {customer, addr[0], addr[1]}, 10, 14, true);
        c.bold(40, 660, "FACTURE n° " + number, 13);
        c.text(40, 642, "Fait à " + town + ", le " + frWords(issue), 9.5f);
        c.text(40, 628, "Date de la prestation : " + frWords(issue.minusDays(2 + r.nextInt(20))), 9);
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String l = pick(r, new String[] {"Prestation", "Forfait", "Heure", "Séance", "Frais de déplacement"})
                    + " - " + pick(r, new String[] {"lot 1", "phase de préparation", "suivi", "livraison",
                        "révision"});
            BigDecimal q = BigDecimal.valueOf(1 + r.nextInt(5));
            BigDecimal u = money(25, 250, r);
            Item i = new Item(l, q, u, BigDecimal.ZERO);
            items.add(i);
            rows.add(new String[] {l, qty(q), eur(u), eur(i.amount())});
        }
        BigDecimal total = sums(items).net();
        float[] xs = {40, 320, 370, 460, 555};
        c.pen = 0x9CA3AF;
        float bottom = table(c, xs, new String[] {"Description", "Qté", "Prix unitaire", "Total"},
                new int[] {L, R, R, R}, rows, 600, 9, 17, 0.95f, false);
        c.pen = BLACK;
        float y = bottom - 24;
        c.bold(370, y, "Total à payer", 11);
        c.rightBold(555, y, eur(total), 11);
        c.text(40, bottom - 24, "TVA non applicable, art. 293 B du CGI", 8.5f);
        c.text(40, y - 40, "Date limite de paiement : le " + frWords(due), 9.5f);
        c.text(40, y - 54, "Mode de paiement : virement bancaire - IBAN " + iban(r), 8);
        c.text(40, y - 68, "En cas de retard, pénalités de 3 fois le taux légal et indemnité forfaitaire de 40 €.", 7.5f);
        c.text(40, y - 80, "Pas d'escompte pour règlement anticipé.", 7.5f);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    // --- 6. association invoicing a training course

    static Truth association(Canvas c, Random r, int round) {
        c.family = "DejaVuSans";
        String assoc = pick(r, new String[] {"Association Savoirs & Territoires", "ARDES Formation",
            "Les Ateliers du Numérique Solidaire", "Association Régionale des Secouristes"});
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "FORM-" + d(issue, "yy") + "-" + n0(3, 1 + r.nextInt(200));
        c.fillRgb(0, 770, 595, 72, 0x14532D);
        c.ink = WHITE;
        c.bold(40, 812, assoc, 14);
        c.text(40, 796, "Association loi 1901 - organisme de formation", 8.5f);
        c.text(40, 784, "Déclaration d'activité n° " + digits(r, 11) + " (ne vaut pas agrément de l'État)", 7.5f);
        c.rightBold(555, 805, "FACTURE", 16);
        c.ink = BLACK;
        String[] meta = {"Facture N°", number, "Date", dmy(issue), "Convention n°", "CV" + digits(r, 5),
            "N° adhérent", "A-" + digits(r, 4)};
        float y = 740;
        for (int k = 0; k < meta.length; k += 2) {
            c.text(40, y, meta[k], 8.5f);
            c.bold(130, y, meta[k + 1], 8.5f);
            y -= 14;
        }
        c.text(330, 740, "Adressée à :", 8);
        block(c, 330, 724, new String[] {customer, "Service formation", addr[0], addr[1]}, 9.5f, 13, true);
        String course = pick(r, new String[] {"Sauveteur Secouriste du Travail (SST)", "Initiation à la comptabilité",
            "Gestion des conflits en équipe", "Accessibilité numérique"});
        LocalDate start = issue.minusDays(10 + r.nextInt(20));
        c.bold(40, 660, "Formation : " + course, 10);
        c.text(40, 646, "Session du " + dmy(start) + " au " + dmy(start.plusDays(1 + r.nextInt(3))) + " - "
                + (7 * (2 + r.nextInt(3))) + " heures", 8.5f);
        int trainees = 2 + r.nextInt(6);
        List<String[]> rows = new ArrayList<>();
        BigDecimal perHead = BigDecimal.valueOf(280 + r.nextInt(500)).setScale(2);
        String[] names = {"Dupuis Marie", "Lefort Kevin", "Rossi Anna", "Diallo Moussa", "Picard Léa", "Weber Jonas",
            "Caron Emma", "Bernard Yanis"};
        for (int k = 0; k < trainees; k++) {
            rows.add(new String[] {"Stagiaire : " + names[k], "1", fr(perHead), fr(perHead)});
        }
        BigDecimal total = perHead.multiply(BigDecimal.valueOf(trainees));
        BigDecimal support = round % 2 == 1 ? BigDecimal.valueOf(15 * trainees) : BigDecimal.ZERO;
        if (support.signum() > 0) {
            rows.add(new String[] {"Supports pédagogiques", String.valueOf(trainees), "15,00", fr(support)});
            total = total.add(support);
        }
        float[] xs = {40, 330, 380, 465, 555};
        float bottom = table(c, xs, new String[] {"Désignation", "Nb", "Coût unitaire", "Montant"},
                new int[] {L, R, R, R}, rows, 625, 8.5f, 15, 0.88f, true);
        float yy = bottom - 20;
        yy = kv(c, 350, 555, yy, "Total net", eur(total), 9, false, 15);
        yy = kv(c, 350, 555, yy, "TVA", "0,00 €", 9, false, 15);
        c.fillRgb(344, yy - 7, 211, 21, 0xDCFCE7);
        kv(c, 350, 551, yy, "Total dû", eur(total), 10.5f, true, 15);
        c.text(40, bottom - 20, "Exonération de TVA - art. 261-4-4° a du CGI", 8);
        c.text(40, bottom - 33, "(formation professionnelle continue)", 8);
        LocalDate due;
        String terms;
        if (round % 2 == 0) {
            due = issue.plusDays(30);
            terms = "Conditions de règlement : à 30 jours, par virement ou chèque à l'ordre de l'association.";
        } else {
            due = endOfMonth(issue);
            terms = "Conditions de règlement : fin de mois. Prise en charge OPCO possible (subrogation non demandée).";
        }
        c.text(40, 160, terms, 8);
        c.text(40, 147, "IBAN " + iban(r) + " - Crédit Coopératif", 8);
        c.text(40, 134, "Attestation de présence et certificat de réalisation joints.", 8);
        c.center(297, 40, "SIRET " + siret(siren(r), r) + " - Code APE 8559A", 7);
        return Truth.invoice(number, issue, due, total, "EUR", customer);
    }

    // --- 7. lawyer: fees and disbursements

    static Truth lawyer(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String firm = pick(r, new String[] {"Maître Catherine Delorme", "SELARL Brunet & Associés",
            "Maître Nicolas Ferrand", "AARPI Vasseur Ollier"});
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String town = pick(r, new String[] {"Lyon", "Paris", "Grenoble", "Marseille"});
        String number = d(issue, "yy") + "/" + n0(4, 10 + r.nextInt(900));
        c.centerBold(297, 805, firm, 13);
        c.center(297, 790, "Avocat au Barreau de " + town, 9);
        c.center(297, 778, pick(r, new String[] {"12 quai Saint-Antoine", "45 rue de Rivoli", "7 place Grenette"})
                + " - Tél. " + phone(r, "04") + " - Toque " + (100 + r.nextInt(800)), 7.5f);
        c.hline(40, 555, 770, 0.5f);
        block(c, 330, 730, new String[] {customer, "À l'attention de la Direction", addr[0], addr[1]}, 9.5f, 13, true);
        c.text(330, 660, town + ", le " + frWords(issue), 9.5f);
        c.bold(40, 630, "NOTE D'HONORAIRES ET DÉBOURS", 12);
        c.text(40, 614, "Note n° " + number, 10);
        String other = pick(r, new String[] {"SAS Transports Garcia", "M. Lionel Perret", "SARL Immo Conseil"});
        c.text(40, 598, "Affaire : " + customer + " c/ " + other + " - Dossier n° " + digits(r, 5), 8.5f);
        c.text(40, 585, "RG n° " + d(issue, "yy") + "/" + n0(5, r.nextInt(99999)) + " - Tribunal de commerce de " + town,
                8.5f);
        String[][] fees = {{"Consultation et analyse du dossier", "2"}, {"Rédaction de l'assignation", "4"},
            {"Rédaction de conclusions", "5"}, {"Audience de plaidoirie", "3"}, {"Correspondances et entretiens", "2"},
            {"Diligences de procédure", "1"}};
        BigDecimal hourly = BigDecimal.valueOf(180 + 10 * r.nextInt(15));
        List<String[]> rows = new ArrayList<>();
        BigDecimal honoraires = BigDecimal.ZERO;
        List<String[]> left = new ArrayList<>(List.of(fees));
        int n = 3 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String[] f = left.remove(r.nextInt(left.size()));
            BigDecimal h = BigDecimal.valueOf(Integer.parseInt(f[1]) + r.nextInt(4)).add(r.nextBoolean()
                    ? new BigDecimal("0.5") : BigDecimal.ZERO);
            BigDecimal a = h.multiply(hourly).setScale(2, RoundingMode.HALF_UP);
            honoraires = honoraires.add(a);
            rows.add(new String[] {f[0], qty(h) + " h", fr(a)});
        }
        float[] xs = {40, 380, 450, 555};
        float bottom = table(c, xs, new String[] {"Honoraires (taux horaire " + fr(hourly) + " € HT)", "Temps",
            "Montant HT"}, new int[] {L, R, R}, rows, 565, 8.5f, 14, 0.92f, false);
        BigDecimal tax = share(honoraires, pct("20"));
        BigDecimal ttc = honoraires.add(tax);
        float y = bottom - 18;
        y = kv(c, 300, 555, y, "Total honoraires HT", eur(honoraires), 9, false, 14);
        y = kv(c, 300, 555, y, "TVA 20 %", eur(tax), 9, false, 14);
        y = kv(c, 300, 555, y, "Total honoraires TTC", eur(ttc), 9, true, 20);
        c.bold(40, y, "Débours (hors champ de TVA)", 9);
        y -= 15;
        String[][] dis = {{"Frais de greffe", "69.59"}, {"Signification par commissaire de justice", "0"},
            {"Droit de plaidoirie", "13.00"}, {"Timbre fiscal", "50.00"}, {"Frais postaux (LRAR)", "0"}};
        BigDecimal debours = BigDecimal.ZERO;
        for (String[] dd : dis) {
            if (r.nextInt(3) == 0 && debours.signum() > 0) {
                continue;
            }
            BigDecimal a = dd[1].equals("0") ? money(6, 90, r) : new BigDecimal(dd[1]);
            debours = debours.add(a);
            y = kv(c, 60, 555, y, dd[0], eur(a), 8.5f, false, 13);
        }
        y = kv(c, 300, 555, y - 2, "Total débours", eur(debours), 9, false, 18);
        BigDecimal total = ttc.add(debours);
        c.hline(300, 555, y + 12, 0.6f);
        y = kv(c, 300, 555, y, "TOTAL DE LA NOTE", eur(total), 10.5f, true, 16);
        BigDecimal due = total;
        if (round % 2 == 1) {
            BigDecimal provision = BigDecimal.valueOf(500 * (1 + r.nextInt(2)));
            if (provision.compareTo(total) >= 0) {
                provision = BigDecimal.valueOf(300);
            }
            y = kv(c, 300, 555, y, "Provision reçue le " + dmy(issue.minusDays(60 + r.nextInt(30))),
                    "- " + eur(provision), 9, false, 16);
            due = total.subtract(provision);
            y = kv(c, 300, 555, y, "Solde restant dû", eur(due), 10.5f, true, 16);
        }
        c.text(40, y - 16, "Payable à réception. Règlement par chèque à l'ordre de " + firm + " ou virement CARPA.", 8);
        c.text(40, y - 29, "IBAN " + iban(r), 8);
        c.text(40, 50, "En cas de contestation : Bâtonnier de l'Ordre des avocats, art. 174 du décret du 27 novembre 1991.", 7);
        Truth t = Truth.invoice(number, issue, issue, total, "EUR", customer);
        return round % 2 == 1 ? t.withAmountDue(due) : t;
    }

    // --- 8. architect's fees by phase

    static Truth architect(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String firm = pick(r, new String[] {"ATELIER LIGNE CLAIRE ARCHITECTES", "Cabinet d'architecture Morvan",
            "A+B Architecture & Paysage", "Studio Hervé Duclos Architecte DPLG"});
        String customer = pick(r, new String[] {"SCI Horizon Santé", "M. et Mme Roussel", "Commune de Saint-Genis",
            "SAS Domaine des Chênes", "SCI Les Terrasses du Parc"});
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "A-" + d(issue, "yyyy") + "-" + n0(3, 1 + r.nextInt(150));
        BigDecimal works = BigDecimal.valueOf(150_000 + 1000L * r.nextInt(900));
        BigDecimal feeRate = new BigDecimal(pick(r, new String[] {"8.5", "9", "10", "11.5", "12"}));
        BigDecimal mission = share(works, feeRate);
        String[][] phases = {{"ESQ - Esquisse", "5"}, {"APS - Avant-projet sommaire", "10"},
            {"APD - Avant-projet définitif", "15"}, {"PC - Permis de construire", "5"}, {"PRO - Projet", "20"},
            {"DCE / ACT - Consultation des entreprises", "10"}, {"VISA", "5"}, {"DET - Direction de l'exécution", "25"},
            {"AOR - Réception", "5"}};
        int reached = 3 + r.nextInt(5);
        List<String[]> rows = new ArrayList<>();
        BigDecimal cumul = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        for (int k = 0; k < phases.length; k++) {
            BigDecimal part = share(mission, new BigDecimal(phases[k][1]));
            int done = k < reached ? 100 : k == reached ? 10 * (2 + r.nextInt(7)) : 0;
            int before = k < reached - 1 ? 100 : k == reached - 1 ? 50 : 0;
            BigDecimal dn = share(part, BigDecimal.valueOf(done));
            BigDecimal bf = share(part, BigDecimal.valueOf(before));
            cumul = cumul.add(dn);
            previous = previous.add(bf);
            rows.add(new String[] {phases[k][0], phases[k][1] + " %", fr(part), done + " %", fr(dn), fr(bf)});
        }
        BigDecimal ht = cumul.subtract(previous);
        BigDecimal tax = share(ht, pct("20"));
        BigDecimal ttc = ht.add(tax);
        LocalDate due = issue.plusDays(round % 2 == 0 ? 30 : 21);
        String siren = siren(r);
        c.fillRgb(40, 760, 6, 60, 0xB45309);
        c.bold(56, 805, firm, 13);
        c.text(56, 790, "Inscrit au Tableau de l'Ordre des architectes n° S" + digits(r, 5), 8);
        c.text(56, 778, pick(r, new String[] {"6 rue des Tanneurs 25000 Besançon", "31 rue Sainte-Catherine 33000 Bordeaux"})
                + " - " + phone(r, "05"), 8);
        c.text(56, 766, "SIRET " + siret(siren, r) + " - TVA " + tva(siren), 8);
        c.text(360, 735, "Maître d'ouvrage", 7.5f);
        block(c, 360, 720, new String[] {customer, addr[0], addr[1]}, 9.5f, 13, true);
        c.bold(40, 735, "FACTURE D'HONORAIRES", 12);
        c.text(40, 718, "N° " + number, 9.5f);
        c.text(40, 704, "Date : " + dmy(issue), 9.5f);
        c.text(40, 690, "Échéance : " + dmy(due), 9.5f);
        c.text(40, 664, "Opération : " + pick(r, new String[] {"Maison individuelle, lieu-dit Les Granges",
            "Maison de santé pluridisciplinaire", "Réhabilitation d'une grange en gîte"}), 8.5f);
        c.text(40, 651, "Contrat du " + dmy(issue.minusDays(200 + r.nextInt(100))) + " - Montant prévisionnel des travaux : "
                + eur(works) + " HT - Taux d'honoraires : " + rate(feeRate) + " %", 8.5f);
        c.text(40, 638, "Forfait de rémunération : " + eur(mission) + " HT - appel n° " + (reached + 1) + " sur 9"
                + " (avancement au " + dmy(issue.minusDays(3)) + ")", 8.5f);
        float[] xs = {40, 225, 275, 350, 400, 478, 555};
        float bottom = table(c, xs, new String[] {"Phase", "% mission", "Honoraires HT", "% réalisé", "Cumul HT",
            "Déjà facturé"}, new int[] {L, R, R, R, R, R}, rows, 620, 8, 14, 0.9f, true);
        float y = bottom - 20;
        y = kv(c, 320, 555, y, "Total cumulé HT", eur(cumul), 8.5f, false, 14);
        y = kv(c, 320, 555, y, "Déjà facturé HT (notes n° 1 à " + reached + ")", "- " + eur(previous), 8.5f, false, 14);
        y = kv(c, 320, 555, y, "Montant de la présente note HT", eur(ht), 8.5f, true, 14);
        y = kv(c, 320, 555, y, "TVA 20 %", eur(tax), 8.5f, false, 19);
        c.box(314, y - 7, 241, 21, 0.8f);
        kv(c, 320, 550, y, "Montant TTC", eur(ttc), 10.5f, true, 14);
        c.text(40, 120, "Règlement par virement - IBAN " + iban(r), 8);
        c.text(40, 107, "Assurance RC professionnelle MAF, contrat n° " + digits(r, 6) + ".", 7.5f);
        return Truth.invoice(number, issue, due, ttc, "EUR", customer);
    }

    // --- 9. farmer with two VAT rates

    static Truth farmer(Canvas c, Random r, int round) {
        c.family = "DejaVuSans";
        String farm = pick(r, new String[] {"EARL du Pré Fleuri", "GAEC des Trois Sources", "Ferme de la Combe",
            "SCEA Les Jardins de Marie"});
        String customer = pick(r, new String[] {"Restaurant Le Comptoir", "Cuisine centrale de Bourg-en-Bresse",
            "Biocoop Les Halles", "Hôtel Le Saint-Roch", "Épicerie Fine Chez Paulette"});
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = d(issue, "yyyy") + "/" + (100 + r.nextInt(400));
        String[][] products = {{"Pommes de terre (kg)", "5.5", "1", "2"}, {"Carottes (kg)", "5.5", "1", "2"},
            {"Salades (pièce)", "5.5", "1", "1"}, {"Œufs plein air (douzaine)", "5.5", "3", "2"},
            {"Fromage de chèvre (pièce)", "5.5", "2", "3"}, {"Miel 500 g", "5.5", "7", "4"},
            {"Poireaux (botte)", "5.5", "2", "2"}, {"Courges (kg)", "5.5", "1", "2"}, {"Lait cru (L)", "5.5", "1", "1"},
            {"Jus de pomme 1 L", "5.5", "3", "2"}, {"Livraison", "20", "10", "15"}, {"Caisses consignées", "20", "2", "2"},
            {"Location chambre froide (jour)", "20", "15", "10"}, {"Plants aromatiques", "10", "2", "2"}};
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(products));
        int n = 8 + r.nextInt(6);
        boolean twenty = false;
        for (int k = 0; k < n; k++) {
            String[] p = k == n - 1 && !twenty ? products[10] : left.remove(r.nextInt(left.size()));
            if (p[1].equals("10")) {
                p = products[11];
            }
            twenty |= p[1].equals("20");
            BigDecimal q = BigDecimal.valueOf(p[0].contains("(kg)") ? 5 + r.nextInt(40) : 1 + r.nextInt(20));
            BigDecimal u = money(Integer.parseInt(p[2]), Integer.parseInt(p[3]), r);
            Item i = new Item(p[0], q, u, new BigDecimal(p[1]));
            items.add(i);
            rows.add(new String[] {d(issue.minusDays(r.nextInt(12)), "dd/MM"), p[0], qty(q), fr(u), rate(i.rate()),
                fr(i.amount())});
        }
        Sums s = sums(items);
        LocalDate due = issue.plusDays(15);
        c.bold(40, 800, farm, 14);
        c.text(40, 786, "Producteur - vente directe - " + pick(r, new String[] {"01250 Ceyzériat", "71500 Louhans",
            "39100 Dole"}), 8.5f);
        c.text(40, 775, "MSA n° " + digits(r, 8) + " - SIRET " + siret(siren(r), r) + " - Tél. " + phone(r, "03"), 7.5f);
        c.text(40, 764, "Agriculture biologique certifiée FR-BIO-01", 7.5f);
        c.box(320, 690, 235, 72, 0.6f);
        block(c, 330, 744, new String[] {customer, addr[0], addr[1]}, 10, 14, true);
        c.bold(40, 730, "Facture n° " + number, 11);
        c.text(40, 714, "Date : " + d(issue, "dd.MM.yyyy"), 9);
        c.text(40, 700, "Client n° " + digits(r, 4), 9);
        float[] xs = {40, 85, 290, 340, 400, 440, 555};
        float bottom = table(c, xs, new String[] {"Livré le", "Produit", "Qté", "P.U. HT", "TVA %", "Total HT"},
                new int[] {L, L, R, R, R, R}, rows, 670, 8, 13, 0.9f, false);
        float y = bottom - 20;
        c.bold(40, y, "Taux", 8);
        c.rightBold(150, y, "Base HT", 8);
        c.rightBold(230, y, "TVA", 8);
        float ly = y - 13;
        Map<BigDecimal, BigDecimal> base = new LinkedHashMap<>();
        for (Item i : items) {
            base.merge(i.rate(), i.amount(), BigDecimal::add);
        }
        for (var e : s.taxByRate().entrySet()) {
            c.text(40, ly, rate(e.getKey()) + " %", 8);
            c.right(150, ly, fr(base.get(e.getKey())), 8);
            c.right(230, ly, fr(e.getValue()), 8);
            ly -= 13;
        }
        y = kv(c, 330, 555, y, "Total HT", eur(s.net()), 9, false, 14);
        y = kv(c, 330, 555, y, "Total TVA", eur(s.tax()), 9, false, 16);
        c.fill(324, y - 7, 231, 21, 0.85f);
        kv(c, 330, 551, y, "Montant TTC", eur(s.gross()), 10.5f, true, 14);
        c.text(40, Math.min(ly, y) - 30, "Conditions de règlement : paiement à 15 jours, soit le " + dmy(due)
                + ", par virement ou chèque.", 8);
        c.text(40, Math.min(ly, y) - 43, "Produits agricoles : TVA 5,5 % - livraison et services : TVA 20 %.", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 10. carrier with fuel surcharge and franco lines, two pages

    static Truth carrier(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String firm = pick(r, new String[] {"TRANSPORTS GIRAUD & FILS", "Transports Express Bretagne",
            "LOGI-ROUTE SAS", "Messageries du Sud-Ouest"});
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "TR" + d(issue, "yyMM") + n0(4, r.nextInt(9999));
        LocalDate due = endOfMonth(issue.plusDays(30));
        String[] towns = {"Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Dijon", "Clermont-Ferrand",
            "Bordeaux", "Strasbourg", "Orléans", "Rouen"};
        int n = 28 + r.nextInt(12);
        List<String[]> rows = new ArrayList<>();
        BigDecimal freight = BigDecimal.ZERO;
        LocalDate start = issue.withDayOfMonth(1).minusMonths(1);
        for (int k = 0; k < n; k++) {
            LocalDate dd = start.plusDays(r.nextInt(start.lengthOfMonth()));
            boolean franco = r.nextInt(6) == 0;
            BigDecimal a = franco ? BigDecimal.ZERO : money(45, 600, r);
            freight = freight.add(a);
            rows.add(new String[] {dmy(dd), "LV" + digits(r, 7), pick(r, towns) + " > " + pick(r, towns),
                (1 + r.nextInt(33)) + " pal.", BlindLayouts7.num(BigDecimal.valueOf(100 + r.nextInt(24000)), 0, " ", ','),
                franco ? "Franco" : fr(a)});
        }
        rows.sort((a, b) -> a[0].substring(3) .concat(a[0]).compareTo(b[0].substring(3).concat(b[0])));
        BigDecimal gazRate = new BigDecimal(pick(r, new String[] {"12.4", "14.7", "16.2", "18.9"}));
        BigDecimal gazole = share(freight, gazRate);
        BigDecimal attente = round % 2 == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(45 * (1 + r.nextInt(3)));
        BigDecimal ht = freight.add(gazole).add(attente);
        BigDecimal tax = share(ht, pct("20"));
        BigDecimal ttc = ht.add(tax);
        String siren = siren(r);
        // page 1
        c.bold(40, 805, firm, 13);
        c.text(40, 791, "Transport routier de marchandises - Licence communautaire n° " + digits(r, 10), 7.5f);
        c.text(40, 780, pick(r, new String[] {"ZI des Grèves 35000 Rennes", "Rue du Fret 69200 Vénissieux"})
                + " - Tél. " + phone(r, "02") + " - SIREN " + siren, 7.5f);
        c.box(330, 690, 225, 70, 0.6f);
        block(c, 340, 744, new String[] {customer, "Service comptabilité fournisseurs", addr[0], addr[1]}, 9, 13,
                true);
        c.bold(40, 745, "FACTURE N° " + number, 11);
        c.text(40, 730, "Date : " + dmy(issue), 9);
        c.text(40, 717, "Compte client : " + digits(r, 6), 9);
        c.text(40, 704, "Période : " + MONTHS_FR[start.getMonthValue() - 1] + " " + start.getYear(), 9);
        float[] xs = {40, 100, 165, 340, 400, 470, 555};
        String[] heads = {"Date", "Lettre de voiture", "Trajet", "Colis", "Poids (kg)", "Montant HT"};
        int[] al = {L, L, L, R, R, R};
        int first = 32;
        List<String[]> p1 = rows.subList(0, Math.min(first, rows.size()));
        float bottom = table(c, xs, heads, al, p1, 675, 7.5f, 13, 0.88f, false);
        c.right(555, bottom - 14, "Total page 1 : " + eur(sum(p1)) + " - suite page 2", 7.5f);
        c.right(555, 30, "Page 1/2", 7);
        c.newPage();
        c.bold(40, 805, firm + " - Facture N° " + number + " (suite)", 9);
        float y = 780;
        if (rows.size() > first) {
            List<String[]> p2 = rows.subList(first, rows.size());
            y = table(c, xs, heads, al, p2, 790, 7.5f, 13, 0.88f, false) - 24;
        }
        y = kv(c, 320, 555, y, "Total fret HT", eur(freight), 8.5f, false, 14);
        y = kv(c, 320, 555, y, "Surcharge gazole (indexation " + rate(gazRate) + " %)", eur(gazole), 8.5f, false, 14);
        if (attente.signum() > 0) {
            y = kv(c, 320, 555, y, "Frais d'attente au déchargement", eur(attente), 8.5f, false, 14);
        }
        y = kv(c, 320, 555, y, "Total HT", eur(ht), 8.5f, true, 14);
        y = kv(c, 320, 555, y, "TVA 20 %", eur(tax), 8.5f, false, 16);
        c.fill(314, y - 7, 241, 21, 0.88f);
        kv(c, 320, 551, y, "Total dû", eur(ttc), 10.5f, true, 14);
        c.text(40, y - 40, "Conditions de règlement : 30 jours fin de mois, par virement.", 8.5f);
        c.text(40, y - 54, "Lignes « Franco » : port payé par l'expéditeur, non facturé.", 8);
        c.text(40, y - 68, "IBAN " + iban(r), 8);
        c.right(555, 30, "Page 2/2", 7);
        return Truth.invoice(number, issue, due, ttc, "EUR", customer);
    }

    private static BigDecimal sum(List<String[]> rows) {
        BigDecimal s = BigDecimal.ZERO;
        for (String[] row : rows) {
            String v = row[row.length - 1];
            if (!v.equals("Franco")) {
                s = s.add(new BigDecimal(v.replace("\u00A0", "").replace(',', '.')));
            }
        }
        return s;
    }

    // --- 11. wine merchant with excise and conditional discount

    static Truth wine(Canvas c, Random r, int round) {
        c.family = "DejaVuSerifCondensed";
        String shop = pick(r, new String[] {"La Cave des Canuts", "Caves Richelieu", "Le Cellier de Bacchus",
            "Maison Vins & Terroirs"});
        String customer = pick(r, new String[] {"Restaurant Le Comptoir", "Hôtel Le Saint-Roch", "SARL Bistrot Gourmand",
            "Traiteur Chambon", "Comité d'entreprise Métalis"});
        String[] addr = address(r);
        LocalDate issue = day(r);
        String number = "V" + n0(6, 10000 + r.nextInt(80000));
        String[][] wines = {{"Côtes-du-Rhône rouge 2023 - 75 cl", "w"}, {"Chablis 1er cru 2022 - 75 cl", "w"},
            {"Crozes-Hermitage 2022 - 75 cl", "w"}, {"Champagne brut - 75 cl", "s"}, {"Muscadet sur lie 2024 - 75 cl", "w"},
            {"Saint-Joseph blanc 2023 - 75 cl", "w"}, {"Crémant de Bourgogne - 75 cl", "s"},
            {"Cognac VSOP 40 % - 70 cl", "x"}, {"Rhum agricole 50 % - 70 cl", "x"}};
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<String[]> left = new ArrayList<>(List.of(wines));
        int n = 4 + r.nextInt(4);
        BigDecimal hlStill = BigDecimal.ZERO;
        BigDecimal hlSparkling = BigDecimal.ZERO;
        BigDecimal hlap = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            String[] w = left.remove(r.nextInt(left.size()));
            int bottles = 6 * (1 + r.nextInt(8));
            BigDecimal u = w[1].equals("x") ? money(28, 30, r) : money(6, 30, r);
            Item i = new Item(w[0], BigDecimal.valueOf(bottles), u, pct("20"));
            items.add(i);
            rows.add(new String[] {"Réf. " + digits(r, 5), w[0], String.valueOf(bottles), fr(u), fr(i.amount())});
            BigDecimal vol = BigDecimal.valueOf(bottles).multiply(w[1].equals("x") ? new BigDecimal("0.007")
                    : new BigDecimal("0.0075"));
            switch (w[1]) {
                case "w" -> hlStill = hlStill.add(vol);
                case "s" -> hlSparkling = hlSparkling.add(vol);
                default -> hlap = hlap.add(vol.multiply(w[0].contains("50 %") ? new BigDecimal("0.5")
                        : new BigDecimal("0.4")));
            }
        }
        List<String[]> duty = new ArrayList<>();
        if (hlStill.signum() > 0) {
            duty.add(new String[] {"Droits d'accises vins tranquilles", hlStill.toPlainString(), "4.03", "hl"});
        }
        if (hlSparkling.signum() > 0) {
            duty.add(new String[] {"Droits d'accises vins mousseux", hlSparkling.toPlainString(), "10.01", "hl"});
        }
        if (hlap.signum() > 0) {
            duty.add(new String[] {"Droits d'accises alcools", hlap.toPlainString(), "1862.62", "hl AP"});
            duty.add(new String[] {"Cotisation sécurité sociale (> 18 %)", hlap.toPlainString(), "600.25", "hl AP"});
        }
        for (String[] dd : duty) {
            BigDecimal q = new BigDecimal(dd[1]);
            BigDecimal u = new BigDecimal(dd[2]);
            Item i = new Item(dd[0], q, u, pct("20"));
            items.add(i);
            rows.add(new String[] {"", dd[0], qty(q) + " " + dd[3], fr(u), fr(i.amount())});
        }
        Sums s = sums(items);
        LocalDate due = issue.plusDays(30);
        LocalDate early = issue.plusDays(8);
        BigDecimal escompte = share(s.gross(), pct("2"));
        c.ink = 0x7F1D1D;
        c.centerBold(297, 805, shop, 16);
        c.ink = BLACK;
        c.center(297, 789, "Caviste - négociant - " + pick(r, new String[] {"4 rue Mercière 69002 Lyon",
            "18 rue de Richelieu 75001 Paris", "2 place du Parlement 33000 Bordeaux"}), 8);
        c.center(297, 778, "Entrepositaire agréé n° FR0" + digits(r, 8) + "E - Tél. " + phone(r, "04"), 7.5f);
        c.hline(40, 555, 770, 0.5f);
        c.text(40, 735, "Facture N° " + number, 10);
        c.text(40, 720, "du " + frWords(issue), 9);
        c.text(40, 706, "Échéance : " + dmy(due), 9);
        c.text(40, 692, "Bon de livraison n° " + digits(r, 6) + " du " + dmy(issue.minusDays(1 + r.nextInt(5))), 8);
        block(c, 340, 745, new String[] {customer, addr[0], addr[1]}, 10, 14, true);
        float[] xs = {40, 90, 330, 400, 465, 555};
        float bottom = table(c, xs, new String[] {"Code", "Désignation", "Qté", "P.U. HT", "Montant HT"},
                new int[] {L, L, R, R, R}, rows, 670, 8, 14, 0.92f, true);
        float y = bottom - 20;
        y = kv(c, 330, 555, y, "Total HT (droits inclus)", eur(s.net()), 9, false, 14);
        y = kv(c, 330, 555, y, "TVA 20 %", eur(s.tax()), 9, false, 19);
        c.box(324, y - 7, 231, 21, 0.8f);
        kv(c, 330, 550, y, "Montant TTC", eur(s.gross()), 10.5f, true, 14);
        c.text(40, bottom - 20, "Droits d'accises acquittés - DAE/DSA n° " + digits(r, 8), 8);
        c.text(40, y - 36, "Escompte pour paiement anticipé : 2 % si règlement avant le " + dmy(early) + " (soit "
                + eur(escompte) + " à déduire).", 8);
        c.text(40, y - 50, round % 2 == 0 ? "Conditions de règlement : 30 jours date de facture."
                : "Règlement par chèque ou virement. Les marchandises restent notre propriété jusqu'au paiement intégral.", 8);
        c.text(40, y - 64, "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", 7.5f);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }

    // --- 12. cleaning company's monthly invoice

    static Truth cleaning(Canvas c, Random r, int round) {
        c.family = "DejaVuSans";
        String firm = pick(r, new String[] {"NET'ÉCLAT Propreté", "Onet Services Agence de Dijon",
            "Clean Azur Services", "Propreté Duval"});
        String customer = pick(r, COMPANIES);
        String[] addr = address(r);
        int month = round % 2 == 0 ? 11 : 1 + r.nextInt(9);
        LocalDate periodStart = LocalDate.of(2026, month, 1);
        LocalDate periodEnd = endOfMonth(periodStart);
        LocalDate issue = periodEnd.plusDays(1 + r.nextInt(3));
        LocalDate due = issue.withDayOfMonth(10 + r.nextInt(10));
        String number = "FC" + d(issue, "yyMM") + "-" + n0(4, 1 + r.nextInt(3000));
        List<Item> items = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        BigDecimal forfait = BigDecimal.valueOf(600 + r.nextInt(2500));
        items.add(new Item("Forfait mensuel entretien des locaux", BigDecimal.ONE, forfait, pct("20")));
        rows.add(new String[] {"Forfait mensuel entretien des locaux (5 passages / semaine)", "1", fr(forfait),
            fr(forfait)});
        String[] extras = {"Nettoyage vitrerie (m²)", "Shampouinage moquette (m²)", "Remise en état après travaux (h)",
            "Fourniture consommables sanitaires", "Intervention ponctuelle samedi (h)"};
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String e = extras[(k + r.nextInt(extras.length)) % extras.length];
            BigDecimal q = BigDecimal.valueOf(e.contains("(m²)") ? 40 + r.nextInt(300) : e.contains("(h)")
                    ? 2 + r.nextInt(10) : 1);
            BigDecimal u = e.contains("(m²)") ? money(1, 3, r) : e.contains("(h)") ? money(24, 8, r) : money(40, 150, r);
            Item i = new Item(e, q, u, pct("20"));
            items.add(i);
            rows.add(new String[] {e + " - le " + dmy(periodStart.plusDays(r.nextInt(28))), qty(q), fr(u),
                fr(i.amount())});
        }
        Sums s = sums(items);
        c.fillRgb(0, 790, 595, 52, 0x0E7490);
        c.ink = WHITE;
        c.bold(40, 810, firm, 15);
        c.right(555, 812, "Facture N° " + number, 10);
        c.right(555, 798, "Date : " + dmy(issue), 9);
        c.ink = BLACK;
        c.text(40, 770, pick(r, new String[] {"Parc Valmy, 21000 Dijon", "Technopole 06560 Valbonne"}) + " - "
                + phone(r, "03") + " - SIRET " + siret(siren(r), r), 7.5f);
        c.box(330, 660, 225, 80, 0.6f);
        block(c, 340, 722, new String[] {customer, addr[0], addr[1]}, 10, 14, true);
        String site = pick(r, new String[] {"Bureaux 2e étage", "Site de production", "Agence centre-ville",
            "Cabinet et salle d'attente"});
        c.text(40, 730, "Code client : C" + digits(r, 5), 8.5f);
        c.text(40, 716, "Contrat n° " + digits(r, 6) + " du " + dmy(LocalDate.of(2025, 1 + r.nextInt(12), 1)), 8.5f);
        c.text(40, 702, "Site : " + site, 8.5f);
        c.bold(40, 684, "Période : du " + d(periodStart, "dd/MM") + " au " + d(periodEnd, "dd/MM"), 9.5f);
        float[] xs = {40, 350, 400, 475, 555};
        float bottom = table(c, xs, new String[] {"Prestation", "Qté", "P.U. HT", "Total HT"},
                new int[] {L, R, R, R}, rows, 640, 8.5f, 16, 0.9f, false);
        float y = bottom - 22;
        y = kv(c, 340, 555, y, "Total HT", eur(s.net()), 9, false, 15);
        y = kv(c, 340, 555, y, "TVA 20 %", eur(s.tax()), 9, false, 17);
        c.fillRgb(334, y - 7, 221, 21, 0xCFFAFE);
        kv(c, 340, 551, y, "Net à payer", eur(s.gross()), 10.5f, true, 15);
        c.text(40, y - 40, "Règlement par prélèvement SEPA le " + dmy(due) + " - Mandat RUM " + "NET" + digits(r, 8),
                8.5f);
        c.text(40, y - 54, "ICS FR" + digits(r, 2) + "ZZZ" + digits(r, 6) + " - IBAN débité : ****" + digits(r, 4), 8);
        c.text(40, y - 68, "Révision annuelle des prix selon l'indice ICHT-rev-TS au 1er janvier.", 8);
        return Truth.invoice(number, issue, due, s.gross(), "EUR", customer);
    }
}
