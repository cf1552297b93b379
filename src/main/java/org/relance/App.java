package org.relance;

import java.time.Clock;
import org.relance.config.RelanceConfig;

/** The wired application for one configuration: owns the store and the services; close it when done. */
public final class App implements AutoCloseable {

    private final RelanceConfig config;
    private final Clock clock;

    App(RelanceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public RelanceConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
    }
}
