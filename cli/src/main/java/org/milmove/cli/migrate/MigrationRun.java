package org.milmove.cli.migrate;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.FlywayConsole;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.output.ProgressLine;
import org.milmove.flyway.compat.ddl.DdlPhase;
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
        Callback progress = new MigrationProgress(ProgressLine.on(new PrintWriter(System.err, true)));
        this.main = withCallback(main, progress).load();
        this.dml = stack.configureDml(main).map(phase -> withCallback(phase, progress).load());
    }

    private static FluentConfiguration withCallback(FluentConfiguration phase, Callback callback) {
        Callback[] callbacks = Arrays.copyOf(phase.getCallbacks(), phase.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = callback;
        return phase.callbacks(callbacks);
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

    /**
     * Validates the applied migrations against the listed files. Pending migrations are normal (a new file waits for
     * the next migrate); {@code strict} restores Flyway's rule that they fail validation.
     */
    ValidateResult validate(boolean strict) {
        Adoption.requireAdopted(versioned.getConfiguration());
        return strict ? versioned.validateWithResult() : validatedIgnoringPending();
    }

    /** Validation as migrate runs it: what is not applied yet (pending, or newer than the newest applied) is fine. */
    private ValidateResult validatedIgnoringPending() {
        return stack.validatedIgnoringPending(main.getConfiguration());
    }

    /** What repair would change: the failed, changed, renamed and vanished migrations that validation finds. */
    ValidateResult repairable() {
        Adoption.requireAdopted(versioned.getConfiguration());
        return validatedIgnoringPending();
    }

    /**
     * Flyway's repair of the history that the main and DML manifests share: removes failed rows, records the current
     * checksum, description and type of changed migrations, and marks applied migrations with no listed file deleted.
     */
    RepairResult repair() {
        Adoption.requireAdopted(versioned.getConfiguration());
        return versioned.repair();
    }

    /** Told about each phase's results as soon as the phase is done; validation problems in this toolkit's terms. */
    interface Progress extends MilMoveFlyway.Steps {
        @Override
        default RuntimeException invalid(ValidateResult result) {
            return MigrationRun.invalid(result);
        }
    }

    /**
     * Validates both versioned manifests, then applies the main manifest, runs the DDL phases and applies the DML
     * manifest, stopping at the first failure, or after the migration {@code target} names.
     */
    void migrate(Progress progress, Optional<String> target) {
        Adoption.requireAdopted(versioned.getConfiguration());
        Stop stop = stop(target);
        stack.migrateInOrder(stop.main(main), dml.map(stop::dml), stop.inMain(), progress);
    }

    /** What {@link #migrate} would apply and run, in its order; reads every file, changes nothing. */
    Plan plan(Optional<String> target) {
        Adoption.requireAdopted(versioned.getConfiguration());
        Stop stop = stop(target);
        requireValid();
        List<MigrationInfo> mainPending = List.of(stop.main(main).info().pending());
        if (stop.inMain()) {
            return new Plan(mainPending, List.of(), Optional.empty());
        }
        stack.checkDdl();
        return new Plan(mainPending, stack.ddlPhases(), dml.map(phase -> List.of(stop.dml(phase).info().pending())));
    }

    /**
     * What a migrate would do: pending versioned migrations of each manifest in the order they run, and DDL files.
     *
     * @param dml empty when the DML manifest does not run (no manifest, or --target stops in the main manifest)
     */
    record Plan(List<MigrationInfo> main, List<DdlPhase> ddl, Optional<List<MigrationInfo>> dml) {
    }

    private void requireValid() {
        ValidateResult validated = validatedIgnoringPending();
        if (!validated.validationSuccessful) {
            throw invalid(validated);
        }
    }

    private static FlywayException invalid(ValidateResult validated) {
        return new FlywayException("Validation failed, nothing was migrated:" + System.lineSeparator() + "  "
                + String.join(System.lineSeparator() + "  ", ValidationProblems.of(validated)));
    }

    /**
     * Where {@code --target} stops: after that version in the main manifest (no DDL phases, no DML), or in the DML
     * manifest (after the main manifest and the DDL phases).
     */
    private Stop stop(Optional<String> target) {
        if (target.isEmpty()) {
            return new Stop(null, false);
        }
        String version = target.get();
        if (!version.matches("\\d+(\\.\\d+)*")) {
            throw new UserException("--target must be a migration's version (its file name's leading digits, e.g."
                    + " 20250101000000), not " + Quoted.of(version));
        }
        if (resolves(main, version)) {
            return new Stop(version, true);
        }
        if (dml.isPresent() && resolves(dml.get(), version)) {
            return new Stop(version, false);
        }
        throw new UserException("--target " + version + ": no migration the main or DML manifest lists has that version;"
                + " bin/milmove info lists them.");
    }

    private static boolean resolves(Flyway phase, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        return Arrays.stream(phase.info().all()).anyMatch(m -> m.getState().isResolved() && wanted.equals(m.getVersion()));
    }

    /** A target version and whether the main manifest lists it; no version: run everything. */
    private record Stop(String version, boolean inMain) {
        Flyway main(Flyway phase) {
            return inMain ? targeted(phase, version) : phase;
        }

        Flyway dml(Flyway phase) {
            return version != null && !inMain ? targeted(phase, version) : phase;
        }

        private static Flyway targeted(Flyway phase, String version) {
            return Flyway.configure(phase.getConfiguration().getClassLoader())
                    .configuration(phase.getConfiguration())
                    .target(version)
                    .load();
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
