package org.relance.mail;

import java.util.List;
import java.util.Optional;

/**
 * What one run of the sender did, one entry per message it looked at, in order.
 *
 * @param configurationError what stopped the whole run (a refused SMTP login), when something did
 */
public record SendReport(List<Handled> handled, Optional<String> configurationError) {

    public SendReport {
        handled = List.copyOf(handled);
    }

    public SendReport(List<Handled> handled) {
        this(handled, Optional.empty());
    }

    /** What happened to one message. */
    public enum Outcome {
        SENT("sent"),
        /** Dry run: logged and recorded, not sent; the row stays queued. */
        DRY_RUN("dry-run"),
        /** Its invoice was paid, cancelled or disputed after approval: not sent, row cancelled. */
        SKIPPED_PAID("skipped-paid"),
        /** Its reminder is no longer approved (cancelled, on hold…): not sent, row cancelled. */
        CANCELLED("cancelled"),
        DEFERRED_WINDOW("deferred-window"),
        DEFERRED_RATE("deferred-rate"),
        DEFERRED_BACKOFF("deferred-backoff"),
        /** Refused for good by the server (5xx) or too many transient failures. */
        FAILED("failed"),
        /** It cannot be known whether it left: a person must check. */
        NEEDS_REVIEW("needs-review"),
        /** Left in sending by a crash and found in the archive: it had left; now marked sent. */
        RECOVERED_SENT("recovered-sent"),
        /** Left in sending by a crash, not in the archive, queued once more (mail.recovery: retry). */
        RECOVERED_RETRY("recovered-retry"),
        /** Not tried: the SMTP server refused our login (a configuration error); the row stays queued untouched. */
        AUTH_FAILED("auth-failed"),
        /** In sending, claimed too recently to be a crash's leftover (another sender may be at work). */
        IN_FLIGHT("in-flight");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One message and its outcome; {@code detail} says why (reason, error, what was logged); a dry run adds the
     * {@code preview} of what would leave.
     */
    public record Handled(long outboxId, Long reminderId, String messageId, List<String> to, String subject,
                          Outcome outcome, String detail, Optional<Preview> preview) {

        public Handled {
            to = List.copyOf(to);
        }

        public Handled(long outboxId, Long reminderId, String messageId, List<String> to, String subject,
                       Outcome outcome, String detail) {
            this(outboxId, reminderId, messageId, to, subject, outcome, detail, Optional.empty());
        }
    }

    /** What a message would carry if it left now: its headers as they would be written, its text, its files. */
    public record Preview(String from, List<String> to, List<String> cc, List<String> replyTo, String subject,
                          String text, List<String> attachments) {

        public Preview {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            replyTo = List.copyOf(replyTo);
            attachments = List.copyOf(attachments);
        }
    }

    public long count(Outcome outcome) {
        return handled.stream().filter(h -> h.outcome() == outcome).count();
    }

    /** True when a message failed or needs a person, or the run was stopped: the command line exits with 1 then. */
    public boolean needsAttention() {
        return count(Outcome.FAILED) > 0 || count(Outcome.NEEDS_REVIEW) > 0 || configurationError.isPresent();
    }
}
