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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;

/** {@code relance preview} shows exactly the message an approval queues; {@code plan} shows where it would go. */
class PreviewCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);
    private Path config;


    @BeforeEach
    void store() throws IOException {
        config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        Path invoices = dir.resolve("invoices.csv");
        Files.writeString(invoices, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                A-1,Client A,compta@a.test,2026-10-15,2026-11-14,EUR,100.00,0
                B-1,Client B,,2026-10-15,2026-11-14,EUR,200.00,0
                """);
        assertThat(cli.run("import", "--config", config.toString(), invoices.toString())).isZero();
    }

    private List<Map<String, Object>> outbox() {
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            return app.ledger().read(h -> h.createQuery("SELECT recipients, subject, body_text FROM outbox ORDER BY id")
                    .mapToMap().list());
        }
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

    @Test
    void thePreviewIsTheMessageTheApprovalThenQueuesAndItQueuesNothingItself() {
        assertThat(cli.run("preview", "--config", config.toString(), "A-1")).isZero();
        String preview = cli.out();
        assertThat(outbox()).isEmpty();

        assertThat(preview).contains("A-1: step friendly (email) on 2026-12-01").contains("From: compta@acme.test")
                .contains("To: compta@a.test");
        assertThat(cli.run("approve", "--config", config.toString(), "A-1")).isZero();
        Map<String, Object> queued = outbox().get(0);
        assertThat(preview).contains("Subject: " + queued.get("subject"))
                .contains(queued.get("body_text").toString().strip());
    }

    @Test
    void thePreviewShowsTheReplyToTheReminderWillCarry() throws IOException {
        Files.writeString(config, Files.readString(config) + """
                mail:
                  smtp: {host: 127.0.0.1, port: 2525, security: none, username: relance, password: secret}
                  botAddress: relance@acme.test
                """);

        assertThat(cli.run("preview", "--config", config.toString(), "A-1")).as(() -> cli.err()).isZero();

        assertThat(cli.out()).contains("Reply-To: compta@acme.test, relance@acme.test");
    }

    @Test
    void theFormalNoticeIsWrittenAsAPdfWhosePathIsPrintedAndNothingIsQueued() throws IOException {
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            app.ledger().inTransaction(h -> {
                long id = app.invoices().find(h, "A-1", org.relance.invoice.InvoiceKind.INVOICE).orElseThrow().id();
                app.reminders().recordSent(h, id, "friendly", "email", Instant.parse("2026-10-20T08:00:00Z"), "t", "cli");
                app.reminders().recordSent(h, id, "firm", "email", Instant.parse("2026-10-28T08:00:00Z"), "t", "cli");
                return app.reminders().recordSent(h, id, "call", "task", Instant.parse("2026-11-05T08:00:00Z"), "t",
                        "cli");
            });
        }
        Path pdfs = dir.resolve("preview");

        assertThat(cli.run("preview", "--config", config.toString(), "A-1", "--today", "2026-12-20", "--out",
                pdfs.toString()))
                .as(() -> cli.err()).isZero();

        assertThat(cli.out()).contains("A-1: step notice (letter)").contains("To: compta@a.test")
                .contains("Attachment: ").contains(".pdf (application/pdf, ").contains("written to " + pdfs);
        try (var files = Files.list(pdfs)) {
            Path pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aCustomerWithoutAnAddressGetsTheReasonAndExitOne() {
        assertThat(cli.run("preview", "--config", config.toString(), "B-1")).isEqualTo(1);
        assertThat(cli.err()).contains("B-1: no message can be written:");
    }

    @Test
    void anInvoiceWithNothingToSendSaysSo() {
        assertThat(cli.run("preview", "--config", config.toString(), "NOPE")).isEqualTo(1);
        assertThat(cli.err()).contains("NOPE: nothing to send on 2026-12-01");
    }

    @Test
    void thePlanShowsTheRecipientOrThatThereIsNone() throws IOException {
        assertThat(cli.run("plan", "--config", config.toString(), "--table")).isZero();
        assertThat(cli.out()).contains("recipient").contains("compta@a.test").contains("— no email —");

        assertThat(cli.run("plan", "--config", config.toString())).isZero();
        List<JsonNode> plan = jsonLines();
        JsonNode a = plan.stream().filter(p -> p.get("invoice").asText().equals("A-1")).findFirst().orElseThrow();
        JsonNode b = plan.stream().filter(p -> p.get("invoice").asText().equals("B-1")).findFirst().orElseThrow();
        assertThat(a.get("recipient").asText()).isEqualTo("compta@a.test");
        assertThat(b.get("recipient").isNull()).isTrue();
    }
}
