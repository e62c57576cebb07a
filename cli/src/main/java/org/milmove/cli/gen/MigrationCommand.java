package org.milmove.cli.gen;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            "  bin/milmove gen migration -n add_orders_index",
            "  bin/milmove gen migration -n add_orders_index --version 20250601120000"})
public final class MigrationCommand implements Callable<Integer> {
    @Option(names = {"-n", "--name"}, required = true,
            description = "What the migration does, in snake case: letters, digits, _ and - (e.g. add_orders_index).")
    String name;

    @Mixin
    NewMigrationOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
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
