package org.milmove.pricing.dump;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An installed pg_dump program and its version.
 *
 * @param version the version as pg_dump prints it, for example 15.18
 */
record PgDumpClient(Path program, int major, String version) {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(\\.\\d+)*");

    /** The program given, or else pg_dump on the PATH; empty when there is none. */
    static Optional<Path> locate(Path given, String pathVariable) {
        if (given != null) {
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "pg_dump");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static PgDumpClient probe(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new DumpException(program + " --version failed: " + out);
            }
            return parse(program, out);
        } catch (IOException e) {
            throw new DumpException("Could not run " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DumpException("Interrupted while running " + program);
        }
    }

    static PgDumpClient parse(Path program, String versionOutput) {
        Matcher m = VERSION.matcher(versionOutput);
        if (!m.find()) {
            throw new DumpException(program + " --version printed \"" + versionOutput + "\", which names no PostgreSQL version");
        }
        String version = m.group().substring("(PostgreSQL) ".length());
        return new PgDumpClient(program, Integer.parseInt(m.group(1)), version);
    }

    /** pg_dump refuses servers newer than itself; say so before it is run. */
    boolean canDump(int serverMajor) {
        return major >= serverMajor;
    }
}
