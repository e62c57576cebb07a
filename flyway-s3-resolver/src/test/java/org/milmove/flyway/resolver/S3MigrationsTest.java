package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestException;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The resolver with real Flyway, a real PostgreSQL and a real S3-protocol server; no CLI. */
@WithPostgres
@WithS3
class S3MigrationsTest {
    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;
    private String bucket;
    @TempDir
    Path schema;

    S3MigrationsTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void freshBucketAndSchema() throws SQLException {
        bucket = server.newBucket("secure");
        db.emptyPublicSchema();
    }

    @Test
    void s3AndLocalFilesApplyTogetherInVersionOrderWithTheManifestRules() throws Exception {
        local("20250101000000_create_log.up.sql", "CREATE TABLE log (entry text);");
        put("secure-migrations/20250102000000_secure_data.up.sql", "INSERT INTO log VALUES ('secure');");
        put("secure-migrations/20250101500000_unlisted_broken.up.sql", "NOT SQL AT ALL;");
        put("secure-migrations/nested/20250104000000_deeper.up.sql", "NOT SQL EITHER;");
        local("20250103000000_after.up.sql", "INSERT INTO log VALUES ('local after');");

        migrate("""
                20250101000000_create_log.up.sql
                20250102000000_secure_data.up.sql
                20250103000000_after.up.sql
                """);

        assertThat(db.column("SELECT entry FROM log")).containsExactly("secure", "local after");
        assertThat(db.column("SELECT script FROM flyway_schema_history WHERE version = '20250102000000'"))
                .containsExactly("20250102000000_secure_data.up.sql");
    }

    @Test
    void aListedObjectMissingFromS3FailsBeforeAnythingRuns() throws Exception {
        local("20250101000000_create_log.up.sql", "CREATE TABLE log (entry text);");

        assertThatThrownBy(() -> migrate("""
                20250101000000_create_log.up.sql
                20250102000000_only_in_the_manifest.up.sql
                """))
                .hasRootCauseInstanceOf(ManifestException.class)
                .hasMessageContaining("20250102000000_only_in_the_manifest.up.sql (line 2)")
                .hasMessageContaining("s3://" + bucket + "/secure-migrations");
        assertThat(db.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).isEmpty();
    }

    @Test
    void listsEveryPageOfALargePrefix() throws Exception {
        List<String> names = IntStream.range(0, 1205).mapToObj(i -> String.format("2025010100%04d_object_%d.up.sql", i, i)).toList();
        names.parallelStream().forEach(name -> put("secure-migrations/" + name, "SELECT 1;"));

        try (var files = provider(name -> true)) {
            assertThat(files.getResources("", new String[] {".up.sql"})).hasSize(1205);
        }
        migrate(names.get(3) + "\n" + names.get(1100) + "\n" + names.get(1204) + "\n");

        assertThat(db.column("SELECT script FROM flyway_schema_history WHERE success ORDER BY version"))
                .containsExactly(names.get(3), names.get(1100), names.get(1204));
    }

    @Test
    void aKeptObjectReplacedAfterItsChecksumStopsTheRun() throws Exception {
        assertReplacedObjectStopsTheRun(8L << 20);
    }

    @Test
    void aStreamedObjectReplacedAfterItsChecksumStopsTheRun() throws Exception {
        assertReplacedObjectStopsTheRun(0);
    }

    private void assertReplacedObjectStopsTheRun(long keepInMemoryUpTo) throws Exception {
        String key = "secure-migrations/20250102000000_replaced.up.sql";
        local("20250101000000_create_log.up.sql", "CREATE TABLE log (entry text);");
        put(key, "INSERT INTO log VALUES ('checksummed version');");
        Callback replaceBeforeExecution = new BeforeMigrate(() -> put(key, "INSERT INTO log VALUES ('replacement');"));

        try (var files = MigrationPathResourceProvider.builder(path()).s3(s3).keepInMemory(keepInMemoryUpTo, keepInMemoryUpTo).build()) {
            Flyway flyway = flyway(files, "20250101000000_create_log.up.sql\n20250102000000_replaced.up.sql\n", replaceBeforeExecution);
            assertThatThrownBy(flyway::migrate)
                    .hasMessageContaining("s3://" + bucket + "/" + key + " was replaced during this run");
        }
        assertThat(db.column("SELECT count(*) FROM log")).containsExactly("0");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                .containsExactly("20250101000000");
    }

