package org.milmove.flyway.compat.pop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Keeps pop's {@code schema_migration} table in step with Flyway's history, so that MilMove's Go migrator stays a
 * working fallback and MilMove's own migrations that refer to the table (comments on it) run on a fresh database.
 * Before each migration the table is created with pop's DDL if it is absent; after each one its version is recorded,
 * in the migration's own transaction, so both histories commit or roll back together.
 */
public final class PopHistoryCallback extends BaseCallback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (migration == null || migration.getVersion() == null) {
            return;
        }
        try {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                PopHistory.createIfAbsent(context.getConnection());
            } else {
                record(context.getConnection(), PopHistory.version(migration.getScript()));
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not keep pop's schema_migration in step for " + migration.getScript()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void record(Connection connection, String version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_migration (version) SELECT ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM schema_migration WHERE version = ?)")) {
            insert.setString(1, version);
            insert.setString(2, version);
            insert.executeUpdate();
        }
    }

    @Override
    public String getCallbackName() {
        return "milmove-pop-history";
    }
}
