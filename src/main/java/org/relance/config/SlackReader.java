package org.relance.config;

import java.util.List;
import java.util.Optional;

/** Reads the optional {@code slack} section. */
final class SlackReader {

    private SlackReader() {
    }

    static Slack read(MapReader root) {
        MapReader s = root.section("slack", "botToken", "appToken", "signingSecret", "channel", "allowedUsers",
                "apiUrl", "http");
        MapReader http = s.section("http", "port", "path");
        Secret botToken = s.required("botToken", Parsers.SECRET);
        Optional<Secret> appToken = absentWhenUnset(s, "appToken");
        Optional<Secret> signingSecret = absentWhenUnset(s, "signingSecret");
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            List<String> unset = s.unsetVariables("signingSecret");
            if (!unset.isEmpty()) {
                throw new Placeholders.Unset(s.key("signingSecret"), unset.get(0));
            }
            // Bolt would silently verify with "---": refuse HTTP mode without a secret.
            throw new ConfigException(s.key("signingSecret"),
                    "required when slack.appToken is not set (HTTP mode verifies every request with it)");
        }
        String path = http.value("path", Parsers.TEXT, "/slack/events").trim();
        if (!path.startsWith("/")) {
            throw new ConfigException(http.key("path"), "must start with /");
        }
        String apiUrl = s.value("apiUrl", Parsers.HTTP_URL, "https://slack.com/api/");
        return new Slack(
                botToken,
                appToken,
                signingSecret,
                s.required("channel", Parsers.TEXT).trim(),
                s.list("allowedUsers", Parsers.TEXT, List.of()),
                apiUrl.endsWith("/") ? apiUrl : apiUrl + "/",
                new Slack.Http(http.value("port", Parsers.PORT, 3000), path));
    }

    /** appToken and signingSecret pick the mode: an unset variable means "not given" (contract §2). */
    private static Optional<Secret> absentWhenUnset(MapReader s, String name) {
        return s.unsetVariables(name).isEmpty() ? s.value(name, Parsers.SECRET) : Optional.empty();
    }
}
