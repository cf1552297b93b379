package org.relance.matching;

import org.relance.text.Fold;
import java.util.Set;

/** Recognises credits that are not customer payments: tax refunds, interest, card refunds, social bodies. */
final class NotCustomerPayment {

    private static final Set<String> WORDS = Set.of(
            "DGFIP", "DRFIP", "DDFIP", "TRESOR", "IMPOT", "IMPOTS", "REMBOURSEMENT", "REMBT", "REMB",
            "INTERETS", "INTERET", "REFUND", "URSSAF", "CPAM", "CAF", "RETROCESSION");

    private NotCustomerPayment() {
    }

    static boolean looksLike(Credit credit) {
        String text = Fold.upperAscii(credit.reference() + " " + credit.payerName());
        int i = 0;
        int n = text.length();
        boolean card = false;
        boolean cardReversal = false;
        while (i < n) {
            if (!Text.isAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Text.isAlnum(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (WORDS.contains(word)) {
                return true;
            }
            card |= word.equals("CB") || word.equals("CARTE");
            cardReversal |= word.equals("AVOIR") || word.equals("RETOUR") || word.equals("ANNULATION");
        }
        return card && cardReversal;
    }
}
