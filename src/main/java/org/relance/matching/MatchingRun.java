package org.relance.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relance.ledger.Money;
import org.relance.matching.MatchIndex.Evidence;
import org.relance.matching.MatchIndex.Identified;
import org.relance.matching.MatchIndex.RefHit;

/**
 * One matching session over a fixed set of open receivables: credits are applied one after the other and
 * each allocation lowers what remains due. Not thread-safe; build one per run with {@link Matcher#start}.
 */
public final class MatchingRun {

    private static final int MAX_COMBINATION_CANDIDATES = 12;
    private static final int MAX_AUTO_COMBINATION_CANDIDATES = 4;
    private static final int COMBINATION_NODE_BUDGET = 20_000;
    private static final int MAX_SCAN = 200;

    private static final BigDecimal C099 = new BigDecimal("0.99");
    private static final BigDecimal C097 = new BigDecimal("0.97");
    private static final BigDecimal C095 = new BigDecimal("0.95");
    private static final BigDecimal C090 = new BigDecimal("0.90");
    private static final BigDecimal C085 = new BigDecimal("0.85");
    private static final BigDecimal C080 = new BigDecimal("0.80");
    private static final BigDecimal C075 = new BigDecimal("0.75");
    private static final BigDecimal C070 = new BigDecimal("0.70");
    private static final BigDecimal C060 = new BigDecimal("0.60");
    private static final BigDecimal C050 = new BigDecimal("0.50");
    private static final BigDecimal C040 = new BigDecimal("0.40");
    private static final BigDecimal C030 = new BigDecimal("0.30");
    private static final BigDecimal C000 = new BigDecimal("0.00");

    private final MatchIndex index;
    private final FeeTolerance tolerance;
    private final long[] remaining;
    /**
     * What remains due counting only automatic allocations: a suggestion lowers {@link #remaining} (so the same
     * credit is not proposed twice) but settles nothing, so uniqueness for an automatic allocation is judged here.
     */
    private final long[] firm;
    /** Customers with an invoice a suggestion lowered in this run: their amount-only evidence is not unique. */
    private final boolean[] tentative;
    private final int[] firstOpen;
    /** (customer, amount still due) → receivables; entries go stale when amounts change and are re-checked on read. */
    private final Map<Long, int[]> byAmount = new HashMap<>();
    /** How many times each amount was due on some invoice in this run: a typo search needs a second one. */
    private final Map<Long, Integer> amountSeen = new HashMap<>();
    /** Invoice number → its first receivable, built on the first {@link #remaining(String)} call. */
    private Map<String, Integer> byNumber;

    /** Set while a credit whose label names another invoice is placed: nothing it finds is automatic. */
    private boolean proposalOnly;
    /** What remains due after the automatic allocations only: where a next round starts (see {@link #next()}). */
    private final long[] booked;

    MatchingRun(MatchIndex index, FeeTolerance tolerance) {
        this(index, tolerance, index.initialDue);
    }

    private MatchingRun(MatchIndex index, FeeTolerance tolerance, long[] due) {
        this.index = index;
        this.tolerance = tolerance;
        this.remaining = due.clone();
        this.firm = due.clone();
        this.booked = due.clone();
        this.tentative = new boolean[index.customerCount()];
        this.firstOpen = new int[index.customerCount()];
        for (int i = 0; i < remaining.length; i++) {
            addAmount(i, remaining[i]);
        }
    }

    MatchIndex index() {
        return index;
    }

    /**
     * A fresh run over the same invoices as they stand after this run's automatic allocations, with every
     * suggestion forgotten: the credits left waiting are matched again in it, as the bot does when later evidence
     * (a twin invoice paid by another credit) arrives.
     */
    MatchingRun next() {
        return new MatchingRun(index, tolerance, booked);
    }

    /** Matches one credit against what is still open, and records its allocations in this run. */
    public List<Allocation> match(Credit credit) {
        return apply(credit, index.analyse(credit));
    }

