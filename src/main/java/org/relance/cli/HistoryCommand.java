package org.relance.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.dunning.InvoiceHistory;
import org.relance.invoice.Invoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance history INVOICE}: every event of one invoice in time order, with who and through which channel. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show everything that happened to an invoice: import, reminders, decisions (who, which channel), "
                + "payments, customer replies with their text.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "INVOICE", description = "The invoice number.")
    String number;

    @Option(names = "--json", description = "Print one JSON object per event instead of text.")
    boolean json;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (App app = context.apps().open(config.load(context.env()))) {
            List<InvoiceHistory.History> found = app.invoiceHistory().of(number);
            if (found.isEmpty()) {
                context.err().println(number + ": unknown invoice");
                return 1;
            }
            ZoneId zone = app.config().company().timezone();
            for (InvoiceHistory.History history : found) {
                if (json) {
                    JsonLines out = new JsonLines(context.out());
                    history.entries().forEach(e -> out.print(toJson(history.invoice(), e)));
                } else {
                    print(history, zone, context.out());
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> toJson(Invoice invoice, InvoiceHistory.Entry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("invoice", invoice.number());
        o.put("kind", invoice.kind().id());
        o.put("at", e.at().toString());
        o.put("actor", e.actor());
        o.put("channel", e.channel());
        o.put("event", e.kind());
        o.put("details", e.details());
        o.put("file", e.file());
        Map<String, Object> reminder = null;
        if (e.reminder() != null) {
            reminder = new LinkedHashMap<>();
            reminder.put("id", e.reminder().id());
            reminder.put("step", e.reminder().step());
            reminder.put("subject", e.reminder().subject());
        }
        o.put("reminder", reminder);
        o.put("payment", e.paymentId());
        Map<String, Object> reply = null;
        if (e.reply() != null) {
            reply = new LinkedHashMap<>();
            reply.put("from", e.reply().from());
            reply.put("subject", e.reply().subject());
            reply.put("text", e.reply().text());
            reply.put("file", e.reply().file());
        }
        o.put("reply", reply);
        return o;
    }

    private static void print(InvoiceHistory.History history, ZoneId zone, PrintWriter out) {
        Invoice i = history.invoice();
        out.printf("%s %s — %s%s: %s %s, due %s, %s (%s due)%n", i.kind().id().replace('_', ' '), i.number(),
                history.customer().name(),
                history.customer().email() == null ? " (no email address)" : " <" + history.customer().email() + ">",
                i.total().amount().toPlainString(), i.total().currency(), i.dueDate() == null ? "unknown" : i.dueDate(),
                i.status().id(), i.amountDue().amount().toPlainString());
        for (InvoiceHistory.Entry e : history.entries()) {
            out.printf("%s  %-24s %s (%s)%s%n", WHEN.format(e.at().atZone(zone)), e.kind(), e.actor(), e.channel(),
                    e.details() == null ? "" : ": " + e.details());
            if (e.file() != null) {
                out.println("    read from " + e.file());
            }
            if (e.reminder() != null) {
                out.println("    reminder #" + e.reminder().id() + " (" + e.reminder().step() + ")"
                        + (e.reminder().subject() == null ? "" : ": \"" + e.reminder().subject() + "\""));
            }
            if (e.reply() != null && e.reply().text() != null) {
                e.reply().text().lines().forEach(line -> out.println("    > " + line));
            }
        }
        if (history.entries().isEmpty()) {
            out.println("(no event recorded)");
        }
    }
}
