package org.milmove.flyway.resolver;

/** S3 could not be used: credentials, permissions, bucket, region, endpoint or throttling. Names the object and what to check. */
public class S3AccessException extends MigrationPathException {
    S3AccessException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
