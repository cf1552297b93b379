package org.relance.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.relance.invoice.InvoiceCorrection;

/**
 * A reply's text read with {@link ReplyGrammar}: its entries in order (commands, and lines not understood), the
 * lines that were read, and how many command lines were left unread past the cap.
 *
 * @param lines   the lines read (quoted history, signature, blank lines and chatter removed), in order
 * @param entries one per line read: a {@link Command} or a {@link NotUnderstood}
 * @param skipped lines past {@link ReplyGrammar#MAX_COMMANDS} commands, not read
 */
public record ParsedReply(List<String> lines, List<Entry> entries, int skipped) {

    public ParsedReply {
        lines = List.copyOf(lines);
        entries = List.copyOf(entries);
    }

    /** The lines only (no entries): kept for callers of the skeleton's constructor. */
    public ParsedReply(List<String> lines) {
        this(lines, List.of(), 0);
    }

    /**
     * What a command does; {@link #HELP} asks for the grammar. {@link #CONFIRM} confirms invoices read with doubts
     * (the digest's "to confirm" numbers), with a correction when fields are given ("corriger 3 montant 968,00").
     */
    public enum Kind { APPROVE, SNOOZE, ESCALATE, PAID, PROMISE, DISPUTE, HELP, CONFIRM }

    /** One line of the reply. */
    public sealed interface Entry {
        String source();
    }

    /**
     * A command line.
     *
     * @param items the item numbers in the order written, without duplicates; empty with {@code all} or HELP
     * @param all   "all" / "tout": every item of the digest
     * @param days  the snooze's days (the default when omitted), else 0
     * @param by    the promise's date, else null
     * @param correction what a CONFIRM changes (one item then); {@link InvoiceCorrection#NONE} otherwise
     */
    public record Command(String source, Kind kind, List<Integer> items, boolean all, int days, LocalDate by,
                          InvoiceCorrection correction) implements Entry {
        public Command {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
            correction = correction == null ? InvoiceCorrection.NONE : correction;
        }

        public Command(String source, Kind kind, List<Integer> items, boolean all, int days, LocalDate by) {
            this(source, kind, items, all, days, by, InvoiceCorrection.NONE);
        }
    }

    /**
     * A line that is not a command.
     *
     * @param why a reason code: {@code unknown_command}, {@code no_items}, {@code no_date}, {@code bad_date},
     *            {@code bad_days}, {@code too_long}; for confirmations {@code bad_amount},
     *            {@code bad_due}, {@code bad_email}, {@code no_correction} (a field without a value),
     *            {@code one_item} (a correction names one invoice)
     */
    public record NotUnderstood(String source, String why) implements Entry {
    }

    public List<Command> commands() {
        return entries.stream().filter(Command.class::isInstance).map(Command.class::cast).toList();
    }

    public List<NotUnderstood> notUnderstood() {
        return entries.stream().filter(NotUnderstood.class::isInstance).map(NotUnderstood.class::cast).toList();
    }
}
