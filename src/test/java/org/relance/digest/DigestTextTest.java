package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

/** The digest as plain text (relance digest, and the email digest's body next). */
class DigestTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Digest digest() {
        DigestItem grouped = new DigestItem(1, List.of(new DigestItem.Member("F-1", 11), new DigestItem.Member("F-2", 12)),
                "Pro SARL", "firm", "email", Money.of("1500.00", "EUR"), 20, Money.of("8.22", "EUR"),
                Money.of("80.00", "EUR"), "Invoices F-1, F-2: reminder — We have not yet received payment");
        DigestDetails details = new DigestDetails(
                new DigestDetails.Summary(List.of(Money.of("1550.00", "EUR")), 3,
                        new DigestDetails.Oldest("F-1", "Pro SARL", 20), DAY.minusDays(1), List.of("P-9"), List.of()),
                new DigestDetails.Rest(2, List.of(Money.of("50.00", "EUR"))),
                List.of(new DigestDetails.Reply(5, "F-5", "Client Cinq", "friendly", "a@cinq.test", "Re: F-5", DAY)),
                List.of(new DigestDetails.Match(9, "F-9", Money.of("80.00", "EUR"), "MOREAU", DAY, null)),
                List.of(new DigestDetails.InReview("quarantine", "<q@x.test>", "sender not trusted", null, null)));
        return new Digest(1, "ABCDEFGH", DAY, List.of(grouped), details);
    }

    @Test
    void everySectionInEnglishWithTheTokenAReplyWillName() {
        String text = new DigestText(Locale.ENGLISH).render(digest());

        assertThat(text).startsWith("To chase — 2 Dec 2026 (#ABCDEFGH)\n")
                .contains("Overdue: €1,550.00 on 3 invoices · oldest: F-1 (Pro SARL), 20 days overdue")
                .contains("Since 1 Dec 2026: 1 paid (P-9) · 0 newly overdue")
                .contains("1. Pro SARL — F-1, F-2\n   €1,500.00 · 20 days overdue · firm, by email\n"
                        + "   late interest €8.22 + recovery indemnity €80.00\n")
                .contains("… and 2 more, €50.00: relance plan")
                .contains("Replies waiting for a decision (1)", "F-5 — Client Cinq (friendly): « Re: F-5 » from a@cinq.test")
                .contains("Payments to confirm (1)", "#9 €80.00 from MOREAU on 2 Dec 2026 → invoice F-9")
                .contains("Messages to check (1)", "quarantined: <q@x.test> — sender not trusted");
    }

    @Test
    void nothingToChaseIsOneLine() {
        String text = new DigestText(Locale.FRENCH).render(new Digest(1, "ABCDEFGH", DAY, List.of()));

        assertThat(text).isEqualTo("À relancer — 02/12/2026 (#ABCDEFGH)\nRien n'est en retard.\n\n"
                + "Rien à relancer aujourd'hui.\n");
        assertThat(new DigestText(Locale.FRENCH, java.util.Optional.of("RAS")).render(
                new Digest(1, "ABCDEFGH", DAY, List.of()))).endsWith("\n\nRAS\n");
    }
}
