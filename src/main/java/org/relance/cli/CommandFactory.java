package org.relance.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds command objects, handing the {@link CliContext} to those whose constructor takes it. */
final class CommandFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            if (params.length == 1 && params[0] == CliContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return fallback.create(type);
    }
}
