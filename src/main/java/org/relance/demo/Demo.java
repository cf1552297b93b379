package org.relance.demo;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.relance.App;
import org.relance.Bot;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.digest.Digest;
import org.relance.digest.DigestScheduler;
import org.relance.digest.DigestText;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;

/**
 * {@code relance demo}: the whole bot on this machine — an in-process mail server, sample mail delivered to the
 * bot's mailbox, the real pipeline on the {@link Bot} runtime, a narrative, today's digest printed and emailed —
 * then a terminal channel ({@link #terminal}). Start it once, close it once (stops the bot, the app, the mail server).
 */
public final class Demo implements AutoCloseable {

    /** How long the demo waits for the delivered mail to be processed before it says so and goes on. */
    static final Duration INTAKE_WAIT = Duration.ofSeconds(25);
    /** The file that marks a directory as the demo's, so that starting again may empty it. */
    static final String MARKER = ".relance-demo";

    private final DemoMailServer mail;
    private final ReceivingServer mx;
    private final App app;
    private final Bot bot;
    private final LocalDate today;
    private final Path configFile;
    private volatile Digest digest;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Demo(DemoMailServer mail, ReceivingServer mx, App app, Bot bot, LocalDate today, Path configFile) {
        this.mail = mail;
        this.mx = mx;
        this.app = app;
        this.bot = bot;
        this.today = today;
        this.configFile = configFile;
    }

