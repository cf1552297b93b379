package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relance.config.ConfigException;
import org.relance.config.Secret;
import org.relance.config.Slack;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;

/**
 * The Slack app in HTTP mode, driven by requests signed as Slack signs them, against the fake Web API: what each
 * control decides, what the message then shows, and every request that must change nothing.
 */
class SlackHttpModeTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String TEAM = FakeSlackApi.TEAM_ID;

    private final SlackAppHarness slack = new SlackAppHarness();

    @AfterEach
    void stop() {
        slack.close();
    }

    private SlackSigner.Response click(String payload) {
        long start = System.nanoTime();
        SlackSigner.Response r = slack.signer.postInteractive(slack.events(), payload);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ack time").isLessThan(Duration.ofSeconds(3));
        return r;
    }

    private String updatedBlocks() {
        return slack.fake.awaitOne("chat.update", WAIT).param("blocks");
    }

    /** Nothing more arrives within a short while (work after the ack is asynchronous). */
    private void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    @Test
    void anApproveClickIsAckedTakenAsTheSlackUserAndTheItemSaysWhoApprovedAndWhenItLeaves() throws Exception {
        slack.start(List.of());

        SlackSigner.Response r = click(Payloads.button(TEAM, "U123", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));

        assertThat(r.status()).isEqualTo(200);
        String blocks = updatedBlocks();
        assertThat(slack.taken).containsExactly(new SlackAppHarness.Taken(
                new DecisionRequest.Approve(Target.shown(null, 42L, null)), new Actor("U123", Channel.SLACK)));
        var update = slack.fake.calls("chat.update").get(0);
        assertThat(update.param("channel")).isEqualTo(Payloads.CHANNEL);
        assertThat(update.param("ts")).isEqualTo(Payloads.MESSAGE_TS);
        assertThat(blocks).contains("✅ approved by <@U123> at 10:12 — leaves at 10:13")
                .contains(ActionIds.itemBlock(1, "decided", 42))
                .contains(ActionIds.itemBlock(1, "head", 42))
                .doesNotContain(ActionIds.itemBlock(1, "actions", 42))
                .doesNotContain(ActionIds.APPROVE);
    }

    @Test
    void theItemLineIsInFrenchForAFrenchCompany() {
        slack.start(List.of(), Locale.FRENCH);

        click(Payloads.button(TEAM, "U123", ActionIds.APPROVE, 1, 42, Payloads.itemBlocks(1, 42)));

        assertThat(updatedBlocks()).contains("✅ approuvé par <@U123> à 10:12 — part à 10:13");
    }

    @Test
    void snoozePromiseEscalatePaidAndDisputeTakeTheirDecisionAndSayIt() {
        slack.start(List.of());

        click(Payloads.snooze(TEAM, "U1", 1, 42, 7, Payloads.itemBlocks(1, 42)));
        assertThat(slack.fake.await("chat.update", 1, WAIT).get(0).param("blocks"))
                .contains("💤 snoozed until 08/12/2026 by <@U1>");
        click(Payloads.promise(TEAM, "U1", 2, 43, "2026-12-20", Payloads.itemBlocks(2, 43)));
        assertThat(slack.fake.await("chat.update", 2, WAIT).get(1).param("blocks"))
                .contains("🤝 payment promised by 20/12/2026, noted by <@U1>");
        click(Payloads.button(TEAM, "U1", ActionIds.ESCALATE, 3, 44, Payloads.itemBlocks(3, 44)));
        assertThat(slack.fake.await("chat.update", 3, WAIT).get(2).param("blocks"))
                .contains("⏫ escalated to formal_notice by <@U1>");
        click(Payloads.button(TEAM, "U1", ActionIds.MARK_PAID, 4, 45, Payloads.itemBlocks(4, 45)));
        assertThat(slack.fake.await("chat.update", 4, WAIT).get(3).param("blocks"))
                .contains("💶 marked paid by <@U1>");
        click(Payloads.button(TEAM, "U1", ActionIds.DISPUTE, 5, 46, Payloads.itemBlocks(5, 46)));
        assertThat(slack.fake.await("chat.update", 5, WAIT).get(4).param("blocks"))
                .contains("⚠️ marked as disputed by <@U1>");

        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request).containsExactly(
                new DecisionRequest.Snooze(Target.shown(null, 42L, null), 7),
                new DecisionRequest.Promise(Target.shown(null, 43L, null), LocalDate.of(2026, 12, 20)),
                new DecisionRequest.Escalate(Target.shown(null, 44L, null)),
                new DecisionRequest.MarkPaid(Target.shown(null, 45L, null)),
                new DecisionRequest.Dispute(Target.shown(null, 46L, null)));
    }

    @Test
    void matchButtonsConfirmOrRejectTheAllocation() {
        slack.start(List.of());
        var blocks = new ObjectMapper().createArrayNode();
        blocks.addObject().put("type", "actions").put("block_id", "match-7");

        click(Payloads.plainButton(TEAM, "U1", ActionIds.MATCH_CONFIRM, "match-7", "7", blocks));
        assertThat(slack.fake.await("chat.update", 1, WAIT).get(0).param("blocks"))
                .contains("✅ match confirmed by <@U1>").doesNotContain("\"match-7\"");
        click(Payloads.plainButton(TEAM, "U1", ActionIds.MATCH_REJECT, "match-8", "8", blocks));
        slack.fake.await("chat.update", 2, WAIT);

        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request).containsExactly(
                new DecisionRequest.ConfirmMatch(7), new DecisionRequest.RejectMatch(8));
    }

    @Test
    void aGroupedItemTakesOneDecisionPerInvoiceItShowed() {
        slack.start(List.of());
        slack.members = id -> List.of(42L, 50L, 51L);

        click(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42, Payloads.itemBlocks(1, 42)));
        slack.fake.awaitOne("chat.update", WAIT);

        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request).containsExactly(
                new DecisionRequest.Approve(Target.shown(null, 42L, null)),
                new DecisionRequest.Approve(Target.shown(null, 50L, null)),
                new DecisionRequest.Approve(Target.shown(null, 51L, null)));
    }

    @Test
    void previewAnswersTheFullTextToTheClickerAlone() {
        slack.start(List.of());

        click(Payloads.button(TEAM, "U9", ActionIds.PREVIEW, 1, 42, Payloads.itemBlocks(1, 42)));

        var eph = slack.fake.awaitOne("chat.postEphemeral", WAIT);
        assertThat(eph.param("user")).isEqualTo("U9");
        assertThat(eph.param("text")).isEqualTo("Full text of reminder 42");
        assertThat(slack.taken).isEmpty();
        assertThat(slack.fake.calls("chat.update")).isEmpty();
    }

    @Test
    void aSecondClickIsAlreadyDoneToldToTheClickerAndTheMessageIsNotTouched() throws Exception {
        slack.start(List.of());
        slack.answer = r -> SlackAppHarness.outcome(r, DecisionOutcome.Status.ALREADY_DONE,
                DecisionOutcome.Reason.ALREADY);

        click(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42, Payloads.itemBlocks(1, 42)));

        assertThat(slack.fake.awaitOne("chat.postEphemeral", WAIT).param("text"))
                .isEqualTo("Already done (FA-2026-0101): nothing changed.");
        settle();
        assertThat(slack.fake.calls("chat.update")).isEmpty();
    }

    @Test
    void aStaleClickChangesNothingAndSaysWhy() throws Exception {
        slack.start(List.of());
        slack.answer = r -> SlackAppHarness.outcome(r, DecisionOutcome.Status.STALE,
                DecisionOutcome.Reason.PROPOSAL_CHANGED);

        click(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42, Payloads.itemBlocks(1, 42)));

        assertThat(slack.fake.awaitOne("chat.postEphemeral", WAIT).param("text"))
                .contains("out of date").contains("the proposal changed since").contains("Nothing changed");
        settle();
        assertThat(slack.fake.calls("chat.update")).isEmpty();
    }

    @Test
    void aUserOutsideAllowedUsersIsRefusedEphemerallyAndNothingIsDecided() throws Exception {
        slack.start(List.of("UALLOWED"));

        SlackSigner.Response r = click(Payloads.button(TEAM, "UOTHER", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));

        assertThat(r.status()).isEqualTo(200);
        var eph = slack.fake.awaitOne("chat.postEphemeral", WAIT);
        assertThat(eph.param("user")).isEqualTo("UOTHER");
        assertThat(eph.param("text")).contains("not allowed");
        settle();
        assertThat(slack.taken).isEmpty();
        assertThat(slack.fake.calls("chat.update")).isEmpty();

        click(Payloads.button(TEAM, "UALLOWED", ActionIds.APPROVE, 1, 42, Payloads.itemBlocks(1, 42)));
        slack.fake.awaitOne("chat.update", WAIT);
        assertThat(slack.taken).hasSize(1);
    }

    @Test
    void aClickFromAnotherWorkspaceIsRefusedAndNothingHappens() throws Exception {
        slack.start(List.of());

        SlackSigner.Response r = click(Payloads.button("T0OTHER", "U1", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));

        settle();
        assertThat(r.status()).isEqualTo(200);
        assertThat(slack.taken).isEmpty();
        assertThat(slack.fake.calls("chat.update")).isEmpty();
        assertThat(slack.fake.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void aBadSignatureIs401AndNothingHappens() throws Exception {
        slack.start(List.of());
        String body = SlackSigner.interactiveBody(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));
        long now = SlackSigner.now();

        var forged = slack.signer.postSigned(slack.events(), body, now,
                SlackSigner.signature("not-the-secret", now, body), Map.of());
        var tampered = slack.signer.postSigned(slack.events(), body.replace("42", "43"), now,
                SlackSigner.signature(SlackAppHarness.SECRET, now, body), Map.of());

        assertThat(forged.status()).isEqualTo(401);
        assertThat(tampered.status()).isEqualTo(401);
        settle();
        assertThat(slack.taken).isEmpty();
        assertThat(slack.fake.calls("chat.update")).isEmpty();
    }

    @Test
    void timestampsMoreThanFiveMinutesOldOrAheadAre401() throws Exception {
        slack.start(List.of());
        String body = SlackSigner.interactiveBody(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));
        long now = SlackSigner.now();

        assertThat(slack.signer.post(slack.events(), body, now - 6 * 60, Map.of()).status()).isEqualTo(401);
        assertThat(slack.signer.post(slack.events(), body, now + 6 * 60, Map.of()).status()).isEqualTo(401);
        settle();
        assertThat(slack.taken).isEmpty();
        // Within the five minutes either way, it is taken.
        assertThat(slack.signer.post(slack.events(), body, now + 60, Map.of()).status()).isEqualTo(200);
        slack.fake.awaitOne("chat.update", WAIT);
        assertThat(slack.taken).hasSize(1);
    }

    @Test
    void aSlackRetryOfAClickIsAckedButActsOnce() throws Exception {
        slack.start(List.of());
        String body = SlackSigner.interactiveBody(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));

        assertThat(slack.signer.post(slack.events(), body).status()).isEqualTo(200);
        assertThat(slack.signer.post(slack.events(), body, SlackSigner.now(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).status()).isEqualTo(200);
        assertThat(slack.signer.post(slack.events(), body, SlackSigner.now(),
                Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")).status()).isEqualTo(200);

        slack.fake.awaitOne("chat.update", WAIT);
        settle();
        assertThat(slack.taken).hasSize(1);
        assertThat(slack.fake.calls("chat.update")).hasSize(1);
    }

    @Test
    void httpModeWithoutASigningSecretRefusesToStart() {
        Slack noSecret = new Slack(new Secret("xoxb-test"), Optional.empty(), Optional.empty(), Payloads.CHANNEL,
                List.of(), slack.fake.url(), new Slack.Http(0, "/slack/events"));

        assertThatThrownBy(() -> new SlackRuntime(noSecret, new SlackWeb(slack.fake.url(), "xoxb-test"),
                slack.handlers(), Locale.ENGLISH, SlackAppHarness.PARIS, SlackAppHarness.CLOCK))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("slack.signingSecret");
    }

    @Test
    void healthzSaysOkWhileTheStoreAnswers() {
        slack.start(List.of());

        assertThat(slack.signer.get(slack.health())).isEqualTo(new SlackSigner.Response(200, "ok\n"));
        slack.storeUp.set(false);
        assertThat(slack.signer.get(slack.health()).status()).isEqualTo(503);
    }

    @Test
    void withSlackDownAClickIsStillDecidedAndAckedItsDisplayFailsInTheLogOnly() {
        slack.start(List.of());
        slack.fake.stop();

        SlackSigner.Response r = click(Payloads.button(TEAM, "U1", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42)));

        assertThat(r.status()).isEqualTo(200);
        long end = System.nanoTime() + WAIT.toNanos();
        while (slack.taken.isEmpty() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(slack.taken).hasSize(1);
    }

    @Test
    void closeReturnsWithinFiveSeconds() {
        slack.start(List.of());
        long start = System.nanoTime();

        slack.runtime.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
