package org.relance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.relance.config.Mail;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.StoredFiles;

/**
 * Handles one incoming message: routes it, applies its effect and records it as handled in one transaction, and
 * says where the message must go afterwards. Reading documents happens before the transaction. Thread-safe.
 */
final class MessageProcessor {

    /** What became of a message: its outcome on record, and the folder it moves to (null: it stays). */
    record Handled(String outcome, String reason, String targetFolder) {
    }

    private final Ledger ledger;
    private final MailboxCheckpoints checkpoints;
    private final EventLog events;
    private final MessageRouter router;
    private final Supplier<DocumentImport> documents;
    private final Optional<BankMailIntake> bank;
    private final Optional<CustomerReplies> replies;
    private final Optional<DigestReplyIntake> digestReplies;
    private final Mail mail;
    private final Clock clock;
    private final java.util.function.LongConsumer beforeRecord;
    private final Session parsing = Session.getInstance(new Properties());

    MessageProcessor(Ledger ledger, MailboxCheckpoints checkpoints, EventLog events, MessageRouter router,
                     Supplier<DocumentImport> documents, Optional<BankMailIntake> bank,
                     Optional<CustomerReplies> replies, Optional<DigestReplyIntake> digestReplies, Mail mail,
                     Clock clock, java.util.function.LongConsumer beforeRecord) {
        this.digestReplies = digestReplies;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.events = events;
        this.router = router;
        this.documents = documents;
        this.bank = bank;
        this.replies = replies;
        this.mail = mail;
        this.clock = clock;
        this.beforeRecord = beforeRecord;
    }

    /** Handles message {@code m} of {@code folder}; the checkpoint moves past its UID in the same transaction. */
    Handled process(String folder, long uidValidity, InboundMessage m) {
        String hash = hashOf(m, m.raw());
        Optional<MailboxCheckpoints.Handled> before = ledger.read(h -> checkpoints.sameMessage(h, m.messageId(), hash));
        if (before.isPresent()) {
            // Seen under another UID (a UIDVALIDITY change, a second delivery): its effect is already on record.
            MailboxCheckpoints.Handled first = before.get();
            return commit(folder, uidValidity, m, hash, h -> new Handled("duplicate",
                    "same message as UID " + first.uid() + " (" + first.outcome() + ")", first.targetFolder()));
        }
        MimeShape shape = null;
        if (m.downloaded()) {
            try {
                MimeMessage parsed = new MimeMessage(parsing, new ByteArrayInputStream(m.raw()));
                shape = MimeShape.of(parsed, m.raw(), mail.limits().maxMimeDepth(), mail.limits().maxMimeParts());
            } catch (MessagingException e) {
                return quarantine(folder, uidValidity, m, hash, "unreadable message: " + e.getMessage());
            }
        }
        String name = "mail-" + uidValidity + "-" + m.uid() + ".eml";
        MessageRouter.Route route = router.route(m, shape, this::isOurMessage, this::isDigestMessage,
                message -> bank.flatMap(b -> b.forwardedNotification(name, message.raw())));
        if (route instanceof MessageRouter.Route.Invoice) {
            DocumentImport.Prepared prepared = documents.get().prepare(name, m.raw());
            if (prepared instanceof DocumentImport.Prepared.Refused refused) {
                return quarantine(folder, uidValidity, m, hash, "invoice not imported: " + refused.outcome().reason());
            }
            DocumentImport.Prepared.Ready ready = (DocumentImport.Prepared.Ready) prepared;
            return commit(folder, uidValidity, m, hash, h -> {
                DocumentImport.Outcome.Imported imported = documents.get().storeFromMail(h, ready, m.from());
                if (imported.change() == InvoiceStore.Change.HELD) {
                    // A mail never changes a stored invoice: the difference is on record, a person decides.
                    String reason = String.join("; ", imported.notes());
                    quarantined(h, m, reason);
                    return new Handled("quarantined", reason, mail.quarantineFolder());
                }
                if (imported.change() != InvoiceStore.Change.UNCHANGED) {
                    bank.ifPresent(b -> b.invoicesChanged(h, m.from()));
                }
                return new Handled("invoice." + imported.change().name().toLowerCase(java.util.Locale.ROOT),
                        "invoice " + imported.number() + (imported.notes().isEmpty() ? ""
                                : " (" + String.join("; ", imported.notes()) + ")"), mail.processedFolder());
            });
        }
        if (route instanceof MessageRouter.Route.BankNotification notification) {
            if (bank.isEmpty()) {
                return left(folder, uidValidity, m, hash, "not_handled.bank",
                        "bank notification: payments from email are not handled yet");
            }
            return commit(folder, uidValidity, m, hash, h -> {
                BankMailIntake.Result result = bank.get().record(h, name, m.raw(), m.from(),
                        notification.unverified());
                if (result.unreadable()) {
                    quarantined(h, m, result.summary());
                    return new Handled("quarantined", result.summary(), mail.quarantineFolder());
                }
                return new Handled("bank.recorded", result.summary(), mail.processedFolder());
            });
        }
        if (route instanceof MessageRouter.Route.CustomerReply reply) {
            String kind = reply.automatic() ? "automatic reply" : "reply";
            if (replies.isEmpty()) {
                return left(folder, uidValidity, m, hash, "not_handled.customer-reply",
                        kind + " from " + m.from() + " to a message of ours: customer replies are not handled here");
            }
            return commit(folder, uidValidity, m, hash, h -> {
                CustomerReplies.Result result = replies.get().record(h, m, reply.repliedTo(), reply.automatic());
                if (result.invoiceIds().isEmpty()) {
                    // Not one of our reminders (a digest forwarded to a customer, say): left for a person, as before.
                    events.append(h, event("mail.not_handled", m, result.summary()));
                    return new Handled("not_handled.customer-reply", result.summary(), null);
                }
                return new Handled(reply.automatic() ? "customer.auto_reply" : "customer.replied", result.summary(),
                        mail.processedFolder());
            });
        }
        if (route instanceof MessageRouter.Route.DigestReply answer) {
            if (digestReplies.isEmpty()) {
                return left(folder, uidValidity, m, hash, "not_handled.digest-reply",
                        "reply to the digest from " + m.from() + ": digest replies are not handled here");
            }
            // Nothing a refused sender wrote is read, let alone parsed.
            String text = answer.refusal() == null ? ReplyBody.of(m.raw()) : "";
            DigestReplyIntake.Reply reply = new DigestReplyIntake.Reply(m.from(), m.messageId(), m.subject(),
                    answer.repliedTo(), answer.token(), text, answer.refusal(), answer.detail());
            return commit(folder, uidValidity, m, hash, h -> {
                DigestReplyIntake.Result result = digestReplies.get().handle(h, reply);
                String target = result.applied() || "duplicate".equals(result.outcome()) ? mail.processedFolder()
                        : MessageRouter.Route.DigestReply.NOT_AUTHENTICATED.equals(answer.refusal())
                        ? mail.quarantineFolder() : null;
                return new Handled(result.outcome(), result.summary(), target);
            });
        }
        if (route instanceof MessageRouter.Route.NotHandledYet later) {
            return left(folder, uidValidity, m, hash, "not_handled." + later.kind(), later.reason());
        }
        if (route instanceof MessageRouter.Route.Quarantine q) {
            return quarantine(folder, uidValidity, m, hash, q.reason());
        }
        return commit(folder, uidValidity, m, hash,
                h -> new Handled("ignored", ((MessageRouter.Route.Ignore) route).reason(), null));
    }

