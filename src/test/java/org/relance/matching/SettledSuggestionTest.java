package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

/** {@code relance match} on a whole book must not propose an invoice a later payment paid for good. */
class SettledSuggestionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Receivable invoice(String number, String customer, String amount) {
        return new Receivable(number, customer, null, DAY.minusDays(40), DAY.minusDays(10), Money.of(amount, "EUR"), false);
    }

    private static Credit credit(String id, LocalDate date, String amount, String payer, String reference) {
        return new Credit(id, date, Money.of(amount, "EUR"), payer, reference);
    }

    private static final List<Receivable> BOOK = List.of(
            invoice("F-2026-0101", "Atelier Moreau", "480.00"),
            invoice("F-2026-0102", "Cabinet Lemaire", "1250.00"));

    @Test
    void aSuggestionForAnInvoiceALaterReferencePaidIsNoLongerProposed() {
        // The first credit is part of what the customer owes, with no reference: a proposal for F-2026-0101. The
        // second pays F-2026-0101 in full by its reference, for good.
        Credit vague = credit("P1", DAY, "200.00", "ATELIER MOREAU", "");
        Credit byReference = credit("P2", DAY.plusDays(3), "480.00", "ATELIER MOREAU", "F-2026-0101");

        List<Allocation> alone = new Matcher().match(BOOK, List.of(vague));
        assertThat(alone).anyMatch(a -> a.matched() && !a.auto() && a.invoiceNumber().equals("F-2026-0101"));

        List<Allocation> both = new Matcher().match(BOOK, List.of(vague, byReference));
        assertThat(both).filteredOn(a -> a.creditId().equals("P2"))
                .singleElement().satisfies(a -> assertThat(a.auto()).isTrue());
        assertThat(both).filteredOn(a -> a.creditId().equals("P1")).singleElement().satisfies(a -> {
            assertThat(a.matched()).isFalse();
            assertThat(a.note()).contains("F-2026-0101").contains("paid by another payment");
        });
    }

    @Test
    void aSuggestionForAnInvoiceStillDueIsKept() {
        Credit vague = credit("P1", DAY, "200.00", "ATELIER MOREAU", "");
        Credit other = credit("P2", DAY.plusDays(3), "1250.00", "CABINET LEMAIRE", "F-2026-0102");

        List<Allocation> both = new Matcher().match(BOOK, List.of(vague, other));
        assertThat(both).anyMatch(a -> a.creditId().equals("P1") && a.matched() && !a.auto()
                && a.invoiceNumber().equals("F-2026-0101"));
    }
}
