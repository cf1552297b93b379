package org.relance.matching;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.relance.ledger.Money;

/**
 * A French small company's book of invoices and bank credits, written without looking at the matcher, with the truth
 * of every credit.
 */
final class BlindBook {

    /**
     * What a credit really is: the invoices it pays (none for a non-customer credit), whether its evidence is unique
     * enough to apply it unasked, and how it was written.
     *
     * <p>"Should be automatic" is this generator's own reading, never the matcher's: the label names every invoice
     * it pays in full (any case, separators, prefix words or an RF reference; not cut to digits, not typo'd, no other
     * invoice of ours named), the amount is at most what those invoices still owe (their exact sum for several, no
     * overpayment) and the payer is no other customer; or, without any label naming another invoice or claiming one
     * we do not know, the payer's name fits exactly one customer and that customer has exactly one invoice of this
     * exact amount in the whole book, unpaid so far. Every other credit only counts against precision.
     */
    record Truth(Set<String> invoices, boolean shouldBeAutomatic, String kind) {
    }

    private static final String[] FAMILIES = {
        "Durand", "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia",
        "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
        "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
        "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
        "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Gérard",
        "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert",
        "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Bourgeois", "Benoît", "Leclerc", "Rolland",
        "Guillaume", "Lecomte", "Dupuy", "Hubert", "Berger", "Carpentier", "Dupuis", "Moulin", "Deschamps", "Huet",
        "Vasseur", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Poirier", "Aubry", "Guyot", "Carré",
        "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Le Gall", "Léger",
        "Bouvier", "Prévost", "Millet", "Perrot", "Le Roux", "Germain", "Breton", "Besson", "Langlois", "Le Goff",
        "Pelletier", "Lévêque", "Perrier", "Leblanc", "Lebrun", "Weber", "Mallet", "Hamon", "Jacob", "Monnier",
        "Michaud", "Gillet", "Étienne", "Poulain", "Tessier", "Chauvin", "Da Silva", "Bouchet", "Lemaître",
        "Bénard", "Maréchal", "Humbert", "Reynaud", "Cordier", "Pichon", "Lejeune", "Gilbert", "Delaunay"};
    private static final String[] TRADES = {
        "Boulangerie", "Pharmacie", "Garage", "Cabinet", "Plomberie", "Menuiserie", "Électricité", "Restaurant",
        "Hôtel", "Librairie", "Fromagerie", "Boucherie", "Charcuterie", "Transports", "Imprimerie", "Atelier",
        "Agence", "Studio", "Clinique Vétérinaire", "Bâtiment", "Maçonnerie", "Peinture", "Pâtisserie",
        "Boulangerie Pâtisserie", "Cabinet Dentaire", "Auto-École", "Fleurs", "Optique", "Taxis", "Traiteur"};
    private static final String[] SUFFIXES = {
        "Conseil", "Informatique", "Distribution", "Services", "Immobilier", "Rénovation", "Logistique", "Études",
        "Architecture", "Communication", "Industrie", "Énergie"};
    private static final String[] FORMS = {"SARL", "SAS", "EURL", "SA", "SASU", "SNC", "SELARL"};
    private static final String[] TOWNS = {"Lyon", "Paris", "Marseille", "Nantes", "Bordeaux", "Lille", "Rennes",
        "Toulouse", "Saint-Étienne", "Aix-en-Provence"};
    private static final String[] FIRST = {"Jean", "Marie", "Pierre", "Sophie", "Luc", "Anne", "Paul", "Claire",
        "Michel", "Isabelle", "François", "Hélène"};
    private static final Set<String> LEGAL = Set.of("SARL", "SAS", "SASU", "EURL", "SA", "SNC", "SELARL", "SCI",
        "ET", "CIE");

    private record Customer(String name, String base) {
    }

    private static final class Invoice {
        String number; // given once every invoice is issued, in the order of issue dates
        final Customer customer;
        final LocalDate issued;
        final BigDecimal total;
        final boolean creditNote;
        BigDecimal due;

        Invoice(Customer customer, LocalDate issued, BigDecimal total, boolean creditNote) {
            this.customer = customer;
            this.issued = issued;
            this.total = total;
            this.creditNote = creditNote;
            this.due = total;
        }
    }

