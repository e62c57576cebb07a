/**
 * Spring Boot auto-configuration for MilMove's migrations. Public API: the {@code milmove.migrations.*} properties
 * ({@link org.milmove.flyway.spring.MilMoveMigrationsProperties}) and the auto-configuration's beans, which a service
 * may replace: {@link org.milmove.flyway.setup.MilMoveFlyway} and the {@code FlywayMigrationStrategy}.
 */
package org.milmove.flyway.spring;
