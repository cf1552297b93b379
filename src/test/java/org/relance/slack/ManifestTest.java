package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped app manifest creates the app the code expects: the command, the scopes, Socket Mode, interactivity. */
class ManifestTest {

    private final JsonNode manifest = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("slack/manifest.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void declaresTheRelanceCommandTheListenerHandles() {
        JsonNode commands = manifest.path("features").path("slash_commands");
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0).path("command").asText()).isEqualTo(ActionIds.SLASH_COMMAND);
    }

    @Test
    void asksForTheBotScopesTheAppUses() {
        List<String> scopes = new ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).contains("chat:write", "commands", "files:write", "users:read", "channels:read",
                "groups:read");
    }

    @Test
    void turnsSocketModeAndInteractivityOnWithABotUserNamedRelance() {
        assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
        assertThat(manifest.path("features").path("bot_user").path("display_name").asText()).isEqualTo("Relance");
    }

    @Test
    void httpModeUrlsAllPointAtTheOneRequestPath() {
        assertThat(manifest.path("settings").path("interactivity").path("request_url").asText())
                .endsWith("/slack/events");
        assertThat(manifest.path("features").path("slash_commands").get(0).path("url").asText())
                .endsWith("/slack/events");
    }
}
