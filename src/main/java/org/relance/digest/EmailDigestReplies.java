package org.relance.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.config.Company;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.mail.DigestReplyIntake;
import org.relance.mail.Outbox;
import org.relance.mail.OutgoingMail;

/**
 * Answers to the digest by email: a trusted, authenticated sender's reply to a digest of the last
 * {@link #MAX_AGE_DAYS} days is applied in the mailbox's transaction and confirmed in its thread; anything else
 * changes nothing, gets no mail and leaves a {@code digest.reply_refused} event (posted to Slack by the notifier).
 */
public final class EmailDigestReplies implements DigestReplyIntake {

    /** A digest older than this (in days, company calendar) takes no more answers. */
    public static final int MAX_AGE_DAYS = 7;
    public static final String APPLIED = "digest.reply_applied";
    public static final String REFUSED = "digest.reply_refused";
    /** The confirmation's {@link OutgoingMail#purpose()}: team mail, sent whatever the send window. */
    public static final String CONFIRMATION = "digest-confirmation";

    private final DigestStore store;
    private final DigestReplies replies;
    private final Outbox outbox;
    private final EventLog events;
    private final Company company;
    private final String from;
    private final Clock clock;

    /** @param from the confirmation's sender: the bot's own address, so an answer to it comes back */
    public EmailDigestReplies(DigestStore store, DigestReplies replies, Outbox outbox, EventLog events,
                              Company company, String from, Clock clock) {
        this.store = store;
        this.replies = replies;
        this.outbox = outbox;
        this.events = events;
        this.company = company;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public boolean isDigestMessage(Handle h, String messageId) {
        return messageId != null && digestOf(h, messageId).isPresent();
    }

    @Override
    public Result handle(Handle h, Reply reply) {
        if (reply.refusal() != null) {
            return refused(h, reply, reply.refusal(), reply.detail());
        }
        Optional<Digest> digest = reply.repliedTo().stream().map(id -> digestOf(h, id)).flatMap(Optional::stream)
                .findFirst();
        if (digest.isEmpty() && reply.token() != null) {
            digest = store.byToken(h, reply.token());
            if (digest.isEmpty()) {
                return refused(h, reply, "unknown_token", "no digest has the token #" + reply.token());
            }
        }
        if (digest.isEmpty()) {
            String summary = "reply from " + reply.from() + " to one of our messages, not a digest: left for a person";
            events.append(h, new Event(clock.instant(), "relance", "email", "mail.not_handled", null, null, null,
                    summary + details(reply)));
            return new Result("not_handled.trusted-reply", summary);
        }
        LocalDate today = LocalDate.now(clock.withZone(company.timezone()));
        Digest d = digest.get();
        if (d.day().isBefore(today.minusDays(MAX_AGE_DAYS))) {
            return refused(h, reply, "expired", "the digest #" + d.token() + " of " + d.day() + " is more than "
                    + MAX_AGE_DAYS + " days old");
        }
        if (reply.messageId() != null && alreadyApplied(h, reply.messageId())) {
            // The same reply again under another encoding or path: the mailbox's body hash differs, its id does not.
            return new Result("duplicate", "reply " + reply.messageId() + " from " + reply.from()
                    + " was already applied to digest #" + d.token());
        }
        ReplyResult result = replies.apply(h, d.id(), reply.text(), new Actor(reply.from(), Channel.EMAIL));
        if (reply.messageId() != null) {
            h.createUpdate("""
                    INSERT INTO digest_replies (message_id, digest_id, sender, applied_at)
                    VALUES (:m, :d, :s, :at)""")
                    .bind("m", reply.messageId()).bind("d", d.id()).bind("s", reply.from())
                    .bind("at", clock.instant().toString()).execute();
        }
        Locale locale = company.locale();
        outbox.queue(h, confirmation(reply, result.confirmation(locale)), (Long) null);
        long done = result.outcomes().stream().filter(o -> o.ok()).count();
        long refusedCount = result.outcomes().size() - done;
        long unread = result.lines().stream().filter(l -> (l.problem() != null && !ReplyResult.HELP.equals(l.problem()))
                || !l.hints().isEmpty()).count();
        String summary = "reply from " + reply.from() + " to digest #" + d.token() + ": " + done + " decision(s) taken, "
                + refusedCount + " refused, " + unread + " line(s) not understood";
        events.append(h, new Event(clock.instant(), reply.from(), "email", APPLIED, null, null, null,
                summary + details(reply)));
        return new Result(APPLIED, summary);
    }

    private static boolean alreadyApplied(Handle h, String messageId) {
        return h.createQuery("SELECT COUNT(*) FROM digest_replies WHERE message_id = :m")
                .bind("m", messageId).mapTo(Integer.class).one() > 0;
    }

    private Optional<Digest> digestOf(Handle h, String messageId) {
        Optional<Digest> found = store.byMessageId(h, messageId);
        if (found.isEmpty()) {
            String bare = messageId.strip().replaceAll("^<|>$", "");
            found = store.byMessageId(h, "<" + bare + ">").or(() -> store.byMessageId(h, bare));
        }
        return found;
    }

    private OutgoingMail confirmation(Reply reply, String text) {
        String subject = reply.subject() == null || reply.subject().isBlank() ? "Relance" : reply.subject().strip();
        if (!subject.regionMatches(true, 0, "re:", 0, 3)) {
            subject = "Re: " + subject;
        }
        List<String> references = new ArrayList<>(reply.repliedTo());
        Optional<String> inReplyTo = Optional.ofNullable(reply.messageId());
        inReplyTo.ifPresent(references::add);
        return new OutgoingMail(from, List.of(reply.from()), List.of(), List.of(), subject, text + "\n",
                Optional.empty(), List.of(), inReplyTo, references, CONFIRMATION);
    }

    private Result refused(Handle h, Reply reply, String code, String why) {
        String summary = "reply to the digest from " + reply.from() + " refused (" + code + "): " + why;
        events.append(h, new Event(clock.instant(), reply.from() == null ? "unknown" : reply.from(), "email", REFUSED,
                null, null, null, summary + details(reply)));
        return new Result(REFUSED, summary);
    }

    private static String details(Reply reply) {
        return " [" + (reply.messageId() == null ? "no Message-ID" : reply.messageId())
                + (reply.subject() == null ? "" : ", subject " + reply.subject()) + "]";
    }
}