    /** A payment planned for a day, written into a credit once the book's state at that day is known. */
    private record Plan(LocalDate date, String kind, List<Invoice> pays, BigDecimal amount, Invoice other) {

        Plan(LocalDate date, String kind, List<Invoice> pays, BigDecimal amount) {
            this(date, kind, pays, amount, null);
        }
    }

    private final Random random;
    private final List<Customer> customers = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final Map<String, List<String>> keys = new HashMap<>();
    private final List<Credit> credits = new ArrayList<>();
    private final Map<String, Truth> truth = new LinkedHashMap<>();
    private final int scheme;
    private final int[] cuts;

    private BlindBook(long seed, int size) {
        this.random = new Random(seed);
        this.scheme = random.nextInt(6);
        this.cuts = new int[] {18 + random.nextInt(8), 24 + random.nextInt(12)};
        makeCustomers(Math.max(40, size / 7));
        List<Plan> plans = makeInvoicesAndPlans(size);
        number();
        plans.sort(Comparator.comparing(Plan::date));
        int id = 0;
        for (Plan plan : plans) {
            write(String.format(Locale.ROOT, "B%06d", ++id), plan);
        }
    }

    /** A book of about {@code size} credits; the same seed always gives the same book. */
    static BlindBook of(long seed, int size) {
        return new BlindBook(seed, size);
    }

    List<Receivable> receivables() {
        List<Receivable> out = new ArrayList<>();
        for (Invoice i : invoices) {
            out.add(new Receivable(i.number, i.customer.name, null, i.issued, i.issued.plusDays(30),
                    Money.of(i.total, java.util.Currency.getInstance("EUR")), i.creditNote));
        }
        return out;
    }

    List<Credit> credits() {
        return Collections.unmodifiableList(credits);
    }

    Truth truth(String creditId) {
        return truth.get(creditId);
    }

    Map<String, Truth> truths() {
        return Collections.unmodifiableMap(truth);
    }

    // ------------------------------------------------------------ customers

    private void makeCustomers(int count) {
        Set<String> names = new LinkedHashSet<>();
        while (customers.size() < count) {
            String family = pick(FAMILIES);
            String form = pick(FORMS);
            String base = switch (random.nextInt(6)) {
                case 0, 1 -> pick(TRADES) + " " + family;
                case 2 -> family + " " + pick(SUFFIXES);
                case 3 -> "Cabinet " + family + (random.nextBoolean() ? " & Associés" : "");
                case 4 -> pick(TRADES) + " " + pick(FIRST) + " " + family;
                default -> family + " " + pick(TRADES);
            };
            // Families of near-duplicates: the base alone, then branches, numbered entities, "& Fils", other forms.
            int variants = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(3);
            for (int v = 0; v < variants && customers.size() < count; v++) {
                String name = switch (v == 0 ? random.nextInt(3) : 3 + random.nextInt(5)) {
                    case 0 -> base + " " + form;
                    case 1 -> form + " " + base;
                    case 2 -> base;
                    case 3 -> base + " " + pick(TOWNS);
                    case 4 -> base + " " + (2 + random.nextInt(200));
                    case 5 -> base + (base.contains("&") ? " Frères" : random.nextBoolean() ? " & Fils" : " et Fils")
                            + " " + form;
                    case 6 -> base + " Frères";
                    default -> base + " " + pick(FORMS);
                };
                if (names.add(name)) {
                    customers.add(new Customer(name, base));
                }
            }
        }
    }

    // ------------------------------------------------------------ invoices and what pays them

