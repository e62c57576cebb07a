package org.milmove.flyway.compat.ddl;

import java.util.List;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * One of MilMove's DDL phases (types, tables, views, functions): files that are edited in place, written to be
 * idempotent, and run on every migrate in their manifest's order, never recorded in any history.
 *
 * @param name  for messages, e.g. {@code DDL tables}
 * @param files in manifest order
 */
public record DdlPhase(String name, List<LoadableResource> files) {
    public DdlPhase {
        files = List.copyOf(files);
    }
}
