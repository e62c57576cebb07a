package org.milmove.flyway.resolver;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.flywaydb.core.api.resource.LoadableResource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * One S3 object as a Flyway migration, held in memory only (never written to disk).
 *
 * <p>Flyway reads a migration at least twice: once for its checksum, once to execute it. Every read after the
 * first is pinned to the first read's ETag, so a replaced object stops the run instead of running bytes that were
 * not checksummed. Small objects are kept in memory (and may be fetched ahead of Flyway); large ones are streamed
 * again on each read and marked for Flyway's streaming mode, so they never have to fit in memory.
 */
final class S3MigrationResource extends LoadableResource {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String fileName;
    private final String listedETag;
    private final boolean kept;

    private CompletableFuture<Fetched> fetched;
    private String pinnedETag;

    private record Fetched(byte[] bytes, String eTag) {
    }

    S3MigrationResource(S3Client s3, String bucket, String key, String fileName, String listedETag, boolean keptInMemory) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.fileName = fileName;
        this.listedETag = listedETag;
        this.kept = keptInMemory;
    }

    /** The ETag the listing gave: the object's version when this run started. */
    String listedETag() {
        return listedETag;
    }

    /** The ETag of the bytes every read of this run returns; null before the first read. */
    synchronized String eTagRead() {
        return pinnedETag;
    }

    boolean kept() {
        return kept;
    }

    /** Starts fetching a kept object in the background, ahead of Flyway's sequential reads. */
    synchronized void prefetch(Executor executor) {
        if (kept && fetched == null) {
            fetched = CompletableFuture.supplyAsync(this::fetch, executor);
        }
    }

    @Override
    public Reader read() {
        return kept ? readKept() : readStreamed();
    }

    private Reader readKept() {
        boolean firstRead;
        CompletableFuture<Fetched> pending;
        synchronized (this) {
            firstRead = pinnedETag == null;
            if (fetched == null) {
                fetched = CompletableFuture.completedFuture(fetch());
            }
            pending = fetched;
        }
        Fetched object = join(pending);
        if (firstRead) {
            pin(object.eTag());
        } else {
            requireUnchanged();
        }
        return reader(new ByteArrayInputStream(object.bytes()));
    }

    private Reader readStreamed() {
        String eTag = currentPin();
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(request(eTag));
            if (eTag == null) {
                pin(in.response().eTag());
            }
            return new ReportedReads(reader(in), e -> S3Failures.cutOff(e, getAbsolutePath()));
        } catch (SdkException e) {
            throw failure(e, eTag);
        }
    }

    private Fetched fetch() {
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(request(null));
            return new Fetched(bytes.asByteArray(), bytes.response().eTag());
        } catch (SdkException e) {
            throw S3Failures.explain(e, getAbsolutePath());
        }
    }

    /** A HEAD pinned to the first read's ETag: cheap, and only made for migrations that actually run. */
    private void requireUnchanged() {
        String eTag = currentPin();
        try {
            s3.headObject(b -> b.bucket(bucket).key(key).ifMatch(eTag));
        } catch (SdkException e) {
            throw failure(e, eTag);
        }
    }

    private RuntimeException failure(SdkException e, String eTag) {
        return S3Failures.isPreconditionFailed(e)
                ? new S3ObjectChangedException(getAbsolutePath(), eTag)
                : S3Failures.explain(e, getAbsolutePath());
    }

    private GetObjectRequest request(String ifMatch) {
        return GetObjectRequest.builder().bucket(bucket).key(key).ifMatch(ifMatch).build();
    }

    private synchronized void pin(String eTag) {
        if (pinnedETag == null) {
            pinnedETag = eTag;
        }
    }

    private synchronized String currentPin() {
        return pinnedETag;
    }

    private static Fetched join(CompletableFuture<Fetched> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Reader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public boolean shouldStream() {
        return !kept;
    }

    @Override
    public String getAbsolutePath() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return getAbsolutePath();
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    /** The file name alone, so the history's script column reads the same as for the local stand-in. */
    @Override
    public String getRelativePath() {
        return fileName;
    }
}
