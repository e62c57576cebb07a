package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.FaultProxy.RequestHead;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Listing a prefix in ranges split at the expected file names lists exactly what one pass page by page lists. */
@WithS3
class S3ListingTest {
    private static final int PAGE = 4;
    private final S3TestServer server;
    private final S3Client setup;
    private FaultProxy proxy;
    private S3Client s3;
    private String bucket;

    S3ListingTest(S3TestServer server) {
        this.server = server;
        this.setup = server.client();
    }

    @BeforeEach
    void freshBucket() {
        bucket = server.newBucket("listing");
        proxy = FaultProxy.start(server.port()).recordRequests();
        s3 = S3TestServer.client(proxy.endpoint());
    }

    @AfterEach
    void closeProxy() {
        s3.close();
        proxy.close();
    }

    @Test
    void rangesListTheSameObjectsInTheSameOrderAsOnePass() {
        List<String> expected = IntStream.range(0, 35).mapToObj(S3ListingTest::migration).toList();
        List<String> direct = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            direct.add(expected.get(i));
            if (i % 4 == 1) {
                direct.add(String.format("20250101%06d_unexpected_%d.up.sql", i, i));
            }
        }
        direct.addAll(List.of("README.md", "20250101000003_m_3.down.sql", "20250101000009_é_non_ascii.up.sql"));
        direct.forEach(name -> put("secure/" + name));
        // Not directly under the prefix: a folder named like a range bound, a deeper file, a sibling prefix.
        put("secure/" + expected.get(7) + "/inside.up.sql");
        put("secure/sub/20250101000012_deeper.up.sql");
        put("securer/" + expected.get(2));
        put("other/" + expected.get(20));

        List<String> onePass = names(provider(List.of()));
        List<String> inRanges = names(provider(expected));

        assertThat(onePass).containsExactlyElementsOf(direct.stream().sorted(S3PrefixSource.KEY_ORDER).toList());
        assertThat(inRanges).containsExactlyElementsOf(onePass);
    }

    @Test
    void everyRangeStartsAtItsBoundWithoutWaitingForAnEarlierPage() {
        List<String> expected = IntStream.range(0, 3 * PAGE).mapToObj(S3ListingTest::migration).toList();
        expected.forEach(name -> put("secure/" + name));

        assertThat(names(provider(expected))).containsExactlyElementsOf(expected);

        List<String> listings = listings();
        assertThat(listings).hasSize(3).noneMatch(line -> line.contains("continuation-token"));
        assertThat(listings.stream().filter(line -> line.contains("start-after=")).map(S3ListingTest::bound))
                .containsExactlyInAnyOrder("secure/" + expected.get(PAGE - 1), "secure/" + expected.get(2 * PAGE - 1));
    }

    @Test
    void aRangeWithMoreObjectsThanExpectedGoesOnPageByPageUpToItsBound() {
        List<String> expected = IntStream.range(0, 2 * PAGE).mapToObj(i -> migration(10 * i)).toList();
        List<String> all = IntStream.range(0, 10 * 2 * PAGE).mapToObj(S3ListingTest::migration).toList();
        all.forEach(name -> put("secure/" + name));

        assertThat(names(provider(expected))).containsExactlyElementsOf(all);
    }

    @Test
    void aFailedRangeFailsTheListingNamingThePrefix() {
        List<String> expected = IntStream.range(0, 3 * PAGE).mapToObj(S3ListingTest::migration).toList();
        MigrationPath path = MigrationPath.parse("s3://" + bucket + "-missing/secure", Path.of(""));

        try (var files = MigrationPathResourceProvider.builder(path).s3(s3).expectedFiles(expected).pageSize(PAGE).build()) {
            assertThatThrownBy(() -> files.getResources("", new String[] {".sql"}))
                    .isInstanceOf(S3AccessException.class)
                    .hasMessageContaining("s3://" + bucket + "-missing/secure");
        }
    }

    @Test
    void theListingStartsWhenTheProviderIsBuiltAndIsMadeOnce() throws InterruptedException {
        List<String> expected = IntStream.range(0, 3).mapToObj(S3ListingTest::migration).toList();
        expected.forEach(name -> put("secure/" + name));

        MigrationPathResourceProvider files = provider(expected);
        awaitListings(1);

        assertThat(names(files)).containsExactlyElementsOf(expected);
        assertThat(listings()).hasSize(1);
    }

    @Test
    void aListingThatFailedAheadFailsWhereTheFilesAreAskedForAndIsNotMadeAgain() throws InterruptedException {
        MigrationPath path = MigrationPath.parse("s3://" + bucket + "-missing/secure", Path.of(""));

        try (var files = MigrationPathResourceProvider.builder(path).s3(s3).build()) {
            awaitListings(1);
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> files.getResources("", new String[] {".sql"}))
                        .isInstanceOf(S3AccessException.class)
                        .hasMessageContaining("s3://" + bucket + "-missing/secure");
            }
        }
        assertThat(listings()).hasSize(1);
    }

    private List<String> listings() {
        return proxy.requests().stream().map(RequestHead::requestLine).filter(line -> line.contains("list-type=2")).toList();
    }

    /** Waits (up to 30 s) until the proxy has seen {@code count} listing requests. */
    private void awaitListings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (listings().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(listings()).as("listing requests seen before the files were asked for").hasSize(count);
    }

    private static String migration(int i) {
        return String.format("20250101%06d_m_%d.up.sql", i, i);
    }

    private static String bound(String requestLine) {
        String query = requestLine.split(" ")[1];
        String value = query.substring(query.indexOf("start-after=") + "start-after=".length()).split("&")[0];
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private MigrationPathResourceProvider provider(Collection<String> expected) {
        MigrationPath path = MigrationPath.parse("s3://" + bucket + "/secure", Path.of(""));
        return MigrationPathResourceProvider.builder(path).s3(s3).fetchOnly(name -> false)
                .expectedFiles(expected).pageSize(PAGE).build();
    }

    private static List<String> names(MigrationPathResourceProvider provider) {
        try (provider) {
            return provider.getResources("", new String[] {""}).stream().map(LoadableResource::getFilename).toList();
        }
    }

    private void put(String key) {
        setup.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("SELECT 1;"));
    }
}