    /** What remains due on an invoice in this run, or null when the number is not an open receivable. */
    public Money remaining(String invoiceNumber) {
        if (byNumber == null) {
            byNumber = new HashMap<>();
            for (int i = index.receivables.length - 1; i >= 0; i--) {
                byNumber.put(index.receivables[i].number(), i);
            }
        }
        Integer i = byNumber.get(invoiceNumber);
        return i == null ? null : Money.ofMinor(remaining[i], index.receivables[i].amountDue().currency());
    }

    /** True when automatic allocations left nothing due on the invoice: a suggestion for it is out of date. */
    boolean settledByAutomatic(String invoiceNumber) {
        if (remaining(invoiceNumber) == null) {
            return false;
        }
        return booked[byNumber.get(invoiceNumber)] == 0;
    }

    List<Allocation> apply(Credit credit, Evidence evidence) {
        Currency currency = credit.amount().currency();
        long paid = credit.amount().toMinor();
        if (paid <= 0) {
            return unmatched(credit, "not a credit (amount is zero or negative)");
        }
        String preface = "";
        if (!evidence.refs().isEmpty()) {
            List<int[]> groups = new ArrayList<>(evidence.refs().size());
            List<String> settled = new ArrayList<>();
            for (RefHit hit : evidence.refs()) {
                // Still owed for good (firm) counts: what a suggestion for another payment took is only a guess.
                int[] live = Arrays.stream(hit.receivables())
                        .filter(i -> (remaining[i] > 0 || firm[i] > 0) && sameCurrency(i, currency)).toArray();
                if (live.length > 0) {
                    groups.add(live);
                } else {
                    Arrays.stream(hit.receivables()).forEach(i -> settled.add(index.receivables[i].number()));
                }
            }
            if (!groups.isEmpty()) {
                return byReference(credit, evidence, groups, paid, currency, false, "");
            }
            preface = "references " + String.join(", ", settled) + ", already settled or in another currency; ";
        }
        if (!evidence.digitRefs().isEmpty()) {
            List<int[]> groups = new ArrayList<>(evidence.digitRefs().size());
            for (int[] hits : evidence.digitRefs()) {
                // The digits name an invoice only when exactly one not yet settled invoice number ends with them.
                int[] open = Arrays.stream(hits).filter(i -> firm[i] > 0 && sameCurrency(i, currency)).toArray();
                if (open.length == 1) {
                    groups.add(open);
                }
            }
            if (!groups.isEmpty()) {
                return byReference(credit, evidence, groups, paid, currency, true, preface);
            }
        }
        if (evidence.notCustomerPayment()) {
            return unmatched(credit, preface + "not a customer payment (tax refund, interest or card refund)");
        }
        Identified who = evidence.payer();
        if (who.none()) {
            return unmatched(credit, preface + (evidence.invalidRf()
                    ? "RF reference with wrong check digits and payer not recognised"
                    : "no invoice reference found and payer not recognised"));
        }
        // The label names an invoice the ledger does not have (yet): amount and payer pointing to another invoice
        // contradict it (its twin, when the invoice is imported after its payment), so they only propose; once the
        // named invoice is known, re-examination finds it by its reference.
        // A credit note netted in the payment: the amount is some invoice less the credit note, so an invoice (or
        // a sum of invoices) of exactly this amount is a coincidence to confirm.
        // The label names an invoice already settled for good: amount and payer pointing to another one may be a
        // second payment or the sign that the first allocation was wrong, so they only propose.
        boolean unknownRef = evidence.unknownRef() && preface.isEmpty();
        if (!unknownRef && !evidence.creditNote() && preface.isEmpty()) {
            return byCustomer(credit, evidence, who, paid, currency, preface);
        }
        proposalOnly = true;
        try {
            return byCustomer(credit, evidence, who, paid, currency, preface + (unknownRef
                    ? "the label names an invoice that is not in the ledger (not imported yet, or a typo); "
                    : evidence.creditNote() ? "the label nets a credit note, so the amount is not an invoice's; "
                    : "so amount and payer only propose; "));
        } finally {
            proposalOnly = false;
        }
    }

