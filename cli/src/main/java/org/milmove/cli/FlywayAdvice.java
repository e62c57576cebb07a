package org.milmove.cli;

import java.util.List;
import java.util.Map;

/**
 * Flyway's messages advise its own command line ("run repair", "-X", "-ignoreMigrationPatterns", "baseline()"), which
 * milmove users do not have; this says the same with milmove's commands and options.
 */
public final class FlywayAdvice {
    /** Longer advice first: one piece starts another. */
    private static final List<Map.Entry<String, String>> REPHRASED = List.of(
            Map.entry("Either revert the changes to the migration, or run repair to update the schema history.",
                    "Either restore the file as it was applied, or, if the change was deliberate, run bin/milmove repair to record"
                            + " its new checksum."),
            Map.entry("If you removed this migration intentionally, run repair to mark the migration as deleted.",
                    "If it was removed on purpose, run bin/milmove repair to mark it as deleted."),
            Map.entry("Please remove any half-completed changes then run repair to fix the schema history.",
                    "Undo what it changed, then run bin/milmove repair to remove its failed row, and migrate again."),
            Map.entry("To fix this error, either run migrate, or set -ignoreMigrationPatterns='*:pending'.",
                    "Run bin/milmove migrate to apply it (bin/milmove validate without --strict accepts pending migrations)."),
            Map.entry("To ignore this migration, set -ignoreMigrationPatterns='*:ignored'. To allow executing this migration, set"
                    + " -outOfOrder=true.",
                    "Run bin/milmove migrate to apply it."),
            Map.entry("To ignore this migration, set -ignoreMigrationPatterns='*:ignored'.",
                    "Run bin/milmove migrate to apply it."),
            Map.entry("Use baseline() or set baselineOnMigrate to true to initialize the schema history table.",
                    "If MilMove's Go migrator migrated it, take it over with bin/milmove db adopt; otherwise migrate an empty"
                            + " database (bin/milmove db reset empties a local one)."),
            Map.entry("Run Flyway with -X option to see the actual statement causing the problem",
                    "the statement starting on the line above (milmove never prints statements: they may hold secure data)"));

    private FlywayAdvice() {
    }

    /** {@code message} with each piece of Flyway CLI advice replaced by milmove's. */
    public static String rephrase(String message) {
        String result = message;
        for (Map.Entry<String, String> advice : REPHRASED) {
            result = result.replace(advice.getKey(), advice.getValue());
        }
        return result;
    }
}
