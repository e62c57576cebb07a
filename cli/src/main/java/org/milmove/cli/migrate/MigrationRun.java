package org.milmove.cli.migrate;

import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.FlywayConsole;
import org.milmove.cli.db.Database;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.compat.ddl.DdlResult;
import org.milmove.flyway.compat.pop.Adoption;
import org.milmove.flyway.setup.MilMoveFlyway;

/**
 * MilMove's migrations pointed at one database, the stack built by {@link MilMoveFlyway}. The main and DML manifests
 * share one Flyway history; {@link #versioned()} sees both (info, validate, adopt), while {@link #migrate} applies
 * them in MilMove's order: main, then the DDL phases, then DML.
 */
final class MigrationRun implements AutoCloseable {
    private final Database database;
    private final MilMoveFlyway stack;
    private final Flyway versioned;
    private final Flyway main;
    private final Optional<Flyway> dml;

    /** Closing the run closes {@code stack}. */
    MigrationRun(Database database, MilMoveFlyway stack) {
        this.database = database;
        this.stack = stack;
        FluentConfiguration main = stack.configure()
                .loggers(FlywayConsole.LOGGERS)
                .dataSource(database.dataSource())
                // Both phases were validated together first: alone, each would take the other's rows for missing files.
                .validateOnMigrate(false);
        this.versioned = stack.configureVersioned(main).validateOnMigrate(true).load();
        this.main = main.load();
        this.dml = stack.configureDml(main).map(FluentConfiguration::load);
    }

    /** Flyway over the main and DML manifests together, for info, validate and adopt. */
    Flyway versioned() {
        return versioned;
    }

    Database database() {
        return database;
    }

    List<DdlPhase> ddlPhases() {
        return stack.ddlPhases();
    }

    /** The stack this run was built from. */
    MilMoveFlyway stack() {
        return stack;
    }

    /** One line per phase that is skipped because its manifest does not exist. */
    List<String> skipped() {
        return stack.skipped();
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
        progress.mainApplied(stack.migrate(main));
        stack.runDdl(database.dataSource(), progress::ddlRan);
        dml.ifPresent(phase -> progress.dmlApplied(stack.migrate(phase)));
    }

    @Override
    public void close() {
        stack.close();
    }
}