    // ------------------------------------------------------------------ references

    private List<Allocation> byReference(Credit credit, Evidence evidence, List<int[]> groups, long paid,
            Currency currency, boolean digitsOnly, String preface) {
        Identified who = evidence.payer();
        List<Integer> targets = new ArrayList<>();
        boolean collision = false;
        List<Integer> unresolved = new ArrayList<>();
        for (int[] group : groups) {
            if (group.length == 1) {
                addDistinct(targets, group[0]);
                continue;
            }
            collision = true;
            int pick = pickOne(group, i -> contains(who.customers(), index.customerOf[i]));
            if (pick < 0) {
                pick = pickOne(group, i -> remaining[i] == paid);
            }
            if (pick >= 0) {
                addDistinct(targets, pick);
            } else {
                Arrays.stream(group).forEach(i -> addDistinct(unresolved, i));
            }
        }
        if (!unresolved.isEmpty()) {
            List<Allocation> out = new ArrayList<>();
            for (int i : union(targets, unresolved)) {
                out.add(allocation(credit, i, Math.min(paid, remaining[i]), Method.REFERENCE, C040, false,
                        "reference fits several invoices: confirm which"));
            }
            return out;
        }
        targets.sort(null);
        boolean oneCustomer = targets.stream().map(i -> index.customerOf[i]).distinct().count() == 1;
        // The payer's name places it among customers none of which owns a referenced invoice: a typo in the
        // reference or someone paying for another, which a person confirms.
        boolean contradicted = !who.none()
                && targets.stream().anyMatch(i -> !contains(who.customers(), index.customerOf[i]));
        boolean clean = !collision && oneCustomer && !contradicted;
        // Digits no invoice word announces ("VIR 4836") name an invoice only for the payer recognised as its
        // customer: from anyone else they are as likely another number of theirs.
        boolean unannounced = digitsOnly ? !evidence.digitsAnnounced()
                : !evidence.refs().isEmpty()
                        && evidence.refs().stream().allMatch(h -> h.strength() == MatchIndex.Strength.BARE);
        if (unannounced && !(who.clear() && targets.stream().allMatch(i -> index.customerOf[i] == who.customers()[0]))) {
            clean = false;
        }
        boolean rf = evidence.refs().stream().anyMatch(h -> h.strength() == MatchIndex.Strength.RF);
        // Bare digits ("VIR 1952" for FAC-001952) are no more than digits, whatever the index matched them by.
        digitsOnly |= !evidence.refs().isEmpty()
                && evidence.refs().stream().allMatch(h -> h.strength() == MatchIndex.Strength.BARE);
        String how = preface + (rf ? "RF creditor reference"
                : digitsOnly ? "digits of one open invoice number in the label" : "invoice number in the label");
        String doubt = contradicted ? "; payer looks like another customer" : collision ? "; number shared by several invoices" : "";
        // Amount and name of the payer pointing elsewhere: the reference outranks them, but a person decides.
        int[] alternatives = who.none() ? new int[0] : Arrays.stream(exactAmount(who.customers(), paid, currency))
                .filter(i -> !targets.contains(i)).toArray();
        // The referenced invoices' amounts as owed for good, when this payment is more than a suggestion for
        // another one left on them: the reference outranks that guess (which then stays a proposal to decide).
        long left = 0;
        for (int t : targets) {
            left += remaining[t];
        }
        if (paid > left) {
            targets.forEach(this::restore);
        }
        if (targets.size() == 1) {
            return singleReference(credit, who, targets.get(0), paid, clean, how + doubt, digitsOnly, rf, alternatives);
        }
        boolean elsewhere = alternatives.length > 0
                && targets.stream().noneMatch(i -> contains(who.customers(), index.customerOf[i]));
        return multiReference(credit, targets, paid, clean && !elsewhere,
                how + doubt + (elsewhere ? "; the amount fits an invoice of the payer's customer" : ""));
    }

