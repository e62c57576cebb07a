package org.milmove.cli.migrate;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import picocli.CommandLine.Option;

/** Which migrations: the manifest and the places the files live. */
public final class MigrationOptions {

    @Option(names = {"-m", "--migration-manifest"},
            defaultValue = "${env:MIGRATION_MANIFEST:-migrations/app/migrations_manifest.txt}",
            description = "The manifest: only the files it lists run [MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path manifest;

    @Option(names = "--migration-path",
            defaultValue = "${env:MIGRATION_PATH:-migrations/app/schema;migrations/app/secure}",
            description = "';'-separated folders (dir, file://dir) where migration files live [MIGRATION_PATH]"
                    + " (default: ${DEFAULT-VALUE}).")
    String migrationPath;

    /**
     * Reads the manifest and the migration path; call before opening the database so that configuration mistakes
     * fail before any server is started or contacted.
     */
    Migrations load() {
        Manifest listed = Manifest.read(manifest);
        MigrationPath path = MigrationPath.parse(migrationPath, Path.of(""));
        return new Migrations(listed, path);
    }

    /** A checked manifest and migration path, ready to be pointed at a database. */
    record Migrations(Manifest manifest, MigrationPath path) {

        Flyway flyway(DataSource dataSource) {
            List<String> searched = path.describe();
            var listed = new ManifestResourceProvider(manifest, new MigrationPathResourceProvider(path), searched);
            return MilMoveConventions.apply(Flyway.configure())
                    .loggers("slf4j")
                    .dataSource(dataSource)
                    .resourceProvider(listed)
                    .callbacks(new ManifestCallback(listed))
                    .load();
        }
    }
}
