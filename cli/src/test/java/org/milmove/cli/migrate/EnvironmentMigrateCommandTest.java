package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** migrate --environment: the environment's S3 settings from the environments file, and its mistakes. */
@WithPostgres
@WithS3
class EnvironmentMigrateCommandTest {

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;
    private String bucket;
    private Path environmentsFile;
    private MigrationProject project;

    EnvironmentMigrateCommandTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void setUp() throws Exception {
        S3TestServer.useItsCredentials();
        bucket = server.newBucket("envmigrate");
        db.emptyPublicSchema();
        environmentsFile = dir.resolve("environments.properties");
        Files.writeString(environmentsFile, """
                # test environments
                stg.secure-migrations=s3://%s/secure-migrations
                stg.region=%s
                stg.endpoint=%s
                exp.secure-migrations=s3://exp-bucket-never-used
                """.formatted(bucket, S3TestServer.REGION, server.endpoint()));
        project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .list("20250102000000_secure_things.up.sql");
        s3.putObject(b -> b.bucket(bucket).key("secure-migrations/20250102000000_secure_things.up.sql"),
                RequestBody.fromString("INSERT INTO things VALUES ('stg');"));
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void usesTheEnvironmentsEndpointAndRegionAndAnExplicitMigrationPathWins() throws SQLException {
        CliResult result = migrate("--environment", "stg",
                "--migration-path", "s3://" + bucket + "/secure-migrations;" + dir.resolve("schema"));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(column("SELECT name FROM things")).containsExactly("stg");
    }

    @Test
    void withoutAMigrationPathItLooksForTheEnvironmentsBucketAndTheSchemaFolder() {
        CliResult result = migrate("--environment", "stg");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("migrations/app/schema").doesNotContain("\tat ");
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes() {
        CliResult result = migrate("--environment", "prod");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown environment prod; " + environmentsFile + " defines stg, exp.")
                .doesNotContain("\tat ");
    }

    @Test
    void aMalformedEnvironmentsFileNamesTheLine() throws IOException {
        Files.writeString(environmentsFile, "stg.secure-migrations=s3://" + bucket + "\nstg.regoin=us-gov-west-1\n");

        CliResult result = migrate("--environment", "stg");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Environments file " + environmentsFile + " has 1 problem:",
                "line 2: unknown key stg.regoin").doesNotContain("\tat ");
    }

    private CliResult migrate(String... more) {
        List<String> args = new ArrayList<>(List.of("migrate", "-m", project.manifest().toString(),
                "--environments-file", environmentsFile.toString(),
                "--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        args.addAll(List.of(more));
        return CliResult.run(args);
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
