package org.relance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.relance.config.Mail;
import org.relance.config.RelanceConfig;
import org.relance.mail.MailboxWatcher;
import org.relance.mail.SendLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot ({@code relance run}, the demo): its long-running services, started in order and stopped in reverse
 * order within {@link #SHUTDOWN_BUDGET} whatever they are doing. Start it once, then close it once, from any thread
 * (the shutdown hook's); each service's close runs on a daemon thread of its own, abandoned when it overruns.
 */
public final class Bot implements AutoCloseable {

    /**
     * The whole shutdown, every service included: under the 10 s a supervisor (Docker, systemd) grants, with room
     * left for closing the store and the JVM's exit.
     */
    public static final Duration SHUTDOWN_BUDGET = Duration.ofMillis(8500);
    /** Kept back for each service still to stop, so one that hangs does not eat the others' time. */
    static final Duration RESERVE_PER_SERVICE = Duration.ofMillis(500);
    /** How often the send loop runs the outbox. */
    public static final Duration SEND_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    /**
     * One long-running part of the bot. {@link #start()} starts its own (daemon) threads and returns; close stops
     * them, promptly: the bot waits for it at most the budget it passes, then abandons it.
     */
    public interface Service extends AutoCloseable {

        /** A short name for the logs ("mailbox", "sender", "slack"…). */
        String name();

        /** Starts the service and returns; an exception means it cannot run (the others still do). */
        void start() throws Exception;

        /** What runs, where: the one line logged (and shown by {@code relance run}) when it has started. */
        default String describe() {
            return name();
        }

        /** Stops within {@code budget} if it can (the default ignores the budget and calls {@link #close()}). */
        default void close(Duration budget) throws Exception {
            close();
        }

        /** A service from its parts: a start action and what closes it (a digest scheduler, a Slack app, …). */
        static Service of(String name, String description, Startable start, AutoCloseable close) {
            Objects.requireNonNull(start);
            Objects.requireNonNull(close);
            return new Service() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void start() throws Exception {
                    start.start();
                }

                @Override
                public String describe() {
                    return description;
                }

                @Override
                public void close() throws Exception {
                    close.close();
                }
            };
        }
    }

    /** A start action that may fail. */
    @FunctionalInterface
    public interface Startable {
        void start() throws Exception;
    }

    /** What {@link #start()} did: the lines of the services running, and those that could not start, with why. */
    public record Startup(List<String> running, List<String> failed) {
        public Startup {
            running = List.copyOf(running);
            failed = List.copyOf(failed);
        }
    }

    private final List<Service> services;
    private final Duration budget;
    private final List<Service> attempted = new ArrayList<>();
    private volatile boolean closing;
    private boolean started;
    private boolean closed;

    /** @param services in start order; {@code budget} bounds {@link #close()} */
    public Bot(List<Service> services, Duration budget) {
        this.services = List.copyOf(services);
        this.budget = budget;
    }

    /**
     * The bot of an app: the mailbox watcher (with {@code mail.imap}), the send loop (with {@code mail.smtp} or a
     * dry run), then {@code extra} in their order (digest scheduler, Slack app, notifier…).
     */
    public static Bot of(App app, List<Service> extra) {
        List<Service> all = new ArrayList<>();
        RelanceConfig config = app.config();
        config.mail().flatMap(Mail::imap).ifPresent(imap -> all.add(new WatcherService(app, imap)));
        config.mail().filter(m -> m.smtp().isPresent() || m.dryRun())
                .ifPresent(m -> all.add(new SenderService(app, m.dryRun())));
        all.addAll(extra);
        return new Bot(all, SHUTDOWN_BUDGET);
    }

    /** The bot of an app with the services its wiring provides ({@link App#runtimeServices()}). */
    public static Bot of(App app) {
        return of(app, app.runtimeServices());
    }

    /** True when there is nothing to run. */
    public boolean isEmpty() {
        return services.isEmpty();
    }

    public List<String> names() {
        return services.stream().map(Service::name).toList();
    }

    /**
     * Starts every service in order, logging one line each; one that fails is logged and left out.
     *
     * @throws IllegalStateException when none could start (the ones that failed are closed)
     */
    public synchronized Startup start() {
        if (started) {
            throw new IllegalStateException("the bot is already started");
        }
        started = true;
        List<String> running = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Service s : services) {
            if (closing) {
                break;
            }
            attempted.add(s);
            try {
                s.start();
                String line = s.describe();
                LOG.info("{}: {}", s.name(), line);
                running.add(line);
            } catch (Exception | LinkageError e) {
                // One part that cannot run (a port in use, a token refused) must not keep the others down.
                String why = s.name() + " could not start: " + (e.getMessage() == null ? e.toString() : e.getMessage());
                LOG.error("{}; the other services run", why, e);
                failed.add(why);
            }
        }
        if (running.isEmpty() && !services.isEmpty() && !closing) {
            close();
            throw new IllegalStateException("nothing could start: " + String.join("; ", failed));
        }
        return new Startup(running, failed);
    }

    /** Stops the services in reverse order within {@link #SHUTDOWN_BUDGET} (this bot's budget). */
    @Override
    public void close() {
        closing = true;
        List<Service> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(attempted);
        }
        long begun = System.nanoTime();
        long deadline = begun + budget.toNanos();
        if (!toStop.isEmpty()) {
            LOG.info("stopping {} (at most {} ms)", String.join(", ", toStop.stream().map(Service::name).toList()),
                    budget.toMillis());
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            Service s = toStop.get(i);
            long remaining = deadline - System.nanoTime();
            long wait = Math.max(remaining - RESERVE_PER_SERVICE.toNanos() * i, remaining / (i + 1));
            stop(s, Duration.ofNanos(Math.max(0, wait)));
        }
        LOG.info("stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
    }

    /** Closes one service on a daemon thread, waiting at most {@code wait}; past that it is abandoned. */
    private static void stop(Service s, Duration wait) {
        long begun = System.nanoTime();
        Thread closer = new Thread(() -> {
            try {
                s.close(wait);
                LOG.debug("{} stopped in {} ms", s.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
            } catch (Exception e) {
                LOG.warn("{}: stopping failed: {}", s.name(), e.toString());
            } catch (Error e) {
                // The process is ending anyway; the line is all that can be done.
                LOG.error("{}: stopping failed", s.name(), e);
            }
        }, "relance-stop-" + s.name());
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive()) {
            // Daemon: it dies with the process; what it held is resumed on the next start.
            closer.interrupt();
            LOG.warn("{} did not stop within {} ms; abandoned", s.name(), wait.toMillis());
        }
    }

    /** The mailbox watcher as a bot service: it connects on its own thread (a server down is retried there). */
    private static final class WatcherService implements Service {
        private final App app;
        private final Mail.Imap imap;
        private MailboxWatcher watcher;

        WatcherService(App app, Mail.Imap imap) {
            this.app = app;
            this.imap = imap;
        }

        @Override
        public String name() {
            return "mailbox";
        }

        @Override
        public void start() {
            watcher = app.mailboxWatcher();
            watcher.start();
        }

        @Override
        public String describe() {
            return "watching " + imap.folder() + " of " + imap.username() + " on " + imap.host() + ":" + imap.port()
                    + (imap.idle() ? " (IDLE, polling fallback every " : " (polling every ") + imap.pollSeconds()
                    + " s)";
        }

        @Override
        public void close(Duration budget) {
            if (watcher != null) {
                watcher.close(budget);
            }
        }

        @Override
        public void close() {
            close(MailboxWatcher.CLOSE_BUDGET);
        }
    }

    /** The send loop as a bot service. */
    private static final class SenderService implements Service {
        private final App app;
        private final boolean dryRun;
        private SendLoop loop;

        SenderService(App app, boolean dryRun) {
            this.app = app;
            this.dryRun = dryRun;
        }

        @Override
        public String name() {
            return "sender";
        }

        @Override
        public void start() {
            loop = new SendLoop(app.reminderMailer(), app.outboxSender(false), SEND_PERIOD);
            loop.start();
            app.outboxSignal().listen(loop::wake);
        }

        @Override
        public String describe() {
            return "sending approved reminders every " + SEND_PERIOD.toSeconds() + " s within the send window"
                    + (dryRun ? " (dry run)" : "");
        }

        @Override
        public void close(Duration budget) {
            if (loop != null) {
                app.outboxSignal().stopListening();
                loop.close(budget);
            }
        }

        @Override
        public void close() {
            close(SendLoop.CLOSE_BUDGET);
        }
    }
}
