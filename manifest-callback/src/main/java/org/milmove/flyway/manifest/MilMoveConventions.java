package org.milmove.flyway.manifest;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway settings for MilMove migrations: files named {@code <version>_<name>.up.sql}; every pending listed
 * migration applied even when a newer one already is (what pop did); SQL run verbatim, because real migrations
 * contain {@code ${...}} text; query results never printed, because secure migrations hold sensitive data.
 */
public final class MilMoveConventions {
    private MilMoveConventions() {
    }

    public static FluentConfiguration apply(FluentConfiguration configuration) {
        return configuration
                .sqlMigrationPrefix("")
                .sqlMigrationSeparator("_")
                .sqlMigrationSuffixes(MigrationName.SUFFIX)
                .outOfOrder(true)
                .placeholderReplacement(false)
                .outputQueryResults(false);
    }
}
