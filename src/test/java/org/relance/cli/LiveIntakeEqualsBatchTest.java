package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.matching.Credit;
import org.relance.matching.GeneratedBook;
import org.relance.matching.Receivable;

/**
 * The bot receives payments a day at a time through {@code relance import}; it must end with the same automatic
 * allocations as {@code relance match} on the whole book at once.
 */
class LiveIntakeEqualsBatchTest {

    /** Not a seed anything was tuned on. */
    private static final long SEED = 20261202L;
    private static final int INVOICES = 300;

    @TempDir
    Path dir;

    private final GeneratedBook book = GeneratedBook.of(SEED, INVOICES);
    private final TestCli cli = new TestCli(Clock.fixed(book.today().atTime(20, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC));

    @Test
    void paymentsImportedDayByDayEndWithTheAllocationsOfOneMatchOverTheWholeBook() throws IOException {
        Set<String> batch = batch();
        Set<String> live = live("live", book.receivables(), List.of(), null);

        assertThat(batch).hasSizeGreaterThan(INVOICES / 2);
        assertSame(live, batch);
    }

    @Test
    void invoicesImportedAfterTheirPaymentEndTheSameWay() throws IOException {
        List<Receivable> first = new ArrayList<>();
        List<Receivable> late = new ArrayList<>();
        for (int k = 0; k < book.receivables().size(); k++) {
            (k % 10 == 3 ? late : first).add(book.receivables().get(k));
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        book.credits().forEach(c -> days.add(c.date()));
        LocalDate lateDay = days.stream().skip(days.size() * 2L / 3).findFirst().orElseThrow();
        Set<String> batch = batch();
        Set<String> live = live("late", first, late, lateDay);

        long waited = book.credits().stream().filter(c -> c.date().isBefore(lateDay))
                .filter(c -> late.stream().anyMatch(r -> book.pays(c.id(), r.number()))).count();
        assertThat(waited).as("payments received before their invoice").isGreaterThan(5);
        assertSame(live, batch);
    }

    private void assertSame(Set<String> live, Set<String> batch) {
        Set<String> onlyLive = new TreeSet<>(live);
        onlyLive.removeAll(batch);
        Set<String> onlyBatch = new TreeSet<>(batch);
        onlyBatch.removeAll(live);
        assertThat(onlyLive).as("applied live, not by relance match (of %d)", batch.size()).isEmpty();
        assertThat(onlyBatch).as("applied by relance match, not live (of %d)", batch.size()).isEmpty();
    }

    /** {@code relance match} on the whole book: its automatic allocations as payment|invoice|amount. */
    private Set<String> batch() throws IOException {
        Path invoices = Files.writeString(dir.resolve("all-invoices.csv"), GeneratedBook.invoicesCsv(book.receivables()));
        Path payments = Files.writeString(dir.resolve("all-payments.csv"), GeneratedBook.paymentsCsv(book.credits()));
        assertThat(cli.run("match", "--invoices", invoices.toString(), "--payments", payments.toString()))
                .as(cli.err()).isZero();
        Set<String> auto = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : cli.out().split("\n")) {
            JsonNode a = json.readTree(line);
            if (a.get("auto").asBoolean()) {
                auto.add(a.get("payment").asText() + "|" + a.get("invoice").asText() + "|"
                        + a.get("amount").decimalValue().setScale(2).toPlainString());
            }
        }
        return auto;
    }

    /**
     * A store fed through {@code relance import}: {@code first} invoices, then each day's payments in order,
     * {@code late} invoices imported after the payments of {@code lateDay}. The allocations the matcher applied.
     */
    private Set<String> live(String name, List<Receivable> first, List<Receivable> late, LocalDate lateDay)
            throws IOException {
        Path config = Files.writeString(dir.resolve(name + ".yml"), """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve(name + ".db"), dir.resolve(name + "-files")));
        importFile(config, Files.writeString(dir.resolve(name + "-invoices.csv"), GeneratedBook.invoicesCsv(first)));
        TreeMap<LocalDate, List<Credit>> byDay = new TreeMap<>();
        book.credits().forEach(c -> byDay.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        for (var day : byDay.entrySet()) {
            importFile(config, Files.writeString(dir.resolve(name + "-payments-" + day.getKey() + ".csv"),
                    GeneratedBook.paymentsCsv(day.getValue())));
            if (day.getKey().equals(lateDay)) {
                importFile(config, Files.writeString(dir.resolve(name + "-late.csv"), GeneratedBook.invoicesCsv(late)));
            }
        }
        return Jdbi.create("jdbc:sqlite:" + dir.resolve(name + ".db")).withHandle(h -> new TreeSet<>(h.createQuery("""
                        SELECT p.bank_tx_id, i.number, a.amount_minor FROM allocations a
                        JOIN payments p ON p.id = a.payment_id JOIN invoices i ON i.id = a.invoice_id
                        WHERE a.state = 'applied'""")
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                        + BigDecimal.valueOf(rs.getLong(3), 2).toPlainString())
                .list()));
    }

    private void importFile(Path config, Path file) {
        int code = cli.run("import", "--config", config.toString(), file.toString());
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).doesNotContain("\n\n");
    }
}
