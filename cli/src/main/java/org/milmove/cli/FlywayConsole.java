package org.milmove.cli;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log on the CLI's console (slf4j), with two differences. Statements are never logged: Flyway logs each one
 * at debug level as it parses and runs it, and it may be a secure migration's. Errors logged with an exception (a
 * rollback or unlock on a connection the server has dropped) go to debug level: they follow a failure that is reported
 * on its own, and their stack traces would bury it.
 */
public final class FlywayConsole implements LogCreator {
    /** Flyway's {@code loggers} setting that selects this log. */
    public static final String LOGGERS = FlywayConsole.class.getName();
    /** Where Flyway logs the statements it parses and runs. */
    private static final String STATEMENTS = "org.flywaydb.core.internal.sqlscript";

    @Override
    public Log createLogger(Class<?> type) {
        Logger logger = LoggerFactory.getLogger(type);
        boolean logsStatements = type.getPackageName().equals(STATEMENTS);
        return new Log() {
            @Override
            public void debug(String message) {
                if (!logsStatements) {
                    logger.debug(message);
                }
            }

            @Override
            public void info(String message) {
                logger.info(message);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void error(String message) {
                logger.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.debug(message, e);
            }

            @Override
            public void notice(String message) {
                logger.info(message);
            }
        };
    }
}
