package org.relance.digest;

/** A channel the day's digest goes out on (Slack, email); publishing the same digest twice posts it once. */
public interface DigestPublisher {

    String name();

    void publish(Digest digest);
}
