package org.relance.invoice.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
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
 * A fourteenth blind set ({@code eval/invoices/blind14}): small businesses of Belgium, Switzerland, Luxembourg,
 * Germany, Austria and the Netherlands billing a French company, each in its own language (French, Dutch, German):
 * a Brussels architect's "facture d'honoraires" (HTVA / TVAC, structured communication), a Flemish printing shop
 * (Factuurdatum / Vervaldatum / Totaal incl. BTW, two pages in odd rounds), a Swiss IT contractor's timesheet invoice
 * (CHF, MWST 8,1 %, "Zahlbar innert 30 Tagen"), a Geneva translator with a side column (TVA 8,1 %, "Payable dans les
 * 30 jours"), a Luxembourg fiduciaire's "note d'honoraires" (TVA 17 %, disbursements outside VAT, an account
 * statement in odd rounds), a German painter's invoice (Rechnungsdatum, Leistungsdatum, Lohnkosten § 35a,
 * "Zahlungsziel: 14 Tage netto"), a German freelancer's letter without VAT (§ 19 UStG), an Austrian hotel folio
 * (USt 10 % / 20 %, Nächtigungsabgabe), a Dutch webshop (Factuurnummer, BTW 21 %, "Te betalen"), a Belgian caterer
 * with a deposit already paid (Voorschot, Reeds betaald, Saldo te betalen), a German GmbH's ERP print in a monospaced
 * face (Skonto 2 % within 10 days, 30 days net; two pages and an intra-EU supply in odd rounds) and a Swiss
 * Akontorechnung. Written without looking at the reader. Drawn with {@link BlindLayouts10.Canvas}, which refuses
 * overlapping text, text crossing a rule or leaving the page.
 *
 * <p>Labels: {@code total} is the invoice's total incl. tax (the net where no VAT is charged, the disbursements
 * added where the invoice adds them); a deposit or payment deducted gives {@code amountDue} the rest; a due date given
 * only as terms is the issue date plus the days; a Skonto period is not the due date, the net one is; an Akonto
 * invoice's total is the instalment it bills, not the contract sum.
 */
public final class BlindLayouts14 {

