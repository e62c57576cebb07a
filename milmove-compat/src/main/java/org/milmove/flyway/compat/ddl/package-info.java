/**
 * MilMove's DDL phases, run after the versioned migrations on every migrate. Public API: every class here
 * ({@link org.milmove.flyway.compat.ddl.DdlRunner} runs {@link org.milmove.flyway.compat.ddl.DdlPhase}s).
 */
package org.milmove.flyway.compat.ddl;
