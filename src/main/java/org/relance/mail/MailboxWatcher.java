package org.relance.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.relance.config.Bank;
import org.relance.config.Mail;
import org.relance.invoice.DocumentImport;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the bot's IMAP folder: handles every new message once, in UID order, then moves it to the processed or
 * quarantine folder; waits with IDLE (re-issued at most every {@code idlePeriod}) or polls, and reconnects with
 * backoff after any drop. {@link #runOnce()} is one pass; {@link #start()} runs passes on its own thread until
 * {@link #close()}. Nothing is processed twice or skipped across restarts and UIDVALIDITY changes: the checkpoint
 * and each message's record commit with its effect. {@link #close(Duration)} returns within its budget: it ends the
 * IDLE, lets the message in hand finish if it can in time (never interrupting it: an interrupted parse would read as
 * a failed one), starts no new message, and otherwise leaves the thread (a daemon) to the process's end; a message
 * not committed is read again on the next start, a move not done is finished then.
 */
public final class MailboxWatcher implements AutoCloseable {

    /** How the watcher waits and retries; the defaults suit a real server. */
    public record Settings(Duration idlePeriod, Duration connectTimeout, Duration ioTimeout, Duration minBackoff,
                           Duration maxBackoff) {

        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
                    Duration.ofSeconds(1), Duration.ofMinutes(5));
        }
    }

    /** Points where tests stop the watcher as a crash would; a no-op in production. */
    public interface Hooks {
        Hooks NONE = new Hooks() {
        };

        /** The message's effect is committed; it has not been moved yet. */
        default void afterCommit(long uid) {
        }

        /** The running watcher is about to make a pass (a test throws here to check the thread's policy). */
        default void beforePass() {
        }

        /** A pass is over (the running watcher's or a single one): what was in the mailbox then is handled. */
        default void afterPass(Pass pass) {
        }

        /** Inside the message's transaction: its effect is written, its processed_messages row not yet. */
        default void beforeRecord(long uid) {
        }
    }

    /** What one pass did. */
    public record Pass(int handled, int moved, int quarantined, int left) {
    }

    /** How long {@link #close()} waits: inside the bot's 10 s shutdown. */
    public static final Duration CLOSE_BUDGET = Duration.ofSeconds(8);
    /** Past this, a watcher that holds no message has its connection cut (a server that ignores the end of IDLE). */
    private static final Duration IDLE_GRACE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final String[] HEADERS = {"Message-ID", "From", "Subject", "In-Reply-To", "References",
        "Authentication-Results", "Received", "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence"};
    private static final String[] TRACE = {"Authentication-Results", "Received"};

    private final Mail mail;
    private final Mail.Imap imap;
    private final Ledger ledger;
    private final EventLog events;
    private final MailboxCheckpoints checkpoints;
    private final MessageProcessor processor;
    private final Settings settings;
    private final Hooks hooks;
    /** The highest UID the last pass looked at: a message above it arrived after the pass's fetch. */
    private volatile long lastSeenUid;
    private final Clock clock;
    private final Object waiting = new Object();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mailbox-idle-timer");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean running;
    /** Set by close: no new message is started, no connection opened. */
    private volatile boolean stopping;
    /** True while a message is being handled (its effect not committed yet, or its move not done). */
    private volatile boolean busy;
    private volatile Thread thread;
    private volatile Store store;
    private volatile IMAPFolder folder;

    public MailboxWatcher(Mail mail, Bank bank, Ledger ledger, EventLog events, Supplier<DocumentImport> documents,
                          Optional<BankMailIntake> bankIntake, Clock clock, Settings settings, Hooks hooks) {
        this(mail, bank, ledger, events, documents, bankIntake, Optional.empty(), clock, settings, hooks);
    }

    /** @param customerReplies empty: replies to our reminders are recorded and left in the inbox */
    public MailboxWatcher(Mail mail, Bank bank, Ledger ledger, EventLog events, Supplier<DocumentImport> documents,
                          Optional<BankMailIntake> bankIntake, Optional<CustomerReplies> customerReplies, Clock clock,
                          Settings settings, Hooks hooks) {
        this(mail, bank, ledger, events, documents, bankIntake, customerReplies, Optional.empty(), clock, settings,
                hooks);
    }

    /** @param digestReplies empty: answers to the digest are recorded and left in the inbox */
    public MailboxWatcher(Mail mail, Bank bank, Ledger ledger, EventLog events, Supplier<DocumentImport> documents,
                          Optional<BankMailIntake> bankIntake, Optional<CustomerReplies> customerReplies,
                          Optional<DigestReplyIntake> digestReplies, Clock clock, Settings settings, Hooks hooks) {
        this.mail = mail;
        this.imap = mail.imap().orElseThrow(() -> new IllegalArgumentException("mail.imap is not configured"));
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.hooks = hooks;
        this.checkpoints = new MailboxCheckpoints(clock);
        SenderAuthentication authentication = mail.requireAuthenticationResults()
                ? new SenderAuthentication(mail.authservId()) : null;
        MessageRouter router = new MessageRouter(mail.trustedSenders(), bank.senders(), mail.botAddress(),
                authentication, maxBytes(mail));
        this.processor = new MessageProcessor(ledger, checkpoints, events, router, documents, bankIntake,
                customerReplies, digestReplies, mail, clock, hooks::beforeRecord);
    }

    private static long maxBytes(Mail mail) {
        return mail.limits().maxMessageMb() * 1024L * 1024L;
    }

    /** One pass over the folder: connects if needed, handles every message not handled yet. */
    public synchronized Pass runOnce() throws MessagingException {
        IMAPFolder inbox = connect();
        // A NOOP makes the server report what arrived since the last command on a connection kept open.
        inbox.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        long uidValidity = inbox.getUIDValidity();
        String name = imap.folder();
        MailboxCheckpoints.Checkpoint checkpoint = ledger.inTransaction(h -> {
            Optional<MailboxCheckpoints.Checkpoint> stored = checkpoints.load(h, name);
            if (stored.isPresent() && stored.get().uidValidity() == uidValidity) {
                return stored.get();
            }
            if (stored.isPresent()) {
                // The server renumbered the folder: read it all again; the same messages are recognised by content.
                events.append(h, new Event(clock.instant(), "relance", "email", "mailbox.uidvalidity_changed", null,
                        null, null, name + ": UIDVALIDITY " + stored.get().uidValidity() + " -> " + uidValidity
                        + "; rescanning, known messages are recognised by Message-ID and content"));
            }
            MailboxCheckpoints.Checkpoint fresh = new MailboxCheckpoints.Checkpoint(uidValidity, 0);
            checkpoints.save(h, name, fresh);
            return fresh;
        });
        int moved = settle(inbox, uidValidity);
        Message[] fresh = inbox.getMessagesByUID(checkpoint.lastUid() + 1, UIDFolder.MAXUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        for (String header : HEADERS) {
            profile.add(header);
        }
        inbox.fetch(fresh, profile);
        List<Message> ordered = new ArrayList<>(Arrays.asList(fresh));
        ordered.removeIf(m -> m == null || m.isExpunged());
        ordered.sort(Comparator.comparingLong(m -> uidOf(inbox, m)));
        Map<Long, Message> prefetched = new LinkedHashMap<>();
        for (Message m : ordered) {
            prefetched.put(uidOf(inbox, m), m);
        }
        lastSeenUid = Math.max(checkpoint.lastUid(), prefetched.keySet().stream().mapToLong(Long::longValue).max()
                .orElse(0));
        int handled = 0;
        int quarantined = 0;
        int left = 0;
        for (long uid : prefetched.keySet()) {
            if (stopping) {
                // Closing: the rest are read on the next start.
                break;
            }
            // UID ranges "n:*" always include the last message, even below n.
            if (uid <= checkpoint.lastUid() || ledger.read(h -> checkpoints.find(h, name, uidValidity, uid)).isPresent()) {
                continue;
            }
            // After a reconnect the prefetched messages belong to a closed folder: fetched again by UID.
            InboundMessage inbound = onFolder(uidValidity, f -> {
                Message m = f == inbox ? prefetched.get(uid) : f.getMessageByUID(uid);
                return m == null || m.isExpunged() ? null : read(uid, m);
            });
            if (inbound == null) {
                continue;
            }
            busy = true;
            try {
                MessageProcessor.Handled result = handle(name, uidValidity, inbound);
                handled++;
                hooks.afterCommit(uid);
                if (result.targetFolder() == null) {
                    left++;
                    continue;
                }
                if (result.targetFolder().equals(mail.quarantineFolder())) {
                    quarantined++;
                    LOG.warn("mail uid {} quarantined: {}", uid, result.reason());
                }
                moveAndSettle(result.targetFolder(), name, uidValidity, uid, inbox, prefetched.get(uid));
                moved++;
            } finally {
                busy = false;
            }
        }
        Pass pass = new Pass(handled, moved, quarantined, left);
        hooks.afterPass(pass);
        return pass;
    }

    /** Something done on the open folder; a connection lost meanwhile is opened again once and the step retried. */
    private interface FolderStep<T> {
        T on(IMAPFolder folder) throws MessagingException;
    }

    private <T> T onFolder(long uidValidity, FolderStep<T> step) throws MessagingException {
        IMAPFolder current = connect();
        try {
            return step.on(current);
        } catch (FolderClosedException | StoreClosedException e) {
            // A server may drop an idle-looking session during a long parse: the pass goes on on a new one.
            LOG.info("mailbox {} on {}: connection lost ({}); reconnecting", imap.folder(), imap.host(), e.toString());
            disconnect();
            IMAPFolder again = connect();
            if (again.getUIDValidity() != uidValidity) {
                throw new MessagingException(imap.folder() + ": UIDVALIDITY changed during the pass; "
                        + "the next pass rescans it");
            }
            return step.on(again);
        }
    }

    private MessageProcessor.Handled handle(String name, long uidValidity, InboundMessage inbound) {
        long uid = inbound.uid();
        IMAPFolder f = folder;
        // A parse may take up to its timeout: a NOOP now and then keeps the session from looking dead.
        long every = Math.max(1000, settings.ioTimeout().toMillis() / 3);
        ScheduledFuture<?> keepAlive = f == null ? null
                : timer.scheduleWithFixedDelay(() -> poke(f), every, every, TimeUnit.MILLISECONDS);
        try {
            return processor.process(name, uidValidity, inbound);
        } catch (RuntimeException e) {
            // A bug or a parser surprise on one message must not block the ones after it.
            LOG.error("mail uid {}: unexpected failure, quarantining it", uid, e);
            InboundMessage headersOnly = new InboundMessage(uid, inbound.messageId(), inbound.from(),
                    inbound.subject(), inbound.replyTo(), inbound.authenticationResults(), inbound.automatic(),
                    inbound.size(), null, inbound.fromProblem());
            return processor.quarantineUnexpected(name, uidValidity, headersOnly, inbound.raw(),
                    "unexpected error: " + e);
        } finally {
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
        }
    }

    /** Finishes the moves that a stop between commit and move left undone. */
    private int settle(IMAPFolder inbox, long uidValidity) throws MessagingException {
        List<MailboxCheckpoints.Handled> pending = ledger.read(h -> checkpoints.unsettled(h, imap.folder(), uidValidity));
        for (MailboxCheckpoints.Handled p : pending) {
            Message message = inbox.getMessageByUID(p.uid());
            if (message != null && !message.isExpunged()) {
                move(inbox, message, p.targetFolder());
            }
            ledger.inTransaction(h -> {
                checkpoints.settle(h, p.id());
                return null;
            });
        }
        return pending.size();
    }

    private void moveAndSettle(String target, String name, long uidValidity, long uid, IMAPFolder first,
                               Message prefetched) throws MessagingException {
        onFolder(uidValidity, f -> {
            Message m = f == first ? prefetched : f.getMessageByUID(uid);
            if (m != null && !m.isExpunged()) {
                move(f, m, target);
            }
            return null;
        });
        ledger.inTransaction(h -> {
            checkpoints.find(h, name, uidValidity, uid).ifPresent(r -> checkpoints.settle(h, r.id()));
            return null;
        });
    }

    private void move(IMAPFolder inbox, Message message, String target) throws MessagingException {
        Folder destination = ensureFolder(target);
        Message[] one = {message};
        if (((IMAPStore) store).hasCapability("MOVE")) {
            inbox.moveMessages(one, destination);
            return;
        }
        inbox.copyMessages(one, destination);
        message.setFlag(Flags.Flag.DELETED, true);
        if (((IMAPStore) store).hasCapability("UIDPLUS")) {
            inbox.expunge(one);
        } else {
            inbox.expunge();
        }
    }

    private Folder ensureFolder(String path) throws MessagingException {
        char separator = store.getDefaultFolder().getSeparator();
        String full = path.replace('/', separator);
        Folder f = store.getFolder(full);
        if (!f.exists()) {
            int cut = full.lastIndexOf(separator);
            if (cut > 0) {
                Folder parent = store.getFolder(full.substring(0, cut));
                if (!parent.exists()) {
                    parent.create(Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES);
                }
            }
            if (!f.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("cannot create the folder " + full);
            }
        }
        return f;
    }

    private InboundMessage read(long uid, Message message) throws MessagingException {
        long size = Math.max(message.getSize(), 0);
        byte[] raw = null;
        long max = maxBytes(mail);
        if (size <= max) {
            BoundedBuffer buffer = new BoundedBuffer(max);
            try {
                message.writeTo(buffer);
                raw = buffer.toByteArray();
            } catch (IOException e) {
                // Larger than announced: treated as oversize.
                raw = null;
                size = Math.max(size, max + 1);
            }
        }
        String[] fromHeaders = message.getHeader("From");
        String fromProblem = fromProblem(fromHeaders);
        String from = fromProblem == null ? fromAddress(fromHeaders[0]) : null;
        List<String> replyTo = new ArrayList<>();
        for (String h : new String[] {"In-Reply-To", "References"}) {
            String value = header(message, h);
            if (value != null) {
                Matcher ids = MESSAGE_ID.matcher(value);
                while (ids.find()) {
                    replyTo.add(ids.group());
                }
            }
        }
        List<String> trace = new ArrayList<>();
        // In message order: which Authentication-Results are our server's depends on where they sit.
        java.util.Enumeration<String> lines = message instanceof jakarta.mail.internet.MimeMessage mime
                ? mime.getMatchingHeaderLines(TRACE) : java.util.Collections.emptyEnumeration();
        while (lines.hasMoreElements()) {
            trace.add(lines.nextElement());
        }
        String messageId = header(message, "Message-ID");
        return new InboundMessage(uid, messageId == null ? null : messageId.trim(), from, subject(message), replyTo,
                trace, AutoReplies.isAutomatic(message), size, raw, fromProblem);
    }

    /** Why the From header cannot name the sender, or null: exactly one header with exactly one plain address. */
    static String fromProblem(String[] headers) {
        if (headers == null || headers.length == 0) {
            return "no From header";
        }
        if (headers.length > 1) {
            return headers.length + " From headers: a message has exactly one sender";
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(headers[0], true);
            if (addresses.length != 1) {
                return "From header names " + addresses.length + " addresses: a message has exactly one sender";
            }
            String address = addresses[0].getAddress();
            if (address == null || addresses[0].isGroup() || address.indexOf('@') <= 0
                    || address.indexOf('@') != address.lastIndexOf('@') || address.endsWith("@")) {
                return "malformed From header: " + HeaderText.oneLine(headers[0]);
            }
            return null;
        } catch (AddressException e) {
            return "malformed From header: " + HeaderText.oneLine(headers[0]);
        }
    }

    private static String fromAddress(String header) {
        try {
            return InternetAddress.parseHeader(header, true)[0].getAddress().trim().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return null;
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static long uidOf(IMAPFolder folder, Message m) {
        try {
            return folder.getUID(m);
        } catch (MessagingException e) {
            return Long.MAX_VALUE;
        }
    }

    private IMAPFolder connect() throws MessagingException {
        if (folder != null && folder.isOpen() && store != null && store.isConnected()) {
            return folder;
        }
        if (stopping) {
            throw new MessagingException("mailbox " + imap.folder() + ": the watcher is stopping");
        }
        disconnect();
        // An IDLE must be re-issued before the read timeout would end it.
        Duration readTimeout = settings.idlePeriod().plusMinutes(1).compareTo(settings.ioTimeout()) > 0
                ? settings.idlePeriod().plusMinutes(1) : settings.ioTimeout();
        ImapConnector connector = new ImapConnector(imap, settings.connectTimeout(), readTimeout, settings.ioTimeout());
        try {
            Store s = connector.connect();
            store = s;
            IMAPFolder f = (IMAPFolder) s.getFolder(imap.folder());
            f.open(Folder.READ_WRITE);
            folder = f;
            return f;
        } catch (MessagingException e) {
            disconnect();
            throw connector.named(e);
        }
    }

    private void disconnect() {
        IMAPFolder f = folder;
        Store s = store;
        folder = null;
        store = null;
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            LOG.debug("closing the folder: {}", e.toString());
        }
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException e) {
            LOG.debug("closing the store: {}", e.toString());
        }
    }

    /** Runs passes on a thread of its own until {@link #close()}; an Error in it ends the process. */
    public synchronized void start() {
        start(new Supervisor(Supervisor.exitProcess(), settings.minBackoff(), settings.maxBackoff()));
    }

    /** Runs passes on a thread of its own until {@link #close()}, restarted or ended by {@code supervisor}. */
    public synchronized void start(Supervisor supervisor) {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(() -> supervisor.run("mailbox watcher", this::loop, () -> running, this::pause),
                "mailbox-watcher");
        t.setUncaughtExceptionHandler(supervisor.lastResort());
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void loop() {
        Duration backoff = settings.minBackoff();
        while (running) {
            try {
                hooks.beforePass();
                Pass pass = runOnce();
                if (pass.handled() > 0) {
                    LOG.info("mailbox {}: {} handled, {} moved, {} quarantined, {} left in place", imap.folder(),
                            pass.handled(), pass.moved(), pass.quarantined(), pass.left());
                }
                backoff = settings.minBackoff();
                waitForMail();
            } catch (MessagingException | IllegalStateException e) {
                if (!running) {
                    break;
                }
                LOG.warn("mailbox {} on {}: {}; reconnecting in {} s", imap.folder(), imap.host(), e.toString(),
                        backoff.toSeconds());
                disconnect();
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                        ? settings.maxBackoff() : backoff.multipliedBy(2);
            } catch (RuntimeException | Error e) {
                // The supervisor decides (restart or exit); the next start begins on a fresh connection.
                disconnect();
                throw e;
            }
        }
        disconnect();
    }

    private void waitForMail() throws MessagingException {
        IMAPFolder f = folder;
        if (f == null || !running) {
            return;
        }
        if (arrivedSincePass(f)) {
            // IDLE reports only what arrives once it has begun: mail that came during the pass is read now.
            return;
        }
        if (imap.idle() && ((IMAPStore) store).hasCapability("IDLE")) {
            // Any use of the folder from another thread ends the IDLE: re-issued at most every idlePeriod.
            ScheduledFuture<?> wake = timer.schedule(() -> poke(f), settings.idlePeriod().toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                f.idle(true);
            } finally {
                wake.cancel(false);
            }
        } else {
            pause(Duration.ofSeconds(imap.pollSeconds()));
        }
    }

    private boolean arrivedSincePass(IMAPFolder f) throws MessagingException {
        f.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        long seen = lastSeenUid;
        for (Message m : f.getMessagesByUID(seen + 1, UIDFolder.MAXUID)) {
            // "n:*" always includes the last message, even below n.
            if (m != null && !m.isExpunged() && f.getUID(m) > seen) {
                return true;
            }
        }
        return false;
    }

    private static void poke(IMAPFolder f) {
        try {
            f.getMessageCount();
        } catch (MessagingException | IllegalStateException e) {
            LOG.debug("waking the IDLE: {}", e.toString());
        }
    }

    private void pause(Duration d) {
        synchronized (waiting) {
            if (!running) {
                return;
            }
            try {
                waiting.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Stops the thread and closes the connection within {@link #CLOSE_BUDGET}. */
    @Override
    public void close() {
        close(CLOSE_BUDGET);
    }

    /**
     * Stops the thread and closes the connection, returning within {@code budget}: the IDLE is ended, the message in
     * hand finishes if it can in time, no other one is started. Returns true when the thread had stopped.
     */
    public boolean close(Duration budget) {
        long deadline = System.nanoTime() + Math.max(0, budget.toNanos());
        stopping = true;
        running = false;
        synchronized (waiting) {
            waiting.notifyAll();
        }
        IMAPFolder f = folder;
        if (f != null) {
            // On the timer thread: ending the IDLE must not block the caller if the connection hangs.
            timer.execute(() -> poke(f));
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            boolean cut = false;
            try {
                while (t.isAlive() && System.nanoTime() < deadline) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    t.join(Math.max(1, Math.min(left, IDLE_GRACE.toMillis())));
                    if (t.isAlive() && !busy && !cut) {
                        // Holding no message, it is waiting on the server (IDLE, a fetch, a connect): cut the line.
                        cut = true;
                        forceDisconnect();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                // A hung server or a long parse: nothing is lost, the message in hand is read again on the next start.
                LOG.warn("mailbox watcher still busy after {} ms; stopping without waiting for it (the message in "
                        + "hand is read again on the next start)", budget.toMillis());
                timer.shutdownNow();
                forceDisconnect();
                return false;
            }
        }
        timer.shutdownNow();
        synchronized (this) {
            disconnect();
        }
        return true;
    }

    /** Closes the connection from a thread of its own: a blocked socket must not block the one who stops. */
    private void forceDisconnect() {
        IMAPFolder f = folder;
        Store s = store;
        Thread closer = new Thread(() -> {
            try {
                if (f != null) {
                    f.forceClose();
                }
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("force-closing the folder: {}", e.toString());
            }
            try {
                if (s != null) {
                    s.close();
                }
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("force-closing the store: {}", e.toString());
            }
        }, "mailbox-close");
        closer.setDaemon(true);
        closer.start();
    }

    /** Collects a message's bytes up to a bound; a message larger than it said is refused, not buffered. */
    private static final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        BoundedBuffer(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        private void check(int more) throws IOException {
            if (bytes.size() + (long) more > max) {
                throw new IOException("message larger than " + max + " bytes");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
