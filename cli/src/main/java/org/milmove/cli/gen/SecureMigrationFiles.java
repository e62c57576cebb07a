package org.milmove.cli.gen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two files of one secure migration: the production file (with the sensitive data; it goes to the deployed
 * environments through their S3 buckets and is never committed) and its scrubbed stand-in in the secure folder, which
 * runs on dev and is committed. Both have the same name, which the manifest lists.
 */
public record SecureMigrationFiles(NewMigration migration, Path production) {

    public String fileName() {
        return migration.fileName();
    }

    public Path standIn() {
        return migration.standIn();
    }

    /** Creates the folder of the production file; call before writing it. */
    public void createOutputDir() {
        try {
            Files.createDirectories(production.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the folder of " + production, e);
        }
    }

    /** Lists the file name in the manifest; call once both files are written. */
    public void list() {
        migration.list();
    }

    /**
     * Prints the numbered steps from here to a merged pull request: {@code firstSteps} (what this kind of migration
     * needs before it ships), then upload, verify and review, which every secure migration goes through.
     */
    public void printNextSteps(PrintWriter out, String... firstSteps) {
        List<String> steps = new ArrayList<>(List.of(firstSteps));
        steps.add("Upload it to the deployed environments: bin/milmove secure-migration upload " + production);
        steps.add("Verify it against the local deployed-migrations database, as each environment would run it:"
                + " bin/milmove migrate --environment <env>");
        steps.add("Commit " + standIn() + " and " + migration.manifest() + " (never " + production
                + "; delete it once uploaded) and open a pull request.");
        out.println("Next steps:");
        for (int i = 0; i < steps.size(); i++) {
            out.printf("  %d. %s%n", i + 1, steps.get(i));
        }
    }
}
