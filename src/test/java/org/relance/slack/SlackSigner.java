package org.relance.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and posts requests exactly as Slack does ({@code v0=hex(HMAC-SHA256(secret, "v0:" + ts + ":" + rawBody))},
 * {@code X-Slack-Request-Timestamp} in epoch seconds), for tests against a running HTTP-mode app. Thread-safe.
 */
public final class SlackSigner {

    /** An HTTP answer. */
    public record Response(int status, String body) {
    }

    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SlackSigner(String secret) {
        this.secret = secret;
    }

    /** {@code v0=…} for this timestamp and raw body. */
    public static String signature(String secret, long timestamp, String rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(("v0:" + timestamp + ":" + rawBody).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** The form body of an interactive payload: {@code payload=<urlencoded JSON>}. */
    public static String interactiveBody(String payloadJson) {
        return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
    }

    /** The form body of a slash command. */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Slash command fields as Slack sends them (team, channel, user, command, text, trigger_id, response_url). */
    public static Map<String, String> command(String teamId, String channelId, String userId, String text,
                                              String triggerId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("token", "legacy-verification-token");
        m.put("team_id", teamId);
        m.put("team_domain", "relance-test");
        m.put("channel_id", channelId);
        m.put("channel_name", "relance");
        m.put("user_id", userId);
        m.put("user_name", userId.toLowerCase());
        m.put("command", "/relance");
        m.put("text", text);
        m.put("api_app_id", "A0RELANCE");
        m.put("response_url", "http://127.0.0.1:1/commands/response");
        m.put("trigger_id", triggerId);
        return m;
    }

    public Response postInteractive(URI url, String payloadJson) {
        return post(url, interactiveBody(payloadJson), now(), Map.of());
    }

    public Response postCommand(URI url, Map<String, String> fields) {
        return post(url, formBody(fields), now(), Map.of());
    }

    /** Posts a form body signed now. */
    public Response post(URI url, String body) {
        return post(url, body, now(), Map.of());
    }

    /** Posts a form body signed with this timestamp, with extra headers (e.g. {@code X-Slack-Retry-Num}). */
    public Response post(URI url, String body, long timestamp, Map<String, String> headers) {
        return postSigned(url, body, timestamp, signature(secret, timestamp, body), headers);
    }

    /** Posts with a given signature (a forged one, for tests that must see 401). */
    public Response postSigned(URI url, String body, long timestamp, String signature, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain GET (for /healthz). */
    public Response get(URI url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
