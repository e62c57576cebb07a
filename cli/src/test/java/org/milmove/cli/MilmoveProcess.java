package org.milmove.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** Runs the built CLI jar as a separate process, the way bin/milmove does. */
public final class MilmoveProcess {
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final UnaryOperator<List<String>> around;

    /**
     * @param environment variables to set; the DB_*, MIGRATION_*, AWS_* and CI variables of this JVM are never
     *                    passed on, so that the run sees only what the test gives it
     */
    public MilmoveProcess(Path workingDirectory, Map<String, String> environment) {
        this(workingDirectory, environment, List.of());
    }

    /** @param jvmOptions options for the java command before {@code -jar}, for example {@code -Xmx256m} */
    public MilmoveProcess(Path workingDirectory, Map<String, String> environment, List<String> jvmOptions) {
        this(workingDirectory, environment, jvmOptions, UnaryOperator.identity());
    }

    private MilmoveProcess(Path workingDirectory, Map<String, String> environment, List<String> jvmOptions,
            UnaryOperator<List<String>> around) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.around = around;
    }

    /** The same run with {@code folder} full or read-only ({@link DiskFault}). */
    public MilmoveProcess with(DiskFault fault, Path folder) {
        return new MilmoveProcess(workingDirectory, environment, jvmOptions, command -> fault.around(folder, command));
    }

    public Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(around.apply(command)).directory(workingDirectory.toFile()).redirectErrorStream(false);
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("MIGRATION_") || k.startsWith("AWS_") || k.equals("CI"));
        // Never ask the EC2 metadata service: there is none here, and a test must not depend on one.
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().putAll(environment);
        return builder.start();
    }

    public CliResult run(String... args) throws IOException, InterruptedException {
        return finish(start(args));
    }

    public static CliResult finish(Process process) throws IOException, InterruptedException {
        // Read both streams fully before waiting, so that a chatty process never blocks on a full pipe.
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread errReader = new Thread(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        errReader.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("milmove did not finish in 5 minutes");
        }
        errReader.join();
        return new CliResult(process.exitValue(), out, err.join());
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("milmove.jar", "target/milmove.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run the tests with 'mvn verify', which builds it first");
        }
        return jar;
    }
}
