package org.milmove.cli.migrate;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.output.Json;
import org.milmove.cli.output.OutputFormat;
import org.milmove.flyway.compat.pop.AdoptedMigration;
import org.milmove.flyway.compat.pop.Adoption;
import org.milmove.flyway.compat.pop.AdoptionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "adopt",
        description = {
            "Adopt a database that MilMove's Go migrator (pop) migrated: write one Flyway history row for each",
            "version pop recorded in schema_migration (main and DML manifests), with the checksum Flyway computes",
            "for the file, so that migrate applies nothing twice. Versions pop never recorded stay pending: the",
            "next migrate applies them (gaps are normal under pop). Refused when Flyway history already exists."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove db adopt --dry-run --db-host localhost --db-port 5433",
            "  DB_HOST=... DB_PASSWORD=... bin/milmove db adopt --environment stg --strict"})
public final class AdoptCommand implements Callable<Integer> {
    private static final int LISTED = 20;

    @Mixin
    OutputFormat output;
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--strict", description = "Refuse when pop recorded versions that no listed file resolves.")
    boolean strict;

    @Override
    public Integer call() {
        // In JSON mode the text goes nowhere: the document carries the same facts.
        PrintWriter out = output.json() ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getOut();
        migrations.withMigrations(database, run -> {
            AdoptionPlan plan = Adoption.plan(run.versioned());
            output.put("dryRun", dryRun).put("database", run.database().description())
                    .put("pending", plan.pending()).put("unresolved", plan.unresolved());
            out.println((dryRun ? "Would adopt " : "Adopting ") + run.database().description() + ":");
            if (strict && !plan.unresolved().isEmpty()) {
                throw new UserException(plan.unresolved().size() + " versions recorded in schema_migration have no"
                        + " listed file: " + abbreviated(plan.unresolved()) + ". Nothing was written; list their files,"
                        + " or run without --strict to leave them out of the Flyway history.");
            }
            if (dryRun) {
                plan.adopted().forEach(row -> out.println("  " + describe(row)));
            } else {
                Adoption.adopt(run.versioned(), plan);
            }
            output.put("adopted", plan.adopted().stream().map(row -> (Object) Json.object("version", row.version(),
                    "script", row.script(), "checksum", row.checksum())).toList());
            report(out, plan);
            return null;
        });
        return output.finish(ExitCode.OK);
    }

    private void report(PrintWriter out, AdoptionPlan plan) {
        out.println((dryRun ? "Would write " : "Wrote ") + plan.adopted().size() + " Flyway history rows (installed_by "
                + Adoption.INSTALLED_BY + ")" + (dryRun ? "; nothing was written." : "; validate passes."));
        out.println("Will run on the next migrate: " + (plan.pending().isEmpty() ? "nothing"
                : plan.pending().size() + " (" + abbreviated(plan.pending()) + ")"));
        if (!plan.unresolved().isEmpty()) {
            out.println("Recorded by pop but no listed file, no row written: " + plan.unresolved().size() + " ("
                    + abbreviated(plan.unresolved()) + ")");
        }
    }

    private static String describe(AdoptedMigration row) {
        return row.version() + "  " + row.script() + "  checksum " + row.checksum();
    }

    private static String abbreviated(List<String> versions) {
        return versions.size() <= LISTED ? String.join(", ", versions)
                : String.join(", ", versions.subList(0, LISTED)) + ", … " + (versions.size() - LISTED) + " more";
    }
}
