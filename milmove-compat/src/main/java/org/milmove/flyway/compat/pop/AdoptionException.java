package org.milmove.flyway.compat.pop;

import org.flywaydb.core.api.FlywayException;

/**
 * A database cannot be adopted as it is, or must be adopted before Flyway may use it. The message says why and what
 * to do.
 */
public class AdoptionException extends FlywayException {
    AdoptionException(String message) {
        super(message);
    }
}
