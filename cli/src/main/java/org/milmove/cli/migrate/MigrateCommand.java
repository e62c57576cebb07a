package org.milmove.cli.migrate;

import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.milmove.cli.db.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "migrate",
        description = {
            "Apply the listed migrations that the database has not applied.",
            "They run in version order, including ones older than the newest applied (out of order).",
            "A failing migration is rolled back and stops the run."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove migrate",
            "  DB_HOST=localhost DB_PASSWORD=... bin/milmove migrate --migration-path 'migrations/app/schema'",
            "  DB_HOST=localhost DB_PORT=5434 bin/milmove migrate --environment stg   # as stg would, to verify an upload"})
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        report(migrations.withFlyway(database, Flyway::migrate));
        return 0;
    }

    private void report(MigrateResult result) {
        var out = spec.commandLine().getOut();
        if (result.migrationsExecuted == 0) {
            out.println("Nothing to migrate: every listed migration is applied"
                    + (result.initialSchemaVersion == null ? "." : " (schema version " + result.initialSchemaVersion + ")."));
            return;
        }
        out.println("Applied " + result.migrationsExecuted + " migration" + (result.migrationsExecuted == 1 ? "" : "s")
                + "; schema version is now " + result.targetSchemaVersion + ":");
        for (MigrateOutput m : result.migrations) {
            out.printf("  %s  %s  (%d ms)%n", m.version, SourcePaths.display(m.filepath), m.executionTime);
        }
    }
}
