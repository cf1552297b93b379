package org.relance;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.relance.bank.BankMailbox;
import org.relance.bank.BankReader;
import org.relance.bank.IntakeResult;
import org.relance.bank.MatcherAllocations;
import org.relance.bank.PaymentIntake;
import org.relance.bank.UnreadNotifications;
import org.relance.config.ConfigException;
import org.relance.config.Mail;
import org.relance.config.RelanceConfig;
import org.relance.decision.Decisions;
import org.relance.digest.DigestEmail;
import org.relance.digest.DigestPublisher;
import org.relance.digest.EmailDigestPublisher;
import org.relance.digest.DigestReplies;
import org.relance.digest.DigestSchedule;
import org.relance.digest.DigestScheduler;
import org.relance.digest.DigestService;
import org.relance.digest.DigestStore;
import org.relance.digest.EmailDigestReplies;
import org.relance.digest.EmailDigestPublisher;
import org.relance.slack.DigestView;
import org.relance.slack.SlackDigestPublisher;
import org.relance.slack.SlackNotifications;
import org.relance.slack.SlackRuntime;
import org.relance.feed.CursorStore;
import org.relance.feed.Notifier;
import org.relance.mail.Supervisor;
import org.relance.slack.SlackWeb;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.InvoiceOverview;
import org.relance.dunning.PlanService;
import org.relance.dunning.Planner;
import org.relance.dunning.ReceivablesStatus;
import org.relance.dunning.ReminderComposer;
import org.relance.dunning.ReminderDesk;
import org.relance.dunning.ReminderStore;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.InvoiceImport;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.InvoiceStore;
import org.relance.invoice.ParseWorker;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.mail.BankMailIntake;
import org.relance.mail.CrashPoints;
import org.relance.mail.CustomerReplies;
import org.relance.mail.DigestReplyIntake;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.Outbox;
import org.relance.mail.OutboxSender;
import org.relance.mail.OutboxSignal;
import org.relance.mail.ReminderMailer;
import org.relance.matching.FeeTolerance;

/** The wired application for one configuration: owns the store and the services; close it when done. */
public final class App implements AutoCloseable {

    private final RelanceConfig config;
    private final Clock clock;
    private final Ledger ledger;
    private final EventLog events;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final InvoiceImport invoiceImport;
    private final PlanService plans;
    private final ReminderDesk desk;
    private final ReminderComposer composer;
    private final PaymentIntake payments;
    private final Outbox outbox;
    private final ReminderMailer reminderMailer;
    private final Decisions decisions;
    private final DigestStore digestStore;
    private final DigestService digests;
    private InvoiceReader invoiceReader;
    private DocumentImport documentImport;
    private ParseWorker parseWorker;
    private DocumentImport mailDocumentImport;
    private SlackWeb slackWeb;
    private final MailboxCatchUp mailboxCatchUp;
    private final OutboxSignal outboxSignal = new OutboxSignal();

    App(RelanceConfig config, Clock clock, Ledger ledger) {
        this.config = config;
        this.clock = clock;
        this.ledger = ledger;
        this.events = new EventLog();
        this.invoices = new InvoiceStore(events, clock);
        this.reminders = new ReminderStore(events, clock);
        this.invoiceImport = new InvoiceImport(ledger, invoices);
        this.plans = new PlanService(ledger, invoices, reminders, new Planner(config.dunning(), config.company()),
                config.company().locale());
        this.outbox = new Outbox(events, clock, config.company().email(), outboxSignal);
        this.desk = new ReminderDesk(ledger, invoices, reminders, events, plans, config.dunning().ladder(),
                new MatcherAllocations(events, clock), outbox, clock, config.company().timezone());
        this.composer = new ReminderComposer(config.company(), config.dunning());
        this.payments = new PaymentIntake(ledger, invoices, events, desk, new BankReader(config.bank().rules()),
                new FeeTolerance(config.bank().feeMaxAmount(),
                        config.bank().feeMaxPercent().movePointLeft(2)), clock);
        this.reminderMailer = new ReminderMailer(ledger, plans, composer, outbox, events, config.company(),
                config.dunning(), clock, config.mail().map(Mail::attachInvoices).orElse(false), config.store().files());
        this.decisions = new Decisions(ledger, desk, payments, reminderMailer, invoices, reminders, plans, events,
                config.dunning().ladder(), clock, config.company().timezone());
        this.mailboxCatchUp = new MailboxCatchUp(config.mail().flatMap(Mail::imap).isPresent());
        this.digestStore = new DigestStore(events, clock);
        this.digests = new DigestService(ledger, plans, composer, payments, invoices, digestStore, desk::propose,
                config.company(), config.dunning(), config.digest(), clock);
    }

