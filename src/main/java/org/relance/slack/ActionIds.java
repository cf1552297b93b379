package org.relance.slack;

import java.time.LocalDate;
import java.util.Currency;
import org.relance.ledger.Money;

/**
 * Every Slack id the app uses, in one place (contract §7). Item blocks of a digest carry
 * {@code block_id = "item-<position>-<part>:<reminderId>"} (part: head, preview, actions, decided), so a listener finds
 * an item's blocks in the message it updates; the promise datepicker's block id therefore ends with the reminder id.
 */
public final class ActionIds {

    public static final String APPROVE = "relance.approve";
    public static final String ESCALATE = "relance.escalate";
    public static final String MARK_PAID = "relance.mark_paid";
    public static final String PREVIEW = "relance.preview";
    /** static_select; option values {@code REMINDER_ID|DAYS}. */
    public static final String SNOOZE = "relance.snooze";
    /** datepicker; its block's id ends with {@code :REMINDER_ID}. */
    public static final String PROMISE = "relance.promise";
    /** On a customer's reply: the chase is disputed (value: reminder id). */
    public static final String DISPUTE = "relance.dispute";
    /** Buttons on a payment the engine is unsure of (value: allocation id). */
    public static final String MATCH_CONFIRM = "relance.match_confirm";
    public static final String MATCH_REJECT = "relance.match_reject";
    /**
     * Buttons on an invoice read with doubts (value: {@link InvoiceValue}); the edit button opens a modal whose
     * callback id is {@link #INVOICE_EDIT} too.
     */
    public static final String INVOICE_CONFIRM = "relance.invoice_confirm";
    public static final String INVOICE_EDIT = "relance.invoice_edit";
    /** On a payment the bot applied: a person says it was read wrong (value: {@link PaymentValue}). */
    public static final String PAYMENT_MISREAD = "relance.payment_misread";
    public static final String SLASH_COMMAND = "/relance";

    public static final int[] SNOOZE_DAYS = {3, 7, 14};

    private ActionIds() {
    }

    /** The block id of one part of a digest item. */
    public static String itemBlock(int position, String part, long reminderId) {
        return "item-" + position + "-" + part + ":" + reminderId;
    }

    /** The block ids of an invoice to confirm numbered {@code number} in a digest: its sentence and its buttons. */
    public static String confirmBlock(int number, String part) {
        return "confirm-" + number + "-" + part;
    }

    /** The block id of the buttons on a payment's notification. */
    public static String paymentBlock(long paymentId) {
        return "payment-" + paymentId + "-actions";
    }

    /**
     * The payment a "read wrong" button showed: {@code 7|123456|EUR} (amount in minor units), so a click never
     * withdraws another payment than the one shown.
     */
    public record PaymentValue(long payment, Money amount) {

        public String encode() {
            return payment + "|" + amount.toMinor() + "|" + amount.currency().getCurrencyCode();
        }

        /** @throws IllegalArgumentException when the value is not one we wrote */
        public static PaymentValue decode(String value) {
            String[] parts = value == null ? new String[0] : value.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a payment value: " + value);
            }
            try {
                return new PaymentValue(Long.parseLong(parts[0]),
                        Money.ofMinor(Long.parseLong(parts[1]), Currency.getInstance(parts[2])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a payment value: " + value, e);
            }
        }
    }

    /**
     * The reading an invoice-to-confirm button showed: {@code F-2026-0042|96800|EUR|2026-12-12} (total in minor units,
     * due date empty when none was read), so a click on a reading changed since is refused as stale.
     */
    public record InvoiceValue(String invoice, Money total, LocalDate due) {

        public String encode() {
            return invoice + "|" + total.toMinor() + "|" + total.currency().getCurrencyCode() + "|"
                    + (due == null ? "" : due.toString());
        }

        /** @throws IllegalArgumentException when the value is not one we wrote */
        public static InvoiceValue decode(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            // split from the right: an invoice number may contain anything, the last three fields cannot
            int c = value.lastIndexOf('|');
            int b = c < 0 ? -1 : value.lastIndexOf('|', c - 1);
            int a = b < 0 ? -1 : value.lastIndexOf('|', b - 1);
            if (a <= 0) {
                throw new IllegalArgumentException("not an invoice value: " + value);
            }
            try {
                String due = value.substring(c + 1);
                return new InvoiceValue(value.substring(0, a),
                        Money.ofMinor(Long.parseLong(value.substring(a + 1, b)),
                                Currency.getInstance(value.substring(b + 1, c))),
                        due.isEmpty() ? null : LocalDate.parse(due));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not an invoice value: " + value, e);
            }
        }
    }
}
