/**
 * MilMove's migrations as a Flyway plugin, found by Flyway through {@code META-INF/services}. Public API: the
 * {@code flyway.milmove.*} configuration keys ({@link org.milmove.flyway.plugin.MilMoveConfigurationExtension}) and
 * the {@code milmove:} location ({@link org.milmove.flyway.plugin.MilMoveLocationHandler}); the classes themselves
 * are instantiated by Flyway only.
 */
package org.milmove.flyway.plugin;
