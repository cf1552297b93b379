package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A credit is judged where its amount is: menus, fee lines and one-line label strips do not hide it. */
class CreditWhereTheMoneyIsTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2027, 3, 4));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private BankCredit one(String subject, String body) {
        List<BankCredit> credits = reader.read("m", subject, body, SENT);
        assertThat(credits).hasSize(1);
        return credits.get(0);
    }

    @Test
    void aMenuNamingDebitsAboveTheCreditSentenceDoesNotHideTheCredit() {
        BankCredit c = one("Nouvelle opération", "Mes comptes | Virements | Prélèvements | Cartes\n\n"
                + "Un virement de 1 200,00 EUR de la société ACME SARL a été porté au crédit de votre compte le 03/03/2027.\n"
                + "Motif : FACTURE F-2027-014\n");
        assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1200.00"));
        assertThat(c.payerName()).isEqualTo("ACME SARL");
        assertThat(c.reference()).isEqualTo("FACTURE F-2027-014");
        assertThat(c.date()).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void aZeroFeeLineBeforeTheCreditDoesNotMakeItADebit() {
        BankCredit c = one("Payment notification", "Fees: €0.00\nYou have received €500.00 from ACME Ltd.\nReference: INV-22\n");
        assertThat(c.payerName()).isEqualTo("ACME Ltd");
        assertThat(c.reference()).isEqualTo("INV-22");
    }

    @Test
    void aDebitMailWithACreditWordOnlyInItsFooterStaysNoCredit() {
        assertThat(reader.read("m", "Prélèvement", "Un prélèvement de 84,20 € a été effectué par EDF.\n"
                + "Astuce : consultez vos virements reçus dans l'application.\n", SENT)).isEmpty();
    }

    @Test
    void labelsOnOneLineAreReadEachOnItsOwn() {
        BankCredit c = one("Credit", "Credit: €500.00 — From: ACME Ltd — Reference: INV-22\n");
        assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("500.00"));
        assertThat(c.payerName()).isEqualTo("ACME Ltd");
        assertThat(c.reference()).isEqualTo("INV-22");
    }

    @Test
    void aReferenceInTheSentenceIsReadAfterRefMemoOrTheInvoiceItNames() {
        assertThat(one("Avis", "Virement SEPA reçu de ACME SARL d'un montant de 1 234,56 € (réf. F-2026-12)\n").reference())
                .isEqualTo("F-2026-12");
        assertThat(one("Transfer in", "USD 1,234.56 received from Globex Corp on March 2, 2027. Memo: Invoice 5521\n")
                .reference()).isEqualTo("Invoice 5521");
        BankCredit c = one("Paiement reçu", "Bonne nouvelle ! Léa Moreau a réglé la facture F-2027-009 d'un montant de 640,00 €.\n");
        assertThat(c.payerName()).isEqualTo("Léa Moreau");
        assertThat(c.reference()).isEqualTo("F-2027-009");
    }

    @Test
    void thePayerBeforeAPaidVerbIsNamedButNeverAPronounOrTheCustomerWord() {
        assertThat(one("Money in", "ACME LTD paid £1,000.00 into your account. Reference: INV 77\n").payerName())
                .isEqualTo("ACME LTD");
        assertThat(one("You've been paid £1,875.00", "Pennine Joinery Ltd has paid you £1,875.00.\n").payerName())
                .isEqualTo("Pennine Joinery Ltd");
    }

    @Test
    void aSummaryLedBySignedAmountsGivesEveryCreditAndNoDebit() {
        List<BankCredit> credits = reader.read("m", "Vos opérations du 01/03/2027", "Vos opérations du 01/03/2027 :\n\n"
                + "+ 2 100,00 €  VIREMENT DE DELTA SAS  F-2027-011\n− 54,90 €  CARTE SNCF\n"
                + "+ 780,00 €  VIREMENT DE EPSILON  F-2027-012\n− 1 000,00 €  VIREMENT VERS LIVRET\n", SENT);
        assertThat(credits).extracting(c -> c.amount().amount().toPlainString()).containsExactly("2100.00", "780.00");
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("DELTA SAS", "EPSILON");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("F-2027-011", "F-2027-012");
        assertThat(credits).extracting(BankCredit::date).containsOnly(LocalDate.of(2027, 3, 1));
    }

    @Test
    void theInvoiceAPaymentNamesOnAnyCreditLineIsItsReference() {
        BankCredit c = one("Northwind Labs paid your invoice", "Northwind Labs has paid invoice #DL-448213 for your contract.\n\n"
                + "Amount paid: 7,200.00 USD\nPaid on: Feb 17, 2027\n");
        assertThat(c.reference()).isEqualTo("DL-448213");
        assertThat(c.payerName()).isEqualTo("Northwind Labs");
    }
}
