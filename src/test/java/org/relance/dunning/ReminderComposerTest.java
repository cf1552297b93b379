package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relance.dunning.ReminderFixtures.COMPANY;
import static org.relance.dunning.ReminderFixtures.CONSUMER;
import static org.relance.dunning.ReminderFixtures.C12;
import static org.relance.dunning.ReminderFixtures.E42;
import static org.relance.dunning.ReminderFixtures.ENGLISH_CLIENT;
import static org.relance.dunning.ReminderFixtures.F42;
import static org.relance.dunning.ReminderFixtures.F57;
import static org.relance.dunning.ReminderFixtures.FRENCH_CLIENT;
import static org.relance.dunning.ReminderFixtures.IBAN;
import static org.relance.dunning.ReminderFixtures.TODAY;
import static org.relance.dunning.ReminderFixtures.composer;
import static org.relance.dunning.ReminderFixtures.request;
import static org.relance.dunning.ReminderFixtures.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.config.Company;
import org.relance.dunning.Composition.ComposedReminder;
import org.relance.dunning.Composition.ComposedTask;
import org.relance.dunning.Composition.Refused;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.ledger.Money;

class ReminderComposerTest {

    /** How French writes 1234.56 euros: narrow no-break space between thousands, no-break space before €. */
    private static final String FR_1234_56 = "1\u202F234,56\u00A0€";

    private static ComposedReminder email(Composition c) {
        assertThat(c).as("composition").isInstanceOf(ComposedReminder.class);
        return (ComposedReminder) c;
    }

    private static ComposedReminder compose(Customer customer, String step, Invoice... invoices) {
        return email(composer().compose(request(customer, step, invoices)));
    }

