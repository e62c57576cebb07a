package org.milmove.cli.migrate;

import java.net.URI;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.flyway.resolver.S3Settings;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3Client;

/** Which migrations: the manifest, the places the files live, and how to reach S3 for s3:// places. */
public final class MigrationOptions {

    @Option(names = {"-m", "--migration-manifest"},
            defaultValue = "${env:MIGRATION_MANIFEST:-migrations/app/migrations_manifest.txt}",
            description = "The manifest: only the files it lists run [MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path manifest;

    @Option(names = "--migration-path",
            defaultValue = "${env:MIGRATION_PATH:-migrations/app/schema;migrations/app/secure}",
            description = "';'-separated places where migration files live: dir, file://dir, s3://bucket/prefix"
                    + " [MIGRATION_PATH] (default: ${DEFAULT-VALUE}).")
    String migrationPath;

    @Option(names = "--aws-region", defaultValue = "${env:AWS_REGION}", showDefaultValue = Visibility.NEVER,
            description = "Region of the S3 buckets [AWS_REGION]; default: the AWS profile's.")
    String awsRegion;

    @Option(names = "--s3-endpoint", defaultValue = "${env:AWS_ENDPOINT_URL_S3}", showDefaultValue = Visibility.NEVER,
            description = "An S3-compatible server instead of AWS, e.g. http://localhost:9000 [AWS_ENDPOINT_URL_S3];"
                    + " uses path-style requests.")
    URI s3Endpoint;

    @Option(names = "--aws-profile", defaultValue = "${env:AWS_PROFILE}", showDefaultValue = Visibility.NEVER,
            description = "AWS profile for S3 credentials [AWS_PROFILE]; default: the AWS default credentials chain.")
    String awsProfile;

    @Option(names = "--s3-max-attempts", defaultValue = "${env:AWS_MAX_ATTEMPTS:-6}",
            description = "Attempts per S3 request; throttling and server errors are retried with backoff"
                    + " [AWS_MAX_ATTEMPTS] (default: ${DEFAULT-VALUE}).")
    int s3MaxAttempts;

    /**
     * Reads the manifest and the migration path; call before opening the database so that configuration mistakes
     * fail before any server is started or contacted.
     */
    Migrations load() {
        return new Migrations(Manifest.read(manifest), MigrationPath.parse(migrationPath, Path.of("")), s3Settings());
    }

    private S3Settings s3Settings() {
        S3Settings settings = S3Settings.aws().withRegion(awsRegion).withProfile(awsProfile).withMaxAttempts(s3MaxAttempts);
        return s3Endpoint == null ? settings : settings.withEndpoint(s3Endpoint);
    }

    /** A checked manifest and migration path, ready to be pointed at a database. */
    record Migrations(Manifest manifest, MigrationPath path, S3Settings s3) {

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

    record Run(Flyway flyway, MigrationPathResourceProvider files, S3Client s3) implements AutoCloseable {
        @Override
        public void close() {
            files.close();
            if (s3 != null) {
                s3.close();
            }
        }
    }
}
