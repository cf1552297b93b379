package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relance.config.Secret;
import org.relance.config.Slack;
import org.relance.decision.DecisionRequest;
import org.relance.decision.DecisionRequest.Target;

/** Socket Mode against a local fake WebSocket server: hello, an interactive envelope, its ack and its effect. */
class SocketModeTest {

    /** Slack's side of a Socket Mode connection: says hello, sends what the test gives it, records what comes back. */
    static final class FakeSocket extends WebSocketServer {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        final CountDownLatch connected = new CountDownLatch(1);
        volatile WebSocket client;

        FakeSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0RELANCE\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }

    private final SlackAppHarness slack = new SlackAppHarness();
    private final FakeSocket socket = new FakeSocket();
    private SlackRuntime runtime;

    @AfterEach
    void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        socket.stop(1000);
        slack.close();
    }

    @Test
    void anInteractiveEnvelopeIsAckedWithItsEnvelopeIdAndTheDecisionTaken() throws Exception {
        socket.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (socket.getPort() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        slack.fake.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/link/?ticket=t1");
        Slack config = new Slack(new Secret("xoxb-test"), Optional.of(new Secret("xapp-test")), Optional.empty(),
                Payloads.CHANNEL, List.of(), slack.fake.url(), new Slack.Http(0, "/slack/events"));
        runtime = new SlackRuntime(config, new SlackWeb(slack.fake.url(), "xoxb-test"), slack.handlers(),
                Locale.ENGLISH, SlackAppHarness.PARIS, SlackAppHarness.CLOCK);

        runtime.start();

        assertThat(socket.connected.await(10, TimeUnit.SECONDS)).as("connected").isTrue();
        var open = slack.fake.awaitOne("apps.connections.open", Duration.ofSeconds(5));
        assertThat(open.param("token")).isEqualTo("xapp-test");
        String payload = Payloads.button(FakeSlackApi.TEAM_ID, "U7", ActionIds.APPROVE, 1, 42,
                Payloads.itemBlocks(1, 42));
        socket.client.send("{\"envelope_id\":\"env-1\",\"type\":\"interactive\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + payload + "}");

        String ack = null;
        for (String m; (m = socket.received.poll(5, TimeUnit.SECONDS)) != null; ) {
            if (m.contains("env-1")) {
                ack = m;
                break;
            }
        }
        assertThat(ack).as("ack").isNotNull().contains("\"envelope_id\":\"env-1\"");
        slack.fake.awaitOne("chat.update", Duration.ofSeconds(5));
        assertThat(slack.taken).extracting(SlackAppHarness.Taken::request)
                .containsExactly(new DecisionRequest.Approve(Target.shown(null, 42L, null)));
        assertThat(slack.fake.calls("chat.update").get(0).param("blocks")).contains("approved by <@U7>");
        assertThat(runtime.connected()).isTrue();

        // Slack redelivers the same envelope payload (retry_attempt 1): acked again, acted on once.
        socket.client.send("{\"envelope_id\":\"env-2\",\"type\":\"interactive\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":1,\"retry_reason\":\"timeout\",\"payload\":" + payload + "}");
        String second = null;
        for (String m; (m = socket.received.poll(5, TimeUnit.SECONDS)) != null; ) {
            if (m.contains("env-2")) {
                second = m;
                break;
            }
        }
        assertThat(second).as("ack of the retry").isNotNull();
        Thread.sleep(300);
        assertThat(slack.taken).hasSize(1);

        long start = System.nanoTime();
        runtime.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("close").isLessThan(Duration.ofSeconds(5));
    }
}
