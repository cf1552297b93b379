package org.relance.dunning;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.config.EcbRates;
import org.relance.config.LadderStep;
import org.relance.config.LadderStep.Channel;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;

/** A company, customers and overdue invoices whose figures come from the real planner. */
final class ReminderFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static final Company COMPANY = new Company("Atelier Morel SARL", "contact@atelier-morel.test", IBAN,
            "AGRIFRPP", "123 456 789", "12 rue de la Paix\n75002 Paris", Locale.FRENCH, PARIS, 30);
    static final List<LadderStep> LADDER = List.of(
            new LadderStep("friendly", 1, Channel.EMAIL, "reminder-friendly"),
            new LadderStep("firm", 8, Channel.EMAIL, "reminder-firm"),
            new LadderStep("call", 15, Channel.TASK, null),
            new LadderStep("notice", 30, Channel.LETTER, "formal-notice"));
    static final Customer FRENCH_CLIENT =
            new Customer(1, "Boulangerie Xavier", "compta@boulangerie-xavier.test", "fr", null, false);
    static final Customer ENGLISH_CLIENT =
            new Customer(2, "Harbour Design Ltd", "accounts@harbour-design.test", "en", null, false);
    static final Customer CONSUMER = new Customer(3, "Claire Dubois", "claire.dubois@example.test", "fr", false, false);

    private ReminderFixtures() {
    }

    static Dunning dunning(Path templatesDir) {
        return new Dunning(true, EcbRates.single(new BigDecimal("2.15")), true, new BigDecimal("40.00"), 7, LADDER,
                templatesDir, 8, 8);
    }

    static ReminderComposer composer() {
        return new ReminderComposer(COMPANY, dunning(null));
    }

    static LadderStep step(String id) {
        return LADDER.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static Invoice invoice(long id, String number, Customer customer, String issued, String due, String amount) {
        Money m = Money.of(amount, "EUR");
        return new Invoice(id, number, InvoiceKind.INVOICE, customer.id(), LocalDate.parse(issued),
                LocalDate.parse(due), m, Money.zero(m.currency()), m, InvoiceStatus.OPEN, "csv");
    }

    /** The overdue items as the planner figures them today (interest and indemnity only for B2B customers). */
    static List<OverdueItem> items(Customer customer, Invoice... invoices) {
        Planner planner = new Planner(dunning(null), COMPANY);
        List<DunningCase> cases = new ArrayList<>();
        for (Invoice invoice : invoices) {
            cases.add(new DunningCase(invoice, customer, List.of()));
        }
        Plan plan = planner.plan(cases, TODAY);
        List<OverdueItem> items = new ArrayList<>();
        for (Invoice invoice : invoices) {
            items.add(OverdueItem.of(plan.forInvoice(invoice.number()).orElseThrow(), invoice));
        }
        return items;
    }

    static final Invoice F42 = invoice(42, "F-2026-0042", FRENCH_CLIENT, "2026-09-15", "2026-10-15", "1234.56");
    static final Invoice F57 = invoice(57, "F-2026-0057", FRENCH_CLIENT, "2026-10-02", "2026-11-01", "380.00");
    static final Invoice E42 = invoice(43, "F-2026-0043", ENGLISH_CLIENT, "2026-09-15", "2026-10-15", "1234.56");
    static final Invoice C12 = invoice(12, "F-2026-0012", CONSUMER, "2026-09-15", "2026-10-15", "250.00");

    static List<PastReminder> historyUpTo(String invoice, String step) {
        List<PastReminder> all = List.of(
                new PastReminder(invoice, "friendly", LocalDate.parse("2026-10-16")),
                new PastReminder(invoice, "firm", LocalDate.parse("2026-10-26")),
                new PastReminder(invoice, "call", LocalDate.parse("2026-11-09")));
        int upTo = switch (step) {
            case "friendly" -> 0;
            case "firm" -> 1;
            case "call" -> 2;
            default -> 3;
        };
        return all.subList(0, upTo);
    }

    static ReminderRequest request(Customer customer, String step, Invoice... invoices) {
        List<PastReminder> history = new ArrayList<>();
        for (Invoice invoice : invoices) {
            history.addAll(historyUpTo(invoice.number(), step));
        }
        String address = customer == ENGLISH_CLIENT ? "4 Quay Street\nBristol BS1 4DB\nUnited Kingdom"
                : "8 place du Marché\n69002 Lyon";
        return new ReminderRequest(customer, address, step(step), items(customer, invoices), history, TODAY);
    }
}
