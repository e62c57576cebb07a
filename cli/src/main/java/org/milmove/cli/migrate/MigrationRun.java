package org.milmove.cli.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.FlywayConsole;
import org.milmove.cli.db.Database;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.compat.ddl.DdlMigrationException;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.compat.ddl.DdlResult;
import org.milmove.flyway.compat.ddl.DdlRunner;
import org.milmove.flyway.compat.pop.Adoption;
import org.milmove.flyway.compat.pop.PopHistoryCallback;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.ChecksumCache;
import org.milmove.flyway.resolver.FailedMigration;
import org.milmove.flyway.resolver.SecureMigrationFailures;

/**
 * MilMove's migrations pointed at one database: the one place the Flyway stack is wired. The main and DML manifests
 * share one Flyway history; {@link #versioned()} sees both (info, validate, adopt), while {@link #migrate} applies
 * them in MilMove's order: main, then the DDL phases, then DML.
 */
final class MigrationRun implements AutoCloseable {
    private final Database database;
    private final Flyway versioned;
    private final Flyway main;
    private final Optional<Flyway> dml;
    private final List<DdlPhase> ddl;
    private final List<String> skipped;
    private final List<MilMoveResourceProvider> readers;
    private final List<AutoCloseable> resources;
    private final FailedMigration failed = new FailedMigration();
    private final Optional<ChecksumCache> checksums;

    MigrationRun(Database database, ManifestResourceProvider mainListed, Optional<ManifestResourceProvider> dmlListed,
                 List<DdlPhase> ddl, List<String> skipped, List<MilMoveResourceProvider> readers, boolean popHistory,
                 List<AutoCloseable> resources, Optional<ChecksumCache> checksums) {
        this.database = database;
        this.checksums = checksums;
        this.ddl = List.copyOf(ddl);
        this.skipped = List.copyOf(skipped);
        this.readers = List.copyOf(readers);
        this.resources = List.copyOf(resources);
        List<ManifestResourceProvider> versionedParts = new ArrayList<>(List.of(mainListed));
        dmlListed.ifPresent(versionedParts::add);
        this.versioned = configuration()
                .resourceProvider(new CombinedResources(List.copyOf(versionedParts)))
                .callbacks(versionedParts.stream().map(ManifestCallback::new).toArray(Callback[]::new))
                .load();
        // Both phases were validated together first: alone, each would take the other's rows for missing files.
        this.main = phase(mainListed, popHistory);
        this.dml = dmlListed.map(listed -> phase(listed, popHistory));
    }

    private FluentConfiguration configuration() {
        return MilMoveConventions.apply(Flyway.configure())
                .sqlMigrationSuffixes(MilMoveResourceProvider.SUFFIXES)
                .loggers(FlywayConsole.LOGGERS)
                .dataSource(database.dataSource());
    }

    private Flyway phase(ManifestResourceProvider listed, boolean popHistory) {
        List<Callback> callbacks = new ArrayList<>(List.of(new ManifestCallback(listed), failed));
        if (popHistory) {
            callbacks.add(new PopHistoryCallback());
        }
        return configuration()
                .resourceProvider(listed)
                .callbacks(callbacks.toArray(Callback[]::new))
                .validateOnMigrate(false)
                .load();
    }

    /** Flyway over the main and DML manifests together, for info, validate and adopt. */
    Flyway versioned() {
        return versioned;
    }

    Database database() {
        return database;
    }

    List<DdlPhase> ddlPhases() {
        return ddl;
    }

    /** One line per phase that is skipped because its manifest does not exist. */
    List<String> skipped() {
        return skipped;
    }

    MigrationInfo[] info() {
        Adoption.requireAdopted(versioned.getConfiguration());
        return versioned.info().all();
    }

    ValidateResult validate() {
        Adoption.requireAdopted(versioned.getConfiguration());
        return versioned.validateWithResult();
    }

    /** Told about each phase's results as soon as the phase is done. */
    interface Progress {
        void mainApplied(MigrateResult result);

        void ddlRan(DdlResult result);

        void dmlApplied(MigrateResult result);
    }

    /**
     * Validates both versioned manifests, then applies the main manifest, runs the DDL phases and applies the DML
     * manifest, stopping at the first failure.
     */
    void migrate(Progress progress) {
        Adoption.requireAdopted(versioned.getConfiguration());
        ValidateResult validated = Flyway.configure(versioned.getConfiguration().getClassLoader())
                .configuration(versioned.getConfiguration())
                .ignoreMigrationPatterns("*:future", "*:pending")
                .load()
                .validateWithResult();
        if (!validated.validationSuccessful) {
            throw new FlywayException("Validation failed, nothing was migrated:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", ValidationProblems.of(validated)));
        }
        progress.mainApplied(applied(main));
        // Only migrate creates the S3 checksum table (once the history exists): info, validate and review leave the
        // database as they found it.
        checksums.ifPresent(ChecksumCache::createTable);
        try {
            DdlRunner.run(database.dataSource(), ddl, progress::ddlRan);
        } catch (DdlMigrationException e) {
            throw SecureMigrationFailures.redacted(e, e.location());
        }
        dml.ifPresent(phase -> progress.dmlApplied(applied(phase)));
    }

    /**
     * Migrates one phase. A failing migration is reported without its contents if it is secure, and with the warning
     * of a file MilMove's Go migrator would have cut short.
     */
    private MigrateResult applied(Flyway phase) {
        try {
            return phase.migrate();
        } catch (FlywayException e) {
            Optional<MigrationInfo> migration = failed.of(e, phase);
            FlywayException shown = SecureMigrationFailures.redacted(e,
                    migration.map(MigrationInfo::getPhysicalLocation).orElse(null));
            Optional<String> warning = migration.flatMap(m -> readers.stream()
                    .flatMap(reader -> reader.warning(m.getScript()).stream()).findFirst());
            throw warning.<FlywayException>map(w -> new FlywayException(shown.getMessage() + System.lineSeparator() + w,
                    shown)).orElse(shown);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + resource, e);
            }
        }
    }
}
