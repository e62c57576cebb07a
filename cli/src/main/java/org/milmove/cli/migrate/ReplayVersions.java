package org.milmove.cli.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.milmove.cli.UserException;

/**
 * The versions to replay exactly as MilMove's Go migrator ran them: one version a line; text after {@code #} is a
 * comment; blank lines are ignored. A missing file means none.
 */
final class ReplayVersions {
    private ReplayVersions() {
    }

    static Set<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Set.of();
        } catch (IOException e) {
            throw new UserException("Cannot read the replay versions file " + file + ": " + e.getMessage());
        }
        Set<String> versions = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String version = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).strip();
            if (version.isEmpty()) {
                continue;
            }
            if (!version.matches("\\d+")) {
                problems.add("line " + (i + 1) + ": \"" + version + "\" is not a version (the leading digits of a file name)");
            } else if (!versions.add(version)) {
                problems.add("line " + (i + 1) + ": " + version + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException("The replay versions file " + file + " has problems: " + String.join("; ", problems));
        }
        return Set.copyOf(versions);
    }
}
