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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.testing.NeedsCorpus;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int extract(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Paris"));
        CliContext context = new CliContext(Map.of(), clock, new PrintWriter(out), new PrintWriter(err),
                cfg -> {
                    throw new AssertionError("extract needs no application");
                });
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(context, all);
    }

    private static Path corpus(String file) {
        return Path.of(System.getProperty("relance.corpus", "../shared/corpus")).resolve(file);
    }

    @NeedsCorpus
    @Test
    void printsOneJsonLinePerFileWithAnErrorObjectForTheUnreadableOneAndExitsZero() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.pdf"), new byte[] {1, 2, 3, 4, 5});

        int code = extract(corpus("pdf-fr/classique.pdf").toString(), garbage.toString(),
                corpus("einvoices/EN16931_Einfach.ubl.xml").toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(code).isZero();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "kind", "number", "issueDate", "dueDate",
                "currency", "total", "amountDue", "net", "tax", "customerName", "customerEmail", "sellerName", "iban",
                "source", "confidence", "warnings");
        assertThat(first.get("number").asText()).isEqualTo("FA-2026-0142");
        assertThat(first.get("total").isNumber()).isTrue();
        assertThat(lines.get(0)).contains("\"total\":1234.56", "\"issueDate\":\"2026-11-03\"", "\"kind\":\"invoice\"");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("file").asText()).isEqualTo(garbage.toString());
        assertThat(second.get("error").asText()).isNotBlank();
        assertThat(second.has("number")).isFalse();
        assertThat(lines.get(2)).contains("\"source\":\"ubl\"", "\"dueDate\":null");
    }

    @Test
    void exitsOneWhenNoFileCouldBeRead() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.pdf"), new byte[] {9, 9, 9});

        int code = extract(garbage.toString(), dir.resolve("missing.xml").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.contains("\"error\""));
    }

    @NeedsCorpus
    @Test
    void tablePrintsAHeaderAndOneAlignedRowPerFile() {
        int code = extract("--table", corpus("pdf-fr/acompte.pdf").toString(), corpus("pdf-fr/avoir.pdf").toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(code).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("FILE").contains("NUMBER", "TOTAL");
        assertThat(lines.get(1)).contains("2026-0098", "4800.00", "3360.00");
        assertThat(lines.get(2)).contains("credit_note", "AV-2026-0008");
        assertThat(lines.get(1).indexOf("  invoice ") + 2).isEqualTo(lines.get(2).indexOf("credit_note"));
    }

    @NeedsCorpus
    @Test
    void acceptsAndIgnoresConfig() {
        int code = extract("--config", "does/not/exist.yml", corpus("pdf-fr/classique.pdf").toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutFilesItIsBadUsage() {
        assertThat(extract()).isEqualTo(2);
    }
}
