package org.milmove.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * Wall time of the commands people run many times a day, as {@code bin/milmove} starts them, on this repository's own
 * migrations: {@code --version}, {@code manifest check}, {@code info} and a no-op {@code migrate}; side by side with
 * {@code info} as Flyway alone does it in a fresh JVM (flyway-core with the same settings and files, plain
 * {@code java}), and with {@code info} from the same jar on plain {@code java -jar} (no launcher options).
 *
 * <p>Run from the repository root: {@code benchmarks/run StartupBenchmark}
 */
public final class StartupBenchmark {
    private static final int ROUNDS = 7;
    private static final double GOAL_SECONDS = 0.8;

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            flywayInfo(args[0], args[1], args[2]);
            return;
        }
        Path root = Path.of("").toAbsolutePath();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            TestDatabase db = postgres.admin();
            List<String> dbOptions = List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                    "--db-name", db.name(), "--db-user", db.user(), "--db-retry-max", "0");
            run(root, milmove(root, "migrate", dbOptions));
            Map<String, Double> medians = new SideBySide()
                    .add("--version", () -> run(root, milmove(root, "--version", List.of())))
                    .add("manifest check", () -> run(root, milmove(root, "manifest check", List.of())))
                    .add("info", () -> run(root, milmove(root, "info", dbOptions)))
                    .add("migrate (no-op)", () -> run(root, milmove(root, "migrate", dbOptions)))
                    .add("flyway info", () -> run(root, List.of("java", "-cp", System.getProperty("java.class.path"),
                            StartupBenchmark.class.getName(), db.jdbcUrl(), db.user(), String.valueOf(db.password()))))
                    .add("java -jar info", () -> run(root, plainJar(root, dbOptions)))
                    .medians(ROUNDS);
            double flyway = medians.get("flyway info");
            System.out.printf("start-up, this repository's migrations, median of %d side by side; goal <= %.1f s each%n",
                    ROUNDS, GOAL_SECONDS);
            for (String command : List.of("--version", "manifest check", "info", "migrate (no-op)")) {
                double seconds = medians.get(command);
                System.out.printf("  bin/milmove %-16s %5.2f s  %-7s (%.2fx flyway info)%n", command, seconds,
                        command.equals("--version") ? "" : SideBySide.verdict(seconds, GOAL_SECONDS), seconds / flyway);
            }
            System.out.printf("  flyway info (flyway-core, plain java)  %5.2f s%n", flyway);
            System.out.printf("  java -jar milmove.jar info            %5.2f s  (without the launcher's JVM options)%n",
                    medians.get("java -jar info"));
        }
        System.exit(0);
    }

    private static List<String> milmove(Path root, String command, List<String> options) {
        List<String> line = new ArrayList<>(List.of(root.resolve("bin/milmove").toString()));
        line.addAll(List.of(command.split(" ")));
        line.addAll(options);
        return line;
    }

    private static List<String> plainJar(Path root, List<String> dbOptions) {
        List<String> line = new ArrayList<>(List.of("java", "-jar", root.resolve("cli/target/milmove.jar").toString(), "info"));
        line.addAll(dbOptions);
        return line;
    }

    /** What {@code flyway info} does: the same settings and files, Flyway's table of every migration and its state. */
    private static void flywayInfo(String url, String user, String password) {
        Flyway flyway = MilMoveConventions.apply(Flyway.configure())
                .dataSource(url, user, password)
                .locations("filesystem:migrations/app/schema", "filesystem:migrations/app/secure")
                .load();
        for (MigrationInfo migration : flyway.info().all()) {
            System.out.println(migration.getVersion() + " | " + migration.getDescription() + " | " + migration.getState());
        }
    }

    private static void run(Path dir, List<String> command) {
        try {
            File log = dir.resolve("benchmarks/target/startup-last-run.log").toFile();
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