    private static final Map<String, BlindLayouts10.Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("be-fr-architecte-honoraires-tranche-tvac-communication", BlindLayouts14::brusselsArchitect);
        LAYOUTS.put("be-nl-drukkerij-oplage-vervaldatum-2-paginas", BlindLayouts14::flemishPrinter);
        LAYOUTS.put("ch-de-informatik-rapport-stunden-innert-30-tagen", BlindLayouts14::swissIt);
        LAYOUTS.put("ch-fr-traductrice-colonne-laterale-30-jours", BlindLayouts14::genevaTranslator);
        LAYOUTS.put("lu-fiduciaire-note-honoraires-debours-releve", BlindLayouts14::luxembourgFiduciary);
        LAYOUTS.put("de-maler-leistungsdatum-lohnkosten-14-tage-netto", BlindLayouts14::germanPainter);
        LAYOUTS.put("de-freiberufler-brief-19-ustg-ohne-steuer", BlindLayouts14::germanFreelancer);
        LAYOUTS.put("at-hotel-folio-ust-10-20-naechtigungsabgabe", BlindLayouts14::austrianHotel);
        LAYOUTS.put("nl-webshop-bestelling-kaarten-te-betalen", BlindLayouts14::dutchWebshop);
        LAYOUTS.put("be-nl-traiteur-voorschot-reeds-betaald-saldo", BlindLayouts14::belgianCaterer);
        LAYOUTS.put("de-gmbh-erp-mono-skonto-30-tage-netto", BlindLayouts14::germanErpSkonto);
        LAYOUTS.put("ch-de-akontorechnung-auftragssumme", BlindLayouts14::swissAkonto);
    }

    /** Run: {@code mvn -B -o -q test -Dtest=GenerateBlind14Test -Drelance.generateBlind14=true}. */
    public static void main(String[] args) throws IOException {
        BlindLayouts10.write(LAYOUTS, args, "src/test/resources/eval/invoices/blind14", 2026_14_08L, 2, "blind14");
    }

    private static final int L = BlindLayouts10.L;
    private static final int R = BlindLayouts10.R;
    private static final int C = BlindLayouts10.C;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x6B7280;

    private static final Locale DE = Locale.GERMAN;
    private static final Locale NL = Locale.forLanguageTag("nl");

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

    private static BigDecimal money(Random r, double least, double spread) {
        return BigDecimal.valueOf(Math.round((least + r.nextDouble() * spread) * 100), 2);
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

    private static String grouped(String s, int every) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % every == 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /** "1.234,56". */
    private static String de(BigDecimal a) {
        return BlindLayouts7.num(a, 2, ".", ',');
    }

    /** "1'234.56". */
    private static String ch(BigDecimal a) {
        return BlindLayouts7.num(a, 2, "'", '.');
    }

    /** "1 234.56". */
    private static String chs(BigDecimal a) {
        return BlindLayouts7.num(a, 2, " ", '.');
    }

    private static String qty(BigDecimal q, char decimal) {
        String s = q.stripTrailingZeros().toPlainString();
        return decimal == ',' ? s.replace('.', ',') : s;
    }

    private static String d(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String dots(LocalDate date) {
        return d(date, "dd.MM.yyyy", Locale.ROOT);
    }

    private static String slash(LocalDate date) {
        return d(date, "dd/MM/yyyy", Locale.ROOT);
    }

    private static String dash(LocalDate date) {
        return d(date, "dd-MM-yyyy", Locale.ROOT);
    }

    /** "12. November 2026". */
    private static String deWords(LocalDate date) {
        return d(date, "d. MMMM yyyy", DE);
    }

    /** "12 november 2026". */
    private static String nlWords(LocalDate date) {
        return d(date, "d MMMM yyyy", NL);
    }

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    /** "12 novembre 2026", "1er mars 2026". */
    private static String frWords(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A Belgian enterprise number with its true check digits: "BE 0712.345.678". */
    private static String beVat(Random r) {
        long n = 2_000_000 + r.nextInt(7_900_000);
        long check = 97 - n % 97;
        String all = String.format(Locale.ROOT, "0%07d%02d", n, check);
        return "BE " + all.substring(0, 4) + "." + all.substring(4, 7) + "." + all.substring(7);
    }

    /** A Belgian structured communication with its true check: "+++123/4567/89012+++". */
    private static String ogm(Random r) {
        String base = digits(r, 10);
        long check = Long.parseLong(base) % 97;
        if (check == 0) {
            check = 97;
        }
        String all = base + String.format(Locale.ROOT, "%02d", check);
        return "+++" + all.substring(0, 3) + "/" + all.substring(3, 7) + "/" + all.substring(7) + "+++";
    }

    /** The French VAT number of a random SIREN, with its true key. */
    private static String frVat(Random r) {
        String siren = digits(r, 9);
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String uid(Random r) {
        return "CHE-" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3);
    }

    private static String iban(Random r, String country, int length) {
        String all = country + String.format(Locale.ROOT, "%02d", 10 + r.nextInt(89)) + digits(r, length - 4);
        return grouped(all, 4);
    }

    private static void block(Canvas c, float x, float top, String[] text, float pt, float step, boolean boldFirst) {
        for (int i = 0; i < text.length; i++) {
            c.put(x, top - i * step, text[i], i == 0 && boldFirst ? pt + 1 : pt, i == 0 && boldFirst, L);
        }
    }

    private static void blockRight(Canvas c, float x, float top, String[] text, float pt, float step,
            boolean boldFirst) {
        for (int i = 0; i < text.length; i++) {
            c.put(x, top - i * step, text[i], i == 0 && boldFirst ? pt + 1 : pt, i == 0 && boldFirst, R);
        }
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

    /** A paragraph at the cursor, which then moves below it. */
    private static void paragraph(Canvas c, float x, String text, float pt, float max, float step) {
        for (String line : wrap(c, text, pt, max, false)) {
            c.text(x, c.y, line, pt);
            c.down(step);
        }
    }

    /** Label/value pairs at the cursor, the labels at {@code labelX}, the values at {@code valueX} with {@code align}. */
    private static void pairs(Canvas c, float labelX, float valueX, int align, String[][] rows, float pt,
            float step) {
        for (String[] row : rows) {
            c.text(labelX, c.y, row[0], pt);
            c.put(valueX, c.y, row[1], pt, false, align);
            c.down(step);
        }
    }

    private static BigDecimal baseOf(List<Item> items, BigDecimal rate) {
        BigDecimal base = BigDecimal.ZERO;
        for (Item i : items) {
            if (i.rate().compareTo(rate) == 0) {
                base = base.add(i.amount());
            }
        }
        return base;
    }

    private static BigDecimal sum(List<Item> items) {
        BigDecimal s = BigDecimal.ZERO;
        for (Item i : items) {
            s = s.add(i.amount());
        }
        return s;
    }

    // --- the customers: French companies

    /** Name, street, postcode and city. */
    private static final String[][] CUSTOMERS = {{"SAS Horizon Ingénierie", "18 rue de la République", "69002",
        "Lyon"}, {"Atelier Morel SARL", "5 allée des Tanneurs", "67000", "Strasbourg"},
        {"Éditions du Quai SAS", "41 quai des Chartrons", "33000", "Bordeaux"},
        {"Laboratoires Vernier SA", "4 rue Pasteur, Parc du Moulin", "59260", "Lezennes"},
        {"Sofralog SARL", "12 avenue de l'Europe", "57000", "Metz"},
        {"Groupe Delmas Distribution", "7 boulevard Vauban", "59000", "Lille"},
        {"Maison Lefèvre & Fils", "3 place Stanislas", "54000", "Nancy"},
        {"Cabinet Arnaud Conseil", "22 rue Sainte-Claire", "74000", "Annecy"},
        {"Transports Girard SAS", "9 rue Lavoisier, ZI des Glaises", "25200", "Montbéliard"},
        {"Agence Nord-Lumière", "9 rue Esquermoise", "59800", "Lille"},
        {"Brasserie Kléber SARL", "14 place Kléber", "67000", "Strasbourg"},
        {"Rhône Énergies SAS", "60 cours Lafayette", "69003", "Lyon"}};

    private static final String[][] CONTACTS = {{"f", "Claire", "Martin"}, {"m", "Julien", "Roussel"},
        {"f", "Sophie", "Garnier"}, {"m", "Nicolas", "Bertin"}, {"f", "Élodie", "Lemoine"}, {"m", "Antoine", "Faure"},
        {"f", "Camille", "Perrot"}, {"m", "Hugo", "Lambert"}};

    private static String[] contact(Random r) {
        return pick(r, CONTACTS);
    }

    private static String frAttn(String[] p) {
        return "À l'attention de " + (p[0].equals("f") ? "Mme " : "M. ") + p[1] + " " + p[2];
    }

    private static String deAttn(String[] p) {
        return (p[0].equals("f") ? "z. Hd. Frau " : "z. Hd. Herrn ") + p[1] + " " + p[2];
    }

    private static String nlAttn(String[] p) {
        return "t.a.v. " + (p[0].equals("f") ? "mevrouw " : "de heer ") + p[1] + " " + p[2];
    }

    // --- 1. a Brussels architect

    /** Name, tagline, street, city, town for the date line, e-mail. */
    private static final String[][] BE_ARCHITECTS = {
        {"Atelier d'architecture Delvaux", "Architecte – inscrit à l'Ordre des Architectes", "Avenue Louise 231",
            "1050 Bruxelles", "Bruxelles", "info@delvaux-archi.be"},
        {"Bureau Lambotte Architectes SRL", "Architecture · urbanisme · aménagement intérieur",
            "Rue Saint-Gilles 44", "4000 Liège", "Liège", "bureau@lambotte.be"},
        {"Studio Verhaegen & Piron", "Architectes associés – Ordre des Architectes",
            "Place des Martyrs 6", "1000 Bruxelles", "Bruxelles", "contact@verhaegenpiron.be"}};
    private static final String[][] ARCHI_PHASES = {{"Esquisse et avant-projet", "15"},
        {"Dossier de demande de permis d'urbanisme", "20"}, {"Dossier d'exécution et cahier des charges", "25"},
        {"Direction et contrôle des travaux (1re partie)", "20"}, {"Direction et contrôle des travaux (solde)", "15"},
        {"Réceptions provisoire et définitive", "5"}};
    private static final String[] BE_SITES = {"Rue du Marché aux Herbes 61, 1000 Bruxelles",
        "Chaussée de Charleroi 112, 1060 Saint-Gilles", "Boulevard d'Avroy 38, 4000 Liège",
        "Rue Neuve 17, 1000 Bruxelles"};

    /**
     * A Belgian architect's Word-made "facture d'honoraires" in a serif face: the letterhead centred over a rule, the
     * place and date in words at the left, the customer as "Maître de l'ouvrage" at the right with its VAT number,
     * the file number and the project; a box with the estimated cost of the works, the fee rate and the whole fee (large
     * distractors); this invoice's phases with their share in percent, copies of plans and travel, "Total HTVA",
     * "TVA 21 %", "Total TVAC" in a box; the structured communication; "Payable dans les 30 jours" (even rounds) or a
     * printed "Date d'échéance" and a reminder of the previous note (odd rounds).
     */
    static Truth brusselsArchitect(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String[] s = pick(r, BE_ARCHITECTS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        boolean terms = round % 2 == 0;
        LocalDate due = issue.plusDays(terms ? 30 : 15);
        String number = String.format(Locale.ROOT, "%02d/%04d", issue.getYear() % 100, 20 + r.nextInt(180));
        String dossier = (issue.getYear() - r.nextInt(2)) + "-" + String.format(Locale.ROOT, "%03d",
                1 + r.nextInt(60));
        BigDecimal budget = BigDecimal.valueOf(150_000 + r.nextInt(400) * 1000L).setScale(2);
        BigDecimal feeRate = pct(pick(r, new String[] {"7.5", "8", "8.5", "9", "10"}));
        BigDecimal fees = share(budget, feeRate);
        int first = r.nextInt(4);
        int count = 1 + r.nextInt(2);
        List<Item> items = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            BigDecimal part = share(fees, new BigDecimal(ARCHI_PHASES[i][1]));
            items.add(new Item("Phase " + (i + 1) + " – " + ARCHI_PHASES[i][0], BigDecimal.ONE, part, pct("21")));
            shares.add(ARCHI_PHASES[i][1] + " %");
        }
        int copies = 4 + r.nextInt(9);
        BigDecimal perCopy = money(r, 6, 3);
        items.add(new Item("Impressions de plans A0 – " + copies + " ex. à " + de(perCopy) + " €",
                BigDecimal.valueOf(copies), perCopy, pct("21")));
        shares.add("");
        if (r.nextBoolean()) {
            int km = 60 + r.nextInt(240);
            items.add(new Item("Déplacements chantier – " + km + " km à 0,43 €", BigDecimal.valueOf(km), pct("0.43"),
                    pct("21")));
            shares.add("");
        }
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        String vat = beVat(r);

        c.centerBold(297, 800, s[0], 15);
        c.center(297, 785, s[1], 8.5f);
        c.center(297, 773, s[2] + " – " + s[3] + " – Belgique", 8.5f);
        c.center(297, 761, "Tél. +32 " + (s[3].startsWith("1") ? "2" : "4") + " " + digits(r, 3) + " " + digits(r, 2)
                + " " + digits(r, 2)
                + " – " + s[5] + " – TVA " + vat, 8);
        c.hline(50, 545, 752, 0.6f);
        c.text(50, 725, s[4] + ", le " + frWords(issue), 10);
        c.ink = GREY;
        c.text(340, 725, "Maître de l'ouvrage", 8);
        c.ink = BLACK;
        block(c, 340, 711, new String[] {k[0], frAttn(p), k[1], k[2] + " " + k[3], "France",
            "N° TVA " + frVat(r)}, 9.5f, 13, true);
        c.y = 690;
        pairs(c, 50, 120, L, new String[][] {{"Dossier", dossier}, {"Projet", "Aménagement de bureaux"},
            {"Lieu", pick(r, BE_SITES)}, {"Votre réf.", "BC " + digits(r, 6)}}, 8.5f, 12);
        c.y = 610;
        c.bold(50, c.y, "FACTURE D'HONORAIRES N° " + number, 14);
        c.down(18);
        if (!terms) {
            c.text(50, c.y, "Date d'échéance : " + slash(due), 10);
            c.down(14);
        }
        c.down(6);
        float boxTop = c.y + 4;
        c.fill(50, boxTop - 46, 495, 46, 0.94f);
        c.text(60, boxTop - 14, "Base de calcul (convention d'architecture du " + slash(issue.minusDays(90
                + r.nextInt(200))) + ")", 8);
        c.text(60, boxTop - 27, "Montant estimé des travaux : " + de(budget) + " € HTVA", 8.5f);
        c.text(60, boxTop - 39, "Taux d'honoraires : " + qty(feeRate, ',') + " %  –  honoraires de la mission : "
                + de(fees) + " € HTVA", 8.5f);
        c.y = boxTop - 68;
        c.hline(50, 545, c.y + 12, 0.6f);
        c.bold(55, c.y, "Description", 9);
        c.rightBold(420, c.y, "Part mission", 9);
        c.rightBold(545, c.y, "Montant HTVA", 9);
        c.hline(50, 545, c.y - 5, 0.4f);
        c.down(20);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(55, c.y, it.label(), 9, 290, false, L);
            c.right(420, c.y, shares.get(i), 9);
            c.right(545, c.y, de(it.amount()) + " €", 9);
            c.down(15);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        c.right(460, c.y, "Total HTVA", 9.5f);
        c.right(545, c.y, de(sum.net()) + " €", 9.5f);
        c.down(14);
        c.right(460, c.y, "TVA 21 %", 9.5f);
        c.right(545, c.y, de(sum.tax()) + " €", 9.5f);
        c.down(20);
        c.box(340, c.y - 6, 205, 22, 0.8f);
        c.bold(348, c.y, "Total TVAC", 11);
        c.rightBold(538, c.y, de(sum.gross()) + " €", 11);
        c.down(36);
        if (!terms && first > 0) {
            LocalDate before = issue.minusDays(40 + r.nextInt(60));
            BigDecimal earlier = share(share(fees, new BigDecimal(ARCHI_PHASES[first - 1][1])), pct("121"));
            c.text(50, c.y, "Pour mémoire : note n° " + String.format(Locale.ROOT, "%02d/%04d", before.getYear() % 100,
                    1 + r.nextInt(19)) + " du " + slash(before) + " (phase " + first + ") – " + de(earlier)
                    + " € TVAC, réglée.", 8.5f);
            c.down(16);
        }
        String bank = iban(r, "BE", 16);
        c.text(50, c.y, "Montant à verser au compte " + bank + " (BIC GEBABEBB)", 9);
        c.down(13);
        c.text(50, c.y, "avec la communication structurée " + ogm(r), 9);
        c.down(13);
        if (terms) {
            c.text(50, c.y, "Payable dans les 30 jours de la date de facture.", 9);
            c.down(13);
        }
        c.text(50, c.y, "Toute contestation doit être formulée par écrit dans les huit jours de la réception.", 8);
        c.hline(50, 545, 62, 0.4f);
        c.center(297, 48, "Assurance responsabilité professionnelle : police n° " + digits(r, 8)
                + " – visa de l'Ordre n° " + digits(r, 5), 7);
        c.center(297, 38, "Page 1/1", 7);
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    // --- 2. a Flemish printing shop

    /** Name, street, city, e-mail. */
    private static final String[][] BE_PRINTERS = {{"Drukkerij Van Damme bv", "Industrieweg 14", "9000 Gent",
        "info@drukkerijvandamme.be", "Gent"}, {"Grafisch Atelier Peeters", "Kortrijksesteenweg 210", "8500 Kortrijk",
        "order@peetersgrafisch.be", "Kortrijk"}, {"Drukhuis De Letterzetter", "Brugsesteenweg 77", "8800 Roeselare",
        "hallo@letterzetter.be", "Kortrijk"}};
    /** Job, print run, paper, least price, spread. */
    private static final String[][] PRINT_JOBS = {{"Folders A4 drieluik, 4/4 kleuren", "2500", "135 g mat", "380",
        "500"}, {"Visitekaartjes 85 x 55 mm, 4/4", "500", "350 g + soft touch", "45", "60"},
        {"Affiches A2, 4/0 kleuren", "150", "170 g glanzend", "120", "160"},
        {"Brochures A5, 24 p. geniet", "1000", "binnenwerk 115 g", "890", "900"},
        {"Briefpapier A4, 4/0", "2000", "100 g offset FSC", "190", "160"},
        {"Roll-up banner 85 x 200 cm", "2", "doek + cassette", "140", "80"},
        {"Enveloppen C5 met venster, 1/0", "1000", "90 g wit", "150", "90"},
        {"Stickers rond 60 mm", "800", "vinyl, contoursnit", "95", "80"},
        {"Menukaarten A4, gelamineerd", "120", "300 g silk", "160", "120"},
        {"Notitieblokken A5 (50 vel)", "250", "80 g, kartonrug", "310", "240"},
        {"Uitnodigingen 148 x 148 mm", "300", "Conqueror 300 g", "210", "190"},
        {"Presentatiemappen A4 met klep", "400", "350 g + mat laminaat", "640", "500"}};

    /**
     * A Flemish printing shop's invoice from its estimating software: a dark band with the shop's name at the right,
     * "FACTUUR" under it, the customer in the window at the left ("FRANKRIJK"), a label: value column at the right
     * (Factuurnummer, Factuurdatum, Vervaldatum, Klantnummer, Uw bestelbon, Leveringsdatum), jobs with their print run
     * and paper, a proof approval date under some; odd rounds list some thirty jobs of a season over two pages
     * ("Over te dragen" / "Overdracht"); "Totaal excl. BTW", "BTW 21 %", "Totaal incl. BTW" in a box, the structured
     * communication and the late-payment clause.
     */
    static Truth flemishPrinter(Canvas c, Random r, int round) {
        String[] s = pick(r, BE_PRINTERS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        LocalDate delivered = issue.minusDays(1 + r.nextInt(5));
        boolean twoPages = round % 2 == 1;
        String number = "VF" + (issue.getYear() % 100) + "-" + String.format(Locale.ROOT, "%05d",
                100 + r.nextInt(4000));
        List<Item> items = new ArrayList<>();
        List<String[]> extra = new ArrayList<>();
        int jobs = twoPages ? 22 + r.nextInt(7) : 3 + r.nextInt(3);
        List<String[]> left = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            if (left.isEmpty()) {
                left.addAll(List.of(PRINT_JOBS));
            }
            String[] j = left.remove(r.nextInt(left.size()));
            int run = Integer.parseInt(j[1]) * (1 + r.nextInt(3));
            BigDecimal price = money(r, Double.parseDouble(j[3]), Double.parseDouble(j[4]));
            items.add(new Item(j[0], BigDecimal.ONE, price, pct("21")));
            String proof = r.nextInt(3) == 0 ? "drukproef goedgekeurd op " + slash(delivered.minusDays(3
                    + r.nextInt(10))) : null;
            extra.add(new String[] {String.format(Locale.ROOT, "%,d", run).replace(',', '.'), j[2], proof,
                twoPages ? "bestelbon " + digits(r, 5) : null});
        }
        BigDecimal layoutHours = BigDecimal.valueOf(1 + r.nextInt(6));
        items.add(new Item("Opmaak en zetwerk (uur)", layoutHours, money(r, 55, 20), pct("21")));
        extra.add(new String[] {"", "", null, null});
        items.add(new Item("Levering per koerier", BigDecimal.ONE, money(r, 25, 35), pct("21")));
        extra.add(new String[] {"", "", null, null});
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        String vat = beVat(r);
        String pages = twoPages ? "2" : "1";

        c.fill(0, 782, c.width(), 60, 0.18f);
        c.ink = WHITE;
        c.rightBold(545, 812, s[0], 15);
        c.right(545, 796, "drukwerk · grafisch ontwerp · afwerking · " + s[1] + ", " + s[2], 8);
        c.ink = BLACK;
        c.bold(50, 745, "FACTUUR", 22);
        block(c, 50, 700, new String[] {k[0], nlAttn(p), k[1], k[2] + " " + k[3].toUpperCase(Locale.ROOT),
            "FRANKRIJK"}, 10, 13, true);
        c.y = 745;
        pairs(c, 340, 545, R, new String[][] {{"Factuurnummer", number}, {"Factuurdatum", slash(issue)},
            {"Vervaldatum", slash(due)}, {"Klantnummer", "K" + digits(r, 4)}, {"Uw bestelbon", "PO-" + digits(r, 6)},
            {"Leveringsdatum", slash(delivered)}, {"Pagina", "1/" + pages}}, 9, 14);
        c.y = 595;
        tableHead(c);
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String[] x = extra.get(i);
            int sub = (x[2] != null ? 1 : 0) + (x[3] != null ? 1 : 0);
            if (twoPages && c.page() == 1 && c.y - sub * 11 < 150) {
                c.hline(300, 545, c.y + 8, 0.4f);
                c.down(6);
                c.bold(340, c.y, "Over te dragen", 9);
                c.rightBold(545, c.y, "€ " + de(carried), 9);
                c.center(297, 40, "Pagina 1/2 – vervolg op volgende pagina", 7.5f);
                c.newPage();
                c.bold(50, 800, s[0], 11);
                c.right(545, 800, "Factuur " + number + " van " + slash(issue) + " – pagina 2/2", 9);
                c.hline(50, 545, 790, 0.5f);
                c.y = 765;
                tableHead(c);
                c.text(55, c.y, "Overdracht", 9);
                c.right(545, c.y, de(carried), 9);
                c.down(16);
            }
            c.fit(55, c.y, it.label(), 9, 205, false, L);
            String runText = it.label().startsWith("Opmaak") ? qty(it.qty(), ',') + " u" : x[0];
            c.right(320, c.y, runText, 9);
            c.fit(335, c.y, x[1], 8.5f, 140, false, L);
            c.right(545, c.y, de(it.amount()), 9);
            carried = carried.add(it.amount());
            c.down(12);
            c.ink = GREY;
            for (int e = 2; e < 4; e++) {
                if (x[e] != null) {
                    c.text(65, c.y, x[e], 7.5f);
                    c.down(11);
                }
            }
            c.ink = BLACK;
            c.down(3);
        }
        c.down(10);
        float top = c.y + 12;
        c.box(320, top - 62, 225, 62, 0.8f);
        c.text(330, top - 15, "Totaal excl. BTW", 9);
        c.right(537, top - 15, "€ " + de(sum.net()), 9);
        c.text(330, top - 30, "BTW 21 % op € " + de(sum.net()), 9);
        c.right(537, top - 30, "€ " + de(sum.tax()), 9);
        c.hline(325, 540, top - 38, 0.4f);
        c.bold(330, top - 53, "Totaal incl. BTW", 10.5f);
        c.rightBold(537, top - 53, "€ " + de(sum.gross()), 10.5f);
        c.y = top - 84;
        paragraph(c, 50, "Gelieve het totaalbedrag te betalen vóór de vervaldatum op rekening " + iban(r, "BE", 16)
                + " (BIC KREDBEBB) met de gestructureerde mededeling " + ogm(r) + ".", 9, 495, 13);
        c.down(4);
        paragraph(c, 50, "Bij laattijdige betaling is van rechtswege en zonder ingebrekestelling een intrest van 10 %"
                + " per jaar verschuldigd, evenals een forfaitaire schadevergoeding van 10 % (min. € 40).", 7.5f,
                495, 10);
        c.hline(50, 545, 58, 0.4f);
        c.center(297, 46, s[0] + " · " + s[1] + " · " + s[2] + " · BTW " + vat + " · RPR " + s[4] + " · " + s[3], 7);
        if (twoPages) {
            c.center(297, 36, "Pagina 2/2", 7);
        }
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    private static void tableHead(Canvas c) {
        c.fill(50, c.y - 5, 495, 17, 0.88f);
        c.bold(55, c.y, "Omschrijving", 9);
        c.rightBold(320, c.y, "Oplage", 9);
        c.bold(335, c.y, "Papier / afwerking", 9);
        c.rightBold(545, c.y, "Bedrag €", 9);
        c.down(22);
    }

    // --- 3. a Swiss IT contractor

    /** Name, street, city, town, e-mail. */
    private static final String[][] CH_IT = {{"Bitwerk GmbH", "Badenerstrasse 120", "8004 Zürich", "Zürich",
        "buchhaltung@bitwerk.ch"}, {"Reto Keller IT-Consulting", "Spitalgasse 9", "3011 Bern", "Bern",
        "reto@keller-it.ch"}, {"Alpenbyte AG", "Aeschenvorstadt 48", "4051 Basel", "Basel", "rechnung@alpenbyte.ch"}};
    private static final String[] IT_TASKS = {"Migration Datenbank auf PostgreSQL 16", "Code-Review und Refactoring",
        "Workshop Architektur mit Kunde", "Implementierung REST-Schnittstelle", "Fehleranalyse Produktion",
        "Einrichtung CI/CD-Pipeline", "Performance-Tests und Auswertung", "Dokumentation Betriebshandbuch",
        "Support Go-Live", "Sicherheitsupdates Server", "Abstimmung Projektleitung (Call)",
        "Datenexport und Schnittstelle ERP"};

    /**
     * A Swiss IT contractor's invoice in German: the seller's block at the top right, a coloured bar beside
     * "Rechnung" and its number at the left, the customer in the window at the left ("Frankreich"), four boxed cells
     * (Rechnungsdatum, Kundennummer, Projekt, Leistungsperiode), a time report of dated entries with hours and a rate,
     * travel expenses, "Zwischentotal", a project discount of 5 % in odd rounds, "MWST 8,1 %", "Rechnungstotal CHF"
     * with amounts as "1'234.50", and only "Zahlbar innert 30 Tagen" for the due date.
     */
    static Truth swissIt(Canvas c, Random r, int round) {
        String[] s = pick(r, CH_IT);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        LocalDate month = issue.minusMonths(1).withDayOfMonth(1);
        boolean discount = round % 2 == 1;
        String number = "R-" + d(issue, "yyMM", Locale.ROOT) + "-" + String.format(Locale.ROOT, "%03d",
                1 + r.nextInt(80));
        BigDecimal rateHour = BigDecimal.valueOf(140 + 5 * r.nextInt(10)).setScale(2);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate x = month; x.getMonth() == month.getMonth(); x = x.plusDays(1)) {
            if (!weekend(x)) {
                days.add(x);
            }
        }
        int entries = 7 + r.nextInt(8);
        List<LocalDate> chosen = new ArrayList<>();
        while (chosen.size() < entries) {
            LocalDate x = days.get(r.nextInt(days.size()));
            if (!chosen.contains(x)) {
                chosen.add(x);
            }
        }
        chosen.sort(null);
        List<Item> items = new ArrayList<>();
        for (LocalDate x : chosen) {
            BigDecimal h = BigDecimal.valueOf(4 + r.nextInt(29)).multiply(pct("0.25"));
            items.add(new Item(pick(r, IT_TASKS), h, rateHour, pct("8.1")));
        }
        BigDecimal hours = BigDecimal.ZERO;
        for (Item i : items) {
            hours = hours.add(i.qty());
        }
        Item travel = new Item("Spesen: Reise " + s[3] + " – " + k[3] + " retour (Bahn 1. Kl.)", BigDecimal.ONE,
                money(r, 160, 140), pct("8.1"));
        List<Item> all = new ArrayList<>(items);
        all.add(travel);
        Sums sum = Sums.of(all, discount ? pct("5") : BigDecimal.ZERO);
        BigDecimal gross = sum(all);
        int accent = pick(r, new Integer[] {0xC2410C, 0x0E7490, 0x4D7C0F});

        blockRight(c, 545, 805, new String[] {s[0], s[1], s[2], "UID " + uid(r) + " MWST", s[4]}, 8.5f, 12, true);
        c.fillRgb(50, 735, 5, 70, accent);
        c.bold(64, 782, "Rechnung", 22);
        c.text(64, 762, "Nr. " + number, 11);
        c.text(64, 744, "Seite 1 von 1", 7.5f);
        block(c, 64, 690, new String[] {k[0], deAttn(p), k[1], "F-" + k[2] + " " + k[3], "Frankreich"}, 10, 13,
                true);
        float cellTop = 610;
        String[][] cells = {{"Rechnungsdatum", dots(issue)}, {"Kundennummer", "K-" + digits(r, 4)},
            {"Projekt", "P" + digits(r, 3) + " Plattform"}, {"Leistungsperiode", d(month, "MMMM yyyy", DE)}};
        for (int i = 0; i < 4; i++) {
            float x = 50 + i * 123.75f;
            c.box(x, cellTop - 34, 123.75f, 34, 0.6f);
            c.ink = GREY;
            c.text(x + 6, cellTop - 12, cells[i][0], 7.5f);
            c.ink = BLACK;
            c.fit(x + 6, cellTop - 27, cells[i][1], 10, 110, true, L);
        }
        c.y = cellTop - 58;
        c.bold(50, c.y, "Leistungen gemäss Rapport " + d(month, "MMMM yyyy", DE) + " – Stundenansatz CHF "
                + ch(rateHour), 9.5f);
        c.down(20);
        c.hline(50, 545, c.y + 12, 0.6f);
        c.bold(50, c.y, "Datum", 8.5f);
        c.bold(115, c.y, "Tätigkeit", 8.5f);
        c.rightBold(400, c.y, "Std.", 8.5f);
        c.rightBold(470, c.y, "Ansatz", 8.5f);
        c.rightBold(545, c.y, "Betrag", 8.5f);
        c.hline(50, 545, c.y - 5, 0.4f);
        c.down(19);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.text(50, c.y, dots(chosen.get(i)), 8.5f);
            c.fit(115, c.y, it.label(), 8.5f, 240, false, L);
            c.right(400, c.y, it.qty().setScale(2).toPlainString(), 8.5f);
            c.right(470, c.y, ch(it.unit()), 8.5f);
            c.right(545, c.y, ch(it.amount()), 8.5f);
            c.down(13.5f);
        }
        c.fit(115, c.y, travel.label(), 8.5f, 240, false, L);
        c.right(400, c.y, "pauschal", 8.5f);
        c.right(545, c.y, ch(travel.amount()), 8.5f);
        c.down(13.5f);
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        c.text(115, c.y, "Total Stunden: " + hours.setScale(2).toPlainString(), 8.5f);
        c.right(470, c.y, "Zwischentotal", 9);
        c.right(545, c.y, ch(gross), 9);
        c.down(14);
        if (discount) {
            c.right(470, c.y, "Projektrabatt 5 %", 9);
            c.right(545, c.y, "-" + ch(gross.subtract(sum.net())), 9);
            c.down(14);
            c.right(470, c.y, "Total exkl. MWST", 9);
            c.right(545, c.y, ch(sum.net()), 9);
            c.down(14);
        }
        c.right(470, c.y, "MWST 8,1 %", 9);
        c.right(545, c.y, ch(sum.tax()), 9);
        c.down(6);
        c.hline(330, 545, c.y, 0.8f);
        c.down(14);
        c.rightBold(470, c.y, "Rechnungstotal CHF", 10.5f);
        c.rightBold(545, c.y, ch(sum.gross()), 10.5f);
        c.hline(330, 545, c.y - 6, 0.8f);
        c.hline(330, 545, c.y - 8, 0.8f);
        c.down(34);
        c.text(50, c.y, round % 2 == 0 ? "Zahlbar innert 30 Tagen." : "Zahlbar innert 30 Tagen rein netto.", 9.5f);
        c.down(14);
        c.text(50, c.y, "Bankverbindung: " + pick(r, new String[] {"Zürcher Kantonalbank", "PostFinance AG",
            "Berner Kantonalbank"}) + ", IBAN " + iban(r, "CH", 21) + ", lautend auf " + s[0], 8.5f);
        c.down(13);
        c.text(50, c.y, "Bitte geben Sie bei der Zahlung die Rechnungsnummer an. Besten Dank für den Auftrag.", 8.5f);
        c.ink = GREY;
        c.text(50, 40, "Es gelten die Allgemeinen Geschäftsbedingungen von " + s[0] + " (Version 2025).", 7);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "CHF", k[0]);
    }

    // --- 4. a Geneva translator

    /** Name, tagline, street, city, e-mail. */
    private static final String[][] GE_TRANSLATORS = {{"Isabelle Rochat", "Traductrice DE/EN > FR",
        "Rue de Carouge 58", "1205 Genève", "i.rochat@bluewin.ch"}, {"Nadia Favre", "Traductrice jurée – ASTTI",
        "Bd des Philosophes 12", "1205 Genève", "contact@nfavre-traduction.ch"}, {"Lingua Léman Sàrl",
        "Traduction · révision · interprétation", "Rue du Rhône 100", "1204 Genève", "office@lingualeman.ch"}};
    private static final String[] TRANSLATION_DOCS = {"contrat de distribution", "rapport annuel 2025 (extraits)",
        "fiches produits catalogue", "conditions générales de vente", "manuel d'utilisation", "site internet",
        "procès-verbal d'assemblée", "dossier de presse"};

    /**
     * A Geneva translator's invoice with a tinted side column holding her details, VAT number and bank; the place and
     * date in words at the top right, "Facturé à", "Facture n° …", the subject with the order number and date, jobs
     * priced per word with their word count and delivery date under each, revision by the hour, an urgency surcharge
     * now and then, "Total hors TVA", "TVA 8,1 %", "Total TTC CHF" in a box, amounts "1'234.50" (even rounds) or
     * "1 234.50" (odd rounds), "Payable dans les 30 jours" (odd rounds add the date in words).
     */
    static Truth genevaTranslator(Canvas c, Random r, int round) {
        String[] s = pick(r, GE_TRANSLATORS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        LocalDate order = issue.minusDays(8 + r.nextInt(20));
        boolean apostrophe = round % 2 == 0;
        java.util.function.Function<BigDecimal, String> f = apostrophe ? BlindLayouts14::ch : BlindLayouts14::chs;
        String number = issue.getYear() + "-T" + String.format(Locale.ROOT, "%03d", 10 + r.nextInt(150));
        List<Item> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int jobs = 1 + r.nextInt(3);
        List<String> docs = new ArrayList<>(List.of(TRANSLATION_DOCS));
        for (int i = 0; i < jobs; i++) {
            int words = 600 + r.nextInt(5400);
            BigDecimal perWord = pct("0.2" + (2 + r.nextInt(8)));
            String lang = pick(r, new String[] {"DE > FR", "EN > FR"});
            items.add(new Item("Traduction " + lang + " – " + docs.remove(r.nextInt(docs.size())),
                    BigDecimal.valueOf(words), perWord, pct("8.1")));
            notes.add("livré le " + dots(order.plusDays(2 + r.nextInt(6))) + " · texte source " + BlindLayouts7.num(
                    BigDecimal.valueOf(words), 0, apostrophe ? "'" : " ", '.') + " mots");
        }
        if (r.nextBoolean()) {
            BigDecimal surcharge = share(items.get(0).amount(), pct("25"));
            items.add(new Item("Supplément urgence 25 %", BigDecimal.ONE, surcharge,
                    pct("8.1")));
            notes.add(null);
        }
        items.add(new Item("Révision et mise en page (heures)", BigDecimal.valueOf(1 + r.nextInt(4)),
                BigDecimal.valueOf(95 + 5 * r.nextInt(6)).setScale(2), pct("8.1")));
        notes.add(null);
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        int tint = pick(r, new Integer[] {0xEEF2F7, 0xF3EFE8, 0xEDF5EF});

        c.fillRgb(0, 0, 175, c.height(), tint);
        c.bold(25, 790, s[0], 11.5f);
        c.text(25, 776, s[1], 7.5f);
        block(c, 25, 745, new String[] {s[2], s[3], "Suisse", "", "+41 22 " + digits(r, 3) + " " + digits(r, 2) + " "
            + digits(r, 2), s[4]}, 8, 11, false);
        c.ink = GREY;
        c.text(25, 660, "N° IDE / TVA", 7);
        c.ink = BLACK;
        c.text(25, 649, uid(r) + " TVA", 8);
        c.ink = GREY;
        c.text(25, 620, "Coordonnées bancaires", 7);
        c.ink = BLACK;
        String bank = iban(r, "CH", 21);
        block(c, 25, 609, new String[] {pick(r, new String[] {"Banque Cantonale de Genève", "PostFinance SA",
            "Banque Raiffeisen du Salève"}), bank.substring(0, 15).trim(), bank.substring(15).trim(), "Titulaire : " + s[0]}, 8,
                11, false);
        c.right(560, 800, "Genève, le " + frWords(issue), 9.5f);
        c.ink = GREY;
        c.text(200, 755, "Facturé à", 8);
        c.ink = BLACK;
        block(c, 200, 741, new String[] {k[0], frAttn(p), k[1], k[2] + " " + k[3], "France"}, 9.5f, 12.5f, true);
        c.bold(200, 660, "Facture n° " + number, 14);
        c.y = 640;
        paragraph(c, 200, "Objet : traduction de documents – votre commande n° BC-" + digits(r, 5) + " du "
                + dots(order), 9, 360, 12);
        c.down(10);
        c.hline(200, 560, c.y + 12, 0.6f);
        c.bold(200, c.y, "Prestation", 8.5f);
        c.rightBold(425, c.y, "Quantité", 8.5f);
        c.rightBold(485, c.y, "Tarif", 8.5f);
        c.rightBold(560, c.y, "Montant", 8.5f);
        c.hline(200, 560, c.y - 5, 0.4f);
        c.down(19);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(200, c.y, it.label(), 8.5f, 170, false, L);
            boolean perWord = it.label().startsWith("Traduction");
            c.right(425, c.y, perWord ? BlindLayouts7.num(it.qty(), 0, apostrophe ? "'" : " ", '.') + " mots"
                    : it.label().startsWith("Révision") ? it.qty().toPlainString() + " h" : "forfait", 8.5f);
            c.right(485, c.y, perWord ? it.unit().toPlainString() : f.apply(it.unit()), 8.5f);
            c.right(560, c.y, f.apply(it.amount()), 8.5f);
            c.down(12);
            if (notes.get(i) != null) {
                c.ink = GREY;
                c.text(208, c.y, notes.get(i), 7.5f);
                c.ink = BLACK;
                c.down(12);
            }
            c.down(3);
        }
        c.hline(200, 560, c.y + 8, 0.4f);
        c.down(8);
        c.right(485, c.y, "Total hors TVA", 9);
        c.right(560, c.y, f.apply(sum.net()), 9);
        c.down(14);
        c.right(485, c.y, "TVA 8,1 %", 9);
        c.right(560, c.y, f.apply(sum.tax()), 9);
        c.down(22);
        c.box(360, c.y - 7, 200, 24, 0.8f);
        c.bold(368, c.y, "Total TTC", 10.5f);
        c.rightBold(553, c.y, "CHF " + f.apply(sum.gross()), 10.5f);
        c.down(40);
        c.text(200, c.y, round % 2 == 0 ? "Payable dans les 30 jours."
                : "Payable dans les 30 jours, soit au plus tard le " + frWords(due) + ".", 9);
        c.down(14);
        c.text(200, c.y, "Merci d'indiquer le numéro de facture lors du paiement.", 9);
        c.down(28);
        c.text(200, c.y, "Avec mes remerciements,", 9);
        c.down(14);
        c.text(200, c.y, s[0], 9);
        return Truth.invoice(number, issue, due, sum.gross(), "CHF", k[0]);
    }

    // --- 5. a Luxembourg fiduciaire

    /** Name, monogram, street, city, RCS. */
    private static final String[][] LU_FIDUCIARIES = {{"Fiduciaire Hoffmann & Associés S.à r.l.", "FHA",
        "2, rue de l'Eau", "L-1449 Luxembourg", "B 1" + "23456"}, {"Fiduciaire du Kirchberg S.A.", "FK",
        "15, avenue J.F. Kennedy", "L-1855 Luxembourg", "B 2" + "04518"}, {"Bureau comptable Weber S.à r.l.", "BCW",
        "48, rue de l'Alzette", "L-4010 Esch-sur-Alzette", "B 1" + "87302"}};
    /** Service, who, least hours, spread. */
    private static final String[][] FIDU_WORK = {{"Tenue de la comptabilité", "Assistant"},
        {"Déclarations TVA trimestrielles", "Senior"}, {"Établissement des comptes annuels", "Senior"},
        {"Revue des comptes et conseil fiscal", "Associé"}, {"Dépôt des comptes au RCS (LBR)", "Assistant"},
        {"Gestion des salaires (3 mois)", "Assistant"}, {"Réunion de clôture avec la direction", "Associé"}};

    /**
     * A Luxembourg fiduciaire's "note d'honoraires": a monogram and the firm's name at the top left, a ruled table of
     * Facture n° / Date / Client n° / Échéance at the top right ("15 jours date de facture" in odd rounds), the customer
     * under "Destinataire", the quarter billed, hours per staff grade with their rates, "Total honoraires HTVA",
     * "TVA 17 %", disbursements outside VAT added after the tax, "Total à payer"; odd rounds add an account statement
     * with an earlier open invoice and the account balance.
     */
    static Truth luxembourgFiduciary(Canvas c, Random r, int round) {
        String[] s = pick(r, LU_FIDUCIARIES);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        boolean termsOnly = round % 2 == 1;
        LocalDate due = issue.plusDays(termsOnly ? 15 : 30);
        int quarterStartMonth = ((issue.getMonthValue() - 1) / 3) * 3 + 1;
        LocalDate qStart = LocalDate.of(issue.getYear(), quarterStartMonth, 1).minusMonths(3);
        LocalDate qEnd = qStart.plusMonths(3).minusDays(1);
        String number = "F-" + issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(1500));
        Map<String, BigDecimal> rates = Map.of("Associé", pct("185.00"), "Senior", pct("125.00"), "Assistant",
                pct("78.00"));
        List<Item> items = new ArrayList<>();
        List<String> who = new ArrayList<>();
        List<String[]> work = new ArrayList<>(List.of(FIDU_WORK));
        int n = 3 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String[] w = work.remove(r.nextInt(work.size()));
            BigDecimal h = BigDecimal.valueOf(2 + r.nextInt(40)).multiply(pct("0.5"));
            items.add(new Item(w[0], h, rates.get(w[1]), pct("17")));
            who.add(w[1]);
        }
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        BigDecimal lbr = pct(pick(r, new String[] {"14.00", "20.00", "31.00"}));
        BigDecimal post = money(r, 4, 12);
        BigDecimal total = sum.gross().add(lbr).add(post);
        String client = String.valueOf(1000 + r.nextInt(9000));
        int accent = pick(r, new Integer[] {0x1E3A8A, 0x7F1D1D, 0x065F46});

        c.ink = accent;
        c.bold(50, 790, s[1], 28);
        c.ink = BLACK;
        c.bold(50, 768, s[0], 9.5f);
        c.text(50, 756, "Expertise comptable · Conseil fiscal · Domiciliation", 7.5f);
        c.text(50, 745, s[2] + " · " + s[3], 7.5f);
        float top = 805;
        String[][] meta = {{"Facture n°", number}, {"Date", dots(issue)}, {"Client n°", client},
            {"Échéance", termsOnly ? "15 jours date de facture" : dots(due)}};
        for (int i = 0; i < meta.length; i++) {
            float rowTop = top - i * 18;
            c.box(345, rowTop - 18, 200, 18, 0.6f);
            c.text(352, rowTop - 12.5f, meta[i][0], 8);
            c.fit(538, rowTop - 12.5f, meta[i][1], 8.5f, 110, i == 0, R);
        }
        c.vline(420, top - 72, top, 0.6f);
        c.ink = GREY;
        c.text(50, 700, "Destinataire", 7.5f);
        c.ink = BLACK;
        block(c, 50, 686, new String[] {k[0], frAttn(p), k[1], k[2] + " " + k[3], "France"}, 9.5f, 12.5f, true);
        block(c, 345, 686, new String[] {"Votre interlocuteur : " + pick(r, new String[] {"Marc Weber", "Anne Schmit",
            "Luc Reuter", "Carole Thill"}), "Tél. +352 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2),
            "Votre n° TVA : " + frVat(r)}, 8, 11.5f, false);
        c.y = 595;
        c.bold(50, c.y, "NOTE D'HONORAIRES", 13);
        c.down(16);
        c.text(50, c.y, "Prestations de la période du " + dots(qStart) + " au " + dots(qEnd)
                + " – mandat comptable et fiscal", 9);
        c.down(22);
        c.fill(50, c.y - 5, 495, 17, 0.92f);
        c.bold(55, c.y, "Prestations", 8.5f);
        c.bold(280, c.y, "Intervenant", 8.5f);
        c.rightBold(390, c.y, "Heures", 8.5f);
        c.rightBold(460, c.y, "Taux horaire", 8.5f);
        c.rightBold(545, c.y, "Montant EUR", 8.5f);
        c.down(21);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(55, c.y, it.label(), 8.5f, 215, false, L);
            c.text(280, c.y, who.get(i), 8.5f);
            c.right(390, c.y, qty(it.qty(), ','), 8.5f);
            c.right(460, c.y, de(it.unit()), 8.5f);
            c.right(545, c.y, de(it.amount()), 8.5f);
            c.down(14);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        String[][] rows = {{"Total honoraires HTVA", de(sum.net())}, {"TVA 17 %", de(sum.tax())},
            {"Total honoraires TTC", de(sum.gross())}};
        for (String[] row : rows) {
            c.right(460, c.y, row[0], 9);
            c.right(545, c.y, row[1], 9);
            c.down(14);
        }
        c.down(4);
        c.text(55, c.y, "Débours (hors champ d'application de la TVA)", 8.5f);
        c.down(13);
        c.text(65, c.y, "Frais de dépôt LBR", 8.5f);
        c.right(545, c.y, de(lbr), 8.5f);
        c.down(13);
        c.text(65, c.y, "Frais de port et de copies", 8.5f);
        c.right(545, c.y, de(post), 8.5f);
        c.down(8);
        c.hline(330, 545, c.y, 0.8f);
        c.down(15);
        c.rightBold(460, c.y, "Total à payer EUR", 10.5f);
        c.rightBold(545, c.y, de(total), 10.5f);
        c.down(30);
        paragraph(c, 50, "Veuillez virer le montant sur notre compte " + iban(r, "LU", 20) + " (BIC BCEELULL) en "
                + "indiquant le numéro de facture" + (termsOnly ? ", dans les 15 jours de la date de facture."
                : ", au plus tard à l'échéance indiquée."), 9, 495, 12.5f);
        if (termsOnly) {
            c.down(12);
            LocalDate older = issue.minusDays(50 + r.nextInt(40));
            BigDecimal open = money(r, 600, 3000);
            c.bold(50, c.y, "Relevé de compte au " + dots(issue), 9);
            c.down(6);
            c.hline(50, 545, c.y, 0.4f);
            c.down(13);
            String[][] st = {{"Facture F-" + older.getYear() + "-" + String.format(Locale.ROOT, "%04d",
                10 + r.nextInt(90)) + " du " + dots(older), "échue le " + dots(older.plusDays(30)), de(open)},
                {"Présente facture " + number, "à 15 jours", de(total)},
                {"Solde de votre compte", "", de(open.add(total))}};
            for (int i = 0; i < st.length; i++) {
                c.put(55, c.y, st[i][0], 8.5f, i == 2, L);
                c.text(330, c.y, st[i][1], 8.5f);
                c.put(545, c.y, st[i][2], 8.5f, i == 2, R);
                c.down(13);
            }
        }
        c.hline(50, 545, 58, 0.4f);
        c.center(297, 46, s[0] + " · " + s[2] + ", " + s[3] + " · RCS Luxembourg " + s[4], 7);
        c.center(297, 36, "TVA LU" + digits(r, 8) + " · Autorisation d'établissement n° 100" + digits(r, 5)
                + " · Membre de l'OEC", 7);
        return Truth.invoice(number, issue, due, total, "EUR", k[0]);
    }

    // --- 6. a German painter

    /** Name, tagline, street, city, owner, chamber, e-mail. */
    private static final String[][] DE_TRADES = {{"Malerbetrieb Huber", "Meisterbetrieb · Maler- und Lackierarbeiten",
        "Hauptstraße 17", "79539 Lörrach", "Thomas Huber, Malermeister", "Handwerkskammer Freiburg",
            "info@maler-huber.de"},
        {"Malerwerkstatt Albrecht GmbH", "Innenausbau · Fassade · Bodenbeläge", "Mühlweg 5", "76829 Landau",
            "Stefan Albrecht, Geschäftsführer", "Handwerkskammer der Pfalz",
            "buero@albrecht-maler.de"},
        {"Farbe & Raum Krämer", "Malermeisterbetrieb seit 1987", "Am Bahnhof 3", "66111 Saarbrücken",
            "Jens Krämer, Malermeister", "Handwerkskammer des Saarlandes",
            "kontakt@farbeundraum.de"}};
    private static final String[][] DE_SITES = {{"Niederlassung Kehl", "Hafenstraße 8", "77694 Kehl"},
        {"Niederlassung Weil am Rhein", "Gewerbepark 12", "79576 Weil am Rhein"},
        {"Büro Saarbrücken", "Saarbrücker Straße 40", "66130 Saarbrücken"},
        {"Filiale Landau", "Marktstraße 21", "76829 Landau in der Pfalz"}};
    /** Text, unit, labour (L) or not, least unit price, spread, least quantity, spread (in tenths for m²). */
    private static final String[][] PAINT_WORK = {
        {"Wandflächen spachteln, schleifen und zweimal streichen", "m²", "-", "9", "6", "400", "1200"},
        {"Deckenflächen streichen, Dispersion weiß", "m²", "-", "6", "4", "200", "800"},
        {"Abdeck- und Schutzarbeiten, Folie und Krepp", "psch.", "-", "90", "140", "1", "0"},
        {"Türen und Zargen schleifen und lackieren", "Stk.", "-", "55", "40", "3", "8"},
        {"Heizkörper reinigen und lackieren", "Stk.", "-", "38", "20", "2", "6"},
        {"Arbeitszeit Geselle", "Std.", "L", "48", "8", "4", "20"},
        {"Arbeitszeit Meister", "Std.", "L", "62", "10", "2", "6"},
        {"Material: Farbe, Spachtel, Kleinmaterial", "psch.", "-", "120", "300", "1", "0"},
        {"Entsorgung Altmaterial", "psch.", "-", "40", "50", "1", "0"}};

    /**
     * A German painter's invoice from a simple craft program in a condensed face: the firm at the top right, the
     * return line over the window with the customer's German branch, "Rechnung Nr." as the title with one line of
     * "Rechnungsdatum" / "Leistungsdatum" (a period) / "Kunden-Nr." and one of "Bauvorhaben" / order / quote, a greeting,
     * positions with quantity and unit first, "Nettobetrag", "zzgl. 19 % MwSt.", "Rechnungsbetrag" double-ruled, the
     * labour cost included (§ 35a EStG) as a distractor, "Zahlungsziel: 14 Tage netto", a three-column footer.
     */
    static Truth germanPainter(Canvas c, Random r, int round) {
        c.family = "DejaVuSansCondensed";
        String[] s = pick(r, DE_TRADES);
        String[] k = pick(r, CUSTOMERS);
        String[] site = pick(r, DE_SITES);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        LocalDate workEnd = issue.minusDays(1 + r.nextInt(6));
        LocalDate workStart = workEnd.minusDays(1 + r.nextInt(6));
        LocalDate order = workStart.minusDays(10 + r.nextInt(30));
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 20 + r.nextInt(300));
        List<Item> items = new ArrayList<>();
        BigDecimal labour = BigDecimal.ZERO;
        List<String[]> work = new ArrayList<>(List.of(PAINT_WORK));
        int n = 5 + r.nextInt(4);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < n && !work.isEmpty(); i++) {
            String[] w = work.remove(0);
            if (r.nextInt(4) == 0 && work.size() > n - i) {
                continue;
            }
            BigDecimal q;
            if (w[1].equals("m²")) {
                q = BigDecimal.valueOf(Integer.parseInt(w[5]) + r.nextInt(Integer.parseInt(w[6])), 1);
            } else if (w[1].equals("psch.")) {
                q = BigDecimal.ONE;
            } else {
                q = BigDecimal.valueOf(Integer.parseInt(w[5]) + r.nextInt(Integer.parseInt(w[6])));
            }
            Item it = new Item(w[0], q, money(r, Double.parseDouble(w[3]), Double.parseDouble(w[4])), pct("19"));
            items.add(it);
            units.add(w[1]);
            if (w[2].equals("L")) {
                labour = labour.add(it.amount());
            }
        }
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        BigDecimal labourGross = share(labour, pct("119"));

        c.rightBold(545, 805, s[0], 16);
        blockRight(c, 545, 788, new String[] {s[1], s[2] + " · " + s[3], "Tel. 0" + digits(r, 4) + " " + digits(r, 6),
            s[6]}, 8.5f, 11, false);
        c.text(50, 716, s[0] + " · " + s[2] + " · " + s[3], 6.5f);
        c.hline(50, 265, 712, 0.4f);
        block(c, 50, 694, new String[] {k[0], site[0], deAttn(p), site[1], site[2]}, 10, 13, false);
        c.y = 600;
        c.bold(50, c.y, "Rechnung Nr. " + number, 15);
        c.down(20);
        c.fit(50, c.y, "Rechnungsdatum: " + dots(issue) + "     Leistungsdatum: " + dots(workStart) + " – "
                + dots(workEnd) + "     Kunden-Nr.: " + digits(r, 4), 9, 495, false, L);
        c.down(13);
        c.fit(50, c.y, "Bauvorhaben: Büroräume, " + site[1] + ", " + site[2] + "     Ihr Auftrag vom " + dots(order)
                + " (Angebot A-" + issue.getYear() + "-" + digits(r, 3) + ")", 9, 495, false, L);
        c.down(26);
        c.text(50, c.y, "Sehr geehrte Damen und Herren,", 9.5f);
        c.down(14);
        c.text(50, c.y, "für die ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:", 9.5f);
        c.down(24);
        c.bold(50, c.y, "Pos.", 8.5f);
        c.rightBold(118, c.y, "Menge", 8.5f);
        c.bold(125, c.y, "Einheit", 8.5f);
        c.bold(165, c.y, "Bezeichnung", 8.5f);
        c.rightBold(470, c.y, "E-Preis €", 8.5f);
        c.rightBold(545, c.y, "G-Preis €", 8.5f);
        c.hline(50, 545, c.y - 5, 0.6f);
        c.down(19);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.text(50, c.y, String.format(Locale.ROOT, "%02d", i + 1), 9);
            c.right(118, c.y, qty(it.qty(), ','), 9);
            c.text(125, c.y, units.get(i), 9);
            c.fit(165, c.y, it.label(), 9, 240, false, L);
            c.right(470, c.y, de(it.unit()), 9);
            c.right(545, c.y, de(it.amount()), 9);
            c.down(15);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        c.text(360, c.y, "Nettobetrag", 9.5f);
        c.right(545, c.y, de(sum.net()) + " €", 9.5f);
        c.down(14);
        c.text(360, c.y, "zzgl. 19 % MwSt.", 9.5f);
        c.right(545, c.y, de(sum.tax()) + " €", 9.5f);
        c.down(6);
        c.hline(355, 545, c.y, 0.6f);
        c.down(14);
        c.bold(360, c.y, "Rechnungsbetrag", 11);
        c.rightBold(545, c.y, de(sum.gross()) + " €", 11);
        c.hline(355, 545, c.y - 6, 0.8f);
        c.hline(355, 545, c.y - 8.5f, 0.8f);
        c.down(34);
        if (labour.signum() > 0) {
            c.text(50, c.y, "Im Rechnungsbetrag enthaltene Lohnkosten (§ 35a EStG): " + de(labourGross)
                    + " € (brutto)", 8.5f);
            c.down(14);
        }
        c.bold(50, c.y, round % 2 == 0 ? "Zahlungsziel: 14 Tage netto."
                : "Zahlungsziel: 14 Tage netto ab Rechnungsdatum, ohne Abzug.", 9.5f);
        c.down(14);
        c.text(50, c.y, "Bitte geben Sie bei Zahlung die Rechnungsnummer an. Die Gewährleistung richtet sich nach "
                + "VOB/B.", 8.5f);
        c.down(26);
        c.text(50, c.y, "Mit freundlichen Grüßen", 9.5f);
        c.down(26);
        c.text(50, c.y, s[4], 9.5f);
        c.hline(50, 545, 70, 0.4f);
        block(c, 50, 58, new String[] {pick(r, new String[] {"Sparkasse", "Volksbank", "Raiffeisenbank"}) + " "
            + s[3].substring(6), "IBAN " + iban(r, "DE", 22), "BIC " + "GENODE" + digits(r, 2) + "XXX"}, 7, 9, false);
        block(c, 250, 58, new String[] {"Steuernummer " + digits(r, 2) + "/" + digits(r, 3) + "/" + digits(r, 5),
            "USt-IdNr. DE" + digits(r, 9), (s[0].contains("GmbH") ? "Geschäftsführer: " : "Inhaber: ")
                + s[4].split(",")[0]}, 7, 9, false);
        block(c, 410, 58, new String[] {s[5], "Betriebsnummer " + digits(r, 7), "Mitglied der Maler-Innung"}, 7, 9,
                false);
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]);
    }

    // --- 7. a German freelancer without VAT

    /** Name, profession, street, city, town, e-mail. */
    private static final String[][] DE_FREELANCERS = {{"Dr. Katrin Vogel", "Texte · Lektorat · Redaktion",
        "Oranienstraße 25", "10999 Berlin", "Berlin", "mail@katrinvogel.de"}, {"Jonas Brandt", "UX-Design und "
        + "Konzeption", "Schanzenstraße 31", "20357 Hamburg", "Hamburg", "hallo@jonasbrandt.design"},
        {"Miriam Krüger", "Illustration & Editorial Design", "Glockengasse 4", "50667 Köln", "Köln",
            "studio@miriamkrueger.de"}};
    /** Text, unit, least price, spread, least quantity, spread. */
    private static final String[][] FREELANCE_WORK = {{"Konzeption und Workshop", "Tage", "550", "200", "1", "3"},
        {"Texterstellung Website", "Seiten", "90", "70", "4", "9"},
        {"Lektorat und Korrektorat", "Normseiten", "4", "3", "20", "60"},
        {"Abstimmung und Projektmanagement", "Std.", "65", "20", "2", "9"},
        {"Nutzungsrechte, einfach, zeitlich unbegrenzt", "pauschal", "200", "400", "1", "1"},
        {"Reisekosten Bahn (Beleg anbei)", "pauschal", "80", "140", "1", "1"}};
    private static final String[] PROJECTS = {"Relaunch Website", "Geschäftsbericht 2025", "Messeauftritt Frankfurt",
        "Produktkatalog Frühjahr", "Kundenmagazin Nr. 3"};

    /**
     * A German freelancer's letter-invoice in a serif face without VAT: the name centred with the profession and one
     * line of contact over a rule, the customer at the left and "Berlin, 12. November 2026" at the right with the tax
     * number, "Rechnung Nr." (or "Honorarrechnung Nr.") with the service period, a salutation and a sentence, the work
     * with amount and unit, one "Rechnungsbetrag" (odd rounds: a "0 %" tax line), the § 19 UStG sentence, "Bitte
     * überweisen Sie den Betrag bis zum 26. November 2026" (even rounds) or "innerhalb von 14 Tagen" (odd rounds).
     */
    static Truth germanFreelancer(Canvas c, Random r, int round) {
        c.family = "DejaVuSerif";
        String[] s = pick(r, DE_FREELANCERS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(14);
        boolean odd = round % 2 == 1;
        LocalDate month = issue.minusMonths(1).withDayOfMonth(1);
        String number = odd ? (3 + r.nextInt(40)) + "/" + issue.getYear()
                : issue.getYear() + "-" + String.format(Locale.ROOT, "%03d", 3 + r.nextInt(40));
        List<Item> items = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String[]> work = new ArrayList<>(List.of(FREELANCE_WORK));
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String[] w = work.remove(r.nextInt(work.size()));
            BigDecimal q = BigDecimal.valueOf(Integer.parseInt(w[4]) + r.nextInt(Integer.parseInt(w[5])));
            BigDecimal price = w[1].equals("Normseiten") ? money(r, 4, 3)
                    : BigDecimal.valueOf(Integer.parseInt(w[2]) + 5L * r.nextInt(Integer.parseInt(w[3]) / 5 + 1))
                            .setScale(2);
            items.add(new Item(w[0], q, price, BigDecimal.ZERO));
            units.add(w[1]);
        }
        BigDecimal total = sum(items);

        c.centerBold(297, 800, s[0], 17);
        c.center(297, 783, s[1], 9);
        c.center(297, 770, s[2] + " · " + s[3] + " · Tel. 0" + digits(r, 3) + " " + digits(r, 7) + " · " + s[5], 8);
        c.hline(50, 545, 760, 0.4f);
        block(c, 50, 720, new String[] {k[0], deAttn(p), k[1], k[2] + " " + k[3], "Frankreich"}, 10, 13, false);
        c.right(545, 720, s[4] + ", " + deWords(issue), 10);
        c.right(545, 704, "Steuernummer: " + digits(r, 2) + "/" + digits(r, 3) + "/" + digits(r, 5), 8.5f);
        c.y = 615;
        c.bold(50, c.y, (odd ? "Honorarrechnung Nr. " : "Rechnung Nr. ") + number, 13);
        c.down(17);
        c.text(50, c.y, odd ? "Leistungsdatum: " + deWords(issue.minusDays(2 + r.nextInt(10)))
                : "Leistungszeitraum: 1. – " + month.lengthOfMonth() + ". " + d(month, "MMMM yyyy", DE), 9.5f);
        c.down(30);
        c.text(50, c.y, (p[0].equals("f") ? "Sehr geehrte Frau " : "Sehr geehrter Herr ") + p[2] + ",", 10);
        c.down(20);
        paragraph(c, 50, "für die im Rahmen des Projekts „" + pick(r, PROJECTS) + "“ erbrachten Leistungen erlaube ich "
                + "mir, wie vereinbart folgenden Betrag in Rechnung zu stellen:", 10, 495, 14);
        c.down(14);
        c.bold(50, c.y, "Leistung", 9);
        c.rightBold(360, c.y, "Umfang", 9);
        c.rightBold(450, c.y, "Einzelpreis", 9);
        c.rightBold(545, c.y, "Betrag", 9);
        c.hline(50, 545, c.y - 5, 0.5f);
        c.down(19);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(50, c.y, it.label(), 9.5f, 230, false, L);
            c.right(360, c.y, units.get(i).equals("pauschal") ? "pauschal" : it.qty() + " " + unit(units.get(i),
                    it.qty()), 9.5f);
            c.right(450, c.y, de(it.unit()) + " €", 9.5f);
            c.right(545, c.y, de(it.amount()) + " €", 9.5f);
            c.down(16);
        }
        c.hline(50, 545, c.y + 9, 0.5f);
        c.down(8);
        if (odd) {
            c.text(330, c.y, "Summe", 9.5f);
            c.right(545, c.y, de(total) + " €", 9.5f);
            c.down(14);
            c.text(330, c.y, "Umsatzsteuer 0 %", 9.5f);
            c.right(545, c.y, "0,00 €", 9.5f);
            c.down(16);
        }
        c.bold(330, c.y, "Rechnungsbetrag", 11);
        c.rightBold(545, c.y, de(total) + " €", 11);
        c.down(34);
        c.text(50, c.y, odd ? "Als Kleinunternehmer im Sinne von § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet."
                : "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).", 9.5f);
        c.down(18);
        paragraph(c, 50, odd ? "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ab Rechnungsdatum ohne "
                + "Abzug auf das unten angegebene Konto." : "Bitte überweisen Sie den Betrag bis zum "
                + deWords(due) + " auf das unten angegebene Konto.", 9.5f, 495, 14);
        c.down(10);
        c.text(50, c.y, "Vielen Dank für die angenehme Zusammenarbeit!", 9.5f);
        c.down(26);
        c.text(50, c.y, "Mit freundlichen Grüßen", 9.5f);
        c.down(30);
        c.text(50, c.y, s[0], 9.5f);
        c.hline(50, 545, 62, 0.4f);
        c.center(297, 48, "Bankverbindung: " + pick(r, new String[] {"GLS Bank", "Berliner Sparkasse",
            "Hamburger Sparkasse", "Sparkasse KölnBonn"}) + " · IBAN " + iban(r, "DE", 22) + " · Kontoinhaber: "
                + s[0], 7.5f);
        return Truth.invoice(number, issue, due, total, "EUR", k[0]);
    }

    private static String unit(String plural, BigDecimal q) {
        if (q.compareTo(BigDecimal.ONE) != 0) {
            return plural;
        }
        return switch (plural) {
            case "Tage" -> "Tag";
            case "Seiten" -> "Seite";
            case "Normseiten" -> "Normseite";
            default -> plural;
        };
    }

    // --- 8. an Austrian hotel

    /** Name, street, city, court, e-mail, area code. */
    private static final String[][] AT_HOTELS = {{"Hotel Goldener Hirsch", "Getreidegasse 37", "5020 Salzburg",
        "Landesgericht Salzburg", "reception@goldener-hirsch.at", "662"}, {"Hotel Stadtpark Wien", "Johannesgasse 22",
        "1010 Wien", "Handelsgericht Wien", "frontoffice@stadtpark-hotel.at", "1"}, {"Alpenhotel Seeblick",
        "Seepromenade 4", "6100 Seefeld in Tirol", "Landesgericht Innsbruck", "info@alpenhotel-seeblick.at", "5212"}};

    /**
     * An Austrian hotel's folio: the name centred with stars and its address line, the billing address (the French
     * company) at the left, a column of Rechnung Nr. / Rechnungsdatum / Zimmer / Gast / Anreise / Abreise / Nächte at
     * the right, one dated line per night and extra with prices incl. USt (room and breakfast 10 %, drinks and garage
     * 20 %), the Nächtigungsabgabe outside VAT, "Gesamtbetrag EUR", a VAT table (Netto / USt / Brutto per rate), then
     * "zahlbar binnen 14 Tagen" (even rounds) or a "Fällig am" date in the column (odd rounds).
     */
    static Truth austrianHotel(Canvas c, Random r, int round) {
        String[] s = pick(r, AT_HOTELS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        String[] guest = contact(r);
        LocalDate issue = day(r);
        boolean dueDate = round % 2 == 1;
        LocalDate due = issue.plusDays(dueDate ? 21 : 14);
        int nights = 2 + r.nextInt(3);
        int persons = 1 + r.nextInt(2);
        LocalDate arrival = issue.minusDays(nights);
        String number = issue.getYear() + "/" + digits(r, 5);
        BigDecimal room = BigDecimal.valueOf(139 + r.nextInt(90)).setScale(2);
        BigDecimal breakfast = BigDecimal.valueOf(22 + r.nextInt(10)).setScale(2);
        BigDecimal levy = pct(pick(r, new String[] {"2.60", "3.00", "3.50"}));
        String roomName = persons == 1 ? "Logis Einzelzimmer Superior" : "Logis Doppelzimmer Superior";
        List<Item> items = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        String[][] extras = {{"Restaurant Abendessen", "10", "38", "60"}, {"Getränke Bar", "20", "9", "35"},
            {"Minibar", "20", "6", "18"}, {"Garage", "20", "24", "8"}, {"Wäscheservice", "20", "12", "20"}};
        for (int i = 0; i < nights; i++) {
            LocalDate x = arrival.plusDays(i);
            items.add(new Item(roomName, BigDecimal.ONE, room, pct("10")));
            dates.add(x);
            items.add(new Item("Frühstücksbuffet", BigDecimal.valueOf(persons), breakfast, pct("10")));
            dates.add(x);
            int more = r.nextInt(3);
            for (int m = 0; m < more; m++) {
                String[] e = extras[r.nextInt(extras.length)];
                items.add(new Item(e[0], BigDecimal.ONE, money(r, Integer.parseInt(e[2]), Integer.parseInt(e[3])),
                        new BigDecimal(e[1])));
                dates.add(x);
            }
            items.add(new Item("Nächtigungsabgabe", BigDecimal.valueOf(persons), levy, BigDecimal.ZERO));
            dates.add(x);
        }
        BigDecimal total = sum(items);
        Map<BigDecimal, BigDecimal[]> byRate = new LinkedHashMap<>();
        for (String rate : new String[] {"10", "20"}) {
            BigDecimal g = baseOf(items, new BigDecimal(rate));
            if (g.signum() > 0) {
                BigDecimal net = g.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(100).add(
                        new BigDecimal(rate)), 2, RoundingMode.HALF_UP);
                byRate.put(new BigDecimal(rate), new BigDecimal[] {net, g.subtract(net), g});
            }
        }
        BigDecimal levyTotal = baseOf(items, BigDecimal.ZERO);

        c.centerBold(297, 805, s[0], 17);
        c.center(297, 789, "★★★★", 10);
        c.center(297, 775, s[1] + " · " + s[2] + " · Österreich · Tel. +43 " + s[5] + " " + digits(r, 6)
                + " · " + s[4], 8);
        c.hline(50, 545, 765, 0.5f);
        c.ink = GREY;
        c.text(50, 740, "Rechnungsadresse", 7.5f);
        c.ink = BLACK;
        block(c, 50, 726, new String[] {k[0], (p[0].equals("f") ? "z. H. Frau " : "z. H. Herrn ") + p[1] + " " + p[2],
            k[1], k[2] + " " + k[3], "Frankreich"}, 9.5f, 12.5f, true);
        c.y = 740;
        List<String[]> meta = new ArrayList<>(List.of(new String[] {"Rechnung Nr.", number},
            new String[] {"Rechnungsdatum", dots(issue)}, new String[] {"Zimmer", String.valueOf(100 * (1
                + r.nextInt(5)) + 1 + r.nextInt(30))}, new String[] {"Gast", (guest[0].equals("f") ? "Frau " : "Herr ")
                + guest[1] + " " + guest[2]}, new String[] {"Anreise", d(arrival, "EE dd.MM.yyyy", DE)},
            new String[] {"Abreise", d(issue, "EE dd.MM.yyyy", DE)}, new String[] {"Nächte / Personen", nights + " / "
                + persons}));
        if (dueDate) {
            meta.add(new String[] {"Fällig am", dots(due)});
        }
        pairs(c, 345, 545, R, meta.toArray(new String[0][]), 8.5f, 12.5f);
        c.y = Math.min(c.y, 640) - 14;
        c.bold(50, c.y, dueDate ? "RECHNUNG / INVOICE" : "RECHNUNG", 13);
        c.down(20);
        c.fill(50, c.y - 5, 495, 17, 0.9f);
        c.bold(55, c.y, "Datum", 8.5f);
        c.bold(120, c.y, "Leistung", 8.5f);
        c.rightBold(380, c.y, "Anz.", 8.5f);
        c.rightBold(455, c.y, "Preis", 8.5f);
        c.rightBold(545, c.y, "Betrag EUR", 8.5f);
        c.down(20);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.text(55, c.y, dots(dates.get(i)), 8.5f);
            c.text(120, c.y, it.label(), 8.5f);
            c.right(380, c.y, it.qty().toPlainString(), 8.5f);
            c.right(455, c.y, de(it.unit()), 8.5f);
            c.right(545, c.y, de(it.amount()), 8.5f);
            c.down(12.5f);
        }
        c.hline(50, 545, c.y + 7, 0.5f);
        c.down(8);
        c.bold(330, c.y, "Gesamtbetrag EUR", 10.5f);
        c.rightBold(545, c.y, de(total), 10.5f);
        c.down(26);
        c.bold(55, c.y, "Steuersatz", 8);
        c.rightBold(250, c.y, "Netto", 8);
        c.rightBold(320, c.y, "USt", 8);
        c.rightBold(400, c.y, "Brutto", 8);
        c.hline(50, 400, c.y - 4, 0.4f);
        c.down(15);
        for (var e : byRate.entrySet()) {
            c.text(55, c.y, "USt " + e.getKey() + " %", 8);
            c.right(250, c.y, de(e.getValue()[0]), 8);
            c.right(320, c.y, de(e.getValue()[1]), 8);
            c.right(400, c.y, de(e.getValue()[2]), 8);
            c.down(12);
        }
        c.text(55, c.y, "Nächtigungsabgabe (nicht steuerbar)", 8);
        c.right(250, c.y, de(levyTotal), 8);
        c.right(320, c.y, "–", 8);
        c.right(400, c.y, de(levyTotal), 8);
        c.down(26);
        c.text(50, c.y, dueDate ? "Zahlungsart: Überweisung. Bitte überweisen Sie den Betrag bis zum Fälligkeitsdatum."
                : "Zahlungsart: auf Rechnung – zahlbar binnen 14 Tagen ab Rechnungsdatum ohne Abzug.", 8.5f);
        c.down(13);
        c.text(50, c.y, "Kreditkartengarantie: Visa **** " + digits(r, 4) + " (nicht belastet)", 8.5f);
        c.down(20);
        c.text(50, c.y, "Wir danken für Ihren Aufenthalt und freuen uns auf Ihren nächsten Besuch!", 8.5f);
        c.hline(50, 545, 58, 0.4f);
        c.center(297, 46, s[0] + " GmbH · FN " + digits(r, 6) + "a, " + s[3] + " · UID ATU" + digits(r, 8), 7);
        c.center(297, 36, "IBAN " + iban(r, "AT", 20) + " · BIC RZSAAT2S", 7);
        return Truth.invoice(number, issue, due, total, "EUR", k[0]);
    }

    // --- 9. a Dutch webshop

    /** Shop, company, street, city, tagline, colour. */
    private static final String[][] NL_SHOPS = {{"Kantoorkoning.nl", "Kantoorkoning B.V.", "Hoofdweg 120",
        "3067 GH Rotterdam", "Alles voor op kantoor – morgen in huis", "0x1D4ED8"}, {"Lampenlab", "Lampenlab B.V.",
        "Torenallee 20", "5617 BC Eindhoven", "Design verlichting voor werk en thuis", "0xB45309"},
        {"WerkplaatsDirect", "Werkplaats Direct B.V.", "Industrieweg 7", "3542 AD Utrecht",
            "Gereedschap voor de professional", "0x15803D"}};
    private static final String[][][] SHOP_PRODUCTS = {
        {{"Bureaustoel ergonomisch, zwart", "KK-3120", "189", "120"}, {"Kopieerpapier A4 80 g (doos 5 pak)",
            "KK-1001", "21", "8"}, {"Whiteboard 120 x 90 cm magnetisch", "KK-4410", "79", "40"},
            {"Archiefdozen (25 stuks)", "KK-1230", "24", "10"}, {"Monitorarm dubbel", "KK-5502", "69", "50"},
            {"Balpennen blauw (50 stuks)", "KK-1105", "14", "6"}, {"Bureaulamp LED dimbaar", "KK-2270", "45", "30"}},
        {{"Hanglamp Oslo 45 cm messing", "LL-0451", "149", "80"}, {"LED-paneel 60 x 60 cm 36 W", "LL-6060", "39",
            "20"}, {"Vloerlamp Bolt zwart", "LL-2210", "219", "90"}, {"Railspot GU10 wit", "LL-1187", "24", "12"},
            {"Wandlamp Nova buiten IP54", "LL-3340", "59", "30"}, {"LED-lamp E27 filament (4 stuks)", "LL-0027",
                "17", "6"}},
        {{"Accuboormachine 18 V set", "WD-1800", "159", "100"}, {"Bitset 71-delig", "WD-0071", "29", "15"},
            {"Werkhandschoenen (12 paar)", "WD-4412", "19", "8"}, {"Rolmaat 8 m", "WD-0808", "12", "6"},
            {"Gereedschapskoffer leeg", "WD-5500", "49", "30"}, {"Laserwaterpas groen", "WD-3301", "119", "60"}}};

    /**
     * A Dutch webshop's invoice in the shop's colour: the shop's name and tagline at the left, "Factuur" and a thank
     * you at the right, four tinted cards (Factuurnummer, Factuurdatum, Bestelnummer, Besteldatum) with dates as
     * "12 november 2026", billing and delivery addresses beside the payment and shipping methods, products with their
     * article numbers, "Subtotaal", a 10 % discount code in odd rounds, "Verzendkosten", "BTW 21 %", "Totaal incl.
     * BTW", a "Te betalen" card, and "Betaal uiterlijk …" (even rounds) or "Betaaltermijn: 30 dagen" (odd rounds).
     */
    static Truth dutchWebshop(Canvas c, Random r, int round) {
        int shop = r.nextInt(NL_SHOPS.length);
        String[] s = NL_SHOPS[shop];
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        LocalDate ordered = issue.minusDays(r.nextInt(4));
        boolean odd = round % 2 == 1;
        LocalDate due = issue.plusDays(odd ? 30 : 14);
        String number = "INV-" + issue.getYear() + "-" + digits(r, 6);
        String orderNo = "#" + digits(r, 6);
        int accent = Integer.decode(s[5]);
        List<Item> items = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        List<String[]> products = new ArrayList<>(List.of(SHOP_PRODUCTS[shop]));
        int n = 2 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String[] pr = products.remove(r.nextInt(products.size()));
            BigDecimal price = BigDecimal.valueOf(Integer.parseInt(pr[2]) * 100L + r.nextInt(Integer.parseInt(pr[3]))
                    * 100L + pick(r, new Integer[] {0, 50, 95, 99}), 2);
            items.add(new Item(pr[0], BigDecimal.valueOf(1 + (r.nextInt(3) == 0 ? r.nextInt(10) : r.nextInt(2))),
                    price, pct("21")));
            skus.add(pr[1]);
        }
        BigDecimal subtotal = sum(items);
        BigDecimal discount = odd ? share(subtotal, pct("10")) : BigDecimal.ZERO.setScale(2);
        BigDecimal shipping = subtotal.compareTo(pct("250")) > 0 ? BigDecimal.ZERO.setScale(2) : pct("6.95");
        BigDecimal net = subtotal.subtract(discount).add(shipping);
        BigDecimal tax = share(net, pct("21"));
        BigDecimal total = net.add(tax);

        c.ink = accent;
        c.bold(50, 795, s[0], 20);
        c.ink = GREY;
        c.text(50, 780, s[4], 8.5f);
        c.ink = BLACK;
        c.rightBold(545, 797, "Factuur", 18);
        c.right(545, 781, "Bedankt voor je bestelling!", 9);
        String[][] cards = {{"Factuurnummer", number}, {"Factuurdatum", nlWords(issue)},
            {"Bestelnummer", orderNo}, {"Besteldatum", nlWords(ordered)}};
        for (int i = 0; i < 4; i++) {
            float x = 50 + i * 125.5f;
            c.fillRgb(x, 715, 118, 40, tintOf(accent));
            c.ink = GREY;
            c.text(x + 8, 742, cards[i][0], 7.5f);
            c.ink = BLACK;
            c.fit(x + 8, 726, cards[i][1], 9.5f, 104, true, L);
        }
        c.y = 690;
        String[][] cols = {{"Factuuradres", k[0], nlAttn(p), k[1], k[2] + " " + k[3], "Frankrijk"},
            {"Afleveradres", k[0], "Goederenontvangst", pick(r, new String[] {"ZA du Parc, 2 rue Ampère",
                "15 rue des Entrepôts", "Zone logistique, bât. C"}), pick(r, new String[] {"59810 Lesquin",
                "67400 Illkirch", "69800 Saint-Priest", "57070 Metz"}), "Frankrijk"}};
        for (int i = 0; i < 2; i++) {
            c.bold(50 + i * 160, c.y, cols[i][0], 8.5f);
            block(c, 50 + i * 160, c.y - 14, new String[] {cols[i][1], cols[i][2], cols[i][3], cols[i][4],
                cols[i][5]}, 8.5f, 11.5f, false);
        }
        c.bold(380, c.y, "Betaalmethode", 8.5f);
        c.text(380, c.y - 14, "Op rekening (zakelijk)", 8.5f);
        c.bold(380, c.y - 34, "Verzendmethode", 8.5f);
        c.text(380, c.y - 48, "PostNL Pakket, track & trace", 8.5f);
        c.text(380, c.y - 60, "BTW-nr. klant: " + frVat(r), 8);
        c.ink = GREY;
        c.text(380, c.y - 72, "Besteld door: " + p[1] + " " + p[2], 8);
        c.ink = BLACK;
        c.y = 585;
        c.hline(50, 545, c.y + 13, 0.5f);
        c.bold(50, c.y, "Product", 8.5f);
        c.bold(285, c.y, "Artikelnr.", 8.5f);
        c.rightBold(385, c.y, "Aantal", 8.5f);
        c.rightBold(460, c.y, "Prijs excl.", 8.5f);
        c.rightBold(545, c.y, "Totaal excl.", 8.5f);
        c.hline(50, 545, c.y - 6, 0.5f);
        c.down(21);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            c.fit(50, c.y, it.label(), 9, 225, false, L);
            c.text(285, c.y, skus.get(i), 8.5f);
            c.right(385, c.y, it.qty().toPlainString(), 9);
            c.right(460, c.y, "€ " + de(it.unit()), 9);
            c.right(545, c.y, "€ " + de(it.amount()), 9);
            c.down(17);
        }
        c.hline(50, 545, c.y + 9, 0.3f);
        c.down(8);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subtotaal", "€ " + de(subtotal)});
        if (odd) {
            rows.add(new String[] {"Korting ZAKELIJK10 (10 %)", "- € " + de(discount)});
        }
        rows.add(new String[] {"Verzendkosten", shipping.signum() == 0 ? "Gratis" : "€ " + de(shipping)});
        rows.add(new String[] {"Totaal excl. BTW", "€ " + de(net)});
        rows.add(new String[] {"BTW 21 %", "€ " + de(tax)});
        rows.add(new String[] {"Totaal incl. BTW", "€ " + de(total)});
        for (int i = 0; i < rows.size(); i++) {
            boolean last = i == rows.size() - 1;
            c.put(330, c.y, rows.get(i)[0], 9, last, L);
            c.put(545, c.y, rows.get(i)[1], 9, last, R);
            c.down(14);
        }
        c.down(22);
        c.fillRgb(330, c.y - 14, 215, 36, accent);
        c.ink = WHITE;
        c.bold(340, c.y, "Te betalen", 12);
        c.rightBold(535, c.y - 1, "€ " + de(total), 14);
        c.ink = BLACK;
        c.down(48);
        String bank = iban(r, "NL", 18).replaceFirst("^(NL\\d\\d) (\\d{4})", "$1 " + pick(r, new String[] {"ABNA",
            "INGB", "RABO"}));
        paragraph(c, 50, (odd ? "Betaaltermijn: 30 dagen na factuurdatum. " : "Betaal uiterlijk " + nlWords(due)
                + ". ") + "Maak het bedrag over naar " + bank + " t.n.v. " + s[1] + " o.v.v. " + number + ".", 9, 495,
                13);
        c.down(4);
        c.text(50, c.y, "Retourneren kan binnen 30 dagen via " + s[0].toLowerCase(Locale.ROOT).replace(".nl", "")
                + ".nl/retour.", 8.5f);
        c.hline(50, 545, 58, 0.4f);
        c.center(297, 46, s[1] + " · " + s[2] + ", " + s[3] + " · KvK " + digits(r, 8) + " · BTW NL" + digits(r, 9)
                + "B01", 7);
        c.center(297, 36, "Op al onze leveringen zijn onze algemene voorwaarden van toepassing.", 7);
        return Truth.invoice(number, issue, due, total, "EUR", k[0]);
    }

    /** A pale shade of a colour. */
    private static int tintOf(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        red = Math.round(255 - (255 - red) * 0.12f);
        green = Math.round(255 - (255 - green) * 0.12f);
        blue = Math.round(255 - (255 - blue) * 0.12f);
        return (red << 16) | (green << 8) | blue;
    }

    // --- 10. a Belgian caterer with a deposit

    /** Name, tagline, street, city. */
    private static final String[][] BE_CATERERS = {{"Traiteur De Gouden Lepel bv", "Traiteur · feestzaal · catering "
        + "aan huis", "Meensesteenweg 312", "8800 Roeselare"}, {"Feestzaal & Traiteur Vandenbroucke",
        "Catering voor bedrijven en families", "Kerkstraat 5", "8970 Poperinge"}, {"Culinair Huys Claeys",
        "Traiteur – walking dinners – recepties", "Gentse Heerweg 90", "8570 Vichte"}};
    /** Text, rate, least price, spread, per guest (G) or not. */
    private static final String[][] CATERING = {{"Aperitief met hapjes", "12", "9", "7", "G"},
        {"Walking dinner – 6 gangen", "12", "38", "20", "G"}, {"Dessertbuffet", "12", "8", "6", "G"},
        {"Drankenforfait 4 uur", "21", "18", "11", "G"}, {"Bedieningspersoneel (uren)", "12", "36", "6", "S"},
        {"Verhuur materiaal: tafels, linnen, glaswerk", "21", "250", "400", "1"},
        {"Transport en opbouw", "21", "90", "90", "1"}};
    private static final String[] EVENTS = {"Personeelsfeest", "Jubileum 25 jaar", "Nieuwjaarsreceptie",
        "Opening vestiging Kortrijk", "Klantenevent"};

    /**
     * A Belgian caterer's invoice in Dutch: the caterer at the top left, "FACTUUR" and its number at the top right,
     * the customer in the window at the right, a label: value column at the left (Factuurdatum, Vervaldag in even
     * rounds, Klantnummer, Offerte), a tinted event block (event, weekday and date in words, place, guests), lines per
     * guest at 12 % and 21 %, "Totaal excl. BTW", BTW per rate, "Totaal incl. BTW", the deposit already paid (odd
     * rounds: also a second payment "Reeds betaald"), "Saldo te betalen" in a box; dates "12-11-2026".
     */
    static Truth belgianCaterer(Canvas c, Random r, int round) {
        String[] s = pick(r, BE_CATERERS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        boolean odd = round % 2 == 1;
        LocalDate due = issue.plusDays(odd ? 8 : 15);
        LocalDate event = issue.minusDays(2 + r.nextInt(8));
        int guests = 40 + r.nextInt(140);
        int staff = 3 + r.nextInt(5);
        String number = issue.getYear() + "-" + String.format(Locale.ROOT, "%04d", 100 + r.nextInt(700));
        List<Item> items = new ArrayList<>();
        List<String[]> work = new ArrayList<>(List.of(CATERING));
        int n = 4 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String[] w = work.remove(r.nextInt(work.size()));
            BigDecimal q = switch (w[4]) {
                case "G" -> BigDecimal.valueOf(guests);
                case "S" -> BigDecimal.valueOf(staff * (5 + r.nextInt(3)));
                default -> BigDecimal.ONE;
            };
            items.add(new Item(w[0] + (w[4].equals("G") ? " (per persoon)" : ""), q,
                    money(r, Integer.parseInt(w[2]), Integer.parseInt(w[3])), new BigDecimal(w[1])));
        }
        Sums sum = Sums.of(items, BigDecimal.ZERO);
        BigDecimal deposit = sum.gross().multiply(pct("0.3")).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(100)).setScale(2);
        LocalDate depositPaid = event.minusDays(20 + r.nextInt(40));
        BigDecimal second = odd ? sum.gross().subtract(deposit).multiply(pct("0.4")).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.DOWN).multiply(BigDecimal.valueOf(100)).setScale(2) : BigDecimal.ZERO;
        BigDecimal rest = sum.gross().subtract(deposit).subtract(second);

        c.bold(50, 800, s[0], 14);
        block(c, 50, 784, new String[] {s[1], s[2] + ", " + s[3], "tel. 051 " + digits(r, 2) + " " + digits(r, 2) + " "
            + digits(r, 2) + " · BTW " + beVat(r)}, 8.5f, 11, false);
        c.rightBold(545, 800, "FACTUUR", 20);
        c.right(545, 782, "nr. " + number, 11);
        block(c, 330, 705, new String[] {k[0], nlAttn(p), k[1], k[2] + " " + k[3], "Frankrijk"}, 10, 13, true);
        c.y = 705;
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"Factuurdatum", dash(issue)});
        if (!odd) {
            meta.add(new String[] {"Vervaldag", dash(due)});
        }
        meta.add(new String[] {"Klantnummer", String.valueOf(2000 + r.nextInt(8000))});
        LocalDate offer = depositPaid.minusDays(5 + r.nextInt(20));
        meta.add(new String[] {"Offerte", "OF-" + offer.getYear() + "-" + digits(r, 3) + " van " + dash(offer)});
        meta.add(new String[] {"Uw BTW-nr.", frVat(r)});
        pairs(c, 50, 130, L, meta.toArray(new String[0][]), 8.5f, 13);
        float top = 610;
        c.fill(50, top - 50, 495, 50, 0.93f);
        c.bold(60, top - 15, "Evenement: " + pick(r, EVENTS), 9.5f);
        c.text(60, top - 29, "Datum: " + d(event, "EEEE d MMMM yyyy", NL), 8.5f);
        c.text(60, top - 42, "Aantal gasten: " + guests + " · personeel: " + staff, 8.5f);
        c.text(300, top - 29, "Locatie: " + pick(r, new String[] {"Kasteel Rumbeke, Roeselare",
            "Hoeve Ten Berge, Menen", "eigen feestzaal", "Zaal De Zwaan, Ieper"}), 8.5f);
        c.text(300, top - 42, "Aanvang: " + (17 + r.nextInt(3)) + ".00 u", 8.5f);
        c.y = top - 72;
        c.bold(50, c.y, "Omschrijving", 8.5f);
        c.rightBold(320, c.y, "Aantal", 8.5f);
        c.rightBold(390, c.y, "Prijs", 8.5f);
        c.rightBold(445, c.y, "BTW", 8.5f);
        c.rightBold(545, c.y, "Totaal excl.", 8.5f);
        c.hline(50, 545, c.y - 5, 0.6f);
        c.down(19);
        for (Item it : items) {
            c.fit(50, c.y, it.label(), 9, 225, false, L);
            c.right(320, c.y, it.qty().toPlainString(), 9);
            c.right(390, c.y, de(it.unit()), 9);
            c.right(445, c.y, it.rate().toPlainString() + " %", 9);
            c.right(545, c.y, de(it.amount()), 9);
            c.down(15);
        }
        c.hline(50, 545, c.y + 8, 0.4f);
        c.down(8);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Totaal excl. BTW", "€ " + de(sum.net())});
        for (var e : sum.taxByRate().entrySet()) {
            rows.add(new String[] {"BTW " + e.getKey().toPlainString() + " % op € " + de(baseOf(items, e.getKey())),
                "€ " + de(e.getValue())});
        }
        rows.add(new String[] {"Totaal incl. BTW", "€ " + de(sum.gross())});
        rows.add(new String[] {"Voorschot VS-" + depositPaid.getYear() + "-" + digits(r, 3) + " (betaald " + dash(depositPaid)
            + ")", "- € " + de(deposit)});
        if (odd) {
            rows.add(new String[] {"Reeds betaald (overschrijving " + dash(event.minusDays(3 + r.nextInt(5))) + ")",
                "- € " + de(second)});
        }
        for (String[] row : rows) {
            boolean bold = row[0].startsWith("Totaal incl");
            c.fit(250, c.y, row[0], 9, 220, bold, L);
            c.put(545, c.y, row[1], 9, bold, R);
            c.down(14);
        }
        c.down(10);
        c.box(250, c.y - 8, 295, 24, 1);
        c.bold(258, c.y, "Saldo te betalen", 11);
        c.rightBold(538, c.y, "€ " + de(rest), 11);
        c.down(40);
        String ref = ogm(r);
        paragraph(c, 50, (odd ? "Betaalbaar binnen 8 dagen na factuurdatum op rekening "
                : "Gelieve het saldo vóór de vervaldag over te schrijven op rekening ") + iban(r, "BE", 16)
                + " met de gestructureerde mededeling " + ref + ".", 9, 495, 13);
        c.down(6);
        paragraph(c, 50, "Op al onze facturen zijn onze algemene verkoopsvoorwaarden van toepassing. Bij niet-betaling "
                + "op de vervaldag is van rechtswege een verwijlintrest van 10 % en een forfaitaire schadevergoeding van "
                + "10 % (minimum € 50) verschuldigd.", 7.5f, 495, 10);
        c.ink = GREY;
        c.center(297, 40, "Dank u voor het vertrouwen – wij hopen u snel terug te zien!", 8);
        c.ink = BLACK;
        return Truth.invoice(number, issue, due, sum.gross(), "EUR", k[0]).withAmountDue(rest);
    }

    // --- 11. a German GmbH's ERP print with Skonto

    /** Name, street, city, court, manager, bank. */
    private static final String[][] DE_GMBHS = {{"Hensel Industriebedarf GmbH", "Gewerbering 12", "77656 Offenburg",
        "Amtsgericht Freiburg HRB 70" + "1234", "Markus Hensel", "Sparkasse Offenburg/Ortenau"},
        {"Kaltenbach Verpackungen GmbH", "Carl-Benz-Straße 3", "66386 St. Ingbert", "Amtsgericht Saarbrücken HRB 10"
            + "4321", "Petra Kaltenbach", "Kreissparkasse Saarpfalz"},
        {"Rheintal Technik Stüber GmbH", "Hafenstraße 40", "67059 Ludwigshafen", "Amtsgericht Ludwigshafen HRB 6"
            + "2345", "Dirk Stüber", "VR Bank Rhein-Neckar eG"}};
    /** Text, unit, least price, spread, least quantity, spread. */
    private static final String[][] ERP_ARTICLES = {{"Sechskantschraube DIN 933 M8x30 A2", "Stk", "0.12", "0.28",
        "100", "1900"}, {"Schutzhandschuhe Nitril Gr. 9", "Paar", "1.10", "1.70", "12", "180"},
        {"Kabelbinder 4,8x300 schwarz (VE 100)", "VE", "3.50", "3.50", "5", "40"},
        {"Druckluftschlauch PU 8x5 mm", "m", "0.90", "1.30", "25", "175"},
        {"Spanngurt 50 mm 5 t zweiteilig", "Stk", "18.00", "17.00", "2", "20"},
        {"Palettenregal-Traverse 2700 mm", "Stk", "38.00", "27.00", "2", "16"},
        {"Schmierfett Lithium 400 g", "Kart", "6.00", "5.00", "6", "30"},
        {"Bohrer HSS-G 6,5 mm (VE 10)", "VE", "9.00", "7.00", "2", "12"},
        {"Sicherheitsschuh S3 Gr. 43", "Paar", "55.00", "34.00", "1", "8"},
        {"Filterbeutel Industriesauger (VE 5)", "VE", "24.00", "24.00", "1", "10"},
        {"Packband PP 50 mm x 66 m braun", "Rol", "1.20", "1.40", "36", "200"},
        {"Stretchfolie 500 mm 23 my", "Rol", "9.00", "6.00", "6", "48"},
        {"Warnweste EN ISO 20471 gelb", "Stk", "2.50", "2.50", "10", "90"},
        {"Gewindestange M10 x 1000 verzinkt", "Stk", "1.60", "1.60", "10", "90"},
        {"Dichtungsring NBR 40x3 (VE 50)", "VE", "7.40", "4.00", "1", "12"},
        {"Kugellager 6204-2RS", "Stk", "3.20", "2.80", "4", "40"},
        {"Montagekleber Kartusche 290 ml", "Stk", "4.80", "3.00", "6", "40"},
        {"Trennscheibe 125x1,0 mm (VE 25)", "VE", "19.00", "12.00", "1", "10"}};

    /**
     * A German GmbH's ERP print in a monospaced face: the firm in capitals at the top left, "RECHNUNG" at the right,
     * the return line over the window with the customer in France, a label: value column (Rechnungs-Nr.,
     * Rechnungsdatum, Kunden-Nr., Auftrags-Nr., Auftragsdatum, Lieferschein-Nr., Lieferdatum, Ihre Bestellung, Seite),
     * article lines with a discount column, "Warenwert", freight, "Nettobetrag", "USt 19 %" (goods delivered to the
     * customer's German warehouse, even rounds) or a tax-free intra-Community supply (odd rounds: a "Sammelrechnung"
     * of several delivery notes, each with its dated heading, over two pages with "Übertrag"), "Rechnungsbetrag EUR",
     * then "Skonto 2 % bei Zahlung innerhalb 10 Tagen, 30 Tage netto" (even rounds also print the Skonto amount and the
     * reduced payment) and a four-column footer on every page.
     */
    static Truth germanErpSkonto(Canvas c, Random r, int round) {
        c.family = "DejaVuSansMono";
        String[] s = pick(r, DE_GMBHS);
        String[] k = pick(r, CUSTOMERS);
        LocalDate issue = day(r);
        LocalDate due = issue.plusDays(30);
        boolean odd = round % 2 == 1;
        LocalDate delivered = issue.minusDays(r.nextInt(3));
        LocalDate ordered = delivered.minusDays(3 + r.nextInt(15));
        String number = "41" + d(issue, "yy", Locale.ROOT) + digits(r, 5);
        int n = odd ? 26 + r.nextInt(8) : 6 + r.nextInt(6);
        List<String[]> articles = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<String[]> left = new ArrayList<>();
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        Map<String, Integer> discounts = new LinkedHashMap<>();
        BigDecimal goods = BigDecimal.ZERO;
        // a collective invoice (odd rounds): the positions of three to five delivery notes, each under its heading
        int notes = odd ? 3 + r.nextInt(3) : 1;
        List<Integer> noteStarts = new ArrayList<>();
        List<String> noteHeads = new ArrayList<>();
        LocalDate firstDelivery = issue.minusDays(20 + r.nextInt(8));
        for (int note = 0; note < notes; note++) {
            noteStarts.add(note * n / notes);
            LocalDate when = firstDelivery.plusDays((long) note * 20 / Math.max(1, notes - 1));
            noteHeads.add("Lieferschein LS" + digits(r, 6) + " vom " + dots(when));
        }
        for (int i = 0; i < n; i++) {
            if (left.isEmpty()) {
                left.addAll(List.of(ERP_ARTICLES));
            }
            String[] a = left.remove(r.nextInt(left.size()));
            int q = Integer.parseInt(a[4]) + r.nextInt(Integer.parseInt(a[5]));
            if (q >= 100) {
                q = q / 50 * 50;
            }
            BigDecimal price = prices.computeIfAbsent(a[0], x -> new BigDecimal(a[2]).add(new BigDecimal(a[3])
                    .multiply(BigDecimal.valueOf(r.nextInt(100))).movePointLeft(2)).setScale(2, RoundingMode.HALF_UP));
            int disc = discounts.computeIfAbsent(a[0], x -> r.nextInt(3) == 0 ? pick(r, new Integer[] {5, 10, 15})
                    : 0);
            BigDecimal amount = price.multiply(BigDecimal.valueOf(q)).multiply(BigDecimal.valueOf(100 - disc))
                    .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            articles.add(new String[] {String.valueOf((i + 1) * 10), String.valueOf(100000 + Math.floorMod(
                a[0].hashCode(), 900000)), a[0], String.valueOf(q), a[1], de(price), disc == 0 ? "" : disc + ","
                + "0"});
            amounts.add(amount);
            goods = goods.add(amount);
        }
        BigDecimal freight = money(r, 12, 60);
        BigDecimal net = goods.add(freight);
        BigDecimal tax = odd ? BigDecimal.ZERO.setScale(2) : share(net, pct("19"));
        BigDecimal total = net.add(tax);
        BigDecimal skonto = share(total, pct("2"));
        String pages = odd ? "2" : "1";
        String custNo = "D" + digits(r, 5);
        String[][] footer = {{s[0], s[1], s[2]}, {"Geschäftsführer:", s[4], s[3]}, {"USt-IdNr. DE" + digits(r, 9),
            "Steuer-Nr. " + digits(r, 5) + "/" + digits(r, 5), "WEEE-Reg.-Nr. DE " + digits(r, 8)},
            {s[5], iban(r, "DE", 22), "BIC " + pick(r, new String[] {"SOLADES1OFG", "SALADE51XXX", "GENODE61RNK"})}};

        erpHeader(c, s, true);
        c.rightBold(545, 800, odd ? "SAMMELRECHNUNG" : "RECHNUNG", 15);
        c.text(50, 716, s[0] + " · " + s[1] + " · " + s[2], 6.5f);
        c.hline(50, 290, 712, 0.4f);
        block(c, 50, 696, new String[] {k[0], "Service Comptabilité Fournisseurs", k[1], "F-" + k[2] + " "
            + k[3].toUpperCase(Locale.ROOT), "FRANKREICH"}, 8.5f, 12, false);
        c.y = 745;
        List<String[]> meta = new ArrayList<>(List.of(new String[] {"Rechnungs-Nr.", number},
            new String[] {"Rechnungsdatum", dots(issue)}, new String[] {"Kunden-Nr.", custNo},
            new String[] {"Auftrags-Nr.", "AU" + digits(r, 6)}, new String[] {"Auftragsdatum", dots(odd
                ? firstDelivery.minusDays(3 + ordered.getDayOfMonth() % 9) : ordered)},
            new String[] {"Ihre Bestellung", "PO-" + digits(r, 5)}));
        if (odd) {
            meta.add(4, new String[] {"Lieferzeitraum", d(firstDelivery, "dd.MM.", Locale.ROOT) + "–"
                + dots(firstDelivery.plusDays(20))});
        } else {
            meta.add(4, new String[] {"Lieferschein-Nr.", "LS" + digits(r, 6)});
            meta.add(5, new String[] {"Lieferdatum", dots(delivered)});
        }
        if (odd) {
            meta.add(new String[] {"Ihre USt-IdNr.", frVat(r)});
        }
        meta.add(new String[] {"Seite", "1 von " + pages});
        pairs(c, 340, 545, R, meta.toArray(new String[0][]), 8, 11.5f);
        c.y = Math.min(c.y, 610) - 8;
        if (!odd) {
            c.text(50, c.y, "Lieferanschrift: " + k[0] + ", Lager " + pick(r, new String[] {"Kehl, Hafenstr. 8, "
                + "77694 Kehl", "Saarbrücken, Am Güterbahnhof 5, 66111 Saarbrücken", "Weil am Rhein, Gewerbepark 12, "
                + "79576 Weil am Rhein"}), 7.5f);
        } else {
            c.text(50, c.y, "Lieferung frei Haus DAP " + k[3] + " (Incoterms 2020), Versand per Spedition", 7.5f);
        }
        c.down(20);
        erpTableHead(c);
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            boolean head = notes > 1 && noteStarts.contains(i);
            if (odd && c.page() == 1 && (c.y < (head ? 175 : 160) || i == n - 4)) {
                c.hline(300, 545, c.y + 8, 0.4f);
                c.down(4);
                c.bold(300, c.y, "Übertrag", 8);
                c.rightBold(545, c.y, de(carried), 8);
                erpFooter(c, footer);
                c.newPage();
                erpHeader(c, s, false);
                c.right(545, 800, "Rechnung " + number + " vom " + dots(issue), 8);
                c.right(545, 788, "Kunden-Nr. " + custNo + " · Seite 2 von 2", 8);
                c.y = 760;
                erpTableHead(c);
                c.text(140, c.y, "Übertrag von Seite 1", 8);
                c.right(545, c.y, de(carried), 8);
                c.down(16);
            }
            if (head) {
                c.down(3);
                c.bold(75, c.y, noteHeads.get(noteStarts.indexOf(i)), 7.5f);
                c.down(13);
            }
            String[] a = articles.get(i);
            c.right(68, c.y, a[0], 7.5f);
            c.text(75, c.y, a[1], 7.5f);
            c.fit(120, c.y, a[2], 7.5f, 190, false, L);
            c.right(345, c.y, a[3], 7.5f);
            c.text(350, c.y, a[4], 7.5f);
            c.right(432, c.y, a[5], 7.5f);
            c.right(470, c.y, a[6], 7.5f);
            c.right(545, c.y, de(amounts.get(i)), 7.5f);
            carried = carried.add(amounts.get(i));
            c.down(11.5f);
        }
        c.hline(50, 545, c.y + 7, 0.4f);
        c.down(8);
        String[][] rows = {{"Warenwert", de(goods)}, {"Verpackung und Fracht", de(freight)}, {"Nettobetrag", de(net)},
            {odd ? "USt 0 % (steuerfreie ig. Lieferung)" : "USt 19 %", de(tax)}};
        for (String[] row : rows) {
            c.text(300, c.y, row[0], 8);
            c.right(545, c.y, row[1], 8);
            c.down(12);
        }
        c.hline(300, 545, c.y + 7, 0.6f);
        c.down(6);
        c.bold(300, c.y, "Rechnungsbetrag EUR", 9);
        c.rightBold(545, c.y, de(total), 9);
        c.hline(300, 545, c.y - 5, 0.6f);
        c.down(28);
        if (odd) {
            paragraph(c, 50, "Steuerfreie innergemeinschaftliche Lieferung gemäß § 4 Nr. 1b i. V. m. § 6a UStG. "
                    + "Gelangensbestätigung liegt vor.", 7.5f, 495, 10.5f);
            c.down(4);
        }
        c.bold(50, c.y, "Zahlungsbedingungen: Skonto 2 % bei Zahlung innerhalb 10 Tagen, 30 Tage netto", 8);
        c.down(12);
        if (!odd) {
            c.text(50, c.y, "Skontobetrag: " + de(skonto) + " EUR · Zahlbetrag bei Skontoabzug: " + de(total.subtract(
                    skonto)) + " EUR", 7.5f);
            c.down(12);
        }
        c.text(50, c.y, "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", 7.5f);
        c.down(11);
        c.text(50, c.y, "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.", 7.5f);
        erpFooter(c, footer);
        return Truth.invoice(number, issue, due, total, "EUR", k[0]);
    }

    private static void erpHeader(Canvas c, String[] s, boolean full) {
        c.bold(50, 800, s[0].toUpperCase(Locale.GERMAN), full ? 12 : 9);
        if (full) {
            c.text(50, 786, s[1] + " · " + s[2], 7.5f);
            c.text(50, 776, "Telefon +49 " + (s[2].startsWith("77") ? "781" : s[2].startsWith("66") ? "6894" : "621")
                    + " 9" + Math.floorMod(s[0].hashCode(), 10000) + "-0", 7.5f);
        }
    }

    private static void erpTableHead(Canvas c) {
        c.fill(50, c.y - 4, 495, 15, 0.88f);
        c.rightBold(68, c.y, "Pos", 7.5f);
        c.bold(75, c.y, "Art.-Nr.", 7.5f);
        c.bold(120, c.y, "Bezeichnung", 7.5f);
        c.rightBold(345, c.y, "Menge", 7.5f);
        c.bold(350, c.y, "ME", 7.5f);
        c.rightBold(432, c.y, "Preis/ME", 7.5f);
        c.rightBold(470, c.y, "Rab%", 7.5f);
        c.rightBold(545, c.y, "Betrag EUR", 7.5f);
        c.down(18);
    }

    private static void erpFooter(Canvas c, String[][] footer) {
        c.hline(50, 545, 62, 0.4f);
        float[] xs = {50, 175, 310, 430};
        for (int i = 0; i < 4; i++) {
            block(c, xs[i], 52, footer[i], 6, 8, false);
        }
    }

    // --- 12. a Swiss Akontorechnung

    /** Name, street, city, town, web. */
    private static final String[][] CH_BUILDERS = {{"Holzbau Zürcher AG", "Industriestrasse 8", "6300 Zug", "Zug",
        "www.holzbau-zuercher.ch"}, {"Metallbau Gerber GmbH", "Werkstrasse 21", "2540 Grenchen", "Grenchen",
        "www.gerber-metallbau.ch"}, {"Ladenbau Meier & Söhne AG", "Bahnhofstrasse 55", "5400 Baden", "Baden",
        "www.meier-ladenbau.ch"}};
    private static final String[] CH_OBJECTS = {"Ladenbau Filiale Genf, Rue du Marché 14, 1204 Genève",
        "Ausbau Showroom Basel, Steinenvorstadt 33, 4051 Basel", "Empfangsbereich Büro Zürich, Löwenstrasse 2",
        "Messestand Swissbau 2026, Messe Basel"};

    /**
     * A Swiss builder's Akonto (deposit) invoice in German: the firm's block at the top right, the customer in a
     * window at the left ("F-69002 Lyon", "Frankreich"), "Zug, 12. November 2026" at the right, "Akontorechnung Nr."
     * (odd rounds "Anzahlungsrechnung Nr.", the second instalment), a label: value column (Objekt, Auftrag,
     * Auftragsbestätigung, Ihre Referenz), the agreed instalment plan in a sentence, the contract sum excl. VAT as a
     * large distractor, this instalment's share, "MWST 8,1 %", "Total Akontorechnung inkl. MWST", the earlier
     * instalment already billed mentioned below (odd rounds), and "Zahlbar innert 10 Tagen" (even rounds) or "Zahlbar
     * bis" a date.
     */
    static Truth swissAkonto(Canvas c, Random r, int round) {
        String[] s = pick(r, CH_BUILDERS);
        String[] k = pick(r, CUSTOMERS);
        String[] p = contact(r);
        LocalDate issue = day(r);
        boolean odd = round % 2 == 1;
        LocalDate due = issue.plusDays(odd ? 20 : 10);
        LocalDate confirmed = issue.minusDays(odd ? 60 + r.nextInt(30) : 3 + r.nextInt(10));
        String number = String.format(Locale.ROOT, "%02d-%04d", issue.getYear() % 100, 100 + r.nextInt(900));
        BigDecimal contract = BigDecimal.valueOf(20_000_00L + r.nextInt(13_000) * 1000L + 5L * r.nextInt(20), 2);
        int first = 30;
        int second = 40;
        int part = odd ? second : first;
        BigDecimal net = share(contract, BigDecimal.valueOf(part));
        BigDecimal tax = share(net, pct("8.1"));
        BigDecimal total = net.add(tax);
        String ab = "AB-" + issue.getYear() + "-" + digits(r, 4);

        blockRight(c, 545, 805, new String[] {s[0], s[1], s[2], "Tel. +41 " + digits(r, 2) + " " + digits(r, 3) + " "
            + digits(r, 2) + " " + digits(r, 2), s[4], "MWST-Nr. " + uid(r) + " MWST"}, 8.5f, 11.5f, true);
        block(c, 62, 700, new String[] {k[0], deAttn(p), k[1], "F-" + k[2] + " " + k[3], "Frankreich"}, 10, 13,
                true);
        c.right(545, 630, s[3] + ", " + deWords(issue), 10);
        c.bold(62, 600, (odd ? "Anzahlungsrechnung Nr. " : "Akontorechnung Nr. ") + number, 16);
        c.y = 575;
        pairs(c, 62, 190, L, new String[][] {{"Objekt", pick(r, CH_OBJECTS)}, {"Auftrag", ab},
            {"Auftragsbestätigung vom", dots(confirmed)}, {"Ihre Referenz", "Bestellung " + digits(r, 6)},
            {"Sachbearbeiter", pick(r, new String[] {"Urs Brunner", "Daniela Widmer", "Patrick Steiner"})}}, 9, 13);
        c.down(14);
        paragraph(c, 62, "Gemäss den vereinbarten Zahlungsbedingungen (" + first + " % bei Auftragserteilung, " + second
                + " % bei Montagebeginn, " + (100 - first - second) + " % nach Abnahme) erlauben wir uns, Ihnen folgende "
                + (odd ? "2." : "1.") + " Akontozahlung in Rechnung zu stellen:", 9.5f, 483, 13.5f);
        c.down(14);
        c.hline(62, 545, c.y + 12, 0.6f);
        c.text(62, c.y, "Auftragssumme gemäss Auftragsbestätigung, exkl. MWST", 9.5f);
        c.right(545, c.y, "CHF " + ch(contract), 9.5f);
        c.down(18);
        c.text(62, c.y, (odd ? "2." : "1.") + " Akontozahlung " + part + " % der Auftragssumme", 9.5f);
        c.right(545, c.y, "CHF " + ch(net), 9.5f);
        c.down(16);
        c.text(62, c.y, "zuzüglich MWST 8,1 %", 9.5f);
        c.right(545, c.y, "CHF " + ch(tax), 9.5f);
        c.hline(62, 545, c.y - 6, 0.6f);
        c.down(22);
        c.bold(62, c.y, odd ? "Total Anzahlung inkl. MWST" : "Total Akontorechnung inkl. MWST", 11);
        c.rightBold(545, c.y, "CHF " + ch(total), 11);
        c.hline(62, 545, c.y - 6, 0.8f);
        c.hline(62, 545, c.y - 8.5f, 0.8f);
        c.down(36);
        if (odd) {
            LocalDate before = confirmed.plusDays(3 + r.nextInt(6));
            BigDecimal firstNet = share(contract, BigDecimal.valueOf(first));
            paragraph(c, 62, "Bereits in Rechnung gestellt: 1. Akontozahlung, Rechnung Nr. " + String.format(
                    Locale.ROOT, "%02d-%04d", before.getYear() % 100, 10 + r.nextInt(90)) + " vom " + dots(before)
                    + ", CHF " + ch(firstNet.add(share(firstNet, pct("8.1")))) + " (bezahlt).", 8.5f, 483, 12);
            c.down(2);
        }
        c.text(62, c.y, "Die Akontozahlungen werden mit der Schlussrechnung verrechnet.", 9);
        c.down(14);
        c.bold(62, c.y, odd ? "Zahlbar bis " + dots(due) + " rein netto." : "Zahlbar innert 10 Tagen netto.", 9.5f);
        c.down(14);
        c.text(62, c.y, "Bankverbindung: " + pick(r, new String[] {"Zuger Kantonalbank", "Aargauische Kantonalbank",
            "Raiffeisenbank Grenchen"}) + ", IBAN " + iban(r, "CH", 21), 9);
        c.down(30);
        c.text(62, c.y, "Freundliche Grüsse", 9.5f);
        c.down(14);
        c.text(62, c.y, s[0], 9.5f);
        return Truth.invoice(number, issue, due, total, "CHF", k[0]);
    }
}
