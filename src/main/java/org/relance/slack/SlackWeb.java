package org.relance.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls the bot makes ({@code slack.apiUrl}): every response's {@code ok} checked, 429
 * {@code Retry-After} honoured, failures as {@link SlackException}. Thread-safe.
 */
public final class SlackWeb {

    private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);

    /** A Slack outage must never hold a caller for long: each HTTP call is bounded as a whole. */
    static final int CALL_TIMEOUT_MILLIS = 5_000;
    /** 429s: at most this many retries, and never more than this much sleep in all for one call. */
    static final int MAX_RETRIES = 3;
    static final Duration MAX_TOTAL_WAIT = Duration.ofSeconds(30);

    private final Slack slack;
    private final MethodsClient methods;
    private final Sleeper sleeper;

    /** How a 429 waits; tests may record instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public SlackWeb(org.relance.config.Slack config) {
        this(config.apiUrl(), config.botToken().value());
    }

    public SlackWeb(String apiUrl, String botToken) {
        this(apiUrl, botToken, d -> Thread.sleep(d.toMillis()));
    }

    public SlackWeb(String apiUrl, String botToken, Sleeper sleeper) {
        this.slack = Slack.getInstance(slackConfig(apiUrl));
        this.methods = slack.methods(Objects.requireNonNull(botToken, "botToken"));
        this.sleeper = sleeper;
    }

    /** The Bolt/SDK configuration every Slack client of the bot shares: the API URL and bounded HTTP timeouts. */
    static SlackConfig slackConfig(String apiUrl) {
        SlackConfig sc = new SlackConfig();
        sc.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        sc.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
        sc.setHttpClientReadTimeoutMillis(CALL_TIMEOUT_MILLIS);
        sc.setHttpClientWriteTimeoutMillis(CALL_TIMEOUT_MILLIS);
        sc.setPrettyResponseLoggingEnabled(false);
        sc.setStatsEnabled(false);
        // The fake (and future Slack fields) may carry more than the SDK models know.
        sc.setFailOnUnknownProperties(false);
        return sc;
    }

    /** The SDK instance (same API URL and timeouts), for the Bolt app. */
    Slack sdk() {
        return slack;
    }

    /** Posts a message (in a thread when {@code threadTs} is set); returns its ts. */
    public String post(String channel, Optional<String> threadTs, SlackMessage message) {
        ChatPostMessageResponse r = call("chat.postMessage", () -> methods.chatPostMessage(b -> b
                .channel(channel)
                .threadTs(threadTs.orElse(null))
                .text(message.text())
                .blocksAsString(message.blocksJson())));
        return r.getTs();
    }

    public void update(String channel, String ts, SlackMessage message) {
        call("chat.update", () -> methods.chatUpdate(b -> b
                .channel(channel)
                .ts(ts)
                .text(message.text())
                .blocksAsString(message.blocksJson())));
    }

    public void postEphemeral(String channel, String user, String text) {
        call("chat.postEphemeral", () -> methods.chatPostEphemeral(b -> b
                .channel(channel)
                .user(user)
                .text(text)));
    }

    /** Opens a modal ({@code views.open}) for the click that carried this trigger id. */
    public void openView(String triggerId, String viewJson) {
        call("views.open", () -> methods.viewsOpen(b -> b.triggerId(triggerId).viewAsString(viewJson)));
    }

    /** Uploads a file into the channel (files upload v2: getUploadURLExternal + completeUploadExternal). */
    public void upload(String channel, Optional<String> threadTs, String filename, String title, byte[] content) {
        FilesGetUploadURLExternalResponse url = call("files.getUploadURLExternal",
                () -> methods.filesGetUploadURLExternal(b -> b.filename(filename).length(content.length)));
        postBytes(url.getUploadUrl(), content);
        call("files.completeUploadExternal", () -> methods.filesCompleteUploadExternal(b -> b
                .files(List.of(new FilesCompleteUploadExternalRequest.FileDetails(url.getFileId(), title, null)))
                .channelId(channel)
                .threadTs(threadTs.orElse(null))));
    }

    /** Who the bot is ({@code auth.test}). */
    public Identity authTest() {
        AuthTestResponse r = call("auth.test", () -> methods.authTest(b -> b));
        return new Identity(r.getTeamId(), r.getTeam(), r.getUserId(), r.getUser(), r.getBotId());
    }

    /** Whether the bot is a member of the channel ({@code conversations.info}); its name when Slack gives it. */
    public Membership membership(String channel) {
        ConversationsInfoResponse r = call("conversations.info", () -> methods.conversationsInfo(b -> b.channel(channel)));
        var c = r.getChannel();
        return new Membership(c == null ? channel : Objects.requireNonNullElse(c.getName(), channel),
                c != null && c.isMember());
    }

    public record Identity(String teamId, String team, String userId, String user, String botId) {
    }

    public record Membership(String name, boolean member) {
    }

    private void postBytes(String uploadUrl, byte[] content) {
        Request req = new Request.Builder().url(uploadUrl)
                .post(RequestBody.create(content, MediaType.get("application/octet-stream")))
                .build();
        try (Response r = slack.getHttpClient().getOkHttpClient().newCall(req).execute()) {
            if (!r.isSuccessful()) {
                throw new SlackException("Slack file upload failed: HTTP " + r.code(), null);
            }
        } catch (IOException e) {
            throw new SlackException("Slack file upload failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run() throws IOException, SlackApiException;
    }

    /** One Web API call: 429 retried after Retry-After (bounded), {@code ok:false} and I/O failures thrown. */
    private <T extends SlackApiTextResponse> T call(String method, ApiCall<T> call) {
        Duration waited = Duration.ZERO;
        for (int attempt = 0; ; attempt++) {
            try {
                T r = call.run();
                if (!r.isOk()) {
                    throw new SlackException("Slack " + method + " failed: " + r.getError(), null);
                }
                return r;
            } catch (SlackApiException e) {
                if (e.getResponse() == null || e.getResponse().code() != 429) {
                    throw new SlackException("Slack " + method + " failed: HTTP "
                            + (e.getResponse() == null ? "?" : e.getResponse().code())
                            + (e.getError() != null && e.getError().getError() != null ? " " + e.getError().getError() : ""), e);
                }
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                if (attempt >= MAX_RETRIES || waited.plus(wait).compareTo(MAX_TOTAL_WAIT) > 0) {
                    throw new SlackException("Slack " + method + " failed: rate limited (429) after "
                            + (attempt + 1) + " attempts", e);
                }
                log.info("Slack {} rate limited, retrying in {} s", method, wait.toSeconds());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SlackException("Slack " + method + " interrupted while rate limited", ie);
                }
                waited = waited.plus(wait);
            } catch (IOException e) {
                throw new SlackException("Slack " + method + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Slack sends whole seconds; a missing or odd header waits one second. */
    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** Slack could not be reached or refused a call; the message names the method and Slack's error. */
    public static final class SlackException extends RuntimeException {
        public SlackException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
