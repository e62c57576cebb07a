package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's launcher, bin/milmove, picks the JVM's compilers by command: the client compiler alone for the
 * short everyday commands, the optimizing one too for the long CPU-bound ones. The JVM itself says which flags it got
 * ({@code -XX:+PrintCommandLineFlags}, through {@code MILMOVE_JAVA_OPTS}).
 */
class LauncherJarIT {
    private static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path root;

    /** The link to the jar goes first: JUnit would warn about a link out of its temporary folder. */
    @AfterEach
    void unlinkTheJar() throws Exception {
        Files.deleteIfExists(root.resolve("cli/target/milmove.jar"));
    }

    @Test
    void theLongCpuBoundCommandsKeepTheOptimizingCompiler() throws Exception {
        for (String command : List.of("pricing", "pricing verify", "review")) {
            assertThat(flags(command)).as(command).contains("-XX:+UseSerialGC").doesNotContain(CLIENT_COMPILER_ONLY);
        }
    }

    @Test
    void theShortCommandsAndTheDumpStartWithTheClientCompilerAlone() throws Exception {
        // gen pricing-migration waits mostly on the server's sort: the optimizing compiler only added CPU (bin/milmove).
        for (String command : List.of("gen migration", "gen pricing-migration", "migrate", "info", "manifest check")) {
            assertThat(flags(command)).as(command).contains("-XX:+UseSerialGC", CLIENT_COMPILER_ONLY);
        }
    }

    /**
     * The JVM flags {@code bin/milmove <command> --help} ran with. The launcher runs from a copy in a folder of its own
     * beside the built jar, so that it never finds sources newer than the jar and starts a build.
     */
    private String flags(String command) throws Exception {
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("milmove");
        if (!Files.exists(launcher)) {
            Files.copy(Path.of("..", "bin", "milmove"), launcher);
            Path jar = Path.of(System.getProperty("milmove.jar", "target/milmove.jar")).toAbsolutePath();
            Files.createSymbolicLink(Files.createDirectories(root.resolve("cli/target")).resolve("milmove.jar"), jar);
        }
        List<String> args = new ArrayList<>(List.of(launcher.toString()));
        args.addAll(List.of(command.split(" ")));
        args.add("--help");
        ProcessBuilder builder = new ProcessBuilder(args).directory(root.toFile());
        builder.environment().put("MILMOVE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        CliResult result = MilmoveProcess.finish(builder.start());
        assertThat(result.exitCode()).as(command + ": " + result.all()).isZero();
        return result.out().lines().filter(line -> line.startsWith("-XX:")).findFirst().orElseThrow();
    }
}
