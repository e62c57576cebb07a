package org.milmove.cli.review;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.milmove.cli.UserException;
import org.milmove.cli.migrate.VersionedMigrations;
import org.milmove.cli.migrate.VersionedMigrations.Listed;

/**
 * Reviews migrations on a scratch database: brings it to the state just before each one (a clone of the dev database
 * with the listed migrations before it applied, or an empty database migrated up to it), runs the migration in a
 * rolled-back transaction, and checks the rules on what happened. The scratch database is always dropped.
 */
final class Review {
    /** Where the scratch database starts. */
    enum ScratchMode {
        /** A clone when every reviewed migration is pending in the dev database and nobody else is connected to it. */
        AUTO,
        CLONE,
        FRESH
    }

    private static final String OTHER_SESSIONS = "55006";

    private final VersionedMigrations migrations;
    private final Ignores project;
    private final List<String> notes = new ArrayList<>();

    Review(VersionedMigrations migrations, Ignores project) {
        this.migrations = migrations;
        this.project = project;
    }

    /** Adds a note to the result, e.g. about how the migrations were chosen. */
    void note(String note) {
        notes.add(note);
    }

    /**
     * @param listed every listed migration, as {@link VersionedMigrations#listed()} gave them
     * @param chosen the ones to review
     */
    ReviewResult run(List<Listed> listed, List<Listed> chosen, ScratchMode mode) {
        List<Listed> all = sorted(listed);
        List<Listed> reviewed = sorted(chosen);
        List<Listed> applied = reviewed.stream().filter(Listed::applied).toList();
        String dev = migrations.database().description();
        if (mode == ScratchMode.CLONE && !applied.isEmpty()) {
            throw new UserException(applied.get(0).script() + " is already applied to the " + dev + ", so a clone of it"
                    + " cannot show the state before it; use --scratch fresh (or auto)");
        }
        boolean clone = mode == ScratchMode.CLONE || (mode == ScratchMode.AUTO && applied.isEmpty());
        if (mode == ScratchMode.AUTO && !applied.isEmpty()) {
            notes.add(applied.get(0).script() + " is already applied to the " + dev + ": reviewed on a fresh database"
                    + " migrated up to each reviewed migration");
        }
        Scratch scratch = create(clone, mode);
        if (scratch == null) {
            clone = false;
            scratch = create(false, ScratchMode.FRESH);
        }
        String against = clone ? "a clone of the " + dev : "a fresh database migrated up to each reviewed migration";
        List<ReviewedMigration> done = new ArrayList<>();
        List<Reported> findings = new ArrayList<>();
        try (Scratch open = scratch) {
            Set<String> inScratch = new HashSet<>();
            if (clone) {
                all.stream().filter(Listed::applied).map(Listed::version).forEach(inScratch::add);
            }
            for (int i = 0; i < reviewed.size(); i++) {
                Listed migration = reviewed.get(i);
                prepare(open, all, migration, inScratch);
                ReviewedMigration under = new ReviewedMigration(migration.source(), migration.version(), secure(migration));
                done.add(under);
                boolean failed = review(open, migration, under, findings);
                if (failed && i < reviewed.size() - 1) {
                    notes.add("the migrations after " + migration.script() + " were not reviewed: it fails, so they"
                            + " cannot be applied after it");
                    break;
                }
            }
        } catch (SQLException e) {
            throw new UserException("Could not review on a scratch database next to the " + dev + ": " + e.getMessage(), e);
        }
        findings.sort(Comparator.comparing((Reported r) -> done.indexOf(r.migration()))
                .thenComparingInt(Reported::line).thenComparing(Reported::rule));
        return new ReviewResult(against, done, List.copyOf(findings), List.copyOf(notes));
    }

