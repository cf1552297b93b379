package org.relance.bank;

import java.time.LocalDate;
import org.relance.ledger.Money;

/**
 * A credit as the ledger keeps it, stored once however many times the bank reported it.
 *
 * @param payerName  null when the bank did not say
 * @param reference  null when the payer wrote nothing
 * @param bankTxId   the bank's id of the transaction; null when no report of it carried one
 * @param file       the file or message it was first read from
 */
public record Payment(long id, LocalDate date, Money amount, String payerName, String reference, String bankTxId,
        BankCredit.Source source, String file) {
}
