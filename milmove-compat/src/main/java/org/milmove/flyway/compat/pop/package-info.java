/**
 * pop's {@code schema_migration} history: kept in step with Flyway's, and adopted into it. Public API:
 * {@link org.milmove.flyway.compat.pop.PopHistoryCallback}, {@link org.milmove.flyway.compat.pop.Adoption} and the
 * values and exception it returns; everything package-private is internal.
 */
package org.milmove.flyway.compat.pop;
