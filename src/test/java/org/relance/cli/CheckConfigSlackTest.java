package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.slack.FakeSlackApi;

/** check-config with a slack section: auth.test and the bot's membership of slack.channel, against the fake API. */
class CheckConfigSlackTest {

    @TempDir
    Path dir;

    private final FakeSlackApi fake = new FakeSlackApi();
    private final StringWriter out = new StringWriter();

    @AfterEach
    void stop() {
        fake.close();
    }

    private int checkConfig() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {}
                dunning: {ecbRatePercent: 2.15}
                slack: {botToken: xoxb-test, signingSecret: s3cret, channel: C0CHAN, apiUrl: "%s"}
                """.formatted(fake.url()));
        CliContext context = new CliContext(Map.of(), Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(out), new PrintWriter(new StringWriter()), config -> {
                    throw new AssertionError("check-config must not open the app");
                });
        return Cli.run(context, "check-config", "--config", file.toString());
    }

    @Test
    void authTestAndMembershipAreOkLines() throws IOException {
        assertThat(checkConfig()).isZero();

        assertThat(out.toString())
                .contains("ok   slack: HTTP mode, channel C0CHAN")
                .contains("ok   slack: auth.test: workspace Relance Test (T0RELANCE), bot user @relance (U0BOT)")
                .contains("ok   slack: @relance is a member of #C0CHAN");
        assertThat(fake.calls("auth.test").get(0).param("token")).isEqualTo("xoxb-test");
        assertThat(fake.calls("conversations.info").get(0).param("channel")).isEqualTo("C0CHAN");
    }

    @Test
    void aBotOutsideTheChannelIsAFailSayingToInviteIt() throws IOException {
        fake.member(false);

        assertThat(checkConfig()).isEqualTo(1);

        assertThat(out.toString()).contains("fail slack: @relance is not a member of #C0CHAN: invite @relance to #C0CHAN");
    }

    @Test
    void aRefusedTokenIsAFailNamingSlacksError() throws IOException {
        fake.fail("auth.test", "invalid_auth");

        assertThat(checkConfig()).isEqualTo(1);

        assertThat(out.toString()).contains("fail slack: Slack auth.test failed: invalid_auth (check slack.botToken)");
        assertThat(fake.calls("conversations.info")).isEmpty();
    }

    @Test
    void slackUnreachableIsAFailNotAHang() throws IOException {
        fake.stop();

        assertThat(checkConfig()).isEqualTo(1);

        assertThat(out.toString()).contains("fail slack: Slack auth.test failed");
    }
}