    private List<Plan> makeInvoicesAndPlans(int size) {
        List<Plan> plans = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 5);
        // A few customers take most invoices, some on a monthly subscription of one amount (twins).
        Map<Customer, BigDecimal> subscription = new HashMap<>();
        for (Customer c : customers) {
            if (random.nextInt(8) == 0) {
                subscription.put(c, roundAmount());
            }
        }
        List<BigDecimal> commonAmounts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            commonAmounts.add(roundAmount());
        }
        while (plans.size() < size) {
            Customer c = customers.get((int) Math.floor(Math.pow(random.nextDouble(), 1.6) * customers.size()));
            LocalDate issued = start.plusDays(random.nextInt(320));
            BigDecimal amount = subscription.containsKey(c) && random.nextBoolean() ? subscription.get(c)
                    : random.nextInt(5) == 0 ? commonAmounts.get(random.nextInt(commonAmounts.size())) : amount();
            Invoice inv = newInvoice(c, issued, amount, false);
            LocalDate paid = issued.plusDays(3 + random.nextInt(70));
            int fate = random.nextInt(100);
            if (fate < 12) {
                continue; // never paid: stays open
            } else if (fate < 62) {
                plans.add(new Plan(paid, "single", List.of(inv), inv.total));
            } else if (fate < 68) {
                BigDecimal part = inv.total.multiply(BigDecimal.valueOf(20 + random.nextInt(60)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                plans.add(new Plan(paid, "partial", List.of(inv), part));
                if (random.nextBoolean()) {
                    plans.add(new Plan(paid.plusDays(10 + random.nextInt(30)), "rest", List.of(inv),
                            inv.total.subtract(part)));
                }
            } else if (fate < 75) {
                List<Invoice> group = new ArrayList<>(List.of(inv));
                int more = 1 + random.nextInt(2);
                for (int k = 0; k < more; k++) {
                    group.add(newInvoice(c, issued.plusDays(random.nextInt(20)), amount(), false));
                }
                BigDecimal sum = group.stream().map(i -> i.total).reduce(BigDecimal.ZERO, BigDecimal::add);
                plans.add(new Plan(paid.plusDays(20), "several", group, sum));
            } else if (fate < 80) {
                BigDecimal fee = BigDecimal.valueOf(50 + random.nextInt(1200), 2).min(inv.total.movePointLeft(2).setScale(2, RoundingMode.DOWN)).max(new BigDecimal("0.01"));
                plans.add(new Plan(paid, "fees", List.of(inv), inv.total.subtract(fee).max(new BigDecimal("0.01"))));
            } else if (fate < 83) {
                BigDecimal extra = random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(2000), 2)
                        : inv.total.multiply(BigDecimal.TEN);
                plans.add(new Plan(paid, "overpaid", List.of(inv), inv.total.add(extra)));
            } else if (fate < 87) {
                BigDecimal back = inv.total.multiply(BigDecimal.valueOf(5 + random.nextInt(30)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                Invoice note = newInvoice(c, issued.plusDays(2), back, true);
                plans.add(new Plan(paid, "netted", List.of(inv), inv.total.subtract(back), note));
            } else if (fate < 91) {
                plans.add(new Plan(issued.minusDays(1 + random.nextInt(10)), "prepaid", List.of(inv), inv.total));
            } else if (fate < 93) {
                plans.add(new Plan(paid, "typo", List.of(inv), inv.total));
            } else if (fate < 96) {
                // A look-alike: a sibling of the same family name owes the same amount on the very next number, and
                // the payer, cut to the family's common words, names its invoice by digits or one keystroke off.
                Customer sibling = siblingOf(c);
                Invoice decoy = newInvoice(sibling, issued, inv.total, false);
                plans.add(new Plan(paid, "lookalike", List.of(inv), inv.total, decoy));
            } else {
                plans.add(new Plan(paid, "third-party", List.of(inv), inv.total));
            }
            if (random.nextInt(100) < 7) {
                plans.add(new Plan(issued.plusDays(random.nextInt(60)), "stranger", List.of(), strangerAmount()));
            }
        }
        return plans;
    }

    /** Another customer of the same family name (a branch, a numbered entity), or any other customer. */
    private Customer siblingOf(Customer c) {
        List<Customer> family = customers.stream().filter(o -> o != c && o.base.equals(c.base)).toList();
        if (!family.isEmpty()) {
            return pick(family);
        }
        Customer other = pick(customers);
        return other == c ? customers.get((customers.indexOf(c) + 1) % customers.size()) : other;
    }

    private Invoice newInvoice(Customer c, LocalDate issued, BigDecimal total, boolean creditNote) {
        Invoice inv = new Invoice(c, issued, total, creditNote);
        invoices.add(inv);
        return inv;
    }

    /** Numbers the invoices in the order they were issued, as a real book is numbered. */
    private void number() {
        List<Invoice> byDate = new ArrayList<>(invoices);
        byDate.sort(Comparator.comparing((Invoice i) -> i.issued)); // stable: a look-alike stays next to its twin
        Map<String, Integer> serials = new HashMap<>();
        for (Invoice inv : byDate) {
            int year = inv.issued.getYear();
            int serial = serials.merge((inv.creditNote ? "AV" : "F") + (scheme == 3 || scheme == 4 ? "" : year), 1,
                    Integer::sum);
            if (inv.creditNote) {
                inv.number = String.format(Locale.ROOT, "AV-%d-%04d", year, serial);
                continue;
            }
            inv.number = switch (scheme) {
                case 0 -> String.format(Locale.ROOT, "F-%d-%04d", year, serial);
                case 1 -> String.format(Locale.ROOT, "FA%d%05d", year, serial);
                case 2 -> String.format(Locale.ROOT, "%d-%03d", year, serial);
                case 3 -> String.format(Locale.ROOT, "FAC-%06d", serial);
                case 4 -> String.format(Locale.ROOT, "INV%05d", serial + 1000);
                default -> String.format(Locale.ROOT, "%d%02d-%03d", year, inv.issued.getMonthValue(), serial);
            };
        }
    }

    private BigDecimal amount() {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return roundAmount();
        }
        return BigDecimal.valueOf(2_000 + (long) (Math.pow(random.nextDouble(), 2.2) * 1_200_000), 2);
    }

    private BigDecimal roundAmount() {
        int[] steps = {50, 90, 100, 120, 150, 180, 200, 240, 250, 300, 350, 400, 450, 480, 500, 600, 750, 800,
            900, 1000, 1200, 1500, 1800, 2000, 2400, 2500, 3000, 3600, 5000};
        BigDecimal base = BigDecimal.valueOf(steps[random.nextInt(steps.length)]);
        return random.nextInt(3) == 0 ? base.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP)
                : base.setScale(2, RoundingMode.UNNECESSARY);
    }

    private BigDecimal strangerAmount() {
        if (random.nextInt(5) < 2 && !invoices.isEmpty()) {
            return invoices.get(random.nextInt(invoices.size())).total; // a refund of an amount we also invoiced
        }
        return amount();
    }

    // ------------------------------------------------------------ writing a credit

    private void write(String id, Plan plan) {
        String kind = plan.kind();
        BigDecimal amount = plan.amount();
        if (kind.equals("stranger")) {
            String[][] strangers = {
                {"DGFIP", "REMBOURSEMENT CREDIT TVA"}, {"DIRECTION GENERALE DES FINANCES PUBLIQUES", "REMBT IMPOT"},
                {"URSSAF ILE DE FRANCE", "REMBOURSEMENT TROP PERCU"}, {"CPAM", "INDEMNITES"},
                {"BANQUE", "INTERETS CREDITEURS"}, {"AMAZON EU SARL", "REMBOURSEMENT COMMANDE 171-2026"},
                {"STRIPE PAYMENTS EUROPE", "STRIPE PAYOUT"}, {"SUMUP", "VERSEMENT"}, {"AXA FRANCE", "INDEMNISATION SINISTRE"},
                {"", "REMISE CHEQUES 8812"}, {"", "VERSEMENT ESPECES"}};
            String payer;
            String label;
            if (random.nextInt(3) == 0) {
                // A private person sharing a customer's family name, with a "reference" of their own.
                Customer c = pick(customers);
                String family = lastWord(c.base);
                payer = bankCase("M. " + pick(FIRST) + " " + family);
                label = random.nextBoolean() ? "REMBOURSEMENT" : "VIR " + (100 + random.nextInt(9000));
            } else {
                String[] s = strangers[random.nextInt(strangers.length)];
                payer = s[0];
                label = s[1];
            }
            add(id, plan.date(), amount, payer, label, Set.of(), false, kind);
            return;
        }
        Invoice first = plan.pays().get(0);
        Customer customer = first.customer;
        Set<String> paid = new LinkedHashSet<>();
        plan.pays().forEach(i -> paid.add(i.number));
        BigDecimal stillDue = plan.pays().stream().map(i -> i.due).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean openBefore = plan.pays().stream().allMatch(i -> i.due.signum() > 0);

        String payer = payerFor(customer);
        boolean thirdParty = kind.equals("third-party");
        if (thirdParty) {
            payer = random.nextBoolean()
                    ? bankCase("Cabinet " + pick(FAMILIES) + " pour " + customer.name)
                    : bankCase((random.nextBoolean() ? "Holding " : "Groupe ") + lastWord(customer.base));
            payer = cut(payer, cuts[1]);
        }

        // The label: a full reference, a loose one, a typo, another company's number, or nothing.
        String label;
        boolean fullReference = false;
        boolean claimsUnknown = false;
        int style = random.nextInt(100);
        if (kind.equals("typo")) {
            label = prefixWord() + typo(first.number);
        } else if (kind.equals("lookalike")) {
            // The decoy's number is the label only where it is one keystroke from the invoice's (…41 → …42,
            // not …39 → …40): a typo, not another invoice copied.
            String decoy = plan.other().number;
            label = random.nextBoolean() && oneKeystroke(first.number, decoy) ? prefixWord() + decoy
                    : "facture " + serialOf(first.number);
            payer = random.nextBoolean() ? payer : bankCase(customer.base);
        } else if (plan.pays().size() > 1) {
            if (style < 55) {
                List<String> refs = plan.pays().stream().map(i -> render(i.number)).toList();
                label = joinReferences(refs);
                fullReference = true;
            } else if (style < 80) {
                label = joinReferences(plan.pays().stream().map(i -> "" + serialOf(i.number)).toList());
            } else {
                label = random.nextBoolean() ? "" : "REGLEMENT FACTURES";
            }
        } else if (style < 45) {
            label = prefixWord() + render(first.number);
            fullReference = true;
        } else if (style < 52) {
            label = rf(first.number);
            fullReference = true;
        } else if (style < 62) {
            label = (random.nextBoolean() ? "facture " : "FACT ") + serialOf(first.number);
        } else if (style < 68) {
            label = prefixWord() + loose(first.number);
        } else if (style < 75) {
            label = foreignReference();
            // "Votre facture 8812" claims one of our invoices: naming none we know, it may be one not imported yet.
            claimsUnknown = label.startsWith("VOTRE FACTURE") || label.startsWith("FACT FOURN");
        } else {
            label = random.nextInt(3) == 0 ? "VIREMENT " + customer.base.toUpperCase(Locale.ROOT) : "";
        }
        if (kind.equals("netted")) {
            label = label + (random.nextBoolean() ? " MOINS AVOIR " : " - avoir ") + plan.other().number;
        }
        if (kind.equals("partial") || kind.equals("rest")) {
            label = label.isEmpty() || random.nextBoolean() ? label : label + (random.nextBoolean() ? " ACOMPTE" : " SOLDE");
        }

        // The truth's own reading of the evidence; a loose form that happens to be the full number is the full number.
        String flatLabel = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        fullReference |= !kind.equals("typo") && !kind.equals("netted") && !kind.equals("lookalike") && plan.pays().stream()
                .allMatch(i -> flatLabel.contains(i.number.replaceAll("[^A-Z0-9]", "")));
        Set<String> named = namedBy(label, fullReference ? paid : Set.of());
        boolean otherNamed = !named.stream().allMatch(paid::contains);
        List<Customer> fitting = fits(payer);
        boolean payerIsAnother = !fitting.isEmpty() && !fitting.contains(customer);
        boolean byReference = fullReference && !otherNamed && openBefore && !payerIsAnother
                && !kind.equals("overpaid")
                && (plan.pays().size() == 1 ? amount.compareTo(stillDue) <= 0 && amount.signum() > 0
                        : amount.compareTo(stillDue) == 0);
        claimsUnknown &= named.isEmpty();
        boolean byNameAndAmount = !otherNamed && !claimsUnknown && plan.pays().size() == 1 && fitting.size() == 1
                && fitting.get(0) == customer && first.due.compareTo(first.total) == 0
                && amount.compareTo(first.total) == 0 && onlyInvoiceOfAmount(customer, first.total);
        add(id, plan.date(), amount, payer, label, paid, byReference || byNameAndAmount, kind);

        // Settle what this credit pays, oldest first, so later credits see what is left.
        BigDecimal left = amount;
        for (Invoice i : plan.pays()) {
            BigDecimal take = left.min(i.due).max(BigDecimal.ZERO);
            i.due = i.due.subtract(take);
            left = left.subtract(take);
        }
    }

    private void add(String id, LocalDate date, BigDecimal amount, String payer, String label, Set<String> paid,
            boolean automatic, String kind) {
        credits.add(new Credit(id, date, Money.of(amount, java.util.Currency.getInstance("EUR")), payer, label));
        truth.put(id, new Truth(paid, automatic, kind));
    }

    private boolean onlyInvoiceOfAmount(Customer c, BigDecimal total) {
        return index().perCustomerAmount.getOrDefault(c.name + "|" + total.toPlainString(), 0) == 1;
    }

    /** Look-ups over the finished list of invoices, built once all are issued (before any credit is written). */
    private static final class Index {
        final Map<String, Integer> perCustomerAmount = new HashMap<>();
        final Map<Integer, List<String>> bySerial = new HashMap<>();
        final Map<String, List<String>> byDigitSuffix = new HashMap<>();
    }

    private Index index;

    private Index index() {
        if (index == null) {
            index = new Index();
            for (Invoice i : invoices) {
                if (i.creditNote) {
                    continue;
                }
                index.perCustomerAmount.merge(i.customer.name + "|" + i.total.toPlainString(), 1, Integer::sum);
                index.bySerial.computeIfAbsent(serialOf(i.number), k -> new ArrayList<>()).add(i.number);
                String digits = i.number.replaceAll("\\D", "");
                for (int k = 0; k + 3 <= digits.length(); k++) {
                    index.byDigitSuffix.computeIfAbsent(digits.substring(k), x -> new ArrayList<>()).add(i.number);
                }
            }
        }
        return index;
    }

    // ------------------------------------------------------------ payer names as banks print them

    private String payerFor(Customer c) {
        int how = random.nextInt(100);
        String name = c.name;
        if (how < 30) {
            name = withoutForm(name);
        } else if (how < 40) {
            String form = formOf(name);
            name = form == null ? name : form + " " + withoutForm(name);
        }
        if (random.nextInt(10) < 8) {
            name = bankCase(name);
        }
        if (random.nextInt(10) < 7) {
            name = cut(name, cuts[random.nextInt(cuts.length)]);
        }
        return name;
    }

    private String bankCase(String s) {
        String out = s.toUpperCase(Locale.ROOT);
        if (random.nextInt(10) < 8) {
            out = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (random.nextInt(3) == 0) {
            out = out.replace("&", "ET");
        }
        return out.replace('-', random.nextBoolean() ? ' ' : '-');
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length).trim();
    }

    private static String formOf(String name) {
        for (String w : name.split(" ")) {
            for (String f : FORMS) {
                if (w.equals(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String withoutForm(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!List.of(FORMS).contains(w)) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /** The customers whose name holds every word of the payer (its last word possibly cut), legal forms aside. */
    private List<Customer> fits(String payer) {
        List<String> words = key(payer);
        List<Customer> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        for (Customer c : customers) {
            List<String> name = keys.computeIfAbsent(c.name, BlindBook::key);
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                String w = words.get(k);
                // A cut last word of one or two letters tells nothing: it must then be a whole word ("16").
                all = k == words.size() - 1 && w.length() >= 3 ? name.stream().anyMatch(n -> n.startsWith(w))
                        : name.contains(w);
            }
            if (all) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> key(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("&", " ET ").replaceAll("[^A-Z0-9]+", " ").trim();
        List<String> out = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty() && !LEGAL.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        String[] w = s.split(" ");
        return w[w.length - 1];
    }

    // ------------------------------------------------------------ references

    private String prefixWord() {
        String[] words = {"", "", "FACT ", "Facture n° ", "Règlement facture ", "Fact. ", "VIR SEPA REF ", "INV ",
            "Invoice ", "Paiement ", "/INV/", "N/REF "};
        return words[random.nextInt(words.length)];
    }

    /** The full number, as a person or a bank may retype it: case, separators, spaces. */
    private String render(String number) {
        return switch (random.nextInt(5)) {
            case 0 -> number.toLowerCase(Locale.ROOT);
            case 1 -> number.replace("-", "");
            case 2 -> number.replace("-", " ");
            default -> number;
        };
    }

    /** A number that still names the invoice to a careful reader but not exactly: zeros dropped, O for 0. */
    private String loose(String number) {
        if (random.nextBoolean()) {
            return number.replaceFirst("([-A-Z])0+(\\d)", "$1$2");
        }
        return number.replaceFirst("0", "O");
    }

    private String typo(String number) {
        char[] c = number.toCharArray();
        List<Integer> digits = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            if (Character.isDigit(c[k])) {
                digits.add(k);
            }
        }
        // Only the serial part: a typo in the year is not what people make.
        int at = digits.get(digits.size() - 1 - random.nextInt(Math.min(3, digits.size())));
        if (random.nextBoolean() && at > 0 && Character.isDigit(c[at - 1]) && c[at - 1] != c[at]) {
            char t = c[at];
            c[at] = c[at - 1];
            c[at - 1] = t;
        } else {
            c[at] = (char) ('0' + (c[at] - '0' + 1 + random.nextInt(9)) % 10);
        }
        return new String(c);
    }

    private static boolean oneKeystroke(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int diffs = 0;
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                diffs++;
                first = first < 0 ? k : first;
            }
        }
        return diffs == 1 || (diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first));
    }

    private String joinReferences(List<String> refs) {
        int how = random.nextInt(4);
        String head = switch (how) {
            case 0 -> "Règlement factures ";
            case 1 -> "FACT ";
            case 2 -> "";
            default -> "PAIEMENT ";
        };
        StringBuilder out = new StringBuilder(head);
        for (int k = 0; k < refs.size(); k++) {
            if (k > 0) {
                out.append(how == 2 ? " / " : k == refs.size() - 1 ? " et " : ", ");
            }
            out.append(refs.get(k));
        }
        return out.toString();
    }

    private String foreignReference() {
        String[] forms = {"N/REF CDE %d", "VOTRE FACTURE %d", "REF CLIENT %05d", "PO-2026-%d", "BON DE COMMANDE %d",
            "FACT FOURN %d", "DOSSIER %d"};
        return String.format(Locale.ROOT, forms[random.nextInt(forms.length)], 10 + random.nextInt(9000));
    }

    /** The RF creditor reference (ISO 11649) carrying the invoice number's letters and digits. */
    static String rf(String number) {
        String payload = number.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder();
        for (char ch : (payload + "RF00").toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "RF%02d%s", check, payload);
    }

    private static int serialOf(String number) {
        String d = number.replaceAll("^.*?(\\d+)$", "$1");
        return Integer.parseInt(d.length() > 5 ? d.substring(d.length() - 5) : d); // FA202600042 → 42
    }

    /**
     * The invoices (not credit notes) the label names to this generator's own reading: the full number in its
     * letters and digits, or a run of three or more digits that is the serial of exactly those invoices. The
     * numbers of {@code known} are read first, so their digits do not count again.
     */
    private Set<String> namedBy(String label, Set<String> known) {
        String flat = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Set<String> out = new LinkedHashSet<>();
        String rest = label.toUpperCase(Locale.ROOT);
        for (String n : known) {
            String f = n.replaceAll("[^A-Z0-9]", "");
            if (flat.contains(f) || label.startsWith("RF")) {
                out.add(n);
                rest = rest.replace(n, " ").replace(n.replace("-", ""), " ").replace(n.replace("-", " "), " ");
            }
        }
        if (label.startsWith("RF")) {
            return out;
        }
        rest = rest.replaceAll("AV-?\\d{4}-?\\d{4}", " "); // a credit note netted is no invoice named
        for (String run : rest.split("[^0-9]+")) {
            if (run.length() < 3) {
                continue;
            }
            int value = Integer.parseInt(run.length() > 6 ? run.substring(run.length() - 6) : run);
            out.addAll(index().bySerial.getOrDefault(value, List.of()));
            out.addAll(index().byDigitSuffix.getOrDefault(run, List.of()));
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
