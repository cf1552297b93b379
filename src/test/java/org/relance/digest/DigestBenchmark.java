package org.relance.digest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.dunning.Plan;
import org.relance.slack.DigestView;
import org.relance.slack.SlackMessage;

/**
 * The digest for N open invoices (default 10,000) built end to end — plan from the SQLite ledger, grouping, order,
 * previews of the items shown, reminders recorded, stored, then rendered as Slack messages — timed. A plain main
 * (not a test): {@code bench/digest.sh [INVOICES]}.
 */
public final class DigestBenchmark {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("relance-digest-bench");
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Bench SAS, email: bench@acme.test, timezone: Europe/Paris, locale: fr}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15, groupByCustomer: true}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        StringBuilder csv = new StringBuilder("number,customer,customer_email,issue_date,due_date,currency,total,paid\n");
        for (int i = 1; i <= invoices; i++) {
            // 2,000 customers; due dates over the last 120 days, so every step of the ladder is proposed
            LocalDate due = TODAY.minusDays(1 + i % 120);
            csv.append("F-%07d,Client %d SARL,compta%d@client.test,%s,%s,EUR,%d.%02d,0\n".formatted(i, i % 2000,
                    i % 2000, due.minusDays(30), due, 100 + i % 9000, i % 100));
        }
        Path invoicesCsv = dir.resolve("invoices.csv");
        Files.writeString(invoicesCsv, csv);
        RelanceConfig config = ConfigLoader.load(file, Map.of());
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
        try (App app = Main.wire(config, clock)) {
            app.invoiceImport().importCsv(invoicesCsv, "bench", "cli");
            DigestView view = new DigestView(config.company().locale());

            long start = System.nanoTime();
            Digest first = app.digests().build(TODAY, false);
            List<SlackMessage> messages = view.messages(first);
            double cold = millis(System.nanoTime() - start);

            List<Double> totals = new ArrayList<>();
            List<Double> plans = new ArrayList<>();
            List<Double> views = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                Digest d = app.digests().build(TODAY, false);
                long t1 = System.nanoTime();
                view.messages(d);
                long t2 = System.nanoTime();
                Plan plan = app.plans().planFor(TODAY);
                long t3 = System.nanoTime();
                totals.add(millis(t2 - t0));
                views.add(millis(t2 - t1));
                plans.add(millis(t3 - t2) + 0 * plan.proposals().size());
            }
            Plan plan = app.plans().planFor(TODAY);
            System.out.printf("invoices: %d open, %d proposals, %d items shown, %d counted in the rest, %d message(s)%n",
                    invoices, plan.proposals().size(), first.items().size(), first.details().rest().count(),
                    messages.size());
            System.out.printf("first build (JVM warm-up, reminders recorded) + view: %.0f ms%n", cold);
            System.out.printf("build + view, median of %d: %.0f ms (min %.0f, max %.0f)%n", rounds, median(totals),
                    Collections.min(totals), Collections.max(totals));
            System.out.printf("  of which PlanService.planFor alone: median %.0f ms; DigestView.messages: median %.1f ms%n",
                    median(plans), median(views));
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