    @Test
    void friendlyFrenchReminderStatesInvoiceDatesAmountBankDetailsAndDeadlineCourteously() {
        ComposedReminder m = compose(FRENCH_CLIENT, "friendly", F42);

        assertThat(m.locale()).isEqualTo(Locale.FRENCH);
        assertThat(m.to()).isEqualTo("compta@boulangerie-xavier.test");
        assertThat(m.subject()).isEqualTo("Facture F-2026-0042 : petit rappel");
        assertThat(m.text())
                .contains("Sauf erreur de notre part")
                .contains("facture F-2026-0042 du 15 septembre 2026, échue le 15 octobre 2026 : " + FR_1234_56)
                .contains("IBAN : " + IBAN, "BIC : AGRIFRPP")
                .contains("d'ici le 9 décembre 2026")
                .doesNotContain("précédents envois");
        assertThat(m.html()).contains("F-2026-0042", "15 septembre 2026", FR_1234_56, IBAN, "9 décembre 2026");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.invoices()).containsExactly("F-2026-0042");
    }

    @Test
    void friendlyEnglishReminderStatesTheSameInEnglishFormats() {
        ComposedReminder m = compose(ENGLISH_CLIENT, "friendly", E42);

        assertThat(m.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(m.subject()).isEqualTo("Invoice F-2026-0043: a quick reminder");
        assertThat(m.text())
                .contains("Unless we are mistaken")
                .contains("invoice F-2026-0043 dated 15 September 2026, due on 15 October 2026: €1,234.56")
                .contains("IBAN: " + IBAN, "BIC: AGRIFRPP")
                .contains("by 9 December 2026")
                .doesNotContain("previous messages");
        assertThat(m.html()).contains("€1,234.56", "15 October 2026", IBAN);
    }

    @Test
    void firmReminderRecapsTheEarlierReminderWithItsDate() {
        ComposedReminder fr = compose(FRENCH_CLIENT, "firm", F42);
        ComposedReminder en = compose(ENGLISH_CLIENT, "firm", E42);

        assertThat(fr.text())
                .contains("Malgré notre rappel du 16 octobre 2026")
                .contains("Nos précédents envois :\n- 16 octobre 2026 : premier rappel par e-mail")
                .contains("au plus tard le 9 décembre 2026")
                .doesNotContain("Sauf erreur");
        assertThat(en.text())
                .contains("Despite our reminder of 16 October 2026")
                .contains("Our previous messages:\n- 16 October 2026: first reminder by email")
                .contains("by 9 December 2026 at the latest");
        assertThat(fr.html()).contains("<li>16 octobre 2026 : premier rappel par e-mail</li>");
    }

    @Test
    void firmReminderWithoutEarlierReminderDoesNotClaimOne() {
        ReminderRequest escalated = new ReminderRequest(FRENCH_CLIENT, null, step("firm"),
                ReminderFixtures.items(FRENCH_CLIENT, F42), List.of(), TODAY);

        ComposedReminder m = email(composer().compose(escalated));

        assertThat(m.text()).startsWith("Bonjour,\n\nNous n'avons toujours pas reçu")
                .doesNotContain("Malgré notre rappel", "précédents envois");
    }

    @ParameterizedTest
    @ValueSource(strings = {"friendly", "firm", "notice"})
    void b2bRemindersStateLateInterestAndIndemnityAndConsumerOnesDoNot(String stepId) {
        ComposedReminder business = compose(FRENCH_CLIENT, stepId, F42);
        ComposedReminder businessEn = compose(ENGLISH_CLIENT, stepId, E42);
        ComposedReminder consumer = compose(CONSUMER, stepId, C12);

        // 1 234,56 € × (2,15 % + 10 points) × 47 days / 365
        assertThat(business.text()).contains("19,31\u00A0€", "40,00\u00A0€", "L441-10", "D441-5");
        assertThat(businessEn.text()).contains("€19.31", "€40.00", "L441-10", "D441-5");
        assertThat(consumer.text()).contains("250,00\u00A0€")
                .doesNotContain("L441-10", "D441-5", "pénalités", "indemnité", "40,00");
        assertThat(consumer.html()).doesNotContain("L441-10", "indemnité");
    }

    @Test
    void firmB2bReminderGivesTheTotalNowPayable() {
        assertThat(compose(FRENCH_CLIENT, "firm", F42).text())
                .contains("Le montant exigible s'élève ainsi à 1\u202F293,87\u00A0€");
    }

    @Test
    void severalInvoicesOfOneCustomerMakeOneMessageWithEveryLineAndOneTotal() {
        Invoice other = ReminderFixtures.invoice(90, "F-2026-0090", ENGLISH_CLIENT, "2026-10-01", "2026-10-31",
                "99.00");
        Planner planner = new Planner(ReminderFixtures.dunning(null), COMPANY);
        Plan plan = planner.plan(List.of(
                new DunningCase(F42, FRENCH_CLIENT, List.of()),
                new DunningCase(other, ENGLISH_CLIENT, List.of()),
                new DunningCase(F57, FRENCH_CLIENT, List.of())), TODAY);

        List<ReminderGroup> groups = ReminderGroup.of(plan.proposals(), true);

        assertThat(groups).hasSize(2);
        ReminderGroup boulangerie = groups.stream().filter(g -> g.customerId() == FRENCH_CLIENT.id()).findFirst()
                .orElseThrow();
        assertThat(boulangerie.proposals()).extracting(Proposal::invoice).containsExactly("F-2026-0042", "F-2026-0057");

        ReminderRequest request = ReminderRequest.of(boulangerie, java.util.Map.of(
                        F42.id(), new DunningCase(F42, FRENCH_CLIENT, List.of()),
                        F57.id(), new DunningCase(F57, FRENCH_CLIENT, List.of())),
                ReminderFixtures.LADDER, null, ReminderFixtures.PARIS, TODAY);
        ComposedReminder m = email(composer().compose(request));

        assertThat(m.subject()).isEqualTo("Factures F-2026-0042 et F-2026-0057 : petit rappel");
        assertThat(m.text())
                .contains("des factures suivantes")
                .contains("- facture F-2026-0042 du 15 septembre 2026, échue le 15 octobre 2026 : " + FR_1234_56)
                .contains("- facture F-2026-0057 du 2 octobre 2026, échue le 1er novembre 2026 : 380,00\u00A0€")
                .contains("Total restant dû : 1\u202F614,56\u00A0€")
                .contains("les numéros de facture");
        assertThat(m.invoices()).containsExactly("F-2026-0042", "F-2026-0057");
        assertThat(m.html()).contains("Total restant dû", "1\u202F614,56\u00A0€");
    }

    @Test
    void withoutGroupingEachInvoiceIsItsOwnMessage() {
        Plan plan = new Planner(ReminderFixtures.dunning(null), COMPANY).plan(List.of(
                new DunningCase(F42, FRENCH_CLIENT, List.of()),
                new DunningCase(F57, FRENCH_CLIENT, List.of())), TODAY);

        assertThat(ReminderGroup.of(plan.proposals(), false)).hasSize(2)
                .allSatisfy(g -> assertThat(g.proposals()).hasSize(1));
    }

    @Test
    void invoicesAtDifferentStepsOrInDifferentCurrenciesAreNotMerged() {
        Proposal friendly = proposal(1, "A", "friendly", "email", "EUR");
        Proposal firm = proposal(2, "B", "firm", "email", "EUR");
        Proposal dollars = proposal(3, "C", "friendly", "email", "USD");
        Proposal friendlyToo = proposal(4, "D", "friendly", "email", "EUR");

        List<ReminderGroup> groups = ReminderGroup.of(List.of(friendly, firm, dollars, friendlyToo), true);

        assertThat(groups).extracting(g -> g.proposals().stream().map(Proposal::invoice).toList())
                .containsExactly(List.of("A", "D"), List.of("B"), List.of("C"));
    }

    private static Proposal proposal(long invoiceId, String number, String stepId, String channel, String currency) {
        return new Proposal(number, "Client", stepId, channel, 10, Money.of("10.00", currency), null, null,
                LocalDate.parse("2026-11-01").plusDays(invoiceId), null, List.of(), invoiceId, 7);
    }

    @Test
    void callStepGivesTheTeamATaskAndWritesNothingToTheCustomer() {
        Composition c = composer().compose(request(ENGLISH_CLIENT, "call", E42));

        assertThat(c).isInstanceOf(ComposedTask.class);
        ComposedTask task = (ComposedTask) c;
        // For the team: the company's language, whatever the customer's.
        assertThat(task.locale()).isEqualTo(Locale.FRENCH);
        assertThat(task.title()).isEqualTo("Appeler Harbour Design Ltd : facture F-2026-0043, " + FR_1234_56
                + " en retard");
        assertThat(task.text())
                .contains("accounts@harbour-design.test")
                .contains("facture F-2026-0043 du 15 septembre 2026, échue le 15 octobre 2026, 47 jours de retard")
                .contains("- 16 octobre 2026 : premier rappel par e-mail", "- 26 octobre 2026 : relance par e-mail")
                .contains("relance promise F-2026-0043 --by");
        assertThat(task.invoices()).containsExactly("F-2026-0043");
    }

    @Test
    void formalNoticeEmailCarriesThePdfLetter() {
        ComposedReminder m = compose(FRENCH_CLIENT, "notice", F42);

        assertThat(m.channel()).isEqualTo("letter");
        assertThat(m.subject()).isEqualTo("Mise en demeure de payer : facture F-2026-0042");
        assertThat(m.text())
                .contains("Nos relances du 16 octobre 2026 au 9 novembre 2026")
                .contains("Total réclamé : 1\u202F293,87\u00A0€")
                .contains("au plus tard le 9 décembre 2026");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("mise-en-demeure-F-2026-0042.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(new String(a.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
    }

    @Test
    void companyGetsTheNoticeToPrintEvenWhenTheCustomerHasNoEmailAddress() {
        Customer noEmail = new Customer(1, "Boulangerie Xavier", null, "fr", null, false);
        ReminderRequest r = new ReminderRequest(noEmail, "8 place du Marché\n69002 Lyon", step("notice"),
                ReminderFixtures.items(noEmail, F42), ReminderFixtures.historyUpTo("F-2026-0042", "notice"), TODAY);

        assertThat(composer().compose(r)).isInstanceOf(Refused.class);
        ComposedReminder toCompany = email(composer().noticeForCompany(r));

        assertThat(toCompany.to()).isEqualTo(COMPANY.email());
        assertThat(toCompany.subject()).isEqualTo("Mise en demeure à envoyer : Boulangerie Xavier, 1\u202F293,87\u00A0€");
        assertThat(toCompany.text()).contains("lettre recommandée avec accusé de réception", "69002 Lyon");
        assertThat(toCompany.attachments()).singleElement()
                .satisfies(a -> assertThat(a.filename()).isEqualTo("mise-en-demeure-F-2026-0042.pdf"));
    }

    @Test
    void customerLanguageWinsThenTheCompanyLocale() {
        Customer german = new Customer(5, "Müller GmbH", "buchhaltung@mueller.test", "de", null, false);
        Customer unknown = new Customer(6, "Sans Langue", "compta@sans.test", null, null, false);
        Customer englishRegion = new Customer(7, "Kiwi Ltd", "ap@kiwi.test", "en-NZ", null, false);
        Company english = new Company("Acme Ltd", "billing@acme.test", IBAN, null, null, null, Locale.ENGLISH,
                ReminderFixtures.PARIS, 30);
        ReminderComposer frenchCompany = composer();
        ReminderComposer englishCompany = new ReminderComposer(english, ReminderFixtures.dunning(null));

        assertThat(email(frenchCompany.compose(request(german, "friendly", F42))).locale()).isEqualTo(Locale.FRENCH);
        assertThat(email(frenchCompany.compose(request(unknown, "friendly", F42))).locale()).isEqualTo(Locale.FRENCH);
        assertThat(email(frenchCompany.compose(request(englishRegion, "friendly", F42))).locale())
                .isEqualTo(Locale.ENGLISH);
        assertThat(email(englishCompany.compose(request(unknown, "friendly", F42))).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(email(englishCompany.compose(request(FRENCH_CLIENT, "friendly", F42))).locale())
                .isEqualTo(Locale.FRENCH);
    }

    @Test
    void withoutIbanTheReminderSaysHowToArrangePaymentInstead() {
        Company noBank = new Company("Atelier Morel SARL", "contact@atelier-morel.test", null, null, null, null,
                Locale.FRENCH, ReminderFixtures.PARIS, 30);

        ComposedReminder m = email(new ReminderComposer(noBank, ReminderFixtures.dunning(null))
                .compose(request(FRENCH_CLIENT, "friendly", F42)));

        assertThat(m.text()).doesNotContain("IBAN").contains("nous contacter à contact@atelier-morel.test");
    }

    @Test
    void mixedCurrenciesOrNoInvoiceAreRefusedWithTheReason() {
        OverdueItem euros = ReminderFixtures.items(FRENCH_CLIENT, F42).get(0);
        OverdueItem dollars = new OverdueItem("US-1", null, LocalDate.parse("2026-11-01"), Money.of("5.00", "USD"),
                30, null, null);

        assertThat(composer().compose(new ReminderRequest(FRENCH_CLIENT, null, step("friendly"),
                List.of(euros, dollars), List.of(), TODAY)))
                .isEqualTo(new Refused("invoices in several currencies cannot share one total: remind them separately"));
        assertThat(composer().compose(new ReminderRequest(FRENCH_CLIENT, null, step("friendly"),
                List.of(), List.of(), TODAY)))
                .isEqualTo(new Refused("no overdue invoice to remind"));
    }
}
