package org.milmove.flyway.resolver;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Which migration a Flyway {@code migrate()} failed on, from Flyway's public callback events. Register it as a
 * callback; when {@code migrate()} throws, ask {@link #of}.
 *
 * <pre>{@code
 * var failed = new FailedMigration();
 * Flyway flyway = Flyway.configure().callbacks(failed)...load();
 * try {
 *     flyway.migrate();
 * } catch (FlywayException e) {
 *     throw SecureMigrationFailures.redacted(e, failed.of(e, flyway).map(MigrationInfo::getPhysicalLocation).orElse(null));
 * }
 * }</pre>
 */
public final class FailedMigration extends BaseCallback {
    private final AtomicReference<MigrationInfo> failed = new AtomicReference<>();

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public void handle(Event event, Context context) {
        failed.set(event == Event.AFTER_EACH_MIGRATE_ERROR ? context.getMigrationInfo() : null);
    }

    @Override
    public String getCallbackName() {
        return "milmove-failed-migration";
    }

    /**
     * The migration {@code failure} belongs to: the one Flyway reported failing; or, when Flyway failed while reading
     * the statements of the next migration to apply (it reads them to decide on a transaction, before any event names
     * the migration), the first pending one. Empty when the failure is no migration's: the database's (schema history,
     * lock, connection) or the reading of a file, which names the file itself.
     *
     * @param flyway the Flyway whose {@code migrate()} threw {@code failure}; asked for its pending migrations
     * @throws FlywayException with a message that shows nothing of {@code failure}, when Flyway cannot say which
     *                         migration is pending: the migration may be secure
     */
    public Optional<MigrationInfo> of(FlywayException failure, Flyway flyway) {
        MigrationInfo reported = failed.get();
        if (reported != null) {
            return Optional.of(reported);
        }
        if (has(failure, SQLException.class) || SecureMigrationFailures.readingFailure(failure).isPresent()) {
            return Optional.empty();
        }
        try {
            MigrationInfo[] pending = flyway.info().pending();
            return pending.length == 0 ? Optional.empty() : Optional.of(pending[0]);
        } catch (FlywayException | UncheckedIOException e) {
            throw new FlywayException("Flyway failed while reading a migration's statements, and could not say which"
                    + " migration it was (" + e.getMessage() + "). The failure is not shown, in case that migration"
                    + " is secure: run again.");
        }
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
