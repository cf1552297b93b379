package org.relance.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.relance.config.ConfigException;
import org.relance.config.Slack;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.decision.Decisions;
import org.relance.digest.DigestItem;
import org.relance.digest.DigestStore;
import org.relance.dunning.Actor;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReceivablesStatus;
import org.relance.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app while the bot runs: a Bolt app with the digest and command listeners, connected by Socket Mode when
 * {@code slack.appToken} is set, else served over HTTP on Jetty ({@code slack.http.port}, {@code slack.http.path},
 * plus {@code /healthz}). Listeners ack at once and hand the work to a small bounded executor, so Slack never waits
 * and a Slack outage never blocks anyone else. Lifecycle: {@link #start()} once, {@link #close()} returns within
 * about 5 seconds.
 */
public final class SlackRuntime implements org.relance.Bot.Service {

    private static final Logger log = LoggerFactory.getLogger(SlackRuntime.class);
    private static final int WORK_QUEUE = 256;
    private static final int RECENT_REQUESTS = 10_000;

    /**
     * What the listeners act on and read; the bot wires them from its services.
     *
     * @param decisions    {@link #decisions(Decisions)}: the seam's {@code takeAll}
     * @param members      a digest item's reminders, lead first, from the reminder its buttons carry
     *                     ({@link #digestMembers}); a reminder alone when it was not grouped
     * @param preview      the ephemeral answer of {@code relance.preview} for a reminder
     * @param leavesAt     when mail approved at an instant leaves (the next send-loop run in {@code mail.sendWindow})
     * @param postDigest   {@code /relance digest}: builds and posts today's digest
     * @param storeAnswers for {@code /healthz}
     */
    public record Handlers(Decider decisions,
                           LongFunction<List<Long>> members,
                           LongFunction<String> preview,
                           Function<Instant, Optional<Instant>> leavesAt,
                           Runnable postDigest,
                           Function<LocalDate, ReceivablesStatus.Summary> status,
                           Function<String, List<InvoiceHistory.History>> history,
                           Supplier<StatusView> statusView,
                           BooleanSupplier storeAnswers) {
    }

    private final Slack config;
    private final SlackWeb web;
    private final ThreadPoolExecutor work;
    private final Gate gate;
    private final App app;
    private final Clock wallClock;
    private Server server;
    private volatile SocketModeApp socket;
    private Thread socketStarter;
    private volatile boolean closed;

    /**
     * @param texts the company's locale and time zone (texts, dates, "leaves at")
     * @param clock the business clock (decision times, today's status)
     */
    public SlackRuntime(Slack config, SlackWeb web, Handlers handlers, java.util.Locale locale,
                        java.time.ZoneId zone, Clock clock) {
        this(config, web, handlers, locale, zone, clock, Clock.systemUTC());
    }

    /** {@code wallClock}: what request timestamps are checked against (Bolt uses the system clock for the past). */
    SlackRuntime(Slack config, SlackWeb web, Handlers handlers, java.util.Locale locale, java.time.ZoneId zone,
                 Clock clock, Clock wallClock) {
        if (config.appToken().isEmpty() && config.signingSecret().map(s -> s.isBlank()).orElse(true)) {
            // Bolt would verify with the placeholder "---": anyone could forge a click.
            throw new ConfigException("slack.signingSecret",
                    "required in HTTP mode (no slack.appToken): every request is verified with it");
        }
        this.config = config;
        this.web = web;
        this.wallClock = wallClock;
        AtomicInteger n = new AtomicInteger();
        this.work = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WORK_QUEUE),
                r -> {
                    Thread t = new Thread(r, "slack-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.gate = new Gate(web, config.allowedUsers());
        SlackTexts texts = new SlackTexts(locale, zone);
        RecentRequests recent = new RecentRequests(RECENT_REQUESTS);
        AppConfig.AppConfigBuilder b = AppConfig.builder()
                .slack(web.sdk())
                .singleTeamBotToken(config.botToken().value())
                // The bot's identity does not change while it runs: Bolt asks auth.test once, so a Slack outage
                // does not turn every click into a 500 before our listener can take the decision.
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(Long.MAX_VALUE / 2);
        config.signingSecret().ifPresent(s -> b.signingSecret(s.value()));
        this.app = new App(b.build());
        new DigestActions(gate, recent, work, web, handlers.decisions(), handlers.members(), handlers.preview(),
                handlers.leavesAt(), texts, clock, locale).register(app);
        new SlashCommands(gate, recent, work, web, new SlashCommands.Sources(handlers.postDigest(),
                handlers.status(), handlers.history(), handlers.statusView()), texts, clock, zone).register(app);
        this.storeAnswers = handlers.storeAnswers();
    }

    private final BooleanSupplier storeAnswers;

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public String describe() {
        return socketMode() ? "Slack app (Socket Mode), channel " + config.channel()
                : "Slack app on port " + port() + " at " + config.http().path() + " (and /healthz), channel "
                + config.channel();
    }

    /** Whether this instance connects by Socket Mode (an app token is set) rather than serving HTTP. */
    public boolean socketMode() {
        return config.appToken().isPresent();
    }

    /** Connects (Socket Mode, in the background, retried while Slack is unreachable) or starts the HTTP server. */
    public synchronized void start() {
        gate.learnTeam();
        if (socketMode()) {
            socketStarter = new Thread(this::connectSocketMode, "slack-socket-start");
            socketStarter.setDaemon(true);
            socketStarter.start();
            return;
        }
        try {
            app.start();
            server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setPort(config.http().port());
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.addFilter(new FilterHolder(new FreshTimestampFilter(wallClock)), config.http().path(),
                    EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), config.http().path());
            context.addServlet(new ServletHolder(new HealthServlet(storeAnswers)), "/healthz");
            server.setHandler(context);
            server.setStopTimeout(2_000);
            server.start();
            log.info("Slack app listening on port {} at {}", port(), config.http().path());
        } catch (Exception e) {
            throw new IllegalStateException("Slack HTTP server did not start on port " + config.http().port()
                    + ": " + e.getMessage(), e);
        }
    }

    private void connectSocketMode() {
        Duration wait = Duration.ofSeconds(1);
        while (!closed) {
            try {
                SocketModeApp s = new SocketModeApp(config.appToken().orElseThrow().value(), app,
                        SocketModeClient.Backend.JavaWebSocket);
                synchronized (this) {
                    if (closed) {
                        s.close();
                        return;
                    }
                    socket = s;
                }
                s.startAsync();
                log.info("Slack app connected by Socket Mode");
                return;
            } catch (Exception e) {
                log.warn("Slack Socket Mode connection failed ({}); retrying in {} s", e.toString(), wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60)
                        : wait.multipliedBy(2);
            }
        }
    }

    /** The HTTP port actually bound (a configured 0 picks a free one); -1 in Socket Mode. */
    public int port() {
        return server == null ? -1 : ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Whether the Socket Mode connection is up. */
    public boolean connected() {
        SocketModeApp s = socket;
        return s != null && !s.isClientStopped();
    }

    /** The Web API client the app uses (for publishers wired next to it). */
    public SlackWeb web() {
        return web;
    }

    /** Stops taking requests, lets queued work finish for up to 2 s, then drops it (decisions are idempotent). */
    @Override
    public void close() {
        SocketModeApp s;
        Server srv;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = socket;
            srv = server;
        }
        if (socketStarter != null) {
            socketStarter.interrupt();
        }
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                log.debug("Socket Mode close: {}", e.toString());
            }
        }
        if (srv != null) {
            try {
                srv.stop();
            } catch (Exception e) {
                log.debug("Jetty stop: {}", e.toString());
            }
        }
        work.shutdown();
        try {
            if (!work.awaitTermination(2, TimeUnit.SECONDS)) {
                log.warn("Slack work still running at shutdown: {} task(s) dropped", work.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            work.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            app.stop();
        } catch (Exception e) {
            log.debug("Bolt stop: {}", e.toString());
        }
    }

    /** {@link Handlers#members}: the members of the latest digest item that showed the reminder. */
    public static LongFunction<List<Long>> digestMembers(Ledger ledger, DigestStore digests) {
        return reminderId -> ledger.read(h -> digests.itemForReminder(h, reminderId))
                .map(item -> item.members().stream().map(DigestItem.Member::reminderId).toList())
                .orElse(List.of(reminderId));
    }

    /**
     * The Slack app of a wired {@link org.relance.App}, ready for {@code Bot}: the company's locale and time zone, the
     * app's clock, grouped digest items read from {@code digests}.
     *
     * @param web        the Web API client shared with the digest publisher and the notifier
     * @param postDigest what {@code /relance digest} runs (build today's digest and publish it)
     */
    public static SlackRuntime forApp(org.relance.App app, Slack slack, SlackWeb web, DigestStore digests,
                                      Runnable postDigest) {
        var company = app.config().company();
        return new SlackRuntime(slack, web, handlers(app, digestMembers(app.ledger(), digests), postDigest),
                company.locale(), company.timezone(), app.clock());
    }

    /**
     * The handlers from the wired app: decisions through its seam, previews from its mailer, "leaves at" from
     * {@code mail.sendWindow}, status and history from its views, health from its store.
     *
     * @param members    {@link #digestMembers} once the digest store is wired (a reminder alone otherwise)
     * @param postDigest what {@code /relance digest} runs (the digest publisher)
     */
    public static Handlers handlers(org.relance.App app, LongFunction<List<Long>> members, Runnable postDigest) {
        var company = app.config().company();
        Clock clock = app.clock();
        return new Handlers(
                decisions(app.decisions()),
                members,
                reminderId -> previewText(app, reminderId),
                at -> app.config().mail().flatMap(m -> org.relance.mail.SendWindows.nextOpen(m.sendWindow(),
                        at.plusSeconds(60), company.timezone())),
                postDigest,
                day -> app.receivablesStatus().on(day),
                number -> app.invoiceHistory().of(number),
                () -> new StatusView(company.locale(), company.timezone()),
                () -> {
                    app.ledger().read(h -> h.createQuery("select 1").mapTo(Integer.class).one());
                    return true;
                });
    }

    /** The full text approving this reminder's invoice today would send, or why there is none. */
    static String previewText(org.relance.App app, long reminderId) {
        SlackTexts texts = new SlackTexts(app.config().company().locale(), app.config().company().timezone());
        Optional<String> number = app.ledger().read(h -> app.reminders().find(h, reminderId)
                .flatMap(r -> app.invoices().find(h, r.invoiceId()))
                .map(org.relance.invoice.Invoice::number));
        if (number.isEmpty()) {
            return texts.nothingToPreview("#" + reminderId);
        }
        LocalDate today = LocalDate.now(app.clock().withZone(app.config().company().timezone()));
        return app.reminderMailer().preview(number.get(), today)
                .map(p -> p.refused() != null ? texts.previewRefused(number.get(), p.refused())
                        : p.mails().isEmpty() ? texts.nothingToPreview(number.get())
                        : "*" + p.mails().get(0).subject() + "*\n" + p.mails().get(0).text())
                .orElse(texts.nothingToPreview(number.get()));
    }

    /**
     * {@link Handlers#decisions} from the seam: a grouped item's decisions go through {@code takeAll}, so its
     * approvals queue one grouped message once all are committed.
     */
    public static Decider decisions(Decisions decisions) {
        return (requests, actor) -> decisions.takeAll(requests, actor).outcomes();
    }

    /** Takes the decisions of one click (one per reminder the item showed), in order. */
    @FunctionalInterface
    public interface Decider {
        List<DecisionOutcome> take(List<DecisionRequest> requests, Actor actor);
    }
}
