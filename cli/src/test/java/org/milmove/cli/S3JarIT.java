package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The CLI jar as a process against a real S3-protocol server: secrets, credentials, and a migration larger than the heap. */
@WithPostgres
@WithS3
class S3JarIT {
    private static final String CANARY = "CANARY-SSN-0042";

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;

    S3JarIT(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @Test
    void aFailingSecureMigrationIsReportedByObjectAndLineWithoutItsContent() throws Exception {
        String bucket = server.newBucket("canary");
        var project = new MigrationProject(dir).list("20250101000000_load_secrets.up.sql");
        s3.putObject(b -> b.bucket(bucket).key("secure/20250101000000_load_secrets.up.sql"), RequestBody.fromString("""
                CREATE TABLE secrets (ssn text, n int);
                INSERT INTO secrets VALUES ('%1$s', 1);
                INSERT INTO secrets VALUES ('%1$s', '%1$s');
                """.formatted(CANARY)));

        CliResult result = milmove(project, "s3://" + bucket + "/secure", List.of()).run("migrate");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("Secure migration s3://" + bucket + "/secure/20250101000000_load_secrets.up.sql failed at line 3");
        assertThat(result.all()).doesNotContain(CANARY);
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'secrets'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rolled back").isZero();
        }
    }

    @Test
    void noCredentialsIsAClearUsageError() throws Exception {
        String bucket = server.newBucket("nocreds");
        var project = new MigrationProject(dir).list("20250101000000_anything.up.sql");
        Map<String, String> env = new HashMap<>(environment(project, "s3://" + bucket + "/secure"));
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.put("HOME", dir.toString());

        CliResult result = new MilmoveProcess(dir, env).run("migrate");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("No AWS credentials to read s3://" + bucket + "/secure").doesNotContain("\tat ");
    }

    @Test
    void noRegionIsAClearUsageError() throws Exception {
        var project = new MigrationProject(dir).list("20250101000000_anything.up.sql");
        Map<String, String> env = new HashMap<>(environment(project, "s3://bucket/secure"));
        env.remove("AWS_REGION");
        env.put("HOME", dir.toString());

        CliResult result = new MilmoveProcess(dir, env).run("migrate");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: No AWS region for S3: set --aws-region (AWS_REGION), or a region in"
                + " the AWS profile." + System.lineSeparator());
    }

    @Test
    void a250MegabyteSecureMigrationAppliesWithA256MegabyteHeap() throws Exception {
        String bucket = server.newBucket("big");
        var project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_big.up.sql", "CREATE TABLE big (id bigint PRIMARY KEY, payload text);")
                .list("20250102000000_load_big.up.sql");
        Path data = dir.resolve("load_big.sql");
        long rows = LargeCopyFile.write(data, "big", 250L << 20, 50_000, "x".repeat(100));
        s3.putObject(b -> b.bucket(bucket).key("secure/20250102000000_load_big.up.sql"), RequestBody.fromFile(data));
        Files.delete(data);

        CliResult result = milmove(project, "s3://" + bucket + "/secure;" + dir.resolve("schema"), List.of("-Xmx256m"))
                .run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(id) FROM big")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows);
            assertThat(rs.getLong(2)).isEqualTo(rows);
        }
    }

    private MilmoveProcess milmove(MigrationProject project, String migrationPath, List<String> jvmOptions) {
        return new MilmoveProcess(dir, environment(project, migrationPath), jvmOptions);
    }

    private Map<String, String> environment(MigrationProject project, String migrationPath) {
        return Map.ofEntries(
                Map.entry("DB_HOST", db.host()), Map.entry("DB_PORT", String.valueOf(db.port())),
                Map.entry("DB_NAME", db.name()), Map.entry("DB_USER", db.user()), Map.entry("DB_PASSWORD", db.password()),
                Map.entry("MIGRATION_MANIFEST", project.manifest().toString()), Map.entry("MIGRATION_PATH", migrationPath),
                Map.entry("AWS_ENDPOINT_URL_S3", server.endpoint().toString()), Map.entry("AWS_REGION", S3TestServer.REGION),
                Map.entry("AWS_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY), Map.entry("AWS_SECRET_ACCESS_KEY", S3TestServer.SECRET_KEY));
    }
}
