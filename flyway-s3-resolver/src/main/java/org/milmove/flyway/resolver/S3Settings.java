package org.milmove.flyway.resolver;

import java.net.URI;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How to reach S3. Credentials always come from the AWS default chain ({@link AwsLogin}: environment, profile, SSO,
 * assumed role, web identity, container and instance roles).
 *
 * @param region      the bucket's region, or null for the SDK's default chain (AWS_REGION, profile)
 * @param endpoint    an S3-compatible server (MinIO, LocalStack, a test server), or null for AWS
 * @param pathStyle   path-style requests ({@code host/bucket/key}); needed by most S3-compatible servers
 * @param profile     a named AWS profile, or null for the default chain's choice
 * @param checksumsWhenRequired send and check payload checksums only where S3 requires them, as many S3-compatible
 *                    servers need (they reject the SDK's newer default checksums)
 * @param maxAttempts attempts per request, the first included; throttling and server errors are retried with backoff
 */
public record S3Settings(String region, URI endpoint, boolean pathStyle, String profile, boolean checksumsWhenRequired,
                         int maxAttempts) {

    /** AWS itself, with the region and credentials of the default chain. */
    public static S3Settings aws() {
        return new S3Settings(null, null, false, null, false, 6);
    }

    /** An S3-compatible server: path-style requests and checksums only where required. */
    public S3Settings withEndpoint(URI endpointOverride) {
        return new S3Settings(region, endpointOverride, true, profile, true, maxAttempts);
    }

    public S3Settings withRegion(String name) {
        return new S3Settings(name, endpoint, pathStyle, profile, checksumsWhenRequired, maxAttempts);
    }

    public S3Settings withProfile(String name) {
        return new S3Settings(region, endpoint, pathStyle, name, checksumsWhenRequired, maxAttempts);
    }

    public S3Settings withMaxAttempts(int attempts) {
        return new S3Settings(region, endpoint, pathStyle, profile, checksumsWhenRequired, attempts);
    }

    /**
     * A client for the whole run; the caller closes it.
     *
     * @throws S3AccessException when the SDK cannot find a region
     */
    public S3Client createClient() {
        // Built in S3Clients, so that a run over local folders, which makes these settings too, never loads the SDK.
        return S3Clients.create(this);
    }
}
