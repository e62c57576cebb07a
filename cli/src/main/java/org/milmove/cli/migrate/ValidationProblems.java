package org.milmove.cli.migrate;

import java.util.List;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * What validation found, in this toolkit's terms: each problem names the migration's file or S3 object and what to
 * do. Flyway's own messages leave the file out and advise its {@code repair} command, which this toolkit does not have.
 */
final class ValidationProblems {
    private ValidationProblems() {
    }

    /** One line per invalid migration. */
    static List<String> of(ValidateResult result) {
        return result.invalidMigrations.stream().map(ValidationProblems::describe).toList();
    }

    private static String describe(ValidateOutput invalid) {
        String migration = invalid.version + (invalid.filepath == null || invalid.filepath.isEmpty() ? ""
                : " (" + SourcePaths.display(invalid.filepath) + ")");
        String what = invalid.filepath != null && invalid.filepath.startsWith("s3://") ? "object" : "file";
        if (!(invalid.errorDetails.errorCode instanceof CoreErrorCode code)) {
            return migration + ": " + invalid.errorDetails.errorMessage;
        }
        return switch (code) {
            case CHECKSUM_MISMATCH -> migration + " changed after it was applied: its checksum is not the one in"
                    + " flyway_schema_history. An applied migration must not change: restore the " + what + " as it was"
                    + " applied, and make the change in a new migration.";
            case DESCRIPTION_MISMATCH -> migration + " was renamed after it was applied: give the " + what + " back the"
                    + " name it was applied under (bin/milmove info shows it).";
            case APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED -> migration + " is applied, but no listed " + what + " has"
                    + " that version: put the " + what + " back and list it in the manifest again (an applied migration"
                    + " stays; fixes are new migrations).";
            case FAILED_VERSIONED_MIGRATION -> migration + " failed outside a transaction and is recorded as failed:"
                    + " undo what it changed, delete its row (DELETE FROM flyway_schema_history WHERE version = '"
                    + invalid.version + "' AND NOT success) and migrate again.";
            default -> migration + ": " + invalid.errorDetails.errorMessage;
        };
    }
}
