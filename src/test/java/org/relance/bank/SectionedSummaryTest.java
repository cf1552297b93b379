package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary in sections: each heading says the side of the lines under it, whatever their own words. */
class SectionedSummaryTest {

    private final BankReader reader = new BankReader(List.of());

    @Test
    void everyLineUnderACreditHeadingIsACreditAndNoneUnderADebitHeading() throws Exception {
        String body = "Vos mouvements du mardi 17 novembre 2026\n\n"
                + "ENTRÉES (2) ................. 5 300,00 €\n"
                + "  Atelier Morin SARL       4 100,00 €   Facture AM-2026-88\n"
                + "  Jeanne Roux              1 200,00 €   Acompte atelier\n\n"
                + "SORTIES (1) ................. 2 000,00 €\n"
                + "  Loyer bureaux            2 000,00 €   NOV 2026\n\n"
                + "Solde de clôture : 12 000,00 €\n";

        assertThat(reader.read("s.eml", Mails.text("Vos mouvements", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(
                        tuple("4100.00 EUR", "Atelier Morin SARL", "Facture AM-2026-88", LocalDate.of(2026, 11, 17)),
                        tuple("1200.00 EUR", "Jeanne Roux", "Acompte atelier", LocalDate.of(2026, 11, 17)));
    }

    @Test
    void aWeeklyDigestsDepositsAreReadWithTheirDaysAndItsSpendingIsNot() throws Exception {
        String body = "Your week (Nov 9 - Nov 13, 2026)\n\nMoney in: $3,000.00\nMoney out: $700.00\n\n"
                + "Deposits\n"
                + "Nov 9   ACH from Cedar Clinic LLC     $1,000.00   Memo: CC-77\n"
                + "Nov 12  Wire from Nordvik AS          $2,000.00   Wire   ref: NV-9\n\n"
                + "Top spend\n"
                + "Nov 10  Cloud Hosting Inc             $700.00\n\n"
                + "Earn points on travel this month.\n";

        assertThat(reader.read("w.eml", Mails.text("Your week: $3,000.00 in", body)).credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::date)
                .containsExactly(tuple("1000.00 USD", "Cedar Clinic LLC", "CC-77", LocalDate.of(2026, 11, 9)),
                        tuple("2000.00 USD", "Nordvik AS", "NV-9", LocalDate.of(2026, 11, 12)));
    }
}
