package org.relance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.InvoiceCsv;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.Invoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relance demo}: a fresh store under {@code ./demo-data} with the bundled sample receivables,
 * their dates moved so that they are overdue today, a little reminder history, and today's plan.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Relance on bundled sample invoices in ./demo-data; needs no config and no network.")
final class DemoCommand implements Callable<Integer> {

    /** The day the sample file was written for; the demo moves every date by (today − this). */
    static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 12, 1);

    private final CliContext context;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "demo-data",
            description = "Where the demo keeps its store (default: ${DEFAULT-VALUE}); emptied first.")
    Path dir;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Pretend today is this day.")
    LocalDate today;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {"relance.db", "relance.db-wal", "relance.db-shm"}) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Path configFile = dir.resolve("relance.yml");
        String yaml = resource("demo/relance-demo.yml")
                .replace("demo-data/", dir.toAbsolutePath().toString().replace('\\', '/') + "/");
        Files.writeString(configFile, yaml);
        RelanceConfig config = ConfigLoader.load(configFile, Map.of());
        ZoneId zone = config.company().timezone();
        LocalDate day = today != null ? today : LocalDate.now(context.clock().withZone(zone));
        long shift = ChronoUnit.DAYS.between(SAMPLE_DAY, day);

        try (App app = context.apps().open(config)) {
            InvoiceCsv.Parsed sample;
            try (var reader = new InputStreamReader(stream("demo/invoices.csv"), StandardCharsets.UTF_8)) {
                sample = InvoiceCsv.read(reader);
            }
            app.ledger().inTransaction(h -> {
                for (InvoiceCsv.Row row : sample.rows()) {
                    app.invoices().upsert(h, shifted(row.draft(), shift), "demo", "cli");
                }
                // Some history, so that later ladder steps show: a firm reminder and a phone call are due.
                recordSent(app, h, "FA-2026-0071", "friendly", day.minusDays(23), zone);
                recordSent(app, h, "FA-2026-0064", "friendly", day.minusDays(44), zone);
                recordSent(app, h, "FA-2026-0064", "firm", day.minusDays(30), zone);
                return null;
            });
            context.out().printf("Relance demo — %s, company %s, store %s%n", day, config.company().name(),
                    config.store().url());
            context.out().printf("Loaded %d sample invoices and credit notes (samples/invoices.csv, dates moved "
                    + "to today); two of them already had reminders sent.%n%n", sample.rows().size());
            PlanCommand.print(app.plans().planFor(day), PlanCommand.recipients(app), true, context);
            context.out().printf("%nNothing was sent. Try: ./relance plan --config %s --today %s%n",
                    configFile, day.plusDays(7));
        }
        return 0;
    }

    private static void recordSent(App app, org.jdbi.v3.core.Handle h, String number, String step, LocalDate on,
                                   ZoneId zone) {
        Invoice invoice = app.invoices().find(h, number, InvoiceKind.INVOICE)
                .orElseThrow(() -> new IllegalStateException("sample invoice " + number + " is missing"));
        app.reminders().recordSent(h, invoice.id(), step, "email", on.atTime(10, 0).atZone(zone).toInstant(),
                "demo", "cli");
    }

    private static InvoiceDraft shifted(InvoiceDraft d, long days) {
        return new InvoiceDraft(d.number(), d.kind(), d.customerName(), d.customerEmail(),
                d.issueDate() == null ? null : d.issueDate().plusDays(days),
                d.dueDate() == null ? null : d.dueDate().plusDays(days),
                d.total(), d.prepaid(), d.source());
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the demo resource " + name + " is missing from the jar");
        }
        return in;
    }
}
