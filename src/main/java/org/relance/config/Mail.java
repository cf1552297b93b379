package org.relance.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The company mailbox the bot reads (IMAP) and the server it sends through (SMTP).
 *
 * @param recovery       what the sender does with a message left in {@code sending} by a crash and not in the archive
 * @param attachInvoices whether a reminder carries the original PDF of each invoice it lists (when one was kept)
 * @param replyTo        the {@code Reply-To} of every reminder to a customer (empty: none), so that an answer reaches
 *                       the bot's mailbox as well as the team's
 */
public record Mail(
        Optional<Imap> imap,
        Optional<Smtp> smtp,
        Archive archive,
        boolean dryRun,
        SendWindow sendWindow,
        Limits limits,
        boolean requireAuthenticationResults,
        String authservId,
        String botAddress,
        List<String> trustedSenders,
        String processedFolder,
        String quarantineFolder,
        Recovery recovery,
        boolean attachInvoices,
        List<String> replyTo) {

    public Mail {
        trustedSenders = List.copyOf(trustedSenders);
        replyTo = List.copyOf(replyTo);
    }

    /**
     * The defaults without any server: what a dry run needs to show what would leave when the configuration has no
     * mail section yet (nothing can be sent with it).
     */
    public static Mail withoutServers(String companyEmail) {
        return new Mail(Optional.empty(), Optional.empty(), new Archive(Optional.empty(), Optional.empty()), true,
                new SendWindow(LocalTime.of(8, 30), LocalTime.of(18, 0), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), true),
                Limits.defaults(), false, null, companyEmail, List.of(), "Relance/Processed", "Relance/Quarantine",
                Recovery.REVIEW, false, List.of(companyEmail));
    }

    /**
     * What the sender does with a message found in {@code sending} after a crash whose copy is not in the archive:
     * {@code REVIEW} marks it for a person to check, {@code RETRY} queues it once more (safe only when a missing copy
     * means it never left, e.g. a BCC archive).
     */
    public enum Recovery { RETRY, REVIEW }

    /** How a connection is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    public record Imap(String host, int port, Security security, String username, Secret password,
                       String folder, boolean idle, int pollSeconds) {
    }

    public record Smtp(String host, int port, Security security, String username, Secret password,
                       int maxPerMinute) {
    }

    /** Where a copy of every sent message goes: an IMAP folder, or a BCC address. */
    public record Archive(Optional<String> sentFolder, Optional<String> bcc) {
    }

    public record SendWindow(LocalTime from, LocalTime to, Set<DayOfWeek> days, boolean skipHolidays) {
        public SendWindow {
            days = Set.copyOf(days);
        }
    }

    /**
     * Bounds on hostile input: messages over {@code maxMessageMb} are not downloaded, MIME trees are capped, a
     * document parse is stopped after {@code parseTimeoutSeconds}, keeps at most {@code maxTextChars} of text and
     * {@code maxParseMemoryMb} of PDF buffers in memory; {@code isolateParsing}: mail-borne documents are read in a
     * child JVM whose heap (twice {@code maxParseMemoryMb}, at least 128 MB) bounds the parse.
     */
    public record Limits(int maxMessageMb, int maxMimeDepth, int maxMimeParts, int parseTimeoutSeconds,
                         int maxTextChars, int maxParseMemoryMb, boolean isolateParsing) {

        public Limits(int maxMessageMb, int maxMimeDepth, int maxMimeParts, int parseTimeoutSeconds,
                      int maxTextChars, int maxParseMemoryMb) {
            this(maxMessageMb, maxMimeDepth, maxMimeParts, parseTimeoutSeconds, maxTextChars, maxParseMemoryMb, true);
        }

        public Limits(int maxMessageMb, int maxMimeDepth, int maxMimeParts, int parseTimeoutSeconds) {
            this(maxMessageMb, maxMimeDepth, maxMimeParts, parseTimeoutSeconds, 1_000_000, 64);
        }

        public static Limits defaults() {
            return new Limits(25, 20, 500, 30);
        }
    }
}
