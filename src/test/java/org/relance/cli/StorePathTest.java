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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;

/** Relative store paths belong to the config file's folder, and only import and run create a store. */
class StorePathTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private Path config;
    private Path invoices;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of(), CLOCK, new PrintWriter(out), new PrintWriter(err),
                c -> Main.wire(c, CLOCK));
        return Cli.run(context, args);
    }

    @BeforeEach
    void files() throws IOException {
        // The tests run in the worktree: a relative path resolved against it would land there, not in dir.
        assertThat(Path.of("").toAbsolutePath()).isNotEqualTo(dir.toAbsolutePath());
        Path configDir = Files.createDirectories(dir.resolve("conf"));
        config = configDir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:data/relance.db", files: data/files}
                dunning: {ecbRatePercent: 2.15}
                """);
        invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                F-1,Client SARL,compta@client.test,2026-10-01,2026-10-31,EUR,10000.00,0
                """);
    }

    @Test
    void aCommandThatExpectsDataRefusesToCreateAStoreAndNamesWhereItLooked() {
        Path expected = dir.resolve("conf/data/relance.db").toAbsolutePath();

        assertThat(run("plan", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("relance: no store at " + expected + " (from store.url in "
                + config.toAbsolutePath() + "); run relance import first");
        assertThat(run("approve", "F-1", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no store at " + expected);
        assertThat(expected).doesNotExist();
        assertThat(Path.of("data/relance.db")).doesNotExist();
    }

    @Test
    void importCreatesTheStoreNextToTheConfigFileAndSaysSoThenOtherCommandsFindIt() {
        Path expected = dir.resolve("conf/data/relance.db").toAbsolutePath();

        assertThat(run("import", "--config", config.toString(), invoices.toString())).isZero();
        assertThat(out.toString()).startsWith("created a new store at " + expected + "\n");
        assertThat(expected).exists();

        assertThat(run("import", "--config", config.toString(), invoices.toString())).isZero();
        assertThat(out.toString()).doesNotContain("created a new store");

        assertThat(run("plan", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("\"invoice\":\"F-1\"");
    }

    @Test
    void storeFilesRelativeToTheConfigFileKeepImportedDocumentsThere() throws IOException {
        Path ubl = dir.resolve("f-2.xml");
        Files.writeString(ubl, "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">"
                + "<cbc:ID>F-2</cbc:ID><cbc:IssueDate>2026-11-01</cbc:IssueDate><cbc:DueDate>2026-11-30</cbc:DueDate>"
                + "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cac:AccountingCustomerParty><cac:Party>"
                + "<cac:PartyName><cbc:Name>Client SARL</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>"
                + "<cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID=\"EUR\">120.00</cbc:TaxInclusiveAmount>"
                + "</cac:LegalMonetaryTotal></Invoice>");

        assertThat(run("import", "--config", config.toString(), ubl.toString())).isZero();

        try (var kept = Files.list(dir.resolve("conf/data/files"))) {
            assertThat(kept).hasSize(1);
        }
    }
}
