package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * {@code milmove review} of one new migration against a dev database that holds a MilMove-scale schema (the
 * generated corpus, migrated with the jar), as a developer runs it on every commit: on a clone of the dev database,
 * and on a fresh database migrated up to it (what it costs when the migration is already applied). The peers: a fresh
 * {@code migrate} of the same project, and {@code info}, which pays the JVM and reading the corpus like every command.
 *
 * <p>Run from the repository root: {@code benchmarks/run ReviewBenchmark}
 */
public final class ReviewBenchmark {
    private static final double GOAL_SECONDS = 2.0;
    private static final int ROUNDS = 3;
    private static final String NEW_MIGRATION = "20260101000000_add_pet_table.up.sql";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("cli/target/milmove.jar").toAbsolutePath();
        Path root = Files.createTempDirectory("milmove-review");
        MilMoveCorpus corpus = MilMoveCorpus.generate(root);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            TestDatabase admin = postgres.admin();
            admin.execute("CREATE DATABASE dev");
            TestDatabase dev = admin.withName("dev");

            double migrate = seconds(() -> milmove(jar, root, dev, "migrate"));
            String tables = dev.column("SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace").get(0);
            String columns = dev.column("SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped").get(0);
            Path migration = addMigration(corpus);

            double info = median(() -> milmove(jar, root, dev, "info"));
            double clone = median(() -> review(jar, root, dev, migration, "clone"));
            double fresh = seconds(() -> review(jar, root, dev, migration, "fresh"));

            System.out.printf("Review of one migration against a MilMove-scale dev database: %s tables, %s columns,"
                    + " %d migrations (%d fizz, %d SQL, %d DML) and %d DDL files%n", tables, columns,
                    MilMoveCorpus.FIZZ + MilMoveCorpus.SQL + MilMoveCorpus.DML, MilMoveCorpus.FIZZ, MilMoveCorpus.SQL,
                    MilMoveCorpus.DML, MilMoveCorpus.DDL_PER_PHASE * MilMoveCorpus.PHASES.size());
            System.out.printf("  review, clone of the dev database, median of %d   %6.2f s   goal < %.1f s: %s%n",
                    ROUNDS, clone, GOAL_SECONDS, clone < GOAL_SECONDS ? "met" : "NOT met");
            System.out.printf("  review, fresh database migrated up to it          %6.2f s   (%.2fx the clone)%n", fresh, fresh / clone);
            System.out.printf("  fresh migrate of the same project (peer)          %6.2f s   (review by clone is %.2fx this)%n",
                    migrate, clone / migrate);
            System.out.printf("  info, median of %d (JVM and reading the corpus)    %6.2f s   (review by clone adds %.2f s)%n",
                    ROUNDS, info, clone - info);
        }
        System.exit(0);
    }

    /** A migration as a developer writes one: a table with a key, comments and an indexed foreign key; a new column. */
    private static Path addMigration(MilMoveCorpus corpus) throws IOException {
        Path file = corpus.app.resolve("schema").resolve(NEW_MIGRATION);
        MilMoveCorpus.write(file, """
                CREATE TABLE pets (
                    id uuid PRIMARY KEY,
                    owner_id uuid NOT NULL REFERENCES t5 (id),
                    name text NOT NULL,
                    created_at timestamp NOT NULL,
                    updated_at timestamp NOT NULL
                );
                CREATE INDEX pets_owner_id_idx ON pets (owner_id);
                COMMENT ON TABLE pets IS 'Pets of the people in t5.';
                COMMENT ON COLUMN pets.owner_id IS 'Whose pet it is.';
                COMMENT ON COLUMN pets.name IS 'The pet''s name.';
                ALTER TABLE t7 ADD COLUMN reviewed_at timestamptz;
                COMMENT ON COLUMN t7.reviewed_at IS 'When the row was last reviewed.';
                """);
        Files.writeString(corpus.app.resolve("migrations_manifest.txt"), NEW_MIGRATION + "\n", StandardOpenOption.APPEND);
        return file;
    }

    private static void review(Path jar, Path project, TestDatabase dev, Path migration, String scratch) {
        milmove(jar, project, dev, "review", "--scratch", scratch, migration.toString());
    }

    private static void milmove(Path jar, Path project, TestDatabase db, String... command) {
        List<String> line = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        line.addAll(List.of(command));
        line.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user()));
        try {
            Process process = new ProcessBuilder(line).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(project.resolve("last-run.log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed; see " + project.resolve("last-run.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(Runnable run) {
        double[] rounds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rounds[i] = seconds(run);
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2];
    }

    private static double seconds(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
