package org.relance.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a bank's CSV export: the separator, the decimal mark, and for each field the header names that may
 * hold it (compared without case or accents, first name present wins).
 *
 * @param separator       empty to detect {@code ;}, {@code ,} or tab from the header line
 * @param decimalMark     empty to read each number as written ("1 234,56" and "1,234.56" both work)
 * @param amount          a signed amount column; negative is a debit
 * @param credit          a credit-only column, used when there is no signed amount column
 * @param debit           a debit-only column; a row with a value there is not a credit
 * @param direction       a column saying credit or debit ("C"/"D", "Crédit"/"Débit", "CRDT"/"DBIT")
 * @param defaultCurrency ISO code used when neither a currency column nor the amount header gives one
 */
public record CsvMapping(
        Optional<Character> separator,
        Optional<Character> decimalMark,
        List<String> date,
        List<String> amount,
        List<String> credit,
        List<String> debit,
        List<String> direction,
        List<String> currency,
        List<String> payer,
        List<String> reference,
        List<String> bankTxId,
        String defaultCurrency) {

    public CsvMapping {
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(decimalMark, "decimalMark");
        date = List.copyOf(date);
        amount = List.copyOf(amount);
        credit = List.copyOf(credit);
        debit = List.copyOf(debit);
        direction = List.copyOf(direction);
        currency = List.copyOf(currency);
        payer = List.copyOf(payer);
        reference = List.copyOf(reference);
        bankTxId = List.copyOf(bankTxId);
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        decimalMark.ifPresent(mark -> {
            if (mark != ',' && mark != '.') {
                throw new IllegalArgumentException("decimal mark must be ',' or '.': " + mark);
            }
        });
    }

    /** Headers common in French, English and German bank exports; separator and decimal mark detected. */
    public static CsvMapping defaults() {
        return new CsvMapping(Optional.empty(), Optional.empty(),
                List.of("Date opération", "Date d'opération", "Date de l'opération", "Date operation", "Date comptable",
                        "Booking date", "Transaction date", "Buchungstag", "Date", "Datum", "Date valeur",
                        "Date de valeur", "Value date"),
                List.of("Montant", "Amount", "Montant opération", "Montant de l'opération", "Betrag", "Somme", "Value"),
                List.of("Crédit", "Credit", "Credit amount", "Montant crédit", "Money in", "Paid in", "Encaissement",
                        "Recette", "Haben"),
                List.of("Débit", "Debit", "Debit amount", "Montant débit", "Money out", "Paid out", "Décaissement",
                        "Dépense", "Soll"),
                List.of("Sens", "Direction", "Crédit/Débit", "Débit/Crédit", "Credit/Debit", "Debit/Credit", "CdtDbtInd"),
                List.of("Devise", "Currency", "Monnaie", "Währung"),
                List.of("Payeur", "Payer", "Émetteur", "Donneur d'ordre", "Tiers", "Nom du tiers", "Contrepartie",
                        "Counterparty", "Debtor", "Débiteur", "Name", "Nom", "From", "Auftraggeber"),
                List.of("Référence", "Reference", "Motif", "Communication", "Libellé", "Libellé opération",
                        "Libellé de l'opération", "Description", "Details", "Détail", "Memo", "Label", "Objet",
                        "Verwendungszweck"),
                List.of("Transaction ID", "Id", "Identifiant", "Référence bancaire", "Référence de l'opération",
                        "N° d'opération", "Numéro d'opération", "Bank reference", "Transaction reference"),
                "EUR");
    }

    public CsvMapping withSeparator(char value) {
        return new CsvMapping(Optional.of(value), decimalMark, date, amount, credit, debit, direction, currency, payer,
                reference, bankTxId, defaultCurrency);
    }

    public CsvMapping withDecimalMark(char value) {
        return new CsvMapping(separator, Optional.of(value), date, amount, credit, debit, direction, currency, payer,
                reference, bankTxId, defaultCurrency);
    }
}
