package org.relance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.dunning.InvoiceOverview;
import org.relance.invoice.Invoice;
import org.relance.ledger.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance invoices}: every invoice with its status and latest reminder (contract §9). */
@Command(name = "invoices", mixinStandardHelpOptions = true,
        description = "List the invoices and credit notes with their status and latest reminder: a table by default, "
                + "or one JSON object per invoice.")
final class InvoicesCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--status", paramLabel = "S",
            description = "Only invoices in this status: to_confirm, open, partially_paid, paid, disputed, cancelled.")
    String status;

    @Option(names = "--table", description = "Print an aligned table (the default).")
    boolean table;

    @Option(names = "--json", description = "Print one JSON object per invoice.")
    boolean json;

    InvoicesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputFormat.check(table, json);
        if (status != null && !InvoiceOverview.STATUSES.contains(status)) {
            throw new UsageProblem("--status: unknown status '" + status + "' (one of "
                    + String.join(", ", InvoiceOverview.STATUSES) + ")");
        }
        try (App app = context.apps().open(config.load(context.env()))) {
            List<InvoiceOverview.Line> lines = app.invoiceOverview().list(Optional.ofNullable(status));
            if (json) {
                JsonLines out = new JsonLines(context.out());
                lines.forEach(l -> out.print(toJson(l)));
            } else {
                Table t = new Table("number", "kind", "customer", "email", "issued", "due", ">total", ">amount due",
                        "currency", "status", "reminder", "warnings");
                for (InvoiceOverview.Line l : lines) {
                    Invoice i = l.invoice();
                    t.row(i.number(), i.kind().id(), l.customer().name(),
                            l.customer().email() == null ? "— no email —" : l.customer().email(), i.issueDate(),
                            i.dueDate(), amount(i.total()), amount(i.amountDue()), i.total().currency(), i.status().id(),
                            l.reminder() == null ? "" : l.reminder().step() + " " + l.reminder().state().id(),
                            String.join("; ", l.warnings()));
                }
                t.print(context.out());
                context.out().printf("%d invoice(s)%n", lines.size());
            }
        }
        return 0;
    }

    /** The contract's §9 object for one invoice. */
    static Map<String, Object> toJson(InvoiceOverview.Line l) {
        Invoice i = l.invoice();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("number", i.number());
        o.put("kind", i.kind().id());
        o.put("customer", l.customer().name());
        o.put("customerEmail", l.customer().email());
        o.put("issueDate", i.issueDate());
        o.put("dueDate", i.dueDate());
        o.put("currency", i.total().currency().getCurrencyCode());
        o.put("total", i.total().amount());
        o.put("amountDue", i.amountDue().amount());
        o.put("status", i.status().id());
        o.put("source", i.source());
        Map<String, Object> reminder = null;
        if (l.reminder() != null) {
            reminder = new LinkedHashMap<>();
            reminder.put("step", l.reminder().step());
            reminder.put("state", l.reminder().state().id());
        }
        o.put("reminder", reminder);
        o.put("warnings", l.warnings());
        return o;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
