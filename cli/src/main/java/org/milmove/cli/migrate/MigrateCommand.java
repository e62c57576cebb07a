package org.milmove.cli.migrate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.output.ConsoleLog;
import org.milmove.cli.output.Json;
import org.milmove.cli.output.OutputFormat;
import org.milmove.cli.output.Verbosity;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.compat.ddl.DdlResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "migrate",
        description = {
            "Apply the listed migrations that the database has not applied, in MilMove's order: the main manifest,",
            "then the DDL phases (types, tables, views, functions: every listed file, every time), then the DML",
            "manifest. Versioned migrations run in version order, including ones older than the newest applied",
            "(out of order). A failing migration is rolled back and stops the run.",
            "--target stops after one migration; --dry-run prints what would run and changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove migrate",
            "  DB_HOST=localhost DB_PASSWORD=... bin/milmove migrate --migration-path 'migrations/app/schema'",
            "  DB_HOST=localhost DB_PORT=5434 bin/milmove migrate --environment stg   # as stg would, to verify an upload",
            "  bin/milmove migrate --dry-run --target 20250101000000"})
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    OutputFormat output;
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "VERSION",
            description = "Stop after the migration of this version: one of the main manifest (the DDL phases and the"
                    + " DML manifest do not run), or of the DML manifest (after the main manifest and the DDL phases).")
    String target;

    @Option(names = "--dry-run",
            description = "Read every listed file (S3 included), check the manifests and the history as migrate does,"
                    + " print what would run in which order; change nothing. Exit 0, or 2 naming the problem.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean talk = !output.json() && ConsoleLog.verbosity() != Verbosity.QUIET;
        migrations.withMigrations(database, run -> {
            if (dryRun) {
                MigrationRun.Plan plan = plan(run);
                if (output.json()) {
                    JsonReport.plan(output, run, plan);
                } else {
                    new Report(out).plan(run, plan, target);
                }
                return null;
            }
            if (output.json()) {
                output.put("database", run.database().description()).put("skipped", run.skipped());
            } else if (talk) {
                out.println("Migrating " + run.database().description() + ".");
                run.skipped().forEach(out::println);
            }
            run.migrate(output.json() ? new JsonReport(output) : new Report(out), Optional.ofNullable(target));
            return null;
        });
        return output.finish(ExitCode.OK);
    }

    /** A dry run changes nothing, so nothing failed: every problem it finds is one to fix before migrating. */
    private MigrationRun.Plan plan(MigrationRun run) {
        try {
            return run.plan(Optional.ofNullable(target));
        } catch (FlywayException e) {
            throw new UserException("Dry run: " + e.getMessage(), e);
        }
    }

    /** The phases as fields of the JSON document, each added as it ends (README: JSON output). */
    private record JsonReport(OutputFormat output, List<Object> ddl) implements MigrationRun.Progress {
        JsonReport(OutputFormat output) {
            this(output, new ArrayList<>());
        }

        /** A dry run's document: {@code dryRun: true} and what would be applied and run, in order. */
        static void plan(OutputFormat output, MigrationRun run, MigrationRun.Plan plan) {
            List<Object> steps = new ArrayList<>();
            plan.main().forEach(m -> steps.add(step("main", "apply", m)));
            plan.ddl().forEach(phase -> phase.files().forEach(file -> steps.add(Json.object("phase", phase.name(),
                    "action", "run", "file", SourcePaths.display(file.getAbsolutePath())))));
            plan.dml().ifPresent(dml -> dml.forEach(m -> steps.add(step("DML", "apply", m))));
            output.put("database", run.database().description()).put("skipped", run.skipped())
                    .put("dryRun", true).put("plan", steps);
        }

        private static Object step(String phase, String action, MigrationInfo m) {
            return Json.object("phase", phase, "action", action, "version", m.getVersion().toString(),
                    "description", m.getDescription(), "file", SourcePaths.display(m.getPhysicalLocation()));
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
        void plan(MigrationRun run, MigrationRun.Plan plan, String target) {
            out.println("Dry run on " + run.database().description() + ": nothing is changed. A migrate would:");
            run.skipped().forEach(line -> out.println("  " + line));
            pending("main", plan.main());
            if (target != null && plan.dml().isEmpty()) {
                out.println("  then stop: --target " + target + " is in the main manifest, so the DDL phases and the DML"
                        + " manifest do not run");
            }
            for (DdlPhase phase : plan.ddl()) {
                phase.files().forEach(file -> out.printf("  %s: run %s%n", phase.name(), SourcePaths.display(file.getAbsolutePath())));
            }
            plan.dml().ifPresent(dml -> pending("DML", dml));
            int count = plan.main().size() + plan.dml().map(List::size).orElse(0);
            out.println("In all: apply " + count(count) + ", run " + count(plan.ddl().stream().mapToInt(p -> p.files().size()).sum(), "DDL file") + ".");
        }

        private void pending(String manifest, List<MigrationInfo> migrations) {
            if (migrations.isEmpty()) {
                out.println("  " + manifest + ": nothing to apply");
            }
            for (MigrationInfo m : migrations) {
                out.printf("  %s: apply %s  %s%n", manifest, m.getVersion(), SourcePaths.display(m.getPhysicalLocation()));
            }
        }

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
            return count(migrations, "migration");
        }

        private static String count(int things, String thing) {
            return things + " " + thing + (things == 1 ? "" : "s");
        }
    }
}
