package org.milmove.cli.migrate;

import java.util.List;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.output.ValidateResult;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.output.OutputFormat;
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
    OutputFormat output;
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
        List<String> problems = result.validationSuccessful ? List.of() : ValidationProblems.of(result);
        output.put("valid", result.validationSuccessful).put("checked", result.validateCount).put("problems", problems);
        if (result.validationSuccessful) {
            if (!output.json()) {
                spec.commandLine().getOut().println("Valid: " + result.validateCount + " migrations checked.");
            }
            return output.finish(ExitCode.OK);
        }
        var err = spec.commandLine().getErr();
        err.println("milmove: validation failed:");
        problems.forEach(problem -> err.println("  " + problem));
        if (output.json()) {
            output.failed("validation failed: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"),
                    ExitCode.FAILED);
        }
        return ExitCode.FAILED;
    }
}
