package org.milmove.flyway.resolver;

import java.util.List;
import org.flywaydb.core.api.resource.LoadableResource;

/** The migration files of one {@link MigrationLocation}. */
interface MigrationSource {

    /** The files directly in this location, listed once and kept for the rest of the run. */
    List<LoadableResource> files();

    /** Starts listing now if that takes round trips, so that they overlap what the run does before it needs the files. */
    default void listAhead() {
    }

    /** The location as a URL, for messages. */
    @Override
    String toString();
}