    /** The stored digests and their items: what Slack and email replies decide against. */
    public DigestStore digestStore() {
        return digestStore;
    }

    /** Builds and stores the day's digest (relance digest, /relance digest, the schedule). */
    public DigestService digests() {
        return digests;
    }

    /**
     * Where the digest goes: Slack ({@code slack.channel}) when a {@code slack} section is configured, and email to
     * {@code digest.emailTo} when it is set and mail can leave ({@code mail.smtp} or {@code mail.dryRun}).
     */
    public List<DigestPublisher> digestPublishers() {
        List<DigestPublisher> publishers = new java.util.ArrayList<>();
        config.slack().ifPresent(s -> publishers.add(new SlackDigestPublisher(ledger, digestStore, slackWeb().orElseThrow(),
                s.channel(), new DigestView(config.company().locale(), config.digest().whenEmpty()))));
        Optional<Mail> mail = config.mail().filter(m -> m.smtp().isPresent() || m.dryRun());
        if (!config.digest().emailTo().isEmpty() && mail.isPresent()) {
            String from = Optional.ofNullable(mail.get().botAddress()).filter(a -> !a.isBlank())
                    .orElse(config.company().email());
            publishers.add(new EmailDigestPublisher(ledger, digestStore, outbox,
                    new DigestEmail(config.company(), config.digest()), from, config.digest().emailTo()));
        }
        return List.copyOf(publishers);
    }

    /** The daily digest schedule ({@code digest.time}, {@code digest.days}) publishing to these; start and close it. */
    public DigestScheduler digestScheduler(List<DigestPublisher> publishers) {
        return new DigestScheduler(ledger, digests, DigestSchedule.of(config.digest(), config.company().timezone()),
                publishers, clock, DigestScheduler.EVERY, mailboxCatchUp);
    }

    /** Applies reply commands (email, relance reply, the demo's terminal) to a stored digest through the seam. */
    public DigestReplies digestReplies() {
        return new DigestReplies(ledger, decisions, digestStore, config.company(), clock);
    }

    /** The one entry point for decisions, whatever the channel. */
    public Decisions decisions() {
        return decisions;
    }

    public RelanceConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    public EventLog events() {
        return events;
    }

    public InvoiceStore invoices() {
        return invoices;
    }

    public ReminderStore reminders() {
        return reminders;
    }

    public InvoiceImport invoiceImport() {
        return invoiceImport;
    }

    /** Built on first use: the PDF machinery takes a second to start and most commands never need it. */
    public synchronized DocumentImport documentImport() {
        if (documentImport == null) {
            invoiceReader = new InvoiceReader(readerLimits(config));
            documentImport = new DocumentImport(ledger, invoices, invoiceReader, config.store().files(),
                    config.invoices().confirmBelow());
        }
        return documentImport;
    }

    /**
     * The import for mail-borne documents: read in a child JVM whose heap bounds the parse
     * ({@code mail.limits.isolateParsing}, the default), else the same in-process import as the CLI's.
     */
    public synchronized DocumentImport mailDocumentImport() {
        boolean isolate = config.mail().map(m -> m.limits().isolateParsing()).orElse(true);
        if (!isolate) {
            return documentImport();
        }
        if (mailDocumentImport == null) {
            parseWorker = ParseWorker.sameJava(readerLimits(config));
            mailDocumentImport = new DocumentImport(ledger, invoices, parseWorker, config.store().files(),
                    config.invoices().confirmBelow());
        }
        return mailDocumentImport;
    }

