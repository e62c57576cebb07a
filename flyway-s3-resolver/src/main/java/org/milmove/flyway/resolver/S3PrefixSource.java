package org.milmove.flyway.resolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects directly under an S3 prefix, listed page by page (S3 returns at most 1,000 keys a page). When the run
 * expects more than a page of files, the prefix is listed as key ranges split at the expected names, all ranges at
 * once: one round trip instead of one per page, and the same objects in the same order. The provider starts the
 * listing when it is built ({@link #listAhead}).
 */
final class S3PrefixSource implements MigrationSource {
    /** S3's key order: the keys' UTF-8 bytes, compared unsigned. */
    static final Comparator<String> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final S3Prefix location;
    private final S3Client s3;
    private final S3Reads reads;
    private final CompletableFuture<List<LoadableResource>> listing = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * How objects are listed and read: only wanted ones are fetched; one is kept in memory if it is small enough and
     * the run's memory budget allows, and then fetched ahead of Flyway by the prefetcher.
     *
     * @param expected the file names the run expects; where to split a listing
     * @param pageSize the keys S3 returns a page, at most
     */
    record S3Reads(Predicate<String> wanted, List<String> expected, int pageSize, long keepInMemoryUpTo,
                   AtomicLong memoryLeft, Executor prefetcher, ChecksumCache known) {

        boolean keep(String name, long size) {
            if (!wanted.test(name) || size > keepInMemoryUpTo) {
                return false;
            }
            if (memoryLeft.addAndGet(-size) >= 0) {
                return true;
            }
            memoryLeft.addAndGet(size);
            return false;
        }
    }

    S3PrefixSource(S3Prefix location, S3Client s3, S3Reads reads) {
        this.location = location;
        this.s3 = s3;
        this.reads = reads;
    }

    /** On a thread of its own, not the prefetcher's: the listing waits for its ranges, which run there. */
    @Override
    public void listAhead() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::listOnce, "s3-listing " + location);
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public List<LoadableResource> files() {
        if (started.compareAndSet(false, true)) {
            listOnce();
        }
        try {
            return listing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private void listOnce() {
        try {
            listing.complete(list());
        } catch (RuntimeException | Error e) {
            listing.completeExceptionally(e);
        }
    }

    private List<LoadableResource> list() {
        String keyPrefix = location.prefix().isEmpty() ? "" : location.prefix() + "/";
        List<LoadableResource> found = new ArrayList<>();
        for (S3Object object : objects(keyPrefix)) {
            String name = object.key().substring(keyPrefix.length());
            if (name.isEmpty()) {
                continue;
            }
            var resource = new S3MigrationResource(s3, location.bucket(), object.key(), name, object.eTag(),
                    reads.keep(name, object.size()));
            if (!reads.known().standsIn(resource)) {
                resource.prefetch(reads.prefetcher());
            }
            found.add(resource);
        }
        return found;
    }

    /** Range {@code i} holds the keys after {@code bounds[i]} up to and including {@code bounds[i + 1]}. */
    private List<S3Object> objects(String keyPrefix) {
        List<String> bounds = bounds(keyPrefix);
        List<CompletableFuture<List<S3Object>>> ranges = new ArrayList<>();
        for (int i = 1; i < bounds.size() - 1; i++) {
            String after = bounds.get(i);
            String upTo = bounds.get(i + 1);
            ranges.add(CompletableFuture.supplyAsync(() -> objects(keyPrefix, after, upTo), reads.prefetcher()));
        }
        try {
            List<S3Object> all = new ArrayList<>(objects(keyPrefix, null, bounds.get(1)));
            for (CompletableFuture<List<S3Object>> range : ranges) {
                all.addAll(range.join());
            }
            return all;
        } catch (CompletionException e) {
            throw e.getCause() instanceof SdkException s3Failure ? S3Failures.explain(s3Failure, location.toString())
                    : e;
        } catch (SdkException e) {
            throw S3Failures.explain(e, location.toString());
        } finally {
            ranges.forEach(range -> range.cancel(true));
        }
    }

    /** From the start (null) to the end (null), through the keys that split the expected names into even pages. */
    private List<String> bounds(String keyPrefix) {
        List<String> expected = reads.expected().stream().distinct().sorted(KEY_ORDER).toList();
        int ranges = Math.max(1, (expected.size() + reads.pageSize() - 1) / reads.pageSize());
        List<String> bounds = new ArrayList<>();
        bounds.add(null);
        for (int i = 1; i < ranges; i++) {
            bounds.add(keyPrefix + expected.get(i * expected.size() / ranges - 1));
        }
        bounds.add(null);
        return bounds;
    }

    /** The objects after {@code after} up to and including {@code upTo}; null for no bound. */
    private List<S3Object> objects(String keyPrefix, String after, String upTo) {
        ListObjectsV2Request first = ListObjectsV2Request.builder()
                .bucket(location.bucket())
                .prefix(keyPrefix)
                .delimiter("/")
                .maxKeys(reads.pageSize())
                .startAfter(after)
                .build();
        List<S3Object> found = new ArrayList<>();
        ListObjectsV2Response page = s3.listObjectsV2(first);
        while (true) {
            page.contents().stream()
                    .filter(object -> upTo == null || KEY_ORDER.compare(object.key(), upTo) <= 0)
                    .forEach(found::add);
            if (!page.isTruncated() || upTo != null && reached(page, upTo)) {
                return found;
            }
            // Not the paginator: it would send start-after again with the token, which some S3-compatible servers refuse.
            page = s3.listObjectsV2(first.toBuilder().startAfter(null).continuationToken(page.nextContinuationToken())
                    .build());
        }
    }

    /** Whether the page's last key or folder is at or past {@code upTo}: later pages hold only the next range's. */
    private static boolean reached(ListObjectsV2Response page, String upTo) {
        List<S3Object> keys = page.contents();
        List<CommonPrefix> folders = page.commonPrefixes();
        return !keys.isEmpty() && KEY_ORDER.compare(keys.get(keys.size() - 1).key(), upTo) >= 0
                || !folders.isEmpty() && KEY_ORDER.compare(folders.get(folders.size() - 1).prefix(), upTo) >= 0;
    }

    @Override
    public String toString() {
        return location.toString();
    }

}
