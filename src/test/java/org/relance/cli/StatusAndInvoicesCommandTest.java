package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relance status} and {@code relance invoices}: the contract's §9 shapes, from a real store. */
class StatusAndInvoicesCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);
    private String config;


    @BeforeEach
    void store() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        config = file.toString();
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                A-1,Client A,compta@a.test,2026-11-15,2026-11-25,EUR,100.00,0
                B-1,Client B,,2026-09-01,2026-10-01,EUR,200.00,0
                C-1,Client C,compta@c.test,2026-06-01,2026-07-01,EUR,300.00,50.00
                D-1,Client A,compta@a.test,2026-11-20,2026-12-20,EUR,400.00,0
                E-1,Client E,compta@e.test,2026-10-01,2026-10-31,EUR,80.00,80.00
                """);
        assertThat(cli.run("import", "--config", config, invoices.toString())).isZero();
    }

    private List<JsonNode> jsonLines() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : cli.out().split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return lines;
    }

    private JsonNode invoice(List<JsonNode> lines, String number) {
        return lines.stream().filter(l -> l.get("number").asText().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void statusJsonCountsWhatIsOwedHowLateAndWhereTheRemindersStand() throws IOException {
        assertThat(cli.run("approve", "--config", config, "A-1", "C-1")).isZero();

        assertThat(cli.run("status", "--config", config, "--json")).isZero();

        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(1);
        JsonNode s = lines.get(0);
        assertThat(s.get("currency").asText()).isEqualTo("EUR");
        assertThat(s.get("receivable").decimalValue()).isEqualByComparingTo("950.00");
        assertThat(s.get("overdue").decimalValue()).isEqualByComparingTo("550.00");
        JsonNode buckets = s.get("buckets");
        assertThat(buckets.get("0-30").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(buckets.get("31-60").decimalValue()).isEqualByComparingTo("0");
        assertThat(buckets.get("61-90").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(buckets.get("90+").decimalValue()).isEqualByComparingTo("250.00");
        // Invoiced in the last 90 days: A-1, D-1, E-1 = 580.00; 950 / 580 × 90 = 147.4.
        assertThat(s.get("dso").asInt()).isEqualTo(147);
        assertThat(s.get("toConfirm").asInt()).isZero();
        assertThat(s.get("approved").asInt()).isZero();
        assertThat(s.get("queued").asInt()).isEqualTo(2);
        assertThat(s.get("sent").asInt()).isZero();
        assertThat(s.get("needsReview").asInt()).isZero();
        assertThat(s.get("onHold").asInt()).isZero();
        assertThat(s.get("paymentsToConfirm").asInt()).isZero();
        JsonNode top = s.get("topDebtors");
        assertThat(top).hasSize(3);
        assertThat(top.get(0).get("customer").asText()).isEqualTo("Client A");
        assertThat(top.get(0).get("amountDue").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(top.get(0).get("overdue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(top.get(0).get("invoices").asInt()).isEqualTo(2);
        assertThat(top.get(1).get("customer").asText()).isEqualTo("Client C");
        assertThat(top.get(2).get("customer").asText()).isEqualTo("Client B");
    }

    @Test
    void statusTextIsReadable() {
        assertThat(cli.run("status", "--config", config)).isZero();
        assertThat(cli.out()).contains("Receivables on 2026-12-01").contains("receivable   950.00 EUR")
                .contains("overdue      550.00 EUR").contains("90+ days: 250.00").contains("DSO          147 days")
                .contains("Top debtors:").contains("Client A");
    }

    @Test
    void invoicesJsonGivesTheContractsObjectPerInvoice() throws IOException {
        assertThat(cli.run("approve", "--config", config, "A-1")).isZero();

        assertThat(cli.run("invoices", "--config", config, "--json")).isZero();

        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(l -> l.get("number").asText()).containsExactly("A-1", "B-1", "C-1", "D-1", "E-1");
        JsonNode a = invoice(lines, "A-1");
        assertThat(a.get("kind").asText()).isEqualTo("invoice");
        assertThat(a.get("customer").asText()).isEqualTo("Client A");
        assertThat(a.get("customerEmail").asText()).isEqualTo("compta@a.test");
        assertThat(a.get("issueDate").asText()).isEqualTo("2026-11-15");
        assertThat(a.get("dueDate").asText()).isEqualTo("2026-11-25");
        assertThat(a.get("currency").asText()).isEqualTo("EUR");
        assertThat(a.get("total").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(a.get("amountDue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(a.get("status").asText()).isEqualTo("open");
        assertThat(a.get("source").asText()).isEqualTo("csv");
        assertThat(a.get("reminder").get("step").asText()).isEqualTo("friendly");
        assertThat(a.get("reminder").get("state").asText()).isEqualTo("approved");
        assertThat(a.get("warnings")).isEmpty();

        JsonNode b = invoice(lines, "B-1");
        assertThat(b.get("customerEmail").isNull()).isTrue();
        assertThat(b.get("reminder").isNull()).isTrue();
        assertThat(b.get("warnings").toString()).contains("no email address for Client B");
        JsonNode c = invoice(lines, "C-1");
        assertThat(c.get("total").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(c.get("amountDue").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(invoice(lines, "E-1").get("status").asText()).isEqualTo("paid");
    }

    @Test
    void invoicesFilterOnAStatusAndRefuseAnUnknownOne() throws IOException {
        assertThat(cli.run("invoices", "--config", config, "--status", "paid", "--json")).isZero();
        assertThat(jsonLines()).extracting(l -> l.get("number").asText()).containsExactly("E-1");

        assertThat(cli.run("invoices", "--config", config, "--status", "unpaid")).isEqualTo(2);
        assertThat(cli.err()).contains("--status: unknown status 'unpaid'").contains("partially_paid");
    }

    @Test
    void theInvoicesTableShowsAMissingAddress() {
        assertThat(cli.run("invoices", "--config", config)).isZero();
        assertThat(cli.out()).contains("B-1").contains("— no email —").contains("5 invoice(s)");
        assertThat(cli.run("invoices", "--config", config, "--table", "--json")).isEqualTo(2);
    }
}
