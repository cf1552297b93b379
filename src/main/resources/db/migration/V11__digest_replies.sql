-- Answers to the digest taken by email (digest.EmailDigestReplies): one row per reply Message-ID, written in the
-- transaction that applies it, so the same reply delivered again (even re-encoded, with other Received headers)
-- acts once and is confirmed once.
CREATE TABLE digest_replies (
    message_id  TEXT    PRIMARY KEY,
    digest_id   BIGINT  NOT NULL REFERENCES digests (id),
    sender      TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL
);
