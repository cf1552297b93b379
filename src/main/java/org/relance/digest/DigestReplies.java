package org.relance.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.relance.config.Company;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.decision.DecisionRequest.Target;
import org.relance.decision.Decisions;
import org.relance.dunning.Actor;
import org.relance.ledger.Ledger;

/**
 * Applies a reply's commands (email, {@code relance reply}, the demo's terminal) to a stored digest's items through
 * the decision seam; a stale item is refused by the seam and said so.
 */
public final class DigestReplies {

    private final Ledger ledger;
    private final Decisions decisions;
    private final DigestStore store;
    private final Company company;
    private final Clock clock;

    public DigestReplies(Ledger ledger, Decisions decisions, DigestStore store, Company company, Clock clock) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.store = store;
        this.company = company;
        this.clock = clock;
    }

    /** In the caller's transaction (an email reply commits with its processed message); approvals queue next round. */
    public ReplyResult apply(Handle h, long digestId, String text, Actor actor) {
        Plan plan = plan(h, digestId, text);
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (DecisionRequest request : plan.requests()) {
            outcomes.add(decisions.take(h, request, actor));
        }
        return plan.result(outcomes);
    }

    /** In its own transaction, approvals queued after the commit (the terminal, relance reply). */
    public ReplyResult apply(long digestId, String text, Actor actor) {
        Plan plan = ledger.read(h -> plan(h, digestId, text));
        if (plan.requests().isEmpty()) {
            return plan.result(List.of());
        }
        // each decision commits on its own, then the approvals are queued once (a customer's invoices approved
        // together leave in one grouped message)
        return plan.result(decisions.takeAll(plan.requests(), actor).outcomes());
    }

    /** The reply read against the digest's stored items: the requests to take, in order, and where each belongs. */
    private Plan plan(Handle h, long digestId, String text) {
        Digest digest = store.byId(h, digestId)
                .orElseThrow(() -> new IllegalArgumentException("no digest #" + digestId));
        LocalDate today = LocalDate.now(clock.withZone(company.timezone()));
        ParsedReply parsed = ReplyGrammar.parse(text, today);
        Map<Integer, DigestItem> items = new LinkedHashMap<>();
        for (DigestItem item : digest.items()) {
            items.put(item.position(), item);
        }
        Map<Integer, DigestDetails.ToConfirm> toConfirm = new LinkedHashMap<>();
        for (DigestDetails.ToConfirm t : digest.details().toConfirm()) {
            toConfirm.put(t.number(), t);
        }
        List<PlannedLine> lines = new ArrayList<>();
        List<DecisionRequest> requests = new ArrayList<>();
        for (ParsedReply.Entry entry : parsed.entries()) {
            if (entry instanceof ParsedReply.NotUnderstood n) {
                lines.add(new PlannedLine(n.source(), n.why(), List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            ParsedReply.Command c = (ParsedReply.Command) entry;
            if (c.kind() == ParsedReply.Kind.HELP) {
                lines.add(new PlannedLine(c.source(), ReplyResult.HELP, List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            // "approve all" means every reminder proposal: invoices to confirm are each confirmed by their number
            List<Integer> positions = c.all() ? List.copyOf(items.keySet()) : c.items();
            List<DecisionRequest> mine = new ArrayList<>();
            List<PlannedItem> planned = new ArrayList<>();
            List<PlannedConfirm> confirms = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            List<ReplyResult.Hint> hints = new ArrayList<>();
            boolean confirm = c.kind() == ParsedReply.Kind.CONFIRM;
            for (int position : positions) {
                DigestItem item = items.get(position);
                DigestDetails.ToConfirm invoice = toConfirm.get(position);
                if (confirm && invoice != null) {
                    confirms.add(new PlannedConfirm(invoice, requests.size() + mine.size()));
                    mine.add(new DecisionRequest.ConfirmInvoice(invoice.invoice(),
                            new DecisionRequest.Shown(invoice.total(), invoice.due()), c.correction()));
                } else if (!confirm && item != null) {
                    int first = requests.size() + mine.size();
                    for (DigestItem.Member member : item.members()) {
                        mine.add(request(c, Target.shown(member.invoice(), member.reminderId(), item.step())));
                    }
                    planned.add(new PlannedItem(item, first, first + item.members().size()));
                } else if (confirm ? item != null : invoice != null) {
                    hints.add(new ReplyResult.Hint(position, invoice != null));
                } else {
                    missing.add(position);
                }
            }
            if (!hints.isEmpty()) {
                // a number of the other kind means the digest was misread: nothing of this line is done
                lines.add(new PlannedLine(c.source(), null, List.of(), List.of(), missing, hints));
                continue;
            }
            requests.addAll(mine);
            String problem = c.all() && items.isEmpty() ? ReplyResult.EMPTY_DIGEST : null;
            lines.add(new PlannedLine(c.source(), problem, planned, confirms, missing, List.of()));
        }
        return new Plan(digestId, lines, requests, parsed.skipped());
    }

    private static DecisionRequest request(ParsedReply.Command c, Target target) {
        return switch (c.kind()) {
            case APPROVE -> new DecisionRequest.Approve(target);
            case SNOOZE -> new DecisionRequest.Snooze(target, c.days());
            case ESCALATE -> new DecisionRequest.Escalate(target);
            case PAID -> new DecisionRequest.MarkPaid(target);
            case PROMISE -> new DecisionRequest.Promise(target, c.by());
            case DISPUTE -> new DecisionRequest.Dispute(target);
            case HELP, CONFIRM -> throw new IllegalArgumentException(c.kind() + " is not a decision on a reminder");
        };
    }

    private record PlannedItem(DigestItem item, int from, int to) {
    }

    private record PlannedConfirm(DigestDetails.ToConfirm invoice, int at) {
    }

    private record PlannedLine(String text, String problem, List<PlannedItem> items, List<PlannedConfirm> confirms,
                               List<Integer> missing, List<ReplyResult.Hint> hints) {
    }

    private record Plan(long digestId, List<PlannedLine> lines, List<DecisionRequest> requests, int skipped) {

        ReplyResult result(List<DecisionOutcome> outcomes) {
            List<ReplyResult.Line> done = new ArrayList<>();
            for (PlannedLine line : lines) {
                List<ReplyResult.ItemOutcome> items = new ArrayList<>();
                List<DecisionOutcome> all = new ArrayList<>();
                for (PlannedItem item : line.items()) {
                    List<DecisionOutcome> mine = outcomes.subList(item.from(), item.to());
                    items.add(new ReplyResult.ItemOutcome(item.item(), mine));
                    all.addAll(mine);
                }
                List<ReplyResult.Confirmed> confirmed = new ArrayList<>();
                for (PlannedConfirm c : line.confirms()) {
                    DecisionOutcome o = outcomes.get(c.at());
                    confirmed.add(new ReplyResult.Confirmed(c.invoice(), o));
                    all.add(o);
                }
                done.add(new ReplyResult.Line(line.text(), all, line.problem(), items, line.missing(), confirmed,
                        line.hints()));
            }
            return new ReplyResult(digestId, done, skipped);
        }
    }
}
