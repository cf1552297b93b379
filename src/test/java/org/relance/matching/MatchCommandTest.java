package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import org.relance.cli.Cli;
import org.relance.cli.CliContext;

class MatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
        CliContext context = new CliContext(Map.of(), clock, new PrintWriter(out), new PrintWriter(err),
                cfg -> {
                    throw new AssertionError("match needs no configuration");
                });
        return Cli.run(context, args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsOneJsonObjectPerAllocationAndNullInvoiceForUnmatchedPayments() throws IOException {
        Path invoices = file("invoices.csv", """
                number;customer;customer_email;issue_date;due_date;currency;total;paid
                F-2026-0042;"Client, SARL";compta@client.fr;2026-09-15;2026-10-15;EUR;1 234,56;0
                F-2026-0043;Boulangerie Dupont;;15/09/2026;15/10/2026;EUR;500,00;200,00
                AV-2026-0001;Client SARL;;2026-09-20;2026-10-20;EUR;-50,00;0
                """);
        Path payments = file("payments.csv", """
                id,date,amount,currency,payer,reference
                P-17,2026-10-20,1234.56,EUR,CLIENT SARL,VIR FACT F-2026-0042
                P-18,2026-10-21,300.00,EUR,"BOULANGERIE DUPONT",
                P-19,2026-10-22,42.00,EUR,DGFIP,REMBOURSEMENT TVA
                """);
        int code = run("match", "--invoices", invoices.toString(), "--payments", payments.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(3);
        JsonNode first = lines.get(0);
        assertThat(first.get("payment").asText()).isEqualTo("P-17");
        assertThat(first.get("invoice").asText()).isEqualTo("F-2026-0042");
        assertThat(first.get("amount").isNumber()).isTrue();
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(first.get("method").asText()).isEqualTo("reference");
        assertThat(first.get("confidence").asDouble()).isEqualTo(0.99);
        assertThat(first.get("auto").asBoolean()).isTrue();
        assertThat(out.toString()).contains("\"amount\":1234.56,").contains("\"confidence\":0.99,");
        assertThat(lines.get(1).get("invoice").asText()).isEqualTo("F-2026-0043");
        assertThat(lines.get(1).get("method").asText()).isEqualTo("amount");
        assertThat(lines.get(2).get("invoice").isNull()).isTrue();
        assertThat(lines.get(2).get("auto").asBoolean()).isFalse();
    }

    @Test
    void badRowsAreReportedWithTheirLineNumberAndTheRestIsMatched() throws IOException {
        Path invoices = file("invoices.csv", """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                F-1,Client,,2026-09-15,2026-10-15,EUR,abc,0
                F-2,Client,,2026-09-15,2026-10-15,EUR,100.00,0
                """);
        Path payments = file("payments.csv", """
                id,date,amount,currency,payer,reference
                P-1,2026-13-40,100.00,EUR,Client,F-2
                P-2,2026-10-20,100.00,EUR,Client,F-2
                """);
        int code = run("match", "--invoices", invoices.toString(), "--payments", payments.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("invoices.csv line 2: total: not an amount: \"abc\"")
                .contains("payments.csv line 2: bad date");
        assertThat(jsonLines()).singleElement().satisfies(n -> assertThat(n.get("payment").asText()).isEqualTo("P-2"));
    }

    @Test
    void missingFileExitsWithCode2AndAOneLineReason() throws IOException {
        Path payments = file("payments.csv", "id,date,amount,currency,payer,reference\n");
        int code = run("match", "--invoices", dir.resolve("nope.csv").toString(), "--payments", payments.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("relance: ").contains("nope.csv").doesNotContain("\n");
    }

    @Test
    void tableOptionPrintsAnAlignedHumanTable() throws IOException {
        Path invoices = file("i.csv", "number,customer,customer_email,issue_date,due_date,currency,total,paid\n"
                + "F-2026-0042,Client SARL,,2026-09-15,2026-10-15,EUR,1234.56,0\n");
        Path payments = file("p.csv", "id,date,amount,currency,payer,reference\nP-17,2026-10-20,1234.56,EUR,X,F-2026-0042\n");
        int code = run("match", "--invoices", invoices.toString(), "--payments", payments.toString(), "--table");

        assertThat(code).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("PAYMENT").contains("INVOICE").contains("AUTO");
        assertThat(lines[1]).contains("P-17").contains("F-2026-0042").contains("1234.56 EUR").contains("yes");
        assertThat(lines[1].indexOf("F-2026-0042")).isEqualTo(lines[0].indexOf("INVOICE"));
    }
}
