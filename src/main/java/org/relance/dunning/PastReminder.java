package org.relance.dunning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A reminder already sent (or a call already made) for one invoice: what the recap of earlier reminders lists. */
public record PastReminder(String invoiceNumber, String step, LocalDate sentOn) {

    public PastReminder {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(sentOn, "sentOn");
    }

    /** The sent reminders of one invoice's history, oldest first, dated in the company's time zone. */
    public static List<PastReminder> sentOf(String invoiceNumber, List<Reminder> history, ZoneId zone) {
        return history.stream()
                .filter(r -> r.state() == ReminderState.SENT && r.sentAt() != null)
                .map(r -> new PastReminder(invoiceNumber, r.step(), LocalDate.ofInstant(r.sentAt(), zone)))
                .sorted(Comparator.comparing(PastReminder::sentOn))
                .toList();
    }
}
