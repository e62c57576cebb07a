/**
 * MIGRATION_PATH for Flyway: local folders and S3 prefixes. Public API: the classes declared {@code public} here,
 * chiefly {@link org.milmove.flyway.resolver.MigrationPath},
 * {@link org.milmove.flyway.resolver.MigrationPathResourceProvider}, {@link org.milmove.flyway.resolver.S3Settings},
 * {@link org.milmove.flyway.resolver.FailedMigration} and {@link org.milmove.flyway.resolver.SecureMigrationFailures};
 * everything package-private is internal.
 */
package org.milmove.flyway.resolver;