    private List<Allocation> singleReference(Credit credit, Identified who, int t, long paid, boolean clean, String how,
            boolean digitsOnly, boolean rf, int[] alternatives) {
        long due = remaining[t];
        Currency currency = credit.amount().currency();
        boolean fits = paid == due || tolerance.covers(due, paid, scale(currency));
        boolean payerFits = contains(who.customers(), index.customerOf[t]);
        // A reference to one invoice while amount and payer point to another: a typo in the reference is as likely
        // as a partial payment or a payer paying for someone else, so a person decides.
        if (alternatives.length > 0 && (!fits || !payerFits)) {
            List<Allocation> out = new ArrayList<>(1 + alternatives.length);
            out.add(allocation(credit, t, Math.min(paid, due), Method.REFERENCE, C050, false,
                    how + "; but the amount equals another open invoice"
                            + (payerFits ? "" : " of the payer's customer") + ": confirm which"));
            for (int other : alternatives) {
                out.add(allocation(credit, other, paid, Method.AMOUNT, C050, false,
                        "same amount as this invoice, but the label references " + index.receivables[t].number()));
            }
            return out;
        }
        // One keystroke from the reference is another open invoice of the same amount: unless the payer's name
        // tells the two invoices' customers apart, the reference alone cannot tell which was meant. Two customer
        // records whose names differ only by legal form or word order ("Masson SA", "SARL Masson") are never told
        // apart by a name; twins of one record are (either way the same customer owes the same amount).
        if (fits && clean && !rf && amountSeen.getOrDefault(due, 0) > 1) {
            int owner = index.customerOf[t];
            String record = index.receivables[t].customerName();
            boolean known = who.clear() && who.customers()[0] == owner;
            int[] near = Arrays.stream(index.typoNeighbours(t))
                    // A neighbour only proposed for another payment is still owed (firm): it still counts.
                    .filter(u -> (remaining[u] == due || firm[u] == due) && firm[u] > 0 && sameCurrency(u, currency))
                    .filter(u -> index.customerOf[u] == owner && !index.receivables[u].customerName().equals(record)
                            || !(known || (payerFits && !contains(who.customers(), index.customerOf[u]))))
                    .toArray();
            if (near.length > 0) {
                List<Allocation> out = new ArrayList<>(1 + near.length);
                out.add(allocation(credit, t, paid, Method.REFERENCE, C060, false, how
                        + "; another open invoice of the same amount is one keystroke from this number: confirm which"));
                for (int u : near) {
                    out.add(allocation(credit, u, paid, Method.REFERENCE, C040, false,
                            "same amount, number one keystroke from the label's " + index.receivables[t].number()));
                }
                return out;
            }
        }
        if (paid == due) {
            settle(t, clean);
            return List.of(allocation(credit, t, paid, Method.REFERENCE, clean ? C099 : C080, clean, how));
        }
        if (paid > due) {
            settle(t, false);
            return List.of(allocation(credit, t, due, Method.REFERENCE, C060, false,
                    how + "; overpayment: " + money(paid - due, currency) + " more than due, left unallocated"));
        }
        if (tolerance.covers(due, paid, scale(currency))) {
            // Digits alone and an amount short of the invoice's: only the payer recognised makes that unique.
            boolean alone = clean && (!digitsOnly || (who.clear() && who.customers()[0] == index.customerOf[t]));
            settle(t, alone);
            return List.of(allocation(credit, t, paid, Method.REFERENCE, alone ? C097 : C075, alone,
                    how + "; short by " + money(due - paid, currency) + " (bank fees within tolerance), settled"));
        }
        // Digits alone name an invoice for an amount that settles it, not for a partial payment. Nor does a number
        // one keystroke from another open invoice that the amount settles or whose customer the payer may be: the
        // amount confirms nothing, so a typo is as likely as a partial payment.
        String record = index.receivables[t].customerName();
        boolean typo = !rf && !(who.clear() && who.customers()[0] == index.customerOf[t])
                && Arrays.stream(index.typoNeighbours(t)).anyMatch(u -> firm[u] > 0
                        && !index.receivables[u].customerName().equals(record)
                        && sameCurrency(u, currency) && (remaining[u] == paid || firm[u] == paid
                        || tolerance.covers(firm[u], paid, scale(currency))
                        || contains(who.customers(), index.customerOf[u])));
        boolean auto = clean && !digitsOnly && !typo;
        take(t, paid, auto);
        return List.of(allocation(credit, t, paid, Method.REFERENCE, auto ? C095 : C070, auto,
                how + "; partial payment, " + money(remaining[t], currency) + " still due"
                        + (typo ? "; another open invoice is one keystroke from this number: confirm" : "")));
    }

