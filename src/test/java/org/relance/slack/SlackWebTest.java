package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackWebTest {

    private final FakeSlackApi fake = new FakeSlackApi();
    private final List<Duration> slept = new ArrayList<>();
    private final SlackWeb web = new SlackWeb(fake.url(), "xoxb-test", slept::add);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void postSendsTextAndBlocksInTheThreadAndReturnsTheTs() {
        String ts = web.post("C1", Optional.of("123.456"), new SlackMessage("hello", "[{\"type\":\"divider\"}]"));
        String second = web.post("C1", Optional.empty(), new SlackMessage("again", "[]"));

        var call = fake.calls("chat.postMessage").get(0);
        assertThat(call.param("channel")).isEqualTo("C1");
        assertThat(call.param("thread_ts")).isEqualTo("123.456");
        assertThat(call.param("text")).isEqualTo("hello");
        assertThat(call.param("blocks")).isEqualTo("[{\"type\":\"divider\"}]");
        assertThat(call.param("token")).isEqualTo("xoxb-test");
        assertThat(ts).isNotBlank();
        assertThat(Double.parseDouble(second)).isGreaterThan(Double.parseDouble(ts));
        assertThat(fake.calls("chat.postMessage").get(1).param("thread_ts")).isNull();
    }

    @Test
    void updateAndEphemeralReachSlack() {
        web.update("C1", "99.1", new SlackMessage("done", "[]"));
        web.postEphemeral("C1", "U1", "only you");

        assertThat(fake.calls("chat.update").get(0).param("ts")).isEqualTo("99.1");
        var eph = fake.calls("chat.postEphemeral").get(0);
        assertThat(eph.param("user")).isEqualTo("U1");
        assertThat(eph.param("text")).isEqualTo("only you");
    }

    @Test
    void okFalseIsAnExceptionNamingTheMethodAndSlacksError() {
        fake.fail("chat.update", "message_not_found");

        assertThatThrownBy(() -> web.update("C1", "1.2", new SlackMessage("x", "[]")))
                .isInstanceOf(SlackWeb.SlackException.class)
                .hasMessageContaining("chat.update")
                .hasMessageContaining("message_not_found");
    }

    @Test
    void a429IsRetriedAfterRetryAfterThenSucceeds() {
        fake.rateLimit("chat.postMessage", 2, 3);

        String ts = web.post("C1", Optional.empty(), new SlackMessage("hi", "[]"));

        assertThat(ts).isNotBlank();
        assertThat(fake.calls("chat.postMessage")).hasSize(3);
        assertThat(slept).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void rateLimitingGivesUpAfterABoundedWait() {
        fake.rateLimit("chat.postMessage", 10, 20);

        assertThatThrownBy(() -> web.post("C1", Optional.empty(), new SlackMessage("hi", "[]")))
                .isInstanceOf(SlackWeb.SlackException.class)
                .hasMessageContaining("rate limited");
        // 20 s once, then a second 20 s would exceed the 30 s budget.
        assertThat(slept).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void slackDownFailsFastWithAnException() {
        fake.stop();
        long start = System.nanoTime();

        assertThatThrownBy(() -> web.post("C1", Optional.empty(), new SlackMessage("hi", "[]")))
                .isInstanceOf(SlackWeb.SlackException.class)
                .hasMessageContaining("chat.postMessage");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void uploadUsesFilesUploadV2IntoTheThread() {
        byte[] png = "PNGDATA".getBytes(StandardCharsets.US_ASCII);

        web.upload("C1", Optional.of("5.5"), "aging.png", "Aging", png);

        var get = fake.calls("files.getUploadURLExternal").get(0);
        assertThat(get.param("filename")).isEqualTo("aging.png");
        assertThat(get.param("length")).isEqualTo("7");
        assertThat(fake.calls("upload").get(0).bytes()).isEqualTo(png);
        var complete = fake.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo("C1");
        assertThat(complete.param("thread_ts")).isEqualTo("5.5");
        assertThat(complete.param("files")).contains("\"id\":\"F1\"").contains("Aging");
    }

    @Test
    void authTestAndMembershipAreRead() {
        var id = web.authTest();
        assertThat(id.teamId()).isEqualTo(FakeSlackApi.TEAM_ID);
        assertThat(id.userId()).isEqualTo(FakeSlackApi.BOT_USER_ID);
        assertThat(id.botId()).isEqualTo(FakeSlackApi.BOT_ID);

        assertThat(web.membership("C1").member()).isTrue();
        fake.member(false);
        assertThat(web.membership("C1").member()).isFalse();
    }
}
