package org.relance.slack;

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
    public static final String SLASH_COMMAND = "/relance";

    public static final int[] SNOOZE_DAYS = {3, 7, 14};

    private ActionIds() {
    }

    /** The block id of one part of a digest item. */
    public static String itemBlock(int position, String part, long reminderId) {
        return "item-" + position + "-" + part + ":" + reminderId;
    }
}
