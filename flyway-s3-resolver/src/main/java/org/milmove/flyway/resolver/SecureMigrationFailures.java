package org.milmove.flyway.resolver;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;

/**
 * Reports of failed secure migrations that show none of their contents. Flyway's messages quote the statement (its
 * parser: "Incomplete statement at line 2: CREATE FUNCTION …") and the database's quote values (COPY: "line 1:
 * "123-45-6789…""), whatever failed. So a secure migration's failure, of any kind, is reported by where the migration
 * came from: its location, line and SQL state only.
 *
 * <p>A migration is secure when it was read from S3, from a local folder whose path has a {@code secure} segment
 * ({@code migrations/app/secure}), or from the working directory's {@code tmp/} folder, where production files are
 * written before they are uploaded. Pair with {@link FailedMigration}, which tells which migration failed.
 */
public final class SecureMigrationFailures {
    private static final Pattern LINE = Pattern.compile("(?:\\bLine\\s*:\\s*|\\bat line )(\\d+)");

    private SecureMigrationFailures() {
    }

    /** @param location a migration's location: an {@code s3://} URL or a local path */
    public static boolean isSecure(String location) {
        if (location.startsWith("s3://")) {
            return true;
        }
        Path path;
        try {
            path = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return true;
        }
        for (Path segment : path) {
            if (segment.toString().equals("secure")) {
                return true;
            }
        }
        return path.startsWith(Path.of("tmp").toAbsolutePath());
    }

    /**
     * {@code failure} as it may be shown: unchanged when it is not a secure migration's, or when it is a failure to
     * read the migration (which names the file or object, never its contents); otherwise a new exception, without
     * {@code failure} as its cause, naming the location, the line and the SQL state.
     *
     * @param location where the failed migration came from ({@link FailedMigration}); null when the failure is no
     *                 migration's
     */
    public static FlywayException redacted(FlywayException failure, String location) {
        if (location == null || !isSecure(location) || readingFailure(failure).isPresent()) {
            return failure;
        }
        String line = line(failure).map(n -> " at line " + n).orElse("");
        String state = sqlState(failure).map(SecureMigrationFailures::describeState)
                .orElse(" before the database ran it (Flyway could not read its statements)");
        return new FlywayException("Secure migration " + location + " failed" + line + state + ". Neither the statement"
                + " nor the database's message is shown, because secure migrations hold sensitive data: read the file"
                + (line.isEmpty() ? "." : " at that line."));
    }

    /** A failure to read a migration, which names the file or object: the path, S3 or the local file system. */
    static Optional<Throwable> readingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrationPathException || t instanceof S3ObjectChangedException
                    || t instanceof UncheckedIOException) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The line Flyway names in its messages ("Line : 3", "at line 3 col 1"): a number, safe to show. */
    private static Optional<String> line(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** Connection failures (08) and a server ending the session (57P01-57P03: shutdown, restart) are said in words. */
    private static String describeState(String state) {
        boolean lost = state.startsWith("08") || state.startsWith("57P0");
        return " (SQL state " + state + (lost ? ": the connection to the database was lost" : "") + ")";
    }
}