    /** A watcher for the configured mailbox (mail.imap); the caller starts and closes it. */
    public MailboxWatcher mailboxWatcher() {
        Mail mail = config.mail().filter(m -> m.imap().isPresent())
                .orElseThrow(() -> new IllegalStateException("mail.imap is not configured"));
        return new MailboxWatcher(mail, config.bank(), ledger, events, this::mailDocumentImport,
                Optional.of(bankMailIntake()), Optional.of(customerReplies()), Optional.of(digestReplyIntake(mail)),
                clock, MailboxWatcher.Settings.defaults(), mailboxCatchUp);
    }

    /** Answers to the digest from the watcher, applied in its transaction and confirmed in their thread. */
    private DigestReplyIntake digestReplyIntake(Mail mail) {
        String from = mail.botAddress() != null ? mail.botAddress() : config.company().email();
        return new EmailDigestReplies(digestStore, digestReplies(), outbox(), events, config.company(), from, clock);
    }

    /**
     * The long-running services of {@code relance run} besides the mailbox watcher and the send loop, in start order:
     * the digest scheduler (when the digest goes somewhere), the Slack app and the event notifier (with a
     * {@code slack} section). Each runs on threads of its own, so a Slack outage never holds up mail.
     */
    public List<Bot.Service> runtimeServices() {
        List<Bot.Service> services = new ArrayList<>();
        List<DigestPublisher> publishers = digestPublishers();
        DigestScheduler scheduler = digestScheduler(publishers);
        if (!publishers.isEmpty()) {
            services.add(Bot.Service.of("digest", "posting the digest at " + config.digest().time() + " on "
                    + config.digest().days().stream().sorted().map(d -> d.name().substring(0, 3))
                            .collect(Collectors.joining(","))
                    + " (" + config.company().timezone() + ") to " + String.join(" and ", scheduler.publisherNames()),
                    () -> scheduler.start(lastResort()), scheduler));
        }
        config.slack().ifPresent(slack -> {
            SlackWeb web = slackWeb().orElseThrow();
            services.add(SlackRuntime.forApp(this, slack, web, digestStore, scheduler::publishNow));
            SlackNotifications sink = new SlackNotifications(ledger, invoices, web, slack.channel(),
                    day -> ledger.read(h -> digestStore.slackThread(h, day)), config.company(), clock);
            Notifier notifier = new Notifier(ledger, events, new CursorStore(clock), List.of(sink), clock,
                    Duration.ofSeconds(2), Duration.ofMinutes(5), lastResort());
            services.add(Bot.Service.of("notifier", "posting payments, replies and notices to " + slack.channel()
                    + " in the digest's thread", notifier::start, notifier));
        });
        return services;
    }

    /** An Error in a service's own thread ends the process (status 70), so that it is restarted. */
    private static Thread.UncaughtExceptionHandler lastResort() {
        return new Supervisor(Supervisor.exitProcess(), Duration.ofSeconds(1), Duration.ofSeconds(1)).lastResort();
    }

    /** The one Slack Web API client of this app (digest, clicks, notifications), when a slack section exists. */
    public synchronized Optional<SlackWeb> slackWeb() {
        if (slackWeb == null && config.slack().isPresent()) {
            slackWeb = new SlackWeb(config.slack().get());
        }
        return Optional.ofNullable(slackWeb);
    }

    /** Replies to our reminders: stored with their invoices, the chase paused through the desk. */
    public CustomerReplies customerReplies() {
        return new CustomerReplies(desk, events, config.store().files(), clock);
    }

