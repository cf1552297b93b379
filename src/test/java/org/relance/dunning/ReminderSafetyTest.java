package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relance.dunning.ReminderFixtures.COMPANY;
import static org.relance.dunning.ReminderFixtures.TODAY;
import static org.relance.dunning.ReminderFixtures.composer;
import static org.relance.dunning.ReminderFixtures.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.dunning.Composition.ComposedReminder;
import org.relance.dunning.Composition.ComposedTask;
import org.relance.dunning.Composition.Refused;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;

class ReminderSafetyTest {

    private static final String HOSTILE = "Evil Corp\r\nBcc: everyone@victim.test\r\n\r\n<script>alert(1)</script>";

    @TempDir
    Path dir;

    @Test
    void lineBreaksInANameOrInvoiceNumberCannotAddHeadersToTheSubject() throws IOException {
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/reminder-friendly.txt"),
                "Subject: Rappel pour {{customerName}} – {{invoiceNumbers}}\n\nBonjour {{customerName}}\n");
        Customer evil = new Customer(9, HOSTILE, "compta@evil.test", "fr", null, false);
        Invoice invoice = ReminderFixtures.invoice(77, "F-1\nX-Injected: yes", evil, "2026-09-15", "2026-10-15",
                "10.00");

        ComposedReminder m = (ComposedReminder) new ReminderComposer(COMPANY, ReminderFixtures.dunning(dir))
                .compose(request(evil, "friendly", invoice));

        assertThat(m.subject()).doesNotContain("\r", "\n")
                .isEqualTo("Rappel pour Evil Corp Bcc: everyone@victim.test <script>alert(1)</script> – F-1 X-Injected: yes");
        assertThat(m.toName()).doesNotContain("\r", "\n");
        assertThat(m.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void builtInSubjectsAndHtmlStaySafeWithHostileInvoiceNumbers() {
        Customer client = ReminderFixtures.FRENCH_CLIENT;
        Invoice invoice = ReminderFixtures.invoice(78, "F-2\r\nBcc: x@y.test <b>gras</b>", client, "2026-09-15",
                "2026-10-15", "10.00");

        for (String step : List.of("friendly", "firm", "notice")) {
            ComposedReminder m = (ComposedReminder) composer().compose(request(client, step, invoice));
            assertThat(m.subject()).as(step).doesNotContain("\r", "\n").contains("F-2 Bcc: x@y.test");
            assertThat(m.html()).as(step).doesNotContain("<b>gras</b>").contains("&lt;b&gt;gras&lt;/b&gt;");
        }
        ComposedTask task = (ComposedTask) composer().compose(request(client, "call", invoice));
        assertThat(task.title()).doesNotContain("\r", "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compta@client.test\r\nBcc: all@victim.test", "a@b.test, c@d.test", "Nom <a@b.test>",
            "pas-une-adresse", " ", "a@b.test\u0000"})
    void anAddressThatIsNotExactlyOneMailboxIsRefused(String address) {
        Customer customer = new Customer(9, "Client", address, "fr", null, false);
        Invoice invoice = ReminderFixtures.invoice(79, "F-3", customer, "2026-09-15", "2026-10-15", "10.00");

        Composition c = composer().compose(request(customer, "friendly", invoice));

        assertThat(c).isInstanceOf(Refused.class);
        assertThat(((Refused) c).reason()).startsWith("customer Client has no valid email address").doesNotContain("\n");
    }

    @Test
    void oneLineRemovesEveryKindOfLineBreakAndControlCharacter() {
        assertThat(ReminderFormat.oneLine("a\rb\nc\u2028d\u2029e\u0085f\u000Bg\tg\u202Eh\u0000i  j"))
                .isEqualTo("a b c d e f g g h i j");
        assertThat(ReminderFormat.oneLine("  1\u202F234,56\u00A0€  ")).isEqualTo("1\u202F234,56\u00A0€");
    }

    @Test
    void taskDoesNotNeedACustomerAddress() {
        Customer noEmail = new Customer(9, "Client Sans Mail", null, "fr", null, false);
        Invoice invoice = ReminderFixtures.invoice(80, "F-4", noEmail, "2026-09-15", "2026-10-15", "10.00");
        ReminderRequest r = new ReminderRequest(noEmail, null, ReminderFixtures.step("call"),
                ReminderFixtures.items(noEmail, invoice), List.of(), TODAY);

        assertThat(composer().compose(r)).isInstanceOf(ComposedTask.class);
    }
}
