package org.relance.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local fake of the Slack Web API for tests: an in-process HTTP server on a free loopback port that records every
 * call and answers the methods the bot uses. Point {@code slack.apiUrl} at {@link #url()}. Thread-safe; close it (or
 * use it in try-with-resources / {@code @AfterEach}).
 */
public final class FakeSlackApi implements AutoCloseable {

    public static final String TEAM_ID = "T0RELANCE";
    public static final String TEAM = "Relance Test";
    public static final String BOT_USER_ID = "U0BOT";
    public static final String BOT_USER = "relance";
    public static final String BOT_ID = "B0BOT";

    /**
     * One recorded call.
     *
     * @param method  the Web API method ("chat.postMessage"…), or "upload" for the bytes posted to an upload URL
     * @param params  form parameters (or, for a JSON body, empty)
     * @param body    the raw body as text
     * @param bytes   the raw body
     */
    public record Call(String method, Map<String, String> params, String body, byte[] bytes,
                       Map<String, List<String>> headers) {

        public String param(String name) {
            return params.get(name);
        }
    }

    static {
        // The JDK server writes headers and body apart: without TCP_NODELAY each call waits ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Integer> rateLimits = new HashMap<>();
    private final Map<String, Integer> rateLimitSeconds = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();
    private final AtomicLong ts = new AtomicLong(1_790_000_000L);
    private final AtomicLong fileIds = new AtomicLong();
    private volatile boolean member = true;
    private volatile String teamId = TEAM_ID;
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    private volatile boolean running;

    public FakeSlackApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        running = true;
    }

    /** The {@code slack.apiUrl} of this fake (ends with "/"). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next {@code times} calls of {@code method} answer 429 with {@code Retry-After: seconds}. */
    public synchronized FakeSlackApi rateLimit(String method, int times, int seconds) {
        rateLimits.put(method, times);
        rateLimitSeconds.put(method, seconds);
        return this;
    }

    /** Every call of {@code method} answers {@code ok:false} with this error, until {@link #succeed}. */
    public synchronized FakeSlackApi fail(String method, String error) {
        failures.put(method, error);
        return this;
    }

    public synchronized FakeSlackApi succeed(String method) {
        failures.remove(method);
        return this;
    }

    /** What {@code conversations.info} says of the bot's membership. */
    public FakeSlackApi member(boolean isMember) {
        this.member = isMember;
        return this;
    }

    /** The workspace {@code auth.test} names. */
    public FakeSlackApi teamId(String id) {
        this.teamId = id;
        return this;
    }

    /** The WebSocket URL {@code apps.connections.open} returns. */
    public FakeSlackApi socketUrl(String url) {
        this.socketUrl = url;
        return this;
    }

    /** Slack is down: connections are refused from now on (the port stays reserved to nobody). */
    public void stop() {
        if (running) {
            running = false;
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public synchronized void clear() {
        calls.clear();
    }

    /** Waits until at least {@code count} calls of {@code method} arrived; returns them. */
    public synchronized List<Call> await(String method, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls(method).size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + method + " call(s) within " + timeout
                        + ", got " + calls(method).size() + "; all calls: "
                        + calls.stream().map(Call::method).toList());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        return calls(method);
    }

    /** The first call of {@code method}, waiting for it. */
    public Call awaitOne(String method, Duration timeout) {
        return await(method, 1, timeout).get(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] bytes = ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            String body = new String(bytes, StandardCharsets.UTF_8);
            String contentType = ex.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> params = new LinkedHashMap<>();
            if (ex.getRequestURI().getRawQuery() != null) {
                params.putAll(form(ex.getRequestURI().getRawQuery()));
            }
            if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
                params.putAll(form(body));
            }
            String method = path.startsWith("/upload/") ? "upload"
                    : path.startsWith("/api/") ? path.substring("/api/".length()) : path;
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth != null && auth.startsWith("Bearer ") && !params.containsKey("token")) {
                params.put("token", auth.substring("Bearer ".length()));
            }
            Integer limited;
            String failure;
            synchronized (this) {
                calls.add(new Call(method, Map.copyOf(params), body, bytes, Map.copyOf(ex.getRequestHeaders())));
                limited = rateLimits.getOrDefault(method, 0);
                if (limited > 0) {
                    rateLimits.put(method, limited - 1);
                }
                failure = failures.get(method);
                notifyAll();
            }
            if (limited > 0) {
                ex.getResponseHeaders().add("Retry-After", String.valueOf(rateLimitSeconds.get(method)));
                send(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            if (failure != null) {
                send(ex, 200, "{\"ok\":false,\"error\":\"" + failure + "\"}");
                return;
            }
            send(ex, 200, answer(method, params));
        }
    }

    private String answer(String method, Map<String, String> params) {
        String channel = params.getOrDefault("channel", params.getOrDefault("channel_id", "C0CHAN"));
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://relance-test.slack.com/\",\"team\":\"" + TEAM
                    + "\",\"user\":\"" + BOT_USER + "\",\"team_id\":\"" + teamId + "\",\"user_id\":\"" + BOT_USER_ID
                    + "\",\"bot_id\":\"" + BOT_ID + "\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + nextTs()
                    + "\",\"message\":{\"type\":\"message\",\"text\":\"\"}}";
            case "chat.update" -> "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\""
                    + params.getOrDefault("ts", "") + "\",\"text\":\"\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
            case "conversations.info" -> "{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\",\"name\":\""
                    + channel.replace("#", "") + "\",\"is_channel\":true,\"is_member\":" + member + "}}";
            case "files.getUploadURLExternal" -> {
                String id = "F" + fileIds.incrementAndGet();
                yield "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + port() + "/upload/" + id
                        + "\",\"file_id\":\"" + id + "\"}";
            }
            case "upload" -> "OK";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[]}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V" + nextTs().replace(".", "") + "\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + params.getOrDefault("user", "U0") + "\"}}";
            default -> "{\"ok\":true}";
        };
    }

    private String nextTs() {
        return ts.incrementAndGet() + ".000100";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        ex.sendResponseHeaders(status, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return m;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.put(k, v);
        }
        return m;
    }
}
