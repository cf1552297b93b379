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
 * A synthetic book with known answers: customers, open invoices and the bank credits paying them, with the hard
 * cases of real statements (noisy and typo'd references, digits-only references, RF references, names cut at 35
 * characters or prefixes of other customers' names, twin amounts, partial and grouped payments, bank fees).
 */
public final class GeneratedBook {

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

    private GeneratedBook(long seed) {
        this.random = new Random(seed);
    }

    /** A book of {@code invoiceCount} invoices and as many credits, the same for the same seed. */
    public static GeneratedBook of(long seed, int invoiceCount) {
        GeneratedBook book = new GeneratedBook(seed);
        book.generate(invoiceCount);
        return book;
    }

    /** The open invoices, nothing paid yet. */
    public List<Receivable> receivables() {
        return receivables;
    }

    /** The bank credits, ids {@code C000001}… in the order they were made (dates are not in order). */
    public List<Credit> credits() {
        return credits;
    }

    /** True when credit {@code creditId} really pays (part of) invoice {@code invoiceNumber}. */
    public boolean pays(String creditId, String invoiceNumber) {
        return truth.contains(creditId + "|" + invoiceNumber);
    }

    /** Every true (credit, invoice) pair, as {@code creditId|invoiceNumber}. */
    public Set<String> truth() {
        return truth;
    }

    /** The day the book is drawn on: invoices issued before, credits in the 60 days before. */
    public LocalDate today() {
        return today;
    }

    /** The contract's invoices.csv of these receivables ({@code invoices} a subset, or all). */
    public static String invoicesCsv(List<Receivable> invoices) {
        StringBuilder out = new StringBuilder("number,customer,customer_email,issue_date,due_date,currency,total,paid\n");
        for (Receivable r : invoices) {
            out.append(r.number()).append(',').append(quoted(r.customerName())).append(",,").append(r.issueDate())
                    .append(',').append(r.dueDate()).append(',').append(r.amountDue().currency().getCurrencyCode())
                    .append(',').append(r.amountDue().amount().toPlainString()).append(",0\n");
        }
        return out.toString();
    }

    /** The contract's payments.csv of these credits. */
    public static String paymentsCsv(List<Credit> credits) {
        StringBuilder out = new StringBuilder("id,date,amount,currency,payer,reference\n");
        for (Credit c : credits) {
            out.append(c.id()).append(',').append(c.date()).append(',').append(c.amount().amount().toPlainString())
                    .append(',').append(c.amount().currency().getCurrencyCode()).append(',')
                    .append(quoted(c.payerName())).append(',').append(quoted(c.reference())).append('\n');
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    // ------------------------------------------------------------ generation

    private void generate(int invoiceCount) {
        int customerCount = invoiceCount / 5;
        Set<String> keys = new HashSet<>();
        while (customers.size() < customerCount) {
            // Some customers' names start with another customer's whole name ("Garage Roux" and "Garage Roux Lyon").
            String name = !customers.isEmpty() && random.nextInt(20) == 0
                    ? customers.get(random.nextInt(customers.size())) + " " + PLACES[random.nextInt(PLACES.length)]
                    : customerName();
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
            if (!byCustomer.get(c).isEmpty() && random.nextInt(12) == 0) {
                // Twins: the same amount billed again to the same customer (a monthly subscription).
                List<Receivable> own = byCustomer.get(c);
                amount = own.get(own.size() - 1).amountDue().amount().toPlainString();
            }
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
        if (roll < 50) {
            pay(List.of(r), due, payer(r), reference(r.number()));
        } else if (roll < 57) {
            pay(List.of(r), due, payer(r), digitsOnly(r.number()));
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
        String id = String.format(Locale.ROOT, "C%06d", ++creditSeq);
        LocalDate date = today.minusDays(random.nextInt(60));
        credits.add(new Credit(id, date, Money.ofMinor(amount, invoices.get(0).amountDue().currency()), payer, reference));
        invoices.forEach(r -> truth.add(id + "|" + r.number()));
    }

    private void nonCustomerCredit() {
        String id = String.format(Locale.ROOT, "C%06d", ++creditSeq);
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
        name = org.relance.text.Fold.upperAscii(name).replace('-', ' ');
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

    /** The invoice's serial without its prefix and zeros: "facture 4649" for F-2026-004649. */
    private String digitsOnly(String number) {
        String serial = String.valueOf(Integer.parseInt(number.substring(7)));
        switch (random.nextInt(4)) {
            case 0: return "FACTURE " + serial;
            case 1: return "Règlement facture n° " + serial;
            case 2: return "VIR INST fact " + serial + " merci";
            default: return "Invoice " + serial;
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

}
