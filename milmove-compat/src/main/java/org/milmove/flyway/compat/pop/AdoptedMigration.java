package org.milmove.flyway.compat.pop;

/**
 * One Flyway history row that adoption writes for a migration pop already applied, with the values Flyway itself
 * resolved for the file (so that {@code validate} accepts them later).
 */
public record AdoptedMigration(String version, String description, String type, String script, Integer checksum) {
}
