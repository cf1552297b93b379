package org.relance.digest;

import java.util.List;
import java.util.Optional;
import org.relance.ledger.Ledger;
import org.relance.mail.Outbox;
import org.relance.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails a digest to {@code digest.emailTo}: one message queued in the outbox with its Message-ID recorded on the
 * digest in the same transaction, so a reply's {@code In-Reply-To} finds it and a second publication of the same
 * digest queues nothing. The send loop sends it (team mail is not bound by the send window). Thread-safe.
 */
public final class EmailDigestPublisher implements DigestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDigestPublisher.class);

    private final Ledger ledger;
    private final DigestStore store;
    private final Outbox outbox;
    private final String from;
    private final List<String> to;
    private final DigestEmail email;
    private final boolean silentWhenEmpty;

    /**
     * @param from            the bot's own address ({@code mail.botAddress}): replies come back to the mailbox it watches
     * @param silentWhenEmpty {@code digest.whenEmpty: off}: an empty digest is not emailed
     */
    public EmailDigestPublisher(Ledger ledger, DigestStore store, Outbox outbox, String from, List<String> to,
                                DigestEmail email, boolean silentWhenEmpty) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("digest.emailTo is empty: nobody to email the digest to");
        }
        this.ledger = ledger;
        this.store = store;
        this.outbox = outbox;
        this.from = from;
        this.to = List.copyOf(to);
        this.email = email;
        this.silentWhenEmpty = silentWhenEmpty;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public synchronized void publish(Digest digest) {
        if (digest.isEmpty() && silentWhenEmpty) {
            return;
        }
        DigestEmail.Rendered rendered = email.render(digest);
        Optional<String> queued = ledger.inTransaction(h -> {
            if (store.emailMessageId(h, digest.id()).isPresent()) {
                return Optional.<String>empty();
            }
            Outbox.Queued q = outbox.queue(h, new OutgoingMail(from, to, List.of(), List.of(), rendered.subject(),
                    rendered.text(), Optional.of(rendered.html()), List.of(), Optional.empty(), List.of(),
                    OutgoingMail.DIGEST), (Long) null);
            store.recordEmail(h, digest.id(), q.messageId());
            return Optional.of(q.messageId());
        });
        queued.ifPresent(id -> LOG.info("digest {} queued for {} as {}", digest.token(), String.join(", ", to), id));
    }
}