    /** Null when a clone is impossible because others are connected to the dev database and auto may fall back. */
    private Scratch create(boolean clone, ScratchMode mode) {
        try {
            return Scratch.create(migrations.database().dataSource(), clone);
        } catch (SQLException e) {
            String dev = migrations.database().description();
            if (clone && mode == ScratchMode.AUTO && OTHER_SESSIONS.equals(e.getSQLState())) {
                notes.add("the " + dev + " has other sessions (a running application?), so it cannot be cloned:"
                        + " reviewed on a fresh database migrated up to each reviewed migration");
                return null;
            }
            throw new UserException("Could not create a scratch database next to the " + dev + ": " + e.getMessage()
                    + (clone ? ". A clone needs no other session on it (stop the application, or use --scratch fresh)"
                    : "") + "; the user needs the CREATEDB privilege", e);
        }
    }

    /** Applies, for real, every listed migration before {@code migration} that the scratch database lacks. */
    private void prepare(Scratch scratch, List<Listed> all, Listed migration, Set<String> inScratch) {
        MigrationVersion version = MigrationVersion.fromVersion(migration.version());
        List<Listed> before = all.stream()
                .filter(listed -> MigrationVersion.fromVersion(listed.version()).compareTo(version) < 0)
                .toList();
        if (before.stream().allMatch(listed -> inScratch.contains(listed.version()))) {
            return;
        }
        migrations.migrateUpTo(scratch.dataSource(), before.get(before.size() - 1).version());
        before.forEach(listed -> inScratch.add(listed.version()));
    }

    /** Reviews one migration; true when it fails. */
    private boolean review(Scratch scratch, Listed migration, ReviewedMigration under, List<Reported> findings)
            throws SQLException {
        String text = read(migration);
        List<SqlStatement> statements = SqlScript.split(text);
        Ignores inFile = Ignores.inMigration(text, under.file());
        Trial trial = TrialRun.run(scratch.dataSource(), statements);
        List<Finding> found = new ArrayList<>();
        found.addAll(GuideRules.check(trial));
        found.addAll(SchemaChangeRules.check(trial));
        found.addAll(LockRules.check(statements, trial));
        trial.failure().ifPresent(failure -> found.add(new Finding(Rule.MIGRATION_FAILS, failure.statement().line(),
                "this statement fails: " + failure.message())));
        for (Finding finding : found) {
            String reason = inFile.reason(finding.rule()).or(() -> project.reason(finding.rule())).orElse(null);
            findings.add(new Reported(finding, under, reason));
        }
        trial.notes().forEach(note -> notes.add(under.file() + ": " + note));
        for (SqlStatement statement : statements) {
            switch (Execution.of(statement)) {
                case WITHOUT_CONCURRENTLY -> notes.add(under.file() + ":" + statement.line() + ": run without"
                        + " CONCURRENTLY inside the review transaction (Flyway runs a migration of such statements"
                        + " alone outside a transaction); its locks are not reviewed");
                case NOT_RUN -> notes.add(under.file() + ":" + statement.line() + ": not run: it cannot run in a"
                        + " transaction");
                default -> { }
            }
        }
        return trial.failure().isPresent();
    }

    private static String read(Listed migration) {
        try (Reader reader = migration.resource().read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + migration.source(), e);
        }
    }

    /** A secure migration lives in a {@code secure} folder or in S3 (MilMove keeps only secure migrations there). */
    private static boolean secure(Listed migration) {
        String source = migration.source();
        if (source.contains("://")) {
            return source.startsWith("s3://") || source.contains("/secure/");
        }
        for (Path part : Path.of(source)) {
            if (part.toString().equals("secure")) {
                return true;
            }
        }
        return false;
    }

    /** In version order, each version once. */
    private static List<Listed> sorted(List<Listed> migrations) {
        Map<MigrationVersion, Listed> byVersion = new TreeMap<>();
        migrations.forEach(listed -> byVersion.putIfAbsent(MigrationVersion.fromVersion(listed.version()), listed));
        return List.copyOf(byVersion.values());
    }
}
