package org.milmove.cli.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.environments.Environment;
import org.milmove.cli.environments.EnvironmentsFileOption;
import org.milmove.cli.manifest.ManifestOption;
import org.milmove.cli.s3.S3Options;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.S3Settings;
import org.milmove.flyway.setup.MilMoveSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which migrations: MilMove's five manifests (main, four DDL phases, DML), the places the files live, how to reach S3
 * for s3:// places, and how MilMove's files are read.
 */
public final class MigrationOptions {
    /** What a deployed environment runs besides its secure migrations, as MilMove's deploy sets MIGRATION_PATH. */
    static final String DEPLOYED_SCHEMA = "file://migrations/app/schema";

    @Mixin
    ManifestOption manifest;

    @Option(names = {"-d", "--dml-migration-manifest"},
            defaultValue = "${env:DML_MIGRATION_MANIFEST:-migrations/app/dml_migrations_manifest.txt}",
            description = "Manifest of the DML migrations, applied after the DDL phases and recorded in the same history"
                    + " [DML_MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}); skipped when the file does not exist.")
    Path dmlManifest;

    @Mixin
    DdlOptions ddl;

    @Option(names = "--migration-path",
            defaultValue = "${env:MIGRATION_PATH:-migrations/app/schema;migrations/app/secure}",
            description = "';'-separated places where migration files live: dir, file://dir, s3://bucket/prefix"
                    + " [MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String migrationPath;

    @Option(names = "--environment", paramLabel = "ENV",
            description = "Migrate as this deployed environment would: its secure migrations from S3 (per the"
                    + " environments file) and migrations/app/schema; an explicit --migration-path still wins.")
    String environment;

    @Mixin
    EnvironmentsFileOption environments;

    @Mixin
    S3Options s3;

    @Option(names = "--milmove-sql", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read .up.sql files as MilMove's Go migrator does: COPY data rows stripped of leading"
                    + " whitespace and backslashes kept literally, POP RAW migrations, search_path lines dropped"
                    + " (default: on). --no-milmove-sql hands the files to Flyway unchanged.")
    boolean milMoveSql;

    @Option(names = "--pop-history", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also record each applied version in pop's schema_migration (created when absent), so that"
                    + " MilMove's Go migrator stays a working fallback (default: on).")
    boolean popHistory;

    @Option(names = "--replay-versions",
            defaultValue = "${env:MILMOVE_REPLAY_VERSIONS:-migrations/app/milmove_replay_versions.txt}",
            description = "Versions whose files run exactly as MilMove's Go migrator ran them, leaving out what it"
                    + " silently skipped; one version a line, # comments [MILMOVE_REPLAY_VERSIONS]"
                    + " (default: ${DEFAULT-VALUE}; none when the file does not exist).")
    Path replayVersions;

    @Spec(Spec.Target.SELF)
    CommandSpec self;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Runs {@code command} on the migrations these options name and the database {@code database} names. Every
     * manifest and path is read first, so that configuration mistakes fail before any server is started or
     * contacted; the database and the S3 client are closed after.
     */
    <T> T withMigrations(DatabaseOptions database, Function<MigrationRun, T> command) {
        MilMoveSettings loaded = load();
        try (Database db = database.open(System.getenv());
             MigrationRun run = new MigrationRun(db, loaded.open(db.dataSource()))) {
            return command.apply(run);
        }
    }

    MilMoveSettings load() {
        Manifest main = manifest.read();
        if (main.entries().isEmpty()) {
            // Flyway would report "No migrations found" and exit 0, as if all were well with a wrong manifest.
            throw new UserException("The manifest " + main.source() + " lists no migration: pass the right one with"
                    + " --migration-manifest (MIGRATION_MANIFEST), or list the migration files in it"
                    + " (bin/milmove manifest update).");
        }
        List<MilMoveSettings.DdlFiles> ddlPhases = ddl.phases().stream()
                .map(phase -> MilMoveSettings.DdlFiles.read(phase.name(), phase.manifest(), phase.path()))
                .toList();
        var reading = new MilMoveSettings.Reading(milMoveSql, popHistory, ReplayVersions.read(replayVersions),
                "add its version to " + replayVersions, warning -> command.commandLine().getErr().println("milmove: warning: " + warning));
        String path = migrationPath;
        S3Settings s3Settings;
        if (environment == null) {
            s3Settings = s3.settings();
        } else {
            Environment deployed = environments.read().get(environment);
            boolean pathGiven = !self.findOption("--migration-path").originalStringValues().isEmpty();
            path = pathGiven ? migrationPath : deployed.secureMigrations() + ";" + DEPLOYED_SCHEMA;
            s3Settings = s3.settings(deployed);
        }
        return new MilMoveSettings(main, MigrationPath.parse(path, Path.of("")), s3Settings,
                MilMoveSettings.OptionalManifest.read(dmlManifest), ddlPhases, reading, Optional.empty());
    }
}
