package org.milmove.flyway.resolver;

import org.flywaydb.core.api.FlywayException;

/**
 * An S3 migration was replaced while the run was using it: the bytes Flyway checksummed are no longer the bytes it
 * would execute, so the run stops rather than record a checksum for content that did not run.
 */
public class S3ObjectChangedException extends FlywayException {
    S3ObjectChangedException(String location, String etag) {
        super(location + " was replaced during this run (it was read with ETag " + etag + "); nothing of it was"
                + " applied. Run again to apply the new version.");
    }
}