    @Test
    void aConnectionDroppedInTheMiddleOfAStreamedObjectIsAnS3FailureNamingTheObject() throws Exception {
        String key = "secure-migrations/20250101000000_large.up.sql";
        put(key, "SELECT 1;\n".repeat(20_000));

        try (FaultProxy proxy = FaultProxy.start(server.port()); S3Client viaProxy = S3TestServer.client(proxy.endpoint());
             var files = MigrationPathResourceProvider.builder(path()).s3(viaProxy).keepInMemory(0, 0).build()) {
            // Checksums are taken before migrate starts; the drop hits Flyway's reading of the statements.
            Callback dropConnections = new BeforeMigrate(() -> proxy.cutConnectionsAfter(64 * 1024));
            Flyway flyway = flyway(files, "20250101000000_large.up.sql\n", dropConnections);

            assertThatThrownBy(flyway::migrate)
                    .hasStackTraceContaining(S3AccessException.class.getName() + ": Reading s3://" + bucket + "/" + key
                            + " from S3 broke off (")
                    .hasStackTraceContaining("): check the network and --s3-endpoint (AWS_ENDPOINT_URL_S3), then run again.");
        }
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")).containsExactly("0");
    }

    @Test
    void everyLaterReadIsPinnedToTheFirstReadsETag() throws Exception {
        String name = "20250102000000_pinned.up.sql";
        for (long keep : new long[] {8L << 20, 0}) {
            put("secure-migrations/" + name, "SELECT 1;");
            try (var files = MigrationPathResourceProvider.builder(path()).s3(s3).keepInMemory(keep, keep).build()) {
                var resource = files.getResource(name);
                resource.read().close();
                put("secure-migrations/" + name, "SELECT 2;");

                assertThatThrownBy(resource::read)
                        .as("kept up to %d bytes", keep)
                        .isInstanceOf(S3ObjectChangedException.class)
                        .hasMessageContaining("s3://" + bucket + "/secure-migrations/" + name + " was replaced during this run");
            }
        }
    }

    private void migrate(String manifest) throws IOException {
        try (var files = provider(Manifest.parse("manifest.txt", manifest)::lists)) {
            flyway(files, manifest).migrate();
        }
    }

    private Flyway flyway(MigrationPathResourceProvider files, String manifestText, Callback... more) {
        var listed = new ManifestResourceProvider(Manifest.parse("manifest.txt", manifestText), files, path().describe());
        List<Callback> callbacks = new ArrayList<>(List.of(new ManifestCallback(listed)));
        callbacks.addAll(List.of(more));
        return MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .resourceProvider(listed)
                .callbacks(callbacks.toArray(Callback[]::new))
                .load();
    }

    private MigrationPathResourceProvider provider(java.util.function.Predicate<String> wanted) {
        return MigrationPathResourceProvider.builder(path()).s3(s3).fetchOnly(wanted).build();
    }

    private MigrationPath path() {
        return MigrationPath.parse("s3://" + bucket + "/secure-migrations;" + schema, Path.of(""));
    }

    private void put(String key, String content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content));
    }

    private void local(String name, String sql) throws IOException {
        Files.writeString(schema.resolve(name), sql);
    }

    /** Runs an action once migrate has validated (checksums taken) and before it applies anything. */
    private record BeforeMigrate(Runnable action) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            action.run();
        }

        @Override
        public String getCallbackName() {
            return "replace-object";
        }
    }
}
