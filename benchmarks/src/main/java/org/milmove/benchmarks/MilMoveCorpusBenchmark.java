package org.milmove.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.milmove.flyway.compat.fizz.Fizz;
import org.milmove.flyway.compat.sql.MilMoveSql;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * A fresh migrate of a generated MilMove-scale project (fizz, SQL with COPY data, DDL phases, DML) with the milmove
 * launcher (and with plain {@code java -jar}), against the floor: the same SQL, as Flyway runs it, applied file by file
 * with {@code psql -1 -f}; and the no-op rerun.
 *
 * <p>Run from the repository root: {@code benchmarks/run MilMoveCorpusBenchmark}
 */
public final class MilMoveCorpusBenchmark {
    private static final double FRESH_GOAL = 1.5;
    private static final double NO_OP_GOAL_SECONDS = 1.5;
    private static final int NO_OP_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("cli/target/milmove.jar").toAbsolutePath();
        List<String> launcher = List.of(Path.of("bin/milmove").toAbsolutePath().toString());
        Path root = Files.createTempDirectory("milmove-corpus");
        MilMoveCorpus corpus = MilMoveCorpus.generate(root);
        Path translated = Files.createDirectories(root.resolve("translated"));
        List<Path> inOrder = translate(corpus, translated);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            TestDatabase admin = postgres.admin();
            admin.execute("CREATE DATABASE with_milmove; CREATE DATABASE with_jar; CREATE DATABASE with_psql;"
                    + " CREATE DATABASE with_one_psql;");
            TestDatabase ours = admin.withName("with_milmove");
            TestDatabase plainJar = admin.withName("with_jar");
            TestDatabase floor = admin.withName("with_psql");
            TestDatabase onePsql = admin.withName("with_one_psql");
            Path script = oneTransactionPerFile(inOrder, root.resolve("all.psql"));

            double fresh = SideBySide.seconds(() -> milmove(launcher, root, ours));
            double freshJar = SideBySide.seconds(() -> milmove(List.of("java", "-jar", jar.toString()), root, plainJar));
            double psql = SideBySide.seconds(() -> inOrder.forEach(file -> psql(floor, file, true)));
            double psqlOneProcess = SideBySide.seconds(() -> psql(onePsql, script, false));
            Map<String, Double> noOp = new SideBySide()
                    .add("bin/milmove", () -> milmove(launcher, root, ours))
                    .add("java -jar", () -> milmove(List.of("java", "-jar", jar.toString()), root, plainJar))
                    .medians(NO_OP_ROUNDS);
            double noOpMedian = noOp.get("bin/milmove");

            System.out.printf("MilMove-scale corpus: %d fizz + %d SQL migrations (%,d COPY rows), %d DDL files, %d DML%n",
                    MilMoveCorpus.FIZZ, MilMoveCorpus.SQL, corpus.copyRows(),
                    MilMoveCorpus.DDL_PER_PHASE * MilMoveCorpus.PHASES.size(), MilMoveCorpus.DML);
            System.out.printf("  fresh migrate, bin/milmove (one process)      %6.2f s   (java -jar without the launcher's"
                    + " JVM options: %.2f s)%n", fresh, freshJar);
            System.out.printf("  psql -1 -f per file, the same SQL (the floor)  %6.2f s%n", psql);
            System.out.printf("  ratio                                          %6.2fx   goal <= %.1fx: %s%n",
                    fresh / psql, FRESH_GOAL, fresh / psql <= FRESH_GOAL ? "met" : "NOT met");
            System.out.printf("  one psql process, a transaction per file       %6.2f s   (milmove is %.2fx this: the SQL alone)%n",
                    psqlOneProcess, fresh / psqlOneProcess);
            System.out.printf("  no-op migrate, median of %d                     %6.2f s   goal <= %.1f s: %s"
                            + "   (java -jar: %.2f s)%n",
                    NO_OP_ROUNDS, noOpMedian, NO_OP_GOAL_SECONDS, SideBySide.verdict(noOpMedian, NO_OP_GOAL_SECONDS),
                    noOp.get("java -jar"));
        }
        System.exit(0);
    }

    /** Every file as Flyway runs it (fizz translated, SQL read as MilMove reads it), in the order migrate applies them. */
    private static List<Path> translate(MilMoveCorpus corpus, Path into) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : corpus.main) {
            files.add(translate(corpus.app.resolve("schema").resolve(name), into));
        }
        for (int p = 0; p < MilMoveCorpus.PHASES.size(); p++) {
            for (String name : corpus.ddl.get(p)) {
                files.add(translate(corpus.app.resolve("ddl_migrations/ddl_" + MilMoveCorpus.PHASES.get(p)).resolve(name), into));
            }
        }
        for (String name : corpus.dml) {
            files.add(translate(corpus.app.resolve("schema").resolve(name), into));
        }
        return files;
    }

    /** One psql script that applies every file in its own transaction: the floor without a process per file. */
    private static Path oneTransactionPerFile(List<Path> files, Path script) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append("BEGIN;\n\\i '").append(file).append("'\nCOMMIT;\n");
        }
        Files.writeString(script, text);
        return script;
    }

    private static Path translate(Path file, Path into) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        String sql = name.endsWith(".up.fizz") ? Fizz.toSql(name, text) : read(MilMoveSql.read(new StringReader(text), cut -> { }));
        Path target = into.resolve(name + ".sql");
        Files.writeString(target, sql);
        return target;
    }

    private static String read(Reader reader) throws IOException {
        try (reader) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    /** @param command bin/milmove, or java -jar and the jar */
    private static void milmove(List<String> command, Path project, TestDatabase db) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of("migrate", "--db-host", db.host(),
                "--db-port", String.valueOf(db.port()), "--db-name", db.name(), "--db-user", db.user()));
        run(project, line);
    }

    /** @param singleTransaction psql's {@code -1}: the whole file in one transaction */
    private static void psql(TestDatabase db, Path file, boolean singleTransaction) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.host(),
                "-p", String.valueOf(db.port()), "-U", db.user(), "-d", db.name(), "-f", file.toString()));
        if (singleTransaction) {
            command.add("-1");
        }
        run(file.getParent(), command);
    }

    private static void run(Path dir, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("last-run.log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + dir.resolve("last-run.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
