package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relance.dunning.ReminderFixtures.COMPANY;
import static org.relance.dunning.ReminderFixtures.E42;
import static org.relance.dunning.ReminderFixtures.ENGLISH_CLIENT;
import static org.relance.dunning.ReminderFixtures.F42;
import static org.relance.dunning.ReminderFixtures.FRENCH_CLIENT;
import static org.relance.dunning.ReminderFixtures.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.dunning.Composition.ComposedReminder;
import org.relance.dunning.Composition.Refused;

class ReminderTemplateOverrideTest {

    @TempDir
    Path dir;

    private ReminderComposer composer() {
        return new ReminderComposer(COMPANY, ReminderFixtures.dunning(dir));
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void userTemplateInTheDirectoryReplacesTheBuiltInForItsLanguageOnly() throws IOException {
        write("fr/reminder-friendly.txt", """
                Objet : Votre facture {{invoiceNumbers}}

                Coucou {{customerName}},
                {{#invoices}}
                {{number}} : {{amountDue}} avant le {{deadline}}
                {{/invoices}}
                """);

        Composition fr = composer().compose(request(FRENCH_CLIENT, "friendly", F42));
        Composition en = composer().compose(request(ENGLISH_CLIENT, "friendly", E42));

        assertThat(fr).isInstanceOf(ComposedReminder.class);
        ComposedReminder m = (ComposedReminder) fr;
        assertThat(m.subject()).isEqualTo("Votre facture F-2026-0042");
        assertThat(m.text()).isEqualTo("Coucou Boulangerie Xavier,\nF-2026-0042 : 1\u202F234,56\u00A0€ avant le 9 décembre 2026\n");
        // No .html next to it: the HTML part is the same text, escaped.
        assertThat(m.html()).contains("<p>Coucou Boulangerie Xavier,<br>").doesNotContain("Sauf erreur");
        assertThat(((ComposedReminder) en).subject()).isEqualTo("Invoice F-2026-0043: a quick reminder");
    }

    @Test
    void userHtmlPartIsUsedAndEscapesValues() throws IOException {
        write("en/reminder-firm.txt", "Subject: Overdue {{invoiceNumbers}}\n\nPay {{totalDue}}.\n");
        write("en/reminder-firm.html", "<p>Dear {{customerName}}, pay <b>{{totalDue}}</b>.</p>\n");
        var customer = new org.relance.invoice.Customer(2, "Tom & <Jerry> \"Ltd\"", "accounts@harbour-design.test",
                "en", null, false);

        ComposedReminder m = (ComposedReminder) composer().compose(request(customer, "firm", E42));

        assertThat(m.html()).isEqualTo("<p>Dear Tom &amp; &lt;Jerry&gt; &quot;Ltd&quot;, pay <b>€1,234.56</b>.</p>\n");
        assertThat(m.text()).isEqualTo("Pay €1,234.56.\n");
    }

    @Test
    void editsToATemplateApplyWithoutRestart() throws IOException {
        ReminderComposer composer = composer();
        write("fr/reminder-friendly.txt", "Subject: Première version\n\nA\n");
        assertThat(((ComposedReminder) composer.compose(request(FRENCH_CLIENT, "friendly", F42))).subject())
                .isEqualTo("Première version");

        write("fr/reminder-friendly.txt", "Subject: Seconde version\n\nB\n");
        assertThat(((ComposedReminder) composer.compose(request(FRENCH_CLIENT, "friendly", F42))).subject())
                .isEqualTo("Seconde version");
    }

    @Test
    void templateNamingAValueThatDoesNotExistIsRefusedWithItsFileAndName() throws IOException {
        write("fr/reminder-friendly.txt", "Subject: Facture\n\nMontant : {{montant}}\n");

        Composition c = composer().compose(request(FRENCH_CLIENT, "friendly", F42));

        assertThat(c).isInstanceOf(Refused.class);
        assertThat(((Refused) c).reason()).contains("reminder-friendly.txt", "montant");
    }

    @Test
    void htmlPartWithoutItsTextPartIsRefused() throws IOException {
        write("fr/reminder-friendly.html", "<p>{{totalDue}}</p>");

        Composition c = composer().compose(request(FRENCH_CLIENT, "friendly", F42));

        assertThat(c).isInstanceOf(Refused.class);
        assertThat(((Refused) c).reason()).contains("reminder-friendly.html", "reminder-friendly.txt");
    }

    @Test
    void templateWithoutSubjectLineIsRefused() throws IOException {
        write("fr/reminder-friendly.txt", "Bonjour,\n\nMerci de payer {{totalDue}}.\n");

        Composition c = composer().compose(request(FRENCH_CLIENT, "friendly", F42));

        assertThat(c).isInstanceOf(Refused.class);
        assertThat(((Refused) c).reason()).contains("empty subject");
    }

    @Test
    void stepWithATemplateNobodyWroteIsRefused() {
        var step = new org.relance.config.LadderStep("extra", 20, org.relance.config.LadderStep.Channel.EMAIL,
                "reminder-extra");
        ReminderRequest r = new ReminderRequest(FRENCH_CLIENT, null, step, ReminderFixtures.items(FRENCH_CLIENT, F42),
                java.util.List.of(), ReminderFixtures.TODAY);

        assertThat(composer().compose(r)).isEqualTo(new Refused("no template \"reminder-extra\" for language fr"));
    }

    @Test
    void userTemplateForANewStepIsFound() throws IOException {
        write("fr/reminder-extra.txt", "Subject: Encore {{invoiceNumbers}}\n\nTotal : {{totalDue}}\n");
        var step = new org.relance.config.LadderStep("extra", 20, org.relance.config.LadderStep.Channel.EMAIL,
                "reminder-extra");
        ReminderRequest r = new ReminderRequest(FRENCH_CLIENT, null, step, ReminderFixtures.items(FRENCH_CLIENT, F42),
                java.util.List.of(), ReminderFixtures.TODAY);

        assertThat(((ComposedReminder) composer().compose(r)).text()).isEqualTo("Total : 1\u202F234,56\u00A0€\n");
    }
}
