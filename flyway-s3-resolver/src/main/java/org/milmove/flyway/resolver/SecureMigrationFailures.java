package org.milmove.flyway.resolver;

import java.util.Optional;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * Safe reports for failed S3 migrations. Flyway's own message for a failed statement carries the database's error
 * text, which quotes the offending values; for a secure migration those values are the sensitive data. This gives a
 * message with the object and line only.
 */
public final class SecureMigrationFailures {
    private SecureMigrationFailures() {
    }

    /**
     * @return a message naming the object, line and SQL state if {@code failure} comes from a statement of an S3
     *         migration; empty for any other failure, whose message is safe to show as it is
     */
    public static Optional<String> redacted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Flyway's public API does not expose the failing resource; this internal exception is where it lives.
            if (t instanceof FlywaySqlScriptException script && script.getResource() != null
                    && script.getResource().getAbsolutePath().startsWith("s3://")) {
                String state = script.getSqlState();
                return Optional.of("Secure migration " + script.getResource().getAbsolutePath() + " failed at line "
                        + script.getLineNumber() + " (SQL state " + state + "); it was rolled back. The statement and the"
                        + " database's message are not shown because secure migrations hold sensitive data: read the"
                        + " object at that line.");
            }
        }
        return Optional.empty();
    }
}
