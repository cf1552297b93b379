package org.relance.config;

import java.util.List;
import java.util.Optional;

/**
 * The Slack app: Socket Mode when an app token is set, HTTP mode otherwise.
 */
public record Slack(
        Secret botToken,
        Optional<Secret> appToken,
        Optional<Secret> signingSecret,
        String channel,
        List<String> allowedUsers,
        String apiUrl,
        Http http) {

    public Slack {
        allowedUsers = List.copyOf(allowedUsers);
    }

    public record Http(int port, String path) {
    }
}
