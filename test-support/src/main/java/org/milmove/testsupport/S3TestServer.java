package org.milmove.testsupport;

import java.net.URI;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-protocol server over HTTP on 127.0.0.1 (S3Proxy with an in-memory store), with AWS signature checks.
 * One per test run; tests create buckets with names of their own.
 */
public final class S3TestServer implements AutoCloseable {
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";
    public static final String REGION = "us-east-1";

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final S3Proxy proxy;
    private final BlobStoreContext store;

    private S3TestServer(S3Proxy proxy, BlobStoreContext store) {
        this.proxy = proxy;
        this.store = store;
    }

    public static S3TestServer start() {
        BlobStoreContext store = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .overrides(new Properties())
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // The real S3 accepts x-amz-server-side-encryption; S3Proxy answers 501 to it unless told to ignore it.
                .ignoreUnknownHeaders(true)
                .v4MaxNonChunkedRequestSize(1L << 30)
                .jettyMaxThreads(256)
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("could not start the S3 test server", e);
        }
        return new S3TestServer(proxy, store);
    }

    /** Creates a bucket whose name starts with {@code prefix} and no other test uses; returns its name. */
    public String newBucket(String prefix) {
        String bucket = prefix + "-" + BUCKETS.incrementAndGet();
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return bucket;
    }

    /** Uploads {@code text} (UTF-8) as the object {@code key} of {@code bucket}. */
    public void put(String bucket, String key, String text) {
        try (S3Client s3 = client()) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text));
        }
    }

    /** Makes this server's keys the JVM's AWS credentials: the default chain reads these system properties first. */
    public static void useItsCredentials() {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }

    public static void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public int port() {
        return proxy.getPort();
    }

    /** A client for test setup (creating buckets, uploading fixtures), configured as S3-compatible servers need. */
    public S3Client client() {
        return client(endpoint());
    }

    /** The same client settings against another endpoint, such as a proxy in front of this server. */
    public static S3Client client(URI endpoint) {
        return S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(128))
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the S3 test server", e);
        } finally {
            store.close();
        }
    }
}
