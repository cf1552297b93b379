package org.relance.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.dunning.ReceivablesStatus;
import org.relance.ledger.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance status}: the receivables summary (contract §9), readable text by default. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Summarise the receivables: what is owed and how late, where the reminders stand, what waits "
                + "for a person.")
final class StatusCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to count lateness from (default: today).")
    LocalDate today;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (App app = context.apps().open(config.load(context.env()))) {
            LocalDate day = Today.or(today, context, app);
            ReceivablesStatus.Summary s = app.receivablesStatus().on(day);
            if (json) {
                new JsonLines(context.out()).print(toJson(s));
            } else {
                print(s, context.out());
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(ReceivablesStatus.Summary s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("currency", s.currency().getCurrencyCode());
        o.put("receivable", s.receivable().amount());
        o.put("overdue", s.overdue().amount());
        Map<String, Object> buckets = new LinkedHashMap<>();
        s.buckets().forEach((k, v) -> buckets.put(k, v.amount()));
        o.put("buckets", buckets);
        o.put("dso", s.dso());
        o.put("toConfirm", s.toConfirm());
        o.put("approved", s.approved());
        o.put("queued", s.queued());
        o.put("sent", s.sent());
        o.put("needsReview", s.needsReview());
        o.put("onHold", s.onHold());
        o.put("paymentsToConfirm", s.paymentsToConfirm());
        List<Map<String, Object>> debtors = new ArrayList<>();
        for (ReceivablesStatus.Debtor d : s.topDebtors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("customer", d.customer());
            m.put("amountDue", d.amountDue().amount());
            m.put("overdue", d.overdue().amount());
            m.put("invoices", d.invoices());
            debtors.add(m);
        }
        o.put("topDebtors", debtors);
        o.put("warnings", s.warnings());
        return o;
    }

    static void print(ReceivablesStatus.Summary s, PrintWriter out) {
        String c = " " + s.currency().getCurrencyCode();
        out.printf("Receivables on %s%n", s.today());
        out.printf("  receivable   %s%n", amount(s.receivable()) + c);
        out.printf("  overdue      %s%n", amount(s.overdue()) + c);
        List<String> buckets = new ArrayList<>();
        s.buckets().forEach((k, v) -> buckets.add(k + " days: " + amount(v)));
        out.printf("    %s%n", String.join(" · ", buckets));
        out.printf("  DSO          %s%n", s.dso() == null ? "— (nothing invoiced in the last 90 days)"
                : s.dso() + " days");
        out.printf("Reminders: %d approved, %d queued, %d sent (invoice still unpaid), %d in review, %d on hold%n",
                s.approved(), s.queued(), s.sent(), s.needsReview(), s.onHold());
        out.printf("Waiting for a person: %d invoice(s) to confirm, %d payment(s) to confirm%s%n", s.toConfirm(),
                s.paymentsToConfirm(), s.paymentsToConfirm() > 0 ? " (relance payments --suggested)" : "");
        if (!s.topDebtors().isEmpty()) {
            Table t = new Table("customer", ">amount due", ">overdue", ">invoices");
            s.topDebtors().forEach(d -> t.row(d.customer(), amount(d.amountDue()), amount(d.overdue()), d.invoices()));
            out.println("Top debtors:");
            t.print(out);
        }
        s.warnings().forEach(w -> out.println("warning: " + w));
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
