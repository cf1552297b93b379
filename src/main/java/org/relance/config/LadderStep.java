package org.relance.config;

/**
 * One step of the dunning ladder.
 *
 * @param template null for the {@code task} channel, which writes no email
 */
public record LadderStep(String id, int afterDueDays, Channel channel, String template) {

    /** How a step reaches the customer. */
    public enum Channel {
        EMAIL, TASK, LETTER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
