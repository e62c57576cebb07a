package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The README's "Using the libraries from your own service" example, run as written: the two libraries and Flyway,
 * no CLI, against a real PostgreSQL and a real S3-protocol server.
 */
@WithPostgres
@WithS3
class ReuseExampleTest {
    @TempDir
    Path project;

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void migratesFromS3AndALocalFolderWithTheManifest(TestDatabase db, S3TestServer server) throws Exception {
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/20250101000000_create_people.up.sql"), "CREATE TABLE people (name text);");
        Files.writeString(project.resolve("migrations_manifest.txt"),
                "20250101000000_create_people.up.sql\n20250102000000_load_people.up.sql\n");
        try (S3Client admin = server.client()) {
            admin.createBucket(b -> b.bucket("service-secure"));
            admin.putObject(b -> b.bucket("service-secure").key("secure-migrations/20250102000000_load_people.up.sql"),
                    RequestBody.fromString("INSERT INTO people VALUES ('loaded from S3');"));
        }
        S3TestServer.useItsCredentials();
        String migrationPath = "s3://service-secure/secure-migrations;" + project.resolve("schema");
        S3Settings settings = S3Settings.aws().withRegion(S3TestServer.REGION).withEndpoint(server.endpoint());

        migrate(migrationPath, project.resolve("migrations_manifest.txt"), settings, db.dataSource());

        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT name FROM people")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("loaded from S3");
        }
    }

    /** The example, word for word but for its parameters. */
    private static void migrate(String migrationPath, Path manifestFile, S3Settings settings, DataSource dataSource) {
        MigrationPath path = MigrationPath.parse(migrationPath, Path.of(""));
        Manifest manifest = Manifest.read(manifestFile);
        try (S3Client s3 = settings.createClient();
                MigrationPathResourceProvider files = MigrationPathResourceProvider.builder(path)
                        .s3(s3)
                        .fetchOnly(manifest::lists)
                        .build()) {
            var listed = new ManifestResourceProvider(manifest, files, path.describe());
            MilMoveConventions.apply(Flyway.configure())
                    .dataSource(dataSource)
                    .resourceProvider(listed)
                    .callbacks(new ManifestCallback(listed))
                    .load()
                    .migrate();
        }
    }
}
