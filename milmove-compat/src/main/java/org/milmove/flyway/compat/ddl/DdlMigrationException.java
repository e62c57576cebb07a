package org.milmove.flyway.compat.ddl;

import org.flywaydb.core.api.FlywayException;

/** A DDL file failed; it was rolled back, and the files before it stay applied (they are re-run every time anyway). */
public class DdlMigrationException extends FlywayException {
    private final String location;

    DdlMigrationException(String message, String location, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** Where the failed file came from: a local path or an {@code s3://} URL; null when no file failed. */
    public String location() {
        return location;
    }
}
