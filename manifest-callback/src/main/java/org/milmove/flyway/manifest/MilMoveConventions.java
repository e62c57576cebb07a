package org.milmove.flyway.manifest;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Flyway settings for MilMove migrations: files named {@code <version>_<name>.up.sql}; every pending listed
 * migration applied even when a newer one already is (what pop did); SQL run verbatim, because real migrations
 * contain {@code ${...}} text; query results never printed, because secure migrations hold sensitive data. On
 * PostgreSQL, Flyway's lock is a session lock rather than a lock held in an open transaction: MilMove's migrations
 * use {@code CREATE INDEX CONCURRENTLY}, which waits for every open transaction, Flyway's own included, for ever.
 */
public final class MilMoveConventions {
    private MilMoveConventions() {
    }

    public static FluentConfiguration apply(FluentConfiguration configuration) {
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration
                .sqlMigrationPrefix("")
                .sqlMigrationSeparator("_")
                .sqlMigrationSuffixes(MigrationName.SUFFIX)
                .outOfOrder(true)
                .placeholderReplacement(false)
                .outputQueryResults(false);
    }
}
