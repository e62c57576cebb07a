package org.milmove.cli.migrate;

import java.util.concurrent.Callable;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = "Check the applied migrations against the files the main and DML manifests list (checksums,"
                + " descriptions, missing files), and that every file the DDL manifests list exists. Migrations not"
                + " applied yet are normal: the next migrate applies them.",
        footerHeading = "%nExamples:%n",
        footer = {"  bin/milmove validate", "  bin/milmove validate --strict   # also fail while a listed migration is not applied"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Also fail when a listed migration is not applied yet (Flyway's own rule).")
    boolean strict;

    @Override
    public Integer call() {
        ValidateResult result = migrations.withMigrations(database, run -> run.validate(strict));
        if (result.validationSuccessful) {
            spec.commandLine().getOut().println("Valid: " + result.validateCount + " migrations checked.");
            return ExitCode.OK;
        }
        var err = spec.commandLine().getErr();
        err.println("milmove: validation failed:");
        ValidationProblems.of(result).forEach(problem -> err.println("  " + problem));
        return ExitCode.FAILED;
    }
}
