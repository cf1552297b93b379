package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /relance}: answered within 3 seconds, the slow part after the ack; retries act once; the gate applies. */
class SlashCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final SlackAppHarness slack = new SlackAppHarness();

    @AfterEach
    void stop() {
        slack.close();
    }

    private SlackSigner.Response command(String user, String text, String trigger) {
        long start = System.nanoTime();
        SlackSigner.Response r = slack.signer.postCommand(slack.events(),
                SlackSigner.command(FakeSlackApi.TEAM_ID, Payloads.CHANNEL, user, text, trigger));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ack time").isLessThan(Duration.ofSeconds(3));
        return r;
    }

    /** The ack's text (Bolt writes JSON with Gson's escapes). */
    private static String text(SlackSigner.Response r) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("text").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Test
    void helpAndAnUnknownWordAndNoWordAnswerTheHelpInTheAck() {
        slack.start(List.of());

        for (String text : List.of("help", "frobnicate", "", "invoice")) {
            SlackSigner.Response r = command("U1", text, "trig-help-" + text);
            assertThat(r.status()).isEqualTo(200);
            assertThat(text(r)).contains("/relance digest").contains("/relance status")
                    .contains("/relance invoice NUMBER");
        }
    }

    @Test
    void digestAcksAtOnceThenPostsTheDigest() throws Exception {
        slack.start(List.of());

        SlackSigner.Response r = command("U1", "digest", "trig-digest");

        assertThat(text(r)).contains("Posting today's digest");
        long end = System.nanoTime() + WAIT.toNanos();
        while (slack.digests.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(slack.digests.get()).isEqualTo(1);
    }

    @Test
    void aRetriedCommandActsOnce() throws Exception {
        slack.start(List.of());
        String body = SlackSigner.formBody(SlackSigner.command(FakeSlackApi.TEAM_ID, Payloads.CHANNEL, "U1",
                "digest", "trig-once"));

        slack.signer.post(slack.events(), body);
        slack.signer.post(slack.events(), body, SlackSigner.now(), Map.of("X-Slack-Retry-Num", "1"));
        Thread.sleep(300);

        assertThat(slack.digests.get()).isEqualTo(1);
    }

    @Test
    void aUserOutsideAllowedUsersIsRefusedInTheAck() throws Exception {
        slack.start(List.of("UALLOWED"));

        SlackSigner.Response r = command("UOTHER", "digest", "trig-refused");

        assertThat(text(r)).contains("not allowed");
        Thread.sleep(300);
        assertThat(slack.digests.get()).isZero();
    }

    @Test
    void statusAcksWorkingAndAFailureBehindItIsToldToTheUserAlone() {
        slack.start(List.of());

        SlackSigner.Response r = command("U1", "status", "trig-status");

        assertThat(text(r)).contains("Working");
        var eph = slack.fake.awaitOne("chat.postEphemeral", WAIT);
        assertThat(eph.param("user")).isEqualTo("U1");
        assertThat(eph.param("text")).contains("could not answer");
    }
}
