package org.milmove.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Programs installed on this machine, found the way a shell finds them. */
public final class Programs {
    private Programs() {
    }

    /** {@code program} in a folder of this JVM's PATH. */
    public static Optional<Path> find(String program) {
        return find(program, System.getenv("PATH"));
    }

    static Optional<Path> find(String program, String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
