package org.milmove.cli.review;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.migrate.MigrationOptions;
import org.milmove.cli.migrate.VersionedMigrations;
import org.milmove.cli.migrate.VersionedMigrations.Listed;
import org.milmove.cli.output.OutputFormat;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review",
        description = {
            "Check migrations against MilMove's migration guide and for downtime by running them: each reviewed",
            "migration runs, statement by statement, in a rolled-back transaction on a scratch database in the",
            "state just before it (a clone of the dev database, or a fresh one migrated up to it), and the review",
            "looks at what changed in the catalog, the locks taken on existing tables, table rewrites and the data",
            "written. The dev database is never changed; the scratch database is always dropped. Secure migrations",
            "are reported by file, line and rule only. Turn a rule off for one file with a comment",
            "'-- review:ignore <rule-id> <reason>', or for the project in the ignore file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no error-level finding (warnings may remain)",
            "1:an error-level finding that is not ignored",
            "2:bad usage or configuration: options, manifest, ignore comments or file, database connection"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove review                      # every listed migration not yet applied to the dev database",
            "  bin/milmove review migrations/app/schema/20250601120000_add_pet_table.up.sql",
            "  bin/milmove review --since origin/main --format gitlab > gl-code-quality-report.json"})
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Migration files to review (listed in the main or DML manifest); by default every listed"
                    + " migration the database has not applied.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REF",
            description = "Review the migration files added since this git commit (git diff --diff-filter=A), and"
                    + " untracked ones, in the manifest's folder.")
    String since;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, gitlab (GitLab Code Quality report) or sarif (default: ${DEFAULT-VALUE}).")
    ReviewFormat format;

    @Option(names = "--scratch", defaultValue = "auto",
            description = "Where the scratch database starts: clone (the dev database as a template), fresh (empty,"
                    + " migrated up to each reviewed migration) or auto: a clone when every reviewed migration is"
                    + " pending and nobody else is connected to the dev database (default: ${DEFAULT-VALUE}).")
    Review.ScratchMode scratch;

    @Option(names = "--ignore-file", defaultValue = "${env:MILMOVE_REVIEW_IGNORE_FILE:-config/review-ignore.txt}",
            description = "Rules turned off for the whole project, one '<rule-id> <reason>' a line, # comments"
                    + " [MILMOVE_REVIEW_IGNORE_FILE] (default: ${DEFAULT-VALUE}; none when the file does not exist).")
    Path ignoreFile;

    @Mixin
    OutputFormat output;
    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // --format json is --output json's older spelling: the same document.
        if (format == ReviewFormat.JSON) {
            output.useJson();
        } else if (output.json()) {
            format = ReviewFormat.JSON;
        }
        if (since != null && !files.isEmpty()) {
            throw new UserException("Give migration files or --since, not both");
        }
        Ignores project = projectIgnores();
        List<String> selectionNotes = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        ReviewResult result = review(project, selectionNotes);
        if (result == null) {
            nothingToReview(selectionNotes, out);
            return ExitCode.OK;
        }
        format.write(result, out, output);
        out.flush();
        return result.failed() ? ExitCode.FAILED : ExitCode.OK;
    }

    /** The review of the chosen migrations; null when none is chosen. */
    private ReviewResult review(Ignores project, List<String> selectionNotes) {
        return VersionedMigrations.with(migrations, database, versioned -> {
            List<Listed> listed = versioned.listed();
            List<Listed> chosen = choose(listed, selectionNotes);
            if (chosen.isEmpty()) {
                return null;
            }
            Review review = new Review(versioned, project);
            selectionNotes.forEach(review::note);
            return review.run(listed, chosen, scratch);
        });
    }

    private void nothingToReview(List<String> selectionNotes, PrintWriter out) {
        String nothing = "Nothing to review: " + (since != null ? "no listed migration was added since " + since
                : "every listed migration is applied");
        PrintWriter err = spec.commandLine().getErr();
        selectionNotes.forEach(note -> err.println("milmove: note: " + note));
        if (format == ReviewFormat.TEXT) {
            out.println(nothing + ".");
        } else {
            err.println("milmove: " + nothing + ".");
            format.write(new ReviewResult(nothing, List.of(), List.of(), selectionNotes), out, output);
        }
        out.flush();
    }

    private List<Listed> choose(List<Listed> listed, List<String> notes) {
        Map<String, Listed> byName = listed.stream().collect(Collectors.toMap(Listed::script, Function.identity(), (a, b) -> a));
        if (since != null) {
            List<Listed> chosen = new ArrayList<>();
            for (Path file : GitAdded.since(since, manifestFolder())) {
                String name = file.getFileName().toString();
                if (!isMigration(name)) {
                    continue;
                }
                Optional.ofNullable(byName.get(name)).ifPresentOrElse(chosen::add, () -> notes.add(file + " was added"
                        + " but is not in the main or DML manifest: not reviewed (DDL phase files run on every migrate)"));
            }
            return chosen;
        }
        if (!files.isEmpty()) {
            List<Listed> chosen = new ArrayList<>();
            for (Path file : files) {
                Listed match = byName.get(file.getFileName().toString());
                if (match == null) {
                    throw new UserException(Files.exists(file)
                            ? file + " is not listed in the main or DML manifest, so no migrate would run it: list it"
                                    + " (bin/milmove manifest update) and review it again"
                            : file + " does not exist");
                }
                chosen.add(match);
            }
            return chosen;
        }
        return listed.stream().filter(migration -> !migration.applied()).toList();
    }

    private Ignores projectIgnores() {
        if (Files.exists(ignoreFile)) {
            return Ignores.projectFile(ignoreFile);
        }
        if (!spec.findOption("--ignore-file").originalStringValues().isEmpty()) {
            throw new UserException("The ignore file " + ignoreFile + " (--ignore-file) does not exist");
        }
        return Ignores.NONE;
    }

    /** Where --since looks for added files: the folder of the main manifest, as MilMove lays out migrations/app. */
    private Path manifestFolder() {
        Path manifest = spec.findOption("--migration-manifest").getValue();
        Path folder = manifest.toAbsolutePath().getParent();
        return folder == null ? Path.of("") : folder;
    }

    private static boolean isMigration(String name) {
        for (String suffix : MilMoveResourceProvider.SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
