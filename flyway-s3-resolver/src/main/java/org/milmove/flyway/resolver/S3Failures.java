package org.milmove.flyway.resolver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK failures into messages that name the object and say what to check; never includes object contents. */
public final class S3Failures {
    private S3Failures() {
    }

    /** What the failed request tried to do, for the wording of the message. */
    public enum Access {
        READ("read", "list and read this bucket", "the MIGRATION_PATH entry"),
        WRITE("write", "write objects to this bucket (s3:PutObject)", "the bucket name");

        private final String verb;
        private final String permission;
        private final String bucketSource;

        Access(String verb, String permission, String bucketSource) {
            this.verb = verb;
            this.permission = permission;
            this.bucketSource = bucketSource;
        }
    }

    static S3AccessException explain(SdkException e, String location) {
        return explain(e, location, Access.READ);
    }

    /** A message naming {@code location} (an {@code s3://} URL) and what to check, with {@code e} as the cause. */
    public static S3AccessException explain(SdkException e, String location, Access access) {
        return new S3AccessException(message(e, location, access), e);
    }

    /** A streamed object whose reading broke off, for example when the connection dropped in the middle of it. */
    static S3AccessException cutOff(IOException e, String location) {
        return new S3AccessException("Reading " + location + " from S3 broke off (" + rootMessage(e) + "): check the"
                + " network and --s3-endpoint (AWS_ENDPOINT_URL_S3), then run again.", e);
    }

    /** True when S3 answered that the object (not the bucket) does not exist. */
    public static boolean isNoSuchKey(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(s3));
    }

    private static String message(SdkException e, String location, Access access) {
        if (e instanceof S3Exception s3) {
            return serviceMessage(s3, location, access);
        }
        String text = String.valueOf(e.getMessage());
        // The SDK's message for a missing region lists every provider it asked, credential providers among them.
        if (text.contains("Unable to load region")) {
            return "No AWS region for " + location + ": set --aws-region (AWS_REGION), or a region in the AWS profile.";
        }
        var ssoLogin = AwsLogin.ssoLoginAdvice(e);
        if (ssoLogin.isPresent()) {
            return "No AWS credentials to " + access.verb + " " + location + ": " + ssoLogin.get() + ".";
        }
        if (text.contains("Unable to load credentials") || text.contains("credentials")) {
            return "No AWS credentials to " + access.verb + " " + location + ": set AWS_PROFILE (--aws-profile), or"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or log in with 'aws sso login'.";
        }
        if (text.contains("region")) {
            return "No AWS region for " + location + ": set --aws-region (AWS_REGION), or a region in the AWS profile.";
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
            return "Cannot reach S3 to " + access.verb + " " + location + " (" + rootMessage(e) + "): check --s3-endpoint"
                    + " (AWS_ENDPOINT_URL_S3) and the network.";
        }
        return "S3 request for " + location + " failed: " + text;
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
    }

    private static String serviceMessage(S3Exception e, String location, Access access) {
        String code = errorCode(e);
        return switch (e.statusCode()) {
            case 403 -> "Access denied to " + location + " (" + code + "): check that the AWS credentials in use"
                    + " (profile, role) may " + access.permission + ".";
            case 404 -> code.equals("NoSuchBucket")
                    ? "Bucket of " + location + " does not exist: check " + access.bucketSource + " and --aws-region."
                    : location + " does not exist (" + code + ").";
            case 301, 307 -> "The bucket of " + location + " is in another region" + bucketRegion(e)
                    + ": set --aws-region (AWS_REGION) to the bucket's region.";
            case 400 -> code.equals("AuthorizationHeaderMalformed")
                    ? "The bucket of " + location + " is in another region" + bucketRegion(e) + ": set --aws-region (AWS_REGION)."
                    : "S3 rejected the request for " + location + " (" + code + ").";
            case 503 -> "S3 kept throttling requests for " + location + " (" + code + ") after " + (e.numAttempts())
                    + " attempts with backoff; try again later.";
            default -> "S3 request for " + location + " failed with HTTP " + e.statusCode() + " (" + code + ").";
        };
    }

    private static String bucketRegion(S3Exception e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null ? ""
                : e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region").map(r -> " (" + r + ")").orElse("");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static boolean isPreconditionFailed(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 412;
    }
}
