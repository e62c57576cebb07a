package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The secure-migration workflow with the CLI jar as a process in a project folder: the upload prompts answered on
 * standard input, and migrate --environment with the default config/environments.properties and migrations/app.
 */
@WithPostgres
@WithS3
class SecureMigrationJarIT {
    private static final String SECURE = "20250302000000_secure_things.up.sql";

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;
    private String exp;
    private String stg;
    private MigrationProject project;
    private Path production;

    SecureMigrationJarIT(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void setUp() throws Exception {
        exp = server.newBucket("exp-jar");
        stg = server.newBucket("stg-jar");
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/environments.properties"), """
                # written by the test: both environments on the test server
                exp.secure-migrations=s3://%1$s/secure-migrations
                exp.region=%3$s
                exp.endpoint=%4$s
                stg.secure-migrations=s3://%2$s/secure-migrations
                stg.region=%3$s
                stg.endpoint=%4$s
                """.formatted(exp, stg, S3TestServer.REGION, server.endpoint()));
        project = new MigrationProject(dir.resolve("migrations/app"))
                .listed("schema", "20250301000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .listed("secure", SECURE, "INSERT INTO things VALUES ('scrubbed local copy');");
        Files.createDirectories(dir.resolve("tmp"));
        production = Files.writeString(dir.resolve("tmp").resolve(SECURE), "INSERT INTO things VALUES ('production');");
    }

    @Test
    void answeringNoUploadsNothing() throws Exception {
        CliResult result = answering("n\n", "secure-migration", "upload", "tmp/" + SECURE);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("upload " + SECURE + " to exp, stg? (y/N)");
        assertThat(result.out()).contains("Nothing uploaded.");
        assertThat(exists(exp)).isFalse();
        assertThat(exists(stg)).isFalse();
        assertThat(production).exists();
    }

    @Test
    void noAnswerAtAllUploadsNothing() throws Exception {
        CliResult result = answering("", "secure-migration", "upload", "tmp/" + SECURE);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(exists(exp)).isFalse();
        assertThat(exists(stg)).isFalse();
    }

    @Test
    void answeringYesUploadsThenAsksToDeleteTheLocalFile() throws Exception {
        CliResult result = answering("y\nyes\n", "secure-migration", "upload", "tmp/" + SECURE, "--environment", "stg");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains("upload " + SECURE + " to stg? (y/N)", "delete the local file tmp/" + SECURE + "?");
        assertThat(result.out()).contains("stg: uploaded to s3://" + stg + "/secure-migrations/" + SECURE,
                "Deleted tmp/" + SECURE);
        assertThat(exists(stg)).isTrue();
        assertThat(exists(exp)).isFalse();
        assertThat(production).doesNotExist();
    }

    @Test
    void yesSkipsTheQuestionsAndKeepsTheLocalFile() throws Exception {
        CliResult result = answering("", "secure-migration", "upload", "tmp/" + SECURE, "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).doesNotContain("(y/N)");
        assertThat(exists(exp)).isTrue();
        assertThat(exists(stg)).isTrue();
        assertThat(production).exists();
    }

    @Test
    void migrateAsAnEnvironmentRunsTheSchemaAndThatEnvironmentsListedSecureMigrations() throws Exception {
        db.emptyPublicSchema();
        put(stg, SECURE, "INSERT INTO things VALUES ('stg');");
        put(stg, "20250303000000_not_in_the_manifest.up.sql", "INSERT INTO things VALUES ('unlisted');");
        put(exp, SECURE, "INSERT INTO things VALUES ('exp');");

        CliResult result = answering("", "migrate", "--environment", "stg");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Applied 2 migrations",
                "s3://" + stg + "/secure-migrations/" + SECURE, "migrations/app/schema/20250301000000_create_things.up.sql");
        assertThat(column("SELECT name FROM things")).containsExactly("stg");
    }

    private CliResult answering(String stdin, String... args) throws Exception {
        var milmove = new MilmoveProcess(dir, Map.of(
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(),
                "DB_USER", db.user(), "DB_PASSWORD", db.password(),
                "AWS_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3TestServer.SECRET_KEY));
        Process process = milmove.start(args);
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return MilmoveProcess.finish(process);
    }

    private void put(String bucket, String name, String sql) {
        s3.putObject(b -> b.bucket(bucket).key("secure-migrations/" + name), RequestBody.fromString(sql));
    }

    private boolean exists(String bucket) {
        try {
            s3.headObject(b -> b.bucket(bucket).key("secure-migrations/" + SECURE));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
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
