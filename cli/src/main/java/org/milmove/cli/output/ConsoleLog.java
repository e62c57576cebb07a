package org.milmove.cli.output;

import java.io.PrintStream;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The CLI's log (an SLF4J provider): every line on stderr, so that stdout carries results alone, at the verbosity
 * the options chose. Its level is read at each call, because loggers exist before the options are parsed (a fixed
 * level at start-up, as slf4j-simple has, cannot follow -q or -v). The CLI's own INFO lines are its one line per
 * phase; the libraries' INFO and ERROR lines (Flyway's progress, and failures the CLI reports itself) show from -v
 * on.
 */
public final class ConsoleLog implements SLF4JServiceProvider {
    private static final String OWN = "org.milmove.";
    /** Noisy below WARN at every level but --debug: the embedded server's output, Flyway's callback and licence notes. */
    private static final String[] QUIET_LIBRARIES = {"io.zonky", "org.flywaydb.core.internal.callback",
        "org.flywaydb.core.internal.license"};
    private static volatile Verbosity verbosity = Verbosity.NORMAL;

    private final ILoggerFactory loggers = Logger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Sets the verbosity for every logger, including those created before the options were parsed. */
    public static void verbosity(Verbosity chosen) {
        verbosity = chosen;
    }

    public static Verbosity verbosity() {
        return verbosity;
    }

    static boolean enabled(String name, Level level) {
        Verbosity now = verbosity;
        boolean own = name.startsWith(OWN);
        if (level == Level.ERROR && own) {
            return true;
        }
        // A library's ERROR line repeats a failure that the CLI reports itself, in one line with its exit code.
        return switch (now) {
            case QUIET -> false;
            case NORMAL -> level == Level.WARN || level == Level.INFO && own;
            case VERBOSE -> level == Level.ERROR || level == Level.WARN || level == Level.INFO && !quietLibrary(name);
            case DEBUG -> level != Level.TRACE;
        };
    }

    private static boolean quietLibrary(String name) {
        for (String prefix : QUIET_LIBRARIES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String line(String name, Level level, String message) {
        if (!name.startsWith(OWN)) {
            return level + " " + message;
        }
        return switch (level) {
            case INFO -> message;
            case WARN -> "milmove: warning: " + message;
            case ERROR -> "milmove: " + message;
            default -> level + " " + message;
        };
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to read: the verbosity comes from the command line.
    }

    private static final class Logger extends LegacyAbstractLogger {
        Logger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(name, Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(name, Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(name, Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(name, Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(name, Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            PrintStream err = System.err;
            err.println(line(name, level, MessageFormatter.basicArrayFormat(pattern, arguments)));
            // A trace is for whoever debugs; at other levels the failure is reported on its own, in one line.
            if (throwable != null && verbosity == Verbosity.DEBUG) {
                throwable.printStackTrace(err);
            }
        }
    }
}
