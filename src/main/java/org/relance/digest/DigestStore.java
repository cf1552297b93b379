package org.relance.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Money;

/**
 * The stored digests and their numbered items (tables digests, digest_items, digest_item_members,
 * digest_slack_messages), and where each was posted. Every method joins the caller's transaction; thread-safe.
 */
public final class DigestStore {

    /** Base32 without padding (RFC 4648): no 0/1/8/9, nothing to confuse when typed back from a subject line. */
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** 8 characters of base32 = 40 random bits: unguessable for a token that only names a digest. */
    static final int TOKEN_LENGTH = 8;

    private final EventLog events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public DigestStore(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Kept for callers of the skeleton; the wired store ({@code App.digests()}) takes the application's clock. */
    public DigestStore() {
        this(new EventLog(), Clock.systemUTC());
    }

    /**
     * Stores a new digest with its items under a fresh token (event {@code digest.built}).
     *
     * @param scheduled built by the daily schedule rather than on demand
     */
    public Digest save(Handle h, LocalDate day, boolean scheduled, List<DigestItem> items, DigestDetails details) {
        String token = freshToken(h);
        Instant now = clock.instant();
        long id = h.createUpdate("""
                INSERT INTO digests (day, token, built_at, details, scheduled)
                VALUES (:day, :token, :at, :details, :scheduled)""")
                .bind("day", day.toString())
                .bind("token", token)
                .bind("at", now.toString())
                .bind("details", write(details))
                .bind("scheduled", scheduled)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (DigestItem item : items) {
            long itemId = h.createUpdate("""
                    INSERT INTO digest_items (digest_id, position, customer, step, channel, amount_minor, currency,
                        days_overdue, interest_minor, indemnity_minor, preview)
                    VALUES (:digest, :position, :customer, :step, :channel, :amount, :currency, :days, :interest,
                        :indemnity, :preview)""")
                    .bind("digest", id)
                    .bind("position", item.position())
                    .bind("customer", item.customer())
                    .bind("step", item.step())
                    .bind("channel", item.channel())
                    .bind("amount", item.amountDue().toMinor())
                    .bind("currency", item.amountDue().currency().getCurrencyCode())
                    .bind("days", item.daysOverdue())
                    .bind("interest", item.lateInterest() == null ? null : item.lateInterest().toMinor())
                    .bind("indemnity", item.recoveryIndemnity() == null ? null : item.recoveryIndemnity().toMinor())
                    .bind("preview", item.preview())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int member = 0;
            for (DigestItem.Member m : item.members()) {
                h.createUpdate("""
                        INSERT INTO digest_item_members (item_id, member, invoice, reminder_id)
                        VALUES (:item, :member, :invoice, :reminder)""")
                        .bind("item", itemId).bind("member", member++).bind("invoice", m.invoice())
                        .bind("reminder", m.reminderId())
                        .execute();
            }
        }
        events.append(h, new Event(now, "relance", "system", "digest.built", null, null, null,
                "digest " + token + " of " + day + ": " + items.size() + " item(s)"
                        + (details.rest().count() > 0 ? " shown, " + details.rest().count() + " more counted" : "")));
        return new Digest(id, token, day, items, details);
    }

    /** The day's digest (the latest, when it was built more than once). */
    public Optional<Digest> forDay(Handle h, LocalDate day) {
        return h.createQuery("SELECT id FROM digests WHERE day = :day ORDER BY id DESC")
                .bind("day", day.toString()).mapTo(Long.class).findFirst()
                .flatMap(id -> byId(h, id));
    }

    public Optional<Digest> byId(Handle h, long id) {
        return h.createQuery("SELECT id, token, day, details FROM digests WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Header(rs.getLong("id"), rs.getString("token"),
                        LocalDate.parse(rs.getString("day")), rs.getString("details")))
                .findOne()
                .map(header -> new Digest(header.id, header.token, header.day, items(h, header.id),
                        read(header.details)));
    }

    /** The digest a reply names by the {@code #TOKEN} of its subject (case-insensitive). */
    public Optional<Digest> byToken(Handle h, String token) {
        return h.createQuery("SELECT id FROM digests WHERE token = :token")
                .bind("token", token.strip().toUpperCase(java.util.Locale.ROOT)).mapTo(Long.class).findOne()
                .flatMap(id -> byId(h, id));
    }

    /** The digest a reply answers by its {@code In-Reply-To}: the Message-ID its email was sent with. */
    public Optional<Digest> byMessageId(Handle h, String messageId) {
        return h.createQuery("SELECT id FROM digests WHERE email_message_id = :m")
                .bind("m", messageId).mapTo(Long.class).findOne()
                .flatMap(id -> byId(h, id));
    }

    /** The item numbered {@code position} of a digest (what "approve 3" in a reply names). */
    public Optional<DigestItem> item(Handle h, long digestId, int position) {
        return items(h, digestId, "i.digest_id = :digest AND i.position = :position",
                Map.of("digest", digestId, "position", position)).stream().findFirst();
    }

