package org.milmove.flyway.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The objects directly under an S3 prefix, listed page by page (S3 returns at most 1,000 keys a page). */
final class S3PrefixSource implements MigrationSource {
    private final S3Prefix location;
    private final S3Client s3;
    private final S3Reads reads;
    private List<LoadableResource> files;

    /**
     * How objects are read: only wanted ones are fetched; one is kept in memory if it is small enough and the run's
     * memory budget allows, and then fetched ahead of Flyway by the prefetcher.
     */
    record S3Reads(Predicate<String> wanted, long keepInMemoryUpTo, AtomicLong memoryLeft, Executor prefetcher,
                   ChecksumCache known) {

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

    @Override
    public synchronized List<LoadableResource> files() {
        if (files == null) {
            files = list();
        }
        return files;
    }

    private List<LoadableResource> list() {
        String keyPrefix = location.prefix().isEmpty() ? "" : location.prefix() + "/";
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(location.bucket())
                .prefix(keyPrefix)
                .delimiter("/")
                .build();
        List<LoadableResource> found = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
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
        } catch (SdkException e) {
            throw S3Failures.explain(e, location.toString());
        }
        return found;
    }

    @Override
    public String toString() {
        return location.toString();
    }

}
