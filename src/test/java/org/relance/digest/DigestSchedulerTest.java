package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.testing.DeskFixture;

/** The daily schedule against a real SQLite store: once a day, across restarts, never late for a past day. */
class DigestSchedulerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Wednesday 2 December 2026; digest at 09:00 on working days. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private DeskFixture desk;
    private final Recording publisher = new Recording();

    /** A publisher that remembers what it was given and can be made to fail (Slack down). */
    static final class Recording implements DigestPublisher {
        final List<Digest> published = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void publish(Digest digest) {
            if (down) {
                throw new IllegalStateException("slack.com unreachable");
            }
            published.add(digest);
        }
    }

    /** A clock the test sets by hand. */
    static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(LocalDateTime paris) {
            now = paris.atZone(PARIS).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void store() throws IOException {
        desk = DeskFixture.write(dir, "", """
                dunning: {ecbRatePercent: 2.15}
                digest: {time: "09:00", days: [MON, TUE, WED, THU, FRI]}
                """);
        try (App app = desk.open(fixedAt(WEDNESDAY.atStartOfDay()))) {
            desk.importInvoices(app, """
                    LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-20,EUR,500.00,0
                    """);
        }
    }

    private static Clock fixedAt(LocalDateTime paris) {
        return DeskFixture.at(paris);
    }

    private DigestScheduler scheduler(App app, Duration interval) {
        DigestService service = DeskFixture.digestService(app, app.config().digest());
        return new DigestScheduler(app.ledger(), service, DigestSchedule.of(app.config().digest(), PARIS),
                List.of(publisher), app.clock(), interval);
    }

    private int digestsOn(LocalDate day) {
        try (App app = desk.open(fixedAt(day.atTime(12, 0)))) {
            return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM digests WHERE day = :d")
                    .bind("d", day.toString()).mapTo(Integer.class).one());
        }
    }

    @Test
    void aDueDigestWaitsUntilTheMailboxHasCaughtUpThenIsPublishedOnce() {
        java.util.concurrent.atomic.AtomicBoolean caughtUp = new java.util.concurrent.atomic.AtomicBoolean();
        try (App app = desk.open(fixedAt(WEDNESDAY.atTime(10, 0)))) {
            DigestService service = DeskFixture.digestService(app, app.config().digest());
            DigestScheduler scheduler = new DigestScheduler(app.ledger(), service,
                    DigestSchedule.of(app.config().digest(), PARIS), List.of(publisher), app.clock(),
                    DigestScheduler.EVERY, caughtUp::get);

            assertThat(scheduler.runOnce()).isEmpty();
            assertThat(digestsOn(WEDNESDAY)).as("nothing built before the mailbox caught up").isZero();

            caughtUp.set(true);
            assertThat(scheduler.runOnce()).isPresent();
            assertThat(scheduler.runOnce()).isEmpty();
        }
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void twoSchedulersOneAfterTheOtherOnTheSameStoreAfterNinePostOnce() {
        Clock tenOClock = fixedAt(WEDNESDAY.atTime(10, 0));
        try (App app = desk.open(tenOClock)) {
            assertThat(scheduler(app, DigestScheduler.EVERY).runOnce()).isPresent();
        }
        try (App restarted = desk.open(tenOClock)) {
            DigestScheduler again = scheduler(restarted, DigestScheduler.EVERY);
            assertThat(again.runOnce()).isEmpty();
            assertThat(again.runOnce()).isEmpty();
        }

        assertThat(publisher.published).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(WEDNESDAY));
        assertThat(digestsOn(WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void nothingAt0859OnePostAt0901AndNoneAfter() {
        SetClock clock = new SetClock(WEDNESDAY.atTime(8, 59).atZone(PARIS).toInstant());
        try (App app = desk.open(clock)) {
            DigestScheduler scheduler = scheduler(app, DigestScheduler.EVERY);
            assertThat(scheduler.runOnce()).isEmpty();
            clock.set(WEDNESDAY.atTime(9, 1));
            assertThat(scheduler.runOnce()).isPresent();
            clock.set(WEDNESDAY.atTime(9, 2));
            assertThat(scheduler.runOnce()).isEmpty();
            clock.set(WEDNESDAY.atTime(17, 0));
            assertThat(scheduler.runOnce()).isEmpty();
        }

        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void aBotDownAllOfADigestDayPostsNothingForThatDayAndTheNextDaysAsUsual() {
        try (App tuesday = desk.open(fixedAt(WEDNESDAY.minusDays(1).atTime(9, 30)))) {
            scheduler(tuesday, DigestScheduler.EVERY).runOnce();
        }
        // Wednesday: the bot is down all day. Thursday at 08:00 it is back: nothing yet; at 09:00 Thursday's.
        try (App thursday = desk.open(fixedAt(WEDNESDAY.plusDays(1).atTime(8, 0)))) {
            assertThat(scheduler(thursday, DigestScheduler.EVERY).runOnce()).isEmpty();
        }
        try (App thursday = desk.open(fixedAt(WEDNESDAY.plusDays(1).atTime(9, 0)))) {
            scheduler(thursday, DigestScheduler.EVERY).runOnce();
        }

        assertThat(publisher.published).extracting(Digest::day)
                .containsExactly(WEDNESDAY.minusDays(1), WEDNESDAY.plusDays(1));
        assertThat(digestsOn(WEDNESDAY)).isZero();
    }

    @Test
    void aPublisherThatFailedGetsTheSameDigestOnTheNextCheckAndNoSecondOneIsBuilt() {
        try (App app = desk.open(fixedAt(WEDNESDAY.atTime(9, 0)))) {
            DigestScheduler scheduler = scheduler(app, DigestScheduler.EVERY);
            publisher.down = true;
            assertThat(scheduler.runOnce()).isEmpty();
            publisher.down = false;
            Optional<Digest> published = scheduler.runOnce();

            assertThat(published).isPresent();
            assertThat(scheduler.runOnce()).isEmpty();
        }
        assertThat(publisher.published).hasSize(1);
        assertThat(digestsOn(WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void theThreadPostsOnItsOwnAndClosesWithinASecond() throws InterruptedException {
        try (App app = desk.open(fixedAt(WEDNESDAY.atTime(9, 30)))) {
            DigestScheduler scheduler = scheduler(app, Duration.ofMillis(50));
            scheduler.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (publisher.published.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            scheduler.close();
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertThat(publisher.published).hasSize(1);
            assertThat(took).isLessThan(1000);
        }
    }
}
