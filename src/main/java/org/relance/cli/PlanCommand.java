package org.relance.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.dunning.DunningCase;
import org.relance.dunning.Plan;
import org.relance.dunning.Proposal;
import org.relance.ledger.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance plan}: what the dunning ladder proposes for a day, from the store; sends nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print what the dunning ladder proposes for a day, one JSON object per invoice (or a table).")
final class PlanCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to plan for (default: today).")
    LocalDate today;

    @Option(names = "--table", description = "Print an aligned table instead of JSON lines.")
    boolean table;

    @Option(names = "--json", description = "Print JSON lines (the default).")
    boolean json;

    PlanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputFormat.check(table, json);
        try (App app = context.apps().open(config.load(context.env()))) {
            LocalDate day = today != null ? today : LocalDate.now(context.clock().withZone(app.config().company().timezone()));
            Plan plan = app.plans().planFor(day);
            print(plan, recipients(app), table, context);
        }
        return 0;
    }

    /**
     * Where each proposal's message would go, by invoice id: the customer's address (null when unknown), or the
     * company's for a task step (the to-do is mailed to the team).
     */
    static Map<Long, String> recipients(App app) {
        Map<Long, String> to = new HashMap<>();
        to.put(COMPANY, app.config().company().email());
        for (DunningCase c : app.plans().cases()) {
            to.put(c.invoice().id(), c.customer().email());
        }
        return to;
    }

    /** The key of the company's address in a recipients map (ledger ids start at 1). */
    private static final long COMPANY = 0L;

    /** Prints a plan the way {@code plan} does; the demo shows it the same way. */
    static void print(Plan plan, boolean asTable, CliContext context) {
        print(plan, Map.of(), asTable, context);
    }

    static void print(Plan plan, Map<Long, String> recipients, boolean asTable, CliContext context) {
        if (asTable) {
            Table t = new Table("invoice", "customer", "step", "channel", ">days", ">amount due", ">interest",
                    ">indemnity", "currency", "recipient", "notes");
            for (Proposal p : plan.proposals()) {
                String to = recipient(p, recipients);
                t.row(p.invoice(), p.customer(), p.step(), p.channel(), p.daysOverdue(), amount(p.amountDue()),
                        amount(p.lateInterest()), amount(p.recoveryIndemnity()), p.amountDue().currency(),
                        to == null ? NO_EMAIL : to, String.join("; ", p.warnings()));
            }
            t.print(context.out());
            context.out().printf("%d reminder(s) proposed for %s%n", plan.proposals().size(), plan.today());
        } else {
            JsonLines json = new JsonLines(context.out());
            plan.proposals().forEach(p -> {
                Map<String, Object> o = toJson(p);
                o.put("recipient", recipient(p, recipients));
                json.print(o);
            });
        }
        plan.warnings().forEach(w -> context.err().println("warning: " + w));
    }

    private static final String NO_EMAIL = "— no email —";

    /** The customer's address for a message step, the company's for a to-do; null when unknown. */
    private static String recipient(Proposal p, Map<Long, String> recipients) {
        return recipients.get("task".equals(p.channel()) ? COMPANY : p.invoiceId());
    }

    private static Map<String, Object> toJson(Proposal p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("invoice", p.invoice());
        o.put("customer", p.customer());
        o.put("step", p.step());
        o.put("channel", p.channel());
        o.put("daysOverdue", p.daysOverdue());
        o.put("amountDue", p.amountDue().amount());
        o.put("lateInterest", p.lateInterest() == null ? null : p.lateInterest().amount());
        o.put("recoveryIndemnity", p.recoveryIndemnity() == null ? null : p.recoveryIndemnity().amount());
        o.put("currency", p.amountDue().currency().getCurrencyCode());
        o.put("dueDate", p.dueDate());
        o.put("reminderId", p.reminderId());
        o.put("warnings", p.warnings());
        return o;
    }

    private static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }
}
