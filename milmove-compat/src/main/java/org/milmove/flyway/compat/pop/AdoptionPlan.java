package org.milmove.flyway.compat.pop;

import java.util.List;

/**
 * What adopting a pop-migrated database means, worked out before anything is written.
 *
 * @param adopted    versions pop recorded that a file resolves: one Flyway history row each, in version order
 * @param pending    versions a file resolves that pop never recorded: the next {@code migrate} applies them (gaps
 *                   are normal under pop, which applies every unrecorded version)
 * @param unresolved versions pop recorded that no listed file resolves (removed files, typos, a manifest not
 *                   configured): no row is written for them
 */
public record AdoptionPlan(List<AdoptedMigration> adopted, List<String> pending, List<String> unresolved) {
    public AdoptionPlan {
        adopted = List.copyOf(adopted);
        pending = List.copyOf(pending);
        unresolved = List.copyOf(unresolved);
    }
}
