package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A failing secure migration, local (a secure folder) or in S3, is reported by location, line and SQL state, whatever
 * failed: Flyway's parser, the database, COPY data, the connection. The canary in each file must never be printed.
 */
@WithPostgres
@WithS3
class SecureMigrationFailuresTest {
    private static final String CANARY = "CANARY-078-05-1120";
    private static final String NAME = "20250102000000_load_people.up.sql";

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;
    private MigrationProject project;
    private String bucket;

    SecureMigrationFailuresTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void setUp() throws SQLException {
        S3TestServer.useItsCredentials();
        bucket = server.newBucket("canary");
        db.emptyPublicSchema();
        project = new MigrationProject(dir).listed("schema", "20250101000000_create_people.up.sql", "CREATE TABLE people (ssn text, n int);");
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    /** Each kind of failure: the file, the line it fails at and how the message says why. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("an incomplete statement (Flyway's parser)", """
                        INSERT INTO people VALUES ('ok', 1);
                        CREATE FUNCTION f() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT '%s';
                        """, 2, "before the database ran it"),
                Arguments.of("transactional and non-transactional statements (Flyway's parser)", """
                        INSERT INTO people VALUES ('ok', 1);
                        CREATE INDEX CONCURRENTLY people_ssn ON people (ssn) WHERE ssn <> '%s';
                        """, 2, "before the database ran it"),
                Arguments.of("a statement the database refuses", """
                        INSERT INTO people VALUES ('ok', 1);
                        INSERT INTO people VALUES ('x', '%s');
                        """, 2, "(SQL state 22P02)"),
                Arguments.of("COPY data the database refuses", """
                        INSERT INTO people VALUES ('ok', 1);
                        COPY people (ssn, n) FROM stdin;
                        a\t%s
                        \\.
                        """, 2, "(SQL state 22P02)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void fromASecureFolder(String kind, String sql, int line, String why) {
        project.listed("secure", NAME, sql.formatted(CANARY));

        assertRedacted(migrate(project.migrationPath()), dir.resolve("secure").resolve(NAME).toString(), line, why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void fromS3(String kind, String sql, int line, String why) {
        project.list(NAME);
        put(NAME, sql.formatted(CANARY));

        assertRedacted(migrate("s3://" + bucket + "/secure;" + dir.resolve("schema")), "s3://" + bucket + "/secure/" + NAME, line, why);
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"a secure folder", "S3"})
    void aConnectionLostInTheMiddleOfASecureStatement(String from) {
        String sql = "INSERT INTO people VALUES ('ok', 1);\nSELECT '" + CANARY + "', pg_sleep(60);\n";
        boolean s3 = from.equals("S3");
        if (s3) {
            project.list(NAME);
            put(NAME, sql);
        } else {
            project.listed("secure", NAME, sql);
        }
        CompletableFuture<Void> terminated = CompletableFuture.runAsync(() -> db.terminateOnceRunning("pg_sleep(60)"));

        CliResult result = migrate(s3 ? "s3://" + bucket + "/secure;" + dir.resolve("schema") : project.migrationPath());
        terminated.join();

        assertRedacted(result, s3 ? "s3://" + bucket + "/secure/" + NAME : dir.resolve("secure").resolve(NAME).toString(), 2,
                ": the connection to the database was lost)");
    }

    @Test
    void aFailingDdlFileFromASecureFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ddl").resolve("secure"));
        Files.writeString(folder.resolve(NAME), "CREATE TYPE kind AS ENUM ('a');\nSELECT '" + CANARY + "'::int;\n");
        Path manifest = Files.writeString(dir.resolve("ddl_types_manifest.txt"), NAME + "\n");

        CliResult result = migrate(project.migrationPath(), "--ddl-types-migration-path", folder.toString(),
                "--ddl-types-migration-manifest", manifest.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).startsWith("milmove: Secure migration " + folder.resolve(NAME) + " failed (SQL state 22P02).");
        assertThat(result.all()).doesNotContain(CANARY);
    }

    @Test
    void aFailingMigrationOutsideTheSecurePlacesIsReportedWithFlywaysMessage() {
        project.listed("schema", NAME, "INSERT INTO people VALUES ('x', 'not a number');\n");

        CliResult result = migrate(project.migrationPath());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("invalid input syntax for type integer: \"not a number\"").contains("Line       : 1");
    }

    private void assertRedacted(CliResult result, String location, int line, String why) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).startsWith("milmove: Secure migration " + location + " failed at line " + line)
                .contains(why)
                .contains("Neither the statement nor the database's message is shown");
        assertThat(result.all()).doesNotContain(CANARY);
    }

    private CliResult migrate(String migrationPath, String... more) {
        List<String> args = new ArrayList<>(List.of("migrate", "-m", project.manifest().toString(),
                "--migration-path", migrationPath,
                "--s3-endpoint", server.endpoint().toString(), "--aws-region", S3TestServer.REGION,
                "--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        args.addAll(List.of(more));
        return CliResult.run(args);
    }

    private void put(String name, String content) {
        s3.putObject(b -> b.bucket(bucket).key("secure/" + name), RequestBody.fromString(content));
    }
}