    private List<Allocation> multiReference(Credit credit, List<Integer> targets, long paid, boolean clean, String how) {
        Currency currency = credit.amount().currency();
        long sum = 0;
        for (int t : targets) {
            sum += remaining[t];
        }
        List<Allocation> out = new ArrayList<>(targets.size());
        if (paid == sum || (paid < sum && tolerance.covers(sum, paid, scale(currency)))) {
            long left = paid;
            for (int k = 0; k < targets.size(); k++) {
                int t = targets.get(k);
                boolean last = k == targets.size() - 1;
                long amount = last ? left : remaining[t];
                left -= amount;
                String note = how + "; one payment for " + targets.size() + " invoices";
                if (last && paid != sum) {
                    note += "; short by " + money(sum - paid, currency) + " (bank fees within tolerance), settled";
                }
                settle(t, clean);
                out.add(allocation(credit, t, amount, Method.REFERENCE, clean ? C097 : C075, clean, note));
            }
            return out;
        }
        if (paid < sum) {
            int exact = pickOne(targets.stream().mapToInt(Integer::intValue).toArray(), i -> remaining[i] == paid);
            if (exact >= 0) {
                settle(exact, false);
                return List.of(allocation(credit, exact, paid, Method.REFERENCE, C085, false,
                        how + "; label lists " + targets.size() + " invoices, the amount fits this one"));
            }
            long left = paid;
            for (int t : targets) {
                if (left == 0) {
                    break;
                }
                long amount = Math.min(left, remaining[t]);
                left -= amount;
                take(t, amount, false);
                out.add(allocation(credit, t, amount, Method.REFERENCE, C070, false,
                        how + "; pays part of the " + targets.size() + " invoices listed, oldest first"));
            }
            return out;
        }
        for (int t : targets) {
            long amount = remaining[t];
            settle(t, false);
            out.add(allocation(credit, t, amount, Method.REFERENCE, C060, false,
                    how + "; overpayment: " + money(paid - sum, currency) + " more than the invoices listed, left unallocated"));
        }
        return out;
    }

    // ------------------------------------------------------------------ customer and amount

