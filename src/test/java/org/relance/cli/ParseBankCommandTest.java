package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.testing.NeedsCorpus;

class ParseBankCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BANK = Path.of(System.getProperty("relance.corpus", "../shared/corpus")).resolve("bank");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Paris"));
        CliContext context = new CliContext(Map.of(), clock, new PrintWriter(out), new PrintWriter(err),
                cfg -> {
                    throw new AssertionError("parse-bank must not open the application");
                });
        return Cli.run(context, args);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @NeedsCorpus
    @Test
    void printsOneJsonLinePerCreditAndAnErrorObjectForAGarbageFileThenExitsZero(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.eml");
        Files.write(garbage, new byte[] {0x25, 0x50, 0x44, 0x46, 0, (byte) 0xff, 0x13});
        String credit = BANK.resolve("bank-alert-credit-fr.eml").toString();
        String debit = BANK.resolve("bank-alert-debit-fr.eml").toString();
        String daily = BANK.resolve("daily-statement-fr.eml").toString();

        int exit = run("parse-bank", credit, garbage.toString(), debit, daily);

        assertThat(exit).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(4);
        JsonNode first = lines.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("file", "date", "amount", "currency", "payerName", "reference", "bankTxId", "source");
        assertThat(first.get("file").asText()).isEqualTo(credit);
        assertThat(first.get("date").asText()).isEqualTo("2026-11-19");
        assertThat(first.get("amount").isNumber()).isTrue();
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1453.76");
        assertThat(first.get("currency").asText()).isEqualTo("EUR");
        assertThat(first.get("payerName").asText()).isEqualTo("ME GUSTA OLIVE");
        assertThat(first.get("reference").asText()).isEqualTo("FA 2017 0008");
        assertThat(first.get("bankTxId").asText()).isEqualTo("2611190042");
        assertThat(first.get("source").asText()).isEqualTo("email");
        assertThat(lines.get(1).get("file").asText()).isEqualTo(garbage.toString());
        assertThat(lines.get(1).get("error").asText()).isNotBlank();
        assertThat(lines.get(2).get("payerName").asText()).isEqualTo("BOULANGERIE MARTIN");
        assertThat(lines.get(3).get("bankTxId").isNull()).isTrue();
    }

    @NeedsCorpus
    @Test
    void amountsKeepTwoDecimalsInTheJsonText() {
        run("parse-bank", BANK.resolve("daily-statement-fr.eml").toString());

        assertThat(out.toString()).contains("\"amount\":240.00,").contains("\"amount\":1980.50,");
    }

    @Test
    void exitsOneWhenNoFileCouldBeRead(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("noise.bin");
        Files.write(garbage, new byte[] {0, 1, 2, 3});

        int exit = run("parse-bank", garbage.toString(), dir.resolve("missing.eml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(jsonLines()).extracting(n -> n.has("error")).containsExactly(true, true);
    }

    @NeedsCorpus
    @Test
    void worksWithoutAConfigFile(@TempDir Path dir) throws Exception {
        int exit = run("parse-bank", "--config", dir.resolve("absent.yml").toString(),
                BANK.resolve("camt053-sample.xml").toString());

        assertThat(exit).isZero();
        assertThat(jsonLines()).extracting(n -> n.get("source").asText()).containsExactly("camt053", "camt053");
    }

    @NeedsCorpus
    @Test
    void tablePrintsAHeaderAndOneAlignedRowPerCredit() {
        int exit = run("parse-bank", "--table", BANK.resolve("camt053-sample.xml").toString());

        assertThat(exit).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("FILE").contains("AMOUNT", "PAYER", "REFERENCE");
        assertThat(lines[1]).contains("671.15", "MA JOLIE BOUTIQUE", "BANKREF-88120");
        assertThat(lines[1].indexOf("MA JOLIE")).isEqualTo(lines[2].indexOf("ME GUSTA"));
    }

    @Test
    void noFileIsBadUsage() {
        assertThat(run("parse-bank")).isEqualTo(2);
    }

    @Test
    void rulesFromTheConfigFileReadABankTheBuiltInReaderMisses(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {}
                bank:
                  senders: [alerts@bank.test]
                  rules:
                    - 'CREDIT\\|(?<date>[0-9/]+)\\|(?<amount>[0-9.,]+)\\|(?<payer>[^|]+)\\|(?<reference>[^|]+)'
                """);
        Path mail = dir.resolve("odd.eml");
        Files.writeString(mail, """
                From: alerts@bank.test
                To: compta@acme.test
                Subject: Mouvement
                Date: Fri, 20 Nov 2026 08:00:00 +0100
                Content-Type: text/plain; charset=UTF-8

                CREDIT|20/11/2026|812,40|ODD CLIENT SARL|FA-2026-0142
                """);

        assertThat(run("parse-bank", "--config", config.toString(), mail.toString())).isZero();

        assertThat(jsonLines()).singleElement().satisfies(line -> {
            assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("812.40");
            assertThat(line.get("payerName").asText()).isEqualTo("ODD CLIENT SARL");
            assertThat(line.get("reference").asText()).isEqualTo("FA-2026-0142");
            assertThat(line.get("date").asText()).isEqualTo("2026-11-20");
        });
    }
}
