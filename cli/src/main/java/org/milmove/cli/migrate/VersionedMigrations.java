package org.milmove.cli.migrate;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.flyway.compat.ddl.DdlRunner;
import org.milmove.flyway.compat.pop.PopHistoryCallback;

/**
 * The main and DML manifests' migrations as the composition root ({@link org.milmove.flyway.setup.MilMoveFlyway})
 * resolves them, for commands outside this package that read them and apply them elsewhere ({@code milmove review}).
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
     * Brings {@code target} up to {@code version} as {@code migrate} would have on the day that version was the newest:
     * the main manifest's migrations up to and including it that {@code target} lacks, the DDL phases, then the DML
     * manifest's up to it (MilMove's order; out of order; pop's history kept). Validation is left to {@code validate}:
     * the target is a scratch copy.
     */
    public void migrateUpTo(DataSource target, String version) {
        Configuration versioned = run.versioned().getConfiguration();
        migrateUpTo(versioned, run.stack().mainFiles(), target, version);
        DdlRunner.run(target, run.ddlPhases(), ran -> { });
        run.stack().dmlFiles().ifPresent(dml -> migrateUpTo(versioned, dml, target, version));
    }

    private static void migrateUpTo(Configuration versioned, ResourceProvider manifest, DataSource target, String version) {
        Flyway.configure(versioned.getClassLoader())
                .configuration(versioned)
                .resourceProvider(manifest)
                .callbacks(new PopHistoryCallback())
                .dataSource(target)
                .target(version)
                .validateOnMigrate(false)
                .load()
                .migrate();
    }

    private static String source(MigrationInfo info) {
        return info.getPhysicalLocation() == null || info.getPhysicalLocation().isEmpty()
                ? info.getScript()
                : SourcePaths.display(info.getPhysicalLocation());
    }
}
