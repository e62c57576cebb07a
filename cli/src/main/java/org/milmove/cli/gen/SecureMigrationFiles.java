package org.milmove.cli.gen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import org.milmove.cli.files.FileWrites.Content;

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

    /**
     * Writes the production file (readable by its owner only), then the stand-in, whose text may depend on what
     * writing the production file returned, then lists the name in the manifest. All or nothing: if a step fails,
     * the files already written are removed again.
     *
     * @return what writing the production file returned
     */
    public <T> T write(Content<T> productionFile, Function<T, String> standInText) {
        try (FileWrites files = new FileWrites()) {
            T result = files.create(production, Access.OWNER_ONLY, productionFile);
            files.create(standIn(), Access.DEFAULT, standInText.apply(result));
            files.commit();
            migration.list();
            files.keep();
            return result;
        }
    }

    /** Prints which two files were created and where the name is listed. */
    public void printCreated(PrintWriter out) {
        out.printf("Created the production file %s (never commit it)%n", production);
        out.printf("    and its local stand-in %s, listed in %s.%n", standIn(), migration.manifest());
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
