/**
 * MilMove's Go migrator, re-created for Flyway. Public API: the classes of this package and of {@code fizz} and
 * {@code sql} that are declared {@code public}; everything package-private is internal.
 */
package org.milmove.flyway.compat;
