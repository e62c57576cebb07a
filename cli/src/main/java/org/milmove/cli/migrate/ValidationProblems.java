package org.milmove.cli.migrate;

import java.util.List;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.FlywayAdvice;

/**
 * What validation found, in this toolkit's terms: each problem names the migration's file or S3 object and what to
 * do. Flyway's own messages leave the file out and advise its own command line.
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
            return migration + ": " + FlywayAdvice.rephrase(invalid.errorDetails.errorMessage);
        }
        return switch (code) {
            case CHECKSUM_MISMATCH -> migration + " changed after it was applied: its checksum is not the one in"
                    + " flyway_schema_history. An applied migration must not change: restore the " + what + " as it was"
                    + " applied, and make the change in a new migration; if the change was deliberate and changes nothing"
                    + " that ran (a comment), bin/milmove repair records the new checksum.";
            case DESCRIPTION_MISMATCH -> migration + " was renamed after it was applied: give the " + what + " back the"
                    + " name it was applied under (bin/milmove info shows it), or record the new name with bin/milmove repair.";
            case APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED -> migration + " is applied, but no listed " + what + " has"
                    + " that version: put the " + what + " back and list it in the manifest again (an applied migration"
                    + " stays; fixes are new migrations), or, if it was removed on purpose, mark it deleted with"
                    + " bin/milmove repair.";
            case FAILED_VERSIONED_MIGRATION -> migration + " failed outside a transaction and is recorded as failed:"
                    + " undo what it changed, remove its row with bin/milmove repair, and migrate again.";
            case RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED -> migration + " is listed and not applied yet: bin/milmove"
                    + " migrate applies it (validate without --strict accepts that).";
            default -> migration + ": " + FlywayAdvice.rephrase(invalid.errorDetails.errorMessage);
        };
    }
}
