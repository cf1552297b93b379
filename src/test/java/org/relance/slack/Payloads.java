package org.relance.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Interactive payloads as Slack sends them for clicks on a digest message (block_actions), for tests. */
public final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong ACTION_TS = new AtomicLong(1_790_000_000_000L);

    public static final String CHANNEL = "C0CHAN";
    public static final String MESSAGE_TS = "1790000000.000100";

    private Payloads() {
    }

    /** The blocks of a one-item digest message for this reminder (head, preview, actions). */
    public static ArrayNode itemBlocks(int position, long reminderId) {
        ArrayNode blocks = JSON.createArrayNode();
        ObjectNode head = blocks.addObject();
        head.put("type", "section");
        head.put("block_id", ActionIds.itemBlock(position, "head", reminderId));
        head.putObject("text").put("type", "mrkdwn").put("text", "*Boulangerie Xavier* FA-2026-0101");
        ObjectNode actions = blocks.addObject();
        actions.put("type", "actions");
        actions.put("block_id", ActionIds.itemBlock(position, "actions", reminderId));
        ArrayNode elements = actions.putArray("elements");
        ObjectNode approve = elements.addObject();
        approve.put("type", "button");
        approve.put("action_id", ActionIds.APPROVE);
        approve.put("value", String.valueOf(reminderId));
        approve.putObject("text").put("type", "plain_text").put("text", "Approve");
        return blocks;
    }

    /** A click on a button of item {@code position}. */
    public static String button(String teamId, String userId, String actionId, int position, long reminderId,
                                ArrayNode blocks) {
        ObjectNode action = JSON.createObjectNode();
        action.put("type", "button");
        action.put("action_id", actionId);
        action.put("block_id", ActionIds.itemBlock(position, "actions", reminderId));
        action.put("value", String.valueOf(reminderId));
        return payload(teamId, userId, action, blocks);
    }

    /** A button on a non-digest message (a match to confirm) with this block id and value. */
    public static String plainButton(String teamId, String userId, String actionId, String blockId, String value,
                                     ArrayNode blocks) {
        ObjectNode action = JSON.createObjectNode();
        action.put("type", "button");
        action.put("action_id", actionId);
        action.put("block_id", blockId);
        action.put("value", value);
        return payload(teamId, userId, action, blocks);
    }

    public static String snooze(String teamId, String userId, int position, long reminderId, int days,
                                ArrayNode blocks) {
        ObjectNode action = JSON.createObjectNode();
        action.put("type", "static_select");
        action.put("action_id", ActionIds.SNOOZE);
        action.put("block_id", ActionIds.itemBlock(position, "actions", reminderId));
        action.putObject("selected_option").put("value", reminderId + "|" + days)
                .putObject("text").put("type", "plain_text").put("text", days + " days");
        return payload(teamId, userId, action, blocks);
    }

    public static String promise(String teamId, String userId, int position, long reminderId, String date,
                                 ArrayNode blocks) {
        ObjectNode action = JSON.createObjectNode();
        action.put("type", "datepicker");
        action.put("action_id", ActionIds.PROMISE);
        action.put("block_id", ActionIds.itemBlock(position, "actions", reminderId));
        action.put("selected_date", date);
        return payload(teamId, userId, action, blocks);
    }

    /** The same click on a message of its own (a benchmark clicks many digests). */
    public static String button(String teamId, String userId, String actionId, int position, long reminderId,
                                ArrayNode blocks, String messageTs) {
        return button(teamId, userId, actionId, position, reminderId, blocks).replace(MESSAGE_TS, messageTs);
    }

    private static String payload(String teamId, String userId, ObjectNode action, ArrayNode blocks) {
        action.put("action_ts", String.valueOf(ACTION_TS.incrementAndGet() / 1000.0));
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("team").put("id", teamId).put("domain", "relance-test");
        p.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("team_id", teamId);
        p.put("api_app_id", "A0RELANCE");
        p.put("token", "legacy");
        ObjectNode container = p.putObject("container");
        container.put("type", "message");
        container.put("message_ts", MESSAGE_TS);
        container.put("channel_id", CHANNEL);
        container.put("is_ephemeral", false);
        p.put("trigger_id", "trig-" + ACTION_TS.get());
        p.putObject("channel").put("id", CHANNEL).put("name", "relance");
        ObjectNode message = p.putObject("message");
        message.put("type", "message");
        message.put("ts", MESSAGE_TS);
        message.put("text", "Relance digest");
        message.put("user", FakeSlackApi.BOT_USER_ID);
        message.set("blocks", blocks);
        p.put("response_url", "http://127.0.0.1:1/actions/response");
        p.putArray("actions").add(action);
        return p.toString();
    }
}
