package org.relance.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReceivablesStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /relance digest | status | invoice NUMBER | help}: answered in the ack when it is quick (help), else acked
 * with "working…" and posted into the channel by the work executor. Thread-safe.
 */
final class SlashCommands {

    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    /** What the commands read; every function runs on the work executor, never on Bolt's thread. */
    record Sources(Runnable postDigest, Function<LocalDate, ReceivablesStatus.Summary> status,
                   Function<String, List<InvoiceHistory.History>> history, Supplier<StatusView> view) {
    }

    private final Gate gate;
    private final RecentRequests recent;
    private final Executor work;
    private final SlackWeb web;
    private final Sources sources;
    private final SlackTexts texts;
    private final Clock clock;
    private final ZoneId zone;

    SlashCommands(Gate gate, RecentRequests recent, Executor work, SlackWeb web, Sources sources, SlackTexts texts,
                  Clock clock, ZoneId zone) {
        this.gate = gate;
        this.recent = recent;
        this.work = work;
        this.web = web;
        this.sources = sources;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
    }

    void register(App app) {
        app.command(ActionIds.SLASH_COMMAND, this::handle);
    }

    Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String key = "command:" + (p.getTriggerId() != null ? p.getTriggerId()
                : p.getUserId() + ":" + req.getHeaders().getFirstValue("X-Slack-Request-Timestamp"));
        if (!recent.firstTime(key)) {
            log.info("Slack retry of /relance {} ignored (already handled)", p.getText());
            return ctx.ack();
        }
        if (!gate.sameWorkspace(p.getTeamId())) {
            log.warn("/relance from another workspace ({}) refused", p.getTeamId());
            return ctx.ack(texts.otherWorkspace());
        }
        if (!gate.allowed(p.getUserId())) {
            log.warn("/relance by {} refused: not in slack.allowedUsers", p.getUserId());
            return ctx.ack(texts.notAllowed());
        }
        String text = p.getText() == null ? "" : p.getText().trim();
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        String word = words.length == 0 ? "help" : words[0].toLowerCase(Locale.ROOT);
        String channel = p.getChannelId();
        switch (word) {
            case "digest" -> {
                return submit(ctx, texts.digestComing(), channel, p.getUserId(), sources.postDigest());
            }
            case "status" -> {
                return submit(ctx, texts.working(), channel, p.getUserId(), () -> status(channel));
            }
            case "invoice" -> {
                if (words.length < 2) {
                    return ctx.ack(texts.help());
                }
                String number = words[1];
                return submit(ctx, texts.working(), channel, p.getUserId(), () -> history(channel, number));
            }
            default -> {
                return ctx.ack(texts.help());
            }
        }
    }

    private Response submit(SlashCommandContext ctx, String ack, String channel, String user, Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("/relance failed: {}", e.toString(), e);
                    try {
                        web.postEphemeral(channel, user, texts.commandFailed());
                    } catch (SlackWeb.SlackException ignored) {
                        log.warn("/relance failure not reported to Slack: {}", ignored.getMessage());
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            return ctx.ack(texts.commandFailed());
        }
        return ctx.ack(ack);
    }

    private void status(String channel) {
        ReceivablesStatus.Summary summary = sources.status().apply(LocalDate.now(clock.withZone(zone)));
        StatusView view = sources.view().get();
        String ts = web.post(channel, Optional.empty(), view.status(summary));
        web.upload(channel, Optional.of(ts), "aging.png", "Aging", view.agingChart(summary));
    }

    private void history(String channel, String number) {
        web.post(channel, Optional.empty(), sources.view().get().history(sources.history().apply(number), number));
    }
}
