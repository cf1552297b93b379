package org.relance.dunning;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What the composer made of a reminder request: an email for the customer, a task for the team, or a refusal. */
public sealed interface Composition
        permits Composition.ComposedReminder, Composition.ComposedTask, Composition.Refused {

    /**
     * An email to the customer, ready for the outbox.
     *
     * @param to          the customer's address (checked: one address, no control characters)
     * @param toName      the customer's name, on one line
     * @param subject     one line, control characters removed
     * @param attachments the formal notice PDF for the {@code letter} channel; empty otherwise
     * @param invoices    the invoice numbers it covers, in the order listed
     */
    record ComposedReminder(
            String step,
            String channel,
            Locale locale,
            String to,
            String toName,
            String subject,
            String text,
            String html,
            List<Attachment> attachments,
            List<String> invoices) implements Composition {

        public ComposedReminder {
            attachments = List.copyOf(attachments);
            invoices = List.copyOf(invoices);
        }
    }

    /**
     * A to-do for the team (the {@code task} channel, a phone call): nothing goes to the customer.
     *
     * @param locale the company's language, the team's
     */
    record ComposedTask(String step, Locale locale, String customer, String title, String text,
                        List<String> invoices) implements Composition {

        public ComposedTask {
            invoices = List.copyOf(invoices);
        }
    }

    /** Nothing can be composed, and why (no email address, no template, mixed currencies…). */
    record Refused(String reason) implements Composition {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A file attached to an email. */
    record Attachment(String filename, String contentType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
