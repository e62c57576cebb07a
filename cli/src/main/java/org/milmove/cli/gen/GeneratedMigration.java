package org.milmove.cli.gen;

import java.io.PrintWriter;
import org.milmove.cli.files.FileWrites;

/** Writes a secure migration whose statements a gen command made, and prints what to do next. */
final class GeneratedMigration {
    private GeneratedMigration() {
    }

    /** @param command the gen subcommand, named in both files' headers */
    static void write(SecureMigrationFiles files, String command, GeneratedSql sql, PrintWriter out) {
        String madeBy = "-- Written by bin/milmove gen " + command + ".\n\n";
        files.write(FileWrites.text(SecureMigrationCommand.productionHeader(files.fileName()) + madeBy + sql.production()),
                nothing -> standInHeader(files.fileName()) + madeBy + sql.standIn());
        files.printCreated(out);
        files.printNextSteps(out, "Read the statements in " + files.production() + ": they are what production will run.");
    }

    private static String standInHeader(String fileName) {
        return """
                -- %s: local test migration, the scrubbed stand-in of a secure migration.
                -- It runs on dev instead of the production file, which lives only in the secure-migrations buckets:
                -- the same statements with fake values, after the fake rows they act on. No sensitive data here.
                """.formatted(fileName);
    }
}