    /** The most recent digest item that showed this reminder. */
    public Optional<DigestItem> itemForReminder(Handle h, long reminderId) {
        return h.createQuery("""
                SELECT i.id FROM digest_item_members m JOIN digest_items i ON i.id = m.item_id
                WHERE m.reminder_id = :r ORDER BY i.digest_id DESC, i.id DESC""")
                .bind("r", reminderId).mapTo(Long.class).findFirst()
                .flatMap(itemId -> items(h, null, "i.id = :item", Map.of("item", itemId)).stream().findFirst());
    }

    /** The id of the digest an item belongs to, for a listener that has the item from {@link #itemForReminder}. */
    public Optional<Long> digestOfReminder(Handle h, long reminderId) {
        return h.createQuery("""
                SELECT i.digest_id FROM digest_item_members m JOIN digest_items i ON i.id = m.item_id
                WHERE m.reminder_id = :r ORDER BY i.digest_id DESC""")
                .bind("r", reminderId).mapTo(Long.class).findFirst();
    }

    /**
     * Records the Slack messages a digest was posted as (first ts = the thread for the day's notifications), with
     * event {@code digest.posted}. Recording the same digest again changes nothing.
     */
    public void recordSlackPost(Handle h, long digestId, String channel, List<String> ts) {
        if (ts.isEmpty()) {
            throw new IllegalArgumentException("a Slack post has at least one message");
        }
        Instant now = clock.instant();
        int changed = h.createUpdate("""
                UPDATE digests SET slack_channel = :channel, slack_ts = :ts, slack_posted_at = :at
                WHERE id = :id AND slack_ts IS NULL""")
                .bind("channel", channel).bind("ts", ts.get(0)).bind("at", now.toString()).bind("id", digestId)
                .execute();
        if (changed == 0) {
            return;
        }
        for (int part = 0; part < ts.size(); part++) {
            h.createUpdate("INSERT INTO digest_slack_messages (digest_id, part, ts) VALUES (:d, :p, :ts)")
                    .bind("d", digestId).bind("p", part).bind("ts", ts.get(part)).execute();
        }
        events.append(h, new Event(now, "relance", "slack", "digest.posted", null, null, null,
                "digest #" + digestId + " posted to " + channel + ", thread " + ts.get(0)));
    }

