package org.relance.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.relance.ledger.Money;

/**
 * Matching benchmark on synthetic receivables with known answers: auto-precision, recall and timings.
 * Not a test (surefire ignores the name); run it as described in bench/README.md.
 */
public final class MatchingBenchmark {

    private static final String[] TRADES = {"Boulangerie", "Garage", "Plomberie", "Cabinet", "Atelier", "Pharmacie",
        "Librairie", "Menuiserie", "Transports", "Imprimerie", "Fromagerie", "Brasserie", "Électricité", "Maçonnerie",
        "Studio", "Agence", "Conseil", "Bâtiment", "Traiteur", "Jardins", "Optique", "Coiffure", "Informatique",
        "Pâtisserie", "Carrosserie", "Ferronnerie", "Cave", "Épicerie", "Auto-École", "Restaurant"};
    private static final String[] NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet",
        "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry",
        "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
        "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly",
        "Gautier", "Roger", "Roche", "Roy", "Noel", "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand",
        "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
        "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
        "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis"};
    private static final String[] PLACES = {"Lyon", "Nantes", "Lille", "Bordeaux", "Rennes", "Dijon", "Brest",
        "Tours", "Angers", "Nîmes", "Annecy", "Quimper", "Vannes", "Colmar", "Arles", "Sète", "Pau", "Metz", "Caen",
        "Reims", "Amiens", "Limoges", "Poitiers", "Rouen", "Grenoble", "Valence", "Béziers", "Chartres", "Troyes",
        "Orléans", "du Centre", "de la Gare", "du Port", "des Halles", "du Marché", "Saint-Michel", "Bellevue"};
    private static final String[] FORMS = {"SARL", "SAS", "S.A.R.L.", "EURL", "SA", "SASU", "", "", ""};
    private static final String[] ROUND = {"100.00", "150.00", "200.00", "250.00", "300.00", "500.00", "750.00",
        "1000.00", "1200.00", "1500.00"};

    private final Random random;
    private final List<Receivable> receivables = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private final Set<String> truth = new HashSet<>();
    private final List<String> customers = new ArrayList<>();
    private int creditSeq;
    private final LocalDate today = LocalDate.of(2026, 11, 22);

    private MatchingBenchmark(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "cores=%d java=%s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        Matcher matcher = new Matcher();
        for (int size : new int[] {10_000, 100_000}) {
            MatchingBenchmark data = new MatchingBenchmark(size);
            data.generate(size);
            data.report(matcher, size);
        }
        latency(matcher);
    }

    // ------------------------------------------------------------ generation

    private void generate(int invoiceCount) {
        int customerCount = invoiceCount / 5;
        Set<String> keys = new HashSet<>();
        while (customers.size() < customerCount) {
            String name = customerName();
            if (keys.add(Names.key(Names.words(name)))) {
                customers.add(name);
            }
        }
        // Invoices per customer follow a skewed distribution: a few big customers, many small ones.
        List<List<Receivable>> byCustomer = new ArrayList<>();
        customers.forEach(c -> byCustomer.add(new ArrayList<>()));
        for (int i = 0; i < invoiceCount; i++) {
            int c = (int) Math.min(customerCount - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * customerCount));
            String amount = random.nextInt(6) == 0 ? ROUND[random.nextInt(ROUND.length)] : cents(5_000, 1_500_000);
            LocalDate issue = today.minusDays(10 + random.nextInt(200));
            Receivable r = new Receivable(String.format("F-2026-%06d", i + 1), customers.get(c), null, issue,
                    issue.plusDays(30), Money.of(amount, "EUR"), false);
            receivables.add(r);
            byCustomer.get(c).add(r);
        }
        for (int c = 0; c < customerCount; c++) {
            List<Receivable> own = byCustomer.get(c);
            int k = 0;
            while (k < own.size() && credits.size() < invoiceCount) {
                k += scenario(own, k);
            }
        }
        while (credits.size() < invoiceCount) {
            nonCustomerCredit();
        }
    }

    /** Creates the payments of invoice {@code own.get(k)} (and maybe the next ones); returns how many it used. */
    private int scenario(List<Receivable> own, int k) {
        Receivable r = own.get(k);
        long due = r.amountDue().toMinor();
        int roll = random.nextInt(100);
        if (roll < 12) {
            return 1; // still unpaid
        }
        if (roll < 57) {
            pay(List.of(r), due, payer(r), reference(r.number()));
        } else if (roll < 70) {
            pay(List.of(r), due, payer(r), random.nextBoolean() ? "" : "VIREMENT " + r.customerName().length());
        } else if (roll < 78) {
            long first = due * (30 + random.nextInt(40)) / 100;
            pay(List.of(r), first, payer(r), reference(r.number()));
            pay(List.of(r), due - first, payer(r), random.nextBoolean() ? reference(r.number()) : "SOLDE");
        } else if (roll < 83) {
            long fee = Math.min(Math.min(1000, due / 100), 50 + random.nextInt(450));
            pay(List.of(r), due - Math.max(fee, 1), payer(r), reference(r.number()));
        } else if (roll < 90 && k + 1 < own.size()) {
            int count = Math.min(own.size() - k, 2 + random.nextInt(2));
            List<Receivable> several = own.subList(k, k + count);
            long sum = several.stream().mapToLong(x -> x.amountDue().toMinor()).sum();
            String label = random.nextBoolean() ? "" : "FACT " + String.join(" ", several.stream()
                    .map(x -> reference(x.number())).toList());
            pay(several, sum, payer(r), label);
            return count;
        } else if (roll < 92) {
            pay(List.of(r), due, payer(r), typo(r.number()));
        } else {
            pay(List.of(r), due, payer(r), "RF" + rfFor(r.number()));
        }
        return 1;
    }

    private void pay(List<Receivable> invoices, long amount, String payer, String reference) {
        String id = "C" + (++creditSeq);
        LocalDate date = today.minusDays(random.nextInt(60));
        credits.add(new Credit(id, date, Money.ofMinor(amount, invoices.get(0).amountDue().currency()), payer, reference));
        invoices.forEach(r -> truth.add(id + "|" + r.number()));
    }

    private void nonCustomerCredit() {
        String id = "C" + (++creditSeq);
        String[][] kinds = {{"DGFIP", "REMBOURSEMENT CREDIT TVA"}, {"BANQUE POPULAIRE", "INTERETS CREDITEURS"},
            {"AMAZON EU", "AVOIR CB 12/11"}, {"URSSAF", "REGULARISATION"}, {"M JEAN INCONNU", "remboursement repas"},
            {"SOCIETE XYZ HOLDING", "VIR " + random.nextInt(99999)}};
        String[] kind = kinds[random.nextInt(kinds.length)];
        credits.add(new Credit(id, today.minusDays(random.nextInt(60)),
                Money.of(cents(1_000, 500_000), "EUR"), kind[0], kind[1]));
    }

    private String customerName() {
        String name = TRADES[random.nextInt(TRADES.length)] + " " + NAMES[random.nextInt(NAMES.length)];
        int extra = random.nextInt(4);
        if (extra == 1) {
            name += " et Fils";
        } else if (extra >= 2) {
            name += " " + PLACES[random.nextInt(PLACES.length)];
        }
        if (random.nextInt(3) == 0) {
            name += " " + NAMES[random.nextInt(NAMES.length)];
        }
        String form = FORMS[random.nextInt(FORMS.length)];
        return form.isEmpty() ? name : name + " " + form;
    }

    /** How a bank shows the payer: uppercase, accents gone, legal form changed, words swapped, cut at 35. */
    private String payer(Receivable r) {
        String name = r.customerName();
        int roll = random.nextInt(10);
        if (roll == 0) {
            name = name.replaceAll(" (SARL|SAS|S\\.A\\.R\\.L\\.|EURL|SA|SASU)$", "") + " SAS";
        } else if (roll == 1) {
            String[] words = name.split(" ");
            String first = words[0];
            words[0] = words[words.length - 1];
            words[words.length - 1] = first;
            name = String.join(" ", words);
        }
        name = Text.fold(name).replace('-', ' ');
        if (random.nextInt(4) == 0) {
            name = name.toLowerCase(Locale.ROOT);
        }
        return name.length() > 35 ? name.substring(0, 35) : name;
    }

    /** How customers write the invoice number: exact, lowercase, without dashes or zeros, with a prefix, O for 0. */
    private String reference(String number) {
        String digits = number.substring(7);
        switch (random.nextInt(9)) {
            case 0: return number.toLowerCase(Locale.ROOT);
            case 1: return number.replace("-", "");
            case 2: return "F-2026-" + Integer.parseInt(digits);
            case 3: return "FACTURE " + number;
            case 4: return "Fact. 2026-" + digits;
            case 5: return number.replace('0', 'O');
            case 6: return "VIR SEPA " + number + " MERCI";
            case 7: return "INV " + number.replace("-", " ");
            default: return number;
        }
    }

    private String typo(String number) {
        char[] chars = number.toCharArray();
        int at = 7 + random.nextInt(6);
        chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(8)) % 10);
        return new String(chars);
    }

    private static String rfFor(String number) {
        String payload = number.replace("-", "");
        return CreditorReference.checkDigits(payload) + payload;
    }

    private String cents(int minMinor, int maxMinor) {
        return BigDecimal.valueOf(minMinor + random.nextInt(maxMinor - minMinor), 2).toPlainString();
    }

    // ------------------------------------------------------------ measurement

    private void report(Matcher matcher, int size) {
        List<Allocation> result = null;
        long best = Long.MAX_VALUE;
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            result = matcher.match(receivables, credits);
            long elapsed = System.nanoTime() - start;
            if (round >= 1) {
                times.add(elapsed);
            }
            best = Math.min(best, elapsed);
        }
        times.sort(null);
        int auto = 0;
        int autoRight = 0;
        Set<String> proposed = new HashSet<>();
        int unmatchedCredits = 0;
        for (Allocation a : result) {
            if (!a.matched()) {
                unmatchedCredits++;
                continue;
            }
            String pair = a.creditId() + "|" + a.invoiceNumber();
            proposed.add(pair);
            if (a.auto()) {
                auto++;
                autoRight += truth.contains(pair) ? 1 : 0;
            }
        }
        long found = truth.stream().filter(proposed::contains).count();
        System.out.printf(Locale.ROOT,
                "%,d invoices x %,d credits: match %.0f ms (median of 4 after warm-up; first run %.0f ms), "
                        + "auto-precision %.3f%% (%d/%d), recall %.2f%% (%d/%d true allocations proposed), "
                        + "auto share of true allocations %.1f%%, credits left unmatched %d%n",
                receivables.size(), credits.size(), times.get(times.size() / 2) / 1e6, best / 1e6,
                100.0 * autoRight / Math.max(auto, 1), autoRight, auto,
                100.0 * found / truth.size(), found, truth.size(), 100.0 * autoRight / truth.size(), unmatchedCredits);
    }

    private static void latency(Matcher matcher) {
        MatchingBenchmark data = new MatchingBenchmark(7);
        data.generate(10_000);
        List<Credit> sample = data.credits.subList(0, 2_000);
        // Warm-up, then one credit at a time against an indexed run of 10,000 invoices.
        for (int round = 0; round < 3; round++) {
            MatchingRun run = matcher.start(data.receivables);
            sample.forEach(run::match);
        }
        MatchingRun run = matcher.start(data.receivables);
        long[] each = new long[sample.size()];
        for (int k = 0; k < sample.size(); k++) {
            long start = System.nanoTime();
            run.match(sample.get(k));
            each[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(each);
        // And from scratch: index 10,000 invoices and match a single credit.
        long[] cold = new long[30];
        for (int k = 0; k < cold.length; k++) {
            long start = System.nanoTime();
            matcher.match(data.receivables, List.of(sample.get(k)));
            cold[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(cold);
        System.out.printf(Locale.ROOT, "one credit vs 10,000 invoices: indexed run median %.3f ms, p99 %.3f ms, max %.3f ms; "
                        + "index built from scratch + match median %.2f ms%n",
                each[each.length / 2] / 1e6, each[each.length * 99 / 100] / 1e6, each[each.length - 1] / 1e6,
                cold[cold.length / 2] / 1e6);
    }
}
