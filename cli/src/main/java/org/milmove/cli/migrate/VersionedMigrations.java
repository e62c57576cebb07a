package org.milmove.cli.migrate;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.flyway.compat.pop.PopHistoryCallback;

/**
 * The main and DML manifests' migrations as the one composition root ({@link MigrationRun}) resolves them, for
 * commands outside this package that read them and apply them elsewhere ({@code milmove review}).
 */
public final class VersionedMigrations {
    private final MigrationRun run;

    private VersionedMigrations(MigrationRun run) {
        this.run = run;
    }

    /** A listed migration: its version, its file as Flyway reads it (fizz translated, SQL read as MilMove reads it). */
    public record Listed(String version, String script, boolean applied, String source, LoadableResource resource) {
    }

    /** Runs {@code command} on the migrations {@code options} name, against the database {@code database} names. */
    public static <T> T with(MigrationOptions options, DatabaseOptions database, Function<VersionedMigrations, T> command) {
        return options.withMigrations(database, run -> command.apply(new VersionedMigrations(run)));
    }

    /** The database the options name (without --db-host, the embedded dev database). */
    public Database database() {
        return run.database();
    }

    /** Every listed versioned migration (main and DML), in version order, applied or not. */
    public List<Listed> listed() {
        Configuration configuration = run.versioned().getConfiguration();
        return Arrays.stream(run.info())
                .filter(info -> info.getVersion() != null && info.getState().isResolved())
                .map(info -> new Listed(info.getVersion().getVersion(), info.getScript(), info.getState().isApplied(),
                        source(info), configuration.getResourceProvider().getResource(info.getScript())))
                .toList();
    }

    /**
     * Applies to {@code target} every listed migration up to and including {@code version} that it has not applied,
     * as {@code migrate} would (pop's history kept, out of order), without the DDL phases. Validation is left to
     * {@code validate}: the target is a scratch copy.
     */
    public void migrateUpTo(DataSource target, String version) {
        Configuration versioned = run.versioned().getConfiguration();
        Flyway.configure(versioned.getClassLoader())
                .configuration(versioned)
                .dataSource(target)
                .target(version)
                .validateOnMigrate(false)
                .callbacks(Stream.concat(Arrays.stream(versioned.getCallbacks()), Stream.of(new PopHistoryCallback()))
                        .toArray(Callback[]::new))
                .load()
                .migrate();
    }

    private static String source(MigrationInfo info) {
        return info.getPhysicalLocation() == null || info.getPhysicalLocation().isEmpty()
                ? info.getScript()
                : SourcePaths.display(info.getPhysicalLocation());
    }
}
