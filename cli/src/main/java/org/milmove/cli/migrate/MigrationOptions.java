package org.milmove.cli.migrate;

import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.environments.Environment;
import org.milmove.cli.environments.EnvironmentsFileOption;
import org.milmove.cli.manifest.ManifestOption;
import org.milmove.cli.s3.S3Options;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.flyway.resolver.S3Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/** Which migrations: the manifest, the places the files live, and how to reach S3 for s3:// places. */
public final class MigrationOptions {
    /** What a deployed environment runs besides its secure migrations, as MilMove's deploy sets MIGRATION_PATH. */
    static final String DEPLOYED_SCHEMA = "file://migrations/app/schema";

    @Mixin
    ManifestOption manifest;

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

    @Spec(Spec.Target.SELF)
    CommandSpec self;

    /**
     * Runs {@code command} on Flyway over these migrations and the database {@code database} names. The manifest and
     * the migration path are read first, so that configuration mistakes fail before any server is started or
     * contacted; the database and the S3 client are closed after.
     */
    <T> T withFlyway(DatabaseOptions database, Function<Flyway, T> command) {
        Migrations loaded = load();
        try (Database db = database.open(System.getenv()); Run run = loaded.open(db.dataSource())) {
            return command.apply(run.flyway());
        }
    }

    private Migrations load() {
        Manifest listed = manifest.read();
        if (environment == null) {
            return new Migrations(listed, MigrationPath.parse(migrationPath, Path.of("")), s3.settings());
        }
        Environment deployed = environments.read().get(environment);
        boolean pathGiven = !self.findOption("--migration-path").originalStringValues().isEmpty();
        String path = pathGiven ? migrationPath : deployed.secureMigrations() + ";" + DEPLOYED_SCHEMA;
        return new Migrations(listed, MigrationPath.parse(path, Path.of("")), s3.settings(deployed));
    }

    /** A checked manifest and migration path, ready to be pointed at a database. */
    private record Migrations(Manifest manifest, MigrationPath path, S3Settings s3) {

        /** Flyway over these migrations; closing the run releases the S3 client, if one was needed. */
        Run open(DataSource dataSource) {
            boolean needsS3 = path.locations().stream().anyMatch(S3Prefix.class::isInstance);
            S3Client client = needsS3 ? s3.createClient() : null;
            MigrationPathResourceProvider files = MigrationPathResourceProvider.builder(path)
                    .s3(client)
                    .fetchOnly(manifest::lists)
                    .build();
            var listed = new ManifestResourceProvider(manifest, files, path.describe());
            Flyway flyway = MilMoveConventions.apply(Flyway.configure())
                    .loggers("slf4j")
                    .dataSource(dataSource)
                    .resourceProvider(listed)
                    .callbacks(new ManifestCallback(listed))
                    .load();
            return new Run(flyway, files, client);
        }
    }

    private record Run(Flyway flyway, MigrationPathResourceProvider files, S3Client s3) implements AutoCloseable {
        @Override
        public void close() {
            files.close();
            if (s3 != null) {
                s3.close();
            }
        }
    }
}
