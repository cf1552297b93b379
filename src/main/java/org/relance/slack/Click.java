package org.relance.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One click on an interactive element, read from the raw interactive payload (HTTP form body {@code payload=…} or a
 * Socket Mode envelope's JSON), including the message's blocks as Slack sent them.
 */
record Click(String teamId, String userId, String channelId, String messageTs, String messageText,
             String blocksJson, String actionId, String blockId, String value, String selectedOption,
             String selectedDate, String actionTs, String triggerId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request key a retry repeats: the same click by the same person on the same element. */
    String key() {
        return "click:" + actionTs + ":" + userId + ":" + actionId + ":" + blockId;
    }

    /** The payload of a block_actions request; null when the body is not one. */
    static Click parse(String body) {
        if (body == null) {
            return null;
        }
        String json = body.startsWith("payload=")
                ? URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8)
                : body;
        try {
            JsonNode p = JSON.readTree(json);
            if (p == null || !p.isObject()) {
                return null;
            }
            JsonNode action = p.path("actions").path(0);
            JsonNode message = p.path("message");
            String channel = text(p.path("channel"), "id");
            if (channel == null) {
                channel = text(p.path("container"), "channel_id");
            }
            String ts = text(message, "ts");
            if (ts == null) {
                ts = text(p.path("container"), "message_ts");
            }
            String team = text(p.path("team"), "id");
            if (team == null) {
                team = text(p.path("user"), "team_id");
            }
            return new Click(team, text(p.path("user"), "id"), channel, ts, text(message, "text"),
                    message.has("blocks") ? message.get("blocks").toString() : "[]",
                    text(action, "action_id"), text(action, "block_id"), text(action, "value"),
                    text(action.path("selected_option"), "value"), text(action, "selected_date"),
                    text(action, "action_ts"), text(p, "trigger_id"));
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
