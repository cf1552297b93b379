package org.relance.cli;

import java.time.LocalDate;
import org.relance.App;

/** The day a command works on: the one given with {@code --today}, else today in {@code company.timezone}. */
final class Today {

    private Today() {
    }

    static LocalDate or(LocalDate given, CliContext context, App app) {
        return given != null ? given : LocalDate.now(context.clock().withZone(app.config().company().timezone()));
    }
}
