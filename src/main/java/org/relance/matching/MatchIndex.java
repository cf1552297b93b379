package org.relance.matching;

import org.relance.text.Fold;
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
import java.util.stream.IntStream;

/**
 * Lookup structures over the receivables (settled ones with nothing due), built once per run and then only read:
 * normalised invoice numbers, customers by name word, invoice serials per customer.
 */
final class MatchIndex {

    /** Beyond this many customers sharing a name word the word says nothing about who paid. */
    private static final int MAX_POSTINGS = 5_000;
    /** Banks cut payer names anywhere from 18 to 35 characters; a name this long may have lost its end. */
    private static final int TRUNCATED_LENGTH = 16;

    final Receivable[] receivables;
    final long[] initialDue;
    final int[] customerOf;
    final int[][] receivablesOfCustomer;
    final List<List<String>> customerWords = new ArrayList<>();

    private final Map<String, int[]> fullKeys = new HashMap<>();
    private final Map<String, int[]> coreKeys = new HashMap<>();
    /** Compact and grouped keys of the credit notes' numbers: a label netting one names no invoice by it. */
    private final Set<String> creditNoteKeys = new HashSet<>();
    private int maxCreditNoteTokens = 0;
    private final Set<String> firstTokens = new HashSet<>();
    /** The lengths of the digit groups of the numbers ("4.6" for F-2026-000042), when they have two or more. */
    private final Set<String> digitShapes = new HashSet<>();
    private int maxTokens = 1;
    private final Map<String, Integer> customerByKey = new HashMap<>();
    private final Map<String, int[]> customersByWord = new HashMap<>();
    private final String[] sortedWords;
    private final Map<Long, int[]> serials = new HashMap<>();
    /** The last digit run of each invoice number, reversed, sorted: "ends with these digits" is a prefix search. */
    private final String[] reversedTails;
    private final int[] tailOwner;
    private final String[] compactNumber;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Identified> longerNames;

