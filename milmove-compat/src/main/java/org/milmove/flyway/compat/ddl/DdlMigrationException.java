package org.milmove.flyway.compat.ddl;

import org.flywaydb.core.api.FlywayException;

/** A DDL file failed; it was rolled back, and the files before it stay applied (they are re-run every time anyway). */
public class DdlMigrationException extends FlywayException {
    DdlMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
