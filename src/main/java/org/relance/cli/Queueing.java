package org.relance.cli;

import org.relance.mail.ReminderMailer;

/** Prints what a sweep of approved reminders queued, and what it could not write. */
final class Queueing {

    private Queueing() {
    }

    static void print(ReminderMailer.Report report, CliContext context) {
        for (ReminderMailer.Queued q : report.queued()) {
            context.out().println("queued " + q.purpose() + " " + q.messageId() + " to " + q.to() + " for "
                    + String.join(", ", q.invoices()));
        }
        for (ReminderMailer.NotWritten n : report.notWritten()) {
            context.err().println(String.join(", ", n.invoices()) + ": approved but no message written: " + n.reason());
        }
    }
}