    /** Bank notification emails from the watcher go to the payment intake, in the watcher's transaction. */
    private BankMailIntake bankMailIntake() {
        return new BankMailIntake() {
            @Override
            public Result record(Handle h, String name, byte[] rawEml, String actor, String unverified) {
                BankMailbox.Outcome outcome = bankMailbox().record(h, name, rawEml, actor, actor, "email", unverified);
                return new Result(outcome.summary(), !outcome.result().unreadable().isEmpty());
            }

            @Override
            public Optional<String> forwardedNotification(String name, byte[] rawEml) {
                return bankMailbox().forwardedNotification(name, rawEml);
            }

            @Override
            public void invoicesChanged(Handle h, String actor) {
                payments.matchWaiting(h, actor, "email");
            }
        };
    }

    /** The document reader's bounds from {@code mail.limits} (their defaults without a mail section). */
    static InvoiceReader.Limits readerLimits(RelanceConfig config) {
        Mail.Limits l = config.mail().map(Mail::limits).orElse(Mail.Limits.defaults());
        return new InvoiceReader.Limits(Duration.ofSeconds(l.parseTimeoutSeconds()), l.maxTextChars(),
                l.maxMessageMb() * 1024L * 1024L, l.maxMimeDepth(), l.maxMimeParts(), l.maxParseMemoryMb() * 1024L * 1024L);
    }

    /** Every decision on a reminder, whatever the channel, goes through this desk. */
    public ReminderDesk desk() {
        return desk;
    }

    /** Bank emails that read like a credit but gave none, kept for {@code relance bank learn}. */
    public UnreadNotifications unreadNotifications() {
        return new UnreadNotifications(events, clock);
    }

    /** Bank emails from the mailbox: credits to the payment intake, unreadable-but-credit-like mail kept. */
    public BankMailbox bankMailbox() {
        return new BankMailbox(payments, new BankReader(config.bank().rules()), unreadNotifications());
    }

    /** Bank credits in (statements, notification emails): stored once, matched, applied or suggested. */
    public PaymentIntake payments() {
        return payments;
    }

    /** Writes and queues the messages of approved reminders (idempotent: run it after approvals and before sending). */
    public ReminderMailer reminderMailer() {
        return reminderMailer;
    }

    /** Wakes the running sender when something is queued or approved (after the commit). */
    public OutboxSignal outboxSignal() {
        return outboxSignal;
    }

    /** Queues outgoing mail in the caller's transaction. */
    public Outbox outbox() {
        return outbox;
    }

    /** A sender for the outbox ({@code dryRun} or {@code mail.dryRun}: send nothing); needs mail.smtp unless dry. */
    public OutboxSender outboxSender(boolean dryRun) {
        // A dry run only shows what would leave, so it works before the mail section is written.
        Mail mail = config.mail().or(() -> dryRun ? Optional.of(Mail.withoutServers(config.company().email()))
                : Optional.empty())
                .orElseThrow(() -> new ConfigException("mail", "not configured: nothing can be sent"));
        if (mail.smtp().isEmpty() && !(dryRun || mail.dryRun())) {
            throw new ConfigException("mail.smtp", "not configured: nothing can be sent");
        }
        return new OutboxSender(ledger, desk, events, mail, config.company().timezone(), clock, dryRun,
                CrashPoints.NONE);
    }

    /** The invoices view: every invoice with its status, latest reminder and warnings. */
    public InvoiceOverview invoiceOverview() {
        return new InvoiceOverview(ledger, invoices, reminders, config.company());
    }

    /** One invoice's history from the audit log (relance history, and the chat channels' invoice view). */
    public InvoiceHistory invoiceHistory() {
        return new InvoiceHistory(ledger, invoices);
    }

    /** The receivables summary (relance status, and the chat channels' status). */
    public ReceivablesStatus receivablesStatus() {
        return new ReceivablesStatus(ledger, invoices, config.company());
    }

    public PlanService plans() {
        return plans;
    }

    /** Writes reminders (subject, text, HTML, formal-notice PDF) from the templates; sends nothing. */
    public ReminderComposer composer() {
        return composer;
    }

    @Override
    public synchronized void close() {
        if (invoiceReader != null) {
            invoiceReader.close();
        }
        if (parseWorker != null) {
            parseWorker.close();
        }
        ledger.close();
    }
}
