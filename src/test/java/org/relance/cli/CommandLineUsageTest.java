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

/** Bad usage of the command line gets a one-line reason naming the option and exit code 2, never a Java message. */
class CommandLineUsageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of(), CLOCK, new PrintWriter(out), new PrintWriter(err),
                config -> Main.wire(config, CLOCK));
        return Cli.run(context, args);
    }

    private String config() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        return file.toString();
    }

    @Test
    void relanceAlonePrintsItsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: relance").contains("plan").contains("status").contains("help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anImpossibleDayIsBadUsageNamingTheOptionAndTheValue() throws IOException {
        assertThat(run("plan", "--config", config(), "--today", "31/02/2026")).isEqualTo(2);
        assertThat(err.toString()).contains("--today").contains("'31/02/2026' is not a calendar date")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void aFrenchWrittenDayIsAccepted() throws IOException {
        String config = config();
        Path csv = Files.writeString(dir.resolve("invoices.csv"),
                "number,customer,customer_email,issue_date,due_date,currency,total,paid\n");
        assertThat(run("import", "--config", config, csv.toString())).isZero();
        assertThat(run("plan", "--config", config, "--today", "28/02/2026")).isZero();
    }

    @Test
    void aFarOffYearIsOutOfRangeInsteadOfAnIntegerOverflow() throws IOException {
        assertThat(run("plan", "--config", config(), "--today", "+999999999-12-31")).isEqualTo(2);
        assertThat(err.toString()).contains("--today").contains("out of range").contains("2199-12-31")
                .doesNotContain("overflow");
    }

    @Test
    void everyDateOptionUsesTheSameChecks() throws IOException {
        assertThat(run("promise", "--config", config(), "F-1", "--by", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--by").contains("'2026-13-01' is not a calendar date");
    }

    @Test
    void tableAndJsonTogetherAreBadUsage() throws IOException {
        assertThat(run("plan", "--config", config(), "--table", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--table and --json cannot be used together");
    }

    @Test
    void helpIsACommandThatDescribesAnother() {
        assertThat(run("help", "plan")).isZero();
        assertThat(out.toString()).contains("Usage: relance plan").contains("--today");
        assertThat(run("help")).isZero();
        assertThat(out.toString()).contains("Usage: relance").contains("help");
    }
}
