package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.FaultProxy.Canned;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** migrate with s3:// entries, and every S3 failure as a clear message with exit code 2. */
@WithPostgres
@WithS3
class S3MigrateCommandTest {

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;
    private MigrationProject project;
    private String bucket;

    S3MigrateCommandTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void setUp() throws SQLException {
        S3TestServer.useItsCredentials();
        bucket = server.newBucket("env");
        db.emptyPublicSchema();
        project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .list("20250102000000_secure_things.up.sql");
        put("secure-migrations/20250102000000_secure_things.up.sql", "INSERT INTO things VALUES ('from s3');");
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void appliesS3AndLocalMigrationsTogetherAndSkipsUnlistedObjects() throws SQLException {
        put("secure-migrations/20250101500000_unlisted.up.sql", "NOT SQL;");

        CliResult result = migrate(server.endpoint().toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("s3://" + bucket + "/secure-migrations/20250102000000_secure_things.up.sql");
        assertThat(db.column("SELECT name FROM things")).containsExactly("from s3");
    }

    @Test
    void accessDenied() {
        System.setProperty("aws.secretAccessKey", "not-the-secret");

        assertUsageError(migrate(server.endpoint().toString()), "Access denied to s3://" + bucket + "/secure-migrations");
    }

    @Test
    void noSuchBucket() {
        bucket = "never-created";

        assertUsageError(migrate(server.endpoint().toString()), "Bucket of s3://" + bucket + "/secure-migrations does not exist");
    }

    @Test
    void wrongRegion() {
        try (FaultProxy proxy = FaultProxy.start(server.port())) {
            proxy.answerNext(100, new Canned("301 Moved Permanently", Map.of("x-amz-bucket-region", "us-gov-west-1"),
                    "<Error><Code>PermanentRedirect</Code><Message>Use the bucket's region.</Message></Error>"));

            assertUsageError(migrate(proxy.endpoint().toString()), "is in another region (us-gov-west-1): set --aws-region");
        }
    }

    @Test
    void endpointUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertUsageError(migrate("http://127.0.0.1:" + closedPort, "--s3-max-attempts", "1"), "Cannot reach S3 to read s3://" + bucket);
    }

    @Test
    void throttlingIsRetriedWithBackoff() throws SQLException {
        try (FaultProxy proxy = FaultProxy.start(server.port())) {
            proxy.answerNext(3, Canned.SLOW_DOWN);

            CliResult result = migrate(proxy.endpoint().toString());

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(proxy.cannedSent()).isEqualTo(3);
            assertThat(db.column("SELECT name FROM things")).containsExactly("from s3");
        }
    }

    @Test
    void throttlingThatDoesNotStopIsReported() {
        try (FaultProxy proxy = FaultProxy.start(server.port())) {
            proxy.answerNext(1000, Canned.SLOW_DOWN);

            assertUsageError(migrate(proxy.endpoint().toString(), "--s3-max-attempts", "2"),
                    "S3 kept throttling requests for s3://" + bucket + "/secure-migrations (SlowDown) after 2 attempts");
        }
    }

    @Test
    void aConnectionDroppedInTheMiddleOfALargeObjectIsAnS3FailureNamingTheObject() throws SQLException {
        // Over the 8 MiB kept in memory, so the object is streamed.
        put("secure-migrations/20250102000000_secure_things.up.sql", "INSERT INTO things VALUES ('from s3');\n".repeat(250_000));
        try (FaultProxy proxy = FaultProxy.start(server.port())) {
            proxy.cutConnectionsAfter(1 << 20);

            CliResult result = migrate(proxy.endpoint().toString(), "--s3-max-attempts", "1");

            assertUsageError(result, "Reading s3://" + bucket + "/secure-migrations/20250102000000_secure_things.up.sql"
                    + " from S3 broke off (");
            assertThat(result.err()).hasLineCount(1);
        }
        assertThat(db.column("SELECT to_regclass('public.things')::text")).containsOnlyNulls();
    }

    @Test
    void anObjectReplacedAfterItWasAppliedStopsMigrateNamingTheObject() {
        assertThat(migrate(server.endpoint().toString()).exitCode()).isZero();
        put("secure-migrations/20250102000000_secure_things.up.sql", "INSERT INTO things VALUES ('replaced');");

        CliResult result = migrate(server.endpoint().toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("20250102000000 (s3://" + bucket + "/secure-migrations/20250102000000_secure_things.up.sql)"
                + " changed after it was applied").contains("restore the object as it was applied").doesNotContain("run repair");
    }

    @Test
    void aNoOpMigrateListsTheObjectsAndFetchesNone() throws SQLException {
        String object = "/" + bucket + "/secure-migrations/20250102000000_secure_things.up.sql";
        try (FaultProxy proxy = FaultProxy.start(server.port()).recordRequests()) {
            assertThat(migrate(proxy.endpoint().toString()).exitCode()).isZero();
            int firstRun = proxy.requests().size();
            assertThat(proxy.requests()).extracting(FaultProxy.RequestHead::path).contains(object);

            CliResult again = migrate(proxy.endpoint().toString());

            assertThat(again.exitCode()).as(again.all()).isZero();
            var secondRun = proxy.requests().subList(firstRun, proxy.requests().size());
            assertThat(secondRun).isNotEmpty().extracting(FaultProxy.RequestHead::path).doesNotContain(object);
        }
        assertThat(db.column("SELECT name FROM things")).containsExactly("from s3");
    }

    private static void assertUsageError(CliResult result, String message) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
    }

    private CliResult migrate(String endpoint, String... more) {
        List<String> args = new ArrayList<>(List.of("migrate",
                "-m", project.manifest().toString(),
                "--migration-path", "s3://" + bucket + "/secure-migrations;" + dir.resolve("schema"),
                "--s3-endpoint", endpoint, "--aws-region", S3TestServer.REGION,
                "--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        args.addAll(List.of(more));
        return CliResult.run(args);
    }

    private void put(String key, String content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content));
    }

}
