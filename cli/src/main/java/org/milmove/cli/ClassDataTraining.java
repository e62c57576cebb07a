package org.milmove.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.milmove.cli.db.EmbeddedDevDatabase;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import picocli.CommandLine;

/**
 * What the build runs once under {@code -XX:ArchiveClassesAtExit} to make the class-data archive bin/milmove starts
 * with (cli/pom.xml): the everyday commands on this repository's migrations, against a fresh embedded database in
 * {@code cli/target}, so that the archive holds the classes of a real {@code migrate} and {@code info} too, over local
 * folders and over S3 ({@link TrainingS3}). Where no embedded server can start, they run as far as they go without one
 * (to connecting, on a port nothing listens on). Output is discarded; run in the repository root.
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
            overS3(connection);
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

    /**
     * The same database with the secure migrations from S3 (a stand-in server on loopback): the first run reads every
     * object, the second is the no-op whose checksums come from the ETags, as a deployed environment's usual run.
     */
    private static void overS3(String[] connection) {
        // The default chain's first source; this JVM only trains, so the stand-in's keys harm nothing.
        System.setProperty("aws.accessKeyId", "training");
        System.setProperty("aws.secretAccessKey", "training");
        try (TrainingS3 s3 = TrainingS3.serving(Path.of("migrations", "app", "secure"))) {
            String[] options = with(connection, "--migration-path", "migrations/app/schema;" + TrainingS3.PREFIX,
                    "--aws-region", "us-east-1", "--s3-endpoint", s3.endpoint().toString(), "--s3-max-attempts", "1");
            for (String command : List.of("migrate", "migrate", "info")) {
                int exitCode = run(with(new String[] {command}, options));
                if (exitCode != 0) {
                    System.err.println("class-data training: " + command + " over S3 exited " + exitCode
                            + "; the archive lacks some of the classes such a run loads");
                }
            }
        }
    }

    private static int run(String... args) {
        CommandLine command = Milmove.commandLine(args[0]);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        return command.setOut(discard).setErr(discard).execute(args);
    }

    private static String[] with(String command, String[] options) {
        return with(new String[] {command}, options);
    }

    private static String[] with(String[] first, String... more) {
        String[] args = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, args, first.length, more.length);
        return args;
    }
}
