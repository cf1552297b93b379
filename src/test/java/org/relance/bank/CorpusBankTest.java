package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relance.testing.NeedsCorpus;

class CorpusBankTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BankReader reader = new BankReader(List.of());

    static Path folder() {
        return Path.of(System.getProperty("relance.corpus", "../shared/corpus")).resolve("bank");
    }

    static Stream<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> !f.getFileName().toString().equals("truth.jsonl")).sorted().toList().stream();
        }
    }

    static Map<String, List<JsonNode>> truth() throws IOException {
        Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder().resolve("truth.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                byFile.computeIfAbsent(node.get("file").asText(), f -> new ArrayList<>()).add(node);
            }
        }
        return byFile;
    }

    @NeedsCorpus
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileGivesExactlyTheCreditsOfTheTruthFile(Path file) throws IOException {
        List<JsonNode> expected = truth().getOrDefault(file.getFileName().toString(), List.of());

        BankReadResult result = reader.read(file);

        assertThat(result.error()).isEmpty();
        assertThat(result.credits()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            BankCredit got = result.credits().get(i);
            assertThat(got.amount().amount()).as("amount").isEqualByComparingTo(new BigDecimal(want.get("amount").asText()));
            assertThat(got.amount().currency().getCurrencyCode()).as("currency").isEqualTo(want.get("currency").asText());
            assertThat(got.date()).as("date").isEqualTo(LocalDate.parse(want.get("date").asText()));
            assertThat(got.payerName()).as("payer").isEqualTo(want.get("payerName").asText());
            assertThat(got.reference()).as("reference").isEqualTo(want.get("reference").asText());
            if (want.hasNonNull("bankTxId")) {
                assertThat(got.bankTxId()).as("bankTxId").isEqualTo(want.get("bankTxId").asText());
            }
            assertThat(got.file()).isEqualTo(file.toString());
        }
    }

    @NeedsCorpus
    @Test
    void theCorpusHoldsTheFilesTheseTestsRelyOn() throws IOException {
        assertThat(corpusFiles().map(f -> f.getFileName().toString()))
                .contains("bank-alert-debit-fr.eml", "daily-statement-fr.eml", "camt053-sample.xml");
        assertThat(truth().keySet()).allSatisfy(name -> assertThat(folder().resolve(name)).exists());
    }

    @NeedsCorpus
    @Test
    void theDebitAlertIsNotAPayment() {
        BankReadResult result = reader.read(folder().resolve("bank-alert-debit-fr.eml"));

        assertThat(result.failed()).isFalse();
        assertThat(result.credits()).isEmpty();
    }

    @NeedsCorpus
    @Test
    void theDailySummaryGivesItsCreditLinesAndNothingElse() {
        BankReadResult result = reader.read(folder().resolve("daily-statement-fr.eml"));

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::payerName)
                .containsExactly(
                        tuple("240.00 EUR", "BOULANGERIE MARTIN"),
                        tuple("1980.50 EUR", "GARAGE DUBOIS SARL"));
        assertThat(result.credits()).extracting(BankCredit::source).containsOnly(BankCredit.Source.EMAIL);
    }

    @NeedsCorpus
    @Test
    void theCamtStatementGivesBookedCreditsWithTheirBankReference() {
        BankReadResult result = reader.read(folder().resolve("camt053-sample.xml"));

        assertThat(result.credits()).extracting(BankCredit::bankTxId).containsExactly("BANKREF-88120", "BANKREF-88122");
        assertThat(result.credits()).extracting(BankCredit::source).containsOnly(BankCredit.Source.CAMT053);
    }
}
