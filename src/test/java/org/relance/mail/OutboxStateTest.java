package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The outbox has one owner and one list of states. */
class OutboxStateTest {

    private static final Pattern WRITE = Pattern.compile(
            "(?i)(UPDATE\\s+outbox|INSERT\\s+INTO\\s+outbox|DELETE\\s+FROM\\s+outbox)");

    @Test
    void onlyTheOutboxHasSqlThatWritesTheOutboxTables() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        try {
                            return WRITE.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> f.getFileName().toString())
                    .toList();
        }
        assertThat(writers).containsExactly("Outbox.java");
    }

    @Test
    void theEnumListsExactlyTheStatesTheSchemaAllows() throws IOException {
        String schema = Files.readString(Path.of("src/main/resources/db/migration/V1__ledger.sql"));
        int table = schema.indexOf("CREATE TABLE outbox");
        Matcher check = Pattern.compile("state\\s+TEXT\\s+NOT NULL CHECK \\(state IN \\(([^)]*)\\)\\)")
                .matcher(schema.substring(table));
        assertThat(check.find()).isTrue();
        List<String> allowed = Arrays.stream(check.group(1).split(","))
                .map(v -> v.trim().replace("'", "")).toList();

        assertThat(Arrays.stream(OutboxState.values()).map(OutboxState::id).toList())
                .containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(OutboxState.fromId("needs_review")).isEqualTo(OutboxState.NEEDS_REVIEW);
    }
}
