package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.slf4j.LoggerFactory;

/** {@code logging.file}: the log also goes to that file, a relative path taken from the config file's folder. */
class LogFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(Map.of(), CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                c -> Main.wire(c, CLOCK));
        return Cli.run(context, args);
    }

    private Path config(String logging) throws IOException {
        Path file = dir.resolve("conf/relance.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                %s
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), logging));
        return file;
    }

    @Test
    void aCommandsLogGoesToTheConfiguredFileNextToTheConfig() throws IOException {
        Path config = config("logging: {file: logs/relance.log}");

        assertThat(run("check-config", "--config", config.toString())).as(err::toString).isZero();
        LoggerFactory.getLogger("org.relance.LogFileTest").info("marker {}", dir.getFileName());

        Path log = dir.resolve("conf/logs/relance.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("INFO").contains("marker " + dir.getFileName());
    }

    @Test
    void anUnknownLoggingKeyIsABadConfig() throws IOException {
        assertThat(run("status", "--config", config("logging: {level: debug}").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("logging.level");
    }
}
