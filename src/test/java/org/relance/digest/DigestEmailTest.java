package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

/** The digest email (contract §8): subject with the token, numbered items, the reply commands, HTML escaped. */
class DigestEmailTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Digest digest(String customer) {
        DigestItem grouped = new DigestItem(1, List.of(new DigestItem.Member("F-1", 11),
                new DigestItem.Member("F-2", 12)), customer, "firm", "email", Money.of("1500.00", "EUR"), 20,
                Money.of("8.22", "EUR"), Money.of("80.00", "EUR"), "Factures F-1, F-2 : relance");
        DigestItem single = new DigestItem(2, List.of(new DigestItem.Member("F-3", 13)), "Garage Yvon", "friendly",
                "email", Money.of("980.00", "EUR"), 3);
        DigestDetails details = new DigestDetails(
                new DigestDetails.Summary(List.of(Money.of("2480.00", "EUR")), 3,
                        new DigestDetails.Oldest("F-1", customer, 20), DAY.minusDays(1), List.of("P-9"), List.of()),
                new DigestDetails.Rest(0, List.of()),
                List.of(new DigestDetails.Reply(5, "F-5", "Client Cinq", "friendly", "a@cinq.test", "Re: F-5", DAY)),
                List.of(new DigestDetails.Match(9, "F-9", Money.of("80.00", "EUR"), "MOREAU", DAY, null)),
                List.of());
        return new Digest(1, "K7QX2P9A", DAY, List.of(grouped, single), details);
    }

    @Test
    void theFrenchSubjectCarriesTheDateAndTokenAndTheBodyNumbersItemsThenTellsHowToReply() {
        DigestEmail.Rendered mail = new DigestEmail(Locale.FRENCH, Optional.empty()).render(digest("Pro SARL"));

        assertThat(mail.subject()).isEqualTo("[Relance] À relancer — 02/12/2026 (#K7QX2P9A)");
        assertThat(mail.text())
                .contains("En retard : 2\u202F480,00\u00A0€ sur 3 factures")
                .contains("1. Pro SARL — F-1, F-2\n   1\u202F500,00\u00A0€ · 20 jours de retard · firm, par email\n")
                .contains("2. Garage Yvon — F-3\n   980,00\u00A0€ · 3 jours de retard")
                .contains("Réponses en attente de décision (1)", "Paiements à confirmer (1)")
                .contains(ReplyGrammar.help(Locale.FRENCH));
        assertThat(mail.text().indexOf("1. Pro SARL")).isLessThan(mail.text().indexOf("Répondez"));
        assertThat(mail.html()).contains("<b>1. Pro SARL — F-1, F-2</b>", "1\u202F500,00\u00A0€", "valider 1 3");
    }

    @Test
    void theEnglishSubjectIsTheEnglishEquivalent() {
        DigestEmail.Rendered mail = new DigestEmail(Locale.ENGLISH, Optional.empty()).render(digest("Pro Ltd"));

        assertThat(mail.subject()).isEqualTo("[Relance] To chase — 2 Dec 2026 (#K7QX2P9A)");
        assertThat(mail.text()).contains("1. Pro Ltd — F-1, F-2", "€1,500.00 · 20 days overdue",
                ReplyGrammar.help(Locale.ENGLISH));
    }

    @Test
    void outsideTextIsEscapedInTheHtml() {
        DigestEmail.Rendered mail = new DigestEmail(Locale.FRENCH, Optional.empty())
                .render(digest("<script>alert(1)</script> & Fils"));

        assertThat(mail.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Fils");
        assertThat(mail.text()).contains("<script>alert(1)</script> & Fils");
    }
}
