package org.relance.cli;

import org.relance.App;
import org.relance.config.RelanceConfig;

/** Opens the wired application (store, services) for a loaded configuration. */
@FunctionalInterface
public interface AppFactory {
    App open(RelanceConfig config);
}
