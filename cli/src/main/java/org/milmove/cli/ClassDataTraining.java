package org.milmove.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import picocli.CommandLine;

/**
 * What the build runs once under {@code -XX:ArchiveClassesAtExit} to make the class-data archive bin/milmove starts
 * with (cli/pom.xml): the everyday commands as far as they go without a database (it ends at connecting, on a port
 * nothing listens on), and Flyway configured as they configure it. Output is discarded; run in the repository root.
 */
final class ClassDataTraining {
    private static final String[] NO_DATABASE = {"--db-host", "127.0.0.1", "--db-port", "9", "--db-retry-max", "0"};

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        run("--help");
        run("manifest", "check");
        run(with("info", NO_DATABASE));
        run(with("migrate", NO_DATABASE));
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
