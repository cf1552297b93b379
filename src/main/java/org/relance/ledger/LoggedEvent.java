package org.relance.ledger;

/** An event as read back from the log, with its id: the position a feed reader resumes after. */
public record LoggedEvent(long id, Event event) {

    public String kind() {
        return event.kind();
    }
}
