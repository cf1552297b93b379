package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Company;
import org.relance.config.Store;
import org.relance.decision.DecisionRequest;
import org.relance.feed.CursorStore;
import org.relance.feed.Notifier;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;

/**
 * The buttons of a notification, clicked as Slack sends them back (signed, to the running Slack app), become the
 * decisions they name: the notification and the listeners agree on action ids, values and block ids.
 */
class SlackNotificationsClickTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    java.nio.file.Path dir;

    private final SlackAppHarness slack = new SlackAppHarness();

    @AfterEach
    void close() {
        slack.close();
    }

    @Test
    void resumeSnoozeDisputeAndConfirmRejectFromNotificationsReachTheDecisionSeamWithTheirIds() throws IOException {
        slack.start(List.of());
        // Blocks as SlackNotifications writes them (checked against the real sink in SlackNotificationsTest).
        ArrayNode reply = replyBlocks(42);
        ArrayNode match = matchBlocks(7);

        click(press(reply, ActionIds.APPROVE, null));
        click(press(reply, ActionIds.SNOOZE, "42|7"));
        click(press(reply, ActionIds.DISPUTE, null));
        click(press(match, ActionIds.MATCH_CONFIRM, null));
        click(press(match, ActionIds.MATCH_REJECT, null));
        slack.fake.await("chat.update", 5, WAIT);

        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request).containsExactly(
                new DecisionRequest.Approve(DecisionRequest.Target.shown(null, 42, null)),
                new DecisionRequest.Snooze(DecisionRequest.Target.shown(null, 42, null), 7),
                new DecisionRequest.Dispute(DecisionRequest.Target.shown(null, 42, null)),
                new DecisionRequest.ConfirmMatch(7),
                new DecisionRequest.RejectMatch(7));
        assertThat(slack.taken).allSatisfy(t -> assertThat(t.actor().channel()).isEqualTo("slack"));
        // The clicked actions block gives way to the "decided" line.
        assertThat(slack.fake.calls("chat.update").get(0).param("blocks")).doesNotContain(ActionIds.APPROVE)
                .contains("-decided");
    }

    @Test
    void readWrongOnAnAppliedPaymentAsksFirstThenWithdrawsThePaymentShownThroughTheSeam() throws IOException {
        slack.start(List.of());
        ArrayNode applied = blocksOf("payment.applied", 9);
        JsonNode button = applied.findParents("action_id").stream()
                .filter(b -> ActionIds.PAYMENT_MISREAD.equals(b.path("action_id").asText())).findFirst().orElseThrow();
        assertThat(button.path("confirm").path("confirm").path("text").asText()).isEqualTo("Withdraw");

        click(press(applied, ActionIds.PAYMENT_MISREAD, null));
        slack.fake.await("chat.update", 1, WAIT);

        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request).containsExactly(
                new DecisionRequest.WithdrawPayment(9, org.relance.ledger.Money.of("500.00", "EUR"), null));
        assertThat(slack.taken).allSatisfy(t -> assertThat(t.actor().channel()).isEqualTo("slack"));
    }

    private ArrayNode replyBlocks(long heldReminder) throws IOException {
        return blocksOf("customer.replied", heldReminder);
    }

    private ArrayNode matchBlocks(long allocation) throws IOException {
        return blocksOf("allocation.suggested", allocation);
    }

    /** Runs the real sink on a tiny ledger and returns the blocks it posted. */
    private ArrayNode blocksOf(String kind, long id) throws IOException {
        try (FakeSlackApi fake = new FakeSlackApi();
             Ledger l = Ledger.open(new Store("jdbc:sqlite:" + dir.resolve(kind + ".db"), null, null,
                     dir.resolve("files")))) {
            EventLog log = new EventLog();
            Clock clock = SlackAppHarness.CLOCK;
            Company company = new Company("Acme", "a@acme.test", null, null, null, null, Locale.ENGLISH,
                    SlackAppHarness.PARIS, 30);
            SlackNotifications sink = new SlackNotifications(l, new InvoiceStore(log, clock), new SlackWeb(fake.url(), "xoxb-test"), "C0CHAN",
                    day -> Optional.empty(), company, clock);
            Notifier notifier = new Notifier(l, log, new CursorStore(clock), List.of(sink), clock,
                    Duration.ofSeconds(2), Duration.ofMinutes(5));
            notifier.runOnce();
            String now = clock.instant().toString();
            l.inTransaction(h -> {
                h.execute("INSERT INTO customers (id, name, name_key, created_at, updated_at) VALUES (1, 'Garage Dubois', 'garage dubois', ?, ?)",
                        now, now);
                h.execute("""
                        INSERT INTO invoices (id, number, kind, customer_id, currency, total_minor, amount_due_minor,
                            status, source, created_at, updated_at)
                        VALUES (1, 'G-1', 'invoice', 1, 'EUR', 50000, 50000, 'open', 'csv', ?, ?)""", now, now);
                if (kind.equals("customer.replied")) {
                    h.execute("""
                            INSERT INTO reminders (id, invoice_id, step, channel, state, created_at, updated_at)
                            VALUES (?, 1, 'friendly', 'email', 'on_hold', ?, ?)""", id, now, now);
                    log.append(h, new Event(clock.instant(), "x@garage.test", "email", kind, 1L, null, null,
                            "from x@garage.test: Re"));
                } else if (kind.equals("payment.applied")) {
                    h.execute("""
                            INSERT INTO payments (id, payment_date, amount_minor, currency, payer, source, dedupe_key,
                                created_at) VALUES (?, '2026-11-30', 50000, 'EUR', 'GARAGE DUBOIS', 'email', 'k', ?)""",
                            id, now);
                    h.execute("""
                            INSERT INTO allocations (id, payment_id, invoice_id, amount_minor, method, confidence,
                                state, created_at, updated_at)
                            VALUES (1, ?, 1, 50000, 'reference', '1', 'applied', ?, ?)""", id, now, now);
                    log.append(h, new Event(clock.instant(), "matcher", "system", kind, 1L, null, id,
                            "500.00 EUR from payment #" + id + " (reference); amount due 500.00 EUR → 0.00 EUR, paid"));
                } else {
                    h.execute("""
                            INSERT INTO payments (id, payment_date, amount_minor, currency, payer, source, dedupe_key,
                                created_at) VALUES (1, '2026-11-30', 50000, 'EUR', 'GARAGE DUBOIS', 'email', 'k', ?)""",
                            now);
                    h.execute("""
                            INSERT INTO allocations (id, payment_id, invoice_id, amount_minor, method, confidence,
                                state, created_at, updated_at)
                            VALUES (?, 1, 1, 50000, 'amount', '0.6', 'suggested', ?, ?)""", id, now, now);
                    log.append(h, new Event(clock.instant(), "relance", "system", kind, 1L, null, 1L,
                            "allocation #" + id + ": 500.00 EUR to G-1 (amount, confidence 0.6): two candidates"));
                }
                return null;
            });
            notifier.runOnce();
            return (ArrayNode) JSON.readTree(fake.awaitOne("chat.postMessage", WAIT).param("blocks"));
        }
    }

    /** The block_actions payload of pressing {@code actionId} in these blocks (a select: choosing {@code option}). */
    private static String press(ArrayNode blocks, String actionId, String option) throws IOException {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (!actionId.equals(element.path("action_id").asText())) {
                    continue;
                }
                String value = element.path("value").asText("");
                ObjectNode payload = (ObjectNode) JSON.readTree(Payloads.plainButton(FakeSlackApi.TEAM_ID, "U1",
                        actionId, block.path("block_id").asText(), value, blocks));
                if (option != null) {
                    ObjectNode action = (ObjectNode) payload.path("actions").get(0);
                    action.put("type", "static_select");
                    action.remove("value");
                    boolean offered = false;
                    for (JsonNode o : element.path("options")) {
                        offered |= option.equals(o.path("value").asText());
                    }
                    assertThat(offered).as("the select offers %s", option).isTrue();
                    action.putObject("selected_option").put("value", option)
                            .putObject("text").put("type", "plain_text").put("text", option);
                }
                return payload.toString();
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    private void click(String payload) {
        assertThat(slack.signer.postInteractive(slack.events(), payload).status()).isEqualTo(200);
    }
}
