package org.relance.bank;

import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A bank email from the mailbox: its credits recorded through {@link PaymentIntake}; a mail that reads like a credit
 * but gives none is kept in {@link UnreadNotifications} and reported, never silently dropped.
 */
public final class BankMailbox {

    private final PaymentIntake payments;
    private final BankReader reader;
    private final UnreadNotifications unread;

    public BankMailbox(PaymentIntake payments, BankReader reader, UnreadNotifications unread) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.unread = Objects.requireNonNull(unread, "unread");
    }

    /** What one mail gave, and the summary the mailbox records for it. */
    public record Outcome(IntakeResult result, String summary) {
    }

    /** See {@link BankReader#forwardedNotification}: whether a person's mail forwards a bank notification. */
    public Optional<String> forwardedNotification(String name, byte[] rawEml) {
        return reader.forwardedNotification(name, rawEml);
    }

    public Outcome record(Handle h, String name, byte[] rawEml, String sender, String actor, String channel,
            String unverified) {
        IntakeResult result = payments.recordEmail(h, name, rawEml, actor, channel, unverified);
        if (result.noCredit() && reader.looksLikeCredit(rawEml)) {
            long id = unread.keep(h, name, sender, rawEml, unverified, actor, channel);
            return new Outcome(result, "I could not read this notification from " + sender + ": kept as #" + id
                    + " (relance bank unread; relance bank learn --unread " + id + " --amount … --payer …)");
        }
        return new Outcome(result, result.summary());
    }
}