    /**
     * Wipes {@code dir}, starts the mail server, writes the demo config, opens the app with {@code wire} on a clock
     * moved to {@code today} (when given), delivers the sample mail and starts the bot; prints nothing.
     *
     * @param env the environment: its SLACK_* settings add a slack section
     */
    public static Demo start(Path dir, Optional<LocalDate> today, Clock clock, Map<String, String> env,
                             BiFunction<RelanceConfig, Clock, App> wire) throws IOException {
        wipe(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "written by relance demo: emptied when the demo starts again\n");
        Map<String, String> users = new LinkedHashMap<>();
        users.put(SampleMail.FOUNDER, "founder");
        users.put(SampleMail.BOT, "relance");
        for (String[] c : SampleMail.CUSTOMERS) {
            users.put(c[1], "client");
        }
        users.put(SampleMail.BANK, "banque");
        users.put(SampleMail.BOT_INBOX, "relance");
        DemoMailServer mail = DemoMailServer.start(users);
        ReceivingServer mx = new ReceivingServer(mail, SampleMail.BOT, SampleMail.BOT_INBOX);
        App app = null;
        Bot bot = null;
        try {
            mx.start();
            Path configFile = dir.resolve("relance.yml");
            Files.writeString(configFile, DemoConfig.yaml(resource("demo/relance-demo.yml"), env));
            Map<String, String> values = new HashMap<>(env);
            values.put("DEMO_DIR", dir.toAbsolutePath().toString().replace('\\', '/'));
            values.put("DEMO_IMAP_PORT", String.valueOf(mail.imapPort()));
            values.put("DEMO_SMTP_PORT", String.valueOf(mail.smtpPort()));
            values.put("DEMO_BOT_PASSWORD", users.get(SampleMail.BOT));
            RelanceConfig config = ConfigLoader.load(configFile, values);
            ZoneId zone = config.company().timezone();
            Clock demoClock = today.map(d -> moved(clock, zone, d)).orElse(clock);
            LocalDate day = LocalDate.now(demoClock.withZone(zone));
            app = wire.apply(config, demoClock);
            SampleMail samples = new SampleMail(day, zone);
            List<MimeMessage> messages = samples.messages();
            for (MimeMessage m : messages) {
                mail.deliver(SampleMail.BOT, m);
            }
            // All in the watched mailbox before the bot starts: its first pass takes them together.
            awaitMoved(mail, messages.size());
            bot = Bot.of(app);
            Demo demo = new Demo(mail, mx, app, bot, day, configFile);
            bot.start();
            demo.awaitIntake(messages.size());
            demo.seedHistory(samples.history(), zone);
            demo.customerAnswers(samples, messages.size());
            return demo;
        } catch (IOException | MessagingException | RuntimeException e) {
            if (bot != null) {
                bot.close();
            }
            mx.close();
            if (app != null) {
                app.close();
            }
            mail.close();
            if (e instanceof MessagingException me) {
                throw new IOException("writing the demo mail: " + me.getMessage(), me);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    public App app() {
        return app;
    }

    public LocalDate today() {
        return today;
    }

    public Path configFile() {
        return configFile;
    }

    /** What happened, from the store's events: the narrative printed before the digest. */
    public String narrative() {
        return Narrative.of(app, today).render();
    }

    /** Builds today's digest, publishes it (email, Slack, as configured) and returns its text. */
    public String publishDigest() {
        DigestScheduler scheduler = app.digestScheduler(app.digestPublishers());
        DigestScheduler.Publication publication = scheduler.publishNow(today);
        digest = publication.digest();
        StringBuilder out = new StringBuilder(new DigestText(app.config().company().locale(),
                app.config().digest().whenEmpty()).render(digest));
        List<String> names = scheduler.publisherNames();
        List<String> posted = names.stream()
                .filter(n -> publication.failed().stream().noneMatch(f -> f.startsWith(n + ":"))).toList();
        if (!posted.isEmpty()) {
            out.append("\n(sent to: ").append(String.join(", ", posted)).append(")\n");
        }
        for (String failure : publication.failed()) {
            out.append("(not sent: ").append(failure).append(")\n");
        }
        return out.toString();
    }

    /** How to open the demo mailboxes with a mail client. */
    public String mailboxes() {
        StringBuilder out = new StringBuilder();
        out.append("The demo mailboxes (any mail client; no encryption, loopback only, while the demo runs):\n");
        out.append("  host ").append(DemoMailServer.HOST).append(" · IMAP port ").append(mail.imapPort())
                .append(" · SMTP port ").append(mail.smtpPort()).append(" · user = the address\n");
        mail.users().forEach((address, password) -> out.append("  ").append(String.format("%-34s", address))
                .append(" password ").append(password).append(role(address)).append('\n'));
        return out.toString();
    }

    /** Reads commands until quit or end of input (see {@link Terminal}). */
    public void terminal(java.io.BufferedReader in, PrintWriter out, Runnable status) throws IOException {
        new Terminal(this, mail, status).run(in, out);
    }

    DemoMailServer mailServer() {
        return mail;
    }

    Optional<Digest> digest() {
        return Optional.ofNullable(digest);
    }

    Actor terminalActor() {
        return new Actor(SampleMail.FOUNDER, Channel.TERMINAL);
    }

    private static String role(String address) {
        if (address.equals(SampleMail.FOUNDER)) {
            return "   (the founder: the digest arrives here; answer it with \"ok 1\")";
        }
        if (address.equals(SampleMail.BOT)) {
            return "   (the bot's address: forward invoices here)";
        }
        if (address.equals(SampleMail.BOT_INBOX)) {
            return "   (what the bot reads: mail to relance@ lands here, checked)";
        }
        if (address.equals(SampleMail.BANK)) {
            return "   (the bank: its transfer notifications)";
        }
        return "   (a customer)";
    }

    private static void awaitMoved(DemoMailServer mail, int count) throws MessagingException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mail.inbox(SampleMail.BOT_INBOX).size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until the watcher has handled every delivered message (bounded: the demo goes on regardless). */
    private void awaitIntake(int delivered) {
        long deadline = System.nanoTime() + INTAKE_WAIT.toNanos();
        while (processed() < delivered && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long processed() {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM processed_messages")
                .mapTo(Long.class).one());
    }

    /** Reminders sent before the bot watched this mailbox, so that the ladder shows later steps. */
    private void seedHistory(List<SampleMail.PastReminder> history, ZoneId zone) {
        app.ledger().inTransaction(h -> {
            for (SampleMail.PastReminder past : history) {
                Optional<Invoice> invoice = app.invoices().find(h, past.invoice(), InvoiceKind.INVOICE);
                // An invoice the reader could not take is said in the narrative; its history is simply not seeded.
                invoice.ifPresent(i -> app.reminders().recordSent(h, i.id(), past.step(),
                        "call".equals(past.step()) ? "task" : "email",
                        today.minusDays(past.daysAgo()).atTime(10, 0).atZone(zone).toInstant(), "demo", "system"));
            }
            return null;
        });
    }

    /**
     * To show a customer's reply, the demo approves one friendly reminder itself (actor "demo"), sends it, and
     * delivers the customer's answer in its thread; the watcher reads it as a reply and puts the chase on hold.
     */
    private void customerAnswers(SampleMail samples, int delivered) throws MessagingException {
        String customer = SampleMail.CUSTOMERS.get(1)[1];
        DecisionOutcome approved = app.decisions().take(new DecisionRequest.Approve(
                DecisionRequest.Target.invoice(SampleMail.ANSWERED)), new Actor("demo", Channel.SYSTEM));
        if (!approved.ok()) {
            return;
        }
        app.reminderMailer().queueApproved();
        app.outboxSender(false).runOnce();
        List<MimeMessage> inbox = mail.inbox(customer);
        if (inbox.isEmpty()) {
            return;
        }
        mail.deliver(SampleMail.BOT, samples.customerReply(inbox.get(inbox.size() - 1), customer));
        awaitIntake(delivered + 1);
    }

    /** A clock at the same time of day as {@code clock}, on {@code day}. */
    private static Clock moved(Clock clock, ZoneId zone, LocalDate day) {
        LocalDate real = LocalDate.now(clock.withZone(zone));
        return Clock.offset(clock, Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(real, day)));
    }

    /**
     * Empties a previous demo's directory; a directory that is not empty and was not written by the demo (no
     * {@link #MARKER}) is refused, so that {@code --dir .} cannot wipe a checkout.
     */
    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.exists(dir.resolve(MARKER))) {
            throw new IllegalStateException(dir + " is not empty and is not a demo directory (no " + MARKER
                    + "): choose another --dir");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demo resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the bot, closes the app, stops the mail server (each even when the one before failed). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            bot.close();
        } finally {
            try {
                mx.close();
                app.close();
            } finally {
                mail.close();
            }
        }
    }
}
