package org.milmove.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.milmove.flyway.compat.fizz.Fizz;
import org.milmove.flyway.compat.sql.MilMoveSql;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * A fresh migrate of a generated MilMove-scale project (fizz, SQL with COPY data, DDL phases, DML) with the milmove
 * launcher (and with plain {@code java -jar}), against applying the same SQL, as Flyway runs it, with psql: file by
 * file with {@code psql -1 -f} (a shell loop), and in one psql process with a transaction per file; then the no-op
 * rerun. Each contender gets a database of its own each round; figures are medians, with the CPU time (user + sys) of
 * the processes a contender started, which a loaded machine distorts less than wall time, and the load average.
 *
 * <p>Run from the repository root: {@code benchmarks/run MilMoveCorpusBenchmark}; {@code -Dcorpus.rounds=1} and
 * {@code -Dcorpus.perFilePsql=false} (the slow peer: a process per file) while iterating.
 */
public final class MilMoveCorpusBenchmark {
    private static final double FRESH_GOAL = 1.5;
    private static final double NO_OP_GOAL_SECONDS = 1.5;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("corpus.rounds", 3);
        boolean perFilePsql = Boolean.parseBoolean(System.getProperty("corpus.perFilePsql", "true"));
        Path jar = Path.of("cli/target/milmove.jar").toAbsolutePath();
        List<String> launcher = List.of(Path.of("bin/milmove").toAbsolutePath().toString());
        List<String> plainJar = List.of("java", "-jar", jar.toString());
        Path root = Files.createTempDirectory("milmove-corpus");
        MilMoveCorpus corpus = MilMoveCorpus.generate(root);
        Path translated = Files.createDirectories(root.resolve("translated"));
        List<Path> inOrder = translate(corpus, translated);
        Path script = oneTransactionPerFile(inOrder, root.resolve("all.psql"));
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            Databases fresh = new Databases(postgres.admin());
            SideBySide contenders = new SideBySide()
                    .add("bin/milmove", () -> fresh.next("milmove"), () -> milmove(launcher, root, fresh.last("milmove")))
                    .add("java -jar", () -> fresh.next("jar"), () -> milmove(plainJar, root, fresh.last("jar")))
                    .add("one psql", () -> fresh.next("one"), () -> psql(fresh.last("one"), script, false));
            if (perFilePsql) {
                contenders.add("psql per file", () -> fresh.next("psql"),
                        () -> inOrder.forEach(file -> psql(fresh.last("psql"), file, true)));
            }
            String freshLoad = Machine.loadAverages();
            Map<String, SideBySide.Figure> migrate = contenders.figures(rounds);
            String freshLoadAfter = Machine.loadAverages();
            TestDatabase migrated = fresh.last("milmove");
            Map<String, SideBySide.Figure> noOp = new SideBySide()
                    .add("bin/milmove", () -> milmove(launcher, root, migrated))
                    .figures(rounds);

            System.out.printf("MilMove-scale corpus: %d fizz + %d SQL migrations (%,d COPY rows), %d DDL files, %d DML;"
                            + " medians of %d, CPU = user + sys of the processes started%n",
                    MilMoveCorpus.FIZZ, MilMoveCorpus.SQL, corpus.copyRows(),
                    MilMoveCorpus.DDL_PER_PHASE * MilMoveCorpus.PHASES.size(), MilMoveCorpus.DML, rounds);
            System.out.printf("  fresh migrate (load average %s before, %s after)%n", freshLoad, freshLoadAfter);
            SideBySide.Figure ours = migrate.get("bin/milmove");
            System.out.printf("    bin/milmove                                %s%n", ours);
            System.out.printf("    java -jar (no launcher JVM options)        %s%n", migrate.get("java -jar"));
            if (perFilePsql) {
                ratio("psql -1 -f per file (a shell loop)", ours, migrate.get("psql per file"));
            } else {
                System.out.println("    psql -1 -f per file                         skipped (-Dcorpus.perFilePsql=false)");
            }
            ratio("one psql process, a transaction per file", ours, migrate.get("one psql"));
            SideBySide.Figure rerun = noOp.get("bin/milmove");
            System.out.printf("  no-op migrate, bin/milmove                   %s   goal <= %.1f s: %s   (load average %s)%n",
                    rerun, NO_OP_GOAL_SECONDS, SideBySide.verdict(rerun.wall(), NO_OP_GOAL_SECONDS), Machine.loadAverages());
        }
        System.exit(0);
    }

    private static void ratio(String peer, SideBySide.Figure ours, SideBySide.Figure theirs) {
        double ratio = ours.wall() / theirs.wall();
        System.out.printf("    %-43s%s   milmove is %.2fx   goal <= %.1fx: %s%n", peer, theirs, ratio, FRESH_GOAL,
                SideBySide.verdict(ratio, FRESH_GOAL));
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
        Processes.run(dir, command, Map.of(), dir.resolve("last-run.log"));
    }

    /** A new empty database for each run of a contender; the last one each contender migrated stays for the no-op. */
    private static final class Databases {
        private final TestDatabase admin;
        private final Map<String, TestDatabase> last = new HashMap<>();
        private int created;

        Databases(TestDatabase admin) {
            this.admin = admin;
        }

        void next(String contender) {
            String name = contender + "_" + ++created;
            try {
                admin.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            last.put(contender, admin.withName(name));
        }

        TestDatabase last(String contender) {
            return last.get(contender);
        }
    }
}
