package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.Programs;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/**
 * The release archive that {@code mvn package} builds, unpacked with tar into a temporary folder and run through its
 * launcher with nothing on the PATH but bash, dirname, readlink and a plain java: no Maven, no sources, no JAVA_HOME.
 */
@WithPostgres
class ReleaseArchiveIT {
    private static final String VERSION = System.getProperty("milmove.version");
    private static final String TOP = "milmove-" + VERSION;
    private static final Path ARCHIVE = Path.of(System.getProperty("milmove.archive", "target/" + TOP + ".tar.gz"));

    @TempDir
    Path dir;
    private Path home;
    private Path tools;

    @BeforeEach
    void unpack() throws Exception {
        assertThat(ARCHIVE).as("built by mvn package").isRegularFile();
        CliResult tar = run("tar", "-xzf", ARCHIVE.toString(), "-C", dir.toString());
        assertThat(tar.exitCode()).as(tar.all()).isZero();
        home = dir.resolve(TOP);
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), Programs.find(tool).orElseThrow());
        }
    }

    /** JUnit would delete the links too, with a warning about each target outside the folder. */
    @AfterEach
    void removeTools() throws IOException {
        if (tools == null) {
            return;
        }
        try (Stream<Path> links = Files.list(tools)) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    @Test
    void holdsTheJarTheLauncherTheReadmeAndTheLicence() throws Exception {
        CliResult list = run("tar", "-tzf", ARCHIVE.toString());

        List<String> expected = new ArrayList<>(List.of(TOP + "/lib/milmove.jar", TOP + "/bin/milmove", TOP + "/README.md"));
        // The repository has no licence file yet (the notes ask for one); the archive carries it once it exists.
        if (Files.exists(Path.of("..", "LICENSE"))) {
            expected.add(TOP + "/LICENSE");
        }
        assertThat(list.out().lines().filter(entry -> !entry.endsWith("/"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(home.resolve("bin/milmove")).isExecutable();
        assertThat(home.resolve("README.md")).hasSameTextualContentAs(Path.of("..", "README.md"));
    }

    @Test
    void printsItsVersionAndHelpWithOnlyJavaOnThePath() throws Exception {
        withJava();

        CliResult version = launch("--version");
        assertThat(version.exitCode()).as(version.all()).isZero();
        // git itself is the oracle: the commit checked out, or none when the sources are not a git checkout.
        CliResult git = Programs.find("git").isEmpty() ? null
                : run("git", "-C", Path.of("..").toAbsolutePath().toString(), "rev-parse", "--short=12", "HEAD");
        assertThat(version.out().strip()).matches("milmove " + Pattern.quote(VERSION) + ", " + (git != null && git.exitCode() == 0
                ? "commit " + git.out().strip() + "( with uncommitted changes)?"
                : Pattern.quote("commit unknown (built outside a git checkout)")));

        CliResult help = launch("--help");
        assertThat(help.exitCode()).as(help.all()).isZero();
        assertThat(help.out()).startsWith("Usage: milmove [-hqv] [--debug] [--version] [COMMAND]").contains("completion").doesNotContain("-V");
    }

    @Test
    void checksAManifestAndMigratesADatabaseFromAnotherFolder(TestDatabase db) throws Exception {
        withJava();
        var project = new MigrationProject(dir.resolve("project/migrations/app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);");
        Path link = Files.createSymbolicLink(tools.resolve("milmove"), home.resolve("bin/milmove"));

        CliResult check = launch(link, dir.resolve("project"), List.of("manifest", "check"));
        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("OK");

        CliResult migrate = launch(link, dir.resolve("project"), project.args("migrate", db));
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Applied 1 migration");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success")).contains("20250101000000");
    }

    @Test
    void saysWhatIsMissingWithoutJava() throws Exception {
        CliResult result = launch("--version");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("milmove: no Java runtime found (java): install Java 17 or later, or set JAVA_HOME");
    }

    private void withJava() throws IOException {
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private CliResult launch(String... args) throws Exception {
        return launch(home.resolve("bin/milmove"), dir, List.of(args));
    }

    private CliResult launch(Path launcher, Path workingDirectory, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", tools.toString(), "AWS_EC2_METADATA_DISABLED", "true"));
        return MilmoveProcess.finish(builder.start());
    }

    private static CliResult run(String... command) throws Exception {
        return MilmoveProcess.finish(new ProcessBuilder(command).start());
    }
}
