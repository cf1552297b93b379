package org.relance.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.bank.IntakeResult;
import org.relance.bank.Payment;
import org.relance.bank.WaitingPayment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance payments}: the payments waiting for a person (suggested matches, unmatched credits). */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = "List the payments that need a person: matches to confirm (relance match-confirm / match-reject "
                + "ALLOCATION) and credits nothing was found for. A table by default, or JSON lines.")
final class PaymentsCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--unmatched", description = "Only the payments nothing was matched to.")
    boolean unmatched;

    @Option(names = "--suggested", description = "Only the payments with matches to confirm.")
    boolean suggested;

    @Option(names = "--table", description = "Print an aligned table (the default).")
    boolean table;

    @Option(names = "--json", description = "Print one JSON object per payment.")
    boolean json;

    PaymentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputFormat.check(table, json);
        Set<WaitingPayment.State> kinds = EnumSet.noneOf(WaitingPayment.State.class);
        if (suggested || !unmatched) {
            kinds.add(WaitingPayment.State.SUGGESTED);
        }
        if (unmatched || !suggested) {
            kinds.add(WaitingPayment.State.UNMATCHED);
        }
        try (App app = context.apps().open(config.load(context.env()))) {
            List<WaitingPayment> waiting = app.payments().waitingForAPerson(kinds);
            if (json) {
                JsonLines lines = new JsonLines(context.out());
                waiting.forEach(w -> lines.print(toJson(w)));
            } else {
                printTable(waiting);
            }
        }
        return 0;
    }

    private void printTable(List<WaitingPayment> waiting) {
        Table t = new Table(">payment", "date", ">amount", "currency", "payer", "reference", "state", ">allocation",
                "invoice", ">allocated", "method", ">confidence");
        for (WaitingPayment w : waiting) {
            Payment p = w.payment();
            if (w.suggestions().isEmpty()) {
                t.row(p.id(), p.date(), p.amount().amount().toPlainString(), p.amount().currency(), p.payerName(),
                        p.reference(), w.state().id());
            }
            for (IntakeResult.Suggested s : w.suggestions()) {
                t.row(p.id(), p.date(), p.amount().amount().toPlainString(), p.amount().currency(), p.payerName(),
                        p.reference(), w.state().id(), s.allocationId(), s.invoice(), s.amount().amount().toPlainString(),
                        s.method().wireName(), s.confidence().toPlainString());
            }
        }
        t.print(context.out());
        long toConfirm = waiting.stream().filter(w -> w.state() == WaitingPayment.State.SUGGESTED).count();
        context.out().printf("%d payment(s) with matches to confirm, %d unmatched%s%n", toConfirm,
                waiting.size() - toConfirm,
                toConfirm > 0 ? "; decide with relance match-confirm ALLOCATION or relance match-reject ALLOCATION" : "");
    }

    private static Map<String, Object> toJson(WaitingPayment w) {
        Payment p = w.payment();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("payment", p.id());
        o.put("date", p.date());
        o.put("amount", p.amount().amount());
        o.put("currency", p.amount().currency().getCurrencyCode());
        o.put("payer", p.payerName());
        o.put("reference", p.reference());
        o.put("state", w.state().id());
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (IntakeResult.Suggested s : w.suggestions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("allocation", s.allocationId());
            m.put("invoice", s.invoice());
            m.put("amount", s.amount().amount());
            m.put("method", s.method().wireName());
            m.put("confidence", s.confidence());
            m.put("note", s.note());
            suggestions.add(m);
        }
        o.put("suggestions", suggestions);
        return o;
    }
}
