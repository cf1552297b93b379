package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.testing.NeedsCorpus;

/** Every invoice of the shared corpus, read and compared with its truth.jsonl line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusExtractionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FOLDERS = List.of("einvoices", "pdf", "pdf-fr", "forwarded");

    private final InvoiceReader reader = new InvoiceReader();

    @AfterAll
    void close() {
        reader.close();
    }

    static Path corpus() {
        return Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    }

    Stream<Arguments> truthLines() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (String line : Files.readAllLines(corpus().resolve(folder).resolve("truth.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode truth = JSON.readTree(line);
                    all.add(Arguments.of(folder, truth.get("file").asText(), truth));
                }
            }
        }
        return all.stream();
    }

    @NeedsCorpus
    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("truthLines")
    void readsEveryCorpusFileAsItsTruthSays(String folder, String file, JsonNode truth) {
        ReadOutcome outcome = reader.read(corpus().resolve(folder).resolve(file));

        assertThat(outcome).as("outcome of %s", file).isInstanceOf(ReadOutcome.Read.class);
        ExtractedInvoice invoice = ((ReadOutcome.Read) outcome).invoice();
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode expected = field.getValue();
            Object actual = value(invoice, name);
            if (name.equals("file")) {
                continue;
            }
            if (expected.isNull()) {
                soft.assertThat(actual).as(name).isNull();
            } else if (expected.isNumber()) {
                soft.assertThat((BigDecimal) actual).as(name).isNotNull()
                        .isEqualByComparingTo(expected.decimalValue());
            } else if (actual instanceof LocalDate date) {
                soft.assertThat(date).as(name).isEqualTo(LocalDate.parse(expected.asText()));
            } else {
                soft.assertThat(actual == null ? null : actual.toString()).as(name).isEqualTo(expected.asText());
            }
        }
        if (folder.equals("einvoices")) {
            soft.assertThat(invoice.source()).as("source").isIn("facturx", "cii", "ubl");
            soft.assertThat(invoice.confidence()).as("confidence").isEqualTo(1.0);
        }
        soft.assertAll();
    }

    @NeedsCorpus
    @ParameterizedTest
    @ValueSource(strings = {"einvoices", "pdf", "pdf-fr", "forwarded"})
    void everyInvoiceFileOfTheCorpusHasATruthLine(String folder) throws IOException {
        Set<String> inTruth = Files.readAllLines(corpus().resolve(folder).resolve("truth.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .map(l -> readFile(l))
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(corpus().resolve(folder))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".jsonl")))
                    .allMatch(inTruth::contains);
        }
    }

    private static String readFile(String line) {
        try {
            return JSON.readTree(line).get("file").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(ExtractedInvoice i, String field) {
        return switch (field) {
            case "file" -> i.file();
            case "kind" -> i.kind().id();
            case "number" -> i.number();
            case "issueDate" -> i.issueDate();
            case "dueDate" -> i.dueDate();
            case "currency" -> i.currency();
            case "total" -> i.total();
            case "amountDue" -> i.amountDue();
            case "net" -> i.net();
            case "tax" -> i.tax();
            case "customerName" -> i.customerName();
            case "customerEmail" -> i.customerEmail();
            case "sellerName" -> i.sellerName();
            case "iban" -> i.iban();
            case "source" -> i.source();
            default -> throw new AssertionError("truth field unknown to the reader: " + field);
        };
    }
}
