package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;

/** The import → plan path end to end: real config file, real SQLite store, the command line as users run it. */
class PlanCommandTest {

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

    private Path config() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        return file;
    }

    private Path invoices() throws IOException {
        Path file = dir.resolve("invoices.csv");
        Files.writeString(file, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                D-00,Client Zéro,,2026-11-01,2026-12-01,EUR,100.00,0
                D-01,Client Un,,2026-10-31,2026-11-30,EUR,100.00,0
                D-07,Client Sept,,2026-10-24,2026-11-24,EUR,100.00,0
                D-08,Client Huit,,2026-10-23,2026-11-23,EUR,100.00,0
                D-15,Client Quinze,,2026-10-16,2026-11-16,EUR,100.00,0
                D-30,Client Trente,compta@trente.test,2026-10-01,2026-11-01,EUR,10000.00,0
                D-45,Client Quarante-Cinq,,2026-09-16,2026-10-17,EUR,100.00,0
                """);
        return file;
    }

    private List<JsonNode> jsonLines() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void freshlyImportedInvoicesAllStartAtTheFirstStepExceptTheOneDueToday() throws IOException {
        Path config = config();
        assertThat(run("import", "--config", config.toString(), invoices().toString())).isZero();
        assertThat(out.toString()).contains("7 loaded, 0 updated, 0 unchanged, 0 rejected");

        assertThat(run("plan", "--config", config.toString(), "--today", "2026-12-01")).isZero();

        List<JsonNode> plan = jsonLines();
        assertThat(plan).extracting(p -> p.get("invoice").asText())
                .containsExactlyInAnyOrder("D-01", "D-07", "D-08", "D-15", "D-30", "D-45");
        assertThat(plan).allSatisfy(p -> assertThat(p.get("step").asText()).isEqualTo("friendly"));
        JsonNode thirty = plan.stream().filter(p -> p.get("invoice").asText().equals("D-30")).findFirst().orElseThrow();
        assertThat(thirty.get("daysOverdue").asInt()).isEqualTo(30);
        assertThat(thirty.get("amountDue").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(thirty.get("lateInterest").decimalValue()).isEqualByComparingTo("99.86");
        assertThat(thirty.get("recoveryIndemnity").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(thirty.get("channel").asText()).isEqualTo("email");
        assertThat(thirty.get("customer").asText()).isEqualTo("Client Trente");
    }

    @Test
    void importingTheSameFileAgainReportsEverythingUnchanged() throws IOException {
        Path config = config();
        Path file = invoices();
        run("import", "--config", config.toString(), file.toString());

        assertThat(run("import", "--config", config.toString(), file.toString())).isZero();

        assertThat(out.toString()).contains("0 loaded, 0 updated, 7 unchanged, 0 rejected");
    }

    @Test
    void rejectedRowsAreNamedWithTheirLineOnStderrAndTheExitCodeIsOne() throws IOException {
        Path config = config();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                B-1,Client,,2026-11-01,2026-12-01,EUR,100.00,0
                B-2,Client,,2026-11-01,le 3 mars,EUR,100.00,0
                """);

        assertThat(run("import", "--config", config.toString(), file.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("bad.csv:3: rejected: due_date: not a date");
        assertThat(out.toString()).contains("1 loaded, 0 updated, 0 unchanged, 1 rejected");
    }

    @Test
    void tableOutputListsTheSameProposalsAligned() throws IOException {
        Path config = config();
        run("import", "--config", config.toString(), invoices().toString());

        assertThat(run("plan", "--config", config.toString(), "--today", "2026-12-01", "--table")).isZero();

        assertThat(out.toString()).contains("invoice").contains("D-30").contains("99.86")
                .contains("6 reminder(s) proposed for 2026-12-01");
    }

    @Test
    void aMissingConfigFileIsExitTwoNamingTheFile() {
        assertThat(run("plan", "--config", dir.resolve("nope.yml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.yml");
    }

    @Test
    void approveReportsEachInvoiceAndExitsOneWhenAnyIsRefused() throws IOException {
        Path config = config();
        run("import", "--config", config.toString(), invoices().toString());

        int code = run("approve", "--config", config.toString(), "D-30", "UNKNOWN-1");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("D-30: approved the friendly reminder (email)");
        assertThat(err.toString()).contains("UNKNOWN-1: not done: unknown invoice UNKNOWN-1");
    }
}
