package org.relance.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A small Block Kit writer for the status, history and notification messages: mrkdwn escaped, every text cut to
 * Slack's 3,000 characters and the message to 50 blocks. Not thread-safe; one per message.
 */
final class FeedBlocks {

    static final int MAX_BLOCKS = 50;
    static final int MAX_TEXT = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode blocks = JSON.createArrayNode();

    /** Slack's mrkdwn escaping: only &, < and > are special (a name cannot become a link or a mention). */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    int size() {
        return blocks.size();
    }

    FeedBlocks header(String plain) {
        ObjectNode b = blocks.addObject().put("type", "header");
        b.putObject("text").put("type", "plain_text").put("text", cut(plain, 150)).put("emoji", true);
        return this;
    }

    /** A section of mrkdwn (already escaped by the caller where it carries outside text). */
    FeedBlocks section(String mrkdwn) {
        ObjectNode b = blocks.addObject().put("type", "section");
        b.putObject("text").put("type", "mrkdwn").put("text", cut(mrkdwn, MAX_TEXT));
        return this;
    }

    FeedBlocks section(String blockId, String mrkdwn) {
        ObjectNode b = blocks.addObject().put("type", "section").put("block_id", blockId);
        b.putObject("text").put("type", "mrkdwn").put("text", cut(mrkdwn, MAX_TEXT));
        return this;
    }

    /** Lines of mrkdwn in as few sections as fit (3,000 characters each), one line never split between two. */
    FeedBlocks sections(List<String> lines) {
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            String l = cut(line, MAX_TEXT);
            if (part.length() > 0 && part.length() + 1 + l.length() > MAX_TEXT) {
                section(part.toString());
                part.setLength(0);
            }
            if (part.length() > 0) {
                part.append('\n');
            }
            part.append(l);
        }
        if (part.length() > 0) {
            section(part.toString());
        }
        return this;
    }

    FeedBlocks context(String mrkdwn) {
        ObjectNode b = blocks.addObject().put("type", "context");
        b.putArray("elements").addObject().put("type", "mrkdwn").put("text", cut(mrkdwn, MAX_TEXT));
        return this;
    }

    FeedBlocks divider() {
        blocks.addObject().put("type", "divider");
        return this;
    }

    /** An actions block; elements from {@link #button} and {@link #select}. */
    FeedBlocks actions(String blockId, List<ObjectNode> elements) {
        ObjectNode b = blocks.addObject().put("type", "actions").put("block_id", blockId);
        ArrayNode array = b.putArray("elements");
        elements.forEach(array::add);
        return this;
    }

    static ObjectNode button(String actionId, String label, String value, String style) {
        ObjectNode b = JSON.createObjectNode().put("type", "button").put("action_id", actionId).put("value", value);
        b.putObject("text").put("type", "plain_text").put("text", cut(label, 75)).put("emoji", true);
        if (style != null) {
            b.put("style", style);
        }
        return b;
    }

    /** A static_select; {@code options} are label/value pairs. */
    static ObjectNode select(String actionId, String placeholder, List<String[]> options) {
        ObjectNode s = JSON.createObjectNode().put("type", "static_select").put("action_id", actionId);
        s.putObject("placeholder").put("type", "plain_text").put("text", cut(placeholder, 150));
        ArrayNode array = s.putArray("options");
        for (String[] option : options) {
            ObjectNode o = array.addObject();
            o.putObject("text").put("type", "plain_text").put("text", option[0]);
            o.put("value", option[1]);
        }
        return s;
    }

    /** The blocks as a JSON array, the first {@link #MAX_BLOCKS} of them (callers keep to it; this is the backstop). */
    String json() {
        if (blocks.size() <= MAX_BLOCKS) {
            return blocks.toString();
        }
        ArrayNode cut = JSON.createArrayNode();
        for (int i = 0; i < MAX_BLOCKS; i++) {
            cut.add(blocks.get(i));
        }
        return cut.toString();
    }

    SlackMessage message(String fallbackText) {
        return new SlackMessage(cut(fallbackText, MAX_TEXT), json());
    }
}
