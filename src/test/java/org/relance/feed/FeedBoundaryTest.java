package org.relance.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core only writes events: bank, mail and dunning never reach Slack or the feed (the notifier reads the log). */
class FeedBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/org/relance");

    @Test
    void bankMailAndDunningNeverCallSlackNorTheFeed() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("bank", "mail", "dunning", "invoice", "matching", "ledger")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(f);
                    if (source.contains("org.relance.slack") || source.contains("org.relance.feed")
                            || source.contains("com.slack.api")) {
                        offenders.add(MAIN.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
