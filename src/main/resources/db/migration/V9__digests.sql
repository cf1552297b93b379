-- The digests as they were built and shown: Slack and email decide against these stored items, never against a
-- fresh plan. A day may have several digests (a /relance digest later in the day): the latest is the day's; the
-- first one posted to Slack is the day's thread (slack_ts of the first message).
-- scheduled: built by the daily schedule (not on demand); published_at: every publisher has had it, so the
-- schedule never posts that day again, even after a restart.
-- details: the summary and the other sections (replies, matches, messages in review, the items not shown) as JSON,
-- a snapshot for display only.
CREATE TABLE digests (
    id                ${id},
    day               TEXT    NOT NULL,
    token             TEXT    NOT NULL UNIQUE,
    built_at          TEXT    NOT NULL,
    details           TEXT    NOT NULL,
    scheduled         BOOLEAN NOT NULL DEFAULT FALSE,
    published_at      TEXT,
    email_message_id  TEXT    UNIQUE,
    slack_channel     TEXT,
    slack_ts          TEXT,
    slack_posted_at   TEXT,
    emailed_at        TEXT
);
CREATE INDEX digests_day ON digests (day);
-- One numbered proposal: one message to one customer at one step; amounts in minor units of currency, as shown.
CREATE TABLE digest_items (
    id               ${id},
    digest_id        BIGINT  NOT NULL REFERENCES digests (id),
    position         INTEGER NOT NULL,
    customer         TEXT    NOT NULL,
    step             TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    amount_minor     BIGINT  NOT NULL,
    currency         TEXT    NOT NULL,
    days_overdue     INTEGER NOT NULL,
    interest_minor   BIGINT,
    indemnity_minor  BIGINT,
    preview          TEXT,
    UNIQUE (digest_id, position)
);
-- Each invoice of an item and the reminder shown for it; member 0 is the lead (the buttons' value).
CREATE TABLE digest_item_members (
    item_id      BIGINT  NOT NULL REFERENCES digest_items (id),
    member       INTEGER NOT NULL,
    invoice      TEXT    NOT NULL,
    reminder_id  BIGINT  NOT NULL REFERENCES reminders (id),
    PRIMARY KEY (item_id, member)
);
CREATE INDEX digest_item_members_reminder ON digest_item_members (reminder_id);
-- Every Slack message a digest was split into, in order (part 0 is digests.slack_ts).
CREATE TABLE digest_slack_messages (
    digest_id  BIGINT  NOT NULL REFERENCES digests (id),
    part       INTEGER NOT NULL,
    ts         TEXT    NOT NULL,
    PRIMARY KEY (digest_id, part)
);
