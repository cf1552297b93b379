package org.relance.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of the buttons, selects and date pickers on digest items and notifications: ack at once, then on the
 * work executor one decision per reminder the item showed, the message updated in place, an ephemeral word when
 * nothing changed. Thread-safe.
 */
final class DigestActions {

    private static final Logger log = LoggerFactory.getLogger(DigestActions.class);

    private final Gate gate;
    private final RecentRequests recent;
    private final Executor work;
    private final SlackWeb web;
    private final SlackRuntime.Decider decisions;
    private final LongFunction<List<Long>> members;
    private final LongFunction<String> preview;
    private final Function<Instant, Optional<Instant>> leavesAt;
    private final SlackTexts texts;
    private final Clock clock;
    private final java.util.Locale locale;
    /** The blocks we last wrote per message, so two quick decisions on one digest do not undo each other. */
    private final Map<String, String> written = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 200;
        }
    };

    /**
     * @param members  the reminders a digest item showed, its lead first (the lead alone when it was not grouped)
     * @param preview  the full text the reminder's approval would send, as an ephemeral answer
     * @param leavesAt when approved mail queued at an instant leaves (the send window), if mail is configured
     */
    DigestActions(Gate gate, RecentRequests recent, Executor work, SlackWeb web,
                  SlackRuntime.Decider decisions, LongFunction<List<Long>> members,
                  LongFunction<String> preview, Function<Instant, Optional<Instant>> leavesAt, SlackTexts texts,
                  Clock clock, java.util.Locale locale) {
        this.locale = locale;
        this.gate = gate;
        this.recent = recent;
        this.work = work;
        this.web = web;
        this.decisions = decisions;
        this.members = members;
        this.preview = preview;
        this.leavesAt = leavesAt;
        this.texts = texts;
        this.clock = clock;
    }

    void register(App app) {
        for (String id : List.of(ActionIds.APPROVE, ActionIds.ESCALATE, ActionIds.MARK_PAID, ActionIds.DISPUTE,
                ActionIds.SNOOZE, ActionIds.PROMISE, ActionIds.PREVIEW, ActionIds.MATCH_CONFIRM,
                ActionIds.MATCH_REJECT, ActionIds.INVOICE_CONFIRM, ActionIds.INVOICE_EDIT, ActionIds.PAYMENT_MISREAD)) {
            app.blockAction(id, this::handle);
        }
        app.viewSubmission(ActionIds.INVOICE_EDIT, this::submitted);
    }

    /**
     * The correction modal submitted: fields that cannot be read are answered at once ({@code response_action:
     * errors}, nothing changes); otherwise ack (the modal closes) and confirm on the work executor.
     */
    Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        InvoiceEditModal.Submission s = InvoiceEditModal.read(req.getRequestBodyAsString());
        if (s == null || s.userId() == null) {
            return ctx.ack();
        }
        if (!gate.sameWorkspace(s.teamId())) {
            log.warn("Slack modal submission from another workspace ({}) refused", s.teamId());
            return ctx.ack();
        }
        if (!gate.allowed(s.userId())) {
            log.warn("Slack modal submission by {} refused: not in slack.allowedUsers", s.userId());
            return ctx.ackWithErrors(Map.of(InvoiceEditModal.TOTAL, texts.notAllowed()));
        }
        Map<String, String> errors = s.errors(texts);
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        DecisionRequest request;
        try {
            request = s.request();
        } catch (RuntimeException e) {
            log.warn("Slack modal with unreadable metadata {}: {}", s.origin(), e.toString());
            return ctx.ack();
        }
        if (!recent.firstTime("view:" + s.viewId() + ":" + s.userId() + ":" + s.origin().value())) {
            return ctx.ack();
        }
        InvoiceEditModal.Origin o = s.origin();
        Click click = new Click(s.teamId(), s.userId(), o.channel(), o.ts(), o.messageText(), null,
                ActionIds.INVOICE_EDIT, o.blockId(), o.value(), null, null, null, null);
        submit(() -> decide(click, List.of(request)));
        return ctx.ack();
    }

    /** Runs on Bolt's request thread: never blocks, always acks. */
    Response handle(BlockActionRequest req, ActionContext ctx) {
        Click click = Click.parse(req.getRequestBodyAsString());
        if (click == null || click.actionId() == null) {
            return ctx.ack();
        }
        if (!recent.firstTime(click.key())) {
            log.info("Slack retry of {} by {} ignored (already handled)", click.actionId(), click.userId());
            return ctx.ack();
        }
        if (!gate.sameWorkspace(click.teamId())) {
            log.warn("Slack click {} from another workspace ({}) refused", click.actionId(), click.teamId());
            return ctx.ack();
        }
        if (!gate.allowed(click.userId())) {
            log.warn("Slack click {} by {} refused: not in slack.allowedUsers", click.actionId(), click.userId());
            submit(() -> ephemeral(click, texts.notAllowed()));
            return ctx.ack();
        }
        submit(() -> act(click));
        return ctx.ack();
    }

    private void submit(Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Slack action failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Slack action dropped: the work queue is full or stopping");
        }
    }

    /** The work after the ack. */
    void act(Click click) {
        if (ActionIds.PREVIEW.equals(click.actionId())) {
            ephemeral(click, preview.apply(Long.parseLong(click.value().trim())));
            return;
        }
        if (ActionIds.INVOICE_EDIT.equals(click.actionId())) {
            openEditor(click);
            return;
        }
        List<DecisionRequest> requests;
        try {
            requests = requests(click);
        } catch (RuntimeException e) {
            log.warn("Slack click {} with an unreadable value {}: {}", click.actionId(), click.value(), e.toString());
            return;
        }
        decide(click, requests);
    }

    /** The correction modal, with the fields as the button showed them; the message's blocks kept for its update. */
    private void openEditor(Click click) {
        ActionIds.InvoiceValue read;
        try {
            read = ActionIds.InvoiceValue.decode(click.value());
        } catch (RuntimeException e) {
            log.warn("Slack click {} with an unreadable value {}: {}", click.actionId(), click.value(), e.toString());
            return;
        }
        if (click.channelId() != null && click.messageTs() != null) {
            synchronized (written) {
                written.putIfAbsent(click.channelId() + "/" + click.messageTs(), click.blocksJson());
            }
        }
        InvoiceEditModal.Origin origin = new InvoiceEditModal.Origin(click.value(), click.channelId(),
                click.messageTs(), click.blockId(), click.messageText());
        try {
            web.openView(click.triggerId(), InvoiceEditModal.view(read, origin, locale));
        } catch (SlackWeb.SlackException e) {
            log.warn("the correction modal of {} was not opened: {}", read.invoice(), e.getMessage());
            ephemeral(click, texts.failed());
        }
    }

    /** Takes the decisions, shows what was done in the message and tells the clicker alone what was not. */
    private void decide(Click click, List<DecisionRequest> requests) {
        Actor actor = new Actor(click.userId(), Channel.SLACK);
        List<DecisionOutcome> outcomes;
        try {
            outcomes = decisions.take(requests, actor);
        } catch (RuntimeException e) {
            log.warn("Slack decision {} by {} failed: {}", click.actionId(), click.userId(), e.toString(), e);
            ephemeral(click, texts.failed());
            return;
        }
        Optional<DecisionOutcome> done = outcomes.stream()
                .filter(o -> o.status() == DecisionOutcome.Status.DONE).findFirst();
        if (done.isPresent()) {
            Instant now = clock.instant();
            Optional<Instant> leaves = done.get().reason() == DecisionOutcome.Reason.APPROVED
                    ? leavesAt.apply(now) : Optional.empty();
            updateMessage(click, texts.decided(done.get(), click.userId(), now, leaves));
        }
        // Whatever did not go through is said to the clicker alone (the message shows only what is true).
        outcomes.stream().filter(o -> o.status() != DecisionOutcome.Status.DONE)
                .map(texts::unchanged).distinct()
                .forEach(text -> ephemeral(click, text));
    }

    private List<DecisionRequest> requests(Click click) {
        return switch (click.actionId()) {
            case ActionIds.MATCH_CONFIRM -> List.of(new DecisionRequest.ConfirmMatch(Long.parseLong(click.value().trim())));
            case ActionIds.MATCH_REJECT -> List.of(new DecisionRequest.RejectMatch(Long.parseLong(click.value().trim())));
            case ActionIds.SNOOZE -> {
                String[] parts = click.selectedOption().split("\\|");
                int days = Integer.parseInt(parts[1].trim());
                yield onEachMember(Long.parseLong(parts[0].trim()), t -> new DecisionRequest.Snooze(t, days));
            }
            case ActionIds.PROMISE -> {
                LocalDate by = LocalDate.parse(click.selectedDate());
                long reminder = Long.parseLong(click.blockId().substring(click.blockId().lastIndexOf(':') + 1));
                yield onEachMember(reminder, t -> new DecisionRequest.Promise(t, by));
            }
            case ActionIds.APPROVE -> onEachMember(reminder(click), DecisionRequest.Approve::new);
            case ActionIds.ESCALATE -> onEachMember(reminder(click), DecisionRequest.Escalate::new);
            case ActionIds.MARK_PAID -> onEachMember(reminder(click), DecisionRequest.MarkPaid::new);
            case ActionIds.DISPUTE -> onEachMember(reminder(click), DecisionRequest.Dispute::new);
            case ActionIds.INVOICE_CONFIRM -> {
                ActionIds.InvoiceValue shown = ActionIds.InvoiceValue.decode(click.value());
                yield List.of(new DecisionRequest.ConfirmInvoice(shown.invoice(),
                        new DecisionRequest.Shown(shown.total(), shown.due()), null));
            }
            case ActionIds.PAYMENT_MISREAD -> {
                ActionIds.PaymentValue shown = ActionIds.PaymentValue.decode(click.value());
                yield List.of(new DecisionRequest.WithdrawPayment(shown.payment(), shown.amount(), null));
            }
            default -> throw new IllegalArgumentException("unknown action " + click.actionId());
        };
    }

    private static long reminder(Click click) {
        return Long.parseLong(click.value().trim());
    }

    /** One decision per reminder the item showed: the seam checks each against what is proposed now. */
    private List<DecisionRequest> onEachMember(long reminderId, Function<Target, DecisionRequest> make) {
        List<Long> ids = members.apply(reminderId);
        return (ids.isEmpty() ? List.of(reminderId) : ids).stream()
                .map(id -> make.apply(Target.shown(null, id, null)))
                .toList();
    }

    private void updateMessage(Click click, String line) {
        if (click.channelId() == null || click.messageTs() == null) {
            return;
        }
        String key = click.channelId() + "/" + click.messageTs();
        synchronized (written) {
            String blocks = written.getOrDefault(key, click.blocksJson());
            if (blocks == null) {
                // a modal submitted after a restart: the message's blocks are unknown, never overwrite them blind
                ephemeral(click, line);
                return;
            }
            String updated = MessageBlocks.decided(blocks, click.blockId(), line);
            try {
                web.update(click.channelId(), click.messageTs(),
                        new SlackMessage(click.messageText() == null ? line : click.messageText(), updated));
                written.put(key, updated);
            } catch (SlackWeb.SlackException e) {
                // The decision is committed; only its display failed.
                log.warn("decision taken but the Slack message was not updated: {}", e.getMessage());
            }
        }
    }

    private void ephemeral(Click click, String text) {
        if (click.channelId() == null) {
            return;
        }
        try {
            web.postEphemeral(click.channelId(), click.userId(), text);
        } catch (SlackWeb.SlackException e) {
            log.warn("Slack ephemeral answer not posted: {}", e.getMessage());
        }
    }
}
