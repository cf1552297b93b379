package org.relance.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.relance.config.RelanceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the {@code logging.file} appender to Logback's root logger, once per file, when a command loads its config. */
final class LogFile {

    private LogFile() {
    }

    static void attach(RelanceConfig config) {
        config.logging().file().ifPresent(LogFile::attach);
    }

    private static void attach(Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String name = "file:" + file.toAbsolutePath();
        synchronized (LogFile.class) {
            if (root.getAppender(name) != null) {
                return;
            }
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n");
            encoder.start();
            FileAppender<ILoggingEvent> appender = new FileAppender<>();
            appender.setContext(context);
            appender.setName(name);
            appender.setFile(file.toAbsolutePath().toString());
            appender.setAppend(true);
            appender.setEncoder(encoder);
            appender.start();
            root.addAppender(appender);
        }
    }
}