    MatchIndex(List<Receivable> open) {
        for (Receivable r : open) {
            if (r.creditNote()) {
                List<NumberTokens.Token> tokens = NumberTokens.of(r.number());
                if (tokens.stream().anyMatch(NumberTokens.Token::digits)) {
                    creditNoteKeys.add(NumberTokens.compact(tokens, 0, tokens.size()));
                    creditNoteKeys.add(NumberTokens.grouped(tokens, 0, tokens.size()));
                    maxCreditNoteTokens = Math.max(maxCreditNoteTokens, Math.min(tokens.size(), 8));
                }
            }
        }
        receivables = open.stream()
                // Settled invoices stay in (nothing due): a reference to one is known as settled, not read as other digits,
                // and their customers still count when a payer name could be theirs.
                .filter(r -> !r.creditNote() && r.amountDue().amount().signum() >= 0)
                .sorted(Comparator.comparing(Receivable::dueDate, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(Receivable::issueDate, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(Receivable::number)
                        .thenComparing(Receivable::customerName))
                .toArray(Receivable[]::new);
        int n = receivables.length;
        initialDue = new long[n];
        customerOf = new int[n];
        // Normalising numbers and names is the costly part and independent per item: done in parallel,
        // then the maps are filled sequentially in receivable order, so the index is deterministic.
        NumberKeys[] keys = new NumberKeys[n];
        parallel(n).forEach(i -> keys[i] = NumberKeys.of(receivables[i].number()));
        compactNumber = new String[n];
        List<Integer> withTail = new ArrayList<>(n);
        String[] tails = new String[n];
        for (int i = 0; i < n; i++) {
            compactNumber[i] = keys[i] == null ? null : keys[i].fullCompact();
            if (keys[i] != null && keys[i].tail() != null) {
                tails[i] = new StringBuilder(keys[i].tail()).reverse().toString();
                withTail.add(i);
            }
        }
        withTail.sort(Comparator.comparing((Integer i) -> tails[i]).thenComparing(i -> i));
        reversedTails = new String[withTail.size()];
        tailOwner = new int[withTail.size()];
        for (int k = 0; k < reversedTails.length; k++) {
            tailOwner[k] = withTail.get(k);
            reversedTails[k] = tails[tailOwner[k]];
        }
        Map<String, Integer> byRawName = new HashMap<>();
        List<String> rawNames = new ArrayList<>();
        for (Receivable r : receivables) {
            if (byRawName.putIfAbsent(r.customerName(), rawNames.size()) == null) {
                rawNames.add(r.customerName());
            }
        }
        List<List<String>> nameWords = parallel(rawNames.size()).mapToObj(k -> Names.words(rawNames.get(k))).toList();
        int[] customerOfName = new int[rawNames.size()];
        Map<String, List<Integer>> words = new HashMap<>();
        for (int k = 0; k < rawNames.size(); k++) {
            String key = Names.key(nameWords.get(k));
            Integer customer = customerByKey.get(key);
            if (customer == null) {
                customer = customerWords.size();
                customerByKey.put(key, customer);
                customerWords.add(List.copyOf(nameWords.get(k)));
                for (String w : nameWords.get(k)) {
                    words.computeIfAbsent(w, x -> new ArrayList<>()).add(customer);
                }
            }
            customerOfName[k] = customer;
        }
        int[] counts = new int[customerWords.size()];
        for (int i = 0; i < n; i++) {
            Receivable r = receivables[i];
            initialDue[i] = r.amountDue().toMinor();
            int customer = customerOfName[byRawName.get(r.customerName())];
            customerOf[i] = customer;
            counts[customer]++;
            index(i, customer, keys[i]);
        }
        freeze(words, customersByWord);
        receivablesOfCustomer = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            receivablesOfCustomer[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int i = 0; i < n; i++) {
            int c = customerOf[i];
            receivablesOfCustomer[c][counts[c]++] = i;
        }
        sortedWords = new TreeSet<>(customersByWord.keySet()).toArray(String[]::new);
        longerNames = new java.util.concurrent.atomic.AtomicReferenceArray<>(customerWords.size());
    }

    private static IntStream parallel(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= 2_000 ? range.parallel() : range;
    }

    /** The lookup keys of one invoice number, computed once. */
    private record NumberKeys(String fullCompact, String fullGrouped, String coreCompact, String coreGrouped,
            String first, int tokenCount, int serial, String tail, String digitShape) {

        static NumberKeys of(String number) {
            List<NumberTokens.Token> tokens = NumberTokens.of(number);
            int firstDigit = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).digits()) {
                    firstDigit = k;
                    break;
                }
            }
            if (firstDigit < 0) {
                return null;
            }
            int n = tokens.size();
            String compact = NumberTokens.compact(tokens, 0, n);
            boolean fullOk = compact.length() >= 3;
            // Without its letter prefix (F-, FA-, INV-…): payers write "facture 2026-0042" for F-2026-0042.
            String coreCompact = firstDigit > 0 ? NumberTokens.compact(tokens, firstDigit, n) : null;
            boolean coreOk = coreCompact != null && coreCompact.length() >= 5;
            NumberTokens.Token last = tokens.get(n - 1);
            int serial = last.digits() && last.bare().length() <= 9 ? Integer.parseInt(last.bare()) : -1;
            StringBuilder shape = new StringBuilder();
            int groups = 0;
            for (int k = firstDigit; k < n && tokens.get(k).digits(); k++, groups++) {
                shape.append(shape.length() == 0 ? "" : ".").append(tokens.get(k).raw().length());
            }
            return new NumberKeys(fullOk ? compact : null, fullOk ? NumberTokens.grouped(tokens, 0, n) : null,
                    coreOk ? coreCompact : null, coreOk ? NumberTokens.grouped(tokens, firstDigit, n) : null,
                    tokens.get(0).bare(), n, serial, last.digits() ? last.raw() : null,
                    groups >= 2 ? shape.toString() : null);
        }
    }

    private void index(int i, int customer, NumberKeys keys) {
        if (keys == null) {
            return;
        }
        maxTokens = Math.max(maxTokens, Math.min(keys.tokenCount(), 8));
        firstTokens.add(keys.first());
        if (keys.digitShape() != null) {
            digitShapes.add(keys.digitShape());
        }
        addOnce(fullKeys, keys.fullCompact(), i);
        addOnce(fullKeys, keys.fullGrouped(), i);
        addOnce(coreKeys, keys.coreCompact(), i);
        addOnce(coreKeys, keys.coreGrouped(), i);
        if (keys.serial() >= 0) {
            addOnce(serials, serialKey(customer, keys.serial()), i);
        }
    }

    private static long serialKey(int customer, int serial) {
        return ((long) customer << 32) | serial;
    }

    /** Appends {@code i} unless it is already the last entry; most keys hold a single receivable. */
    private static <K> void addOnce(Map<K, int[]> map, K key, int i) {
        if (key == null) {
            return;
        }
        int[] old = map.putIfAbsent(key, new int[] {i});
        if (old != null && old[old.length - 1] != i) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            map.put(key, grown);
        }
    }

    private static void freeze(Map<String, List<Integer>> from, Map<String, int[]> to) {
        from.forEach((k, v) -> to.put(k, toArray(v)));
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    int customerCount() {
        return customerWords.size();
    }

    // ---------------------------------------------------------------- references

    /**
     * How a reference was written: an RF reference, the whole number, the number without its letter prefix, or
     * only its last digits without their leading zeros ("1952" for FAC-001952), which is no more than digits.
     */
    enum Strength { RF, FULL, CORE, BARE }

    /** Receivables one reference in the label points to (several when the number is ambiguous). */
    record RefHit(int[] receivables, Strength strength) {
    }

    /** What the payment's texts say, worked out without touching amounts still due. */
    record Evidence(List<RefHit> refs, boolean invalidRf, List<String> looseDigits, Identified payer,
            boolean notCustomerPayment, List<int[]> digitRefs, boolean unknownRef, boolean creditNote,
            boolean severalInvoices, boolean partialWord, boolean digitsAnnounced) {
    }

    Evidence analyse(Credit credit) {
        List<RefHit> refs = new ArrayList<>(2);
        List<String> loose = new ArrayList<>(2);
        boolean[] unknown = {false};
        boolean[] creditNote = {false};
        boolean invalidRf = findReferences(credit.reference(), refs, loose, unknown, creditNote);
        if (refs.isEmpty() && !credit.payerName().isEmpty()) {
            invalidRf |= findReferences(credit.payerName(), refs, new ArrayList<>(), new boolean[1], new boolean[1]);
            // A number in a name ("Cabinet Giraud 8", "Taxis 42") is a reference only when written whole.
            refs.removeIf(h -> h.strength() == Strength.CORE || h.strength() == Strength.BARE);
        }
        Identified payer = identify(credit.payerName());
        boolean[] announced = {true};
        List<int[]> digitRefs = refs.isEmpty() ? digitReferences(credit, unknown, announced) : List.of();
        return new Evidence(refs, invalidRf, loose, payer, NotCustomerPayment.looksLike(credit), digitRefs,
                unknown[0], creditNote[0], anyWord(credit.reference(), PLURAL_INVOICE_WORDS),
                anyWord(credit.reference(), PARTIAL_WORDS), announced[0]);
    }

    private static final Set<String> PLURAL_INVOICE_WORDS = Set.of("FACTURES", "FACTS", "FCTS", "INVOICES",
            "RECHNUNGEN");

    // "Acompte", "Anzahlung", "deposit": the payment is part of an invoice, whatever invoice its amount equals.
    private static final Set<String> PARTIAL_WORDS = Set.of("ACOMPTE", "ACOMPTES", "PARTIEL", "PARTIELLE",
            "PARTIELS", "AVANCE", "ANZAHLUNG", "TEILZAHLUNG", "ABSCHLAG", "ABSCHLAGSZAHLUNG", "PARTIAL", "DEPOSIT",
            "INSTALMENT", "INSTALLMENT");

    /** True when the label holds one of {@code words} ("Règlement factures": several invoices). */
    private static boolean anyWord(String label, Set<String> words) {
        for (String word : Fold.upperAscii(label).split("[^A-Z0-9]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // Words that announce an invoice number written as its digits only ("facture 4649", "Rechnung Nr. 4649").
    private static final java.util.Set<String> INVOICE_WORDS = java.util.Set.of("FACTURE", "FACTURES", "FACT",
            "FACTS", "FAC", "FA", "FCT", "FT", "INVOICE", "INVOICES", "INV", "BILL", "RECHNUNG", "RECHNUNGEN", "RG",
            "REF", "REFERENCE", "N", "NO", "NR", "NUM", "NUMERO", "REGLEMENT");
    private static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern.compile("[0-9]+");
    /** Beyond this many invoice numbers ending with the same digits, they name nothing. */
    private static final int MAX_TAIL_HITS = 16;

    /**
     * Digits in the label that may be an invoice number written without its prefix: runs of at least 3 digits
     * (4 without an invoice word before them), not part of a date, a time or an amount, not the payment's own
     * amount, and a year only after an invoice word. Each is returned with the receivables whose number ends with
     * those digits (leading zeros aside); the run decides which are still open.
     */
    List<int[]> digitReferences(Credit credit) {
        return digitReferences(credit, new boolean[1], new boolean[1]);
    }

    /** Like {@link #digitReferences(Credit)}; sets {@code unknown[0]} for announced digits no invoice ends with. */
    private List<int[]> digitReferences(Credit credit, boolean[] unknown, boolean[] allAnnounced) {
        String text = Fold.upperAscii(credit.reference());
        if (text.isBlank() || reversedTails.length == 0) {
            return List.of();
        }
        String units = credit.amount().amount().toBigInteger().toString();
        List<int[]> out = new ArrayList<>(1);
        java.util.regex.Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (joined(text, s - 1, s - 2) || joined(text, e, e + 1)) {
                continue;
            }
            String bare = NumberTokens.stripZeros(m.group());
            String before = wordBefore(text, s);
            if (CREDIT_NOTE_WORDS.contains(before) || OTHER_NUMBER_WORDS.contains(before)) {
                continue;
            }
            boolean announced = INVOICE_WORDS.contains(before);
            int digits = bare.length();
            boolean year = digits == 4 && (bare.startsWith("19") || bare.startsWith("20"));
            if (digits < 3 || (!announced && (digits < 4 || year || bare.equals(units)))) {
                continue;
            }
            int[] hits = endingWith(bare);
            if (hits != null && hits.length > 0) {
                out.add(hits);
                allAnnounced[0] &= announced;
            } else if (hits != null && announced && !year) {
                // "Facture 4649" and no invoice ends with 4649: the payment names one we do not know (yet).
                unknown[0] = true;
            }
        }
        return out;
    }

    /** True when the character at {@code at} is a date, time or decimal separator next to a digit at {@code next}. */
    private static boolean joined(String text, int at, int next) {
        if (at < 0 || at >= text.length() || next < 0 || next >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return (c == '/' || c == '.' || c == ',' || c == ':') && Text.isDigit(text.charAt(next));
    }

    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && !Text.isAlnum(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Text.isAlnum(text.charAt(s - 1)) && !Text.isDigit(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    /** Receivables whose number's last digit run ends with {@code bare}; null when too many do. */
    private int[] endingWith(String bare) {
        String key = new StringBuilder(bare).reverse().toString();
        int at = Arrays.binarySearch(reversedTails, key);
        if (at < 0) {
            at = -at - 1;
        }
        int[] out = new int[0];
        for (int k = at; k < reversedTails.length && reversedTails[k].startsWith(key); k++) {
            // "4649" ends "004649" too: the digits before ours in the tail may only be zeros or anything; the
            // run checks how many of these are still open.
            if (out.length == MAX_TAIL_HITS) {
                return null;
            }
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = tailOwner[k];
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Receivables whose number is one keystroke away from receivable {@code t}'s (a digit changed or two adjacent
     * digits swapped): where a typo in a reference would have landed instead.
     */
    int[] typoNeighbours(int t) {
        String number = compactNumber[t];
        if (number == null) {
            return new int[0];
        }
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        char[] c = number.toCharArray();
        for (int k = 0; k < c.length; k++) {
            if (!Text.isDigit(c[k])) {
                continue;
            }
            char keep = c[k];
            for (char d = '0'; d <= '9'; d++) {
                if (d != keep) {
                    c[k] = d;
                    collect(new String(c), t, found);
                }
            }
            c[k] = keep;
            if (k + 1 < c.length && Text.isDigit(c[k + 1]) && c[k + 1] != keep) {
                c[k] = c[k + 1];
                c[k + 1] = keep;
                collect(new String(c), t, found);
                c[k + 1] = c[k];
                c[k] = keep;
            }
        }
        // A digit dropped or doubled changes the number's length, which the grouped keys already forgive on
        // leading zeros; the other lengths are left to the amount and payer checks.
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private void collect(String compact, int t, java.util.Set<Integer> into) {
        int[] hit = fullKeys.get(compact);
        if (hit != null) {
            for (int i : hit) {
                if (i != t) {
                    into.add(i);
                }
            }
        }
    }

    /**
     * Finds the invoice numbers in a label; sets {@code unknown[0]} when the label holds something shaped like an
     * invoice number of this book (a valid RF reference, a number prefix followed by digits, digit groups of the
     * same lengths as the numbers') that is none of them: a payment for an invoice not in the ledger yet.
     */
    private boolean findReferences(String text, List<RefHit> refs, List<String> loose, boolean[] unknown,
            boolean[] creditNote) {
        if (text.isBlank()) {
            return false;
        }
        String folded = Fold.upperAscii(text);
        boolean invalid = false;
        if (folded.contains("RF")) {
            List<CreditorReference.Found> found = CreditorReference.find(folded);
            if (!found.isEmpty()) {
                char[] chars = folded.toCharArray();
                for (CreditorReference.Found f : found) {
                    if (f.valid()) {
                        int before = refs.size();
                        lookupWhole(NumberTokens.of(f.payload()), refs);
                        unknown[0] |= refs.size() == before;
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
            int netted = creditNoteAt(tokens, i);
            if (netted > 0) {
                creditNote[0] = true;
                i += netted;
                continue;
            }
            int other = otherNumberAt(tokens, i);
            if (other > 0) {
                i += other;
                continue;
            }
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
                unknown[0] |= numberShaped(tokens, i);
                i++;
            }
        }
        return invalid;
    }

    // Words that announce a number which is not an invoice's: an order, a file, a customer or contract number.
    private static final Set<String> OTHER_NUMBER_WORDS = Set.of("PO", "CDE", "CMD", "COMMANDE", "COMMANDES", "BC",
            "BDC", "ORDER", "ORDERS", "BESTELLUNG", "AUFTRAG", "AUFTRAGSNR", "DOSSIER", "CONTRAT", "CONTRACT",
            "VERTRAG", "CLIENT", "CUSTOMER", "KUNDE", "KUNDENNR", "DEVIS", "QUOTE", "ANGEBOT", "MANDAT", "RUM",
            "SIRET", "SIREN", "TVA", "VAT", "TEL", "CHEQUE", "CHEQUES", "CHQ", "LOT");

    /** How many tokens from {@code i} are a number announced as something else than an invoice ("PO-2026-4074"). */
    private static int otherNumberAt(List<NumberTokens.Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).digits() || !OTHER_NUMBER_WORDS.contains(tokens.get(i - 1).bare())) {
            return 0;
        }
        int k = i;
        while (k < tokens.size() && tokens.get(k).digits()) {
            k++;
        }
        return k - i;
    }

    // Words that announce a credit note's number: "moins avoir AV-2026-0061", "Gutschrift 17", "credit note 12".
    private static final Set<String> CREDIT_NOTE_WORDS = Set.of("AVOIR", "AVOIRS", "GUTSCHRIFT", "CN");

    /**
     * How many tokens from {@code i} are a credit note's number (a known one, or a number right after "avoir"),
     * netted in the payment rather than an invoice it pays; 0 when none.
     */
    private int creditNoteAt(List<NumberTokens.Token> tokens, int i) {
        for (int len = Math.min(maxCreditNoteTokens, tokens.size() - i); len >= 1; len--) {
            if (creditNoteKeys.contains(NumberTokens.compact(tokens, i, i + len))
                    || creditNoteKeys.contains(NumberTokens.grouped(tokens, i, i + len))) {
                // A credit note's number read as a whole, unless it is an invoice's number as well.
                if (!fullKeys.containsKey(NumberTokens.compact(tokens, i, i + len))) {
                    return len;
                }
            }
        }
        boolean announced = i > 0 && (CREDIT_NOTE_WORDS.contains(tokens.get(i - 1).bare())
                || (tokens.get(i - 1).bare().equals("NOTE") && i > 1 && tokens.get(i - 2).bare().equals("CREDIT")));
        if (!announced) {
            return 0;
        }
        int k = i;
        if (!tokens.get(k).digits() && tokens.get(k).bare().length() <= 3 && k + 1 < tokens.size()
                && tokens.get(k + 1).digits()) {
            k++; // its letter prefix: "AV-2026-0061"
        }
        while (k < tokens.size() && tokens.get(k).digits()) {
            k++;
        }
        return k - i;
    }

    /**
     * True when the tokens from {@code i} look like one of this book's invoice numbers: a known number prefix ("F",
     * "FA", "INV") right before digits, or a run of digit groups with the lengths of the numbers' digit groups
     * ("2026-000054" where numbers are F-2026-000067).
     */
    private boolean numberShaped(List<NumberTokens.Token> tokens, int i) {
        NumberTokens.Token t = tokens.get(i);
        if (!t.digits()) {
            // "G-2" is too short to be looked up as a number (a serial may still name it): not flagged either.
            return firstTokens.contains(t.bare()) && i + 1 < tokens.size() && tokens.get(i + 1).digits()
                    && t.bare().length() + tokens.get(i + 1).raw().length() >= 3
                    && (i == 0 || !tokens.get(i - 1).digits());
        }
        if (i > 0 && tokens.get(i - 1).digits()) {
            return false;
        }
        StringBuilder shape = new StringBuilder();
        for (int k = i; k < tokens.size() && tokens.get(k).digits(); k++) {
            shape.append(shape.length() == 0 ? "" : ".").append(tokens.get(k).raw().length());
        }
        return digitShapes.contains(shape.toString());
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
                // Bare digits announced by an invoice word ("facture 1952") stay a reference without prefix.
                boolean bare = to - from == 1 && tokens.get(from).digits()
                        && (from == 0 || !INVOICE_WORDS.contains(tokens.get(from - 1).bare()));
                strength = bare ? Strength.BARE : Strength.CORE;
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
        return bare.length() <= 9 ? serials.get(serialKey(customer, Integer.parseInt(bare))) : null;
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

    // "CABINET MARTIN POUR BOULANGERIE DUPONT": an accountant or a parent paying for a customer.
    private static final java.util.regex.Pattern ON_BEHALF = java.util.regex.Pattern.compile(
            "\\b(?:POUR LE COMPTE DE|POUR COMPTE DE|POUR CPTE DE|POUR|ON BEHALF OF|IM AUFTRAG VON|IM AUFTRAG)\\b");

    Identified identify(String payerName) {
        // Bank labels cut names at 18 to 35 characters: the last word may be partial, later words missing.
        boolean truncated = payerName.strip().length() >= TRUNCATED_LENGTH;
        java.util.regex.Matcher agent = ON_BEHALF.matcher(Fold.upperAscii(payerName));
        if (agent.find() && agent.start() > 0) {
            // The customer is the one paid for; the agent's own name says nothing about whose invoice it is.
            String beneficiary = Fold.upperAscii(payerName).substring(agent.end());
            return beneficiary.isBlank() ? Identified.NOBODY : identify(beneficiary, truncated);
        }
        return identify(payerName, truncated);
    }

    // "M. PIERRE DURAND": a person, whose name fits a company's only as a whole, never as a cut prefix of it.
    private static final java.util.regex.Pattern PERSON_TITLE = java.util.regex.Pattern.compile(
            "^\\s*(?:M|MR|MME|MLLE|MM|MONSIEUR|MADAME|MADEMOISELLE|HERR|FRAU|MRS|MS|MISS)\\b");

    private Identified identify(String payerName, boolean truncated) {
        List<String> payer = Names.words(payerName);
        if (payer.isEmpty()) {
            return Identified.NOBODY;
        }
        truncated &= !PERSON_TITLE.matcher(Fold.upperAscii(payerName)).find();
        // One or two letters left of a cut word tell nothing; one or two digits are kept ("CABINET CORDIER 37"),
        // read as the start of a number, so "… 371" fits as well.
        String last = payer.get(payer.size() - 1);
        if (truncated && payer.size() > 1 && last.length() < 3 && !digitsOnly(last)) {
            payer = payer.subList(0, payer.size() - 1);
        }
        Integer exact = customerByKey.get(Names.key(payer));
        if (exact != null && !truncated) {
            return withLongerNames(exact, payer);
        }
        // A cut-off last word is checked by score(); the whole words pick the candidates, which avoids
        // merging the postings of every word that shares a short prefix.
        boolean partialLast = truncated && payer.size() > 1;
        int[][] lists = new int[partialLast ? payer.size() - 1 : payer.size()][];
        int unknown = 0;
        for (int k = 0; k < lists.length; k++) {
            lists[k] = truncated && payer.size() == 1 ? prefixPostings(payer.get(k)) : customersByWord.get(payer.get(k));
            if (lists[k] == null) {
                unknown++;
            }
        }
        // A strong match contains every payer word, a medium one all but one: candidates are intersections
        // of posting lists (sorted by customer id), never a scan of every customer sharing one common word.
        int[] candidates = unknown == 0 ? intersect(lists, -1) : new int[0];
        if (candidates.length == 0 && lists.length >= 2 && unknown <= 1) {
            TreeSet<Integer> union = new TreeSet<>();
            for (int skip = 0; skip < lists.length; skip++) {
                if (unknown == 1 && lists[skip] != null) {
                    continue;
                }
                for (int c : intersect(lists, skip)) {
                    union.add(c);
                }
            }
            candidates = union.stream().mapToInt(Integer::intValue).toArray();
        }
        if (candidates.length == 0 && lists.length == 1 && lists[0] != null && lists[0].length <= MAX_POSTINGS) {
            candidates = lists[0];
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

    /**
     * The customer whose name is exactly the payer's, unless other customers' names hold all those words too
     * ("PHARMACIE DURAND" for "Pharmacie Durand & Co SA" and "Pharmacie Durand & Co SA 146"): banks cut names,
     * so the payer may be any of them and none is recognised.
     */
    private Identified withLongerNames(int exact, List<String> payer) {
        // The same for every payer naming this customer exactly: worked out once (analyse runs in parallel).
        Identified known = longerNames.get(exact);
        if (known == null) {
            known = longerNamesOf(exact, payer);
            longerNames.set(exact, known);
        }
        return known;
    }

    private Identified longerNamesOf(int exact, List<String> payer) {
        int[][] lists = new int[payer.size()][];
        int smallest = Integer.MAX_VALUE;
        for (int k = 0; k < lists.length; k++) {
            lists[k] = customersByWord.get(payer.get(k));
            smallest = Math.min(smallest, lists[k] == null ? 0 : lists[k].length);
        }
        if (smallest > MAX_POSTINGS) {
            // Too common to tell: certainly not a name that designates one customer.
            return new Identified(new int[] {exact}, false);
        }
        int[] all = intersect(lists, -1);
        if (all.length <= 1) {
            return new Identified(new int[] {exact}, true);
        }
        return new Identified(all, true);
    }

    /** Customers present in every list except {@code skip}; empty when a needed list is missing or too common. */
    private static int[] intersect(int[][] lists, int skip) {
        int[] smallest = null;
        for (int k = 0; k < lists.length; k++) {
            if (k == skip) {
                continue;
            }
            if (lists[k] == null) {
                return new int[0];
            }
            if (smallest == null || lists[k].length < smallest.length) {
                smallest = lists[k];
            }
        }
        if (smallest == null || smallest.length > MAX_POSTINGS) {
            return new int[0];
        }
        int[] out = new int[smallest.length];
        int count = 0;
        for (int c : smallest) {
            boolean everywhere = true;
            for (int k = 0; k < lists.length && everywhere; k++) {
                if (k != skip && lists[k] != smallest) {
                    everywhere = Arrays.binarySearch(lists[k], c) >= 0;
                }
            }
            if (everywhere) {
                out[count++] = c;
            }
        }
        return Arrays.copyOf(out, count);
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

    private static boolean digitsOnly(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!Text.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** 2: same words (modulo truncation and order); 1: all but one word on either side; 0: no. */
    static int score(List<String> customer, List<String> payer, boolean truncated) {
        boolean[] covered = new boolean[customer.size()];
        int matchedPayer = 0;
        for (int k = 0; k < payer.size(); k++) {
            String p = payer.get(k);
            int at = customer.indexOf(p);
            if (at < 0 && truncated && k == payer.size() - 1 && (p.length() >= 3 || digitsOnly(p))) {
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
