package org.relance.dunning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The proposals one message covers: one customer, one ladder step (so one template and channel), one currency
 * (so one total).
 *
 * @param proposals oldest due date first
 */
public record ReminderGroup(long customerId, String customer, String step, String channel, Currency currency,
                            List<Proposal> proposals) {

    public ReminderGroup {
        proposals = List.copyOf(proposals);
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("a reminder group has at least one proposal");
        }
    }

    /**
     * Groups a day's proposals into messages. With {@code byCustomer} ({@code dunning.groupByCustomer}), all the
     * proposals of a customer at the same step and in the same currency share one message; without it, each
     * proposal is its own. Invoices at different steps stay apart: each step has its own wording and recap.
     * Groups come in the order of their first proposal in {@code proposals} (the plan's order: most overdue first).
     */
    public static List<ReminderGroup> of(List<Proposal> proposals, boolean byCustomer) {
        Map<Object, List<Proposal>> groups = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            Object key = byCustomer
                    ? new Key(p.customerId(), p.step(), p.channel(), p.amountDue().currency())
                    : p.invoiceId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<ReminderGroup> out = new ArrayList<>();
        for (List<Proposal> members : groups.values()) {
            List<Proposal> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparing(Proposal::dueDate)
                    .thenComparing(Proposal::invoice, Comparator.nullsLast(Comparator.naturalOrder())));
            Proposal first = sorted.get(0);
            out.add(new ReminderGroup(first.customerId(), first.customer(), first.step(), first.channel(),
                    first.amountDue().currency(), sorted));
        }
        return out;
    }

    private record Key(long customerId, String step, String channel, Currency currency) {
        Key {
            Objects.requireNonNull(step, "step");
        }
    }
}
