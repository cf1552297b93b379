package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long import shows its progress on a terminal (or with --progress) and stays silent when piped. */
class ImportProgressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path config;
    private Path csv;
    private final TestCli cli = new TestCli(CLOCK, Map.of());


    @BeforeEach
    void files() throws IOException {
        config = Files.writeString(dir.resolve("relance.yml"), """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        StringBuilder rows = new StringBuilder("number,customer,customer_email,issue_date,due_date,currency,total,paid\n");
        for (int i = 1; i <= 1_200; i++) {
            rows.append("F-").append(i).append(",Client ").append(i % 50).append(",,2026-10-01,2026-10-31,EUR,100.00,0\n");
        }
        csv = Files.writeString(dir.resolve("invoices.csv"), rows);
    }

    @Test
    void withProgressALongImportSaysHowManyRowsItHasRead() {
        assertThat(cli.run("import", "--config", config.toString(), "--progress", csv.toString())).isZero();

        assertThat(cli.err()).contains("invoices.csv: 1,000 rows read");
        assertThat(cli.out()).contains("1200 loaded");
    }

    @Test
    void pipedOrWithNoProgressTheImportPrintsOnlyItsSummary() {
        // In tests the output is not a terminal: the default is silent.
        assertThat(cli.run("import", "--config", config.toString(), csv.toString())).isZero();
        assertThat(cli.err()).doesNotContain("rows read");

        assertThat(cli.run("import", "--config", config.toString(), "--no-progress", csv.toString())).isZero();
        assertThat(cli.err()).doesNotContain("rows read");
        assertThat(cli.out()).contains("1200 unchanged");
    }
}
