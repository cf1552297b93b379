package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.InvoiceKind;

/**
 * The desk's decisions as users type them, on 2026-12-01 at 10:00 in Paris: a held chase approved the day its
 * reminder left, the way back (reopen, resolve), and refusals printed with their reason and exit code 1.
 */
class DeskCommandsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), PARIS);

    @TempDir
    Path dir;

    private String config;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void store() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        config = file.toString();
        Path csv = dir.resolve("invoices.csv");
        Files.writeString(csv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-1,Client SARL,compta@client.test,2026-10-01,2026-11-20,EUR,300.00,0
                FA-2,Sans Mail SAS,,2026-10-01,2026-11-20,EUR,80.00,0
                AV-1,Client SARL,compta@client.test,2026-11-01,2026-12-01,EUR,-50.00,0
                """);
        assertThat(run("import", "--config", config, csv.toString())).isZero();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("USER", "claire"), NOW, new PrintWriter(out), new PrintWriter(err),
                c -> Main.wire(c, NOW));
        return Cli.run(context, args);
    }

    private App app() {
        RelanceConfig loaded = ConfigLoader.load(Path.of(config), Map.of());
        return Main.wire(loaded, NOW);
    }

    private List<Reminder> reminders(String number) {
        try (App app = app()) {
            return app.ledger().read(h -> app.reminders().forInvoice(h,
                    app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow().id()));
        }
    }

    @Test
    void approvingAChaseHeldTheDayItsFriendlyReminderLeftQueuesNoFirmReminder() {
        try (App app = app()) {
            app.ledger().inTransaction(h -> {
                long id = app.invoices().find(h, "FA-1", InvoiceKind.INVOICE).orElseThrow().id();
                app.reminders().recordSent(h, id, "friendly", "email", Instant.parse("2026-12-01T07:00:00Z"), "test",
                        "cli");
                return app.desk().customerReplied(h, id, "compta@client.test", "Re: rappel",
                        new Actor("compta@client.test", Channel.EMAIL));
            });
        }

        int code = run("approve", "--config", config, "FA-1");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("FA-1: hold lifted").contains("proposed on 2026-12-08")
                .doesNotContain("queued");
        assertThat(reminders("FA-1")).extracting(Reminder::step, Reminder::state)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("firm", ReminderState.APPROVED));
        assertThat(run("approve", "--config", config, "FA-1")).isZero();
        assertThat(out.toString()).contains("already lifted");
    }

    @Test
    void paidThenReopenMakesTheInvoiceOwedAgainAndARepeatIsHarmless() {
        assertThat(run("paid", "--config", config, "FA-1")).isZero();

        assertThat(run("reopen", "--config", config, "FA-1")).isZero();
        assertThat(out.toString()).startsWith("FA-1: reopened: open, 300.00");
        assertThat(run("reopen", "--config", config, "FA-1")).isZero();
        assertThat(out.toString()).contains("already reopened");
        assertThat(run("reopen", "--config", config, "FA-2")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("FA-2: not done: FA-2 is open, not paid: nothing to reopen"
                + System.lineSeparator());
    }

    @Test
    void disputeThenResolveResumesTheChaseAndResolvingAnUndisputedInvoiceFails() {
        assertThat(run("dispute", "--config", config, "FA-1")).isZero();

        assertThat(run("resolve", "--config", config, "FA-1")).isZero();
        assertThat(out.toString()).contains("FA-1: dispute resolved");
        assertThat(run("resolve", "--config", config, "FA-1")).isZero();
        assertThat(out.toString()).contains("already resolved");
        assertThat(run("resolve", "--config", config, "FA-2")).isEqualTo(1);
        assertThat(err.toString()).contains("FA-2: not done: FA-2 is open, not disputed");
        assertThat(run("plan", "--config", config)).isZero();
        assertThat(out.toString()).contains("FA-1");
    }

    @Test
    void approvingForACustomerWithoutAnEmailAddressIsRefusedAndNothingIsApproved() {
        int code = run("approve", "--config", config, "FA-2");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(
                "FA-2: not done: no email address for customer Sans Mail SAS; add it with relance import")
                .doesNotContain("approved but no message written");
        assertThat(reminders("FA-2")).isEmpty();
        assertThat(run("plan", "--config", config)).isZero();
        assertThat(out.toString()).contains("no email address for customer Sans Mail SAS");
        assertThat(err.toString()).doesNotContain("no message written");
    }

    @Test
    void outOfBoundsSnoozesAndPromisesAndCreditNotesAreRefusedWithTheirReason() {
        assertThat(run("snooze", "--config", config, "FA-1", "--days", "2147483647")).isEqualTo(1);
        assertThat(err.toString()).contains("FA-1: not done: snooze takes 1 to 365 days, got 2147483647");
        assertThat(run("promise", "--config", config, "FA-1", "--by", "2030-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("more than 365 days ahead");
        assertThat(run("approve", "--config", config, "AV-1")).isEqualTo(1);
        assertThat(err.toString()).contains("AV-1: not done: AV-1 is a credit note").doesNotContain("unknown");
        assertThat(reminders("FA-1")).isEmpty();
    }

    @Test
    void confirmRefusesAnInvoiceNotWaitingForConfirmationAndBadCorrectionsWithTheReason() {
        assertThat(run("confirm", "--config", config, "FA-1")).isEqualTo(1);
        assertThat(err.toString()).contains("FA-1: not done: FA-1 is open: it is not waiting for confirmation");
        assertThat(run("confirm", "--config", config, "FA-404")).isEqualTo(1);
        assertThat(err.toString()).contains("FA-404: not done: unknown invoice FA-404");

        assertThat(run("confirm", "--config", config, "FA-1", "--total", "douze")).isEqualTo(2);
        assertThat(err.toString()).contains("--total: 'douze' is not an amount");
        assertThat(run("confirm", "--config", config, "FA-1", "FA-2", "--due", "2026-12-31")).isEqualTo(2);
        assertThat(err.toString()).contains("one invoice at a time");
        assertThat(run("confirm", "--config", config, "FA-1", "--customer-email", "pas-une-adresse")).isEqualTo(2);
        assertThat(err.toString()).contains("is not an email address");
    }
}