    private List<Allocation> byCustomer(Credit credit, Evidence evidence, Identified who, long paid, Currency currency,
            String preface) {
        boolean clear = who.clear();
        int[] customers = who.customers();

        List<Allocation> serial = bySerial(credit, evidence, who, paid, currency, preface);
        if (serial != null) {
            return serial;
        }
        int[] exact = exactAmount(customers, paid, currency);
        // Twins: another invoice of this amount only proposed for an earlier payment is still open.
        int[] unsettled = exact.length == 1 ? firmAmount(customers, paid, currency) : exact;
        if (exact.length == 1 && !(unsettled.length == 1 && unsettled[0] == exact[0])) {
            List<Integer> both = new ArrayList<>();
            addDistinct(both, exact[0]);
            Arrays.stream(unsettled).forEach(i -> addDistinct(both, i));
            both.sort(null);
            List<Allocation> out = new ArrayList<>(both.size());
            for (int i : both) {
                out.add(allocation(credit, i, paid, Method.AMOUNT, clear ? C050 : C040, false, preface
                        + "this amount is due on " + both.size() + " invoice(s) of this customer counting allocations only proposed for"
                        + " another payment: confirm which"));
            }
            return out;
        }
        if (exact.length == 1) {
            // "Règlement factures", "acompte": one invoice of the amount is a coincidence when the label speaks of
            // several invoices or of a part payment.
            boolean alone = clear && !evidence.severalInvoices() && !evidence.partialWord()
                    && !namesOtherInvoices(evidence.looseDigits(), customers, exact[0]);
            settle(exact[0], alone);
            String whom = clear ? "exact amount, customer recognised"
                    : customers.length > 1 ? "exact amount, payer name fits several customers"
                    : "exact amount, payer name close to this customer";
            return List.of(allocation(credit, exact[0], paid, Method.AMOUNT, alone ? C095 : C075, alone,
                    preface + whom + (clear && !alone
                            ? ", but the label speaks of other invoices, several or a part payment: confirm" : "")));
        }
        if (exact.length > 1) {
            List<Allocation> out = new ArrayList<>(exact.length);
            for (int i : exact) {
                out.add(allocation(credit, i, paid, Method.AMOUNT, clear ? C050 : C040, false,
                        preface + exact.length + " open invoices of this customer have this amount: confirm which"));
            }
            return out;
        }
        List<Integer> open = openOf(customers, currency);
        int fee = -1;
        int feeCount = 0;
        for (int i : open) {
            if (tolerance.covers(remaining[i], paid, scale(currency))) {
                fee = i;
                feeCount++;
            }
        }
        if (feeCount == 1) {
            long due = remaining[fee];
            settle(fee, false);
            return List.of(allocation(credit, fee, paid, Method.AMOUNT, C080, false, preface
                    + "amount short by " + money(due - paid, currency) + " (bank fees within tolerance), no reference"));
        }
        if (customers.length == 1) {
            List<Allocation> combination = byCombination(credit, open, paid, clear, preface);
            if (combination != null) {
                return combination;
            }
            int oldest = -1;
            for (int i : open) {
                if (remaining[i] > paid) {
                    oldest = i;
                    break;
                }
            }
            if (oldest >= 0) {
                return List.of(allocation(credit, oldest, paid, Method.NAME, C030, false, preface
                        + "customer recognised but the amount fits no open invoice: partial payment of the oldest?"));
            }
            return unmatched(credit, preface + "customer recognised but no open invoice fits the amount");
        }
        return unmatched(credit, preface + "payer resembles " + customers.length
                + " customers and no open invoice fits the amount");
    }

