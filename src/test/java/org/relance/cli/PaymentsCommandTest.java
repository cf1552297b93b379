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

/** Payments that need a person are listed, decided and noted in the plan, all from the command line. */
class PaymentsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);
    private String config;


    @BeforeEach
    void store() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, locale: fr}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        config = file.toString();
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                G-1,Garage Dubois SARL,compta@garage.test,2026-10-01,2026-10-31,EUR,500.00,0
                G-2,Garage Dubois SARL,compta@garage.test,2026-10-05,2026-11-04,EUR,500.00,0
                """);
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, """
                id,date,amount,currency,payer,reference
                P-1,2026-11-21,500.00,EUR,GARAGE DUBOIS,VIREMENT NOVEMBRE
                P-2,2026-11-19,55.00,EUR,Inconnu,Cotisation
                """);
        assertThat(cli.run("import", "--config", config, invoices.toString(), payments.toString())).isZero();
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

    private long allocationFor(String invoice) throws IOException {
        cli.run("payments", "--config", config, "--suggested", "--json");
        for (JsonNode s : jsonLines().get(0).get("suggestions")) {
            if (s.get("invoice").asText().equals(invoice)) {
                return s.get("allocation").asLong();
            }
        }
        throw new AssertionError("no suggestion for " + invoice + ": " + cli.out());
    }

    @Test
    void jsonListsTheSuggestedPaymentWithItsAllocationsThenTheUnmatchedOne() throws IOException {
        assertThat(cli.run("payments", "--config", config, "--json")).isZero();

        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        JsonNode suggested = lines.get(0);
        assertThat(suggested.get("payment").isNumber()).isTrue();
        assertThat(suggested.get("date").asText()).isEqualTo("2026-11-21");
        assertThat(suggested.get("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(suggested.get("currency").asText()).isEqualTo("EUR");
        assertThat(suggested.get("payer").asText()).isEqualTo("GARAGE DUBOIS");
        assertThat(suggested.get("reference").asText()).isEqualTo("VIREMENT NOVEMBRE");
        assertThat(suggested.get("state").asText()).isEqualTo("suggested");
        assertThat(suggested.get("suggestions")).hasSize(2);
        for (JsonNode s : suggested.get("suggestions")) {
            assertThat(s.get("allocation").isNumber()).isTrue();
            assertThat(s.get("invoice").asText()).isIn("G-1", "G-2");
            assertThat(s.get("amount").decimalValue()).isEqualByComparingTo("500.00");
            assertThat(s.get("method").asText()).isNotBlank();
            assertThat(s.get("confidence").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        }
        JsonNode unmatched = lines.get(1);
        assertThat(unmatched.get("date").asText()).isEqualTo("2026-11-19");
        assertThat(unmatched.get("amount").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(unmatched.get("payer").asText()).isEqualTo("Inconnu");
        assertThat(unmatched.get("reference").asText()).isEqualTo("Cotisation");
        assertThat(unmatched.get("state").asText()).isEqualTo("unmatched");
        assertThat(unmatched.get("suggestions")).isEmpty();
    }

    @Test
    void theFiltersKeepOneKindEach() throws IOException {
        cli.run("payments", "--config", config, "--suggested", "--json");
        assertThat(jsonLines()).extracting(l -> l.get("state").asText()).containsExactly("suggested");
        cli.run("payments", "--config", config, "--unmatched", "--json");
        assertThat(jsonLines()).extracting(l -> l.get("state").asText()).containsExactly("unmatched");
    }

    @Test
    void theDefaultTableShowsEachSuggestionOnItsLineAndHowToDecide() {
        assertThat(cli.run("payments", "--config", config)).isZero();
        assertThat(cli.out()).contains("allocation").contains("G-1").contains("G-2").contains("Inconnu")
                .contains("1 payment(s) with matches to confirm, 1 unmatched")
                .contains("relance match-confirm ALLOCATION");
    }

    @Test
    void tableAndJsonTogetherAreBadUsage() {
        assertThat(cli.run("payments", "--config", config, "--table", "--json")).isEqualTo(2);
    }

    @Test
    void confirmingAppliesThePaymentOnceAndTheOtherSuggestionIsWithdrawn() throws IOException {
        long g1 = allocationFor("G-1");

        assertThat(cli.run("match-confirm", "--config", config, String.valueOf(g1))).isZero();
        assertThat(cli.out()).contains("allocation #" + g1 + " (G-1): ").contains("applied to G-1, paid");
        assertThat(cli.run("match-confirm", "--config", config, "#" + g1)).isZero();
        assertThat(cli.out()).contains("already applied to G-1");

        cli.run("payments", "--config", config, "--suggested", "--json");
        assertThat(jsonLines()).isEmpty();
        cli.run("plan", "--config", config, "--today", "2026-12-01");
        assertThat(jsonLines()).extracting(l -> l.get("invoice").asText()).containsExactly("G-2");
    }

    @Test
    void rejectingLeavesTheInvoiceAndAnUnknownOrGarbledIdIsReportedWithExitOne() throws IOException {
        long g2 = allocationFor("G-2");

        assertThat(cli.run("match-reject", "--config", config, String.valueOf(g2), "999", "abc")).isEqualTo(1);
        assertThat(cli.out()).contains("allocation #" + g2 + " (G-2): rejected: G-2 stays as it was");
        assertThat(cli.err()).contains("allocation #999: not done: unknown allocation #999")
                .contains("abc: not done: not an allocation id");
        assertThat(cli.run("match-reject", "--config", config, String.valueOf(g2))).isZero();
        assertThat(cli.out()).contains("already rejected");
    }

    @Test
    void thePlanNotesThePaymentWaitingForConfirmationOnEachInvoiceItMayPay() throws IOException {
        assertThat(cli.run("plan", "--config", config, "--today", "2026-12-01")).isZero();

        List<JsonNode> plan = jsonLines();
        assertThat(plan).hasSize(2);
        for (JsonNode p : plan) {
            assertThat(p.get("warnings").toString()).contains(
                    "a payment of 500,00\u00a0€ from GARAGE DUBOIS awaits confirmation: relance payments --suggested");
        }
    }
}
