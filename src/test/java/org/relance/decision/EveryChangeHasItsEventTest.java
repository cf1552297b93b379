package org.relance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.decision.DecisionRequest.Approve;
import org.relance.decision.DecisionRequest.Cancel;
import org.relance.decision.DecisionRequest.Dispute;
import org.relance.decision.DecisionRequest.EndDispute;
import org.relance.decision.DecisionRequest.Escalate;
import org.relance.decision.DecisionRequest.MarkPaid;
import org.relance.decision.DecisionRequest.Promise;
import org.relance.decision.DecisionRequest.Reopen;
import org.relance.decision.DecisionRequest.Snooze;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Proposal;
import org.relance.invoice.InvoiceKind;
import org.relance.testing.DeskFixture;

/** Whatever the decision, every reminder whose state it changed has an event for it, written in the same commit. */
class EveryChangeHasItsEventTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor CLAIRE = new Actor("U123", Channel.SLACK);
    private static final Actor BOT = Actor.system("relance");

    @TempDir
    Path dir;

    private App app;

    @BeforeEach
    void open() throws IOException {
        DeskFixture desk = DeskFixture.write(dir, "", "dunning: {ecbRatePercent: 2.15}\n");
        app = desk.openOn(TODAY);
        desk.importInvoices(app, """
                A,Client A,compta@a.test,2026-10-01,2026-11-30,EUR,500.00,0
                B,Client B,compta@b.test,2026-10-01,2026-11-20,EUR,80.00,0
                C,Client C,compta@c.test,2026-10-01,2026-11-10,EUR,99.00,0
                """);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Map<Long, String> states() {
        return app.ledger().read(h -> h.createQuery("SELECT id, state FROM reminders")
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("state")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private long lastEventId() {
        return app.ledger().read(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM events")
                .mapTo(Long.class).one());
    }

    private Set<Long> remindersWithEventsAfter(long eventId) {
        return app.ledger().read(h -> h.createQuery(
                        "SELECT DISTINCT reminder_id FROM events WHERE id > :id AND reminder_id IS NOT NULL")
                .bind("id", eventId).mapTo(Long.class).set());
    }

    /** Takes a step and checks that each reminder it created or moved got an event. */
    private void step(String what, Supplier<Object> decision) {
        Map<Long, String> before = new HashMap<>(states());
        long lastEvent = lastEventId();
        decision.get();
        Map<Long, String> after = states();
        Set<Long> changed = after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(remindersWithEventsAfter(lastEvent)).as(what + ": reminders changed " + changed)
                .containsAll(changed);
    }

    private Target shown(String number) {
        Proposal p = app.plans().planFor(TODAY).forInvoice(number).orElseThrow();
        long id = app.ledger().inTransaction(h -> app.desk().propose(h, p, BOT));
        return Target.shown(number, id, p.step());
    }

    private long invoiceId(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id());
    }

    @Test
    void everyReminderADecisionChangesHasAnEventForIt() {
        Decisions decisions = app.decisions();
        Target a = shown("A");
        Target b = shown("B");
        shown("C");
        step("snooze", () -> decisions.take(new Snooze(a, 5), CLAIRE));
        step("escalate a snoozed step", () -> decisions.take(new Escalate(Target.invoice("A")), CLAIRE));
        step("promise", () -> decisions.take(new Promise(b, TODAY.plusDays(3)), CLAIRE));
        step("dispute with a promise pending", () -> decisions.take(new Dispute(Target.invoice("B")), CLAIRE));
        step("end the dispute", () -> decisions.take(new EndDispute(Target.invoice("B")), CLAIRE));
        step("approve", () -> decisions.take(new Approve(Target.invoice("C")), CLAIRE));
        step("a customer replies", () -> app.ledger().inTransaction(
                h -> app.desk().customerReplied(h, invoiceId("C"), "x@c.test", "Re", BOT)));
        step("escalate a held step", () -> decisions.take(new Escalate(Target.invoice("C")), CLAIRE));
        step("cancel", () -> decisions.take(new Cancel(Target.invoice("C")), CLAIRE));
        step("approve the escalated step", () -> decisions.take(new Approve(Target.invoice("A")), CLAIRE));
        step("mark paid with an approval pending", () -> decisions.take(new MarkPaid(Target.invoice("A")), CLAIRE));
        step("reopen", () -> decisions.take(new Reopen(Target.invoice("A")), CLAIRE));
        assertThat(states()).isNotEmpty();
        assertThat(List.copyOf(states().values())).containsOnly("cancelled");
    }
}
