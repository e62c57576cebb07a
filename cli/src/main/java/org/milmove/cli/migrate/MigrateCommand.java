package org.milmove.cli.migrate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.output.ConsoleLog;
import org.milmove.cli.output.Json;
import org.milmove.cli.output.OutputFormat;
import org.milmove.cli.output.Verbosity;
import org.milmove.flyway.compat.ddl.DdlResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "migrate",
        description = {
            "Apply the listed migrations that the database has not applied, in MilMove's order: the main manifest,",
            "then the DDL phases (types, tables, views, functions: every listed file, every time), then the DML",
            "manifest. Versioned migrations run in version order, including ones older than the newest applied",
            "(out of order). A failing migration is rolled back and stops the run."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove migrate",
            "  DB_HOST=localhost DB_PASSWORD=... bin/milmove migrate --migration-path 'migrations/app/schema'",
            "  DB_HOST=localhost DB_PORT=5434 bin/milmove migrate --environment stg   # as stg would, to verify an upload"})
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    OutputFormat output;
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MigrationRun.Progress report = output.json() ? new JsonReport(output) : new Report(out);
        migrations.withMigrations(database, run -> {
            if (output.json()) {
                output.put("database", run.database().description()).put("skipped", run.skipped());
            } else if (ConsoleLog.verbosity() != Verbosity.QUIET) {
                run.skipped().forEach(out::println);
            }
            run.migrate(report);
            return null;
        });
        return output.finish(ExitCode.OK);
    }

    /** The phases as fields of the JSON document, each added as it ends (README: JSON output). */
    private record JsonReport(OutputFormat output, List<Object> ddl) implements MigrationRun.Progress {
        JsonReport(OutputFormat output) {
            this(output, new ArrayList<>());
        }

        @Override
        public void mainApplied(MigrateResult result) {
            output.put("main", phase(result)).put("ddl", ddl);
        }

        @Override
        public void ddlRan(DdlResult result) {
            ddl.add(Json.object("phase", result.phase(), "file", result.file(),
                    "durationMs", result.millis()));
        }

        @Override
        public void dmlApplied(MigrateResult result) {
            output.put("dml", phase(result));
        }

        private static Map<String, Object> phase(MigrateResult result) {
            return Json.object("schemaVersionBefore", result.initialSchemaVersion,
                    "schemaVersion", result.targetSchemaVersion == null ? result.initialSchemaVersion
                            : result.targetSchemaVersion,
                    "applied", result.migrations.stream().map(m -> (Object) Json.object("version", m.version,
                            "description", m.description, "file", SourcePaths.display(m.filepath),
                            "durationMs", m.executionTime)).toList());
        }
    }

    /** One block per phase, printed as the phase ends. */
    private record Report(PrintWriter out) implements MigrationRun.Progress {
        @Override
        public void mainApplied(MigrateResult result) {
            if (result.migrationsExecuted == 0) {
                out.println("Nothing to migrate: every listed migration is applied"
                        + (result.initialSchemaVersion == null ? "." : " (schema version " + result.initialSchemaVersion + ")."));
                return;
            }
            out.println("Applied " + count(result.migrationsExecuted) + "; schema version is now "
                    + result.targetSchemaVersion + ":");
            list(result);
        }

        @Override
        public void ddlRan(DdlResult result) {
            out.printf("%s: ran %s (%d ms)%n", result.phase(), result.file(), result.millis());
        }

        @Override
        public void dmlApplied(MigrateResult result) {
            out.println(result.migrationsExecuted == 0 ? "DML: nothing to apply."
                    : "DML: applied " + count(result.migrationsExecuted) + ":");
            list(result);
        }

        private void list(MigrateResult result) {
            for (MigrateOutput m : result.migrations) {
                out.printf("  %s  %s  (%d ms)%n", m.version, SourcePaths.display(m.filepath), m.executionTime);
            }
        }

        private static String count(int migrations) {
            return migrations + " migration" + (migrations == 1 ? "" : "s");
        }
    }
}
