package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.milmove.benchmarks.SideBySide.Figure;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.MigrationName;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * Wall and CPU time of the commands people run many times a day, as {@code bin/milmove} starts them, on this
 * repository's own migrations: {@code --version}, {@code manifest check}, {@code info} and a no-op {@code migrate};
 * side by side with the Flyway command line's {@code flyway info} on the same files and database (the distribution's
 * jars, resolved by benchmarks/run from benchmarks/flyway-cli/pom.xml, started as its {@code flyway} script starts it),
 * with {@code info} as flyway-core alone does it in a fresh JVM, and with {@code info} from the same jar on plain
 * {@code java -jar} (no launcher options).
 *
 * <p>Run from the repository root: {@code benchmarks/run StartupBenchmark}
 */
public final class StartupBenchmark {
    private static final int ROUNDS = 7;
    private static final double GOAL_SECONDS = 0.8;
    private static final Path FLYWAY_CLASSPATH = Path.of("benchmarks/target/flyway-cli/classpath.txt");
    private static final Path APP = Path.of("migrations/app");
    private static final List<String> LOCATIONS = List.of("filesystem:" + APP.resolve("schema"), "filesystem:" + APP.resolve("secure"));
    /** A row of flyway info's table: "| Versioned | 20250101000000 | create re contracts | SQL | ... | Success | No |". */
    private static final Pattern INFO_ROW = Pattern.compile("^\\| Versioned +\\| (\\d+) +\\|.*\\| (\\w+) +\\| \\w+ +\\|$");

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            flywayCoreInfo(args[0], args[1], args[2]);
            return;
        }
        Path root = Path.of("").toAbsolutePath();
        String loadBefore = Machine.loadAverages();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            TestDatabase db = postgres.admin();
            List<String> dbOptions = List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                    "--db-name", db.name(), "--db-user", db.user(), "--db-retry-max", "0");
            run(root, milmove(root, "migrate", dbOptions));
            List<String> flywayCli = flywayCommandLine(root, db);
            requireSameMigrations(run(root, flywayCli));
            Map<String, Figure> figures = new SideBySide()
                    .add("--version", () -> run(root, milmove(root, "--version", List.of())))
                    .add("manifest check", () -> run(root, milmove(root, "manifest check", List.of())))
                    .add("info", () -> run(root, milmove(root, "info", dbOptions)))
                    .add("migrate (no-op)", () -> run(root, milmove(root, "migrate", dbOptions)))
                    .add("flyway info", () -> run(root, flywayCli))
                    .add("flyway-core info", () -> run(root, List.of("java", "-cp", System.getProperty("java.class.path"),
                            StartupBenchmark.class.getName(), db.jdbcUrl(), db.user(), String.valueOf(db.password()))))
                    .add("java -jar info", () -> run(root, plainJar(root, dbOptions)))
                    .figures(ROUNDS);
            report(root, figures, loadBefore);
        }
        System.exit(0);
    }

    private static void report(Path root, Map<String, Figure> figures, String loadBefore) {
        Figure flyway = figures.get("flyway info");
        System.out.printf("start-up, this repository's migrations: median of %d rounds side by side; goal <= %.1f s wall"
                + " each; load averages (1, 5, 15 min) %s before, %s after, on %d cores%n", ROUNDS, GOAL_SECONDS,
                loadBefore, Machine.loadAverages(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  %-40s %7s %-8s %7s   %s%n", "", "wall", "", "CPU", "ratio to flyway info (wall, CPU)");
        for (String command : List.of("--version", "manifest check", "info", "migrate (no-op)")) {
            Figure ours = figures.get(command);
            String verdict = command.equals("--version") ? "" : SideBySide.verdict(ours.wall(), GOAL_SECONDS);
            System.out.printf("  %-40s %5.2f s %-8s %5.2f s   %.2fx, %.2fx%n", "bin/milmove " + command, ours.wall(),
                    verdict, ours.cpu(), ours.wall() / flyway.wall(), ours.cpu() / flyway.cpu());
        }
        line("flyway info (Flyway command line " + flywayVersion(root) + ")", flyway);
        line("flyway-core info (plain java, one main)", figures.get("flyway-core info"));
        line("java -jar milmove.jar info (no launcher)", figures.get("java -jar info"));
    }

    private static void line(String name, Figure figures) {
        System.out.printf("  %-40s %5.2f s %-8s %5.2f s%n", name, figures.wall(), "", figures.cpu());
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

    /**
     * {@code flyway info} as the distribution's script starts it ({@code java -cp <its jars> ...Main}), told MilMove's
     * conventions on its command line: the same values {@link MilMoveConventions} gives Flyway.
     */
    private static List<String> flywayCommandLine(Path root, TestDatabase db) {
        FluentConfiguration conventions = MilMoveConventions.apply(Flyway.configure());
        return List.of("java", "-cp", flywayClasspath(root), "org.flywaydb.commandline.Main", "info",
                "-url=" + db.jdbcUrl(), "-user=" + db.user(), "-password=" + db.password(),
                "-locations=" + String.join(",", LOCATIONS),
                "-sqlMigrationPrefix=" + conventions.getSqlMigrationPrefix(),
                "-sqlMigrationSeparator=" + conventions.getSqlMigrationSeparator(),
                "-sqlMigrationSuffixes=" + String.join(",", conventions.getSqlMigrationSuffixes()),
                "-outOfOrder=" + conventions.isOutOfOrder(),
                "-placeholderReplacement=" + conventions.isPlaceholderReplacement(),
                "-postgresql.transactional.lock=false");
    }

    private static String flywayClasspath(Path root) {
        try {
            return Files.readString(root.resolve(FLYWAY_CLASSPATH)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("No " + FLYWAY_CLASSPATH + ": run benchmarks/run StartupBenchmark, which"
                    + " resolves the Flyway command line from benchmarks/flyway-cli/pom.xml", e);
        }
    }

    /** Fails unless flyway info listed exactly the manifest's migrations, each applied (by the first migrate). */
    private static void requireSameMigrations(String flywayInfo) {
        Map<String, String> states = new TreeMap<>();
        for (String row : flywayInfo.lines().toList()) {
            Matcher matcher = INFO_ROW.matcher(row);
            if (matcher.matches()) {
                states.put(matcher.group(1), matcher.group(2));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        Manifest.read(APP.resolve("migrations_manifest.txt")).entries()
                .forEach(entry -> expected.put(MigrationName.version(entry.fileName()), "Success"));
        if (!states.equals(expected)) {
            throw new IllegalStateException("flyway info does not see the migrations milmove applied: expected "
                    + expected + ", got " + states + "; its output:\n" + flywayInfo);
        }
    }

    private static String flywayVersion(Path root) {
        Matcher version = Pattern.compile("flyway-commandline-([^/]+)\\.jar").matcher(flywayClasspath(root));
        return version.find() ? version.group(1) : "?";
    }

    /** What {@code flyway info} does: the same settings and files, Flyway's table of every migration and its state. */
    private static void flywayCoreInfo(String url, String user, String password) {
        Flyway flyway = MilMoveConventions.apply(Flyway.configure())
                .dataSource(url, user, password)
                .locations(LOCATIONS.toArray(String[]::new))
                .load();
        for (MigrationInfo migration : flyway.info().all()) {
            System.out.println(migration.getVersion() + " | " + migration.getDescription() + " | " + migration.getState());
        }
    }

    /** Runs {@code command} in {@code dir} and returns its output (stdout and stderr); fails if it fails. */
    private static String run(Path dir, List<String> command) {
        return Processes.run(dir, command, Map.of(), dir.resolve("benchmarks/target/startup-last-run.log"));
    }
}
