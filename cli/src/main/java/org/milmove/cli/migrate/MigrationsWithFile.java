package org.milmove.cli.migrate;

import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.api.output.MigrateResult;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.flyway.compat.ddl.DdlResult;
import org.milmove.flyway.setup.MilMoveSettings;

/**
 * What {@code migrate} applies, with one local file in place of the listed migration of its name: how pricing verify
 * builds a scratch database as production has it, the production file running where its stand-in is listed.
 */
public final class MigrationsWithFile {
    private final MilMoveSettings migrations;
    private final String fileName;

    private MigrationsWithFile(MilMoveSettings migrations, String fileName) {
        this.migrations = migrations;
        this.fileName = fileName;
    }

    /**
     * Reads and checks the manifests now, before any database is touched.
     *
     * @throws UserException if neither the main nor the DML manifest lists {@code file}'s name
     */
    public static MigrationsWithFile of(MigrationOptions options, Path file) {
        return new MigrationsWithFile(listing(options, file).replacing(file), file.getFileName().toString());
    }

    /** What {@code migrate} applies as listed, the stand-in of {@code file}'s name included; checked as {@link #of}. */
    public static MigrationsWithFile asListed(MigrationOptions options, Path file) {
        return new MigrationsWithFile(listing(options, file), file.getFileName().toString());
    }

    private static MilMoveSettings listing(MigrationOptions options, Path file) {
        MilMoveSettings loaded = options.load();
        String name = file.getFileName().toString();
        if (!loaded.main().lists(name) && loaded.dml().manifest().map(dml -> !dml.lists(name)).orElse(true)) {
            throw new UserException(name + " is not listed in " + loaded.main().source() + ": it runs in place of the"
                    + " listed migration of its name. List it (gen pricing-migration does), or pass the manifest that"
                    + " lists it with -m.");
        }
        return loaded;
    }

    /** The main manifest, for messages. */
    public String manifest() {
        return migrations.main().source();
    }

    /**
     * Applies everything to {@code database} as {@code migrate} would.
     *
     * @return how many versioned migrations ran, the file's included
     * @throws org.flywaydb.core.api.FlywayException when a migration fails; it names the migration
     */
    public int apply(Database database) {
        Count count = new Count();
        try (MigrationRun run = new MigrationRun(database, migrations.open())) {
            run.migrate(count, Optional.empty());
        }
        if (!count.ran) {
            throw new IllegalStateException(fileName + " was listed but Flyway did not run it");
        }
        return count.applied;
    }

    private final class Count implements MigrationRun.Progress {
        int applied;
        boolean ran;

        @Override
        public void mainApplied(MigrateResult result) {
            add(result);
        }

        @Override
        public void ddlRan(DdlResult result) {
        }

        @Override
        public void dmlApplied(MigrateResult result) {
            add(result);
        }

        private void add(MigrateResult result) {
            applied += result.migrationsExecuted;
            ran |= result.migrations.stream().anyMatch(m -> m.filepath != null && m.filepath.endsWith(fileName));
        }
    }
}
