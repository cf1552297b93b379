package org.relance.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lookup structures over the open receivables, built once per run and then only read:
 * normalised invoice numbers, customers by name word, invoice serials per customer.
 */
final class MatchIndex {

    /** Beyond this many customers sharing a name word the word says nothing about who paid. */
    private static final int MAX_POSTINGS = 5_000;
    private static final int TRUNCATED_LENGTH = 30;

    final Receivable[] receivables;
    final long[] initialDue;
    final int[] customerOf;
    final int[][] receivablesOfCustomer;
    final List<List<String>> customerWords = new ArrayList<>();

    private final Map<String, int[]> fullKeys = new HashMap<>();
    private final Map<String, int[]> coreKeys = new HashMap<>();
    private final Set<String> firstTokens = new HashSet<>();
    private int maxTokens = 1;
    private final Map<String, Integer> customerByKey = new HashMap<>();
    private final Map<String, int[]> customersByWord = new HashMap<>();
    private final String[] sortedWords;
    private final Map<String, int[]> serials = new HashMap<>();

    MatchIndex(List<Receivable> open) {
        receivables = open.stream()
                .filter(r -> !r.creditNote() && r.amountDue().isPositive())
                .sorted(Comparator.comparing(Receivable::dueDate, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(Receivable::issueDate, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(Receivable::number)
                        .thenComparing(Receivable::customerName))
                .toArray(Receivable[]::new);
        int n = receivables.length;
        initialDue = new long[n];
        customerOf = new int[n];
        Map<String, List<Integer>> full = new HashMap<>();
        Map<String, List<Integer>> core = new HashMap<>();
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> serialLists = new HashMap<>();
        List<List<Integer>> ofCustomer = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Receivable r = receivables[i];
            initialDue[i] = r.amountDue().toMinor();
            List<String> name = Names.words(r.customerName());
            String key = Names.key(name);
            Integer customer = customerByKey.get(key);
            if (customer == null) {
                customer = customerWords.size();
                customerByKey.put(key, customer);
                customerWords.add(List.copyOf(name));
                ofCustomer.add(new ArrayList<>());
                for (String w : name) {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(customer);
                }
            }
            customerOf[i] = customer;
            ofCustomer.get(customer).add(i);
            indexNumber(i, customer, full, core, serialLists);
        }
        freeze(full, fullKeys);
        freeze(core, coreKeys);
        freeze(words, customersByWord);
        freeze(serialLists, serials);
        receivablesOfCustomer = new int[ofCustomer.size()][];
        for (int c = 0; c < ofCustomer.size(); c++) {
            receivablesOfCustomer[c] = ofCustomer.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        sortedWords = new TreeSet<>(customersByWord.keySet()).toArray(String[]::new);
    }

    private void indexNumber(int i, int customer, Map<String, List<Integer>> full,
            Map<String, List<Integer>> core, Map<String, List<Integer>> serialLists) {
        List<NumberTokens.Token> tokens = NumberTokens.of(receivables[i].number());
        int firstDigit = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).digits()) {
                firstDigit = k;
                break;
            }
        }
        if (firstDigit < 0) {
            return;
        }
        int n = tokens.size();
        maxTokens = Math.max(maxTokens, Math.min(n, 8));
        firstTokens.add(tokens.get(0).bare());
        String compact = NumberTokens.compact(tokens, 0, n);
        if (compact.length() >= 3) {
            addOnce(full, compact, i);
            addOnce(full, NumberTokens.grouped(tokens, 0, n), i);
        }
        // Without its letter prefix (F-, FA-, INV-…): payers write "facture 2026-0042" for F-2026-0042.
        if (firstDigit > 0) {
            String coreCompact = NumberTokens.compact(tokens, firstDigit, n);
            if (coreCompact.length() >= 5) {
                addOnce(core, coreCompact, i);
                addOnce(core, NumberTokens.grouped(tokens, firstDigit, n), i);
            }
        }
        NumberTokens.Token last = tokens.get(n - 1);
        if (last.digits()) {
            addOnce(serialLists, customer + "#" + last.bare(), i);
        }
    }

    private static void addOnce(Map<String, List<Integer>> map, String key, int i) {
        List<Integer> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
        }
    }

    private static void freeze(Map<String, List<Integer>> from, Map<String, int[]> to) {
        from.forEach((k, v) -> to.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    int customerCount() {
        return customerWords.size();
    }

    // ---------------------------------------------------------------- references

    enum Strength { RF, FULL, CORE }

    /** Receivables one reference in the label points to (several when the number is ambiguous). */
    record RefHit(int[] receivables, Strength strength) {
    }

    /** What the payment's texts say, worked out without touching amounts still due. */
    record Evidence(List<RefHit> refs, boolean invalidRf, List<String> looseDigits, Identified payer,
            boolean notCustomerPayment) {
    }

    Evidence analyse(Credit credit) {
        List<RefHit> refs = new ArrayList<>(2);
        List<String> loose = new ArrayList<>(2);
        boolean invalidRf = findReferences(credit.reference(), refs, loose);
        if (refs.isEmpty() && !credit.payerName().isEmpty()) {
            invalidRf |= findReferences(credit.payerName(), refs, new ArrayList<>());
        }
        Identified payer = identify(credit.payerName());
        return new Evidence(refs, invalidRf, loose, payer, NotCustomerPayment.looksLike(credit));
    }

    private boolean findReferences(String text, List<RefHit> refs, List<String> loose) {
        if (text.isBlank()) {
            return false;
        }
        String folded = Text.fold(text);
        boolean invalid = false;
        if (folded.contains("RF")) {
            List<CreditorReference.Found> found = CreditorReference.find(folded);
            if (!found.isEmpty()) {
                char[] chars = folded.toCharArray();
                for (CreditorReference.Found f : found) {
                    if (f.valid()) {
                        lookupWhole(NumberTokens.of(f.payload()), refs);
                    } else {
                        invalid = true;
                    }
                    // An RF string is one unit: a broken one is not searched again as free text.
                    Arrays.fill(chars, f.start(), f.end(), ' ');
                }
                folded = new String(chars);
            }
        }
        List<NumberTokens.Token> tokens = NumberTokens.of(folded);
        int i = 0;
        while (i < tokens.size()) {
            NumberTokens.Token t = tokens.get(i);
            int matched = 0;
            if (t.digits() || firstTokens.contains(t.bare())) {
                for (int len = Math.min(maxTokens, tokens.size() - i); len >= 1 && matched == 0; len--) {
                    if (lookup(tokens, i, i + len, refs, Strength.FULL)) {
                        matched = len;
                    }
                }
            }
            if (matched > 0) {
                i += matched;
            } else {
                if (t.digits()) {
                    loose.add(t.bare());
                }
                i++;
            }
        }
        return invalid;
    }

    private void lookupWhole(List<NumberTokens.Token> tokens, List<RefHit> refs) {
        if (tokens.isEmpty()) {
            return;
        }
        if (!lookup(tokens, 0, tokens.size(), refs, Strength.RF)) {
            // Zero-padded numeric payloads: "RF18 0000 0000 2026 0042".
            String bare = NumberTokens.stripZeros(NumberTokens.compact(tokens, 0, tokens.size()));
            addHit(fullKeys.get(bare), refs, Strength.RF);
            addHit(coreKeys.get(bare), refs, Strength.RF);
        }
    }

    private boolean lookup(List<NumberTokens.Token> tokens, int from, int to, List<RefHit> refs, Strength strength) {
        String compact = NumberTokens.compact(tokens, from, to);
        String grouped = to - from == 1 ? tokens.get(from).bare() : NumberTokens.grouped(tokens, from, to);
        int[] hit = fullKeys.get(compact);
        if (hit == null) {
            hit = fullKeys.get(grouped);
        }
        if (hit == null) {
            hit = coreKeys.get(compact);
            if (hit == null) {
                hit = coreKeys.get(grouped);
            }
            if (hit != null && strength == Strength.FULL) {
                strength = Strength.CORE;
            }
        }
        return addHit(hit, refs, strength);
    }

    private static boolean addHit(int[] hit, List<RefHit> refs, Strength strength) {
        if (hit == null) {
            return false;
        }
        for (RefHit existing : refs) {
            if (Arrays.equals(existing.receivables(), hit)) {
                return true;
            }
        }
        refs.add(new RefHit(hit, strength));
        return true;
    }

    /** Receivables of {@code customer} whose number ends with the serial {@code bare} ("factures 43 et 44"). */
    int[] serial(int customer, String bare) {
        return serials.get(customer + "#" + bare);
    }

    // ---------------------------------------------------------------- customers

    /** Customers the payer name designates; {@code clear} when exactly one matches without doubt. */
    record Identified(int[] customers, boolean strong) {
        static final Identified NOBODY = new Identified(new int[0], false);

        boolean clear() {
            return strong && customers.length == 1;
        }

        boolean none() {
            return customers.length == 0;
        }
    }

    Identified identify(String payerName) {
        List<String> payer = Names.words(payerName);
        if (payer.isEmpty()) {
            return Identified.NOBODY;
        }
        // Bank labels cut names at ~35 characters: the last word may be partial, later words missing.
        boolean truncated = payerName.strip().length() >= TRUNCATED_LENGTH;
        if (truncated && payer.size() > 1 && payer.get(payer.size() - 1).length() < 3) {
            payer = payer.subList(0, payer.size() - 1);
        }
        Integer exact = customerByKey.get(Names.key(payer));
        if (exact != null && !truncated) {
            return new Identified(new int[] {exact}, true);
        }
        int[][] lists = new int[payer.size()][];
        for (int k = 0; k < payer.size(); k++) {
            boolean last = k == payer.size() - 1;
            lists[k] = last && truncated ? prefixPostings(payer.get(k)) : customersByWord.get(payer.get(k));
        }
        int[] first = null;
        int[] second = null;
        for (int[] list : lists) {
            if (list == null || list.length > MAX_POSTINGS) {
                continue;
            }
            if (first == null || list.length < first.length) {
                second = first;
                first = list;
            } else if (second == null || list.length < second.length) {
                second = list;
            }
        }
        if (first == null) {
            return Identified.NOBODY;
        }
        // A strong match contains every payer word; a medium one may miss one, so two lists suffice.
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int c : first) {
            candidates.add(c);
        }
        if (second != null) {
            for (int c : second) {
                candidates.add(c);
            }
        }
        List<Integer> strong = new ArrayList<>();
        List<Integer> medium = new ArrayList<>();
        for (int c : candidates) {
            int level = score(customerWords.get(c), payer, truncated);
            if (level == 2) {
                strong.add(c);
            } else if (level == 1) {
                medium.add(c);
            }
        }
        List<Integer> chosen = strong.isEmpty() ? medium : strong;
        return new Identified(chosen.stream().mapToInt(Integer::intValue).toArray(), !strong.isEmpty());
    }

    private int[] prefixPostings(String prefix) {
        if (prefix.length() < 3) {
            return customersByWord.get(prefix);
        }
        int at = Arrays.binarySearch(sortedWords, prefix);
        if (at < 0) {
            at = -at - 1;
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (int k = at; k < sortedWords.length && sortedWords[k].startsWith(prefix); k++) {
            for (int c : customersByWord.get(sortedWords[k])) {
                out.add(c);
            }
            if (out.size() > MAX_POSTINGS) {
                return null;
            }
        }
        return out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 2: same words (modulo truncation and order); 1: all but one word on either side; 0: no. */
    static int score(List<String> customer, List<String> payer, boolean truncated) {
        boolean[] covered = new boolean[customer.size()];
        int matchedPayer = 0;
        for (int k = 0; k < payer.size(); k++) {
            String p = payer.get(k);
            int at = customer.indexOf(p);
            if (at < 0 && truncated && k == payer.size() - 1 && p.length() >= 3) {
                for (int c = 0; c < customer.size() && at < 0; c++) {
                    if (customer.get(c).startsWith(p)) {
                        at = c;
                    }
                }
            }
            if (at >= 0) {
                matchedPayer++;
                covered[at] = true;
            }
        }
        int coveredCustomer = 0;
        for (boolean b : covered) {
            coveredCustomer += b ? 1 : 0;
        }
        int extra = payer.size() - matchedPayer;
        int missing = customer.size() - coveredCustomer;
        if (coveredCustomer == 0) {
            return 0;
        }
        if (extra == 0 && (missing == 0 || (truncated && coveredCustomer >= 2))) {
            return 2;
        }
        if (extra <= 1 && (missing <= 1 || truncated) && 2 * coveredCustomer >= customer.size()
                && coveredCustomer >= 1 && (coveredCustomer >= 2 || customer.size() == 1)) {
            return 1;
        }
        return 0;
    }
}
