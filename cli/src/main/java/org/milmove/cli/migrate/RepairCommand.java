package org.milmove.cli.migrate;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.RepairOutput;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.ExitCode;
import org.milmove.cli.Prompt;
import org.milmove.cli.UserException;
import org.milmove.cli.db.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "repair",
        description = {
            "Repair the Flyway history that the main and DML manifests share, after a deliberate change: remove the",
            "rows of migrations that failed outside a transaction (undo what they changed first), record the current",
            "checksum and description of applied files that were changed or renamed on purpose, and mark applied",
            "migrations whose file is gone as deleted. Shows what it will change and asks first; refused with",
            "--environment prd unless --yes is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:repaired, or nothing to repair", "1:not confirmed, nothing changed; or the repair failed",
            "2:bad input or setup (as migrate), or --environment prd without --yes"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove repair",
            "  DB_HOST=... DB_PASSWORD=... bin/milmove repair --environment prd --yes"})
public final class RepairCommand implements Callable<Integer> {
    /** The environment where a stray answer to a prompt would do the most harm. */
    static final String PRODUCTION = "prd";

    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Option(names = {"-y", "--yes"}, description = "Repair without asking (required with --environment prd).")
    boolean yes;

    @Override
    public Integer call() {
        if (PRODUCTION.equals(migrations.environment) && !yes) {
            throw new UserException("repair with --environment " + PRODUCTION + " changes production's migration history:"
                    + " it is never done on a prompt's answer. Check what it will change (bin/milmove validate"
                    + " --environment " + PRODUCTION + "), then run it again with --yes. Nothing was changed.");
        }
        PrintWriter out = spec.commandLine().getOut();
        return migrations.withMigrations(database, run -> {
            String where = run.database().description();
            ValidateResult found = run.repairable();
            if (found.validationSuccessful) {
                out.println("Nothing to repair in " + where + ": the history matches the listed files.");
                return ExitCode.OK;
            }
            out.println("Repair of the Flyway history in " + where + ":");
            found.invalidMigrations.forEach(invalid -> out.println("  " + action(invalid)));
            if (!yes && !new Prompt(spec.commandLine().getErr()).yes("Repair the history of " + where + "?")) {
                out.println("Nothing repaired.");
                return ExitCode.FAILED;
            }
            out.println(summary(run.repair(), where));
            return ExitCode.OK;
        });
    }

    private static String action(ValidateOutput invalid) {
        String migration = invalid.version + " (" + (invalid.filepath == null || invalid.filepath.isEmpty()
                ? invalid.description : SourcePaths.display(invalid.filepath)) + ")";
        if (!(invalid.errorDetails.errorCode instanceof CoreErrorCode code)) {
            return migration + ": " + invalid.errorDetails.errorMessage;
        }
        return switch (code) {
            case FAILED_VERSIONED_MIGRATION -> "remove the failed row of " + migration
                    + "; undo what it changed first, so that the next migrate runs it on a clean state";
            case CHECKSUM_MISMATCH -> "record the current checksum of " + migration + ", changed after it was applied";
            case DESCRIPTION_MISMATCH -> "record the current description of " + migration + ", renamed after it was applied";
            case TYPE_MISMATCH -> "record the current type of " + migration;
            case APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED -> "mark " + migration + " as deleted: it is applied, and no"
                    + " listed file has its version";
            default -> migration + ": " + invalid.errorDetails.errorMessage;
        };
    }

    private static String summary(RepairResult result, String where) {
        return "Repaired the history in " + where + ": " + count(result.migrationsRemoved, "failed row", "removed") + ", "
                + count(result.migrationsAligned, "migration", "realigned") + ", "
                + count(result.migrationsDeleted, "migration", "marked deleted") + ".";
    }

    private static String count(List<RepairOutput> rows, String what, String done) {
        return rows.size() + " " + what + (rows.size() == 1 ? "" : "s") + " " + done
                + (rows.isEmpty() ? "" : " (" + String.join(", ", rows.stream().map(row -> row.version).toList()) + ")");
    }
}