    /**
     * True when digits of the label (3 or more) end the number of another invoice of these customers and not the
     * number of {@code target}: "707 / 809" names two invoices, whatever single invoice the amount equals.
     */
    private boolean namesOtherInvoices(List<String> digits, int[] customers, int target) {
        String own = digitsOf(index.receivables[target].number());
        for (String d : digits) {
            if (d.length() < 3 || own.endsWith(d)) {
                continue;
            }
            for (int c : customers) {
                int[] all = index.receivablesOfCustomer[c];
                for (int k = 0; k < all.length && k < MAX_SCAN * 10; k++) {
                    if (all[k] != target && digitsOf(index.receivables[all[k]].number()).endsWith(d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String digitsOf(String number) {
        StringBuilder out = new StringBuilder(number.length());
        for (int k = 0; k < number.length(); k++) {
            if (Text.isDigit(number.charAt(k))) {
                out.append(number.charAt(k));
            }
        }
        return out.toString();
    }

    /** "Factures 43 et 44": short serial numbers, trusted only for the recognised customer and an amount that fits. */
    private List<Allocation> bySerial(Credit credit, Evidence evidence, Identified who, long paid, Currency currency,
            String preface) {
        if (evidence.looseDigits().isEmpty()) {
            return null;
        }
        List<Integer> targets = new ArrayList<>();
        boolean unique = true;
        for (String digits : evidence.looseDigits()) {
            for (int c : who.customers()) {
                int[] hits = index.serial(c, digits);
                if (hits == null) {
                    continue;
                }
                int[] live = Arrays.stream(hits).filter(i -> remaining[i] > 0 && sameCurrency(i, currency)).toArray();
                long open = Arrays.stream(hits).filter(i -> firm[i] > 0 && sameCurrency(i, currency)).count();
                unique &= live.length <= 1 && open <= 1;
                Arrays.stream(live).forEach(i -> addDistinct(targets, i));
            }
        }
        if (targets.isEmpty()) {
            return null;
        }
        targets.sort(null);
        long sum = targets.stream().mapToLong(i -> remaining[i]).sum();
        if (paid != sum && !tolerance.covers(sum, paid, scale(currency))) {
            return null;
        }
        boolean auto = who.clear() && unique;
        List<Allocation> out = new ArrayList<>(targets.size());
        long left = paid;
        for (int k = 0; k < targets.size(); k++) {
            int t = targets.get(k);
            long amount = k == targets.size() - 1 ? left : remaining[t];
            left -= amount;
            settle(t, auto);
            String note = preface + "invoice serial number in the label, customer recognised, amount fits";
            if (k == targets.size() - 1 && paid != sum) {
                note += "; short by " + money(sum - paid, currency) + " (bank fees within tolerance), settled";
            }
            out.add(allocation(credit, t, amount, Method.REFERENCE, auto ? C095 : C075, auto, note));
        }
        return out;
    }

    private List<Allocation> byCombination(Credit credit, List<Integer> open, long paid, boolean clear, String preface) {
        List<Integer> smaller = new ArrayList<>();
        boolean exhaustive = true;
        for (int i : open) {
            if (remaining[i] < paid) {
                if (smaller.size() == MAX_COMBINATION_CANDIDATES) {
                    exhaustive = false;
                    break;
                }
                smaller.add(i);
            }
        }
        if (smaller.size() < 2) {
            return null;
        }
        long[] values = smaller.stream().mapToLong(i -> remaining[i]).toArray();
        SubsetSum.Result result = SubsetSum.find(values, paid, 2, COMBINATION_NODE_BUDGET);
        if (result.solutions().isEmpty()) {
            return null;
        }
        boolean unique = result.solutions().size() == 1 && result.complete() && exhaustive;
        int[] solution = result.solutions().get(0);
        // Amounts only proposed for earlier payments may hide other combinations: then a person decides.
        // A sum of a customer's invoices is unique evidence only among few candidates and when no larger open
        // invoice offers the other reading (a partial payment of it): in a long ledger sums meet by chance.
        boolean alone = smaller.size() <= MAX_AUTO_COMBINATION_CANDIDATES
                && open.stream().noneMatch(i -> remaining[i] > paid);
        boolean auto = unique && alone && clear && open.stream().noneMatch(i -> tentative[index.customerOf[i]]);
        List<Allocation> out = new ArrayList<>(solution.length);
        String note = preface + "amounts of " + solution.length + " open invoices add up to the payment"
                + (unique ? "" : "; other combinations may fit: confirm");
        for (int k : solution) {
            int t = smaller.get(k);
            long amount = remaining[t];
            if (unique) {
                settle(t, auto);
            }
            out.add(allocation(credit, t, amount, Method.COMBINATION, unique ? (clear ? C090 : C070) : C040, auto, note));
        }
        return out;
    }

    // ------------------------------------------------------------------ state

    private int[] exactAmount(int[] customers, long paid, Currency currency) {
        int[] found = new int[0];
        for (int c : customers) {
            int[] bucket = byAmount.get(amountKey(c, paid));
            if (bucket == null) {
                continue;
            }
            for (int i : bucket) {
                if (remaining[i] == paid && sameCurrency(i, currency) && !contains(found, i)) {
                    found = Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = i;
                }
            }
        }
        Arrays.sort(found);
        return found;
    }

    /** Open receivables of these customers, oldest due first, at most {@link #MAX_SCAN} per customer. */
    private List<Integer> openOf(int[] customers, Currency currency) {
        List<Integer> out = new ArrayList<>();
        for (int c : customers) {
            int[] all = index.receivablesOfCustomer[c];
            int k = firstOpen[c];
            while (k < all.length && remaining[all[k]] == 0) {
                k++;
            }
            firstOpen[c] = k;
            int taken = 0;
            for (; k < all.length && taken < MAX_SCAN; k++) {
                int i = all[k];
                if (remaining[i] > 0 && sameCurrency(i, currency)) {
                    out.add(i);
                    taken++;
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Forgets what suggestions took from invoice {@code i}: it is due as the automatic allocations left it. */
    private void restore(int i) {
        if (remaining[i] < firm[i]) {
            remaining[i] = firm[i];
            addAmount(i, remaining[i]);
        }
    }

    /** What is due is paid: for good when {@code auto}, else only as proposed (see {@link #firm}). */
    private void settle(int i, boolean auto) {
        auto &= !proposalOnly;
        remaining[i] = 0;
        if (auto) {
            booked[i] = 0;
        }
        record(i, auto);
    }

    private void take(int i, long amount, boolean auto) {
        auto &= !proposalOnly;
        remaining[i] -= amount;
        addAmount(i, remaining[i]);
        if (auto) {
            booked[i] = Math.max(0, booked[i] - amount);
        }
        record(i, auto);
    }

    private void record(int i, boolean auto) {
        if (auto) {
            firm[i] = remaining[i];
        } else {
            tentative[index.customerOf[i]] = true;
        }
    }

    /** Invoices of these customers whose amount due, counting only automatic allocations, is {@code paid}. */
    private int[] firmAmount(int[] customers, long paid, Currency currency) {
        int[] found = new int[0];
        for (int c : customers) {
            if (!tentative[c]) {
                int[] now = exactAmount(new int[] {c}, paid, currency);
                for (int i : now) {
                    found = Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = i;
                }
                continue;
            }
            for (int i : index.receivablesOfCustomer[c]) {
                if (firm[i] == paid && sameCurrency(i, currency)) {
                    found = Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = i;
                }
            }
        }
        Arrays.sort(found);
        return found;
    }

    private void addAmount(int i, long amount) {
        if (amount <= 0) {
            return;
        }
        amountSeen.merge(amount, 1, Integer::sum);
        byAmount.merge(amountKey(index.customerOf[i], amount), new int[] {i}, (a, b) -> {
            int[] merged = Arrays.copyOf(a, a.length + 1);
            merged[a.length] = b[0];
            return merged;
        });
    }

    private static long amountKey(int customer, long amount) {
        return amount * 1_000_003L + customer;
    }

    private boolean sameCurrency(int i, Currency currency) {
        return index.receivables[i].amountDue().currency().equals(currency);
    }

    private Allocation allocation(Credit credit, int i, long amount, Method method, BigDecimal confidence,
            boolean auto, String note) {
        return new Allocation(credit.id(), index.receivables[i].number(),
                Money.ofMinor(amount, credit.amount().currency()), method, confidence, auto && !proposalOnly, note);
    }

    private static List<Allocation> unmatched(Credit credit, String note) {
        return List.of(new Allocation(credit.id(), null, credit.amount(), Method.NONE, C000, false, note));
    }

    private static String money(long minor, Currency currency) {
        return Money.ofMinor(minor, currency).toString();
    }

    private static int scale(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private static int pickOne(int[] candidates, java.util.function.IntPredicate test) {
        int found = -1;
        for (int i : candidates) {
            if (test.test(i)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static void addDistinct(List<Integer> list, int v) {
        if (!list.contains(v)) {
            list.add(v);
        }
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        b.forEach(v -> addDistinct(out, v));
        out.sort(null);
        return out;
    }
}
