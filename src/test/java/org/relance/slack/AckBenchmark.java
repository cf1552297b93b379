package org.relance.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ack latency of the HTTP-mode Slack app: signed approve clicks at a fixed rate (default 50 per second for 20
 * seconds) against a local instance and the fake Web API; prints p50/p99/max. A main, not a test (surefire skips
 * it): see bench/slack-ack.sh.
 */
public final class AckBenchmark {

    private AckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (SlackAppHarness slack = new SlackAppHarness()) {
            // The decision's own work (a transaction, ~5 ms) runs after the ack, on the work executor.
            slack.answer = r -> {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return SlackAppHarness.done(r);
            };
            slack.start(List.of());
            URI url = slack.events();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // Warm-up: class loading, JIT, connection set-up.
            for (int i = 0; i < 200; i++) {
                send(http, url, i).join();
            }
            List<Long> micros = Collections.synchronizedList(new ArrayList<>());
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            int total = rate * seconds;
            List<CompletableFuture<Void>> all = Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long periodNanos = 1_000_000_000L / rate;
            int[] n = {0};
            ticker.scheduleAtFixedRate(() -> {
                if (n[0] >= total) {
                    return;
                }
                int i = 1000 + n[0]++;
                long start = System.nanoTime();
                all.add(send(http, url, i).thenAccept(status -> {
                    micros.add((System.nanoTime() - start) / 1000);
                    statuses.add(status);
                }));
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            while (n[0] < total) {
                Thread.sleep(50);
            }
            ticker.shutdown();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            long ok = statuses.stream().filter(s -> s == 200).count();
            System.out.printf("slack ack: %d clicks at %d/s for %d s, %d × 200; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.size(), rate, seconds, ok, pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0);
            Thread.sleep(2000);
            System.out.printf("decisions taken after the acks: %d, chat.update calls: %d%n", slack.taken.size(),
                    slack.fake.calls("chat.update").size());
        }
    }

    private static CompletableFuture<Integer> send(HttpClient http, URI url, int i) {
        String body = SlackSigner.interactiveBody(Payloads.button(FakeSlackApi.TEAM_ID, "UBENCH", ActionIds.APPROVE,
                1, i, Payloads.itemBlocks(1, i), "1790000000." + String.format("%06d", i)));
        long ts = SlackSigner.now();
        HttpRequest req = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", SlackSigner.signature(SlackAppHarness.SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static long pct(List<Long> sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(idx, sorted.size() - 1)));
    }
}
