package org.milmove.flyway.resolver;

import org.flywaydb.core.api.FlywayException;

/** The migration path cannot be used: a malformed entry, a missing folder, or one file name in two places. */
public class MigrationPathException extends FlywayException {
    MigrationPathException(String message) {
        super(message);
    }
}
