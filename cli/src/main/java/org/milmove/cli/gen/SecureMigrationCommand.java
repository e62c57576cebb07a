package org.milmove.cli.gen;

import java.util.concurrent.Callable;
import org.milmove.cli.files.FileWrites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "secure-migration",
        description = {
            "Create a secure migration, whose real content must not be in the repository:",
            "  tmp/<version>_<name>.up.sql  the production file (never commit it);",
            "  migrations/app/secure/<version>_<name>.up.sql  its scrubbed stand-in;",
            "list the name in the manifest and print the next steps. A version or name",
            "already used in the schema or secure folder is refused; nothing is written.",
            "The production file is readable by its owner only. If any step fails, the",
            "files already written are removed again."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove gen secure-migration update_office_users",
            "  bin/milmove gen secure-migration update_office_users --output-dir ~/secure"})
public final class SecureMigrationCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME",
            description = "What the migration does, in snake case: letters, digits, _ and - (e.g. update_office_users).")
    String name;

    @Mixin
    SecureMigrationOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SecureMigrationFiles files = options.check(name);
        files.write(FileWrites.text(productionHeader(files.fileName())), nothing -> standInHeader(files.fileName()));
        var out = spec.commandLine().getOut();
        files.printCreated(out);
        files.printNextSteps(out,
                "Write the production change in " + files.production() + ".",
                "Write the same change with fake data in " + files.standIn() + ": nothing sensitive, it is committed.");
        return 0;
    }

    static String productionHeader(String fileName) {
        return """
                -- %s: production migration, with the real (sensitive) change.
                -- It is distributed to the deployed environments through their S3 secure-migrations buckets
                -- (bin/milmove secure-migration upload). Never commit this file; delete it once it is uploaded.

                """.formatted(fileName);
    }

    static String standInHeader(String fileName) {
        return """
                -- %s: local test migration, the scrubbed stand-in of a secure migration.
                -- It runs on dev instead of the production file, which lives only in the secure-migrations buckets.
                -- Mirror the production change (same tables, same statements) with fake data: no sensitive data here.

                """.formatted(fileName);
    }
}
