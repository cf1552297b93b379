package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relance.config.Company;
import org.relance.ledger.Money;

/** The email digest's subject, text and HTML, in French and English (pure). */
class DigestEmailTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    static Company company(Locale locale) {
        return new Company("Acme SAS", "compta@acme.test", null, null, null, null, locale,
                java.time.ZoneId.of("Europe/Paris"), 30);
    }

    static org.relance.config.Digest settings(Optional<String> whenEmpty) {
        return new org.relance.config.Digest(LocalTime.of(9, 0), Set.of(DayOfWeek.WEDNESDAY), List.of("f@acme.test"),
                whenEmpty, 50);
    }

    private static DigestEmail email(Locale locale) {
        return new DigestEmail(company(locale), settings(Optional.empty()));
    }

    static Digest digest(String customer) {
        DigestItem single = new DigestItem(1, List.of(new DigestItem.Member("F-7", 17)), "Client Seul", "friendly",
                "email", Money.of("1234.56", "EUR"), 12, null, null,
                "Facture F-7 : petit rappel — Sauf erreur de notre part");
        DigestItem grouped = new DigestItem(2, List.of(new DigestItem.Member("F-1", 11), new DigestItem.Member("F-2", 12)),
                customer, "firm", "email", Money.of("1500.00", "EUR"), 20, Money.of("8.22", "EUR"),
                Money.of("80.00", "EUR"), "Invoices F-1, F-2: reminder — We have not yet received payment");
        DigestDetails details = new DigestDetails(
                new DigestDetails.Summary(List.of(Money.of("2734.56", "EUR")), 3,
                        new DigestDetails.Oldest("F-1", "Pro SARL", 20), DAY.minusDays(1), List.of("P-9"),
                        List.of("F-7")),
                new DigestDetails.Rest(2, List.of(Money.of("50.00", "EUR"))),
                List.of(new DigestDetails.Reply(5, "F-5", "Client <Cinq>", "friendly", "a@cinq.test", "Re: F-5", DAY)),
                List.of(new DigestDetails.Match(9, "F-9", Money.of("80.00", "EUR"), "MOREAU", DAY, null)),
                List.of(new DigestDetails.InReview("quarantine", "<q@x.test>", "sender not trusted", null, null)));
        return new Digest(1, "K7QH2M4A", DAY, List.of(single, grouped), details);
    }

    @Test
    void theFrenchSubjectCarriesTheDateAndTheTokenAsContractSection8Says() {
        DigestEmail.Rendered r = email(Locale.FRENCH).render(digest("Pro SARL")).orElseThrow();

        assertThat(r.subject()).isEqualTo("[Relance] À relancer — 02/12/2026 (#K7QH2M4A)");
    }

    @Test
    void theEnglishSubjectUsesTheEnglishDateOfReminders() {
        DigestEmail.Rendered r = email(Locale.ENGLISH).render(digest("Pro SARL")).orElseThrow();

        assertThat(r.subject()).isEqualTo("[Relance] To chase — 2 Dec 2026 (#K7QH2M4A)");
    }

    @Test
    void theFrenchTextHasTheSummaryNumberedItemsB2bExtrasSectionsAndTheCommandsAtTheBottom() {
        String text = email(Locale.FRENCH).render(digest("Pro SARL")).orElseThrow().text();

        assertThat(text)
                .contains("En retard : 2\u202F734,56\u00A0€ sur 3 factures · la plus ancienne : F-1 (Pro SARL), 20 jours de retard")
                .contains("Depuis le 01/12/2026 : 1 payée (P-9) · 1 nouvelle en retard (F-7)")
                .contains("1. Client Seul — F-7\n   1\u202F234,56\u00A0€ · 12 jours de retard · friendly, par email\n"
                        + "   Facture F-7 : petit rappel — Sauf erreur de notre part\n")
                .contains("2. Pro SARL — F-1, F-2\n   1\u202F500,00\u00A0€ · 20 jours de retard · firm, par email\n"
                        + "   intérêts de retard 8,22\u00A0€ + indemnité forfaitaire 80,00\u00A0€\n")
                .contains("… et 2 de plus, 50,00\u00A0€ : relance plan")
                .contains("Réponses en attente de décision (1)", "F-5 — Client <Cinq> (friendly)")
                .contains("Paiements à confirmer (1)", "#9 80,00\u00A0€ de MOREAU le 02/12/2026 → facture F-9")
                .contains("Messages à vérifier (1)", "quarantaine : <q@x.test> — sender not trusted")
                .endsWith(ReplyGrammar.help(Locale.FRENCH) + "\n");
        assertThat(text.indexOf("Messages à vérifier")).isLessThan(text.indexOf("Répondez à ce message"));
    }

    @Test
    void theEnglishTextIsInEnglishWithTheEnglishCommands() {
        String text = email(Locale.ENGLISH).render(digest("Pro SARL")).orElseThrow().text();

        assertThat(text).contains("Overdue: €2,734.56 on 3 invoices", "2. Pro SARL — F-1, F-2",
                        "€1,500.00 · 20 days overdue · firm, by email", "late interest €8.22 + recovery indemnity €80.00",
                        "Replies waiting for a decision (1)", "Payments to confirm (1)", "Messages to check (1)")
                .endsWith(ReplyGrammar.help(Locale.ENGLISH) + "\n");
    }

    @Test
    void theHtmlShowsTheSameContentAndEscapesEveryOutsideString() {
        String html = email(Locale.FRENCH).render(digest("<script>alert('x')</script> & Fils")).orElseThrow().html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<Cinq>").doesNotContain("<q@x.test>")
                .contains("2. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Fils — F-1, F-2")
                .contains("Client &lt;Cinq&gt;")
                .contains("<h2>À relancer — 02/12/2026 (#K7QH2M4A)</h2>")
                .contains("intérêts de retard 8,22\u00A0€ + indemnité forfaitaire 80,00\u00A0€")
                .contains("<h3>Paiements à confirmer (1)</h3>")
                .contains("valider 1 3");
        assertThat(html.indexOf("1. Client Seul")).isLessThan(html.indexOf("2. &lt;script"));
    }

    @Test
    void anEmptyDigestIsOneShortLineOrNoEmailWhenWhenEmptyIsOff() {
        Digest empty = new Digest(3, "EMPTY234", DAY, List.of());

        DigestEmail.Rendered r = new DigestEmail(company(Locale.FRENCH), settings(Optional.of("RAS aujourd'hui")))
                .render(empty).orElseThrow();
        assertThat(r.subject()).isEqualTo("[Relance] À relancer — 02/12/2026 (#EMPTY234)");
        assertThat(r.text()).endsWith("\n\nRAS aujourd'hui\n").doesNotContain("Répondez");
        assertThat(r.html()).contains("RAS aujourd&#39;hui");
        assertThat(new DigestEmail(company(Locale.FRENCH), settings(Optional.of("off"))).render(empty)).isEmpty();
    }
}
