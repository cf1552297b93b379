package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who paid, in a row of a table or of an invoicing tool's list: the row's day cell and layout are no part of the name. */
class RowPayerTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    @Test
    void aTableRowsDayCellAndATitlesDotStayOutOfThePayer() {
        List<BankCredit> credits = reader.read("m", "Vos opérations créditrices",
                "Voici les opérations portées au crédit de votre compte :\nDate\tOpération\tMontant\t\n"
                        + "mercredi 18 novembre\tVIR SEPA DE SARL BOIS ET FILS MOTIF F-2026-88\t+ 1 200,00 €\t\n"
                        + "mercredi 18 novembre\tVIR SEPA INST DE M. PAUL ROUX MOTIF ATELIER 12\t+ 480,00 €\t\n", SENT);
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("SARL BOIS ET FILS", "M. PAUL ROUX");
    }

    @Test
    void anInvoicingToolsRowNamesTheCustomerThenTheInvoice() {
        List<BankCredit> credits = reader.read("m", "2 factures ont été encaissées",
                "2 factures ont été encaissées aujourd'hui\n"
                        + "Boulangerie Morel — facture n° 2026-118 — 640,00 € — payée le 19/11/2026\n"
                        + "M. Paul Henry — facture n° 2026-121 — 95,00 € — payée le 19/11/2026\n", SENT);
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("Boulangerie Morel", "M. Paul Henry");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("2026-118", "2026-121");
    }
}
