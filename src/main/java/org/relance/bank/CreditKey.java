package org.relance.bank;

import java.util.Locale;
import java.util.Set;
import org.relance.text.Fold;

/**
 * The folded form of a credit that an email alert and the statement line of the same transfer share: currency,
 * amount, payer without legal form or bank noise, reference without "facture"/"ref" words, both cut to the length
 * banks truncate labels to. The date is compared separately (an alert and a booking may be a day or two apart).
 */
final class CreditKey {

    private static final int PAYER_CHARS = 20;
    private static final int REFERENCE_CHARS = 32;

    private static final Set<String> PAYER_NOISE = Set.of(
            "SARL", "SAS", "SASU", "SA", "EURL", "SNC", "SCI", "SCOP", "EI", "EIRL", "GIE", "GMBH", "AG", "KG", "UG",
            "LTD", "LIMITED", "INC", "LLC", "PLC", "CORP", "BV", "NV", "SRL", "SPA", "SL", "CO", "CIE",
            "VIR", "VIREMENT", "SEPA", "RECU", "INST", "MR", "MME", "MLLE", "STE", "SOCIETE");
    private static final Set<String> REFERENCE_PREFIX = Set.of(
            "FACTURE", "FACTURES", "FACT", "FAC", "FCT", "INVOICE", "INVOICES", "INV", "REF", "REFERENCE", "MOTIF",
            "PAIEMENT", "PAYMENT", "REGLEMENT", "VIREMENT", "VIR", "N", "NO", "NUMERO", "RECHNUNG");

    private CreditKey() {
    }

    static String of(BankCredit credit) {
        return credit.amount().currency().getCurrencyCode() + "|" + credit.amount().toMinor() + "|"
                + payer(credit.payerName()) + "|" + reference(credit.reference());
    }

    static String payer(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) {
            // Single letters are initials or a spelled-out legal form (S.A.R.L.): they tell nothing apart.
            if (word.length() > 1 && !PAYER_NOISE.contains(word)) {
                key.append(word);
            }
        }
        return cut(key, PAYER_CHARS);
    }

    static String reference(String reference) {
        String[] words = words(reference);
        int start = 0;
        while (start < words.length - 1 && REFERENCE_PREFIX.contains(words[start])) {
            start++;
        }
        StringBuilder key = new StringBuilder();
        for (int i = start; i < words.length; i++) {
            key.append(words[i]);
        }
        return cut(key, REFERENCE_CHARS);
    }

    private static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String folded = Fold.accents(text)
                .toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    private static String cut(StringBuilder key, int length) {
        return key.length() <= length ? key.toString() : key.substring(0, length);
    }
}
