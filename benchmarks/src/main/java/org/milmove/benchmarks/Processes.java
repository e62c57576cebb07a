package org.milmove.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Commands a benchmark times as separate processes, such as {@code bin/milmove} as a user runs it. */
final class Processes {
    private Processes() {
    }

    /**
     * Runs {@code command} in {@code dir} and returns its output (stdout and stderr, also left in {@code log}); fails
     * if it fails. The DB_*, MIGRATION_* and AWS_* variables of this JVM are not passed on, so that what is measured
     * does not depend on the shell the benchmark was started from; {@code environment} sets the ones a run needs.
     */
    static String run(Path dir, List<String> command, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet()
                .removeIf(k -> k.startsWith("DB_") || k.startsWith("MIGRATION_") || k.startsWith("AWS_"));
        builder.environment().putAll(environment);
        try {
            if (builder.start().waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
