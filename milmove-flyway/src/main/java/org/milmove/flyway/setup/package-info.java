/**
 * One entry point to MilMove's migrations on Flyway. Public API: {@link org.milmove.flyway.setup.MilMoveSettings}
 * (what runs and how) and {@link org.milmove.flyway.setup.MilMoveFlyway} (the opened stack, which hands out Flyway's
 * own configuration); everything package-private is internal.
 */
package org.milmove.flyway.setup;
