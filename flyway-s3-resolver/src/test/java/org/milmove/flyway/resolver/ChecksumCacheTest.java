package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The ETag-to-checksum cache with real Flyway, a real PostgreSQL and a real S3-protocol server behind a recording proxy. */
@WithPostgres
@WithS3
class ChecksumCacheTest {
    /** Only migrate creates the cache table, as in the CLI. */
    private static final Consumer<Flyway> MIGRATE = Flyway::migrate;
    private static final String FIRST = "20250101000000_create_log.up.sql";
    private static final String SECOND = "20250102000000_secure_data.up.sql";
    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client setup;
    private FaultProxy proxy;
    private S3Client s3;
    private String bucket;
    /** Requests before this index were made by earlier runs of the test. */
    private int seen;

    ChecksumCacheTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.setup = server.client();
    }

    @BeforeEach
    void freshBucketAndSchema() throws SQLException {
        bucket = server.newBucket("cached");
        db.emptyPublicSchema();
        proxy = FaultProxy.start(server.port()).recordRequests();
        s3 = S3TestServer.client(proxy.endpoint());
    }

    @AfterEach
    void closeProxy() {
        s3.close();
        proxy.close();
    }

    @Test
    void aNoOpRunListsThePrefixAndFetchesNoObject() throws Exception {
        put(FIRST, "CREATE TABLE log (entry text);");
        put(SECOND, "INSERT INTO log VALUES ('secure');");
        migrate(FIRST, SECOND);
        assertThat(objectRequests()).as("the first run fetches every object").isNotEmpty();
        List<String> history = db.column("SELECT checksum FROM flyway_schema_history ORDER BY installed_rank");
        seen = proxy.requests().size();

        migrate(FIRST, SECOND);
        validate(FIRST, SECOND);

        assertThat(objectRequests()).isEmpty();
        assertThat(requests()).isNotEmpty().allSatisfy(request -> assertThat(request.path()).isEqualTo("/" + bucket));
        assertThat(db.column("SELECT checksum FROM flyway_schema_history ORDER BY installed_rank")).isEqualTo(history);
        assertThat(db.column("SELECT count(*) FROM log")).containsExactly("1");
        assertThat(db.column("SELECT object FROM flyway_schema_history_s3_checksums ORDER BY object"))
                .containsExactly(url(FIRST), url(SECOND));
    }

    @Test
    void aReplacedObjectIsFetchedAndFailsValidationAndMigrate() throws Exception {
        put(FIRST, "CREATE TABLE log (entry text);");
        put(SECOND, "INSERT INTO log VALUES ('secure');");
        migrate(FIRST, SECOND);
        put(SECOND, "INSERT INTO log VALUES ('replaced');");
        seen = proxy.requests().size();

        assertThatThrownBy(() -> validate(FIRST, SECOND))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch")
                .hasMessageContaining("20250102000000");
        assertThatThrownBy(() -> migrate(FIRST, SECOND)).hasMessageContaining("checksum mismatch");

        assertThat(objectRequests()).extracting(FaultProxy.RequestHead::path).containsOnly("/" + bucket + "/secure/" + SECOND);
        assertThat(db.column("SELECT entry FROM log")).containsExactly("secure");
    }

    @Test
    void aMigrationWhoseChecksumIsKnownButNotAppliedRunsItsRealContent() throws Exception {
        put(FIRST, "CREATE TABLE log (entry text);");
        migrate(FIRST);
        put(SECOND, "INSERT INTO log VALUES ('secure');");
        run(new String[] {FIRST, SECOND}, "test", Flyway::info);
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history_s3_checksums")).containsExactly("2");

        migrate(FIRST, SECOND);

        assertThat(db.column("SELECT entry FROM log")).containsExactly("secure");
    }

    @Test
    void aDifferentReadingDoesNotUseTheCachedChecksums() throws Exception {
        put(FIRST, "CREATE TABLE log (entry text);");
        migrate(FIRST);
        seen = proxy.requests().size();

        run(new String[] {FIRST}, "another reading", Flyway::validate);

        assertThat(objectRequests()).isNotEmpty();
    }

    @Test
    void checksumsAreFlywaysAndStandInsReachAnyChecksum() {
        for (String text : List.of("", "SELECT 1;", "\uFEFFSELECT 1;\r\nSELECT 'ü';\n\n", "a\rb\r\nc\n", "x".repeat(10_000))) {
            assertThat(FlywayChecksums.of(text)).as(text).isEqualTo(ChecksumCalculator.calculate(text(text)));
        }
        for (int checksum : new int[] {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x1234abcd, 987_654_321}) {
            String standIn = FlywayChecksums.standIn(checksum);
            assertThat(ChecksumCalculator.calculate(text(standIn))).isEqualTo(checksum);
            assertThat(standIn).doesNotContain("\n").doesNotStartWith("--");
        }
    }

    private void migrate(String... names) {
        run(names, "test", MIGRATE);
    }

    private void validate(String... names) {
        run(names, "test", Flyway::validate);
    }

    /** One run as the CLI makes it: the cache loaded first, the files listed, Flyway over both, the cache saved. */
    private void run(String[] names, String reading, Consumer<Flyway> command) {
        ChecksumCache cache = ChecksumCache.load(db.dataSource(), "flyway_schema_history", reading);
        try (var files = MigrationPathResourceProvider.builder(MigrationPath.parse("s3://" + bucket + "/secure", Path.of("")))
                .s3(s3).fetchOnly(manifest(names)::lists).checksumCache(cache).build()) {
            command.accept(flyway(cache.wrap(files, files), names));
        } finally {
            if (command.equals(MIGRATE)) {
                cache.createTable();
            }
            cache.save();
        }
    }

    private Flyway flyway(ResourceProvider files, String... names) {
        var listed = new ManifestResourceProvider(manifest(names), files, List.of("s3://" + bucket + "/secure"));
        return MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .resourceProvider(listed)
                .callbacks(new ManifestCallback(listed))
                .load();
    }

    private static Manifest manifest(String... names) {
        return Manifest.parse("manifest.txt", String.join("\n", names));
    }

    private List<FaultProxy.RequestHead> requests() {
        List<FaultProxy.RequestHead> all = proxy.requests();
        return all.subList(seen, all.size());
    }

    private List<FaultProxy.RequestHead> objectRequests() {
        return requests().stream().filter(request -> request.path().contains("/secure/")).toList();
    }

    private String url(String name) {
        return "s3://" + bucket + "/secure/" + name;
    }

    private void put(String name, String content) {
        setup.putObject(b -> b.bucket(bucket).key("secure/" + name), RequestBody.fromString(content));
    }

    private static LoadableResource text(String text) {
        return new LoadableResource() {
            @Override
            public Reader read() {
                return new StringReader(text);
            }

            @Override
            public String getAbsolutePath() {
                return "text";
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return "text";
            }

            @Override
            public String getFilename() {
                return "text";
            }

            @Override
            public String getRelativePath() {
                return "text";
            }
        };
    }
}
