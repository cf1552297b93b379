-- Where each notification channel stands in the event log (feed.CursorStore).
-- pending_event_id: the event being delivered; still set at start-up means the bot stopped between delivering it
-- and saving the cursor, so it is skipped (never delivered twice).
CREATE TABLE feed_cursors (
    channel           TEXT    PRIMARY KEY,
    last_event_id     BIGINT  NOT NULL,
    pending_event_id  BIGINT,
    updated_at        TEXT    NOT NULL
);
-- A feed reads "kind IN (…) AND id > cursor": this index answers it without scanning other kinds.
CREATE INDEX events_kind_id ON events (kind, id);