    /**
     * Records one more message of a digest already recorded by {@link #recordSlackPost} (a split digest is recorded
     * message by message, so a failure halfway resumes after the last one posted). Recording a part again changes
     * nothing.
     */
    public void recordSlackPart(Handle h, long digestId, int part, String ts) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM digest_slack_messages WHERE digest_id = :d AND part = :p")
                .bind("d", digestId).bind("p", part).mapTo(Integer.class).one() > 0;
        if (!known) {
            h.createUpdate("INSERT INTO digest_slack_messages (digest_id, part, ts) VALUES (:d, :p, :ts)")
                    .bind("d", digestId).bind("p", part).bind("ts", ts).execute();
        }
    }

    /** Where this digest was posted in Slack, if it was. */
    public Optional<SlackThread> slackPost(Handle h, long digestId) {
        return h.createQuery("SELECT slack_channel, slack_ts FROM digests WHERE id = :id AND slack_ts IS NOT NULL")
                .bind("id", digestId)
                .map((rs, ctx) -> new SlackThread(rs.getString("slack_channel"), rs.getString("slack_ts")))
                .findOne();
    }

    /** Every message ts of this digest's Slack post, in order. */
    public List<String> slackMessages(Handle h, long digestId) {
        return h.createQuery("SELECT ts FROM digest_slack_messages WHERE digest_id = :d ORDER BY part")
                .bind("d", digestId).mapTo(String.class).list();
    }

    /** Where the day's digest was posted in Slack, if it was: the first post of the day is the day's thread. */
    public Optional<SlackThread> slackThread(Handle h, LocalDate day) {
        return h.createQuery("""
                SELECT slack_channel, slack_ts FROM digests WHERE day = :day AND slack_ts IS NOT NULL
                ORDER BY slack_posted_at, id""")
                .bind("day", day.toString())
                .map((rs, ctx) -> new SlackThread(rs.getString("slack_channel"), rs.getString("slack_ts")))
                .findFirst();
    }

    /** Records the Message-ID the digest was emailed with (a reply finds it by its In-Reply-To). */
    public void recordEmail(Handle h, long digestId, String messageId) {
        Instant now = clock.instant();
        int changed = h.createUpdate("""
                UPDATE digests SET email_message_id = :m, emailed_at = :at WHERE id = :id AND email_message_id IS NULL""")
                .bind("m", messageId).bind("at", now.toString()).bind("id", digestId).execute();
        if (changed > 0) {
            events.append(h, new Event(now, "relance", "email", "digest.emailed", null, null, null,
                    "digest #" + digestId + " emailed as " + messageId));
        }
    }

    /** The Message-ID the digest was emailed with, once {@link #recordEmail} recorded it. */
    public Optional<String> emailMessageId(Handle h, long digestId) {
        return h.createQuery("SELECT email_message_id FROM digests WHERE id = :id AND email_message_id IS NOT NULL")
                .bind("id", digestId).mapTo(String.class).findOne();
    }

    /** Every publisher has had this digest: the schedule is done for its day. */
    public void markPublished(Handle h, long digestId) {
        Instant now = clock.instant();
        int changed = h.createUpdate("UPDATE digests SET published_at = :at WHERE id = :id AND published_at IS NULL")
                .bind("at", now.toString()).bind("id", digestId).execute();
        if (changed > 0) {
            events.append(h, new Event(now, "relance", "system", "digest.published", null, null, null,
                    "digest #" + digestId + ": the day's scheduled digest"));
        }
    }

    /** The day's scheduled digest, if the schedule built one (published or not). */
    public Optional<Scheduled> scheduledFor(Handle h, LocalDate day) {
        return h.createQuery("""
                SELECT id, published_at FROM digests WHERE day = :day AND scheduled = TRUE ORDER BY id""")
                .bind("day", day.toString())
                .map((rs, ctx) -> new Scheduled(rs.getLong("id"), rs.getString("published_at") != null))
                .findFirst();
    }

    /** A digest the schedule built; {@code published}: every publisher had it. */
    public record Scheduled(long digestId, boolean published) {
    }

    /** The latest day before {@code day} that had a digest, and when that digest was built: what "since" means. */
    public Optional<Previous> previous(Handle h, LocalDate day) {
        return h.createQuery("SELECT day, built_at FROM digests WHERE day < :day ORDER BY day DESC, id DESC")
                .bind("day", day.toString())
                .map((rs, ctx) -> new Previous(LocalDate.parse(rs.getString("day")),
                        Instant.parse(rs.getString("built_at"))))
                .findFirst();
    }

    public record Previous(LocalDate day, Instant builtAt) {
    }

    private record Header(long id, String token, LocalDate day, String details) {
    }

    private List<DigestItem> items(Handle h, long digestId) {
        return items(h, digestId, "i.digest_id = :digest", Map.of("digest", digestId));
    }

    private List<DigestItem> items(Handle h, Long digestId, String where, Map<String, Object> binds) {
        record Row(long id, int position, String customer, String step, String channel, Money amount, int days,
                   Money interest, Money indemnity, String preview) {
        }
        var query = h.createQuery("""
                SELECT i.* FROM digest_items i WHERE %s ORDER BY i.position""".formatted(where));
        binds.forEach(query::bind);
        List<Row> rows = query.map((rs, ctx) -> {
            Currency currency = Currency.getInstance(rs.getString("currency"));
            long interest = rs.getLong("interest_minor");
            Money interestMoney = rs.wasNull() ? null : Money.ofMinor(interest, currency);
            long indemnity = rs.getLong("indemnity_minor");
            Money indemnityMoney = rs.wasNull() ? null : Money.ofMinor(indemnity, currency);
            return new Row(rs.getLong("id"), rs.getInt("position"), rs.getString("customer"), rs.getString("step"),
                    rs.getString("channel"), Money.ofMinor(rs.getLong("amount_minor"), currency),
                    rs.getInt("days_overdue"), interestMoney, indemnityMoney, rs.getString("preview"));
        }).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DigestItem.Member>> members = new LinkedHashMap<>();
        var memberQuery = h.createQuery("""
                SELECT m.item_id, m.invoice, m.reminder_id FROM digest_item_members m
                JOIN digest_items i ON i.id = m.item_id WHERE %s ORDER BY m.item_id, m.member""".formatted(where));
        binds.forEach(memberQuery::bind);
        memberQuery.map((rs, ctx) -> Map.entry(rs.getLong("item_id"),
                        new DigestItem.Member(rs.getString("invoice"), rs.getLong("reminder_id"))))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<DigestItem> items = new ArrayList<>();
        for (Row r : rows) {
            items.add(new DigestItem(r.position, members.getOrDefault(r.id, List.of()), r.customer, r.step, r.channel,
                    r.amount, r.days, r.interest, r.indemnity, r.preview));
        }
        return items;
    }

    private String freshToken(Handle h) {
        while (true) {
            char[] token = new char[TOKEN_LENGTH];
            for (int i = 0; i < token.length; i++) {
                token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String candidate = new String(token);
            boolean taken = h.createQuery("SELECT COUNT(*) FROM digests WHERE token = :t")
                    .bind("t", candidate).mapTo(Integer.class).one() > 0;
            if (!taken) {
                return candidate;
            }
        }
    }

    private String write(DigestDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("digest details cannot be written as JSON", e);
        }
    }

    private DigestDetails read(String text) {
        try {
            return json.readValue(text, DigestDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored digest details cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
