package org.relance.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a posted message after a decision, a pure function of its blocks: the clicked item's controls become one
 * context line saying who did what, the rest of the message is kept as Slack sent it.
 */
final class MessageBlocks {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code item-<position>-<part>:<reminderId>}, see {@link ActionIds#itemBlock}. */
    private static final Pattern ITEM = Pattern.compile("item-(\\d+)-([a-z_]+):(\\d+)");

    private MessageBlocks() {
    }

    /**
     * The blocks with the clicked block replaced by a context line; for a digest item every other control block of the
     * same item (not its head or preview) goes too, so no button of a decided item is left.
     *
     * @param blocksJson     the message's blocks as Slack sent them in the interactive payload
     * @param clickedBlockId the block of the clicked element
     */
    static String decided(String blocksJson, String clickedBlockId, String line) {
        ArrayNode blocks = parseArray(blocksJson);
        Matcher clicked = ITEM.matcher(clickedBlockId == null ? "" : clickedBlockId);
        boolean item = clicked.matches();
        String decidedId = item
                ? ActionIds.itemBlock(Integer.parseInt(clicked.group(1)), "decided", Long.parseLong(clicked.group(3)))
                : clickedBlockId + "-decided";
        ArrayNode out = JSON.createArrayNode();
        boolean placed = false;
        for (JsonNode block : blocks) {
            String id = block.path("block_id").asText("");
            boolean replace = id.equals(clickedBlockId) || id.equals(decidedId);
            if (!replace && item) {
                Matcher m = ITEM.matcher(id);
                replace = m.matches() && m.group(1).equals(clicked.group(1)) && m.group(3).equals(clicked.group(3))
                        && !m.group(2).equals("head") && !m.group(2).equals("preview");
            }
            if (!replace) {
                out.add(block);
            } else if (!placed) {
                out.add(context(decidedId, line));
                placed = true;
            }
        }
        if (!placed) {
            out.add(context(decidedId, line));
        }
        return out.toString();
    }

    /** A context block with one mrkdwn line. */
    static ObjectNode context(String blockId, String text) {
        ObjectNode block = JSON.createObjectNode();
        block.put("type", "context");
        block.put("block_id", blockId);
        ObjectNode element = block.putArray("elements").addObject();
        element.put("type", "mrkdwn");
        element.put("text", text);
        return block;
    }

    private static ArrayNode parseArray(String json) {
        try {
            JsonNode node = json == null || json.isBlank() ? JSON.createArrayNode() : JSON.readTree(json);
            return node instanceof ArrayNode a ? a : JSON.createArrayNode();
        } catch (java.io.IOException e) {
            return JSON.createArrayNode();
        }
    }
}
