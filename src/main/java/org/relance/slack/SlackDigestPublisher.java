package org.relance.slack;

import java.util.List;
import java.util.Optional;
import org.relance.digest.Digest;
import org.relance.digest.DigestPublisher;
import org.relance.digest.DigestStore;
import org.relance.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a digest to {@code slack.channel} as {@link DigestView} renders it and records each message's ts in the store
 * (the first one is the day's thread). A digest already posted posts nothing; one whose posting failed halfway
 * resumes after the last message recorded. A crash between Slack's answer and the record may repeat that one
 * message. Thread-safe (one publication at a time).
 */
public final class SlackDigestPublisher implements DigestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SlackDigestPublisher.class);

    private final Ledger ledger;
    private final DigestStore store;
    private final SlackWeb web;
    private final String channel;
    private final DigestView view;

    public SlackDigestPublisher(Ledger ledger, DigestStore store, SlackWeb web, String channel, DigestView view) {
        this.ledger = ledger;
        this.store = store;
        this.web = web;
        this.channel = channel;
        this.view = view;
    }

    @Override
    public String name() {
        return "slack";
    }

    /** @throws SlackWeb.SlackException when Slack is unreachable or refuses a message (the caller retries later) */
    @Override
    public synchronized void publish(Digest digest) {
        List<SlackMessage> messages = view.messages(digest);
        if (messages.isEmpty()) {
            // digest.whenEmpty: off — an empty digest posts nothing.
            return;
        }
        List<String> posted = ledger.read(h -> store.slackMessages(h, digest.id()));
        if (posted.size() >= messages.size()) {
            return;
        }
        for (int part = posted.size(); part < messages.size(); part++) {
            String ts = web.post(channel, Optional.empty(), messages.get(part));
            int index = part;
            ledger.inTransaction(h -> {
                if (index == 0) {
                    store.recordSlackPost(h, digest.id(), channel, List.of(ts));
                } else {
                    store.recordSlackPart(h, digest.id(), index, ts);
                }
                return null;
            });
        }
        LOG.info("digest {} posted to Slack {} in {} message(s)", digest.token(), channel, messages.size());
    }
}
