package org.relance.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The watcher's memory in the ledger: per folder the UIDVALIDITY and last UID handled, and every handled message. */
final class MailboxCheckpoints {

    /** Where reading a folder stopped. */
    record Checkpoint(long uidValidity, long lastUid) {
    }

    /** One handled message; {@code targetFolder} is null when it stays in place. */
    record Handled(long id, long uid, String messageId, String bodyHash, String outcome, String targetFolder,
                   boolean settled) {
    }

    private final Clock clock;

    MailboxCheckpoints(Clock clock) {
        this.clock = clock;
    }

    Optional<Checkpoint> load(Handle h, String folder) {
        return h.createQuery("SELECT uidvalidity, last_uid FROM mailbox_state WHERE folder = :f")
                .bind("f", folder)
                .map((rs, ctx) -> new Checkpoint(rs.getLong("uidvalidity"), rs.getLong("last_uid")))
                .findOne();
    }

    void save(Handle h, String folder, Checkpoint checkpoint) {
        int updated = h.createUpdate("""
                UPDATE mailbox_state SET uidvalidity = :v, last_uid = :u, updated_at = :at WHERE folder = :f""")
                .bind("f", folder).bind("v", checkpoint.uidValidity()).bind("u", checkpoint.lastUid())
                .bind("at", clock.instant().toString())
                .execute();
        if (updated == 0) {
            h.createUpdate("""
                    INSERT INTO mailbox_state (folder, uidvalidity, last_uid, updated_at) VALUES (:f, :v, :u, :at)""")
                    .bind("f", folder).bind("v", checkpoint.uidValidity()).bind("u", checkpoint.lastUid())
                    .bind("at", clock.instant().toString())
                    .execute();
        }
    }

    Optional<Handled> find(Handle h, String folder, long uidValidity, long uid) {
        return h.createQuery(SELECT + " WHERE folder = :f AND uidvalidity = :v AND uid = :u")
                .bind("f", folder).bind("v", uidValidity).bind("u", uid)
                .map((rs, ctx) -> handled(rs))
                .findOne();
    }

    /** The first handling of the same message (same Message-ID and content) under any UID, if any. */
    Optional<Handled> sameMessage(Handle h, String messageId, String bodyHash) {
        if (messageId == null) {
            return h.createQuery(SELECT + " WHERE message_id IS NULL AND body_hash = :b ORDER BY id LIMIT 1")
                    .bind("b", bodyHash)
                    .map((rs, ctx) -> handled(rs))
                    .findOne();
        }
        return h.createQuery(SELECT + " WHERE message_id = :m AND body_hash = :b ORDER BY id LIMIT 1")
                .bind("m", messageId).bind("b", bodyHash)
                .map((rs, ctx) -> handled(rs))
                .findOne();
    }

    /** Messages whose effect is committed but whose move to their folder was not done yet. */
    List<Handled> unsettled(Handle h, String folder, long uidValidity) {
        return h.createQuery(SELECT + """
                 WHERE folder = :f AND uidvalidity = :v AND target_folder IS NOT NULL AND settled_at IS NULL
                 ORDER BY uid""")
                .bind("f", folder).bind("v", uidValidity)
                .map((rs, ctx) -> handled(rs))
                .list();
    }

    long record(Handle h, String folder, long uidValidity, long uid, String messageId, String bodyHash,
                String outcome, String reason, String targetFolder) {
        return h.createUpdate("""
                INSERT INTO processed_messages
                    (folder, uidvalidity, uid, message_id, body_hash, outcome, reason, target_folder, processed_at,
                     settled_at)
                VALUES (:f, :v, :u, :m, :b, :o, :r, :t, :at, :settled)""")
                .bind("f", folder).bind("v", uidValidity).bind("u", uid).bind("m", messageId).bind("b", bodyHash)
                .bind("o", outcome).bind("r", reason).bind("t", targetFolder)
                .bind("at", clock.instant().toString())
                // A message that stays where it is has nothing left to do.
                .bind("settled", targetFolder == null ? clock.instant().toString() : null)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    void settle(Handle h, long id) {
        h.createUpdate("UPDATE processed_messages SET settled_at = :at WHERE id = :id")
                .bind("id", id).bind("at", clock.instant().toString())
                .execute();
    }

    private static final String SELECT =
            "SELECT id, uid, message_id, body_hash, outcome, target_folder, settled_at FROM processed_messages ";

    private static Handled handled(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Handled(rs.getLong("id"), rs.getLong("uid"), rs.getString("message_id"), rs.getString("body_hash"),
                rs.getString("outcome"), rs.getString("target_folder"), rs.getString("settled_at") != null);
    }
}
