package org.relance.slack;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.relance.config.Secret;
import org.relance.config.Slack;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;

/**
 * A running HTTP-mode Slack app on a free port against a {@link FakeSlackApi}, with recording handlers: decisions
 * answered by {@link #answer}, for tests of the Slack side alone (the seam has its own tests).
 */
final class SlackAppHarness implements AutoCloseable {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 1 December 2026, 10:12 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:12:00Z"), PARIS);

    record Taken(DecisionRequest request, Actor actor) {
    }

    final FakeSlackApi fake = new FakeSlackApi();
    final SlackSigner signer = new SlackSigner(SECRET);
    final List<Taken> taken = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger digests = new AtomicInteger();
    final AtomicBoolean storeUp = new AtomicBoolean(true);
    volatile Function<DecisionRequest, DecisionOutcome> answer = SlackAppHarness::done;
    volatile Function<Long, List<Long>> members = id -> List.of(id);
    SlackRuntime runtime;

    SlackAppHarness start(List<String> allowedUsers) {
        return start(allowedUsers, Locale.ENGLISH);
    }

    SlackAppHarness start(List<String> allowedUsers, Locale locale) {
        runtime = new SlackRuntime(config(allowedUsers), new SlackWeb(fake.url(), "xoxb-test"), handlers(), locale,
                PARIS, CLOCK);
        runtime.start();
        return this;
    }

    Slack config(List<String> allowedUsers) {
        return new Slack(new Secret("xoxb-test"), Optional.empty(), Optional.of(new Secret(SECRET)), Payloads.CHANNEL,
                allowedUsers, fake.url(), new Slack.Http(0, "/slack/events"));
    }

    SlackRuntime.Handlers handlers() {
        return new SlackRuntime.Handlers(
                (requests, actor) -> requests.stream().map(request -> {
                    taken.add(new Taken(request, actor));
                    return answer.apply(request);
                }).toList(),
                id -> members.apply(id),
                id -> "Full text of reminder " + id,
                at -> Optional.of(at.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
                digests::incrementAndGet,
                day -> {
                    throw new UnsupportedOperationException("no status in this test");
                },
                number -> List.of(),
                () -> new StatusView(Locale.ENGLISH),
                storeUp::get);
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + runtime.port() + "/slack/events");
    }

    URI health() {
        return URI.create("http://127.0.0.1:" + runtime.port() + "/healthz");
    }

    /** A success for any request, with the facts a channel words. */
    static DecisionOutcome done(DecisionRequest r) {
        return outcome(r, DecisionOutcome.Status.DONE, reason(r));
    }

    static DecisionOutcome outcome(DecisionRequest r, DecisionOutcome.Status status, DecisionOutcome.Reason reason) {
        Long reminder = r instanceof DecisionRequest.OnReminder on ? on.target().reminderId() : null;
        LocalDate until = r instanceof DecisionRequest.Snooze s ? LocalDate.of(2026, 12, 1).plusDays(s.days())
                : r instanceof DecisionRequest.Promise p ? p.by() : null;
        Long allocation = r instanceof DecisionRequest.ConfirmMatch c ? Long.valueOf(c.allocationId())
                : r instanceof DecisionRequest.RejectMatch j ? Long.valueOf(j.allocationId()) : null;
        return new DecisionOutcome(r, status, reason, "FA-2026-0101",
                r instanceof DecisionRequest.Escalate ? "formal_notice" : "first", reminder, until, allocation,
                reason.name().toLowerCase(Locale.ROOT));
    }

    static DecisionOutcome.Reason reason(DecisionRequest r) {
        if (r instanceof DecisionRequest.Approve) {
            return DecisionOutcome.Reason.APPROVED;
        } else if (r instanceof DecisionRequest.Snooze) {
            return DecisionOutcome.Reason.SNOOZED;
        } else if (r instanceof DecisionRequest.Escalate) {
            return DecisionOutcome.Reason.ESCALATED;
        } else if (r instanceof DecisionRequest.MarkPaid) {
            return DecisionOutcome.Reason.MARKED_PAID;
        } else if (r instanceof DecisionRequest.Promise) {
            return DecisionOutcome.Reason.PROMISED;
        } else if (r instanceof DecisionRequest.Dispute) {
            return DecisionOutcome.Reason.DISPUTED;
        } else if (r instanceof DecisionRequest.ConfirmMatch) {
            return DecisionOutcome.Reason.MATCH_CONFIRMED;
        } else if (r instanceof DecisionRequest.RejectMatch) {
            return DecisionOutcome.Reason.MATCH_REJECTED;
        }
        return DecisionOutcome.Reason.NOT_APPLICABLE;
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
        fake.close();
    }
}
