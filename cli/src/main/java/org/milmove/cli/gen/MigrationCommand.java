package org.milmove.cli.gen;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.milmove.cli.DeprecatedOption;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "migration",
        description = {
            "Create migrations/app/schema/<version>_<name>.up.sql, a migration that runs",
            "in every environment, and list it in the manifest. The version is the current",
            "UTC time. A version or name already used in the schema or secure folder is",
            "refused, and nothing is written; if the manifest cannot be written, the new",
            "file is removed again."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove gen migration add_orders_index",
            "  bin/milmove gen migration add_orders_index --version 20250601120000"})
public final class MigrationCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "0..1",
            description = "What the migration does, in snake case: letters, digits, _ and - (e.g. add_orders_index).")
    String name;

    @Option(names = {"-n", "--name"}, hidden = true)
    void deprecatedName(String given) {
        DeprecatedOption.warn(spec, "-n/--name", "the name as an argument: bin/milmove gen migration " + given);
        name = given;
    }

    @Mixin
    NewMigrationOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "Missing the migration's name: bin/milmove gen migration NAME");
        }
        NewMigration migration = options.check(name);
        Path file = migration.schemaFile();
        try (FileWrites files = new FileWrites()) {
            files.create(file, Access.DEFAULT, header(migration.fileName()));
            files.commit();
            migration.list();
            files.keep();
        }
        spec.commandLine().getOut().printf("Created %s and listed it in %s.%n", file, migration.manifest());
        spec.commandLine().getOut().printf("Once it is written, check it against the team's rules: bin/milmove review %s%n", file);
        return 0;
    }

    static String header(String fileName) {
        return """
                -- %s: a schema migration. It runs in every environment (dev, test and each deployed one),
                -- once, in version order. There are no down migrations: fix a mistake with a new migration.
                -- Every new column needs a comment: COMMENT ON COLUMN <table>.<column> IS '<what it holds>';

                """.formatted(fileName);
    }
}
