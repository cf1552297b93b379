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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.testing.NeedsCorpus;

/** {@code relance import} of bank statements end to end: real config, real SQLite store, the corpus files. */
class ImportPaymentsCommandTest {

    private static final Path CORPUS = Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
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
        config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2017-0010,Ma Jolie Boutique,,2026-10-01,2026-10-31,EUR,671.15,0
                FA-2017-0008,Me Gusta Olive,,2026-10-01,2026-10-31,EUR,3453.76,0
                F-2026-0099,Client Tranquille,,2026-10-01,2026-10-31,EUR,120.00,0
                """);
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

    @NeedsCorpus
    @Test
    void aCamtStatementBecomesPaymentsThatPayTheInvoicesTheyReference() {
        run("import", "--config", config.toString(), invoices.toString());

        int code = run("import", "--config", config.toString(), CORPUS.resolve("bank/camt053-sample.xml").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("camt053-sample.xml: 2 new payment(s), 0 already known, 2 applied, "
                + "0 to confirm, 0 unmatched; paid: FA-2017-0010; partially paid: FA-2017-0008 (1453.76 EUR due)");
    }

    @NeedsCorpus
    @Test
    void aStatementImportedBeforeTheInvoicesIsMatchedOnceTheyAreLoaded() {
        int code = run("import", "--config", config.toString(), CORPUS.resolve("bank/camt053-sample.xml").toString(),
                invoices.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("camt053-sample.xml: 2 new payment(s), 0 already known, 0 applied, "
                        + "0 to confirm, 2 unmatched")
                .contains("payments received earlier: 2 applied, 0 to confirm, 0 unmatched; paid: FA-2017-0010");
    }

    @NeedsCorpus
    @Test
    void importingTheSameStatementAgainStoresNothingNew() {
        Path statement = CORPUS.resolve("bank/camt053-sample.xml");
        run("import", "--config", config.toString(), invoices.toString(), statement.toString());

        int code = run("import", "--config", config.toString(), statement.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 new payment(s), 2 already known, 0 applied, 0 to confirm, 0 unmatched");
    }

    @NeedsCorpus
    @Test
    void planDoesNotProposeAReminderForAnInvoiceThePaymentsPaidAndAsksForWhatRemainsOfAPartlyPaidOne()
            throws IOException {
        run("import", "--config", config.toString(), invoices.toString());
        run("plan", "--config", config.toString(), "--today", "2026-12-01");
        assertThat(jsonLines()).extracting(p -> p.get("invoice").asText())
                .containsExactlyInAnyOrder("FA-2017-0010", "FA-2017-0008", "F-2026-0099");

        run("import", "--config", config.toString(), CORPUS.resolve("bank/camt053-sample.xml").toString());
        assertThat(run("plan", "--config", config.toString(), "--today", "2026-12-01")).isZero();

        List<JsonNode> plan = jsonLines();
        assertThat(plan).extracting(p -> p.get("invoice").asText())
                .containsExactlyInAnyOrder("FA-2017-0008", "F-2026-0099");
        JsonNode partly = plan.stream().filter(p -> p.get("invoice").asText().equals("FA-2017-0008")).findFirst()
                .orElseThrow();
        assertThat(partly.get("amountDue").decimalValue()).isEqualByComparingTo("1453.76");
    }

    @NeedsCorpus
    @Test
    void theContractsPaymentsCsvIsImportedAsPaymentsAndAnInvoiceXmlStillAsAnInvoice() throws IOException {
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, """
                id,date,amount,currency,payer,reference
                P-1,2026-11-18,529.87,EUR,Kunden AG Mitte,Invoice 471102
                P-2,2026-11-19,55.00,EUR,Inconnu,Cotisation
                """);

        assertThat(run("import", "--config", config.toString(),
                CORPUS.resolve("einvoices/EN16931_Einfach.cii.xml").toString())).isZero();
        assertThat(out.toString()).contains("invoice 471102 created");
        assertThat(run("import", "--config", config.toString(), payments.toString())).isZero();

        assertThat(out.toString()).contains("payments.csv: 2 new payment(s), 0 already known, 1 applied, "
                + "0 to confirm, 1 unmatched; paid: 471102");
    }

    @Test
    void aCsvThatIsNeitherInvoicesNorABankExportIsRejectedWithExitOne() throws IOException {
        Path other = dir.resolve("contacts.csv");
        Files.writeString(other, """
                name,phone
                Alice,0102030405
                """);

        int code = run("import", "--config", config.toString(), other.toString(), invoices.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("contacts.csv: rejected: not an invoices.csv")
                .contains("nor a bank statement");
        assertThat(out.toString()).contains("3 loaded");
    }

    @Test
    void anImpossibleAmountIsARejectedLineWithItsReasonAndTheGoodRowsAndEntriesLoad() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                F-1,Client SARL,,2026-10-01,2026-10-31,EUR,99999999999999999999999999.99,0
                F-2,Client SARL,,2026-10-01,2026-10-31,EUR,120.00,0
                """);
        Path camt = dir.resolve("hostile.xml");
        Files.writeString(camt, "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                + "<BkToCstmrStmt><Stmt>"
                + "<Ntry><Amt Ccy=\"EUR\">1e20</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>"
                + "<Ntry><Amt Ccy=\"EUR\">1E100000000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>"
                + "<Ntry><Amt Ccy=\"EUR\">35.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>"
                + "</Stmt></BkToCstmrStmt></Document>");

        int code = run("import", "--config", config.toString(), bad.toString(), camt.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":2: rejected: total: too large")
                .contains(camt + ": rejected: entry 1: amount: too large")
                .contains(camt + ": rejected: entry 2: amount: exponent out of range")
                .doesNotContain("Overflow");
        assertThat(out.toString()).contains(bad + ": 1 loaded").contains(camt + ": 1 new payment(s)")
                .contains("2 rejected");
    }

    @Test
    void aDirectoryIsRefusedAsADirectoryAndAGarbageRowNamesTheRealProblem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("adir"));
        Path garbage = dir.resolve("garbage.csv");
        Files.writeString(garbage, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                lorem ipsum dolor, sit amet consectetur, adipiscing elit
                F-3,Client SARL,,2026-10-01,2026-10-31,EUR,120.00,0
                """);

        int code = run("import", "--config", config.toString(), invoices.toString(), folder.toString(), garbage.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(folder + ": is a directory: give the files")
                .doesNotContain("file not found")
                .contains(garbage + ":2: rejected: not an invoice row: 3 field(s) where the header has 8, no total")
                .doesNotContain("customer_email");
        assertThat(out.toString()).contains(garbage + ": 1 loaded");
    }

    @Test
    void anImportThatAddsACustomersEmailSaysTheCustomerWasUpdated() throws IOException {
        run("import", "--config", config.toString(), invoices.toString());
        Path withEmail = dir.resolve("with-email.csv");
        Files.writeString(withEmail, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                F-2026-0099,Client Tranquille,compta@tranquille.test,2026-10-01,2026-10-31,EUR,120.00,0
                """);

        assertThat(run("import", "--config", config.toString(), withEmail.toString())).isZero();
        assertThat(out.toString()).contains(withEmail + ": customer Client Tranquille: email set to compta@tranquille.test");
    }

    @NeedsCorpus
    @Test
    void aCreditNoteDocumentIsAnnouncedAsACreditNote() {
        Path avoir = CORPUS.resolve("einvoices/Avoir_FR_type381_BASIC.pdf");

        assertThat(run("import", "--config", config.toString(), avoir.toString())).isZero();
        assertThat(out.toString()).contains(avoir + ": credit note ").contains(" created").doesNotContain(": invoice ");
    }
}