    /** Quarantines a message whose handling failed unexpectedly, so the ones after it are not held up. */
    Handled quarantineUnexpected(String folder, long uidValidity, InboundMessage m, byte[] raw, String reason) {
        return quarantine(folder, uidValidity, m, hashOf(m, raw), reason);
    }

    /** The content hash; for a message too large to download, a hash of what identifies it. */
    private static String hashOf(InboundMessage m, byte[] raw) {
        return raw != null ? StoredFiles.sha256(raw) : "headers:" + StoredFiles.sha256(
                (m.messageId() + "|" + m.from() + "|" + m.size()).getBytes(StandardCharsets.UTF_8));
    }

    private Handled left(String folder, long uidValidity, InboundMessage m, String hash, String outcome, String reason) {
        return commit(folder, uidValidity, m, hash, h -> {
            events.append(h, event("mail.not_handled", m, reason));
            return new Handled(outcome, reason, null);
        });
    }

    private Handled quarantine(String folder, long uidValidity, InboundMessage m, String hash, String reason) {
        return commit(folder, uidValidity, m, hash, h -> {
            quarantined(h, m, reason);
            return new Handled("quarantined", reason, mail.quarantineFolder());
        });
    }

    private void quarantined(Handle h, InboundMessage m, String reason) {
        events.append(h, event("mail.quarantined", m, reason));
    }

    private Event event(String kind, InboundMessage m, String reason) {
        String details = reason + " [uid " + m.uid() + (m.messageId() == null ? "" : ", " + m.messageId())
                + (m.from() == null ? "" : ", from " + m.from()) + "]";
        return new Event(clock.instant(), "relance", "email", kind, null, null, null, details);
    }

    private Handled commit(String folder, long uidValidity, InboundMessage m, String hash,
                           Function<Handle, Handled> effect) {
        return ledger.inTransaction(h -> {
            Handled handled = effect.apply(h);
            beforeRecord.accept(m.uid());
            checkpoints.record(h, folder, uidValidity, m.uid(), m.messageId(), hash, handled.outcome(),
                    handled.reason(), handled.targetFolder());
            long last = checkpoints.load(h, folder).map(MailboxCheckpoints.Checkpoint::lastUid).orElse(0L);
            checkpoints.save(h, folder, new MailboxCheckpoints.Checkpoint(uidValidity, Math.max(last, m.uid())));
            return handled;
        });
    }

    /** Whether a Message-ID is a digest's email: its answers are digest replies, whoever sends them. */
    private boolean isDigestMessage(String messageId) {
        return digestReplies.map(d -> ledger.read(h -> d.isDigestMessage(h, messageId))).orElse(false);
    }

    /** Whether the bot sent a message with this id (a reminder or a digest): replies to it are ours to read. */
    private boolean isOurMessage(String messageId) {
        return ledger.read(h -> Outbox.isOurs(h, messageId));
    }
}
