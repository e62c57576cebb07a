package org.milmove.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.milmove.cli.db.EmbeddedDevDatabase;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import picocli.CommandLine;

/**
 * What the build runs once under {@code -XX:ArchiveClassesAtExit} to make the class-data archive bin/milmove starts
 * with (cli/pom.xml): the everyday commands on this repository's migrations, against a fresh embedded database in
 * {@code cli/target}, so that the archive holds the classes of a real {@code migrate} and {@code info} too. Where no
 * embedded server can start, they run as far as they go without one (to connecting, on a port nothing listens on).
 * Output is discarded; run in the repository root.
 */
final class ClassDataTraining {
    private static final Path DATABASE = Path.of("cli", "target", "class-data-training-db");
    private static final String[] NO_DATABASE = {"--db-host", "127.0.0.1", "--db-port", "9", "--db-retry-max", "0"};

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        run("--help");
        run("manifest", "check");
        try (EmbeddedDevDatabase database = EmbeddedDevDatabase.openFresh(DATABASE, "training")) {
            String[] connection = {"--db-host", "localhost", "--db-port", String.valueOf(database.port()),
                    "--db-name", "training", "--db-retry-max", "0"};
            run(with("migrate", connection));
            run(with("migrate", connection));
            run(with("info", connection));
        } catch (RuntimeException e) {
            System.err.println("class-data training without a database: " + e.getMessage());
            run(with("info", NO_DATABASE));
            run(with("migrate", NO_DATABASE));
        }
        MilMoveConventions.apply(Flyway.configure())
                .sqlMigrationSuffixes(MilMoveResourceProvider.SUFFIXES)
                .dataSource("jdbc:postgresql://127.0.0.1:9/training", null, null)
                .load();
    }

    private static void run(String... args) {
        CommandLine command = Milmove.commandLine(args[0]);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        command.setOut(discard).setErr(discard).execute(args);
    }

    private static String[] with(String command, String[] options) {
        String[] args = new String[options.length + 1];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        return args;
    }
}
