package org.relance.demo;

import java.util.Map;

/**
 * The demo's configuration file: the bundled template ({@code samples/relance-demo.yml}), plus a {@code slack} section
 * when the environment names a bot token and a channel. Values stay {@code ${VAR}} references: no secret is written
 * to disk. Pure.
 */
final class DemoConfig {

    private DemoConfig() {
    }

    static String yaml(String template, Map<String, String> env) {
        if (!set(env, "SLACK_BOT_TOKEN") || !set(env, "SLACK_CHANNEL")) {
            return template;
        }
        StringBuilder slack = new StringBuilder("slack:\n");
        slack.append("  botToken: ${SLACK_BOT_TOKEN}\n");
        slack.append("  channel: ${SLACK_CHANNEL}\n");
        if (set(env, "SLACK_APP_TOKEN")) {
            slack.append("  appToken: ${SLACK_APP_TOKEN}\n");
        }
        if (set(env, "SLACK_SIGNING_SECRET")) {
            slack.append("  signingSecret: ${SLACK_SIGNING_SECRET}\n");
        }
        if (set(env, "SLACK_API_URL")) {
            slack.append("  apiUrl: ${SLACK_API_URL}\n");
        }
        return template.stripTrailing() + "\n" + slack;
    }

    private static boolean set(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
