package org.relance.digest;

import java.util.List;
import java.util.Optional;
import org.relance.ledger.Ledger;
import org.relance.mail.Outbox;
import org.relance.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails a digest to {@code digest.emailTo}: one message queued in the outbox (the send loop sends it; team mail is
 * not bound by the send window) and its Message-ID recorded on the digest in the same transaction, so a reply's
 * In-Reply-To finds it. A digest already emailed queues nothing. Thread-safe (the store's transaction serialises).
 */
public final class EmailDigestPublisher implements DigestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDigestPublisher.class);

    private final Ledger ledger;
    private final DigestStore store;
    private final Outbox outbox;
    private final DigestEmail email;
    private final String from;
    private final List<String> to;

    /**
     * @param from the bot's address ({@code mail.botAddress}, else the company's): a reply reaches the bot
     * @param to   {@code digest.emailTo}
     */
    public EmailDigestPublisher(Ledger ledger, DigestStore store, Outbox outbox, DigestEmail email, String from,
                                List<String> to) {
        this.ledger = ledger;
        this.store = store;
        this.outbox = outbox;
        this.email = email;
        this.from = from;
        this.to = List.copyOf(to);
        if (this.to.isEmpty()) {
            throw new IllegalArgumentException("the email digest needs at least one recipient (digest.emailTo)");
        }
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public synchronized void publish(Digest digest) {
        Optional<DigestEmail.Rendered> rendered = email.render(digest);
        if (rendered.isEmpty()) {
            // digest.whenEmpty: off — an empty digest sends nothing.
            return;
        }
        DigestEmail.Rendered r = rendered.get();
        OutgoingMail mail = new OutgoingMail(from, to, List.of(), List.of(), r.subject(), r.text(),
                Optional.of(r.html()), List.of(), Optional.empty(), List.of(), OutgoingMail.DIGEST);
        Optional<String> queued = ledger.inTransaction(h -> {
            if (store.emailMessageId(h, digest.id()).isPresent()) {
                return Optional.<String>empty();
            }
            String messageId = outbox.queue(h, mail, (Long) null).messageId();
            store.recordEmail(h, digest.id(), messageId);
            return Optional.of(messageId);
        });
        queued.ifPresent(id -> LOG.info("digest {} queued by email to {} as {}", digest.token(), String.join(", ", to),
                id));
    }
}
