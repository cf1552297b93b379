package org.relance.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jdbi.v3.core.Handle;
import org.relance.config.Mail;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.ReminderDesk;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.mail.SendReport.Handled;
import org.relance.mail.SendReport.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, once per call of {@link #runOnce}: resolves rows a crash left in {@code sending} from
 * the archive, then claims each queued row (only while every reminder it carries is approved and every invoice
 * open), sends it over SMTP, copies it to the archive and marks it sent. Not thread-safe: one run at a time per instance.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Actor SENDER = new Actor("relance", Channel.SYSTEM);
    /** A row claimed longer ago than this is a crash's leftover, not another sender's work in progress. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Transient failures tolerated before a message is given up as failed. */
    static final int MAX_ATTEMPTS = 8;

    private final Ledger ledger;
    private final ReminderDesk desk;
    private final EventLog events;
    private final Mail mail;
    private final ZoneId zone;
    private final Clock clock;
    private final boolean dryRun;
    private final CrashPoints crashPoints;
    private final Optional<ImapArchive> imapArchive;
    /** Consecutive runs refused by SMTP authentication, and when the next one may try again (no hammering). */
    private int authFailures;
    private Instant authRetryAt;
    private String authError;

    /**
     * @param dryRun      log and record what would be sent, send nothing (in addition to {@code mail.dryRun})
     * @param crashPoints {@link CrashPoints#NONE} outside tests
     */
    public OutboxSender(Ledger ledger, ReminderDesk desk, EventLog events, Mail mail, ZoneId zone, Clock clock,
                        boolean dryRun, CrashPoints crashPoints) {
        this.ledger = ledger;
        this.desk = desk;
        this.events = events;
        this.mail = mail;
        this.zone = zone;
        this.clock = clock;
        this.dryRun = dryRun || mail.dryRun();
        this.crashPoints = crashPoints;
        this.imapArchive = mail.imap().map(ImapArchive::new);
        if (!this.dryRun && mail.smtp().isEmpty()) {
            throw new IllegalArgumentException("sending needs mail.smtp");
        }
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** One pass over the outbox; never throws for a message's failure (that is in the report). */
    public SendReport runOnce() {
        return runOnce(() -> false);
    }

    /**
     * One pass over the outbox that stops before the next row once {@code stopping} says so (a shutdown): the message
     * in hand finishes, the rows not reached stay queued as they were, for the next run.
     */
    public SendReport runOnce(BooleanSupplier stopping) {
        return runOnce(stopping, purpose -> true);
    }

    /**
     * A pass over the queued messages of these purposes only (e.g. {@code relance digest} sending the digest it
     * queued, without sending the reminders waiting for the send loop).
     */
    public SendReport runOnce(BooleanSupplier stopping, java.util.function.Predicate<String> purposes) {
        List<Handled> handled = new ArrayList<>();
        if (!dryRun) {
            recover(handled);
        }
        Instant now = clock.instant();
        boolean windowOpen = SendWindows.isOpen(mail.sendWindow(), now, zone);
        int budget = mail.smtp().map(Mail.Smtp::maxPerMinute).orElse(Integer.MAX_VALUE) - sentSince(now.minusSeconds(60));
        String serverDown = null;
        // A refused login is a configuration error: nothing is claimed, every message stays queued as it was.
        String authFailed = authRetryAt != null && now.isBefore(authRetryAt)
                ? authError + "; next try at " + authRetryAt : null;
        try (Smtp smtp = dryRun ? null : new Smtp(mail.smtp().orElseThrow())) {
            for (Row row : queued()) {
                if (stopping.getAsBoolean()) {
                    break;
                }
                if (!purposes.test(row.purpose())) {
                    continue;
                }
                if (dryRun) {
                    // A dry run shows every queued message, saying when it would wait instead of hiding it.
                    String wait = row.nextAttemptAt() != null && now.isBefore(row.nextAttemptAt())
                            ? "next attempt at " + row.nextAttemptAt()
                            : row.isReminder() && !windowOpen ? "outside the send window"
                            : budget <= 0 ? "rate limit " + mail.smtp().map(Mail.Smtp::maxPerMinute).orElse(0)
                                    + " per minute" : null;
                    Handled shown = preview(row, wait);
                    handled.add(shown);
                    if (wait == null && shown.preview().isPresent()) {
                        budget--;
                    }
                } else if (row.nextAttemptAt() != null && now.isBefore(row.nextAttemptAt())) {
                    handled.add(row.handled(Outcome.DEFERRED_BACKOFF, "next attempt at " + row.nextAttemptAt()));
                } else if (row.isReminder() && !windowOpen) {
                    handled.add(row.handled(Outcome.DEFERRED_WINDOW, "outside the send window"));
                } else if (budget <= 0) {
                    handled.add(row.handled(Outcome.DEFERRED_RATE,
                            "rate limit " + mail.smtp().map(Mail.Smtp::maxPerMinute).orElse(0) + " per minute"));
                } else if (authFailed != null) {
                    handled.add(row.handled(Outcome.AUTH_FAILED, authFailed + "; left queued"));
                } else if (serverDown != null) {
                    handled.add(row.handled(Outcome.DEFERRED_BACKOFF, "SMTP server unavailable: " + serverDown));
                } else {
                    Attempt attempt = send(smtp, row);
                    handled.add(attempt.handled());
                    if (attempt.serverDown() != null) {
                        serverDown = attempt.serverDown();
                    }
                    if (attempt.authFailed() != null) {
                        authFailed = attempt.authFailed();
                        authRefused(authFailed);
                    } else if (smtp.loggedIn()) {
                        authFailures = 0;
                        authRetryAt = null;
                    }
                    if (attempt.handled().outcome() == Outcome.SENT) {
                        budget--;
                    }
                }
            }
        }
        return new SendReport(handled, authFailed == null ? Optional.empty()
                : Optional.of(authError + "; next try at " + authRetryAt));
    }

    /** Backs off after a refused login (1 min doubling, capped at 1 h), and says so loudly. */
    private void authRefused(String error) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(authFailures, 20));
        authFailures++;
        authRetryAt = clock.instant().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        authError = error;
        LOG.error("{}: nothing sent, every message stays queued; check mail.smtp.username and mail.smtp.password"
                + " (next try at {})", error, authRetryAt);
    }

    private String authFailure(Exception e) {
        Mail.Smtp smtp = mail.smtp().orElseThrow();
        return "SMTP authentication failed for user " + smtp.username() + " at " + smtp.host() + ":" + smtp.port()
                + " (" + describe(e) + ")";
    }

    // ---- crash recovery

    private void recover(List<Handled> handled) {
        Instant staleBefore = clock.instant().minus(STALE_CLAIM);
        for (Row row : rows("state = 'sending'")) {
            if (row.claimedAt() != null && row.claimedAt().isAfter(staleBefore)) {
                handled.add(row.handled(Outcome.IN_FLIGHT, "claimed at " + row.claimedAt()));
                continue;
            }
            Optional<Boolean> inArchive;
            try {
                inArchive = findInArchive(row.messageId());
            } catch (MessagingException e) {
                LOG.warn("cannot search the archive for {}: {}", row.messageId(), e.toString());
                handled.add(row.handled(Outcome.IN_FLIGHT, "left in sending; archive unreachable: " + describe(e)));
                continue;
            }
            if (inArchive.orElse(false)) {
                ledger.inTransaction(h -> {
                    markSent(h, row, "found in the archive after a crash");
                    return null;
                });
                handled.add(row.handled(Outcome.RECOVERED_SENT, "found in the archive"));
            } else {
                String why = inArchive.isEmpty() ? "no archive to look in" : "not in the archive";
                if (inArchive.isPresent() && mail.recovery() == Mail.Recovery.RETRY && row.recoveries() == 0) {
                    ledger.inTransaction(h -> {
                        Outbox.requeueRecovered(h, row.id(), clock.instant());
                        event(h, row, "outbox.recovered", "left in sending, " + why + ": queued once more");
                        for (long reminder : carried(h, row)) {
                            desk.sendLater(h, reminder, "left in sending, " + why + ": retried once", SENDER);
                        }
                        return null;
                    });
                    handled.add(row.handled(Outcome.RECOVERED_RETRY, why + ": queued once more"));
                } else {
                    String reason = "left in sending by a crash, " + why + ": check whether the customer got it";
                    ledger.inTransaction(h -> {
                        needsReview(h, row, reason);
                        return null;
                    });
                    handled.add(row.handled(Outcome.NEEDS_REVIEW, reason));
                }
            }
        }
    }

    /** Empty when there is no archive that can be searched (no IMAP account). */
    private Optional<Boolean> findInArchive(String messageId) throws MessagingException {
        if (imapArchive.isEmpty()) {
            return Optional.empty();
        }
        List<String> folders = new ArrayList<>();
        mail.archive().sentFolder().ifPresent(folders::add);
        if (mail.archive().bcc().isPresent()) {
            // A BCC copy arrives in the bot's own mailbox, where the watcher may have moved it on.
            mail.imap().ifPresent(i -> folders.add(i.folder()));
            folders.add(mail.processedFolder());
        }
        return Optional.of(imapArchive.get().contains(folders, messageId));
    }

    // ---- sending one message

    private record Attempt(Handled handled, String serverDown, String authFailed) {
        Attempt(Handled handled, String serverDown) {
            this(handled, serverDown, null);
        }
    }

    private Attempt send(Smtp smtp, Row row) {
        // Logging in comes before the claim, so that a refused login leaves the message and its reminders untouched.
        MessagingException unavailable = null;
        try {
            smtp.connect();
        } catch (AuthenticationFailedException e) {
            String error = authFailure(e);
            return new Attempt(row.handled(Outcome.AUTH_FAILED, error + "; left queued"), null, error);
        } catch (MessagingException e) {
            unavailable = e;
        }
        if (!claim(row)) {
            return new Attempt(unclaimed(row), null);
        }
        crashPoints.beforeSmtp(row.messageId());
        MimeMessage message;
        try {
            message = build(row);
        } catch (MessagingException e) {
            // A message that cannot even be built will not get better by waiting.
            return new Attempt(failed(row, "cannot build the message: " + describe(e)), null);
        }
        if (unavailable != null) {
            LOG.warn("SMTP server unavailable: {}", unavailable.toString());
            return new Attempt(retryLater(row, "SMTP server unavailable: " + describe(unavailable)),
                    describe(unavailable));
        }
        try {
            smtp.send(message, envelope(row));
        } catch (MessagingException e) {
            smtp.reset();
            int code = smtpCode(e);
            if (code == 530 || code == 535) {
                // "Authentication required" / "credentials invalid" at MAIL FROM: configuration, not this message.
                String error = authFailure(e);
                release(row, error);
                return new Attempt(row.handled(Outcome.AUTH_FAILED, error + "; left queued"), null, error);
            }
            if (code >= 500) {
                return new Attempt(failed(row, "refused by the server (" + code + "): " + describe(e)), null);
            }
            if (code >= 400) {
                return new Attempt(retryLater(row, "temporarily refused (" + code + "): " + describe(e)), null);
            }
            // No SMTP reply: the connection broke during the transaction, perhaps after the server took the message.
            return new Attempt(review(row, "connection lost while sending, it may have left: " + describe(e)), null);
        }
        crashPoints.afterSmtp(row.messageId());
        String note = archive(message);
        crashPoints.beforeCommit(row.messageId());
        ledger.inTransaction(h -> {
            markSent(h, row, note == null ? "sent" : "sent; " + note);
            return null;
        });
        LOG.info("sent {} to {}", row.messageId(), row.to());
        return new Attempt(row.handled(Outcome.SENT, note == null ? "sent" : note), null);
    }

    /**
     * The one conditional claim: still queued, every reminder it carries still approved and every one of their
     * invoices still open; all of them move to sending with the row, or none does.
     */
    private boolean claim(Row row) {
        try {
            return ledger.inTransaction(h -> {
                if (!Outbox.claim(h, row.id(), clock.instant())) {
                    return false;
                }
                for (long reminder : carried(h, row)) {
                    if (!desk.startSending(h, reminder, SENDER)) {
                        // Only a concurrent writer between the statements gets here (PostgreSQL): undo it all.
                        throw new ClaimLost();
                    }
                }
                event(h, row, "outbox.sending", "claimed for sending");
                return true;
            });
        } catch (ClaimLost lost) {
            return false;
        }
    }

    /** Rolls a claim back when one of its reminders changed under it. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("claim lost", null, false, false);
        }
    }

    /**
     * A queued row the claim refused: when any reminder it carries cannot be sent any more the row is cancelled
     * (nothing leaves), the reminders of paid or cancelled invoices are cancelled, those of disputed invoices stay on
     * hold, and the others stay approved so that they go out again in a fresh message without the closed invoice.
     */
    private Handled unclaimed(Row row) {
        return ledger.inTransaction(h -> {
            String state = h.createQuery("SELECT state FROM outbox WHERE id = :id")
                    .bind("id", row.id()).mapTo(String.class).one();
            if (!state.equals("queued") || row.reminderId() == null) {
                return row.handled(Outcome.IN_FLIGHT, "taken by another sender (" + state + ")");
            }
            if (Outbox.cancelStale(h, events, clock) > 0 && !h.createQuery("SELECT state FROM outbox WHERE id = :id")
                    .bind("id", row.id()).mapTo(String.class).one().equals("queued")) {
                LOG.info("not sending {}: {}", row.messageId(), Outbox.STALE);
                return row.handled(Outcome.CANCELLED, Outbox.STALE);
            }
            List<Long> carried = carried(h, row);
            List<String> reasons = new ArrayList<>();
            boolean invoiceClosed = false;
            for (long reminder : carried) {
                Optional<ReminderDesk.Unsendable> why = desk.cancelIfUnsendable(h, reminder, SENDER);
                if (why.isPresent()) {
                    invoiceClosed |= why.get().invoiceClosed();
                    reasons.add(carried.size() == 1 ? why.get().reason()
                            : invoiceNumber(h, reminder) + ": " + why.get().reason());
                }
            }
            if (reasons.isEmpty()) {
                return row.handled(Outcome.IN_FLIGHT, "changed meanwhile; tried again next run");
            }
            String reason = String.join("; ", reasons);
            Outbox.cancelQueued(h, row.id(), reason, clock.instant());
            event(h, row, "outbox.cancelled", "not sent: " + reason);
            LOG.info("not sending {}: {}", row.messageId(), reason);
            return row.handled(invoiceClosed ? Outcome.SKIPPED_PAID : Outcome.CANCELLED, reason);
        });
    }

    private Handled retryLater(Row row, String error) {
        int attempts = row.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            return failed(row, "gave up after " + attempts + " attempts: " + error);
        }
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(row.attempts(), 20));
        Instant next = clock.instant().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        ledger.inTransaction(h -> {
            Outbox.deferSending(h, row.id(), attempts, next, error, clock.instant());
            event(h, row, "outbox.deferred", error + "; next attempt at " + next);
            for (long reminder : carried(h, row)) {
                desk.sendLater(h, reminder, error, SENDER);
            }
            return null;
        });
        return row.handled(Outcome.DEFERRED_BACKOFF, error + "; next attempt at " + next);
    }

    /** Puts a claimed row back in the queue as it was (no attempt counted, no backoff): it was not its fault. */
    private void release(Row row, String error) {
        ledger.inTransaction(h -> {
            Outbox.release(h, row.id(), error, clock.instant());
            event(h, row, "outbox.deferred", error + "; left queued");
            for (long reminder : carried(h, row)) {
                desk.sendLater(h, reminder, error, SENDER);
            }
            return null;
        });
    }

    private Handled failed(Row row, String error) {
        LOG.error("not sent, failed for good: {} to {}: {}", row.messageId(), row.to(), error);
        ledger.inTransaction(h -> {
            leaveSending(h, row, OutboxState.FAILED, 1, "outbox.failed", error, desk::sendFailed);
            return null;
        });
        return row.handled(Outcome.FAILED, error);
    }

    private Handled review(Row row, String reason) {
        LOG.error("needs review: {} to {}: {}", row.messageId(), row.to(), reason);
        ledger.inTransaction(h -> {
            needsReview(h, row, reason);
            return null;
        });
        return row.handled(Outcome.NEEDS_REVIEW, reason);
    }

    private void needsReview(Handle h, Row row, String reason) {
        leaveSending(h, row, OutboxState.NEEDS_REVIEW, 0, "outbox.needs_review", reason, desk::needsReview);
    }

    /** The desk's step for each reminder a message carries, once the message leaves {@code sending}. */
    private interface ReminderStep {
        void apply(Handle h, long reminderId, String reason, Actor actor);
    }

    /** Ends a row's sending in {@code state} with its event, and takes {@code step} for every reminder it carries. */
    private void leaveSending(Handle h, Row row, OutboxState state, int extraAttempts, String eventKind, String reason,
                              ReminderStep step) {
        Outbox.leaveSending(h, row.id(), state, extraAttempts, reason, clock.instant());
        event(h, row, eventKind, reason);
        for (long reminder : carried(h, row)) {
            step.apply(h, reminder, reason, SENDER);
        }
    }

    private void markSent(Handle h, Row row, String details) {
        Outbox.markSent(h, row.id(), clock.instant());
        event(h, row, "outbox.sent", details + " " + row.messageId() + " to " + String.join(", ", row.to()));
        for (long reminder : carried(h, row)) {
            // reminders.message_id is unique: only the lead holds it; the others are found via outbox_reminders.
            desk.sent(h, reminder, Long.valueOf(reminder).equals(row.reminderId()) ? row.messageId() : null,
                    details + " to " + String.join(", ", row.to()), SENDER);
        }
    }

    /** Copies the sent message to the archive folder; a failure is noted, never a reason to send again. */
    private String archive(MimeMessage message) {
        Optional<String> folder = mail.archive().sentFolder();
        if (folder.isEmpty()) {
            return null;
        }
        if (imapArchive.isEmpty()) {
            return "no archive copy: mail.imap is not configured";
        }
        try {
            imapArchive.get().append(folder.get(), message);
            return null;
        } catch (MessagingException e) {
            LOG.warn("sent, but the copy to {} failed: {}", folder.get(), e.toString());
            return "archive copy to " + folder.get() + " failed: " + describe(e);
        }
    }

    // ---- dry run

    /** @param wait why it would not leave right now (window, rate, backoff), null when it would */
    private Handled preview(Row row, String wait) {
        return ledger.inTransaction(h -> {
            List<Long> carried = carried(h, row);
            if (!carried.isEmpty()) {
                boolean sendable = h.createQuery("""
                        SELECT COUNT(*) FROM reminders r JOIN invoices i ON i.id = r.invoice_id
                        WHERE r.id IN (<ids>) AND r.state = 'approved' AND i.status IN ('open', 'partially_paid')""")
                        .bindList("ids", carried).mapTo(Integer.class).one() == carried.size();
                if (!sendable) {
                    return row.handled(Outcome.DRY_RUN,
                            "would not send: a reminder is no longer approved or an invoice closed");
                }
            }
            LOG.info("dry run: would send {} from {} to {} cc {} subject \"{}\"\n{}", row.messageId(), row.from(),
                    row.to(), row.cc(), row.subject(), row.text());
            if (row.dryRunAt() == null) {
                Outbox.markDryRun(h, row.id(), clock.instant());
                event(h, row, "outbox.dry_run", "dry run: would send " + row.messageId() + " to "
                        + String.join(", ", row.to()) + ": " + row.subject());
            }
            SendReport.Preview preview = new SendReport.Preview(row.from(), row.to(), row.cc(), replyTo(row),
                    row.subject(), row.text(), attachmentNames(row.id()));
            return new Handled(row.id(), row.reminderId(), row.messageId(), row.to(), row.subject(), Outcome.DRY_RUN,
                    wait == null ? "would send; nothing sent" : "would wait (" + wait + "); nothing sent",
                    Optional.of(preview));
        });
    }

    // ---- the message

    private MimeMessage build(Row row) throws MessagingException {
        OutgoingMail outgoing = new OutgoingMail(row.from(), row.to(), row.cc(), row.bcc(), row.subject(), row.text(),
                Optional.ofNullable(row.html()), attachments(row.id()), Optional.ofNullable(row.inReplyTo()),
                row.references(), row.purpose());
        return MimeMessages.build(MailSessions.smtp(mail.smtp().orElseThrow()), row.messageId(), outgoing,
                clock.instant(), replyTo(row));
    }

    /** A customer's answer to a reminder must reach the bot too; team mail is answered by the team as usual. */
    private List<String> replyTo(Row row) {
        return row.isReminder() ? mail.replyTo() : List.of();
    }

    private Address[] envelope(Row row) throws MessagingException {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(row.to());
        all.addAll(row.cc());
        all.addAll(row.bcc());
        mail.archive().bcc().ifPresent(all::add);
        return MimeMessages.addresses(List.copyOf(all));
    }

    /** The worst SMTP reply code in the exception chain, 0 when the server gave none. */
    static int smtpCode(MessagingException e) {
        int worst = 0;
        Exception next = e;
        int guard = 0;
        while (next != null && guard++ < 100) {
            int code = 0;
            if (next instanceof SMTPAddressFailedException a) {
                code = a.getReturnCode();
            } else if (next instanceof SMTPSenderFailedException s) {
                code = s.getReturnCode();
            } else if (next instanceof SMTPSendFailedException s) {
                code = s.getReturnCode();
            }
            if (code / 100 > worst / 100) {
                worst = code;
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return worst;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return HeaderText.oneLine(message);
    }

    /** One SMTP connection, opened on first use and reused for the run. */
    private static final class Smtp implements AutoCloseable {
        private final Mail.Smtp config;
        private final Session session;
        private Transport transport;

        Smtp(Mail.Smtp config) {
            this.config = config;
            this.session = MailSessions.smtp(config);
        }

        boolean loggedIn() {
            return transport != null;
        }

        void connect() throws MessagingException {
            if (transport != null && transport.isConnected()) {
                return;
            }
            reset();
            Transport t = session.getTransport("smtp");
            t.connect(config.host(), config.port(), config.username(),
                    config.password().isBlank() ? null : config.password().value());
            transport = t;
        }

        void send(MimeMessage message, Address[] envelope) throws MessagingException {
            transport.sendMessage(message, envelope);
        }

        /** Drops the connection after a failure; the next message opens a fresh one. */
        void reset() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("closing the SMTP connection", e);
                }
                transport = null;
            }
        }

        @Override
        public void close() {
            reset();
        }
    }

    // ---- rows

    private int sentSince(Instant since) {
        return ledger.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE sent_at > :since")
                .bind("since", since.toString())
                .mapTo(Integer.class)
                .one());
    }

    private List<Row> queued() {
        return rows("state = 'queued'");
    }

    private List<Row> rows(String where) {
        return ledger.read(h -> h.createQuery("SELECT * FROM outbox WHERE " + where + " ORDER BY id")
                .map((rs, ctx) -> row(rs))
                .list());
    }

    private List<String> attachmentNames(long outboxId) {
        return ledger.read(h -> h.createQuery("SELECT filename FROM outbox_attachments WHERE outbox_id = :id"
                        + " ORDER BY position")
                .bind("id", outboxId).mapTo(String.class).list());
    }

    private List<OutgoingMail.Attachment> attachments(long outboxId) {
        return ledger.read(h -> h.createQuery("""
                SELECT filename, mime_type, content FROM outbox_attachments WHERE outbox_id = :id ORDER BY position""")
                .bind("id", outboxId)
                .map((rs, ctx) -> new OutgoingMail.Attachment(rs.getString("filename"), rs.getString("mime_type"),
                        Base64.getDecoder().decode(rs.getString("content"))))
                .list());
    }

    /** One event per reminder the row carries (so each invoice's history shows it), or one for team mail. */
    private void event(Handle h, Row row, String kind, String details) {
        List<Long> carried = carried(h, row);
        if (carried.isEmpty()) {
            events.append(h, new Event(clock.instant(), SENDER.who(), SENDER.channel(), kind, null, null, null,
                    "outbox #" + row.id() + ": " + details));
            return;
        }
        for (long reminder : carried) {
            Long invoiceId = h.createQuery("SELECT invoice_id FROM reminders WHERE id = :id")
                    .bind("id", reminder).mapTo(Long.class).findOne().orElse(null);
            events.append(h, new Event(clock.instant(), SENDER.who(), SENDER.channel(), kind, invoiceId, reminder,
                    null, "outbox #" + row.id() + ": " + details));
        }
    }

    private static List<Long> carried(Handle h, Row row) {
        return row.reminderId() == null ? List.of() : Outbox.carried(h, row.id(), row.reminderId());
    }

    private static String invoiceNumber(Handle h, long reminderId) {
        return h.createQuery("SELECT i.number FROM reminders r JOIN invoices i ON i.id = r.invoice_id WHERE r.id = :id")
                .bind("id", reminderId).mapTo(String.class).findOne().orElse("reminder #" + reminderId);
    }

    private static Row row(ResultSet rs) throws SQLException {
        long reminder = rs.getLong("reminder_id");
        Long reminderId = rs.wasNull() ? null : reminder;
        return new Row(rs.getLong("id"), reminderId, rs.getString("purpose"), rs.getString("sender"),
                Outbox.fromLines(rs.getString("recipients")), Outbox.fromLines(rs.getString("cc")),
                Outbox.fromLines(rs.getString("bcc")), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getString("message_id"), rs.getString("in_reply_to"),
                Outbox.fromLines(rs.getString("reference_ids")), rs.getInt("attempts"),
                instant(rs.getString("next_attempt_at")), instant(rs.getString("claimed_at")),
                rs.getInt("recoveries"), instant(rs.getString("dry_run_at")));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private record Row(long id, Long reminderId, String purpose, String from, List<String> to, List<String> cc,
                       List<String> bcc, String subject, String text, String html, String messageId,
                       String inReplyTo, List<String> references, int attempts, Instant nextAttemptAt,
                       Instant claimedAt, int recoveries, Instant dryRunAt) {

        boolean isReminder() {
            return OutgoingMail.REMINDER.equals(purpose);
        }

        Handled handled(Outcome outcome, String detail) {
            return new Handled(id, reminderId, messageId, to, subject, outcome, detail);
        }
    }
}
