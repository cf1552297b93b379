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
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.InvoiceKind;

/** {@code relance history}: every event of one invoice in time order, with who, channel, subjects and reply texts. */
class HistoryCommandTest {

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
                """);
        assertThat(cli.run("import", "--config", config.toString(), invoices.toString())).isZero();
        assertThat(cli.run("approve", "--config", config.toString(), "A-1")).isZero();
    }

    /** A customer's answer as the mailbox stores it: the kept .eml, its row, and the desk putting the chase on hold. */
    private void customerReplies(String text) throws IOException {
        Path eml = dir.resolve("reply.eml");
        Files.writeString(eml, """
                From: compta@a.test
                To: relance@acme.test
                Subject: Re: rappel
                Message-ID: <r1@a.test>
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(text).replace("\n", "\r\n"));
        try (App app = Main.wire(ConfigLoader.load(config, Map.of()), CLOCK)) {
            app.ledger().inTransaction(h -> {
                long id = app.invoices().find(h, "A-1", InvoiceKind.INVOICE).orElseThrow().id();
                h.createUpdate("""
                        INSERT INTO customer_replies (invoice_id, message_id, in_reply_to, from_address, subject,
                            received_at, automatic, file_hash, file_path)
                        VALUES (:id, '<r1@a.test>', '<m@acme.test>', 'compta@a.test', 'Re: rappel', :at, FALSE,
                            'hash', :path)""")
                        .bind("id", id).bind("at", CLOCK.instant().toString()).bind("path", eml.toString()).execute();
                return app.desk().customerReplied(h, id, "compta@a.test", "Re: rappel",
                        new Actor("compta@a.test", Channel.EMAIL));
            });
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
    void jsonGivesEveryEventInOrderWithWhoChannelReminderSubjectAndReplyText() throws IOException {
        customerReplies("Nous contestons la ligne 2 de cette facture.");

        assertThat(cli.run("history", "--config", config.toString(), "A-1", "--json")).as(() -> cli.err()).isZero();

        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(l -> l.get("event").asText()).containsSubsequence(
                "invoice.created", "reminder.approved", "outbox.queued", "customer.replied", "reminder.on_hold");
        JsonNode created = lines.get(0);
        assertThat(created.get("invoice").asText()).isEqualTo("A-1");
        assertThat(created.get("kind").asText()).isEqualTo("invoice");
        assertThat(created.get("at").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(created.get("details").asText()).contains("A-1").contains("Client A");
        JsonNode approved = lines.stream().filter(l -> l.get("event").asText().equals("reminder.approved")).findFirst()
                .orElseThrow();
        assertThat(approved.get("actor").asText()).isEqualTo("alice");
        assertThat(approved.get("channel").asText()).isEqualTo("cli");
        assertThat(approved.get("reminder").get("step").asText()).isEqualTo("friendly");
        assertThat(approved.get("reminder").get("subject").asText()).contains("A-1");
        assertThat(approved.get("reply").isNull()).isTrue();
        JsonNode replied = lines.stream().filter(l -> l.get("event").asText().equals("customer.replied")).findFirst()
                .orElseThrow();
        assertThat(replied.get("actor").asText()).isEqualTo("compta@a.test");
        assertThat(replied.get("channel").asText()).isEqualTo("email");
        assertThat(replied.get("reply").get("from").asText()).isEqualTo("compta@a.test");
        assertThat(replied.get("reply").get("subject").asText()).isEqualTo("Re: rappel");
        assertThat(replied.get("reply").get("text").asText()).isEqualTo("Nous contestons la ligne 2 de cette facture.");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).get("at").asText()).isGreaterThanOrEqualTo(lines.get(i - 1).get("at").asText());
        }
    }

    @Test
    void theTextFormShowsTheInvoiceTheDecisionsAndTheReply() throws IOException {
        customerReplies("Nous contestons la ligne 2.");

        assertThat(cli.run("history", "--config", config.toString(), "A-1")).isZero();

        assertThat(cli.out()).contains("invoice A-1 — Client A <compta@a.test>: 100.00 EUR, due 2026-11-14, open")
                .contains("reminder.approved").contains("alice (cli)").contains("reminder #")
                .contains("customer.replied").contains("    > Nous contestons la ligne 2.");
    }

    @Test
    void anUnknownInvoiceIsReportedWithExitOne() {
        assertThat(cli.run("history", "--config", config.toString(), "NOPE")).isEqualTo(1);
        assertThat(cli.err()).contains("NOPE: unknown invoice");
    }
}
