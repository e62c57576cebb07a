/**
 * MilMove's reading of SQL migration files. Public API: {@link org.milmove.flyway.compat.sql.MilMoveSql} and
 * {@link org.milmove.flyway.compat.sql.CutShort}; everything else is internal.
 */
package org.milmove.flyway.compat.sql;
